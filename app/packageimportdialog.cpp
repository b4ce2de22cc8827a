#include "packageimportdialog.h"

#include "theme.h"

#include "dispatch/importdispatcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace debrief {

namespace {

const char kAsNewKey[] = "import/scheduleAsNew";
const char kUpdateKey[] = "import/updatePolicy";

// Stored by name rather than by enum value, so reordering UpdatePolicy cannot flip a saved choice.
QString policyName(UpdatePolicy p)
{
    switch (p) {
    case UpdatePolicy::Always: return QStringLiteral("always");
    case UpdatePolicy::Never: return QStringLiteral("never");
    case UpdatePolicy::IfNewer: break;
    }
    return QStringLiteral("ifNewer");
}

} // namespace

bool PackageImportDialog::carriesScheduling(const QString &file)
{
    const ImportDispatcher::Format f = ImportDispatcher::detect(file);
    return f == ImportDispatcher::Format::AnkiPackage || f == ImportDispatcher::Format::Mnemosyne;
}

PackageImportDialog::PackageImportDialog(const QStringList &files, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import"));
    int withScheduling = 0;
    for (const QString &f : files)
        withScheduling += carriesScheduling(f) ? 1 : 0;
    m_schedulingApplies = withScheduling > 0;

    // No translations are loaded, so %n would not pluralise: the two forms are spelled out.
    auto *intro = new QLabel(files.size() == 1 ? tr("Importing one file:") : tr("Importing %1 files:").arg(files.size()), this);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setFocusPolicy(Qt::NoFocus);   // a list to read, not to act on
    m_files->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).fileName(), m_files);
        item->setToolTip(QFileInfo(f).absoluteFilePath());
    }
    // Tall enough for every name up to six, then it scrolls (whole rows, no half-cut seventh).
    const int rows = qBound(1, int(files.size()), 6);
    m_files->setFixedHeight(m_files->sizeHintForRow(0) * rows + 2 * m_files->frameWidth());

    QSettings settings;
    m_asNew = new QCheckBox(tr("Import as &new cards (drop scheduling and review history)"), this);
    m_asNew->setObjectName(QStringLiteral("scheduleAsNew"));
    m_asNew->setChecked(m_schedulingApplies && settings.value(QLatin1String(kAsNewKey), false).toBool());
    m_asNew->setVisible(m_schedulingApplies);
    m_asNewHint = new QLabel(this);
    m_asNewHint->setObjectName(QStringLiteral("scheduleHint"));
    m_asNewHint->setWordWrap(true);
    Theme::makeSecondary(m_asNewHint);
    if (!m_schedulingApplies)
        m_asNewHint->setText(files.size() == 1 ? tr("This file carries no scheduling: its cards start as new.")
                                               : tr("These files carry no scheduling: their cards start as new."));
    else if (withScheduling < files.size())
        m_asNewHint->setText(tr("Unchecked, cards keep their intervals, ease, due dates and review history. "
                                "(.deck files carry no scheduling.)"));
    else
        m_asNewHint->setText(tr("Unchecked, cards keep their intervals, ease, due dates and review history."));

    m_update = new QComboBox(this);
    m_update->setObjectName(QStringLiteral("update"));
    m_update->addItem(tr("Update when the file's copy is newer"), int(UpdatePolicy::IfNewer));
    m_update->addItem(tr("Always update"), int(UpdatePolicy::Always));
    m_update->addItem(tr("Never update"), int(UpdatePolicy::Never));
    const QString saved = settings.value(QLatin1String(kUpdateKey)).toString();
    for (UpdatePolicy p : {UpdatePolicy::IfNewer, UpdatePolicy::Always, UpdatePolicy::Never})
        if (saved == policyName(p))
            m_update->setCurrentIndex(m_update->findData(int(p)));
    auto *updateLabel = new QLabel(tr("Notes &already in the collection:"), this);
    updateLabel->setBuddy(m_update);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setText(tr("&Import"));
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setDefault(true);   // Enter imports from anywhere in the dialog; Esc is QDialog's reject
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_files);
    layout->addSpacing(6);
    layout->addWidget(m_asNew);
    // The hint sits under the check box's text, not under its box.
    if (m_schedulingApplies)
        m_asNewHint->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth)
                                            + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing),
                                        0, 0, 0);
    layout->addWidget(m_asNewHint);
    layout->addSpacing(6);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(updateLabel, m_update);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    (m_schedulingApplies ? static_cast<QWidget *>(m_asNew) : m_update)->setFocus();
    setMinimumWidth(520);
}

ImportOptions PackageImportDialog::options() const
{
    ImportOptions o;
    o.scheduleAsNew = m_schedulingApplies && m_asNew->isChecked();
    o.update = UpdatePolicy(m_update->currentData().toInt());
    return o;
}

void PackageImportDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        QSettings settings;
        if (m_schedulingApplies)   // a .deck-only batch says nothing about the user's preference
            settings.setValue(QLatin1String(kAsNewKey), m_asNew->isChecked());
        settings.setValue(QLatin1String(kUpdateKey), policyName(options().update));
    }
    QDialog::done(result);
}

} // namespace debrief

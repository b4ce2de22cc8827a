#include "preferencesdialog.h"

#include "backgroundtask.h"
#include "backups.h"
#include "theme.h"

#include "storage/collection.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace debrief {

static const char kZoomKey[] = "cards/zoomPercent";
static const char kLocationKey[] = "collection/location";

int PreferencesDialog::cardZoomPercent() { return QSettings().value(QLatin1String(kZoomKey), 100).toInt(); }

PreferencesDialog::PreferencesDialog(Collection &collection, QWidget *parent) : QDialog(parent), m_collection(collection)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto group = [this, layout](const QString &title) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        layout->addWidget(box);
        return form;
    };
    auto spin = [this](const char *name, int min, int max, const QString &suffix) {
        auto *s = new QSpinBox(this);
        s->setObjectName(QLatin1String(name));
        s->setRange(min, max);
        s->setSuffix(suffix);
        return s;
    };

    QFormLayout *look = group(tr("Appearance"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), int(Theme::Mode::System));
    m_theme->addItem(tr("Light"), int(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Mode::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::mode())));
    look->addRow(tr("&Theme:"), m_theme);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    QStringList languages{QStringLiteral("en")};
    languages << Translations::available();
    for (const QString &language : languages) {
        // Each language in its own name, as in View > Language.
        const QString name = QLocale(language).nativeLanguageName();
        m_language->addItem(name.left(1).toUpper() + name.mid(1), language);
    }
    m_initialLanguage = Translations::savedLanguage();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    look->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies from Debrief's next start."), this);
    Theme::makeSecondary(languageNote);
    look->addRow(QString(), languageNote);
    m_cardZoom = spin("cardZoom", 50, 300, tr(" %"));
    m_cardZoom->setSingleStep(10);
    m_cardZoom->setValue(cardZoomPercent());
    m_cardZoom->setToolTip(tr("Text size on cards, in percent of the normal size; applies to cards shown from now on."));
    look->addRow(tr("Card &text size:"), m_cardZoom);

    // Collection-wide study settings: the Default preset holds them, as in Anki.
    QFormLayout *study = group(tr("Studying (this collection)"));
    Result<SchedulerConfig> defaults = collection.preset(1);
    const SchedulerConfig config = defaults ? *defaults : SchedulerConfig{};
    m_rollover = spin("rolloverHour", 0, 23, tr(":00"));
    m_rollover->setValue(config.rolloverHour);
    m_rollover->setToolTip(tr("The hour a new study day starts, in local time."));
    study->addRow(tr("Next day starts at:"), m_rollover);
    m_learnAhead = spin("learnAhead", 0, 720, tr(" min"));
    m_learnAhead->setValue(config.learnAheadSecs / 60);
    m_learnAhead->setToolTip(tr("When nothing else is due, learning cards due within this time are shown early."));
    study->addRow(tr("Learn ahead limit:"), m_learnAhead);
    m_learnerName = new QLineEdit(this);
    m_learnerName->setObjectName(QStringLiteral("learnerName"));
    m_learnerName->setMinimumWidth(m_learnerName->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    const Result<QString> learner = collection.configValue(QStringLiteral("learner_name"));
    m_learnerName->setText(learner ? *learner : QString());
    study->addRow(tr("Learner &name (reports):"), m_learnerName);
    auto *targetRow = new QHBoxLayout;
    m_hasTarget = new QCheckBox(tr("Interview on"), this);
    m_hasTarget->setObjectName(QStringLiteral("hasTargetDate"));
    m_targetDate = new QDateEdit(this);
    m_targetDate->setObjectName(QStringLiteral("targetDate"));
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const Result<QString> targetText = collection.configValue(QStringLiteral("target_date"));
    const QDate target = targetText ? QDate::fromString(*targetText, Qt::ISODate) : QDate();
    m_hasTarget->setChecked(target.isValid());
    m_targetDate->setDate(target.isValid() ? target : QDate::currentDate().addDays(30));
    m_targetDate->setEnabled(target.isValid());
    connect(m_hasTarget, &QCheckBox::toggled, m_targetDate, &QWidget::setEnabled);
    targetRow->addWidget(m_hasTarget);
    targetRow->addWidget(m_targetDate);
    targetRow->addStretch();
    study->addRow(tr("Target date (reports):"), targetRow);

    QFormLayout *backups = group(tr("Automatic backups"));
    m_backupInterval = spin("backupInterval", 0, 24 * 30, tr(" h"));
    m_backupInterval->setValue(Backups::intervalHours());
    m_backupInterval->setSpecialValueText(tr("Never"));
    m_backupInterval->setToolTip(tr("On closing Debrief, a backup is taken when the newest one is older than this."));
    backups->addRow(tr("Back up every:"), m_backupInterval);
    m_backupKeep = spin("backupKeep", 1, 999, QString());
    m_backupKeep->setValue(Backups::keepCount());
    backups->addRow(tr("Keep the newest:"), m_backupKeep);

    // Where the collection lives (file, media, backups): moved at once with its own button,
    // not with OK, since it cannot be cancelled halfway.
    QFormLayout *place = group(tr("Collection"));
    auto *placeRow = new QHBoxLayout;
    m_location = new QLineEdit(QDir::toNativeSeparators(QFileInfo(collection.path()).absolutePath()), this);
    m_location->setObjectName(QStringLiteral("collectionLocation"));
    m_location->setReadOnly(true);
    m_location->setMinimumWidth(320);
    placeRow->addWidget(m_location, 1);
    auto *move = new QPushButton(tr("&Move…"), this);
    move->setObjectName(QStringLiteral("moveCollection"));
    move->setToolTip(tr("Move the collection, its media and its backups to another folder"));
    connect(move, &QPushButton::clicked, this, &PreferencesDialog::chooseLocation);
    placeRow->addWidget(move);
    place->addRow(tr("&Location:"), placeRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
}

bool PreferencesDialog::save()
{
    QSettings().setValue(QLatin1String(kZoomKey), m_cardZoom->value());
    Backups::setAutomatic(m_backupInterval->value(), m_backupKeep->value());
    const QString language = m_language->currentData().toString();
    if (language != m_initialLanguage)
        Translations::saveLanguage(language);
    const auto mode = Theme::Mode(m_theme->currentData().toInt());
    if (mode != Theme::mode())
        Theme::setMode(mode);

    auto fail = [this](const Error &e) {
        m_error->setText(tr("The study settings were not saved: %1").arg(e.message));
        m_error->show();
        return false;
    };
    Collection::Transaction tx(m_collection);
    Result<std::vector<Collection::PresetEntry>> presets = m_collection.presets();
    if (!presets)
        return fail(presets.error());
    // The learn-ahead limit is one for the collection, as in Anki: every preset gets it.
    for (const Collection::PresetEntry &p : *presets) {
        Result<SchedulerConfig> config = m_collection.preset(p.id);
        if (!config)
            return fail(config.error());
        config->learnAheadSecs = m_learnAhead->value() * 60;
        if (p.id == 1)
            config->rolloverHour = m_rollover->value();
        if (Result<void> r = m_collection.savePreset(p.id, p.name, *config); !r)
            return fail(r.error());
    }
    if (Result<void> r = m_collection.setConfigValue(QStringLiteral("learner_name"), m_learnerName->text().trimmed()); !r)
        return fail(r.error());
    const QString target = m_hasTarget->isChecked() ? m_targetDate->date().toString(Qt::ISODate) : QString();
    if (Result<void> r = m_collection.setConfigValue(QStringLiteral("target_date"), target); !r)
        return fail(r.error());
    if (Result<void> r = tx.commit(); !r)
        return fail(r.error());
    return true;
}

void PreferencesDialog::accept()
{
    if (save())
        QDialog::accept();
}

QString PreferencesDialog::savedCollectionDir() { return QSettings().value(QLatin1String(kLocationKey)).toString(); }

void PreferencesDialog::chooseLocation()
{
    const QString current = QFileInfo(m_collection.path()).absolutePath();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Move the Collection To"), QFileInfo(current).absolutePath());
    if (chosen.isEmpty())
        return;
    moveCollection(chosen);
}

bool PreferencesDialog::moveCollection(const QString &folder)
{
    // The collection's own connection does the copy (it is the one that moves); the progress
    // dialog keeps the windows painting and input away from them meanwhile.
    Result<void> moved;
    BackgroundTask::run(this, tr("Moving the collection…"), [&](const ProgressFn &) { moved = m_collection.moveTo(folder); },
                        false, BackgroundTask::Access::Write);
    if (!moved) {
        m_error->setText(tr("The collection was not moved: %1").arg(moved.error().message));
        m_error->show();
        return false;
    }
    const QString dir = QFileInfo(m_collection.path()).absolutePath();
    // Where the next start opens it (unless --data-dir or DEBRIEF_DATA_DIR say otherwise).
    QSettings().setValue(QLatin1String(kLocationKey), dir);
    m_location->setText(QDir::toNativeSeparators(dir));
    m_error->setText(tr("The collection is now in %1.").arg(QDir::toNativeSeparators(dir)));
    m_error->show();
    emit collectionMoved();
    return true;
}

} // namespace debrief

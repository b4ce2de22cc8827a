#include "reportdialog.h"

#include "backgroundtask.h"

#include "storage/collection.h"
#include "storage/statsqueries.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace debrief {

namespace {

const char kFormatKey[] = "report/format";
const char kLastDirKey[] = "report/lastDir";

enum Period { Month, Quarter, Year, All };

} // namespace

ReportDialog::ReportDialog(const QString &collectionPath, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_path(collectionPath), m_clock(clock)
{
    setWindowTitle(tr("Export Report"));
    QSettings settings;

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PDF (printable, with charts)"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML (one self-contained page)"), int(ReportFormat::Html));
    m_format->addItem(tr("CSV (the review log, one row per answer)"), int(ReportFormat::Csv));
    m_format->addItem(tr("JSON (every statistic, for other tools)"), int(ReportFormat::Json));
    m_format->addItem(tr("XLSX (spreadsheet)"), int(ReportFormat::Xlsx));
    const int savedFormat = m_format->findData(settings.value(QLatin1String(kFormatKey), int(ReportFormat::Pdf)).toInt());
    m_format->setCurrentIndex(qMax(0, savedFormat));

    m_deck = new QComboBox;
    m_deck->setObjectName(QStringLiteral("deck"));
    m_deck->addItem(tr("All decks"), QString());
    // Deck names from a short read-only look: the main window's connection stays with its thread.
    std::optional<QDate> savedTarget;
    if (auto col = Collection::openReadOnly(m_path)) {
        StatsQueries q((*col)->database());
        if (auto names = q.deckNames())
            for (const auto &d : *names)
                m_deck->addItem(d.second, d.second);
        if (auto target = q.configValue(QStringLiteral("target_date")); target && !target->isEmpty()) {
            const QDate date = QDate::fromString(*target, Qt::ISODate);
            if (date.isValid())
                savedTarget = date;
        }
    }

    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Last month"), int(Month));
    m_period->addItem(tr("Last 3 months"), int(Quarter));
    m_period->addItem(tr("Last year"), int(Year));
    m_period->addItem(tr("All time"), int(All));
    m_period->setCurrentIndex(All);

    const QDateTime now = m_clock.now();
    const QDate today = now.addSecs(m_clock.utcOffsetSecs(now)).date();
    m_hasTarget = new QCheckBox(tr("&Interview date:"));
    m_hasTarget->setObjectName(QStringLiteral("hasTargetDate"));
    m_hasTarget->setToolTip(tr("Readiness then says whether the current pace sees every card and matures most of them by this date"));
    m_target = new QDateEdit(savedTarget.value_or(today.addMonths(1)));
    m_target->setObjectName(QStringLiteral("targetDate"));
    m_target->setCalendarPopup(true);
    m_target->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_hasTarget->setChecked(savedTarget.has_value());
    m_target->setEnabled(savedTarget.has_value());
    connect(m_hasTarget, &QCheckBox::toggled, m_target, &QWidget::setEnabled);

    m_pageSize = new QComboBox;
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    // The locale's paper, as `debrief-cli report` chooses it.
    m_pageSize->setCurrentIndex(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0);

    m_output = new QLineEdit;
    m_output->setObjectName(QStringLiteral("outputPath"));
    m_output->setMinimumWidth(360);
    const QString dir = settings.value(QLatin1String(kLastDirKey),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    m_output->setText(QDir(dir).filePath(tr("debrief-report-%1.%2", "default report file name: date, suffix")
                                             .arg(today.toString(Qt::ISODate),
                                                  ReportFileWriter::suffixFor(ReportFormat(m_format->currentData().toInt())))));
    auto *browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setObjectName(QStringLiteral("browse"));
    browseButton->setAutoDefault(false);   // Enter writes the report, it does not browse
    connect(browseButton, &QPushButton::clicked, this, &ReportDialog::browse);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Deck:"), m_deck);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(m_hasTarget, m_target);
    form->addRow(tr("Pa&ge size:"), m_pageSize);
    // A label of its own: addRow(text, layout) has no buddy for the mnemonic and shows the "&".
    auto *outputLabel = new QLabel(tr("&Save to:"));
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_write = buttons->addButton(tr("&Write Report"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("write"));
    m_write->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_format, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ReportDialog::formatChanged);
    formatChanged();
    m_format->setFocus();   // else Cancel, first in the focus chain, takes focus and the default frame
}

ReportOptions ReportDialog::reportOptions() const
{
    ReportOptions o;
    o.deckName = m_deck->currentData().toString();
    const QDateTime now = m_clock.now();
    const QDate today = now.addSecs(m_clock.utcOffsetSecs(now)).date();
    switch (Period(m_period->currentData().toInt())) {
    case Month: o.since = today.addMonths(-1).addDays(1); break;
    case Quarter: o.since = today.addMonths(-3).addDays(1); break;
    case Year: o.since = today.addYears(-1).addDays(1); break;
    case All: break;
    }
    if (m_hasTarget->isChecked())
        o.targetDate = m_target->date();
    return o;
}

ReportFileOptions ReportDialog::fileOptions() const
{
    ReportFileOptions f;
    f.format = ReportFormat(m_format->currentData().toInt());
    f.path = m_output->text().trimmed();
    f.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    // With a byte-order mark, spreadsheet apps read the UTF-8 without asking.
    f.bom = f.format == ReportFormat::Csv;
    return f;
}

QString ReportDialog::statusText() const { return m_status->text(); }

void ReportDialog::formatChanged()
{
    const ReportFormat format = ReportFormat(m_format->currentData().toInt());
    m_pageSize->setEnabled(format == ReportFormat::Pdf);
    // The file name follows the format.
    const QString path = m_output->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        m_output->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + ReportFileWriter::suffixFor(format)));
    }
}

void ReportDialog::browse()
{
    const ReportFormat format = ReportFormat(m_format->currentData().toInt());
    const QString suffix = ReportFileWriter::suffixFor(format);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Report"), m_output->text(),
                                                        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        m_output->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + QLatin1Char('.') + suffix : chosen);
}

void ReportDialog::accept()
{
    const ReportOptions options = reportOptions();
    const ReportFileOptions file = fileOptions();
    if (file.path.isEmpty()) {
        m_status->setText(tr("Choose where to save the report."));
        return;
    }
    m_status->clear();
    const QString path = m_path;
    const Clock &clock = m_clock;
    Result<void> written;
    BackgroundTask::run(this, tr("Writing %1…").arg(QFileInfo(file.path).fileName()), [&](const ProgressFn &progress) {
        // A read-only connection of its own: never waits for the main window's writes.
        auto col = Collection::openReadOnly(path);
        if (!col) {
            written = col.error();
            return;
        }
        written = ReportFileWriter::write(**col, options, file, clock, progress);
    });
    if (!written) {
        m_status->setText(written.error().kind == Error::Kind::Cancelled
                              ? tr("Cancelled; no file was written.")
                              : tr("The report was not written: %1").arg(written.error().message));
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kFormatKey), int(file.format));
    settings.setValue(QLatin1String(kLastDirKey), QFileInfo(file.path).absolutePath());
    m_status->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(file.path)));
    QDialog::accept();
}

} // namespace debrief

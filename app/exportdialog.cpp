#include "exportdialog.h"

#include "backgroundtask.h"

#include "theme.h"

#include "decks/deckexporter.h"
#include "decks/deckparser.h"
#include "decks/deckwriter.h"
#include "export/apkgexporter.h"
#include "export/textexporter.h"
#include "storage/collection.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <atomic>

namespace debrief {

namespace {

const char kFormatKey[] = "export/format";
const char kSchedulingKey[] = "export/includeScheduling";
const char kMediaKey[] = "export/includeMedia";
const char kLastDirKey[] = "export/lastDir";

constexpr ExportFormat kFormats[] = {ExportFormat::Apkg, ExportFormat::Csv, ExportFormat::Tsv, ExportFormat::Deck};

} // namespace

QString ExportDialog::suffixFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Tsv: return QStringLiteral("tsv");
    case ExportFormat::Deck: return QStringLiteral("deck");
    case ExportFormat::Apkg: break;
    }
    return QStringLiteral("apkg");
}

ExportDialog::ExportDialog(Collection &collection, const Clock &clock, std::optional<DeckId> preselected, QWidget *parent)
    : QDialog(parent), m_collection(collection), m_clock(clock), m_preselected(preselected)
{
    setWindowTitle(tr("Export"));
    QSettings settings;

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Anki package (.apkg)"), int(ExportFormat::Apkg));
    m_format->addItem(tr("Comma-separated text (.csv)"), int(ExportFormat::Csv));
    m_format->addItem(tr("Tab-separated text (.tsv)"), int(ExportFormat::Tsv));
    m_format->addItem(tr("Debrief deck (.deck)"), int(ExportFormat::Deck));
    const QString savedFormat = settings.value(QLatin1String(kFormatKey)).toString();
    for (ExportFormat f : kFormats)
        if (savedFormat == suffixFor(f))
            m_format->setCurrentIndex(m_format->findData(int(f)));
    m_formatHint = new QLabel(this);
    m_formatHint->setObjectName(QStringLiteral("formatHint"));
    m_formatHint->setWordWrap(true);
    Theme::makeSecondary(m_formatHint);

    m_deck = new QComboBox(this);
    m_deck->setObjectName(QStringLiteral("deck"));
    m_deck->addItem(tr("All decks"));   // no data: every deck
    auto decks = m_collection.decks();   // ordered by full name, so parents come before children
    if (decks) {
        for (const Deck &d : *decks)
            m_deck->addItem(d.name, d.id);
    }
    if (preselected) {
        const int i = m_deck->findData(*preselected);
        if (i > 0)
            m_deck->setCurrentIndex(i);
    }

    m_scheduling = new QCheckBox(tr("Include &scheduling (intervals, due dates and review history)"), this);
    m_scheduling->setObjectName(QStringLiteral("includeScheduling"));
    m_scheduling->setChecked(settings.value(QLatin1String(kSchedulingKey), false).toBool());
    m_media = new QCheckBox(tr("Include &media (images and sounds the notes use)"), this);
    m_media->setObjectName(QStringLiteral("includeMedia"));
    m_media->setChecked(settings.value(QLatin1String(kMediaKey), true).toBool());

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    if (!decks)
        m_status->setText(decks.error().message);
    m_status->setVisible(!m_status->text().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(tr("&Export…"));
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *formatBox = new QVBoxLayout;   // the hint right under its combo, not a form row away
    formatBox->setSpacing(2);
    formatBox->setContentsMargins(0, 0, 0, 4);
    formatBox->addWidget(m_format);
    formatBox->addWidget(m_formatHint);
    form->addRow(formatLabel, formatBox);
    auto *deckLabel = new QLabel(tr("&Deck:"), this);
    deckLabel->setBuddy(m_deck);
    form->addRow(deckLabel, m_deck);
    form->addRow(QString(), m_scheduling);
    form->addRow(QString(), m_media);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_format, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ExportDialog::formatChanged);
    connect(m_deck, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ExportDialog::formatChanged);
    formatChanged();
    m_format->setFocus();
    setMinimumWidth(480);
}

void ExportDialog::formatChanged()
{
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const bool deckFormat = format == ExportFormat::Deck;
    // A .deck file holds exactly one deck, so "All decks" cannot be chosen for it.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_deck->model())) {
        if (QStandardItem *all = model->item(0))
            all->setEnabled(!deckFormat);
    }
    if (deckFormat && m_deck->currentIndex() == 0 && m_deck->count() > 1) {
        const int pre = m_preselected ? m_deck->findData(*m_preselected) : -1;
        m_deck->setCurrentIndex(pre > 0 ? pre : 1);   // re-enters formatChanged once, harmlessly
    }
    // Outside .apkg the two boxes are greyed and cleared (a ticked "Include media" would claim
    // media go into a CSV); what they said comes back with .apkg.
    const bool apkg = format == ExportFormat::Apkg;
    if (apkg != m_scheduling->isEnabled()) {
        if (apkg) {
            m_scheduling->setChecked(m_apkgScheduling);
            m_media->setChecked(m_apkgMedia);
        } else {
            m_apkgScheduling = m_scheduling->isChecked();
            m_apkgMedia = m_media->isChecked();
            m_scheduling->setChecked(false);
            m_media->setChecked(false);
        }
    }
    m_scheduling->setEnabled(apkg);
    m_media->setEnabled(apkg);
    switch (format) {
    case ExportFormat::Apkg:
        m_formatHint->setText(tr("Opens in Anki and in Debrief, with notetypes, decks and, if chosen, "
                                 "scheduling and media."));
        break;
    case ExportFormat::Csv:
    case ExportFormat::Tsv:
        m_formatHint->setText(tr("One row per note: fields, tags, deck and notetype, as Anki's "
                                 "\"Notes in Plain Text\". No scheduling or media."));
        break;
    case ExportFormat::Deck:
        m_formatHint->setText(tr("One deck as a text file you can edit and share; notes of other "
                                 "notetypes become basic notes. No scheduling or media."));
        break;
    }
    m_export->setEnabled(!deckFormat || m_deck->currentIndex() > 0);
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice c;
    c.format = ExportFormat(m_format->currentData().toInt());
    const QVariant deck = m_deck->currentData();
    if (deck.isValid())
        c.deck = deck.toLongLong();
    const bool apkg = c.format == ExportFormat::Apkg;
    c.includeScheduling = apkg && m_scheduling->isChecked();
    c.includeMedia = apkg && m_media->isChecked();
    return c;
}

QString ExportDialog::fileFilter() const
{
    const QString pattern = QStringLiteral("*.") + suffix();
    return tr("%1 (%2)").arg(m_format->currentText(), pattern) + QStringLiteral(";;") + tr("All files (*)");
}

QString ExportDialog::suggestedPath() const
{
    QString dir = QSettings().value(QLatin1String(kLastDirKey)).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    // "Interview::ML" → "Interview - ML"; characters that file systems refuse become spaces.
    QString base = m_deck->currentIndex() > 0 ? m_deck->currentText() : QStringLiteral("Debrief");
    base.replace(QLatin1String("::"), QLatin1String(" - "));
    base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")), QStringLiteral(" "));
    base = base.simplified();
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base.prepend(QStringLiteral("Debrief"));
    return QDir(dir).filePath(base + QLatin1Char('.') + suffix());
}

ExportOutcome ExportDialog::exportTo(const QString &path)
{
    // On a worker thread with a read-only connection of its own, so the windows keep painting and
    // the GUI's connection is never waited on. The file is written under a temporary name beside
    // `path` and renamed into place once complete: Cancel (which stops the exporter's SQL) or a
    // failure leaves no partial file, and an older file at `path` stays as it was until then.
    ExportOutcome out;
    const ExportChoice c = choice();   // widgets are read on this thread only
    const QFileInfo target(path);
    const QString partial = target.dir().filePath(QStringLiteral(".%1.%2.part.%3")
                                                      .arg(target.completeBaseName())
                                                      .arg(QRandomGenerator::global()->generate(), 0, 16)
                                                      .arg(target.suffix()));
    const QString collectionPath = m_collection.path();
    std::atomic<bool> stop{false};
    const bool finished = BackgroundTask::run(
        parentWidget() ? parentWidget() : this, tr("Exporting %1…").arg(target.fileName()),
        [&](const ProgressFn &progress) {
            auto col = Collection::openReadOnly(collectionPath);
            if (!col) {
                out.message = tr("%1 was not written: %2").arg(target.fileName(), col.error().message);
                return;
            }
            // The exporters report no progress; the dialog's Cancel reaches them through SQLite.
            (*col)->database().setCancelCheck([&progress, &stop] { return stop = !progress(0, 0); });
            out = exportHere(**col, partial, target.fileName(), c);
        });
    if (!finished || stop) {
        QFile::remove(partial);
        out = ExportOutcome{};
        out.message = tr("Export cancelled; no file was written.");
        return out;
    }
    if (!out.ok) {
        QFile::remove(partial);
        return out;
    }
    // Replace, not merge: the old file goes only now that the new one is complete.
    if ((QFileInfo::exists(path) && !QFile::remove(path)) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        out.ok = false;
        out.message = tr("%1 was not written: cannot write to %2").arg(target.fileName(), QDir::toNativeSeparators(target.absolutePath()));
        return out;
    }
    QSettings().setValue(QLatin1String(kLastDirKey), target.absolutePath());
    return out;
}

ExportOutcome ExportDialog::exportHere(Collection &collection, const QString &path, const QString &name, const ExportChoice &c) const
{
    ExportOutcome out;
    auto fail = [&](const QString &why) {
        out.ok = false;
        out.message = tr("%1 was not written: %2").arg(name, why);
        return out;
    };
    {
        switch (c.format) {
        case ExportFormat::Csv:
        case ExportFormat::Tsv: {
            auto r = TextExporter::exportFile(collection, path,
                                              c.format == ExportFormat::Csv ? TextExporter::Format::Csv
                                                                             : TextExporter::Format::Tsv,
                                              c.deck);
            if (!r)
                return fail(r.error().message);
            out.notes = r->notes;
            out.message = tr("%1: %2 notes.").arg(name).arg(out.notes);
            break;
        }
        case ExportFormat::Apkg: {
            ApkgExportOptions o;
            o.deckId = c.deck;
            o.includeScheduling = c.includeScheduling;
            o.includeMedia = c.includeMedia;
            o.now = m_clock.now();
            o.utcOffsetSecs = m_clock.utcOffsetSecs(o.now);
            auto r = ApkgExporter::exportFile(collection, path, o);
            if (!r)
                return fail(r.error().message);
            out.notes = r->notes;
            out.cards = r->cards;
            out.reviews = r->reviews;
            out.media = r->media;
            out.message = tr("%1: %2 notes, %3 cards, %4 reviews, %5 media files.")
                              .arg(name)
                              .arg(out.notes)
                              .arg(out.cards)
                              .arg(out.reviews)
                              .arg(out.media);
            break;
        }
        case ExportFormat::Deck: {
            if (!c.deck)
                return fail(tr("a .deck file holds one deck; choose a deck."));
            // DeckExporter::exportDeck in two steps, to report how many notes went out.
            auto file = DeckExporter::toDeckFile(collection, *c.deck);
            if (!file)
                return fail(file.error().message);
            if (auto r = DeckWriter::writeFile(*file, path); !r)
                return fail(r.error().message);
            out.notes = int(file->notes.size());
            out.message = tr("%1: %2 notes.").arg(name).arg(out.notes);
            // Notes of other notetypes become basic notes, which can come out in a shape the
            // parser refuses (an empty Back); say so now rather than at the next import.
            const DeckParseResult check = DeckParser::parseFile(path);
            if (!check.ok()) {
                const DeckIssue &first = check.issues.front();
                out.warning = tr("Debrief cannot import this file back as it is (%n problem(s)); the first, line %1: %2",
                                 nullptr, int(check.issues.size()))
                                  .arg(first.line)
                                  .arg(first.message);
                out.message += QLatin1Char('\n') + out.warning;
            }
            break;
        }
        }
    }
    out.ok = true;
    return out;
}

void ExportDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        QSettings settings;
        settings.setValue(QLatin1String(kFormatKey), suffix());
        if (choice().format == ExportFormat::Apkg) {   // greyed-out boxes are not a choice
            settings.setValue(QLatin1String(kSchedulingKey), m_scheduling->isChecked());
            settings.setValue(QLatin1String(kMediaKey), m_media->isChecked());
        }
    }
    QDialog::done(result);
}

} // namespace debrief

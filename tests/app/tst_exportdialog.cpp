// File ▸ Export…: the choices the dialog turns into, and files that come back in through the
// importers with the notes that went out.
#include "exportdialog.h"
#include "widgettest.h"
#include "mainwindow.h"

#include "decks/deckimporter.h"
#include "import/ankipackageimporter.h"
#include "import/textimporter.h"
#include "import/zipreader.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace debrief;
using debrief::widgettest::child;

Q_DECLARE_METATYPE(debrief::ExportFormat)

namespace {

const QString kVocab = QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/community/english_vocab_cloze.apkg");
const QString kMedia = QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/anki/media.apkg");
// Two bundled decks, for the notetypes only Debrief has (trees and layers).
const QString kLayersFile = QStringLiteral(DEBRIEF_SOURCE_DIR "/decks/metric-layers.deck");
const QString kTreesFile = QStringLiteral(DEBRIEF_SOURCE_DIR "/decks/failure-trees.deck");
const QString kLayersDeck = QStringLiteral("Interview Prep::Metric Layers");
const QString kTreesDeck = QStringLiteral("Interview Prep::Failure Trees");
// english_vocab_cloze.apkg keeps all its 22 notes in this leaf (fixtures INDEX.md).
const QString kVocabDeck = QStringLiteral("spoken-languages::english::Vocab::2023");
constexpr int kVocabNotes = 22;
const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

void chooseFormat(ExportDialog &dlg, ExportFormat format)
{
    auto *combo = child<QComboBox>(dlg, QStringLiteral("format"));
    const int i = combo->findData(int(format));
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

void chooseDeck(ExportDialog &dlg, const QString &name)
{
    auto *combo = child<QComboBox>(dlg, QStringLiteral("deck"));
    if (name.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    const int i = combo->findText(name);
    QVERIFY2(i > 0, qPrintable(name));
    combo->setCurrentIndex(i);
}

bool allDecksEnabled(ExportDialog &dlg)
{
    auto *model = qobject_cast<QStandardItemModel *>(child<QComboBox>(dlg, QStringLiteral("deck"))->model());
    return model && model->item(0)->isEnabled();
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    FixedClock m_clock{kNow};
    std::unique_ptr<Collection> m_source;   // both fixtures imported with their scheduling

    std::unique_ptr<Collection> makeCollection() { return widgettest::newCollection(m_tmp); }

    DeckId deckId(Collection &col, const QString &name)
    {
        auto d = col.deckByName(name);
        if (!d || !d->has_value())
            qFatal("no deck %s", qPrintable(name));
        return (*d)->id;
    }

    static qint64 count(Collection &col, const char *table)
    {
        auto n = col.count(QLatin1String(table));
        return n ? *n : -1;
    }

    QStringList zipMembers(const QString &path)
    {
        QStringList names;
        auto zip = ZipReader::open(path);
        if (zip)
            for (const auto &e : (*zip)->entries())
                names << e.name;
        return names;
    }

    QJsonObject mediaMap(const QString &path)
    {
        auto zip = ZipReader::open(path);
        if (!zip)
            return {};
        auto index = (*zip)->indexOf(QStringLiteral("media"));
        if (!index)
            return {};
        auto bytes = (*zip)->readAll(*index, 1 << 20);
        return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest-ExportDialog"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        QSettings().clear();

        m_source = makeCollection();
        for (const QString &f : {kVocab, kMedia}) {
            const ImportResult r = AnkiPackageImporter::importFile(*m_source, f, {});
            QVERIFY2(r.ok(), qPrintable(f));
        }
        for (const QString &f : {kLayersFile, kTreesFile})
            QVERIFY2(DeckImporter::importFile(*m_source, f).ok(), qPrintable(f));
        QCOMPARE(int(m_source->noteIdsInDecks({deckId(*m_source, kVocabDeck)})->size()), kVocabNotes);
        QVERIFY(count(*m_source, "notes") > kVocabNotes);
        QVERIFY(count(*m_source, "revlog") > 0);
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void choiceFollowsControls_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("deck");   // "" = All decks
        QTest::addColumn<bool>("scheduling");
        QTest::addColumn<bool>("media");
        QTest::addColumn<bool>("optionsApply");
        QTest::newRow("apkg, all decks, scheduling and media") << ExportFormat::Apkg << QString() << true << true << true;
        QTest::newRow("apkg, one deck, neither") << ExportFormat::Apkg << kVocabDeck << false << false << true;
        QTest::newRow("apkg, media only") << ExportFormat::Apkg << QString() << false << true << true;
        QTest::newRow("csv ignores the package options") << ExportFormat::Csv << QString() << true << true << false;
        QTest::newRow("tsv, one deck") << ExportFormat::Tsv << kVocabDeck << true << false << false;
        QTest::newRow("deck, one deck") << ExportFormat::Deck << kVocabDeck << true << true << false;
    }
    void choiceFollowsControls()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, deck);
        QFETCH(bool, scheduling);
        QFETCH(bool, media);
        QFETCH(bool, optionsApply);
        ExportDialog dlg(*m_source, m_clock, std::nullopt);
        chooseFormat(dlg, format);
        chooseDeck(dlg, deck);
        child<QCheckBox>(dlg, QStringLiteral("includeScheduling"))->setChecked(scheduling);
        child<QCheckBox>(dlg, QStringLiteral("includeMedia"))->setChecked(media);
        QCOMPARE(child<QCheckBox>(dlg, QStringLiteral("includeScheduling"))->isEnabled(), optionsApply);
        QCOMPARE(child<QCheckBox>(dlg, QStringLiteral("includeMedia"))->isEnabled(), optionsApply);

        const ExportChoice c = dlg.choice();
        QCOMPARE(c.format, format);
        QCOMPARE(c.deck.has_value(), !deck.isEmpty());
        if (c.deck)
            QCOMPARE(*c.deck, deckId(*m_source, deck));
        QCOMPARE(c.includeScheduling, optionsApply && scheduling);
        QCOMPARE(c.includeMedia, optionsApply && media);
        QCOMPARE(dlg.suffix(), ExportDialog::suffixFor(format));
        QVERIFY(dlg.suggestedPath().endsWith(QLatin1Char('.') + dlg.suffix()));
        QVERIFY(dlg.fileFilter().contains(QStringLiteral("*.") + dlg.suffix()));
        QVERIFY(child<QPushButton>(dlg, QStringLiteral("export"))->isEnabled());
    }

    // The .apkg boxes say nothing about other formats: greyed and cleared there, and back as
    // they were when .apkg is chosen again.
    void packageOptionsClearOutsideApkg()
    {
        ExportDialog dlg(*m_source, m_clock, deckId(*m_source, kVocabDeck));
        auto *scheduling = child<QCheckBox>(dlg, QStringLiteral("includeScheduling"));
        auto *media = child<QCheckBox>(dlg, QStringLiteral("includeMedia"));
        chooseFormat(dlg, ExportFormat::Apkg);
        scheduling->setChecked(true);
        media->setChecked(false);
        for (ExportFormat other : {ExportFormat::Csv, ExportFormat::Tsv, ExportFormat::Deck}) {
            chooseFormat(dlg, other);
            QVERIFY(!scheduling->isEnabled() && !scheduling->isChecked());
            QVERIFY(!media->isEnabled() && !media->isChecked());
        }
        chooseFormat(dlg, ExportFormat::Apkg);
        QVERIFY(scheduling->isEnabled() && scheduling->isChecked());
        QVERIFY(media->isEnabled() && !media->isChecked());
    }

    void preselectedDeckIsChosen()
    {
        ExportDialog dlg(*m_source, m_clock, deckId(*m_source, kVocabDeck));
        QCOMPARE(child<QComboBox>(dlg, QStringLiteral("deck"))->currentText(), kVocabDeck);
        QCOMPARE(dlg.choice().deck.value_or(-1), deckId(*m_source, kVocabDeck));
        QCOMPARE(QFileInfo(dlg.suggestedPath()).fileName(), QStringLiteral("spoken-languages - english - Vocab - 2023.apkg"));

        ExportDialog all(*m_source, m_clock, std::nullopt);
        QCOMPARE(child<QComboBox>(all, QStringLiteral("deck"))->currentIndex(), 0);
        QVERIFY(!all.choice().deck);
    }

    // A .deck file holds one deck: "All decks" cannot be chosen, and choosing the format moves
    // off it (to the preselected deck when there is one).
    void deckFormatNeedsOneDeck()
    {
        ExportDialog dlg(*m_source, m_clock, std::nullopt);
        QVERIFY(allDecksEnabled(dlg));
        chooseFormat(dlg, ExportFormat::Deck);
        QVERIFY(!allDecksEnabled(dlg));
        QVERIFY(dlg.choice().deck.has_value());
        QVERIFY(child<QPushButton>(dlg, QStringLiteral("export"))->isEnabled());
        chooseFormat(dlg, ExportFormat::Csv);
        QVERIFY(allDecksEnabled(dlg));

        const DeckId vocab = deckId(*m_source, kVocabDeck);
        ExportDialog pre(*m_source, m_clock, vocab);
        chooseDeck(pre, QString());   // the user went to All decks, then picked .deck
        chooseFormat(pre, ExportFormat::Deck);
        QCOMPARE(pre.choice().deck.value_or(-1), vocab);

        // Going back to "All decks" while .deck is chosen lands on a deck again.
        child<QComboBox>(pre, QStringLiteral("deck"))->setCurrentIndex(0);
        QCOMPARE(pre.choice().deck.value_or(-1), vocab);
        QVERIFY(child<QPushButton>(pre, QStringLiteral("export"))->isEnabled());
    }

    void exportedFileImportsBack_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("deck");
        QTest::addColumn<bool>("scheduling");
        QTest::newRow("apkg, all decks, with scheduling") << ExportFormat::Apkg << QString() << true;
        QTest::newRow("apkg, one deck, cards as new") << ExportFormat::Apkg << kVocabDeck << false;
        QTest::newRow("csv, all decks") << ExportFormat::Csv << QString() << false;
        QTest::newRow("tsv, one deck") << ExportFormat::Tsv << kVocabDeck << false;
        QTest::newRow("tsv, failure trees") << ExportFormat::Tsv << kTreesDeck << false;
        QTest::newRow("deck file, metric layers") << ExportFormat::Deck << kLayersDeck << false;
        QTest::newRow("deck file, failure trees") << ExportFormat::Deck << kTreesDeck << false;
    }
    void exportedFileImportsBack()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, deck);
        QFETCH(bool, scheduling);
        // The test decks have no subdecks, so "the deck" and "the deck and its subdecks" agree.
        const qint64 expectedNotes = deck.isEmpty() ? count(*m_source, "notes")
                                                    : qint64(m_source->noteIdsInDecks({deckId(*m_source, deck)})->size());
        QVERIFY(expectedNotes > 0);

        ExportDialog dlg(*m_source, m_clock, std::nullopt);
        chooseFormat(dlg, format);
        chooseDeck(dlg, deck);
        child<QCheckBox>(dlg, QStringLiteral("includeScheduling"))->setChecked(scheduling);
        const QString path = m_tmp.filePath(QStringLiteral("out%1.%2").arg(QString::fromUtf8(QTest::currentDataTag())).arg(dlg.suffix()))
                                 .replace(QLatin1Char(','), QLatin1Char('_'));
        const ExportOutcome out = dlg.exportTo(path);
        QVERIFY2(out.ok, qPrintable(out.message));
        QCOMPARE(out.notes, int(expectedNotes));
        QVERIFY2(out.message.contains(QFileInfo(path).fileName()), qPrintable(out.message));
        QVERIFY2(out.message.contains(QString::number(expectedNotes)), qPrintable(out.message));
        QCOMPARE(QSettings().value(QStringLiteral("export/lastDir")).toString(), QFileInfo(path).absolutePath());
        QCOMPARE(QFileInfo(dlg.suggestedPath()).absolutePath(), QFileInfo(path).absolutePath());

        auto fresh = makeCollection();
        ImportResult back;
        switch (format) {
        case ExportFormat::Apkg:
            back = AnkiPackageImporter::importFile(*fresh, path, {});
            break;
        case ExportFormat::Csv:
        case ExportFormat::Tsv:
            // A text file carries notes, not notetypes: the receiving collection has them already.
            for (Notetype nt : *m_source->notetypes()) {
                nt.id = 0;
                QVERIFY(fresh->addNotetype(nt));
            }
            back = TextImporter::importFile(*fresh, path, {}, {}, kNow);
            break;
        case ExportFormat::Deck:
            back = DeckImporter::importFile(*fresh, path);
            break;
        }
        QVERIFY2(back.ok(), back.issues.empty() ? "" : qPrintable(back.issues.front().message));
        QCOMPARE(qint64(back.counts.notesAdded), expectedNotes);
        QCOMPARE(count(*fresh, "notes"), expectedNotes);
        if (format == ExportFormat::Apkg) {
            QCOMPARE(count(*fresh, "cards"), qint64(out.cards));
            QCOMPARE(count(*fresh, "revlog"), qint64(out.reviews));
            QCOMPARE(out.reviews > 0, scheduling);
        }
        if (format == ExportFormat::Deck) {
            QVERIFY(out.warning.isEmpty());
            QVERIFY(fresh->deckByName(deck)->has_value());
        }
    }

    // Anki notes leave a .deck file as basic notes; when that file would not import back (say,
    // an empty Back), the export says so instead of leaving it to the next import.
    void deckFileWarnsWhenItWouldNotImportBack()
    {
        ExportDialog dlg(*m_source, m_clock, deckId(*m_source, kVocabDeck));
        chooseFormat(dlg, ExportFormat::Deck);
        const QString path = m_tmp.filePath(QStringLiteral("vocab.deck"));
        const ExportOutcome out = dlg.exportTo(path);
        QVERIFY2(out.ok, qPrintable(out.message));
        QCOMPARE(out.notes, kVocabNotes);
        auto fresh = makeCollection();
        const ImportResult back = DeckImporter::importFile(*fresh, path);
        QCOMPARE(out.warning.isEmpty(), back.ok());
        if (back.ok())
            QCOMPARE(back.counts.notesAdded, kVocabNotes);
        else
            QVERIFY(out.message.contains(out.warning));
    }

    void mediaOffLeavesAnEmptyMediaMap()
    {
        ExportDialog dlg(*m_source, m_clock, std::nullopt);
        chooseFormat(dlg, ExportFormat::Apkg);
        auto *media = child<QCheckBox>(dlg, QStringLiteral("includeMedia"));

        media->setChecked(true);
        const QString with = m_tmp.filePath(QStringLiteral("with-media.apkg"));
        const ExportOutcome w = dlg.exportTo(with);
        QVERIFY2(w.ok, qPrintable(w.message));
        QVERIFY(w.media > 0);   // media.apkg's sound file
        QCOMPARE(mediaMap(with).size(), w.media);

        media->setChecked(false);
        const QString without = m_tmp.filePath(QStringLiteral("without-media.apkg"));
        const ExportOutcome wo = dlg.exportTo(without);
        QVERIFY2(wo.ok, qPrintable(wo.message));
        QCOMPARE(wo.media, 0);
        QVERIFY(zipMembers(without).contains(QStringLiteral("media")));
        QVERIFY(mediaMap(without).isEmpty());
        QCOMPARE(zipMembers(without),
                 (QStringList{QStringLiteral("meta"), QStringLiteral("collection.anki21"),
                              QStringLiteral("collection.anki2"), QStringLiteral("media")}));
    }

    void failureSaysWhatAndWhere()
    {
        ExportDialog dlg(*m_source, m_clock, std::nullopt);
        chooseFormat(dlg, ExportFormat::Csv);
        const QString path = m_tmp.filePath(QStringLiteral("no-such-folder/out.csv"));
        const ExportOutcome r = dlg.exportTo(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("out.csv")), qPrintable(r.message));
        QVERIFY(!QSettings().contains(QStringLiteral("export/lastDir")));
    }

    // File ▸ Export… (Ctrl+E) opens the dialog on the deck selected in the deck list; Cancel
    // there asks for no file.
    void menuActionPreselectsSelectedDeck()
    {
        auto col = makeCollection();
        QVERIFY(AnkiPackageImporter::importFile(*col, kVocab, {}).ok());
        MainWindow w(std::move(col), std::make_unique<FixedClock>(kNow));
        w.show();
        QAction *action = w.findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
        const auto items = w.deckTree()->findItems(QStringLiteral("2023"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QCOMPARE(items.size(), 1);
        w.deckTree()->setCurrentItem(items.first());

        QString shownDeck;
        int others = 0;
        widgettest::ModalDriver driver([&](QWidget *modal) {
            if (auto *d = qobject_cast<ExportDialog *>(modal)) {
                shownDeck = d->findChild<QComboBox *>(QStringLiteral("deck"))->currentText();
                d->reject();
            } else if (modal) {
                ++others;
                modal->close();
            }
        });
        action->trigger();
        QCOMPARE(shownDeck, kVocabDeck);
        QCOMPARE(others, 0);   // no file dialog, no message after Cancel
    }

    void acceptRemembersFormatAndOptions()
    {
        {
            ExportDialog dlg(*m_source, m_clock, std::nullopt);
            chooseFormat(dlg, ExportFormat::Apkg);
            child<QCheckBox>(dlg, QStringLiteral("includeScheduling"))->setChecked(true);
            child<QCheckBox>(dlg, QStringLiteral("includeMedia"))->setChecked(false);
            dlg.accept();
        }
        {
            ExportDialog dlg(*m_source, m_clock, std::nullopt);
            const ExportChoice c = dlg.choice();
            QCOMPARE(c.format, ExportFormat::Apkg);
            QVERIFY(c.includeScheduling);
            QVERIFY(!c.includeMedia);
            chooseFormat(dlg, ExportFormat::Tsv);
            dlg.reject();   // Cancel changes nothing
        }
        {
            ExportDialog dlg(*m_source, m_clock, std::nullopt);
            QCOMPARE(dlg.choice().format, ExportFormat::Apkg);
            chooseFormat(dlg, ExportFormat::Tsv);
            dlg.accept();
        }
        ExportDialog dlg(*m_source, m_clock, std::nullopt);
        QCOMPARE(dlg.choice().format, ExportFormat::Tsv);
        chooseFormat(dlg, ExportFormat::Apkg);
        QVERIFY(dlg.choice().includeScheduling);   // untouched by the TSV export
        QVERIFY(!dlg.choice().includeMedia);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"

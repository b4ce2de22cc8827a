#include "importwitness.h"

#include "import/textimporter.h"
#include "storage/collection.h"
#include "storage/database.h"

#include "import/foreigndataimporter.h"

#include <QtTest>

using namespace debrief;

// Golden tests for the Anki text importer: real fixture files into a real collection file.
class TestTextImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fixtures_data();
    void fixtures();
    void headersPipeMapsMetaColumns();
    void htmlFalseEscapes();
    void reimportUpdatesInsteadOfDuplicating();
    void firstFieldKeepsMediaNames();
    void hostile_data();
    void hostile();
    void cancelRollsBack();
    void separatorChoice_data();
    void separatorChoice();

private:
    ImportResult importFixture(const QString &rel, const ImportOptions &o = {});
    qint64 count(const char *table) { return *m_col->count(QString::fromLatin1(table)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Collection> m_col;
};

static const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

void TestTextImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto c = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    m_col = std::move(*c);
}

void TestTextImport::cleanup()
{
    m_col.reset();
    m_dir.reset();
}

ImportResult TestTextImport::importFixture(const QString &rel, const ImportOptions &o)
{
    return TextImporter::importFile(*m_col, QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/") + rel, o, {}, kNow);
}

void TestTextImport::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("warnings");

    // 9 rows: one duplicate, one with 3 columns (extra ignored), one with 1 column (padded),
    // one with an empty first field (skipped).
    QTest::newRow("anki text-2fields.txt") << "anki/text-2fields.txt" << 7 << 1 << 1 << 7 << 3;
    QTest::newRow("anki text-tags.txt (3rd column = tags)") << "anki/text-tags.txt" << 2 << 0 << 0 << 2 << 0;
    QTest::newRow("anki text-update.txt") << "anki/text-update.txt" << 1 << 0 << 0 << 1 << 0;
    QTest::newRow("synthetic headers, pipe, cloze row") << "anki/synthetic/text-headers-pipe.txt" << 3 << 0 << 0 << 4 << 0;
    QTest::newRow("synthetic guessed semicolon") << "anki/synthetic/text-guess-semicolon.txt" << 2 << 0 << 0 << 2 << 0;
    QTest::newRow("synthetic legacy tags: line") << "anki/synthetic/text-legacy-tagsline.txt" << 2 << 0 << 0 << 2 << 0;
    QTest::newRow("synthetic quoted comma, html false") << "anki/synthetic/text-quoted-comma.csv" << 2 << 0 << 0 << 2 << 0;
    QTest::newRow("community python_basics_export.txt") << "community/python_basics_export.txt" << 12 << 0 << 0 << 12 << 0;
    QTest::newRow("community cissp_safari.csv (crlf, 12 columns)") << "community/cissp_safari.csv" << 9 << 0 << 0 << 9 << 9;
}

void TestTextImport::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, added);
    QFETCH(int, unchanged);
    QFETCH(int, skipped);
    QFETCH(int, cards);
    QFETCH(int, warnings);

    const ImportResult r = importFixture(file);
    for (const auto &i : r.issues)
        qDebug() << int(i.kind) << i.line << i.message;
    QVERIFY(r.ok());
    QCOMPARE(r.counts.notesAdded, added);
    QCOMPARE(r.counts.notesUnchanged, unchanged);
    QCOMPARE(r.counts.notesSkipped, skipped);
    QCOMPARE(r.counts.cardsAdded, cards);
    QCOMPARE(int(r.issues.size()), warnings);
    QCOMPARE(count("notes"), qint64(added));
    QCOMPARE(count("cards"), qint64(cards));
}

void TestTextImport::headersPipeMapsMetaColumns()
{
    const ImportResult r = importFixture(QStringLiteral("anki/synthetic/text-headers-pipe.txt"));
    QVERIFY(r.ok());
    auto n1 = m_col->noteByGuid(QStringLiteral("SynTxt001"));
    QVERIFY(n1.ok() && n1->has_value());
    QCOMPARE((*n1)->fields, (QStringList{QStringLiteral("<b>chien</b>"), QStringLiteral("dog")}));
    QVERIFY((*n1)->tags.contains(QLatin1String("animal")));
    QVERIFY((*n1)->tags.contains(QLatin1String("synthetic")));   // from #tags:
    auto cards = m_col->cardsOfNote((*n1)->id);
    QVERIFY(cards.ok() && cards->size() == 1);
    auto deck = m_col->deck(cards->front().deckId);
    QCOMPARE(deck->name, QStringLiteral("Languages::French"));

    auto cloze = m_col->noteByGuid(QStringLiteral("SynTxt002"));
    QVERIFY(cloze.ok() && cloze->has_value());
    auto nt = m_col->notetype((*cloze)->notetypeId);
    QCOMPARE(nt->kind, NotetypeKind::Cloze);
    QCOMPARE(m_col->cardsOfNote((*cloze)->id)->size(), size_t(2));

    auto quoted = m_col->noteByGuid(QStringLiteral("SynTxt003"));
    QCOMPARE((*quoted)->fields, (QStringList{QStringLiteral("quoted | pipe"), QStringLiteral("two\nlines")}));
}

void TestTextImport::htmlFalseEscapes()
{
    const ImportResult r = importFixture(QStringLiteral("anki/synthetic/text-quoted-comma.csv"));
    QVERIFY(r.ok());
    auto ids = m_col->database().prepare(QStringLiteral("SELECT guid FROM notes ORDER BY id"));
    QVERIFY(ids.ok());
    QStringList fields;
    while (*ids->step())
        fields << (*m_col->noteByGuid(ids->text(0)))->fields;
    QCOMPARE(fields, (QStringList{QStringLiteral("a, b"), QStringLiteral("plain &lt;not html&gt; &amp; text"),
                                  QStringLiteral("second"), QStringLiteral("line one<br>line two")}));
}

void TestTextImport::reimportUpdatesInsteadOfDuplicating()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("words.tsv"));
    auto write = [&](const QByteArray &b) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(b);
    };
    write("1\tx\n2\ty\n");
    QCOMPARE(TextImporter::importFile(*m_col, path, {}, {}, kNow).counts.notesAdded, 2);
    write("1\tchanged\n2\ty\n3\tz\n");
    ImportOptions never;
    never.update = UpdatePolicy::Never;
    ImportResult r = TextImporter::importFile(*m_col, path, never, {}, kNow);
    QCOMPARE(r.counts.notesAdded, 1);
    QCOMPARE(r.counts.notesSkipped, 1);
    QCOMPARE(r.counts.notesUnchanged, 1);
    r = TextImporter::importFile(*m_col, path, {}, {}, kNow);
    QCOMPARE(r.counts.notesAdded, 0);
    QCOMPARE(r.counts.notesUpdated, 1);
    QCOMPARE(r.counts.notesUnchanged, 2);
    QCOMPARE(count("notes"), qint64(3));
    QCOMPARE(count("cards"), qint64(3));
}

void TestTextImport::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("line");

    QFile png(QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/anki/media.apkg"));
    png.open(QIODevice::ReadOnly);
    QTest::newRow("binary file given as csv") << png.readAll() << int(ImportIssue::Kind::BadEncoding) << 1;
    QTest::newRow("invalid utf-8 on line 2") << QByteArray("a\tb\ncaf\xE9\tc\n") << int(ImportIssue::Kind::BadEncoding) << 2;
    QTest::newRow("empty file") << QByteArray() << int(ImportIssue::Kind::MissingField) << 0;
    QTest::newRow("only headers") << QByteArray("#separator:tab\n#html:true\n") << int(ImportIssue::Kind::MissingField) << 0;
    QTest::newRow("20 MB single field") << QByteArray("front\t") + QByteArray(20 * 1024 * 1024, 'x') + "\n"
                                        << int(ImportIssue::Kind::Unsafe) << 1;
    // Item 18: numbers that size tables (a std::bad_alloc before), named by line.
    QTest::newRow("#deck column:2000000000") << QByteArray("#separator:tab\n#deck column:2000000000\na\tb\n")
                                             << int(ImportIssue::Kind::Unsafe) << 2;
    QTest::newRow("#tags column:-5") << QByteArray("#separator:tab\n#html:false\n#tags column:-5\na\tb\n")
                                     << int(ImportIssue::Kind::Unsafe) << 3;
    QTest::newRow("#columns with 5000 names")
        << QByteArray("#separator:comma\n#columns:") + QByteArray(5000 * 2 - 1, ',').replace(",,", "c,") + "\na,b\n"
        << int(ImportIssue::Kind::Unsafe) << 2;
    QTest::newRow("a 4 MB line of empty fields on line 3")
        << QByteArray("#separator:tab\nok\trow\n") + QByteArray(4 * 1024 * 1024, '\t') + "\n"
        << int(ImportIssue::Kind::Unsafe) << 3;
}

void TestTextImport::firstFieldKeepsMediaNames()
{
    // Item 1: the duplicate check strips HTML but keeps media file names, as Anki does, so three
    // questions about three different pictures stay three notes.
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("graphs.tsv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#separator:tab\n#html:true\n"
            "What does this graph show? <img src=\"a.png\">\tgrowth\n"
            "What does this graph show? <img src=\"b.png\">\tdecline\n"
            "What does this graph show? <img src='c.png'>\tnothing\n"
            "What does this graph show? <img src=\"a.png\">\tgrowth\n");   // a true duplicate of row 1
    f.close();
    const ImportResult r = TextImporter::importFile(*m_col, path, {}, {}, kNow);
    QVERIFY(r.ok());
    QCOMPARE(r.counts.notesAdded, 3);
    QCOMPARE(r.counts.notesUnchanged, 1);
    QCOMPARE(r.counts.notesUpdated, 0);
    QCOMPARE(count("notes"), qint64(3));
    // Markup alone still does not make a note distinct.
    QCOMPARE(ForeignDataImporter::firstFieldKey(QStringLiteral("<b>Paris</b>&nbsp;")),
             ForeignDataImporter::firstFieldKey(QStringLiteral("Paris")));
}

void TestTextImport::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(int, line);

    // Something already in the collection, which must survive untouched.
    QTemporaryDir tmp;
    const QString good = tmp.filePath(QStringLiteral("good.tsv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep\tme\n");
    }
    QVERIFY(TextImporter::importFile(*m_col, good, {}, {}, kNow).ok());
    const qint64 notes = count("notes"), cards = count("cards");

    const QString path = tmp.filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    // Closed, so the data dir's digest covers the whole collection byte for byte.
    m_col.reset();
    const QString before = importwitness::digest(m_dir->path());
    const QString inputBefore = importwitness::digest(tmp.path());
    auto reopened = Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite")));
    QVERIFY(reopened);
    m_col = std::move(*reopened);
    const qint64 cpuBefore = importwitness::cpuMs();
    const ImportResult r = TextImporter::importFile(*m_col, path, {}, {}, kNow);
    const qint64 ms = importwitness::cpuMs() - cpuBefore;
    m_col.reset();
    QCOMPARE(importwitness::digest(m_dir->path()), before);
    QCOMPARE(importwitness::digest(tmp.path()), inputBefore);
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms of CPU").arg(ms)));
    m_col = std::move(*Collection::open(m_dir->filePath(QStringLiteral("collection.sqlite"))));
    int errors = 0;
    for (const ImportIssue &i : r.issues)
        errors += i.severity == Severity::Error;
    QCOMPARE(errors, 1);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.issues.front().kind), kind);
    QCOMPARE(r.issues.front().line, line);
    QVERIFY(r.issues.front().message.contains(QLatin1String("bad.csv")));
    QCOMPARE(r.counts.notesAdded, 0);
    QCOMPARE(count("notes"), notes);
    QCOMPARE(count("cards"), cards);
}

void TestTextImport::cancelRollsBack()
{
    const ImportResult r = TextImporter::importFile(
        *m_col, QStringLiteral(DEBRIEF_SHARED_DIR "/fixtures/community/python_basics_export.txt"), {},
        [](qint64 done, qint64) { return done < 1; }, kNow);
    QVERIFY(!r.ok());
    QCOMPARE(r.issues.back().kind, ImportIssue::Kind::Cancelled);
    QCOMPARE(count("notes"), qint64(0));
    QCOMPARE(count("cards"), qint64(0));
}

void TestTextImport::separatorChoice_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("csv with URLs splits on commas, not colons")
        << "deck.csv" << "What is TLS?,https://example.org/tls,security\n" << ",";
    QTest::newRow("txt keeps Anki's order: colon before comma")
        << "deck.txt" << "What is TLS?,https://example.org/tls,security\n" << ":";
    QTest::newRow("tsv with a colon in a field") << "deck.TSV" << "time: 10:30\tback\n" << "\t";
    QTest::newRow("csv without commas falls back to the guess") << "deck.csv" << "a;b\n" << ";";
    QTest::newRow("#separator header wins over the name") << "deck.csv" << "#separator:Pipe\na,b|c\n" << "|";
}

void TestTextImport::separatorChoice()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const TextHeader header = TextImporter::readHeader(text, fileName);
    QCOMPARE(QString(TextImporter::chooseSeparator(text, header, fileName)), expected);
}

QTEST_GUILESS_MAIN(TestTextImport)
#include "tst_textimport.moc"

#include "import/csvreader.h"

#include <QtTest>

using namespace debrief;

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void records_data();
    void records();
    void decode_data();
    void decode();
    void guessSeparator_data();
    void guessSeparator();
    void oversizedFieldIsUnsafe();
};

// Records are written as fields joined by "|" and records joined by "/", with the start line.
void TestCsvReader::records_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("sep");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("lines");

    const QChar tab(QLatin1Char('\t')), comma(QLatin1Char(','));
    QTest::newRow("plain tsv") << QStringLiteral("a\tb\nc\td\n") << tab
                               << QStringList{QStringLiteral("a|b"), QStringLiteral("c|d")} << QList<int>{1, 2};
    QTest::newRow("no trailing newline") << QStringLiteral("a\tb") << tab << QStringList{QStringLiteral("a|b")} << QList<int>{1};
    QTest::newRow("crlf line ends") << QStringLiteral("a,b\r\nc,d\r\n") << comma
                                    << QStringList{QStringLiteral("a|b"), QStringLiteral("c|d")} << QList<int>{1, 2};
    QTest::newRow("quoted separator") << QStringLiteral("\"a, b\",c\n") << comma << QStringList{QStringLiteral("a, b|c")} << QList<int>{1};
    QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\",x\n") << comma
                                    << QStringList{QStringLiteral("say \"hi\"|x")} << QList<int>{1};
    QTest::newRow("newline inside quotes keeps line numbers")
        << QStringLiteral("\"one\ntwo\",x\nnext,y\n") << comma
        << QStringList{QStringLiteral("one\ntwo|x"), QStringLiteral("next|y")} << QList<int>{1, 3};
    QTest::newRow("crlf inside quotes becomes lf") << QStringLiteral("\"one\r\ntwo\",x\r\n") << comma
                                                   << QStringList{QStringLiteral("one\ntwo|x")} << QList<int>{1};
    QTest::newRow("comment and blank lines skipped")
        << QStringLiteral("# note\n\na\tb\n#later comment\n\nc\td\n") << tab
        << QStringList{QStringLiteral("a|b"), QStringLiteral("c|d")} << QList<int>{3, 6};
    QTest::newRow("ragged rows") << QStringLiteral("a\nb\tc\td\n") << tab
                                 << QStringList{QStringLiteral("a"), QStringLiteral("b|c|d")} << QList<int>{1, 2};
    QTest::newRow("empty trailing field") << QStringLiteral("a\t\n") << tab << QStringList{QStringLiteral("a|")} << QList<int>{1};
    QTest::newRow("quote inside unquoted field is literal") << QStringLiteral("5\" disk,x\n") << comma
                                                             << QStringList{QStringLiteral("5\" disk|x")} << QList<int>{1};
}

void TestCsvReader::records()
{
    QFETCH(QString, text);
    QFETCH(QChar, sep);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, lines);

    CsvReader reader(text, sep);
    QStringList got;
    QList<int> gotLines;
    for (;;) {
        auto rec = reader.next();
        QVERIFY(rec.ok());
        if (!rec->has_value())
            break;
        got << (*rec)->fields.join(QLatin1Char('|'));
        gotLines << (*rec)->line;
    }
    QCOMPARE(got, expected);
    QCOMPARE(gotLines, lines);
}

void TestCsvReader::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("badLine");

    const QString word = QStringLiteral("caf\u00e9\t\u98df");
    QTest::newRow("utf-8") << word.toUtf8() << true << word << 0;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + word.toUtf8() << true << word << 0;
    QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
    for (QChar c : word) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf-16le with bom") << le << true << word << 0;
    QTest::newRow("utf-16be with bom") << be << true << word << 0;
    QTest::newRow("latin-1 byte on line 3") << QByteArray("a\tb\nc\td\ncaf\xE9\tx\n") << false << QString() << 3;
    QTest::newRow("overlong encoding") << QByteArray("ok\n\xC0\xAF\n") << false << QString() << 2;
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << false << QString() << 1;
    QTest::newRow("truncated sequence at end") << QByteArray("abc\xE6\x97") << false << QString() << 1;
    QTest::newRow("binary with nul bytes") << QByteArray("PK\x03\x04\0\0\0\0", 8) << false << QString() << 1;
    QTest::newRow("utf-16 odd length") << QByteArray("\xFF\xFE\x41", 3) << false << QString() << 0;
}

void TestCsvReader::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(QString, text);
    QFETCH(int, badLine);

    int line = 0;
    auto r = CsvReader::decode(bytes, QStringLiteral("f.txt"), &line);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(*r, text);
    } else {
        QCOMPARE(line, badLine);
        QVERIFY(r.error().message.startsWith(QLatin1String("f.txt")));
    }
}

void TestCsvReader::guessSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("tab wins over everything") << QStringLiteral("a,b;c|d\te") << QChar(QLatin1Char('\t'));
    QTest::newRow("pipe before semicolon") << QStringLiteral("a;b|c") << QChar(QLatin1Char('|'));
    QTest::newRow("semicolon before colon and comma") << QStringLiteral("Bonjour;hello, greeting\nMerci;thanks: polite")
                                                      << QChar(QLatin1Char(';'));
    QTest::newRow("colon before comma") << QStringLiteral("a:b,c") << QChar(QLatin1Char(':'));
    QTest::newRow("comma") << QStringLiteral("a,b") << QChar(QLatin1Char(','));
    QTest::newRow("space when nothing else") << QStringLiteral("a b") << QChar(QLatin1Char(' '));
    QTest::newRow("only first 8 KiB count") << QString(9000, QLatin1Char('x')) + QStringLiteral("\t")
                                            << QChar(QLatin1Char(' '));
}

void TestCsvReader::guessSeparator()
{
    QFETCH(QString, text);
    QFETCH(QChar, expected);
    QCOMPARE(CsvReader::guessSeparator(text), expected);
}

void TestCsvReader::oversizedFieldIsUnsafe()
{
    const QString text = QStringLiteral("ok\tfine\n\"") + QString(CsvReader::kMaxFieldChars + 10, QLatin1Char('x'))
                       + QStringLiteral("\"\tb\n");
    CsvReader reader(text, QLatin1Char('\t'));
    auto first = reader.next();
    QVERIFY(first.ok() && first->has_value());
    auto second = reader.next();
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Unsafe);
    QVERIFY(second.error().message.contains(QLatin1String("line 2")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

// Tag text split by one rule everywhere (collection, Anki packages, text files): Anki's.

#include "model/tags.h"

#include <QtTest>

using namespace debrief;

class TestTags : public QObject {
    Q_OBJECT

private slots:
    void split_data();
    void split();
};

void TestTags::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringList();
    QTest::newRow("one tag") << QStringLiteral("leech") << QStringList{QStringLiteral("leech")};
    QTest::newRow("Anki's stored form: padded with spaces")
        << QStringLiteral(" a b::c ") << QStringList{QStringLiteral("a"), QStringLiteral("b::c")};
    QTest::newRow("runs of spaces, tabs and newlines")
        << QStringLiteral("a  \tb\n c") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("ideographic space U+3000 separates")
        << QStringLiteral("日本語\u3000文法") << QStringList{QStringLiteral("日本語"), QStringLiteral("文法")};
    QTest::newRow("commas stay inside a tag")
        << QStringLiteral("a,b c") << QStringList{QStringLiteral("a,b"), QStringLiteral("c")};
}

void TestTags::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(Tags::split(text), expected);
}

QTEST_APPLESS_MAIN(TestTags)
#include "tst_tags.moc"

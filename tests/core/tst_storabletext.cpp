// Which characters a note field cannot hold (StorableText) and how a note with one is refused:
// NoteCards adds nothing and leaves an edited note as it was, with the field named.
#include "decks/builtinnotetypes.h"
#include "decks/notecards.h"
#include "model/storabletext.h"
#include "storage/collection.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

class TestStorableText : public QObject {
    Q_OBJECT

private slots:
    void badCharAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("at");
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("plain and controls") << QStringLiteral("a\x01\x07\x1b\x7f\t\u00a0b") << -1;
        QTest::newRow("surrogate pair") << QStringLiteral("x\U0001F600y") << -1;
        QTest::newRow("field separator") << QStringLiteral("ab\x1f" "c") << 2;
        QTest::newRow("lone high at the end") << (QStringLiteral("abc") + QChar(0xD83D)) << 3;
        QTest::newRow("high then a letter") << (QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b")) << 1;
        QTest::newRow("lone low") << (QChar(0xDE00) + QStringLiteral("z")) << 0;
        QTest::newRow("pair then lone low") << (QStringLiteral("\U0001F600") + QChar(0xDE00)) << 2;
    }

    void badCharAt()
    {
        QFETCH(QString, text);
        QFETCH(int, at);
        QCOMPARE(StorableText::badCharAt(text), at);
        QCOMPARE(StorableText::problem(QStringLiteral("Back"), text).isEmpty(), at < 0);
    }

    void noteCardsRefuseAndLeaveTheNote()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        auto col = Collection::open(tmp.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(col);
        Collection &c = **col;
        auto type = BuiltinNotetypes::ensure(c, DeckKind::Basic);
        auto deck = c.ensureDeck(QStringLiteral("D"));
        QVERIFY(type && deck);
        Note n;
        n.notetypeId = type->id;
        n.fields = QStringList{QStringLiteral("front"), QStringLiteral("ba\x1f" "ck")};
        auto refused = NoteCards::add(c, n, deck->id, 1000);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Back")), qPrintable(refused.error().message));
        QCOMPARE(*c.count(QStringLiteral("notes")), qint64(0));
        QCOMPARE(*c.count(QStringLiteral("cards")), qint64(0));

        n.fields[1] = QStringLiteral("back");
        auto added = NoteCards::add(c, n, deck->id, 1000);
        QVERIFY(added);
        Note edited = added->note;
        edited.fields[0] = QStringLiteral("fr") + QChar(0xDC00) + QStringLiteral("nt");
        auto update = NoteCards::update(c, edited, deck->id, 2000);
        QVERIFY(!update);
        QVERIFY2(update.error().message.contains(QStringLiteral("Front")), qPrintable(update.error().message));
        QCOMPARE(c.note(added->note.id)->fields, (QStringList{QStringLiteral("front"), QStringLiteral("back")}));
    }
};

QTEST_MAIN(TestStorableText)
#include "tst_storabletext.moc"

// Collection calls behind the app's deck management: deleting a deck tree and bringing it back
// from the backup taken first, presets listed and deleted, and the config table.
#include "model/stocknotetypes.h"
#include "storage/collection.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;

class TestDeckRemoval : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;

    std::unique_ptr<Collection> open()
    {
        auto col = Collection::open(m_tmp.filePath(QStringLiteral("c%1.sqlite").arg(++m_n)));
        if (!col)
            qFatal("%s", qPrintable(col.error().message));
        return std::move(*col);
    }

    // A Basic (and reversed) note whose two cards go to `deckA` and `deckB`.
    static NoteId addPair(Collection &c, DeckId deckA, DeckId deckB, const QString &front)
    {
        auto type = c.notetypeByName(QStringLiteral("Two ways"));
        NotetypeId typeId;
        if (type && *type) {
            typeId = (*type)->id;
        } else {
            Notetype twoWays = StockNotetypes::basic();
            twoWays.name = QStringLiteral("Two ways");
            twoWays.templates.push_back(twoWays.templates.front());
            twoWays.templates.back().name = QStringLiteral("Card 2");
            typeId = c.addNotetype(twoWays)->id;
        }
        Note n;
        n.notetypeId = typeId;
        n.fields = QStringList{front, QStringLiteral("back")};
        auto note = c.addNote(n);
        for (int ord = 0; ord < 2; ++ord) {
            Card card;
            card.noteId = note->id;
            card.deckId = ord == 0 ? deckA : deckB;
            card.ord = ord;
            card.state = NewState{1};
            if (!c.addCard(card))
                qFatal("addCard");
        }
        return note->id;
    }

private slots:
    void removeDeck_takesSubdecksCardsAndOrphanNotes_restoreBringsThemBack()
    {
        auto c = open();
        const Deck ml = *c->ensureDeck(QStringLiteral("ML"));
        const Deck metrics = *c->ensureDeck(QStringLiteral("ML::Metrics"));
        const Deck other = *c->ensureDeck(QStringLiteral("Other"));
        addPair(*c, ml.id, metrics.id, QStringLiteral("inside"));      // both cards go
        const NoteId shared = addPair(*c, metrics.id, other.id, QStringLiteral("shared"));   // one card stays
        QCOMPARE(*c->cardCountWithSubdecks(ml.id), qint64(3));

        const QString backup = m_tmp.filePath(QStringLiteral("before-delete.sqlite"));
        QVERIFY(c->backupTo(backup));
        auto removal = c->removeDeck(ml.id);
        QVERIFY2(removal, qPrintable(removal ? QString() : removal.error().message));
        QCOMPARE(removal->cards, qint64(3));
        QCOMPARE(removal->notes, qint64(1));
        QCOMPARE(removal->decks.size(), size_t(2));
        QVERIFY(!*c->deckByName(QStringLiteral("ML")));
        QVERIFY(!*c->deckByName(QStringLiteral("ML::Metrics")));
        QCOMPARE(*c->count(QStringLiteral("cards")), qint64(1));
        QCOMPARE(*c->count(QStringLiteral("notes")), qint64(1));
        QCOMPARE(c->cardsOfNote(shared)->size(), size_t(1));

        auto restored = c->restoreDecks(backup, *removal);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE((*c->deckByName(QStringLiteral("ML::Metrics")))->id, metrics.id);
        QCOMPARE(*c->count(QStringLiteral("cards")), qint64(4));
        QCOMPARE(*c->count(QStringLiteral("notes")), qint64(2));
        QCOMPARE(c->cardsOfNote(shared)->size(), size_t(2));
        QCOMPARE(*c->cardCountWithSubdecks(ml.id), qint64(3));
        QVERIFY(c->check()->empty());
    }

    void restoreDecks_refusesANameTakenSince()
    {
        auto c = open();
        const Deck ml = *c->ensureDeck(QStringLiteral("ML"));
        const QString backup = m_tmp.filePath(QStringLiteral("taken.sqlite"));
        QVERIFY(c->backupTo(backup));
        auto removal = c->removeDeck(ml.id);
        QVERIFY(removal);
        QVERIFY(c->ensureDeck(QStringLiteral("ml")));
        auto restored = c->restoreDecks(backup, *removal);
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(*c->count(QStringLiteral("decks")), qint64(2));   // Default and the new "ml"
    }

    void removeDeck_refusesTheDefaultDeck()
    {
        auto c = open();
        auto removal = c->removeDeck(1);
        QVERIFY(!removal);
        QVERIFY(*c->deckByName(QStringLiteral("Default")));
    }

    void removePreset_movesItsDecksToDefault()
    {
        auto c = open();
        SchedulerConfig fast;
        fast.newPerDay = 50;
        const PresetId id = *c->addPreset(QStringLiteral("Fast"), fast);
        Deck deck = *c->ensureDeck(QStringLiteral("Quick"));
        deck.presetId = id;
        QVERIFY(c->updateDeck(deck));
        QCOMPARE(c->configForDeck(deck.id)->newPerDay, 50);
        auto list = c->presets();
        QCOMPARE(list->size(), size_t(2));
        QCOMPARE(list->at(0).name, QStringLiteral("Default"));
        QCOMPARE(list->at(1).name, QStringLiteral("Fast"));
        QCOMPARE(list->at(1).deckCount, 1);

        QVERIFY(!c->removePreset(1));
        QVERIFY(c->removePreset(id));
        QCOMPARE(c->deck(deck.id)->presetId, PresetId(1));
        QCOMPARE(c->configForDeck(deck.id)->newPerDay, 20);
        QCOMPARE(c->presets()->size(), size_t(1));
    }

    void configValues_persistAndUnset()
    {
        const QString path = m_tmp.filePath(QStringLiteral("config.sqlite"));
        {
            auto c = Collection::open(path);
            QVERIFY((*c)->setConfigValue(QStringLiteral("learner_name"), QStringLiteral("Ada")));
            QVERIFY((*c)->setConfigValue(QStringLiteral("target_date"), QStringLiteral("2026-05-01")));
            QVERIFY((*c)->setConfigValue(QStringLiteral("target_date"), QString()));
        }
        auto c = Collection::open(path);
        QCOMPARE(*(*c)->configValue(QStringLiteral("learner_name")), QStringLiteral("Ada"));
        QCOMPARE(*(*c)->configValue(QStringLiteral("target_date")), QString());
    }
    void restoreInPlace_replacesTheOpenCollection()
    {
        auto c = open();
        QVERIFY(c->ensureDeck(QStringLiteral("Before")));
        const QString backup = m_tmp.filePath(QStringLiteral("inplace.sqlite"));
        QVERIFY(c->backupTo(backup));
        QVERIFY(c->ensureDeck(QStringLiteral("After")));
        QVERIFY(c->setConfigValue(QStringLiteral("learner_name"), QStringLiteral("Later")));

        auto restored = c->restoreInPlace(backup);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QVERIFY(*c->deckByName(QStringLiteral("Before")));
        QVERIFY(!*c->deckByName(QStringLiteral("After")));
        QCOMPARE(*c->configValue(QStringLiteral("learner_name")), QString());
        QVERIFY(c->ensureDeck(QStringLiteral("Writable")));   // the connection still writes
        QVERIFY(c->check()->empty());

        // And it stays restored when opened again.
        const QString path = c->path();
        c.reset();
        auto again = Collection::open(path);
        QVERIFY(again);
        QVERIFY(!*(*again)->deckByName(QStringLiteral("After")));
        QVERIFY(*(*again)->deckByName(QStringLiteral("Writable")));
    }

    void restoreInPlace_refusesANonCollection()
    {
        auto c = open();
        QFile junk(m_tmp.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all, just text that is long enough to have a header");
        junk.close();
        QVERIFY(!c->restoreInPlace(junk.fileName()));
        QVERIFY(*c->deckByName(QStringLiteral("Default")));
    }
};

QTEST_GUILESS_MAIN(TestDeckRemoval)
#include "tst_deckremoval.moc"

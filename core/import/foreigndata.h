#pragma once

#include "model/card.h"
#include "model/notetype.h"
#include "model/reviewlogentry.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace debrief {

// What a text or Mnemosyne reader produced, before anything touches the collection (the same
// split as Anki's ForeignData). ForeignDataImporter writes it in one transaction.

// A card the source brought with its scheduling. `reviews` have no cardId yet.
struct ForeignCard {
    int ord = 0;
    CardState state = NewState{};
    CardQueue queue = CardQueue::Normal;
    int reps = 0;
    std::vector<ReviewLogEntry> reviews;
};

struct ForeignNote {
    QString guid;          // empty: a new GUID (matching then goes by notetype + first field)
    QString notetype;      // notetype name; empty = ForeignData::defaultNotetype
    QString deck;          // deck name; empty = ForeignData::defaultDeck
    QStringList fields;    // HTML, in the notetype's field order (padded or cut by the writer)
    QStringList tags;
    int line = 0;          // where it came from, for issues
    qint64 modifiedSecs = 0;   // 0 = unknown (text files): the file counts as newer
    std::vector<ForeignCard> cards;   // empty: one new card per template / cloze number
};

struct ForeignData {
    QString defaultNotetype = QStringLiteral("Basic");
    QString defaultDeck = QStringLiteral("Default");
    // Notetypes the source defines; created by name when the collection has none of that name.
    // Basic and Cloze are always available (StockNotetypes).
    std::vector<Notetype> notetypes;
    std::vector<ForeignNote> notes;
    // Anki's text-import rule: a note without a GUID match is still a duplicate when its notetype
    // and first field equal an existing note's. Formats with stable ids (Mnemosyne) turn it off.
    bool matchFirstField = true;
};

} // namespace debrief

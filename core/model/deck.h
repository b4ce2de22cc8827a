#pragma once

#include "model/ids.h"

#include <QString>

namespace debrief {

// Decks nest by name: "Interview::Metrics" is a child of "Interview".
struct Deck {
    DeckId id = 0;
    QString name;
    PresetId presetId = 1;
    QString description;
};

} // namespace debrief

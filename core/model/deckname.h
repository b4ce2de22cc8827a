#pragma once

#include <QString>

namespace debrief {

// The rules of deck names, which nest by "::": "Interview::Metrics" is a child of "Interview".
class DeckName {
public:
    // "A :: B" → "A::B"; empty when a component is empty.
    static QString normalized(const QString &name);
    // "A::B::C" → "A::B"; empty for a top-level deck.
    static QString parent(const QString &name);
};

} // namespace debrief

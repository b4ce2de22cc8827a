#pragma once

#include "model/notetype.h"

namespace debrief {

// Anki's stock "Basic" and "Cloze" note types, used by `debrief-cli add`, the Add dialog and
// text import when no note type is named. Same field and template names as Anki, so exported
// notes land on Anki's own types.
class StockNotetypes {
public:
    static Notetype basic();
    static Notetype cloze();
};

} // namespace debrief

#pragma once

#include <QtGlobal>

namespace debrief {

// Row ids. Like Anki, new ids are millisecond timestamps (bumped until free), so ids from
// imported Anki collections can be kept where they do not clash.
using CardId = qint64;
using NoteId = qint64;
using DeckId = qint64;
using NotetypeId = qint64;
using PresetId = qint64;
using ReviewId = qint64;

} // namespace debrief

#pragma once

#include "model/ids.h"

#include <QString>
#include <QStringList>

namespace debrief {

// A note holds the facts; its cards are generated from it by its notetype.
// `guid` is the stable identity used to match a note across imports and deck updates.
struct Note {
    NoteId id = 0;
    QString guid;
    NotetypeId notetypeId = 0;
    QStringList fields;   // in the notetype's field order; HTML
    QStringList tags;     // no spaces inside a tag; "::" marks hierarchy
    qint64 modifiedSecs = 0;
};

} // namespace debrief

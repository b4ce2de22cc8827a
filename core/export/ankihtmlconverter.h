#pragma once

#include "model/note.h"
#include "model/notetype.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace debrief {

// Turns notes of Debrief's own notetypes (Markdown fields, drawn by DebriefCardRenderer) into
// what Anki can show: HTML fields and one template per card ord, so that a card looks the same in
// both apps. Cloze notes stay cloze notes (Text as HTML with its {{cN::}} kept). Every other kind
// gets, after its own fields (as HTML, for Anki's browser and editor), a pair of fields per card
// ord, "Card N" and "Card N answer", holding exactly the question and answer Debrief renders, and
// a template "{{Card N}}" per ord: a tree's branch card shows only its branch, and a note gets a
// card in Anki only for the ords whose fields are filled, so Anki's Empty Cards finds nothing.
class AnkiHtmlConverter {
public:
    // The Anki notetype for our Markdown notetype `notetype`, whose exported cards use ords below
    // `ordCount`. Its CSS carries the code-highlighting classes (night mode as Anki names it).
    static Notetype notetype(const Notetype &notetype, int ordCount);
    // The fields of `note` for notetype(notetype, ordCount), with faces only for `ords`: the
    // ords of the note's cards that are exported.
    static QStringList fields(const Note &note, const Notetype &notetype, int ordCount, const std::vector<int> &ords);
    // The question field of card `ord` (0-based) in a converted non-cloze notetype.
    static QString questionFieldName(int ord);
    static QString answerFieldName(int ord);
};

} // namespace debrief

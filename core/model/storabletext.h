#pragma once

#include <QCoreApplication>
#include <QString>

namespace debrief {

// Text a note field can hold. The fields of a note are stored joined by U+001F (Anki's field
// separator) and encoded as UTF-8, so a U+001F inside a field would split it in two when read
// back, and a lone UTF-16 surrogate has no UTF-8 form (it would come back as U+FFFD). Such text is
// refused with its place, never stored changed.
class StorableText {
    Q_DECLARE_TR_FUNCTIONS(StorableText)
public:
    // Index of the first character a field cannot hold, or -1.
    static int badCharAt(const QString &text);
    // Empty when `text` can be stored; else "<where>: character N is <what>, which ...", for the
    // user. `where` names the field (or the branch and column) the text was typed in.
    static QString problem(const QString &where, const QString &text);
};

} // namespace debrief

#pragma once

#include <QString>

namespace debrief {

// Both sides of a card as HTML fragments, before the page shell and styles are added.
struct RenderedCard {
    QString question;
    QString answer;     // usually repeats the question above an <hr id="answer">
    QString css;        // the note type's style sheet (empty for Debrief's own kinds)
};

} // namespace debrief

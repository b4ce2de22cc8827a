#pragma once

#include <QString>

namespace debrief {

// Removes what could run code from card HTML: <script>, <iframe>, <object>/<embed>, <base>,
// <meta http-equiv>, on* event attributes and javascript:/vbscript: URLs. Imported decks keep their
// markup, CSS and media; they lose only scripts (Anki runs them, we do not). A pattern filter
// cannot know every HTML parsing quirk, so the card view also forbids inline scripts and
// handlers with a Content-Security-Policy; this keeps the HTML it receives clean.
class HtmlSanitizer {
public:
    static QString sanitize(const QString &html);
};

} // namespace debrief

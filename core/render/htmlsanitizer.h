#pragma once

#include <QString>

namespace debrief {

// Removes what could run code from card HTML: <script>, <iframe>, <object>/<embed>, <base>,
// <meta http-equiv>, on* event attributes and javascript:/vbscript: URLs. Imported decks keep their
// markup, CSS and media; they lose only scripts (Anki runs them, we do not).
class HtmlSanitizer {
public:
    static QString sanitize(const QString &html);
};

} // namespace debrief

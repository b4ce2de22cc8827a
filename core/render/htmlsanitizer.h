#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

// Makes card HTML from imported decks safe to show: parses it as a browser would (libgumbo, an
// HTML5 parser), keeps only allowlisted elements and attributes and writes the tree back out.
// Scripts, frames, plugins, <base>/<meta>/<link>, SVG animation and foreignObject, comments,
// every on* handler and every URL whose scheme is not http(s), mailto or (for media) data: are
// dropped; unknown elements are unwrapped, their text kept. Attribute values are judged after
// entity decoding, as the browser sees them (href="&#106;avascript:" is a javascript: URL).
// Markup, CSS and media stay. The card view's Content-Security-Policy forbids inline scripts
// as well; this is the first of the two fences.
//
// A side over RenderLimits (tags, nesting, attributes, size) is refused before parsing, since
// HTML5 tree building costs tags x depth; the parse itself runs under a memory and time budget.
class HtmlSanitizer {
    Q_DECLARE_TR_FUNCTIONS(HtmlSanitizer)
public:
    // The safe HTML, or Error::Kind::Unsafe ("too large or complex to show") over the limits.
    static Result<QString> clean(const QString &html);
    // clean(), with a refused side replaced by its message as an escaped paragraph.
    static QString sanitize(const QString &html);
};

} // namespace debrief

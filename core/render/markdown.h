#pragma once

#include <QString>

namespace debrief {

// The Markdown subset of deck fields (docs/deck-format.md) to HTML. HTML in the source is
// escaped, never passed through. Supported: **bold**, *italic*, `code`, "- " lists (nested by
// two-space indentation), blank-line paragraphs (a single newline is a line break), fenced code
// blocks as <pre><code class="language-X"> (highlighted by CodeHighlighter), and \( \) / \[ \]
// math left untouched for MathJax.
class Markdown {
public:
    static QString toHtml(const QString &source);
    // One line of inline markup (no blocks).
    static QString inlineToHtml(const QString &text);
    static QString escape(const QString &text);
};

} // namespace debrief

#pragma once

#include <QString>

namespace debrief {

// Turns a fenced code block into HTML: with KDE Syntax-Highlighting (KF5 in the Qt 5 flavour,
// KF6 where packaged) each token becomes <span class="hl-Keyword">…</span>, named after
// KSyntaxHighlighting's default text styles, so the card view's style sheet colours it for
// light and dark mode alike. Without the library, or for an unknown language, the code is
// only escaped. Not thread-safe: the definitions repository is loaded once, on first use.
class CodeHighlighter {
public:
    static bool available();
    // True when `language` ("python", "cpp", "sql", "C++", "py", …) names a known syntax.
    static bool knowsLanguage(const QString &language);
    // The escaped (and, where possible, highlighted) HTML for `code`; no <pre>/<code> wrapper.
    static QString toHtml(const QString &code, const QString &language);
    // CSS for the hl-* classes; `.dark` on <body> selects the dark palette.
    static QString styleSheet();
};

} // namespace debrief

#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

// Bounds on what one card may ask of the renderer. Imported decks are untrusted: a field of a
// million "{{c1::" or a template of a million nested sections must end in a message, not in a
// frozen window or a stack overflow. The limits sit far above any real card (the bundled decks'
// largest side is a few thousand characters and a few levels deep) and well below what takes the
// parsers more than a few milliseconds.
class RenderLimits {
    Q_DECLARE_TR_FUNCTIONS(RenderLimits)
public:
    // Characters of one template (question or answer format).
    static constexpr int kMaxTemplateChars = 256 * 1024;
    // Nesting of {{#…}}/{{^…}} sections in a template; Anki's own templates use two or three.
    static constexpr int kMaxSectionDepth = 64;
    // Nesting of clozes inside clozes ({{c1::a {{c2::b}}}}); deeper openings stay literal text.
    static constexpr int kMaxClozeDepth = 32;
    // Characters of one rendered side, before sanitising (4 Mi UTF-16 units, 8 MB): room for a
    // pasted image as a data: URL, not for a field built to stall the view.
    static constexpr int kMaxSideChars = 4 * 1024 * 1024;
    // HTML elements of one side and their nesting. HTML5 tree building costs tags x depth
    // (scope checks walk the stack of open elements); Chromium itself stops nesting at 512.
    static constexpr int kMaxHtmlTags = 50000;
    static constexpr int kMaxHtmlDepth = 256;
    static constexpr int kMaxAttributesPerTag = 256;

    // "This card is too large or complex to show", as an Error::Kind::Unsafe; `what` says which
    // limit, for the curious and for bug reports.
    static Error tooComplex(const QString &what)
    {
        return Error{Error::Kind::Unsafe,
                     tr("This card is too large or complex to show (%1).").arg(what)};
    }
};

} // namespace debrief

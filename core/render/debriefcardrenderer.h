#pragma once

#include "model/note.h"
#include "model/notetype.h"

#include "render/renderedcard.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

// Question and answer HTML for cards of Debrief's own notetypes (BuiltinNotetypes): fields hold
// deck-format Markdown, turned into HTML here; `ord` is the card's ord as BuiltinNotetypes::cardOrds
// numbers them. The css is DebriefCardStyle's (light and dark layouts of pair, tree and layers). Code blocks come out as <pre><code class="language-X">; the app highlights them.
class DebriefCardRenderer {
    Q_DECLARE_TR_FUNCTIONS(DebriefCardRenderer)

public:
    static RenderedCard render(const Note &note, const Notetype &notetype, int ord);
    // Cloze text with deletion `number` hidden ("[...]" or "[hint]") or revealed, others shown.
    static QString renderCloze(const QString &markdown, int number, bool reveal);

private:
    static RenderedCard renderSides(const Note &note, const Notetype &nt, int ord);
};

} // namespace debrief

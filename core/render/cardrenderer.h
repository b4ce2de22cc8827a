#pragma once

#include "model/card.h"
#include "model/note.h"
#include "model/notetype.h"
#include "render/renderedcard.h"
#include "util/result.h"

#include <QCoreApplication>

namespace debrief {

class Collection;

// Renders any card of the collection: Debrief's own kinds through DebriefCardRenderer (Markdown
// fields), everything else through its Anki template. The HTML is sanitised here, once, so every
// view can trust it. Note types are read for every card, so an edited or imported note type shows
// on the next card. A card over RenderLimits comes back as Error::Kind::Unsafe, whose message
// says it is too large or complex to show.
class CardRenderer {
    Q_DECLARE_TR_FUNCTIONS(CardRenderer)
public:
    explicit CardRenderer(Collection &collection);
    Result<RenderedCard> render(const Card &card);
    // `card` drawn from `note` as given (not as stored): the editor's live preview of a draft.
    Result<RenderedCard> render(const Card &card, const Note &note);

private:
    Collection &m_collection;
};

} // namespace debrief

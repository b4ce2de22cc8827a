#pragma once

#include "model/card.h"
#include "model/notetype.h"
#include "render/renderedcard.h"
#include "util/result.h"

#include <QCoreApplication>

#include <map>

namespace debrief {

class Collection;

// Renders any card of the collection: Debrief's own kinds through DebriefCardRenderer (Markdown
// fields), everything else through its Anki template. The HTML is sanitised here, once, so every
// view can trust it. Note types are cached per renderer; make a new renderer after editing them.
class CardRenderer {
    Q_DECLARE_TR_FUNCTIONS(CardRenderer)
public:
    explicit CardRenderer(Collection &collection);
    Result<RenderedCard> render(const Card &card);

private:
    Collection &m_collection;
    std::map<NotetypeId, Notetype> m_notetypes;
};

} // namespace debrief

#include "render/cardrenderer.h"

#include "render/ankitemplate.h"
#include "render/debriefcardrenderer.h"
#include "render/htmlsanitizer.h"
#include "storage/collection.h"

namespace debrief {

CardRenderer::CardRenderer(Collection &collection) : m_collection(collection) {}

Result<RenderedCard> CardRenderer::render(const Card &card)
{
    auto note = m_collection.note(card.noteId);
    if (!note)
        return note.error();
    auto it = m_notetypes.find(note->notetypeId);
    if (it == m_notetypes.end()) {
        auto type = m_collection.notetype(note->notetypeId);
        if (!type)
            return type.error();
        it = m_notetypes.emplace(type->id, *type).first;
    }
    const Notetype &type = it->second;

    RenderedCard out;
    if (type.markdownFields) {
        out = DebriefCardRenderer::render(*note, type, card.ord);
    } else {
        auto deck = m_collection.deck(card.deckId);
        const QString deckName = deck ? deck->name : QString();
        const AnkiCardContext ctx = AnkiTemplate::context(*note, type, card, deckName);
        // Cloze note types have one template for every card; standard ones one per ord.
        const size_t index = type.kind == NotetypeKind::Cloze ? 0 : size_t(card.ord);
        if (index >= type.templates.size())
            return makeError(Error::Kind::Corrupt,
                             tr("Card %1 uses template %2, but note type \"%3\" has only %4.")
                                 .arg(card.id).arg(card.ord + 1).arg(type.name).arg(type.templates.size()));
        auto rendered = AnkiTemplate::renderCard(type.templates[index], ctx);
        if (!rendered)
            return rendered.error();
        out = *rendered;
        out.css = type.css;
    }
    out.question = HtmlSanitizer::sanitize(out.question);
    out.answer = HtmlSanitizer::sanitize(out.answer);
    return out;
}

} // namespace debrief

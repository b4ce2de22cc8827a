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
    return render(card, *note);
}

Result<RenderedCard> CardRenderer::render(const Card &card, const Note &draft)
{
    const Note *note = &draft;
    // Read afresh for every card (two indexed queries, well under a millisecond): a cache would
    // need an edit stamp to trust, and `mod` is in seconds and imports keep Anki's own value.
    auto loaded = m_collection.notetype(note->notetypeId);
    if (!loaded)
        return loaded.error();
    const Notetype &type = *loaded;

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
    auto question = HtmlSanitizer::clean(out.question);
    if (!question)
        return question.error();
    auto answer = HtmlSanitizer::clean(out.answer);
    if (!answer)
        return answer.error();
    out.question = *question;
    out.answer = *answer;
    return out;
}

} // namespace debrief

#pragma once

#include "model/card.h"
#include "model/note.h"
#include "model/notetype.h"
#include "util/result.h"

#include "render/renderedcard.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace debrief {

// What a template can refer to: the note's fields plus Anki's special fields.
struct AnkiCardContext {
    QStringList fieldNames;
    QStringList fieldValues;   // HTML, same order as fieldNames
    QStringList tags;
    QString notetypeName;      // {{Type}}
    QString deckName;          // {{Deck}}: full "A::B" name; {{Subdeck}} is its last part
    QString templateName;      // {{Card}}
    int cardOrd = 0;           // template index, or cloze number - 1
    int flag = 0;              // 0 none, 1-7 -> {{CardFlag}} "flagN"
    qint64 cardId = 0;
};

// Anki's Mustache-like card templates (import-formats.md §5; Anki's rslib/src/template.rs and
// template_filters.rs): {{Field}}, {{#F}}/{{^F}}…{{/F}}, filters applied right to left
// (text, cloze, cloze-only, hint, type, furigana/kana/kanji; unknown filters leave the text
// unchanged), special fields, <!-- comments --> dropped, a leading {{=<% %>=}} delimiter switch.
// [sound:x] in the output becomes an <audio> element (see soundToAudio()).
// Errors (unclosed or mismatched sections) come back as Error::Kind::InvalidInput.
class AnkiTemplate {
    Q_DECLARE_TR_FUNCTIONS(AnkiTemplate)
public:
    static AnkiCardContext context(const Note &note, const Notetype &notetype, const Card &card, const QString &deckName);

    // Renders one side. `frontSide` is what {{FrontSide}} expands to on the answer side.
    static Result<QString> render(const QString &format, const AnkiCardContext &ctx, bool answerSide,
                                  const QString &frontSide = QString());
    static Result<RenderedCard> renderCard(const CardTemplate &tmpl, const AnkiCardContext &ctx);

    // Cloze text for cloze number `ordinal` (1-based): the active cloze as [hint] or [...] on the
    // question side, its answer on the answer side; other clozes show their answers.
    static QString renderCloze(const QString &text, int ordinal, bool answerSide);
    static QString clozeOnly(const QString &text, int ordinal);
    // The distinct cloze numbers (>= 1) used in `text`.
    static QList<int> clozeNumbers(const QString &text);

    static QString stripHtml(const QString &html);
    // Anki's "empty": only whitespace, <br> or <div> tags.
    static bool fieldIsEmpty(const QString &html);
    // [sound:name] -> <audio controls preload="none" src="name-percent-encoded"></audio>
    static QString soundToAudio(const QString &html);
};

} // namespace debrief

#pragma once

#include "model/ids.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace debrief {

// How a note turns into cards and how those cards are drawn.
// Standard: one card per template (Anki's Basic, Basic-and-reversed, imported types).
// Cloze: one card per cloze number. Pair/Tree/Layers: Debrief's own interview-prep kinds,
// drawn by built-in renderers; Tree and Layers give one card for the whole plus one per branch/layer.
enum class NotetypeKind { Standard = 0, Cloze = 1, Pair = 2, Tree = 3, Layers = 4 };

struct CardTemplate {
    QString name;
    QString questionFormat;  // Anki qfmt, Mustache-like
    QString answerFormat;    // Anki afmt
};

struct Notetype {
    NotetypeId id = 0;
    QString name;
    NotetypeKind kind = NotetypeKind::Standard;
    QStringList fieldNames;
    std::vector<CardTemplate> templates;
    QString css;
    int sortFieldIndex = 0;
    bool markdownFields = false;   // fields hold deck-format Markdown (our own decks), not HTML
    qint64 modifiedSecs = 0;
};

} // namespace debrief

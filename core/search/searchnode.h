#pragma once

#include <QString>

#include <vector>

namespace debrief {

// One node of a parsed browser search (Anki's search syntax). Leaves are terms; And/Or/Not
// combine them. Pure data: core/storage turns it into SQL, the browser and CLI only parse.
struct SearchNode {
    enum class Kind {
        And,
        Or,
        Not,
        Text,          // value: free text with * and _ wildcards, matched anywhere in the note
        Field,         // key: field name (wildcards allowed); value: whole-field glob
        Deck,          // value: deck name glob; matches subdecks too
        Tag,           // value: tag glob; matches child tags ("a" finds "a::b"); "none" = untagged
        Notetype,      // value: note type name glob
        Template,      // value: template name glob, or number (1-based ord) in `number`
        State,         // value: new|learn|review|due|suspended|buried|leech
        Flag,          // number: 0-7
        Rated,         // number: days (1 = today); number2: rating 1-4, 0 = any
        Property,      // key: ivl|due|ease|lapses|reps; op: = != < > <= >=; real: the operand
        Added,         // number: days (1 = today)
        CardKind,      // value: basic|cloze|pair|tree|layers
        NoteIds,       // ids
        CardIds,       // ids
    };

    Kind kind = Kind::And;
    QString key;
    QString value;
    QString op;
    int number = 0;
    int number2 = 0;
    double real = 0;
    std::vector<qint64> ids;
    std::vector<SearchNode> children;   // And, Or: two or more; Not: one

    bool isLeaf() const { return kind != Kind::And && kind != Kind::Or && kind != Kind::Not; }
};

} // namespace debrief

#pragma once

#include "search/searchnode.h"
#include "util/result.h"

#include <QString>

namespace debrief {

// Parses Anki's browser search syntax into a SearchNode tree:
//   dog cat            both words (AND is implied; "and" may be written)
//   dog or cat         either; parentheses group; -dog or -(a or b) negates
//   "a phrase"         words in order; * matches anything, _ one character, \* a literal star
//   front:dog*         a field by name; deck:A (with subdecks), tag:x (with child tags), note:,
//   card:1|Name, is:new|learn|review|due|suspended|buried|leech, flag:N, rated:N[:ease],
//   prop:ivl>10 (ivl, due, ease, lapses, reps), added:N, kind:pair|tree|layers|basic|cloze,
//   nid:1,2 cid:3
// An empty query matches every card. Errors say what is wrong and where (a 1-based column).
class SearchParser {
public:
    static Result<SearchNode> parse(const QString &query);

    // An Anki glob (\ escapes, * any run, _ one character) as an SQL LIKE pattern with ESCAPE '\'.
    static QString toLikePattern(const QString &glob);
    // The glob with its escapes removed, for exact comparisons and display.
    static QString unescape(const QString &glob);

    static constexpr int kMaxQueryLength = 10000;
    static constexpr int kMaxDepth = 64;
};

} // namespace debrief

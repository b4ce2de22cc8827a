#pragma once

#include "decks/deckfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace debrief {

// Flags runs of 10+ consecutive words that a deck shares with a seed text, so deck authors
// paraphrase rather than copy. Mirrors scripts/check_copy.py word for word (same normalisation,
// same cloze stripping, same run length, same reporting of the first line of each non-overlapping run).
class CopyChecker {
    Q_DECLARE_TR_FUNCTIONS(CopyChecker)

public:
    static constexpr int kRunLength = 10;

    // Lowercase, drop <tags>, keep [a-z0-9'$%] runs, then drop apostrophes.
    static QStringList words(const QString &text);
    // "{{c2::answer::hint}}" -> " answer ": the sentence as the learner reads it on the back.
    // Without this, "c2" became a word of its own and split a copied run in two.
    static QString stripCloze(const QString &text);

    // Reads every *.txt in `dir`. Returns the number of seeds read.
    int loadSeeds(const QString &dir);
    void addSeed(const QString &name, const QString &text);
    // Copied runs in one deck text, checked as one word stream across lines.
    std::vector<DeckIssue> check(const QString &path, const QString &text) const;

private:
    QHash<QString, QString> m_grams;   // 10 words joined by ' ' -> seed file name
};

} // namespace debrief

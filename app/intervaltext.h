#pragma once

#include <QCoreApplication>
#include <QString>

namespace debrief {

// The answer buttons' intervals in the user's language: the scheduler labels them as Anki does
// ("<10m", "4d", "3.5mo", "End"), language-neutral so that it stays a pure function of its
// inputs; this turns such a label into "<10 Min.", "4 T.", "3,5 Mon." for the locale in use.
class IntervalText {
    Q_DECLARE_TR_FUNCTIONS(IntervalText)
public:
    // A label that is not in the scheduler's format is returned unchanged.
    static QString localized(const QString &label);
};

} // namespace debrief

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace debrief {

// Learning steps as the deck options show them: "1m 10m 1h 1d" ⇄ delays in seconds. Units s, m,
// h, d; a bare number is minutes and decimals are allowed ("1.5" is 90 s), as in Anki.
class StepsText {
    Q_DECLARE_TR_FUNCTIONS(debrief::StepsText)
public:
    // Nullopt with `error` set (translated, names the bad step) when the text does not parse.
    // Empty text is an empty list: cards then skip learning.
    static std::optional<std::vector<int>> parse(const QString &text, QString *error = nullptr);
    static QString format(const std::vector<int> &stepsSecs);
};

} // namespace debrief

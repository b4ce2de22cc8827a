#pragma once

#include <QColor>

namespace debrief {

// The colours every chart uses for the same things, in the window and in PDF/HTML reports, so an
// answer's colour means the same everywhere: Again red, Hard amber, Good green, Easy blue; and
// learn / review / relearn / cram for the kinds of answer. Dark variants are lighter so bars keep
// their contrast on a dark chart background (PDF and HTML are printed on white: light).
class ReportColors {
public:
    // rating 1..4 (Again, Hard, Good, Easy); anything else is grey.
    static QColor rating(int rating, bool dark = false);
    // kind 0..3 (learn, review, relearn, cram).
    static QColor kind(int kind, bool dark = false);
    static QColor neutral(bool dark = false);
};

} // namespace debrief

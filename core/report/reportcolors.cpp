#include "report/reportcolors.h"

namespace debrief {

// Tableau 10 hues (told apart by the common colour-vision deficiencies when labelled), and a
// lighter step of each for dark backgrounds. Built on each call rather than held in globals,
// since reportlayout.cpp initialises its own globals from these.
QColor ReportColors::rating(int rating, bool dark)
{
    switch (rating) {
    case 1: return dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xe1, 0x57, 0x59);   // red
    case 2: return dark ? QColor(0xff, 0xb3, 0x4d) : QColor(0xf2, 0x8e, 0x2b);   // amber
    case 3: return dark ? QColor(0x7c, 0xc8, 0x70) : QColor(0x59, 0xa1, 0x4f);   // green
    case 4: return dark ? QColor(0x7a, 0xaa, 0xe0) : QColor(0x4e, 0x79, 0xa7);   // blue
    default: return neutral(dark);
    }
}

QColor ReportColors::kind(int kind, bool dark)
{
    // Learning is new material (blue), reviews are the healthy bulk (green), relearning is
    // forgetting (red), cram is extra practice (amber).
    static const int asRating[] = {4, 3, 1, 2};
    return kind >= 0 && kind < 4 ? rating(asRating[kind], dark) : neutral(dark);
}

QColor ReportColors::neutral(bool dark) { return dark ? QColor(0xbb, 0xbb, 0xbb) : QColor(0x99, 0x99, 0x99); }

} // namespace debrief

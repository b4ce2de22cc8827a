#pragma once

class QWidget;

namespace debrief {

// Light or dark look for the whole app, remembered between runs. Dark uses Fusion with a dark
// palette, since Qt's platform styles on Linux do not follow a desktop dark preference reliably.
class Theme {
public:
    static void applySaved();
    static bool isDark();
    static void setDark(bool dark);
    // Greys a label's text for hints under a control: readable (about 5:1 on the window colour in
    // both looks), unlike disabled text. Takes the current palette, so call it on a new widget.
    static void makeSecondary(QWidget *label);
};

} // namespace debrief

#pragma once

class QWidget;

namespace debrief {

// Light or dark look for the whole app, remembered between runs. Dark uses Fusion with a dark
// palette, since Qt's platform styles on Linux do not follow a desktop dark preference reliably.
class Theme {
public:
    enum class Mode { System, Light, Dark };
    static void applySaved();
    // Whether the app looks dark now (in System mode: whether the desktop's palette is dark).
    static bool isDark();
    static void setDark(bool dark);
    // System follows the desktop's palette as it was when Debrief started.
    static Mode mode();
    static void setMode(Mode mode);
    // Greys a label's text for hints under a control: readable (about 5:1 on the window colour in
    // both looks), unlike disabled text. Takes the current palette, so call it on a new widget.
    static void makeSecondary(QWidget *label);
};

} // namespace debrief

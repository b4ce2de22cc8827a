#pragma once

namespace debrief {

// Light or dark look for the whole app, remembered between runs. Dark uses Fusion with a dark
// palette, since Qt's platform styles on Linux do not follow a desktop dark preference reliably.
class Theme {
public:
    static void applySaved();
    static bool isDark();
    static void setDark(bool dark);
};

} // namespace debrief

#pragma once

#include <QString>

namespace debrief {

// The style sheet of Debrief's own card layouts (pair, tree, layers), light and dark: the card
// view marks the body `dark` in dark mode, so each colour here has a `body.dark` counterpart.
class DebriefCardStyle {
public:
    static QString css();
};

} // namespace debrief

#pragma once

namespace debrief {

// The four answer buttons, numbered as Anki numbers them in its review log.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

} // namespace debrief

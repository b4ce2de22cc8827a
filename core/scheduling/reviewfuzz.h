#pragma once

#include "model/ids.h"

#include <optional>
#include <utility>

namespace debrief {

// Review-interval fuzz, as Anki's fuzz.rs: intervals of 2.5 days and more are spread over a
// range (1 day, plus 15% of the days in 2.5-7, 10% of those in 7-20, 5% of those above 20),
// and the fuzz factor in [0, 1) picks a day from that range. Computed in float (f32) like Anki,
// so rounding at the edges matches.
class ReviewFuzz {
public:
    // The deterministic factor Anki derives for a card: StdRng (ChaCha12) seeded with
    // seed_from_u64(card id + reps before this answer), first f32 of gen_range(0.0..1.0).
    // Bit-exact with Anki's get_fuzz_factor (checked against the rand crate itself; rand 0.8
    // and 0.9 draw this f32 the same way), so a card gets the very day Anki would give it.
    static double factorFor(CardId id, int reps);
    // Days either side of `interval` (0 below 2.5 days).
    static float delta(float interval);
    // The fuzz range [lower, upper] for `interval`, kept within [minimum, maximum].
    static std::pair<int, int> bounds(float interval, int minimum, int maximum);
    // The interval to use: fuzzed when a factor is given, else rounded; always within the bounds.
    static int apply(std::optional<double> factor, float interval, int minimum, int maximum);
};

} // namespace debrief

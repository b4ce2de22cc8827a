#pragma once

namespace debrief {

// A day count from Anki's f32 interval arithmetic, converted as Rust's `f32 as u32` does (which the
// scheduler and the fuzz must match to give Anki's intervals): saturating, NaN and negatives to 0.
inline int toDays(float v)
{
    if (!(v > 0.0f))
        return 0;
    if (v >= 2147483647.0f)
        return 2147483647;
    return int(v);
}

} // namespace debrief

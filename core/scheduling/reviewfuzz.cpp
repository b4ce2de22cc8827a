#include "scheduling/reviewfuzz.h"

#include "scheduling/daycount.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace debrief {

namespace {

struct FuzzRange {
    float start;
    float end;
    float factor;
};

constexpr std::array<FuzzRange, 3> kFuzzRanges {{
    {2.5f, 7.0f, 0.15f},
    {7.0f, 20.0f, 0.1f},
    {20.0f, 3.40282347e+38f, 0.05f},
}};

// rand_core's SeedableRng::seed_from_u64: PCG32 output words fill the 32-byte seed.
std::array<uint32_t, 8> seedFromU64(uint64_t state)
{
    constexpr uint64_t kMul = 6364136223846793005ULL;
    constexpr uint64_t kInc = 11634580027462260723ULL;
    std::array<uint32_t, 8> key {};
    for (auto &word : key) {
        state = state * kMul + kInc;
        const auto xorshifted = uint32_t(((state >> 18) ^ state) >> 27);
        const auto rot = uint32_t(state >> 59);
        word = (xorshifted >> rot) | (xorshifted << ((32 - rot) & 31));
    }
    return key;
}

uint32_t rotl(uint32_t v, int n) { return (v << n) | (v >> (32 - n)); }

void quarterRound(std::array<uint32_t, 16> &x, int a, int b, int c, int d)
{
    x[a] += x[b]; x[d] ^= x[a]; x[d] = rotl(x[d], 16);
    x[c] += x[d]; x[b] ^= x[c]; x[b] = rotl(x[b], 12);
    x[a] += x[b]; x[d] ^= x[a]; x[d] = rotl(x[d], 8);
    x[c] += x[d]; x[b] ^= x[c]; x[b] = rotl(x[b], 7);
}

// First output word of ChaCha with this key, block counter 0 and stream 0: what rand_chacha's
// ChaCha12Rng returns from its first next_u32().
uint32_t chachaFirstWord(const std::array<uint32_t, 8> &key, int rounds)
{
    std::array<uint32_t, 16> input {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
    for (int i = 0; i < 8; ++i)
        input[size_t(4 + i)] = key[size_t(i)];
    auto x = input;
    for (int i = 0; i < rounds; i += 2) {
        quarterRound(x, 0, 4, 8, 12);
        quarterRound(x, 1, 5, 9, 13);
        quarterRound(x, 2, 6, 10, 14);
        quarterRound(x, 3, 7, 11, 15);
        quarterRound(x, 0, 5, 10, 15);
        quarterRound(x, 1, 6, 11, 12);
        quarterRound(x, 2, 7, 8, 13);
        quarterRound(x, 3, 4, 9, 14);
    }
    return x[0] + input[0];
}

} // namespace

double ReviewFuzz::factorFor(CardId id, int reps)
{
    const uint64_t seed = uint64_t(id) + uint64_t(int64_t(reps));   // wrapping, as Anki
    const uint32_t word = chachaFirstWord(seedFromU64(seed), 12);
    // rand's UniformFloat<f32>: 23 random mantissa bits make a float in [1, 2); minus 1 gives [0, 1).
    return double(float(word >> 9) / 8388608.0f);
}

float ReviewFuzz::delta(float interval)
{
    if (interval < 2.5f)
        return 0.0f;
    float d = 1.0f;
    for (const auto &range : kFuzzRanges)
        d += range.factor * std::max(std::min(interval, range.end) - range.start, 0.0f);
    return d;
}

std::pair<int, int> ReviewFuzz::bounds(float interval, int minimum, int maximum)
{
    minimum = std::min(minimum, maximum);
    interval = std::clamp(interval, float(minimum), float(maximum));
    const float d = delta(interval);
    int lower = toDays(std::round(interval - d));
    int upper = toDays(std::round(interval + d));
    lower = std::clamp(lower, minimum, maximum);
    upper = std::clamp(upper, minimum, maximum);
    // Give the fuzz at least two days to choose from where the limits allow it.
    if (upper == lower && upper > 2 && upper < maximum)
        upper = lower + 1;
    return {lower, upper};
}

int ReviewFuzz::apply(std::optional<double> factor, float interval, int minimum, int maximum)
{
    if (factor) {
        const auto [lower, upper] = bounds(interval, minimum, maximum);
        const int fuzzed = toDays(std::floor(float(lower) + float(*factor) * float(1 + upper - lower)));
        return std::clamp(fuzzed, lower, upper);   // only matters for a factor outside [0, 1)
    }
    return std::clamp(toDays(std::round(interval)), std::min(minimum, maximum), maximum);
}

} // namespace debrief

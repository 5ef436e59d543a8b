#include "core/Checkpoints.h"

#include <algorithm>
#include <cmath>

namespace tb {

std::vector<std::int64_t> checkpointGrid(std::int64_t horizon, int maxPoints) {
    std::vector<std::int64_t> g;
    if (horizon <= 0) return g;
    if (maxPoints < 2) maxPoints = 2;
    if (horizon <= maxPoints) {
        for (std::int64_t t = 1; t <= horizon; ++t) g.push_back(t);
        return g;
    }
    const int half = maxPoints / 2;
    // Linear part: horizon * i / half, i = 1..half (integer arithmetic).
    for (int i = 1; i <= half; ++i) g.push_back(std::max<std::int64_t>(1, horizon * i / half));
    // Log part: round(horizon^(i/half)), i = 0..half. std::pow is correctly rounded for these magnitudes in
    // glibc, and the result is rounded to an integer, so tiny differences could only matter at exact .5 ties.
    const double lh = std::log(double(horizon));
    for (int i = 0; i <= half; ++i) {
        const double v = std::exp(lh * double(i) / double(half));
        g.push_back(std::clamp<std::int64_t>(std::int64_t(std::llround(v)), 1, horizon));
    }
    std::sort(g.begin(), g.end());
    g.erase(std::unique(g.begin(), g.end()), g.end());
    if (g.back() != horizon) g.push_back(horizon);
    return g;
}

} // namespace tb

#include "stats/Bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "core/Rng.h"
#include "core/Stats.h"
#include "stats/MannWhitney.h"
#include "stats/Welch.h"

namespace tb::stats {

namespace bootstrap_detail {
Interval percentile(std::vector<double>& values, double level) {
    if (values.empty())
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    std::sort(values.begin(), values.end());
    return {sortedQuantile(values, (1 - level) / 2), sortedQuantile(values, (1 + level) / 2)};
}
} // namespace bootstrap_detail

EffectSizeIntervals bootstrapEffectSizes(std::span<const double> a, std::span<const double> b,
                                         const BootstrapOptions& o) {
    if (a.size() < 2 || b.size() < 2)
        throw std::invalid_argument("bootstrap: each sample needs at least 2 values");
    if (o.resamples < 1) throw std::invalid_argument("bootstrap: resamples must be at least 1");
    if (!(o.level > 0 && o.level < 1)) throw std::invalid_argument("bootstrap: level must be in (0, 1)");
    Rng g = makeRng(o.seed, 0x626f6f74ULL /* "boot" */, o.stream);
    std::vector<double> ra(a.size()), rb(b.size());
    std::vector<double> diffs, gs, sups;
    diffs.reserve(std::size_t(o.resamples));
    gs.reserve(std::size_t(o.resamples));
    sups.reserve(std::size_t(o.resamples));
    for (int r = 0; r < o.resamples; ++r) {
        for (auto& v : ra) v = a[uniformBelow(g, a.size())];
        for (auto& v : rb) v = b[uniformBelow(g, b.size())];
        diffs.push_back(sampleMean(ra) - sampleMean(rb));
        const double hg = hedgesG(ra, rb);
        if (std::isfinite(hg)) gs.push_back(hg);
        std::sort(ra.begin(), ra.end());
        std::sort(rb.begin(), rb.end());
        sups.push_back(superiorityOfSorted(ra, rb));
    }
    EffectSizeIntervals out;
    out.resamples = o.resamples;
    out.validG = int(gs.size());
    out.difference = bootstrap_detail::percentile(diffs, o.level);
    out.hedgesG = bootstrap_detail::percentile(gs, o.level);
    out.superiority = bootstrap_detail::percentile(sups, o.level);
    return out;
}

} // namespace tb::stats

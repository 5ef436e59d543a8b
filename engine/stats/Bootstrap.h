#pragma once
// Percentile bootstrap confidence intervals for two-sample effect sizes (docs/statistics.md).
#include <cstdint>
#include <span>

namespace tb::stats {

struct Interval {
    double low = 0, high = 0;
};

struct BootstrapOptions {
    int resamples = 2000; ///< B
    double level = 0.95;  ///< two-sided coverage
    std::uint64_t seed = 1;
    std::uint64_t stream = 0; ///< e.g. the pair's index, so each pair draws from its own stream
};

/// Intervals for the difference of means (A - B), Hedges' g and the probability of superiority A =
/// P(a > b) + P(a = b)/2. Each resample draws na values from A and nb from B with replacement (independently:
/// the samples are independent), from the pcg64 stream makeRng(seed, "boot", stream), so the result is
/// bit-identical run to run and machine to machine. The interval is the type-7 (R's default) quantile at
/// (1 - level)/2 and (1 + level)/2 of the resampled statistics. Resamples in which g is undefined (both
/// resampled groups constant) are left out of g's interval; `validG` counts the others (NaN interval when
/// none).
struct EffectSizeIntervals {
    Interval difference, hedgesG, superiority;
    int resamples = 0;
    int validG = 0;
};

/// Needs at least 2 values in each sample and 1 <= resamples (std::invalid_argument otherwise).
EffectSizeIntervals bootstrapEffectSizes(std::span<const double> a, std::span<const double> b,
                                         const BootstrapOptions& options = {});

} // namespace tb::stats

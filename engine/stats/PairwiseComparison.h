#pragma once
// Every pair of a set of samples compared at once: Welch's t-test and the Mann-Whitney U test with Holm's
// adjustment across the pairs, Hedges' g and the probability of superiority with bootstrap intervals, and a
// verdict per pair (docs/statistics.md). What `trialbench-cli compare` and the compare view show.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "stats/Bootstrap.h"
#include "stats/MannWhitney.h"
#include "stats/Welch.h"

namespace tb::stats {

/// Whether sample A's mean is larger than, smaller than, or not distinguishable from sample B's.
enum class Verdict { Equal, Larger, Smaller };
const char* toString(Verdict v);

struct PairComparison {
    int a = 0, b = 0; ///< indices of the samples, a < b
    WelchResult welch;
    double welchHolm = 1; ///< Holm-adjusted over all pairs (the Welch family)
    MannWhitneyResult mannWhitney;
    double mannWhitneyHolm = 1; ///< Holm-adjusted over all pairs (the Mann-Whitney family)
    double hedgesG = 0;         ///< NaN when both samples are constant
    EffectSizeIntervals intervals;
    /// From Welch: Larger/Smaller when welchHolm < alpha (by the sign of the difference), else Equal.
    Verdict verdict = Verdict::Equal;
    /// From Mann-Whitney the same way (by the sign of A - 1/2).
    Verdict verdictMannWhitney = Verdict::Equal;
};

struct ComparisonOptions {
    double alpha = 0.05; ///< family-wise error of the verdicts (per test family)
    BootstrapOptions bootstrap;
};

/// All pairs (i, j), i < j, in the order (0,1), (0,2), ..., (1,2), ...; pair number k uses bootstrap stream
/// k. Every sample needs at least 2 finite values (std::invalid_argument otherwise).
std::vector<PairComparison> compareAllPairs(std::span<const std::vector<double>> samples,
                                            const ComparisonOptions& options = {});

} // namespace tb::stats

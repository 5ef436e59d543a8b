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

/// Sets both verdicts of every pair from its Holm-adjusted p-values at family-wise error `alpha` in (0, 1)
/// (what compareAllPairs does last): only the verdicts depend on alpha, so a view can change alpha without
/// computing the tests and intervals again.
void decideVerdicts(std::span<PairComparison> pairs, double alpha);

/// The sample of the pair whose mean is better by the metric's direction (larger unless lowerIsBetter):
/// p.a or p.b when the pair is decided (Welch verdict), -1 when it is Equal.
int betterSample(const PairComparison& p, bool lowerIsBetter);

/// Fewest finite values a sample needs to be compared (a variance needs 2).
inline constexpr std::size_t kMinComparedValues = 2;

/// What a comparison uses of one run's per-replicate values: the finite ones, in replicate order; the others
/// (NaN: a replicate without a value, NULL in the store) are counted as missing.
struct FiniteSample {
    std::vector<double> values;
    int missing = 0;
    bool comparable() const { return values.size() >= kMinComparedValues; }
};
FiniteSample finiteSample(std::span<const double> raw);

/// The comparison of a set of runs' raw per-replicate values as the compare view shows it: each run's finite
/// values, and compareAllPairs over the runs that have at least kMinComparedValues of them (the others are in
/// no pair nor in Holm's count); the pairs' a and b index `samples` (the raw order). When every run is
/// comparable the pairs are exactly compareAllPairs' on the finite values.
struct FiniteComparison {
    std::vector<FiniteSample> samples;
    std::vector<PairComparison> pairs;
};
FiniteComparison compareFinite(std::span<const std::vector<double>> raw,
                               const ComparisonOptions& options = {});

} // namespace tb::stats

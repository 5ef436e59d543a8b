#pragma once
// The Mann-Whitney U (Wilcoxon rank-sum) test on two independent samples (docs/statistics.md).
#include <span>
#include <vector>

namespace tb::stats {

/// Two-sided Mann-Whitney U test of "A and B come from the same distribution" against a shift.
///   U = R_A - na (na + 1) / 2 with mid-ranks for ties, i.e. #(a > b) + #(a = b) / 2 over all pairs.
/// p-value:
/// - exact (the null distribution of U by counting, Gaussian binomial coefficients) when there are no ties
///   and na + nb <= kMannWhitneyExactMax; p = min(1, 2 min(P(U <= u), P(U >= u))), as R's wilcox.test;
/// - otherwise the normal approximation with the tie correction of the variance,
///     sigma^2 = na nb / 12 ((N + 1) - sum(t^3 - t) / (N (N - 1))),
///   and a continuity correction of 0.5 towards the mean (as R's wilcox.test(correct = TRUE)); p = 1 when
///   sigma = 0 (every value equal).
/// Effect sizes: the probability of superiority (common-language effect size, Vargha-Delaney A)
/// A = U / (na nb) = P(a > b) + P(a = b) / 2, and the rank-biserial correlation r = 2A - 1.
struct MannWhitneyResult {
    int na = 0, nb = 0;
    double u = 0;
    double p = 1;
    bool exact = false;
    bool ties = false;
    double z = 0; ///< the corrected normal score (0 for the exact method)
    double superiority = 0.5;
    double rankBiserial = 0;
};

/// Largest na + nb for the exact distribution: C(50, 25) = 1.3e14 < 2^53, so every count is an exact double.
inline constexpr int kMannWhitneyExactMax = 50;

/// Needs at least 1 finite value in each sample (std::invalid_argument otherwise).
MannWhitneyResult mannWhitney(std::span<const double> a, std::span<const double> b);

/// The number of arrangements of na and nb values giving each U = 0 .. na nb (no ties): the coefficients of
/// the Gaussian binomial [na + nb choose na]_q. They sum to C(na + nb, na). Exact while that is below 2^53.
std::vector<double> mannWhitneyCounts(int na, int nb);

/// A = P(a > b) + P(a = b) / 2 from already sorted samples, by merging (O(n log n) overall).
double superiorityOfSorted(std::span<const double> sortedA, std::span<const double> sortedB);

} // namespace tb::stats

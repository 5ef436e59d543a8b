#pragma once
// Welch's two-sample t-test and Hedges' g on two independent samples (docs/statistics.md).
#include <span>

namespace tb::stats {

/// Welch's unequal-variance t-test of mean(a) = mean(b), two-sided.
///   t  = (mean a - mean b) / sqrt(va/na + vb/nb)          (va, vb: sample variances, n - 1)
///   df = (va/na + vb/nb)^2 / ((va/na)^2/(na-1) + (vb/nb)^2/(nb-1))   (Welch-Satterthwaite)
///   p  = 2 P(T_df > |t|)                                   (Boost.Math students_t)
/// When both samples are constant the standard error is 0: equal means give t = 0, p = 1; different means
/// give t = +-inf, p = 0; df is NaN in both cases.
struct WelchResult {
    int na = 0, nb = 0;
    double meanA = 0, meanB = 0;
    double varA = 0, varB = 0; ///< sample variances (n - 1)
    double difference = 0;     ///< meanA - meanB
    double t = 0, df = 0, p = 1;
};

/// Needs at least 2 finite values in each sample (std::invalid_argument otherwise).
WelchResult welchTest(std::span<const double> a, std::span<const double> b);

/// Hedges' g: Cohen's d with the pooled sd, times the exact small-sample correction
///   J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)),  m = na + nb - 2  (Hedges 1981),
/// so that g is unbiased for normal samples. NaN when the pooled sd is 0. Needs 2 values in each sample.
double hedgesG(std::span<const double> a, std::span<const double> b);

/// Mean and sample variance (n - 1; NaN for n < 2), summed in the order given.
double sampleMean(std::span<const double> x);
double sampleVariance(std::span<const double> x, double mean);

} // namespace tb::stats

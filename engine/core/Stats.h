#pragma once
// Summary statistics across replicates.
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace tb {

/// Aggregate of one quantity across replicates. sd is the sample standard deviation (n - 1); the 95% CI is
/// mean ± t(0.975, n-1) · sd / sqrt(n); quantiles use linear interpolation between order statistics (R type
/// 7, numpy's default). What is undefined is NaN (stored as NULL, written as null in JSON, an empty CSV
/// field): sd and the interval for n = 1, everything but n for n = 0 or when a value is NaN.
struct AggStats {
    std::int64_t n = 0;
    double mean = 0, sd = 0, ciLow = 0, ciHigh = 0, min = 0, max = 0, q10 = 0, q50 = 0, q90 = 0;
    /// Same values field by field, an undefined (NaN) field equal to another undefined one: two identical
    /// runs of a single replicate compare equal.
    bool operator==(const AggStats& o) const noexcept;
};

/// Welford's streaming mean and variance (Welford 1962), plus min and max.
class Welford {
public:
    void add(double x) noexcept;
    std::int64_t count() const noexcept { return m_n; }
    double mean() const noexcept { return m_mean; }
    /// Sample variance (n - 1); NaN for fewer than two values (it is undefined, not 0).
    double variance() const noexcept {
        return m_n > 1 ? m_m2 / double(m_n - 1) : std::numeric_limits<double>::quiet_NaN();
    }
    double sd() const noexcept;
    double min() const noexcept { return m_min; }
    double max() const noexcept { return m_max; }

private:
    std::int64_t m_n = 0;
    double m_mean = 0, m_m2 = 0, m_min = 0, m_max = 0;
};

/// Two-sided Student t quantile t(p, dof) (Boost.Math); dof <= 0 gives NaN.
double studentTQuantile(double p, double dof);

/// Type-7 quantile of already sorted values.
double sortedQuantile(std::span<const double> sorted, double p);

/// Everything in AggStats for the given values (order of `values` matters only for the last bits of the mean;
/// callers pass replicates in replicate order so results are reproducible). `scratch` avoids allocation.
AggStats aggregate(std::span<const double> values, std::vector<double>& scratch);
AggStats aggregate(std::span<const double> values);

} // namespace tb

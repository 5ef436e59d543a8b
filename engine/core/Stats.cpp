#include "core/Stats.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>

namespace tb {

bool AggStats::operator==(const AggStats& o) const noexcept {
    auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    return n == o.n && same(mean, o.mean) && same(sd, o.sd) && same(ciLow, o.ciLow) &&
           same(ciHigh, o.ciHigh) && same(min, o.min) && same(max, o.max) && same(q10, o.q10) &&
           same(q50, o.q50) && same(q90, o.q90);
}

void Welford::add(double x) noexcept {
    ++m_n;
    if (m_n == 1) {
        m_mean = x;
        m_m2 = 0;
        m_min = m_max = x;
        return;
    }
    const double delta = x - m_mean;
    m_mean += delta / double(m_n);
    m_m2 += delta * (x - m_mean);
    m_min = std::min(m_min, x);
    m_max = std::max(m_max, x);
}

double Welford::sd() const noexcept {
    return std::sqrt(variance());
}

double studentTQuantile(double p, double dof) {
    if (!(dof > 0)) return std::numeric_limits<double>::quiet_NaN();
    boost::math::students_t dist(dof);
    return boost::math::quantile(dist, p);
}

double sortedQuantile(std::span<const double> sorted, double p) {
    if (sorted.empty()) return std::numeric_limits<double>::quiet_NaN();
    const double h = (double(sorted.size()) - 1.0) * p;
    const auto lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

namespace {
// t(0.975, dof) is needed once per aggregate. Each small dof is computed by Boost.Math on first use and
// cached (a relaxed atomic: two threads racing compute the same value).
double t975(std::int64_t dof) {
    constexpr std::size_t kCached = 4097;
    static std::array<std::atomic<double>, kCached> cache{}; // zero-initialised: 0 means "not computed yet"
    if (dof <= 0) return std::numeric_limits<double>::quiet_NaN();
    if (std::size_t(dof) >= kCached) return studentTQuantile(0.975, double(dof));
    double v = cache[std::size_t(dof)].load(std::memory_order_relaxed);
    if (v <= 0) {
        v = studentTQuantile(0.975, double(dof));
        cache[std::size_t(dof)].store(v, std::memory_order_relaxed);
    }
    return v;
}
} // namespace

AggStats aggregate(std::span<const double> values, std::vector<double>& scratch) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    AggStats a;
    a.n = std::int64_t(values.size());
    a.mean = a.sd = a.ciLow = a.ciHigh = a.min = a.max = a.q10 = a.q50 = a.q90 = nan;
    if (values.empty()) return a;
    // A NaN value (a diverging simulation) makes every aggregate undefined; it must also stay out of the
    // sort below, whose ordering it would break.
    for (double v : values)
        if (std::isnan(v)) return a;
    Welford w;
    for (double v : values) w.add(v);
    a.mean = w.mean();
    a.min = w.min();
    a.max = w.max();
    if (a.n >
        1) { // one value has no sample sd and no interval: they stay NaN (NULL in the store, null in JSON)
        a.sd = w.sd();
        const double half = t975(a.n - 1) * a.sd / std::sqrt(double(a.n));
        a.ciLow = a.mean - half;
        a.ciHigh = a.mean + half;
    }
    scratch.assign(values.begin(), values.end());
    std::sort(scratch.begin(), scratch.end());
    a.q10 = sortedQuantile(scratch, 0.10);
    a.q50 = sortedQuantile(scratch, 0.50);
    a.q90 = sortedQuantile(scratch, 0.90);
    return a;
}

AggStats aggregate(std::span<const double> values) {
    std::vector<double> scratch;
    return aggregate(values, scratch);
}

} // namespace tb

#include "stats/Welch.h"

#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace tb::stats {

namespace welch_detail {
void requireSample(std::span<const double> x, const char* name) {
    if (x.size() < 2)
        throw std::invalid_argument(std::string("sample ") + name + " needs at least 2 values, it has " +
                                    std::to_string(x.size()));
    for (double v : x)
        if (!std::isfinite(v))
            throw std::invalid_argument(std::string("sample ") + name + " holds a value that is not finite");
}
} // namespace welch_detail

double sampleMean(std::span<const double> x) {
    if (x.empty()) return std::numeric_limits<double>::quiet_NaN();
    double s = 0;
    for (double v : x) s += v;
    return s / double(x.size());
}

double sampleVariance(std::span<const double> x, double mean) {
    if (x.size() < 2) return std::numeric_limits<double>::quiet_NaN();
    double s = 0;
    for (double v : x) s += (v - mean) * (v - mean);
    return s / double(x.size() - 1);
}

WelchResult welchTest(std::span<const double> a, std::span<const double> b) {
    welch_detail::requireSample(a, "A");
    welch_detail::requireSample(b, "B");
    WelchResult r;
    r.na = int(a.size());
    r.nb = int(b.size());
    r.meanA = sampleMean(a);
    r.meanB = sampleMean(b);
    r.varA = sampleVariance(a, r.meanA);
    r.varB = sampleVariance(b, r.meanB);
    r.difference = r.meanA - r.meanB;
    const double sa = r.varA / r.na, sb = r.varB / r.nb, se2 = sa + sb;
    if (!(se2 > 0)) {
        r.df = std::numeric_limits<double>::quiet_NaN();
        if (r.difference == 0) {
            r.t = 0;
            r.p = 1;
        } else {
            r.t = r.difference > 0 ? std::numeric_limits<double>::infinity()
                                   : -std::numeric_limits<double>::infinity();
            r.p = 0;
        }
        return r;
    }
    r.t = r.difference / std::sqrt(se2);
    r.df = se2 * se2 / (sa * sa / (r.na - 1) + sb * sb / (r.nb - 1));
    const boost::math::students_t dist(r.df);
    r.p = std::min(1.0, 2 * boost::math::cdf(boost::math::complement(dist, std::abs(r.t))));
    return r;
}

double hedgesG(std::span<const double> a, std::span<const double> b) {
    welch_detail::requireSample(a, "A");
    welch_detail::requireSample(b, "B");
    const double ma = sampleMean(a), mb = sampleMean(b);
    const double m = double(a.size() + b.size() - 2);
    const double pooled =
        ((a.size() - 1) * sampleVariance(a, ma) + (b.size() - 1) * sampleVariance(b, mb)) / m;
    if (!(pooled > 0)) return std::numeric_limits<double>::quiet_NaN();
    const double j = boost::math::tgamma_ratio(m / 2, (m - 1) / 2) / std::sqrt(m / 2);
    return j * (ma - mb) / std::sqrt(pooled);
}

} // namespace tb::stats

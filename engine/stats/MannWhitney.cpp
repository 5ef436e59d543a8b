#include "stats/MannWhitney.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace tb::stats {

std::vector<double> mannWhitneyCounts(int na, int nb) {
    if (na < 0 || nb < 0) throw std::invalid_argument("mannWhitneyCounts: negative sample size");
    // [na + nb choose na]_q = prod_{i=1..na} (1 - q^(nb+i)) / (1 - q^i). Each step multiplies by
    // (1 - q^(nb+i)) and divides by (1 - q^i) (a running sum); every intermediate is an integer polynomial.
    const std::size_t degree = std::size_t(na) * std::size_t(nb);
    std::vector<double> p(degree + std::size_t(na) + std::size_t(nb) + 2, 0.0);
    p[0] = 1;
    std::size_t deg = 0;
    for (int i = 1; i <= na; ++i) {
        const std::size_t up = std::size_t(nb + i);
        for (std::size_t j = deg + up; j >= up; --j) p[j] -= p[j - up];
        deg += up;
        const std::size_t down = std::size_t(i);
        for (std::size_t j = down; j <= deg; ++j) p[j] += p[j - down];
        deg -= down;
    }
    p.resize(degree + 1);
    return p;
}

double superiorityOfSorted(std::span<const double> a, std::span<const double> b) {
    if (a.empty() || b.empty()) return std::numeric_limits<double>::quiet_NaN();
    // For each a (ascending): how many b are below it and how many equal it.
    double twiceU = 0;
    std::size_t below = 0, upTo = 0;
    for (double x : a) {
        while (below < b.size() && b[below] < x) ++below;
        upTo = std::max(upTo, below);
        while (upTo < b.size() && b[upTo] <= x) ++upTo;
        twiceU += double(2 * below + (upTo - below));
    }
    return twiceU / (2.0 * double(a.size()) * double(b.size()));
}

MannWhitneyResult mannWhitney(std::span<const double> a, std::span<const double> b) {
    if (a.empty() || b.empty()) throw std::invalid_argument("Mann-Whitney: each sample needs a value");
    for (auto s : {a, b})
        for (double v : s)
            if (!std::isfinite(v)) throw std::invalid_argument("Mann-Whitney: a value is not finite");
    MannWhitneyResult r;
    r.na = int(a.size());
    r.nb = int(b.size());
    const std::size_t n = a.size() + b.size();
    // Pool with the sample of origin, sort by value (index breaks ties so the order is fully defined).
    std::vector<std::pair<double, std::size_t>> pooled;
    pooled.reserve(n);
    for (std::size_t i = 0; i < a.size(); ++i) pooled.push_back({a[i], i});
    for (std::size_t i = 0; i < b.size(); ++i) pooled.push_back({b[i], a.size() + i});
    std::sort(pooled.begin(), pooled.end());
    double rankSumA = 0, tieTerm = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && pooled[j].first == pooled[i].first) ++j;
        const double midRank = double(i + 1 + j) / 2; // ranks i+1 .. j
        for (std::size_t k = i; k < j; ++k)
            if (pooled[k].second < a.size()) rankSumA += midRank;
        const double t = double(j - i);
        if (j - i > 1) {
            r.ties = true;
            tieTerm += t * t * t - t;
        }
        i = j;
    }
    const double na = r.na, nb = r.nb, nn = double(n);
    r.u = rankSumA - na * (na + 1) / 2;
    r.superiority = r.u / (na * nb);
    r.rankBiserial = 2 * r.superiority - 1;
    if (!r.ties && int(n) <= kMannWhitneyExactMax) {
        r.exact = true;
        const auto counts = mannWhitneyCounts(r.na, r.nb);
        const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
        const auto u = std::size_t(std::llround(r.u));
        double lower = 0, upper = 0; // P(U <= u), P(U >= u)
        for (std::size_t k = 0; k < counts.size(); ++k) {
            if (k <= u) lower += counts[k];
            if (k >= u) upper += counts[k];
        }
        r.p = std::min(1.0, 2 * std::min(lower, upper) / total);
        return r;
    }
    const double mu = na * nb / 2;
    const double var = na * nb / 12 * ((nn + 1) - tieTerm / (nn * (nn - 1)));
    if (!(var > 0)) {
        r.p = 1;
        return r;
    }
    const double d = r.u - mu;
    const double correction = d > 0 ? 0.5 : d < 0 ? -0.5 : 0.0;
    r.z = (d - correction) / std::sqrt(var);
    const boost::math::normal standard;
    r.p = std::min(1.0, 2 * boost::math::cdf(boost::math::complement(standard, std::abs(r.z))));
    return r;
}

} // namespace tb::stats

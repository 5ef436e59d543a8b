// The companion estimators of the tail: Hill (§6), the paper-compatible OLS slope (§4.2, §5.9) and Vuong
// tests against the discrete lognormal and the geometric tail (§5.7).
#include <algorithm>
#include <cmath>

#include <boost/math/constants/constants.hpp>
#include <boost/math/special_functions/erf.hpp>
#include <boost/math/tools/minima.hpp>

#include "survival/TailAnalysis.h"
#include "survival/TailDetail.h"

namespace tb::survival {

namespace detail {

namespace {

namespace bmp = boost::math::policies;
/// Boost.Math without exceptions (a NaN in the optimiser's path must not throw) and without promotion to
/// long double (speed; double is accurate enough for likelihoods).
using Quiet = bmp::policy<bmp::domain_error<bmp::ignore_error>, bmp::overflow_error<bmp::ignore_error>,
                          bmp::evaluation_error<bmp::ignore_error>, bmp::pole_error<bmp::ignore_error>,
                          bmp::promote_double<false>>;

/// ln P(Z > z) for the standard normal: erfc while it is representable, then the asymptotic series (at
/// z >= 25 the omitted term 945/z^10 is below 1e-11 relative).
double lnUpperNormal(double z) {
    if (z < 25.0)
        return std::log(0.5 *
                        boost::math::erfc(z * boost::math::constants::one_div_root_two<double>(), Quiet()));
    const double r = 1.0 / (z * z);
    return -0.5 * z * z - std::log(z) - 0.5 * std::log(2.0 * boost::math::constants::pi<double>()) +
           std::log1p(r * (-1.0 + r * (3.0 + r * (-15.0 + r * 105.0))));
}

/// ln(P(z1 < Z <= z2)) for z1 < z2, from the two upper tails or (left of 0) the two lower tails, whichever is
/// the smaller pair, so that the difference never cancels to 0 needlessly.
double lnNormalInterval(double z1, double z2) {
    if (z1 + z2 >= 0.0) {
        const double u1 = lnUpperNormal(z1), u2 = lnUpperNormal(z2);
        return u1 + std::log1p(-std::exp(u2 - u1));
    }
    const double l1 = lnUpperNormal(-z2), l2 = lnUpperNormal(-z1);
    return l1 + std::log1p(-std::exp(l2 - l1));
}

} // namespace

Hill hillFrom(const TailData& d, int k) {
    Hill h;
    const std::int64_t n = d.exactTotal;
    if (n < 2) return h;
    h.k = int(std::clamp<std::int64_t>(k, 1, n - 1));
    // Order statistics X_(1) >= X_(2) >= ... from the cells, largest first: X_(r) lies in the first cell
    // whose cumulative count reaches r.
    std::int64_t seen = 0;
    double sumTop = 0.0, lnThreshold = 0.0;
    const std::int64_t kk = h.k;
    for (std::size_t i = d.x.size(); i-- > 0;) {
        const double lx = std::log(double(d.x[i]));
        const std::int64_t take = std::min(d.n[i], kk - seen);
        if (take > 0) {
            sumTop += double(take) * lx;
            seen += take;
        }
        if (seen == kk && (take < d.n[i] || take == 0)) { // X_(k+1) is in this cell
            lnThreshold = lx;
            break;
        }
    }
    const double hk = sumTop / double(kk) - lnThreshold;
    if (hk > 0.0) {
        h.alpha = 1.0 / hk;
        h.se = h.alpha / std::sqrt(double(kk));
    }
    return h;
}

std::vector<std::int64_t> logBinEdges(std::int64_t lo, std::int64_t hi) {
    std::vector<std::int64_t> edges{lo};
    for (int j = 1; edges.back() <= hi; ++j) {
        const double e = std::ceil(double(lo) * std::pow(10.0, j / 10.0) - 1e-9);
        edges.push_back(std::max<std::int64_t>(edges.back() + 1, std::int64_t(e)));
    }
    edges.back() = std::min(edges.back(), hi + 1);
    return edges;
}

Ols olsFrom(const TailData& d, std::int64_t kMin, std::int64_t kMax, bool logBins) {
    Ols r;
    r.kMin = std::max<std::int64_t>(kMin, 1);
    r.kMax = kMax > 0 ? kMax : (d.x.empty() ? 0 : d.x.back() - 1);
    if (r.kMax < r.kMin) return r;
    std::vector<double> xs, ys;
    if (!logBins) {
        for (std::size_t i = 0; i < d.x.size(); ++i) {
            const std::int64_t k = d.x[i] - 1;
            if (k < r.kMin || k > r.kMax) continue;
            xs.push_back(std::log10(double(k)));
            ys.push_back(std::log10(double(d.n[i])));
        }
    } else {
        const auto edges = logBinEdges(r.kMin, r.kMax);
        std::size_t i = 0;
        for (std::size_t j = 0; j + 1 < edges.size(); ++j) {
            std::int64_t count = 0;
            while (i < d.x.size() && d.x[i] - 1 < edges[j]) ++i;
            while (i < d.x.size() && d.x[i] - 1 < edges[j + 1]) count += d.n[i++];
            if (count == 0) continue; // an empty bin has no logarithm: left out, never floored
            const double width = double(edges[j + 1] - edges[j]);
            xs.push_back(0.5 * (std::log10(double(edges[j])) + std::log10(double(edges[j + 1] - 1))));
            ys.push_back(std::log10(double(count) / width));
        }
    }
    r.points = int(xs.size());
    if (xs.size() < 2) return r;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) mx += xs[i], my += ys[i];
    mx /= double(xs.size());
    my /= double(xs.size());
    double sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        sxx += (xs[i] - mx) * (xs[i] - mx);
        sxy += (xs[i] - mx) * (ys[i] - my);
    }
    if (sxx > 0) r.slope = sxy / sxx;
    return r;
}

std::vector<Vuong> vuongFrom(const TailData& d, const PowerLawFit& fit) {
    std::vector<Vuong> out;
    if (!fit.ok) return out;
    const double a = fit.alpha;
    const std::int64_t xmin = fit.xmin;
    // The tail as cells: exact values >= xmin, then censoring values >= xmin (survival terms).
    struct Cell {
        std::int64_t x, count;
        bool censored;
    };
    std::vector<Cell> cells;
    for (std::size_t i = 0; i < d.x.size(); ++i)
        if (d.x[i] >= xmin) cells.push_back({d.x[i], d.n[i], false});
    for (std::size_t j = 0; j < d.cx.size(); ++j)
        if (d.cx[j] >= xmin) cells.push_back({d.cx[j], d.cn[j], true});
    std::int64_t n = 0, nExact = 0;
    double sumLn = 0.0, sumLn2 = 0.0;
    std::int64_t xMax = xmin;
    for (const Cell& c : cells) {
        n += c.count;
        xMax = std::max(xMax, c.x);
        if (c.censored) continue;
        nExact += c.count;
        const double l = std::log(double(c.x));
        sumLn += double(c.count) * l;
        sumLn2 += double(c.count) * l * l;
    }
    if (n < 2 || nExact < 1) return out;

    // Power law: ln p(x) = -a ln x - ln zeta(a, xmin); censored ln S(x_c) = ln zeta(a, x_c) - ln zeta(a,
    // xmin).
    const double lzMin = lnHurwitzZeta(a, double(xmin));
    std::vector<double> llPower(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i)
        llPower[i] = cells[i].censored ? lnHurwitzZeta(a, double(cells[i].x)) - lzMin
                                       : -a * std::log(double(cells[i].x)) - lzMin;

    auto vuong = [&](const std::string& name, const std::vector<double>& llAlt, std::vector<double> params) {
        Vuong v;
        v.alternative = name;
        v.parameters = std::move(params);
        double r = 0.0;
        for (std::size_t i = 0; i < cells.size(); ++i) r += double(cells[i].count) * (llPower[i] - llAlt[i]);
        const double mean = r / double(n);
        double var = 0.0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const double dv = llPower[i] - llAlt[i] - mean;
            var += double(cells[i].count) * dv * dv;
        }
        var /= double(n);
        v.ratio = r;
        // Non-nested models: p = erfc(|R| / sqrt(2 n sigma^2)).
        if (var > 0.0)
            v.p = boost::math::erfc(std::fabs(r) / std::sqrt(2.0 * double(n) * var), Quiet());
        else
            v.p = r == 0.0 ? 1.0 : 0.0;
        out.push_back(std::move(v));
    };

    // Discrete lognormal on x >= xmin: P(X = x) = [F(x + 1/2) - F(x - 1/2)] / [1 - F(xmin - 1/2)] with F the
    // continuous lognormal CDF (the probability of the rounding cell of x), censored P(X >= x_c) =
    // [1 - F(x_c - 1/2)] / [1 - F(xmin - 1/2)]. Each sums to 1 over x >= xmin exactly. MLE of (mu, sigma) by
    // Brent on sigma (as ln sigma) over the profile likelihood, maximised over mu by Brent.
    {
        std::vector<double> lnLo(cells.size()), lnHi(cells.size());
        for (std::size_t i = 0; i < cells.size(); ++i) {
            lnLo[i] = std::log(double(cells[i].x) - 0.5);
            lnHi[i] = std::log(double(cells[i].x) + 0.5);
        }
        const double lnNorm = std::log(double(xmin) - 0.5);
        auto logLik = [&](double mu, double sigma, std::vector<double>* per) {
            const double inv = 1.0 / sigma;
            const double lnZ = lnUpperNormal((lnNorm - mu) * inv);
            double total = 0.0;
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const double z1 = (lnLo[i] - mu) * inv;
                const double l =
                    (cells[i].censored ? lnUpperNormal(z1) : lnNormalInterval(z1, (lnHi[i] - mu) * inv)) -
                    lnZ;
                if (per) (*per)[i] = l;
                total += double(cells[i].count) * l;
            }
            return std::isnan(total) ? -std::numeric_limits<double>::infinity() : total;
        };
        const double meanLn = sumLn / double(nExact);
        const double sdLn = std::sqrt(std::max(sumLn2 / double(nExact) - meanLn * meanLn, 1e-4));
        const double muLow = -50.0, muHigh = std::log(double(xMax)) + 10.0;
        const double lsLow = std::log(0.02), lsHigh = std::log(std::max(30.0, 10.0 * sdLn));
        auto bestMu = [&](double sigma) {
            std::uintmax_t it = 200;
            return boost::math::tools::brent_find_minima(
                [&](double mu) { return -logLik(mu, sigma, nullptr); }, muLow, muHigh, 26, it);
        };
        std::uintmax_t it = 200;
        const auto [ls, negProfile] = boost::math::tools::brent_find_minima(
            [&](double lnSigma) { return bestMu(std::exp(lnSigma)).second; }, lsLow, lsHigh, 26, it);
        (void)negProfile;
        const double sigma = std::exp(ls);
        const double mu = bestMu(sigma).first;
        std::vector<double> ll(cells.size());
        logLik(mu, sigma, &ll);
        vuong(TB_TR("engine", "lognormal"), ll, {mu, sigma});
    }

    // Geometric (discrete exponential) on x >= xmin: P(X = x) = (1 - q) q^(x - xmin), censored q^(x_c -
    // xmin); MLE q = T / (T + n_exact) with T the summed excesses x - xmin of all tail points.
    {
        double excess = 0.0;
        for (const Cell& c : cells) excess += double(c.count) * double(c.x - xmin);
        const double q = excess / (excess + double(nExact));
        const double lnQ = std::log(q), ln1mQ = std::log1p(-q);
        std::vector<double> ll(cells.size());
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const double k = double(cells[i].x - xmin);
            const double geo = k == 0.0 ? 0.0 : k * lnQ; // q = 0 only when every excess is 0
            ll[i] = cells[i].censored ? geo : ln1mQ + geo;
        }
        vuong(TB_TR("engine", "exponential"), ll, {-lnQ});
    }
    return out;
}

} // namespace detail

Hill hillEstimate(const PooledCounts& failures, int k) {
    return detail::hillFrom(detail::TailData::from(failures), k);
}

Ols olsSlope(const PooledCounts& failures, std::int64_t kMin, std::int64_t kMax, bool logBins) {
    return detail::olsFrom(detail::TailData::from(failures), kMin, kMax, logBins);
}

std::vector<Vuong> vuongTests(const PooledCounts& failures, const PowerLawFit& fit) {
    return detail::vuongFrom(detail::TailData::from(failures), fit);
}

} // namespace tb::survival

// Bayes-UCB's exact lazy argmax (see BayesUcbPolicy in Policies.h and docs/bandits.md, "Exact but lazy").
#include <algorithm>
#include <cmath>

#include <boost/math/special_functions/beta.hpp>

#include "bandit/KlUcb.h"
#include "bandit/Policies.h"

namespace tb::bandit {

namespace {
/// Two quantiles certified more than kGap apart are ordered the same by ibetac_inv (whose error is a few
/// ulps), so an arm certified kGap below another can never be its tie or exceed it.
constexpr double kGap = 4e-9;
/// Target width of a certified bracket of a quantile.
constexpr double kWidth = 2e-9;
/// Blocks of four terms at most per series (a cap for q within a hair of S / (n + 1), never reached on the
/// bench instances); the bounds stay rigorous, only wider.
constexpr int kMaxBlocks = 1 << 14;
} // namespace

TailSum binomialTailSum(double S, double n, double q, double tol, double stopBelow, double stopAbove) {
    TailSum out;
    if (!(q > S / (n + 1.0) && q < 1.0)) return out;
    out.ok = true;
    const double rho = (1.0 - q) / q;
    double term = 1.0, sum = 1.0, i = S; // term = PMF(i) / PMF(S)
    for (int block = 0;; ++block) {
        if (i <= 0.0) { // every term added: the sum is exact
            out.lo = out.hi = sum;
            return out;
        }
        // The next ratio a / b is below 1 and bounds every later one: remainder <= term a / (b - a).
        const double a = i * rho, b = n - i + 1.0, room = b - a;
        if (term * a <= tol * sum * room || sum >= stopAbove || sum * room + term * a < stopBelow * room ||
            block >= kMaxBlocks) {
            out.lo = sum;
            out.hi = sum + term * a / room;
            return out;
        }
        // Four terms with one division: t1 = term a/b, t2 = t1 a1/b1, ... over the common denominator
        // b b1 b2 b3, summed in Horner form. Ratios of indices <= 0 are 0 (the series ends there).
        const double a1 = std::max(i - 1.0, 0.0) * rho, a2 = std::max(i - 2.0, 0.0) * rho,
                     a3 = std::max(i - 3.0, 0.0) * rho;
        const double b1 = b + 1.0, b2 = b + 2.0, b3 = b + 3.0, b23 = b2 * b3;
        const double inv = 1.0 / (b * b1 * b23);
        sum += term * (a * (b1 * b23 + a1 * (b23 + a2 * (b3 + a3)))) * inv;
        term *= (a * a1) * (a2 * a3) * inv;
        i -= 4.0;
    }
}

BinomialTail binomialLowerTail(double lnC, double S, double n, double q, double lq, double l1q) {
    BinomialTail b;
    const TailSum ts = binomialTailSum(S, n, q, 1e-12);
    if (!ts.ok) return b;
    const double lnT0 = lnC + S * lq + (n - S) * l1q;
    b.ok = true;
    b.sum = ts.lo;
    b.lnLo = lnT0 + std::log(ts.lo);
    b.lnHi = std::min(0.0, lnT0 + std::log(ts.hi));
    return b;
}

BayesUcbPolicy::BayesUcbPolicy(const PolicyContext& cx, const Json& j)
    : ctx(&cx), K(cx.K), c(j.at("c").get<double>()),
      logLogPow(c > 0.0 ? c * std::log(std::max(std::log(double(std::max<std::int64_t>(cx.horizon, 3))), 1.0))
                        : 0.0),
      lazy(j.value("lazy", true)), s(std::size_t(cx.K), 0.0), f(std::size_t(cx.K), 0.0),
      lnC(std::size_t(cx.K), 0.0), lnCComp(std::size_t(cx.K), 0.0), lnCTotal(std::size_t(cx.K), 0.0),
      lnCErr(std::size_t(cx.K), 0.0), mean(std::size_t(cx.K), 0.5),
      sd(std::size_t(cx.K), std::sqrt(0.25 / 3.0)), z0(std::size_t(cx.K), 0.0),
      zSlope(std::size_t(cx.K), 0.0), ld0(std::size_t(cx.K), -1.0), idx(std::size_t(cx.K), 0.0),
      lo(std::size_t(cx.K), 0.0), hi(std::size_t(cx.K), 0.0), cand(std::size_t(cx.K), 0) {}

double BayesUcbPolicy::quantile(std::size_t k, double tailProb) const {
    return boost::math::ibetac_inv(1.0 + s[k], 1.0 + f[k], tailProb);
}

bool BayesUcbPolicy::above(std::size_t k, double x, double lq, double l1q, double ld) const {
    const double S = s[k], n = S + f[k] + 1.0;
    // At or below S / (n + 1) the series does not apply, but then S >= ceil(n x), at least the median of
    // Bin(n, x) (Kaas & Buhrman 1980), so P(X > x) >= 1/2 > delta.
    if (!(x > S / (n + 1.0))) return ld > 1.3862943611198906; // delta < 1/4
    double e;
    const double lnT0 = lnPmfS(k, lq, l1q, ld, e);
    if (lnT0 + ld > e) return true; // the first term alone exceeds delta
    const double need = std::exp(e - ld - lnT0);
    const TailSum ts = binomialTailSum(S, n, x, 1e-12, need, need);
    return ts.ok && ts.lo >= need;
}

bool BayesUcbPolicy::belowWithGap(std::size_t k, double x, double lq, double l1q, double ld) const {
    const double S = s[k], n = S + f[k] + 1.0;
    if (!(x > S / (n + 1.0))) return false;
    // |d ln P(X > q) / dq| = (n - S) PMF(S) / ((1 - q) P) <= (n - S) / (1 - q), so Q_k >= x - kGap would give
    // ln P(X > x) >= -ld - kGap (n - S) / (1 - x): certifying ln P(X > x) below that certifies Q_k < x -
    // kGap.
    double e;
    const double lnT0 = lnPmfS(k, lq, l1q, ld, e);
    const double u = lnT0 + ld + e + kGap * (n - S) / (1.0 - x); // need ln(sum) < -u
    if (u >= 0.0) return false;                                  // sum >= 1
    const double r = S * (1.0 - x) / ((n - S + 1.0) * x);        // first ratio: sum <= 1 / (1 - r)
    if (u + r / std::sqrt(1.0 - r) < 0.0) return true;           // ln y <= (y - 1) / sqrt(y), y = 1 / (1 - r)
    const double need = std::exp(-u);
    const TailSum ts = binomialTailSum(S, n, x, 1e-12, need, need);
    return ts.ok && ts.hi < need;
}

bool BayesUcbPolicy::bracket(std::size_t k, double ld) {
    const double S = s[k], n = S + f[k] + 1.0, floorQ = S / (n + 1.0);
    double L = -1.0, H = 2.0; // certified lower and upper bounds of the quantile, once set
    double q = approx(k, ld);
    if (!(q > floorQ && q < 1.0)) q = klUcbIndex(S / n, ld / n); // Chernoff bound: right of the quantile
    if (!(q > floorQ && q < 1.0)) return false;
    for (int it = 0; it < 40; ++it) {
        const double lq = std::log(q), l1q = std::log1p(-q);
        const TailSum ts = binomialTailSum(S, n, q, 1e-12);
        if (!ts.ok) return false;
        double e;
        const double lnT0 = lnPmfS(k, lq, l1q, ld, e);
        const double hLo = lnT0 + std::log(ts.lo) + ld, hHi = lnT0 + std::log(ts.hi) + ld;
        if (hLo > e)
            L = std::max(L, q);
        else if (hHi < -e)
            H = std::min(H, q);
        // Certificates on both sides at `half` from the root, a distance the margin allows (wider for the
        // flat posteriors of small n): d ln P(X > q) / dq = -(n - S) / ((1 - q) sum).
        const double slope = (n - S) / ((1.0 - q) * ts.lo);
        const double half = std::max(0.5 * kWidth, 4.0 * e / slope);
        if (L >= 0.0 && H <= 1.0 && H - L <= 2.0 * half + 0.25 * kWidth) {
            lo[k] = L;
            hi[k] = H;
            z0[k] = (0.5 * (L + H) - mean[k]) / sd[k];
            zSlope[k] = 1.0 / (slope * sd[k]); // dQ / d ld = 1 / |d ln P / dq|
            ld0[k] = ld;
            return true;
        }
        // Newton on ln P(X > q) + ld = 0, which is concave in q (the Beta density is log-concave): from
        // either side the iterates then approach the root from the right. Near the root, step to the side
        // still missing a close certificate.
        const double root = q + hLo / slope;
        double next = root;
        if (std::abs(root - q) <= 2.0 * half)
            next = L < root - half - 0.125 * kWidth ? root - half : root + half;
        const double lower = std::max(floorQ, L), upper = std::min(1.0, H);
        if (!(next > lower && next < upper)) next = 0.5 * (lower + upper);
        q = next;
    }
    return false;
}

int BayesUcbPolicy::exactArgmax(double tail, Rng& g) {
    for (int k = 0; k < K; ++k)
        idx[std::size_t(k)] = cand[std::size_t(k)] ? quantile(std::size_t(k), tail) : kNegInf;
    return argmaxRandomTie(idx.data(), K, g);
}

int BayesUcbPolicy::select(std::int64_t t, Rng& g) {
    if (t < K) return int(t);
    const double ld = ctx->ln(t) + logLogPow; // ln(1 / delta)
    const double tail = std::exp(-ld);
    if (!lazy) {
        std::fill(cand.begin(), cand.end(), char(1));
        return exactArgmax(tail, g);
    }
    // The two highest approximate quantiles (first round: the normal quantile sqrt(2 ld), roughly).
    if (ld0[0] < 0.0)
        for (std::size_t k = 0; k < std::size_t(K); ++k) {
            z0[k] = std::sqrt(2.0 * ld);
            zSlope[k] = 1.0 / z0[k];
            ld0[k] = ld;
        }
    const TopTwo top = topTwo(K, [&](std::size_t k) { return approx(k, ld); });
    const std::size_t w = top.arm;
    // Cheap path: the leader certified above the midpoint, every other arm kGap below it.
    const double x = 0.5 * (top.best + top.second);
    std::size_t failed = w; // an arm the cheap path could not place below x: its approximation is refreshed
    if (x > 0.0 && x < 1.0) {
        const double lq = std::log(x), l1q = std::log1p(-x);
        if (above(w, x, lq, l1q, ld)) {
            std::size_t k = 0;
            while (k < std::size_t(K) && (k == w || belowWithGap(k, x, lq, l1q, ld))) ++k;
            if (k == std::size_t(K)) return int(w);
            failed = k;
        }
    }
    // Precise path: bracket the leader (and the arm that failed), then every arm that is not certified kGap
    // below the leader's lower bound.
    std::fill(cand.begin(), cand.end(), char(0));
    if (!bracket(w, ld) || (failed != w && !bracket(failed, ld))) {
        std::fill(cand.begin(), cand.end(), char(1));
        return exactArgmax(tail, g);
    }
    cand[w] = cand[failed] = 1;
    double bestLo = std::max(lo[w], lo[failed]);
    {
        const double xl = lo[w], lq = std::log(xl), l1q = std::log1p(-xl);
        for (std::size_t k = 0; k < std::size_t(K); ++k) {
            if (cand[k] || belowWithGap(k, xl, lq, l1q, ld)) continue;
            if (!bracket(k, ld)) {
                std::fill(cand.begin(), cand.end(), char(1));
                return exactArgmax(tail, g);
            }
            cand[k] = 1;
            bestLo = std::max(bestLo, lo[k]);
        }
    }
    // Arms whose bracket ends kGap below the best lower bound are out; the rest are near-ties.
    int remaining = 0, only = -1;
    bool identical = true;
    for (std::size_t k = 0; k < std::size_t(K); ++k) {
        if (!cand[k]) continue;
        if (hi[k] + kGap < bestLo) {
            cand[k] = 0;
            continue;
        }
        if (only >= 0 && (s[k] != s[std::size_t(only)] || f[k] != f[std::size_t(only)])) identical = false;
        if (only < 0) only = int(k);
        ++remaining;
    }
    if (remaining == 1) return only;
    if (identical) { // the same counts give the same ibetac_inv value: an exact tie among them
        for (std::size_t k = 0; k < std::size_t(K); ++k) idx[k] = cand[k] ? 0.0 : kNegInf;
        return argmaxRandomTie(idx.data(), K, g);
    }
    return exactArgmax(tail, g);
}

} // namespace tb::bandit

#include "bandit/KlUcb.h"

#include <bit>
#include <cstdint>
#include <vector>

#include <boost/math/special_functions/beta.hpp>

#include "bandit/Policies.h"

namespace tb::bandit {

double klUcbIndex(double p, double d) {
    if (!(d > 0.0)) return std::clamp(p, 0.0, 1.0);
    if (p >= 1.0) return 1.0;
    if (p <= 0.0) return std::min(1.0, -std::expm1(-d)); // kl(0, q) = -ln(1 - q)
    if (d >= klBernoulli(p, 1.0)) return 1.0;
    // kl(p, q) = c0 - p ln q - (1 - p) ln(1 - q), with c0 = p ln p + (1 - p) ln(1 - p) = -H(p).
    const double c0 = p * std::log(p) + (1.0 - p) * std::log1p(-p);
    auto f = [&](double q) { return d - (c0 - p * std::log(q) - (1.0 - p) * std::log1p(-q)); };
    // Start right of the root at the tighter of two closed-form upper bounds: the refined Pinsker bound and
    // q <= 1 - exp(-(d + H(p)) / (1 - p)) (from -p ln q >= 0), kept away from 1 where Newton steps would
    // stall.
    const double q0 = std::min(
        {p + klRefinedUpperFactor(p) * std::sqrt(d), -std::expm1((d - c0) / -(1.0 - p)), 1.0 - 1e-9});
    double lo = p, hi = 1.0;
    if (f(q0) >= 0.0) {
        // The root lies in [q0, 1): bisection (only for d close to kl(p, 1)).
        lo = q0;
        for (int it = 0; it < 200 && hi - lo > 1e-15; ++it) {
            const double m = 0.5 * (lo + hi);
            if (f(m) >= 0.0)
                lo = m;
            else
                hi = m;
        }
        return lo;
    }
    // Newton from the right: f is concave and decreasing on [p, 1), so the iterates decrease monotonically to
    // the root. A bisection step replaces any iterate that leaves the bracket (rounding only).
    double q = q0;
    for (int it = 0; it < 200; ++it) {
        const double fq = f(q);
        if (fq >= 0.0) return q; // reached the root up to rounding
        hi = q;
        if (-fq <= 1e-15) return q;
        double next = q + fq * q * (1.0 - q) / (q - p);
        if (!(next > lo)) next = 0.5 * (lo + hi);
        if (q - next <= 4e-16 * q) return next; // no further progress representable
        q = next;
    }
    return q;
}

const KlPivot* detail::buildPivotTable() {
    static std::vector<KlPivot> entries(std::size_t(detail::kPivotEndKey - detail::kPivotFirstKey));
    for (std::uint64_t k = detail::kPivotFirstKey; k < detail::kPivotEndKey; ++k) {
        const double x = std::bit_cast<double>(k << detail::kPivotShift); // 1 - q*
        KlPivot& e = entries[std::size_t(k - detail::kPivotFirstKey)];
        e.q = 1.0 - x;
        e.lnQ = std::log1p(-x);
        e.ln1mQ = std::log(x);
    }
    return entries.data();
}

double klUcbIndexBisection(double p, double d) {
    if (!(d > 0.0)) return std::clamp(p, 0.0, 1.0);
    if (p >= 1.0) return 1.0;
    double lo = std::max(p, 0.0), hi = 1.0;
    if (klBernoulli(p, 1.0) <= d) return 1.0;
    for (int it = 0; it < 200 && hi - lo > 1e-14; ++it) {
        const double m = 0.5 * (lo + hi);
        if (klBernoulli(p, m) > d)
            hi = m;
        else
            lo = m;
    }
    return 0.5 * (lo + hi);
}

double BayesUcbPolicy::quantile(std::size_t k, double tailProb) const {
    return boost::math::ibetac_inv(1.0 + s[k], 1.0 + f[k], tailProb);
}

BinomialTail binomialLowerTail(double lnC, double S, double n, double q, double lq, double l1q) {
    BinomialTail b;
    const double lnT0 = lnC + S * lq + (n - S) * l1q;
    const double rho = (1.0 - q) / q;
    double term = 1.0, sum = 1.0, i = S;
    double rem = 0.0;
    b.ok = true;
    for (int m = 0; m < 4000 && i > 0.0; ++m) {
        const double r = i / (n - i + 1.0) * rho;
        term *= r;
        sum += term;
        i -= 1.0;
        if (i <= 0.0) break;
        const double rn = i / (n - i + 1.0) * rho; // bounds every later ratio
        if (rn < 1.0 && term * rn <= 1e-11 * sum * (1.0 - rn)) {
            rem = term * rn / (1.0 - rn);
            i = -1.0;
            break;
        }
    }
    if (i > 0.0) { // stopped by the term cap
        const double rn = i / (n - i + 1.0) * rho;
        if (rn < 1.0)
            rem = term * rn / (1.0 - rn);
        else
            b.ok = false;
    }
    b.sum = sum;
    b.lnLo = lnT0 + std::log(sum);
    b.lnHi = b.ok ? std::min(0.0, lnT0 + std::log(sum + rem)) : 0.0;
    return b;
}

double BayesUcbPolicy::pivot(std::size_t k, double ld) {
    const double S = s[k], n = s[k] + f[k] + 1.0;
    const double floorQ = S / (n + 1.0);
    // Start from the cached approximation, or from the Chernoff bound (right of the quantile).
    double q = approx[k];
    if (!(q > floorQ && q < 1.0)) q = klUcbIndex(S / n, ld / n);
    if (!(q > floorQ && q < 1.0)) return -1.0;
    for (int it = 0; it < 30; ++it) {
        const double lq = std::log(q), l1q = std::log1p(-q);
        const BinomialTail b = binomialLowerTail(lnC[k], S, n, q, lq, l1q);
        if (!b.ok) return -1.0;
        const double h = b.lnLo + ld; // ln P(X > q) - ln delta (using the near-exact lower bound)
        double next = q + h * (1.0 - q) * b.sum / (n - S);
        next = std::clamp(next, 0.5 * (q + floorQ), 0.5 * (q + 1.0));
        const bool done = std::abs(next - q) < 1e-9; // quadratic convergence: the next error is ~1e-18
        q = next;
        if (done) break;
    }
    approx[k] = q;
    // Certify a point just below: P(X > q*) >= its lower bound > delta.
    const double qs = q - 4e-9;
    if (!(qs > floorQ)) return -1.0;
    const BinomialTail b = binomialLowerTail(lnC[k], S, n, qs, std::log(qs), std::log1p(-qs));
    return b.ok && b.lnLo + ld > 1e-9 ? qs : -1.0;
}

int BayesUcbPolicy::select(std::int64_t t, Rng& g) {
    if (t < K) return int(t);
    const double ld = ctx->ln(t) + logLogPow; // ln(1 / delta)
    const double tail = std::exp(-ld);
    thread_local std::vector<char> cand;
    cand.assign(std::size_t(K), 0);
    if (!lazy) {
        for (auto& x : cand) x = 1;
        return exactArgmax(0, cand, tail, g);
    }
    const std::size_t j = std::size_t(last);
    const double qs = pivot(j, ld);
    if (qs < 0.0) {
        for (auto& x : cand) x = 1;
        return exactArgmax(j, cand, tail, g);
    }
    const double lq = std::log(qs), l1q = std::log1p(-qs);
    bool any = false;
    for (std::size_t k = 0; k < std::size_t(K); ++k) {
        if (k == j) continue;
        const double S = s[k], n = s[k] + f[k] + 1.0;
        if (S / n < qs) {
            // Chernoff: P(X > q) = P(Bin(n, q) <= S) <= exp(-n kl(S/n, q)).
            const double a = A[k], sl = S * lq, fl = (n - S) * l1q;
            const double tol = 1e-9 * (std::abs(a) + std::abs(sl) + std::abs(fl) + ld);
            if (a - sl - fl > ld + tol) continue;
            const BinomialTail b = binomialLowerTail(lnC[k], S, n, qs, lq, l1q);
            if (b.ok && b.lnHi + ld < -1e-9) continue;
        }
        cand[k] = 1;
        any = true;
    }
    if (!any) return last;
    return exactArgmax(j, cand, tail, g);
}

} // namespace tb::bandit

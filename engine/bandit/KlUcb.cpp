#include "bandit/KlUcb.h"

#include <bit>
#include <cstdint>
#include <vector>

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

} // namespace tb::bandit

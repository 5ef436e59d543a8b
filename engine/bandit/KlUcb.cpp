#include "bandit/KlUcb.h"

namespace tb::bandit {

double klUcbIndex(double p, double d) {
    if (!(d > 0.0)) return std::clamp(p, 0.0, 1.0);
    if (p >= 1.0) return 1.0;
    if (p <= 0.0) {
        // kl(0, q) = -ln(1 - q) (up to the clamp of p, which changes nothing measurable); the root is 1 -
        // e^-d.
        return std::min(1.0, -std::expm1(-d));
    }
    const double hiKl = klBernoulli(p, 1.0);
    if (d >= hiKl) return 1.0;
    // kl(p, q) = c0 - p ln q - (1 - p) ln(1 - q), with c0 = p ln p + (1 - p) ln(1 - p).
    const double c0 = p * std::log(p) + (1.0 - p) * std::log1p(-p);
    auto f = [&](double q) { return d - (c0 - p * std::log(q) - (1.0 - p) * std::log1p(-q)); };
    double lo = p, hi = 1.0; // f(lo) >= 0 > f(hi) (hi = 1 is infeasible since d < kl(p, 1))
    double q = std::min(p + klRefinedUpperFactor(p) * std::sqrt(d), 1.0 - 1e-15);
    for (int it = 0; it < 100; ++it) {
        const double fq = f(q);
        if (fq >= 0.0)
            lo = q;
        else
            hi = q;
        if (hi - lo <= 1e-14) break;
        double next = q + fq * q * (1.0 - q) / (q - p);
        if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
        if (fq < 0.0 && q - next < 1e-13) { // Newton converging from the right: quadratic, already exact
            q = next;
            break;
        }
        q = next;
    }
    return q;
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

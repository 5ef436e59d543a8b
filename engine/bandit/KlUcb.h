#pragma once
// Bernoulli Kullback-Leibler divergence and the KL-UCB index solve (Garivier & Cappé 2011), plus the
// closed-form bounds used to skip exact solves (see docs/bandits.md, "KL-UCB").
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

namespace tb::bandit {

/// Clamp of kl's arguments: kl(0, 1) = kl(eps, 1 - eps) = 34.539 (the SMPyBandits value).
inline constexpr double kKlEps = 1e-15;

/// kl(p, q) = p ln(p/q) + (1-p) ln((1-p)/(1-q)) with p, q clamped to [eps, 1 - eps].
inline double klBernoulli(double p, double q) {
    p = std::clamp(p, kKlEps, 1.0 - kKlEps);
    q = std::clamp(q, kKlEps, 1.0 - kKlEps);
    return p * std::log(p / q) + (1.0 - p) * std::log((1.0 - p) / (1.0 - q));
}

/// Pinsker bound on the index: kl(p, q) >= 2 (q - p)^2, so the root is <= p + sqrt(d / 2).
inline double klPinskerUpper(double p, double d) {
    return std::min(1.0, p + std::sqrt(0.5 * d));
}

/// Refined Pinsker: kl(p, q) = integral_p^q (s - p) / (s (1 - s)) ds >= (q - p)^2 / (2 M), M = max of s(1-s)
/// on [p, q], which is p(1-p) when p >= 1/2 and at most 1/4 otherwise. Root <= p + sqrt(2 M d).
inline double klRefinedUpperFactor(double p) {
    return std::sqrt(2.0 * (p >= 0.5 ? p * (1.0 - p) : 0.25));
}

/// Chi-square bound: kl(p, q) <= (q - p)^2 / (q (1 - q)), so the larger root of (1 + d) q^2 - (2p + d) q +
/// p^2 = 0 is <= the index.
inline double klChiSquareLower(double p, double d) {
    const double b = 2.0 * p + d;
    const double disc = std::max(0.0, b * b - 4.0 * (1.0 + d) * p * p);
    return std::min(1.0, (b + std::sqrt(disc)) / (2.0 * (1.0 + d)));
}

/// Tight closed-form lower bound on the index: kl(p, q) = integral_p^q (q - s) / (s (1 - s)) ds
/// <= (q - p)^2 / (2 m(q)) with m(q) = min of s(1-s) on [p, q] = min(p(1-p), q(1-q)); the root of that bound
/// (one square root) is <= the index.
inline double klLocalLower(double p, double d) {
    const double v = p * (1.0 - p);
    const double q1 = p + std::sqrt(2.0 * d * v);
    if (q1 <= 1.0 - p) return q1; // m(q) = p(1-p) on [p, q1]
    const double b = p + d;
    const double disc = std::max(0.0, b * b - (1.0 + 2.0 * d) * p * p);
    return std::min(1.0, (b + std::sqrt(disc)) / (1.0 + 2.0 * d));
}

/// Tighter lower bound: kl(p, q) = integral_p^q (s - p) h(s) ds with h(s) = 1/(s(1-s)) convex, so h lies
/// below its chord on [p, q] and kl(p, q) <= (q - p)^2 (h(p)/6 + h(q)/3) =: G(q). A few Newton steps on G(q)
/// = d (arithmetic only) approach its root; the result is returned only if G(result) <= d is verified, which
/// makes it <= the index. Falls back to klLocalLower. (Not used as the KL-UCB pivot: its Newton steps cost
/// more than the exact solves they save, measured on classic-10-arm; kept, tested, for callers that need a
/// tight bound.)
inline double klChordLower(double p, double d) {
    const double base = klLocalLower(p, d);
    if (!(p > 0.0 && p < 1.0) || !(base < 1.0)) return base;
    const double hp6 = 1.0 / (6.0 * p * (1.0 - p));
    auto G = [&](double q) { return (q - p) * (q - p) * (hp6 + 1.0 / (3.0 * q * (1.0 - q))); };
    double q = base;
    for (int it = 0; it < 4; ++it) {
        const double w = q * (1.0 - q), e = q - p;
        const double phi = e * e * (hp6 + 1.0 / (3.0 * w)) - d;
        const double dphi = 2.0 * e * (hp6 + 1.0 / (3.0 * w)) - e * e * (1.0 - 2.0 * q) / (3.0 * w * w);
        if (!(dphi > 0.0)) break;
        const double next = q - phi / dphi;
        if (!(next > p && next < 1.0)) break;
        q = next;
    }
    q -= 1e-12 * (q - p) + 1e-300;
    return q > base && q < 1.0 && G(q) <= d ? q : base;
}

/// A pivot just below q on a fixed grid whose logarithms are tabulated: the grid points are the doubles 1 -
/// q* whose mantissa keeps only its top 10 bits (1024 points per binade of 1 - q), and q* is the point with 1
/// - q* >= 1 - q, so q* <= q. Returns false when q is outside the tabulated range (1 - q in [2^-40, 1)).
struct KlPivot {
    double q, lnQ, ln1mQ;
};
namespace detail {
inline constexpr int kPivotShift = 42;                                        ///< keep 10 mantissa bits
inline constexpr std::uint64_t kPivotFirstKey = 983ULL << (52 - kPivotShift); ///< 1 - q* = 2^-40
inline constexpr std::uint64_t kPivotEndKey = 1023ULL << (52 - kPivotShift);  ///< 1 - q* < 1
/// Builds the grid, indexed by (bits of 1 - q*) >> kPivotShift minus kPivotFirstKey (about 1 MB, 1 ms).
const KlPivot* buildPivotTable();
/// The grid, built on first use (so processes that never need it pay nothing at start-up).
inline const KlPivot* pivotTable() {
    static const KlPivot* const table = buildPivotTable();
    return table;
}
} // namespace detail
inline bool klGridPivot(double q, KlPivot& out) {
    const double x = 1.0 - q;
    if (!(x > 0.0 && x < 1.0)) return false;
    const std::uint64_t key =
        (std::bit_cast<std::uint64_t>(x) >> detail::kPivotShift) + 1; // grid point above x
    if (key < detail::kPivotFirstKey || key >= detail::kPivotEndKey) return false;
    out = detail::pivotTable()[key - detail::kPivotFirstKey];
    return out.q <= q;
}

/// The KL-UCB index: max { q in [p, 1] : kl(p, q) <= d }, solved by Newton's method started right of the root
/// at the refined Pinsker bound (monotone convergence from the right, since d - kl(p, .) is concave and
/// decreasing on [p, 1)), with a bisection fallback when an iterate leaves the bracket. Absolute accuracy
/// about 1e-12. Special cases: p >= 1 gives 1, d <= 0 gives p, p <= 0 gives the closed form 1 - exp(-d).
double klUcbIndex(double p, double d);

/// Slow reference: plain bisection to 1e-14 (tests only).
double klUcbIndexBisection(double p, double d);

} // namespace tb::bandit

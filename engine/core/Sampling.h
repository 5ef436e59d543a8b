#pragma once
// Samplers on top of tb::Rng. Hot-path samplers (normal, gamma, beta) are written here once, inline, and
// tested against Boost.Random's distributions and Boost.Math CDFs (moments and Kolmogorov-Smirnov) in
// tests/engine_core.
#include <bit>
#include <cmath>
#include <cstdint>

#include "core/Rng.h"

namespace tb {

namespace detail {
/// Tables of the 128-layer normal ziggurat (Marsaglia & Tsang 2000), computed once at start-up.
struct ZigguratTables {
    std::uint64_t k[128]; ///< acceptance thresholds on the 52-bit magnitude
    double w[128];        ///< magnitude -> x scale per layer
    double f[128];        ///< density exp(-x^2/2) at each layer's edge
    ZigguratTables();
};
extern const ZigguratTables kZiggurat;
double normalSlowPath(Rng& g, std::uint64_t u, int layer, double x);
} // namespace detail

/// Standard normal N(0, 1): 128-layer ziggurat on one 64-bit draw per try (7 bits layer, 1 bit sign, 52 bits
/// magnitude, so the layer and the value use disjoint bits); about 98.8% of draws take the fast path.
[[gnu::always_inline]] inline double normal01(Rng& g) {
    const std::uint64_t u = g();
    const int layer = int(u & 127);
    const std::uint64_t mag = (u >> 8) & ((std::uint64_t(1) << 52) - 1);
    double x = double(mag) * detail::kZiggurat.w[layer];
    if (u & 128) x = -x;
    if (mag < detail::kZiggurat.k[layer]) return x;
    return detail::normalSlowPath(g, u, layer, x);
}

/// Gamma(shape, 1) by Marsaglia & Tsang (2000) with d = shape - 1/3 and c = 1/sqrt(9d) cached, so a posterior
/// whose shape changes only when its arm is pulled pays the square root once per pull. Shapes below 1 use
/// Gamma(shape + 1) * U^(1/shape).
struct GammaSampler {
    double d = 2.0 / 3.0, c = 1.0 / std::sqrt(6.0), invShape = 0.0; ///< invShape > 0 only for shape < 1
    GammaSampler() = default;
    explicit GammaSampler(double shape) { setShape(shape); }
    void setShape(double shape) {
        invShape = shape < 1.0 ? 1.0 / shape : 0.0;
        if (shape < 1.0) shape += 1.0;
        d = shape - 1.0 / 3.0;
        c = 1.0 / std::sqrt(9.0 * d);
    }
    [[gnu::always_inline]] double operator()(Rng& g) const {
        if (invShape > 0.0) {
            const double u = uniformOpen01(g);
            return draw(g) * std::pow(u, invShape);
        }
        return draw(g);
    }
    /// Marsaglia-Tsang proper: valid for shapes >= 1 (the constructor's shape, when it was >= 1).
    [[gnu::always_inline]] double draw(Rng& g) const {
        for (;;) {
            double x, v;
            do {
                x = normal01(g);
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = (double(g() >> 11) + 0.5) * 0x1.0p-53; // uniformOpen01(g), inlined
            const double x2 = x * x;
            if (u < 1.0 - 0.0331 * x2 * x2) return d * v;
            if (std::log(u) < 0.5 * x2 + d * (1.0 - v + std::log(v))) return d * v;
        }
    }
};

/// A threshold m for betaTail(): m with its logarithms and reciprocals, computed once per threshold.
struct BetaThreshold {
    double m = 0.5, lnM = 0, ln1mM = 0, invM = 0, inv1mM = 0;
    bool usable = false; ///< m in (0, 1): otherwise betaTail() always answers kBetaUndecided
    BetaThreshold() = default;
    explicit BetaThreshold(double threshold) { set(threshold); }
    void set(double threshold) { set(threshold, std::log(threshold), std::log1p(-threshold)); }
    /// With ln m and ln(1 - m) known (from a table).
    void set(double threshold, double lnThreshold, double ln1mThreshold) {
        m = threshold;
        usable = m > 0.0 && m < 1.0;
        if (!usable) return;
        lnM = lnThreshold;
        ln1mM = ln1mThreshold;
        invM = 1.0 / m;
        inv1mM = 1.0 / (1.0 - m);
    }
};

inline constexpr double kBetaUndecided = -1.0;

namespace detail {
/// floor(log2 x) for a positive normal double, from its exponent bits.
inline double binaryExponent(double x) {
    return double(int((std::bit_cast<std::uint64_t>(x) >> 52) & 0x7ff) - 1023);
}
} // namespace detail

/// For X ~ Beta(a1 + 1, b1 + 1) (a1, b1 >= 0; lnB = ln B(a1 + 1, b1 + 1)) and a threshold m: decides whether
/// X > m and draws X only when it is, which is what an argmax over posterior samples needs. Returns 0 when
/// X <= m, X itself when X > m, or kBetaUndecided (nothing drawn) when the method below would be slow; the
/// caller then draws X in full.
///
/// The method is exact rejection sampling from the tail. The density f is log-concave (a, b >= 1), so where
/// it decreases at m (slope s = a1/m - b1/(1-m) < 0) the tangent of ln f at m bounds it on [m, inf): f(x) <=
/// f(m) exp(s (x - m)), an envelope of mass E = f(m) / -s. With probability E (one uniform) a proposal x = m
/// + Exp(1) / -s is drawn and kept with probability f(x) / envelope(x); every other outcome means X <= m. The
/// kept values then have density E * (-s e^{s(x-m)}) * f(x) / (f(m) e^{s(x-m)}) = f(x) on (m, 1), so P(X <=
/// m) and the law of X above m are exactly those of Beta(a, b). This needs E <= 1.
///
/// Cost: the method is chosen (before any draw) when an upper bound of ln E from the binary exponent of -s is
/// at most lnMaxMass (<= 0); then most arms that cannot win are settled by comparing that bound with the
/// binary exponent of the uniform (u >= E follows from floor(log2 u) ln 2 >= the bound), and the rest by one
/// exp. That is a few nanoseconds against about 40 for the two gamma draws of a full sample. Tested against
/// Boost.Math's incomplete beta in tests/engine_core.
[[gnu::always_inline]] inline double betaTail(Rng& g, double a1, double b1, double lnB,
                                              const BetaThreshold& t, double lnMaxMass) {
    constexpr double kLn2 = 0.69314718055994530942;
    if (!t.usable) return kBetaUndecided;
    const double negSlope = b1 * t.inv1mM - a1 * t.invM;
    if (!(negSlope >= 0x1.0p-1022)) return kBetaUndecided; // increasing or flat at m, or subnormal slope
    const double lnF = a1 * t.lnM + b1 * t.ln1mM - lnB;    // ln f(m)
    const double lnMassBound = lnF - detail::binaryExponent(negSlope) * kLn2; // >= ln E
    if (!(lnMassBound <= lnMaxMass)) return kBetaUndecided;
    // u = uniformOpen01(g) from the raw draw r: log2 u >= -1 - clz(r) (u >= 2^-54 when r < 2^11), so
    // ln u >= (-1 - clz(r)) ln 2 >= lnMassBound >= ln E means X <= m. The 1e-9 covers rounding in lnF.
    const std::uint64_t r = g();
    if (double(-1 - std::countl_zero(r | 1)) * kLn2 >= lnMassBound + 1e-9) return 0.0;
    const double u = (double(r >> 11) + 0.5) * 0x1.0p-53;
    if (!(u < std::exp(lnF) / negSlope)) return 0.0;
    const double x = t.m - std::log(uniformOpen01(g)) / negSlope;
    if (!(x < 1.0)) return 0.0;
    const double lnRatio =
        a1 * (std::log(x) - t.lnM) + b1 * (std::log1p(-x) - t.ln1mM) + negSlope * (x - t.m); // <= 0
    return uniform01(g) < std::exp(lnRatio) ? x : 0.0;
}

/// Gamma(shape, 1), shape > 0 (Marsaglia & Tsang 2000; shape < 1 via Gamma(shape + 1) * U^(1/shape)).
double gamma1(Rng& g, double shape);

/// Beta(a, b) = X / (X + Y), X ~ Gamma(a), Y ~ Gamma(b).
double beta(Rng& g, double a, double b);

} // namespace tb

#pragma once
// Samplers on top of tb::Rng. Hot-path samplers (normal, gamma, beta) are written here once, inline, and
// tested against Boost.Random's distributions and Boost.Math CDFs (moments and Kolmogorov-Smirnov) in
// tests/engine_core.
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

/// Gamma(shape, 1), shape > 0 (Marsaglia & Tsang 2000; shape < 1 via Gamma(shape + 1) * U^(1/shape)).
double gamma1(Rng& g, double shape);

/// Beta(a, b) = X / (X + Y), X ~ Gamma(a), Y ~ Gamma(b).
double beta(Rng& g, double a, double b);

} // namespace tb

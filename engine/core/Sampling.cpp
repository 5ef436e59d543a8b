#include "core/Sampling.h"

#include <cmath>

namespace tb {

namespace detail {

namespace {
constexpr double kR = 3.442619855899;       // right edge of the base layer (128 layers)
constexpr double kV = 9.91256303526217e-3;  // area of every layer
constexpr double kMag = 4503599627370496.0; // 2^52
} // namespace

ZigguratTables::ZigguratTables() {
    // Marsaglia & Tsang (2000), zigset(), with 52-bit magnitudes. Layer 0 is the base strip (with the tail),
    // layer i >= 1 spans heights [f(x_i), f(x_{i-1})] with x_127 = R the widest.
    double dn = kR, tn = dn;
    const double q = kV / std::exp(-0.5 * dn * dn);
    k[0] = std::uint64_t((dn / q) * kMag);
    k[1] = 0;
    w[0] = q / kMag;
    w[127] = dn / kMag;
    f[0] = 1.0;
    f[127] = std::exp(-0.5 * dn * dn);
    for (int i = 126; i >= 1; --i) {
        dn = std::sqrt(-2.0 * std::log(kV / dn + std::exp(-0.5 * dn * dn)));
        k[i + 1] = std::uint64_t((dn / tn) * kMag);
        tn = dn;
        f[i] = std::exp(-0.5 * dn * dn);
        w[i] = dn / kMag;
    }
}

const ZigguratTables kZiggurat;

double normalSlowPath(Rng& g, std::uint64_t u, int layer, double x) {
    for (;;) {
        if (layer == 0) {
            // Tail beyond R (Marsaglia 1964).
            double xx, yy;
            do {
                xx = -std::log(uniformOpen01(g)) / kR;
                yy = -std::log(uniformOpen01(g));
            } while (yy + yy < xx * xx);
            return (u & 128) ? -(kR + xx) : kR + xx;
        }
        // Wedge: accept with the density's exact value.
        if (kZiggurat.f[layer] + uniform01(g) * (kZiggurat.f[layer - 1] - kZiggurat.f[layer]) <
            std::exp(-0.5 * x * x))
            return x;
        u = g();
        layer = int(u & 127);
        const std::uint64_t mag = (u >> 8) & ((std::uint64_t(1) << 52) - 1);
        x = double(mag) * kZiggurat.w[layer];
        if (u & 128) x = -x;
        if (mag < kZiggurat.k[layer]) return x;
    }
}

} // namespace detail

double gamma1(Rng& g, double shape) {
    return GammaSampler(shape)(g);
}

double beta(Rng& g, double a, double b) {
    const double x = gamma1(g, a);
    const double y = gamma1(g, b);
    return x / (x + y);
}

} // namespace tb

#include "core/Sampling.h"

#include <boost/random/normal_distribution.hpp>
#include <cmath>

namespace tb {

double normal01(Rng& g) {
    boost::random::normal_distribution<double> n(0.0, 1.0);
    return n(g);
}

double gamma1(Rng& g, double shape) {
    if (shape < 1.0) {
        const double u = uniformOpen01(g);
        return gamma1(g, shape + 1.0) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            x = normal01(g);
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniformOpen01(g);
        const double x2 = x * x;
        if (u < 1.0 - 0.0331 * x2 * x2) return d * v;
        if (std::log(u) < 0.5 * x2 + d * (1.0 - v + std::log(v))) return d * v;
    }
}

double beta(Rng& g, double a, double b) {
    const double x = gamma1(g, a);
    const double y = gamma1(g, b);
    return x / (x + y);
}

} // namespace tb

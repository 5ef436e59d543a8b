#pragma once
// Samplers on top of tb::Rng. Hot-path samplers (normal, gamma, beta) are written here once and tested against
// Boost.Random's distributions (moments and Kolmogorov-Smirnov) in tests/engine_core.
#include "core/Rng.h"

namespace tb {

/// Standard normal N(0, 1).
double normal01(Rng& g);

/// Gamma(shape, 1), shape > 0 (Marsaglia & Tsang 2000; shape < 1 via Gamma(shape + 1) * U^(1/shape)).
double gamma1(Rng& g, double shape);

/// Beta(a, b) = X / (X + Y), X ~ Gamma(a), Y ~ Gamma(b).
double beta(Rng& g, double a, double b);

} // namespace tb

#pragma once
// The logistic function and its integral, shared by the world (gold reward), the reward models (Bradley–Terry
// losses) and training, computed without overflow for any finite argument.
#include <cmath>

namespace tb::rlhf {

/// 1 / (1 + e^-z), evaluated on the side where the exponential cannot overflow.
inline double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z));
}

/// ln(1 + e^z); z itself above 30, where e^-z is below half an ulp of z.
inline double softplus(double z) {
    return z > 30 ? z : std::log1p(std::exp(z));
}

} // namespace tb::rlhf

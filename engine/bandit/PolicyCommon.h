#pragma once
// Shared pieces of the policies: the per-experiment context and random tie-breaking.
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/Rng.h"

namespace tb::bandit {

/// What a policy may know about the experiment: arm count, horizon and a shared table of ln t.
struct PolicyContext {
    int K = 0;
    std::int64_t horizon = 0;
    const double* lnTable = nullptr;      ///< lnTable[t] = ln t for t < lnSize (lnTable[0] unused)
    const double* ucbTable = nullptr;     ///< ucbTable[t] = sqrt(2 ln t), same range
    const double* invSqrtTable = nullptr; ///< invSqrtTable[n] = 1 / sqrt(n), same range
    std::int64_t lnSize = 0;
    double ln(std::int64_t t) const { return t < lnSize ? lnTable[t] : std::log(double(t)); }
    double invSqrt(std::int64_t n) const { return n < lnSize ? invSqrtTable[n] : 1.0 / std::sqrt(double(n)); }
    double sqrt2ln(std::int64_t t) const {
        return t < lnSize ? ucbTable[t] : std::sqrt(2.0 * std::log(double(t)));
    }
};

inline constexpr double kNegInf = -std::numeric_limits<double>::infinity();

/// The arm with the largest value of f(arm) over arms 0..K-1 (the first on ties), its value and the
/// runner-up's.
struct TopTwo {
    std::size_t arm = 0;
    double best = kNegInf, second = kNegInf;
};
template <class F> [[gnu::always_inline]] inline TopTwo topTwo(int K, F&& f) {
    TopTwo t;
    for (std::size_t k = 0; k < std::size_t(K); ++k) {
        const double a = f(k);
        if (a > t.best) {
            t.second = t.best;
            t.best = a;
            t.arm = k;
        } else if (a > t.second) {
            t.second = a;
        }
    }
    return t;
}

/// Index of the largest of v[0..K); ties broken uniformly at random with one draw from `g`, only when a tie
/// occurs. Branch-free first pass (conditional moves), so unpredictable comparisons cost no mispredictions.
[[gnu::always_inline]] inline int argmaxRandomTie(const double* v, int K, Rng& g) {
    int best = 0;
    double bv = v[0];
    for (int k = 1; k < K; ++k) {
        const double x = v[k];
        const bool gt = x > bv;
        bv = gt ? x : bv;
        best = gt ? k : best;
    }
    int ties = 0;
    for (int k = 0; k < K; ++k) ties += v[k] == bv ? 1 : 0;
    if (ties <= 1) return best;
    std::uint64_t j = uniformBelow(g, std::uint64_t(ties));
    for (int k = 0; k < K; ++k)
        if (v[k] == bv && j-- == 0) return k;
    return best;
}

/// Rewards outside {0, 1} become Bernoulli(clamp(x, 0, 1)) draws from the policy's stream (Agrawal & Goyal
/// 2012).
[[gnu::always_inline]] inline double binarize(double x, Rng& g) {
    if (x == 0.0 || x == 1.0) return x;
    const double p = x < 0.0 ? 0.0 : (x > 1.0 ? 1.0 : x);
    return uniform01(g) < p ? 1.0 : 0.0;
}

} // namespace tb::bandit

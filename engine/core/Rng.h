#pragma once
// Random streams. Every replicate (and every arm within it, for common random numbers) draws from its own
// pcg64 stream derived from (seed, a, b, c) by SplitMix64 mixing, so results never depend on thread
// scheduling. Never use std:: distributions: their output is implementation-defined.
#include <cstdint>
#include <pcg_random.hpp>

namespace tb {

using Rng = pcg64;

/// SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mixer.
constexpr std::uint64_t mix64(std::uint64_t z) noexcept {
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// Hashes a seed and up to three coordinates into one 64-bit value (distinct coordinates give unrelated
/// values).
constexpr std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0,
                                std::uint64_t c = 0) noexcept {
    std::uint64_t h = mix64(seed ^ 0x5851f42d4c957f2dULL);
    h = mix64(h ^ a);
    h = mix64(h ^ (b + 0x632be59bd9b4e019ULL));
    h = mix64(h ^ (c + 0x8cb92ba72f3d8dd7ULL));
    return h;
}

/// A pcg64 stream for the coordinates (seed, a, b, c): state and stream selector both derived from them.
inline Rng makeRng(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    const std::uint64_t s1 = mixSeed(seed, a, b, c);
    const std::uint64_t s2 = mix64(s1 ^ 0xda942042e4dd58b5ULL);
    const pcg_extras::pcg128_t state = (pcg_extras::pcg128_t(s1) << 64) | s2;
    const pcg_extras::pcg128_t stream = (pcg_extras::pcg128_t(mix64(s2)) << 64) | mix64(s1 + 1);
    return Rng(state, stream);
}

/// Uniform double in [0, 1) with 53 random bits.
inline double uniform01(Rng& g) noexcept {
    return double(g() >> 11) * 0x1.0p-53;
}

/// Uniform double in (0, 1): never 0, safe for logarithms.
inline double uniformOpen01(Rng& g) noexcept {
    return (double(g() >> 11) + 0.5) * 0x1.0p-53;
}

/// Uniform integer in [0, n) by Lemire's nearly-divisionless method (exact, portable).
inline std::uint64_t uniformBelow(Rng& g, std::uint64_t n) noexcept {
    std::uint64_t x = g();
    pcg_extras::pcg128_t m = pcg_extras::pcg128_t(x) * n;
    std::uint64_t l = (std::uint64_t)m;
    if (l < n) {
        const std::uint64_t t = (0 - n) % n;
        while (l < t) {
            x = g();
            m = pcg_extras::pcg128_t(x) * n;
            l = (std::uint64_t)m;
        }
    }
    return (std::uint64_t)(m >> 64);
}

} // namespace tb

#pragma once
// Throughput benchmark of the bandit policies through the normal Runner (the real path), used by
// `trialbench-cli bench` and tests/benchmarks/bench_bandit.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace tb {

struct BenchRow {
    std::string policy; ///< policy label
    int threads;        ///< worker threads actually used
    std::int64_t pulls; ///< horizon x replicates
    double seconds;     ///< wall time of Runner::run()
    double pullsPerSecond;
    double finalRegretMean;   ///< mean final pseudo-regret across replicates
    double finalRegretCiHalf; ///< half-width of its 95% t-interval
};

struct BenchOptions {
    std::string preset = "classic-10-arm";
    int replicates = 100;
    std::vector<std::string> policies; ///< policy type names; empty = every policy type
    std::vector<int> threads = {1, 0}; ///< 0 = all cores
};

/// Splits a comma-separated option value (`--policies ucb1,kl-ucb`, `--threads 1,0`) into its non-empty
/// items, for both front ends of the benchmark.
std::vector<std::string> splitBenchList(const std::string& value);

/// Runs each policy alone on the preset's environment and horizon, once per thread setting, and returns one
/// row per (policy, threads) in that order, calling `onRow` as each row completes. A policy the preset lists
/// keeps the preset's parameters; others use their defaults. Throws InputError on an unknown preset or policy
/// type.
std::vector<BenchRow> runBenchmark(const BenchOptions& options,
                                   const std::function<void(const BenchRow&)>& onRow = {});

} // namespace tb

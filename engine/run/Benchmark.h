#pragma once
// Throughput benchmark of any kind's compared variants (the bandit policies, say) through the normal Runner
// (the real path), used by `trialbench-cli bench` and tests/benchmarks/bench_bandit. It knows nothing of any
// particular kind: the variants come from the kind's ParamSpec (the VariantList named by Kind::variantsKey())
// and the quality figure beside each speed is the kind's headline metric.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace tb {

struct BenchRow {
    std::string preset;   ///< preset measured
    std::string variant;  ///< label of the variant (policy) run alone; the experiment's only run
    int threads;          ///< worker threads actually used
    std::int64_t steps;   ///< simulated steps: horizon x replicates for bandits
    std::string stepUnit; ///< the kind's unit of a step ("pulls")
    double seconds;       ///< wall time of Runner::run()
    double stepsPerSecond;
    std::string metric;      ///< name of the kind's headline metric ("pseudo_regret")
    std::string metricLabel; ///< its label ("Cumulative pseudo-regret")
    double metricMean;       ///< its final mean across replicates
    double metricCiHalf;     ///< half-width of its 95% t-interval
};

/// The presets `bench` measures by default: classic-10-arm (far-apart arms) and the two instances on which
/// the exact-index shortcuts work hardest, close-5-arm and low-mean-12-arm.
const std::vector<std::string>& defaultBenchPresets();

struct BenchOptions {
    std::vector<std::string> presets = defaultBenchPresets();
    int replicates = 100;
    std::vector<std::string> variants; ///< variant (policy) type names; empty = every type of the kind
    std::vector<int> threads = {1, 0}; ///< 0 = all cores
};

/// Splits a comma-separated option value (`--policies ucb1,kl-ucb`, `--threads 1,0`) into its non-empty
/// items, for both front ends of the benchmark.
std::vector<std::string> splitBenchList(const std::string& value);

/// For each preset in turn, runs each variant alone on the preset's config, once per thread setting, and
/// returns one row per (preset, variant, threads) in that order, calling `onRow` as each row completes. A
/// variant the preset lists keeps the preset's parameters; others use their defaults. A kind without a
/// variant list (empty variantsKey()) is measured as the preset stands, one row per thread setting. Throws
/// InputError on an unknown preset or variant type, before anything is measured.
std::vector<BenchRow> runBenchmark(const BenchOptions& options,
                                   const std::function<void(const BenchRow&)>& onRow = {});

} // namespace tb

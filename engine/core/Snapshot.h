#pragma once
// The aggregated state of a run, as the Runner publishes it and the store rebuilds it: kind-neutral, so the
// runner, the store, the CLI and the widgets share one shape for live and stored runs.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Kind.h"
#include "core/Stats.h"

namespace tb {

enum class RunStatus { Running, Finished, Interrupted, Failed };
/// "running", "finished", "interrupted", "failed": the text stored in the store and printed by the CLI.
const char* toString(RunStatus s);
/// The inverse of toString(RunStatus); nothing for any other text.
std::optional<RunStatus> runStatusFromString(std::string_view text);

/// The aggregated state of a run so far. Immutable once published.
struct Snapshot {
    std::vector<std::int64_t> grid; ///< every checkpoint step of the run
    std::size_t done = 0;           ///< checkpoints aggregated so far
    std::vector<RunSpec> runs;      ///< compared variants
    std::vector<MetricDecl> series; ///< Series metrics (order of the inner index below)
    std::vector<MetricDecl> perCategory;
    std::vector<std::string> categoryNames;
    /// seriesStats[run][metric][checkpoint], checkpoint < done
    std::vector<std::vector<std::vector<AggStats>>> seriesStats;
    /// finalValues[run][metric][replicate]: each replicate's value at the last completed checkpoint
    std::vector<std::vector<std::vector<double>>> finalValues;
    /// categoryStats[run][metric][category] after the first categoryDone checkpoints: while running they are
    /// refreshed with the published snapshots (as often as their cost allows) and when paused; at the end of
    /// a finished run categoryDone == done == grid.size(). Empty when not known.
    std::vector<std::vector<std::vector<AggStats>>> categoryStats;
    std::size_t categoryDone = 0;
    std::vector<ReferenceCurve> references; ///< from Kind::references, for the whole grid
    /// Pooled metrics (order of the inner index below) and their counts summed over replicates through
    /// checkpoint done - 1: pooledCounts[run][metric].
    std::vector<MetricDecl> pooled;
    std::vector<std::vector<PooledCounts>> pooledCounts;
    /// Profile metrics (order of the middle index below) and each replicate's latest values:
    /// profiles[run][metric][replicate], null until the replicate reported them. Immutable vectors shared
    /// between snapshots, so publishing costs no copy of them. Live only: the store keeps what derive() made
    /// of them.
    std::vector<MetricDecl> profile;
    std::vector<std::vector<std::vector<std::shared_ptr<const std::vector<double>>>>> profiles;
    /// The kind derives an analysis from this run's data (it has Pooled or Profile metrics).
    bool derivesFromData() const { return !pooled.empty() || !profile.empty(); }
    /// Plots over a value axis (Kind::plots) and what Kind::derive computed per run from the pooled counts:
    /// derived[run], empty when the kind derives nothing. The Runner derives in full when a run ends; live
    /// views may replace them with quick derivations of newer pooled counts (derivedDone says which).
    std::vector<PlotDecl> plots;
    std::vector<Derivation> derived;
    std::size_t derivedDone = 0; ///< checkpoints whose pooled counts `derived` was computed from
    RunStatus status = RunStatus::Running;
    std::string message;        ///< failure or interruption reason
    std::int64_t stepsDone = 0; ///< simulated steps (e.g. pulls) over all runs and replicates
    std::int64_t stepsTotal = 0;
    double elapsedSeconds = 0;
    double stepsPerSecond = 0;
    std::uint64_t version = 0; ///< increases with every publication
};

} // namespace tb

#pragma once
// The display strings that the Runner, the LiveDeriver and the registry build from parts (tb::fill); the
// window translates them through tb::textPatterns() (Registry.h), which lists these.
#include "core/Tr.h"

namespace tb::run_text {

inline constexpr const char* kReplicateFailed = TB_TR("engine", "replicate %1: %2");
inline constexpr const char* kReplicateUnknown = TB_TR("engine", "replicate %1: unknown error");
inline constexpr const char* kAnalysisFailed = TB_TR("engine", "analysis failed: %1");
inline constexpr const char* kLiveAnalysisFailed = TB_TR("engine", "live analysis failed: %1");
inline constexpr const char* kStoppedAfter = TB_TR("engine", "stopped after %1 of %2 checkpoints");

inline constexpr const char* kMachineMemory = TB_TR("engine", "half of this machine's %1");
inline constexpr const char* kContainerMemory = TB_TR("engine", "half of this container's %1");
inline constexpr const char* kSeriesCost = TB_TR(
    "engine",
    "replicates × runs × metrics = %1 × %2 × %3 values per checkpoint, kept in about 5 copies of 8 bytes");
inline constexpr const char* kCategoryCost =
    TB_TR("engine", "replicates × runs × categories = %1 × %2 × %3 final per-category values of 8 bytes");
inline constexpr const char* kAggregationCost =
    TB_TR("engine", "aggregating %1 series × %2 checkpoints × %3 replicates");
inline constexpr const char* kMemoryLimit =
    TB_TR("engine", "needs about %1 of memory (mostly %2); the limit is %3 (%4)");
inline constexpr const char* kSetUpLimit = TB_TR(
    "engine", "needs about %1 of set-up before the first step (%2); the limit is %3; trialbench-cli run "
              "--allow-long lifts this limit");
inline constexpr const char* kSimulationLimit =
    TB_TR("engine", "needs about %1 of simulation on one core (%2); the limit is %3; trialbench-cli run "
                    "--allow-long lifts this limit");
inline constexpr const char* kKindNotString = TB_TR("engine", "expected a string (one of: %1)");

// Sweeps (run/Sweep.cpp).
inline constexpr const char* kSweepValueInvalid =
    TB_TR("engine", "the value %1 gives a config that is not valid: %2");
inline constexpr const char* kSweepMetricUnknown =
    TB_TR("engine", "'%1' is not a Series metric of this kind (one of: %2)");
inline constexpr const char* kSweepNotAPath = TB_TR(
    "engine", "'%1' is not a JSON path (keys joined by dots, indices in brackets: policies[0].epsilon)");
inline constexpr const char* kSweepNoValue =
    TB_TR("engine", "'%1' names no value of this config (a parameter that is not set, an index past the "
                    "end, or an unknown key)");
inline constexpr const char* kSweepNotNumber =
    TB_TR("engine", "'%1' is not a number: only numeric parameters can be swept");
inline constexpr const char* kSweepFixed =
    TB_TR("engine", "'%1' cannot be swept: every cell of a sweep runs the same replicates");
inline constexpr const char* kSweepTooMany =
    TB_TR("engine", "%1 cells; a sweep has at most %2 (e.g. two axes of 100 values)");
inline constexpr const char* kSweepWhole = TB_TR("engine", "the whole sweep (%1 cells) %2");
inline constexpr const char* kSweepCells = TB_TR("engine", "%1 cells, each a run of the config");
inline constexpr const char* kSweepGrid =
    TB_TR("engine", "'%1' changes the checkpoint grid (%2 checkpoints up to step %3 in one cell, %4 up to "
                    "step %5 in another); the cells of a sweep must share one grid");

inline constexpr const char* kAll[] = {
    kReplicateFailed,    kReplicateUnknown, kAnalysisFailed,  kLiveAnalysisFailed, kStoppedAfter,
    kMachineMemory,      kContainerMemory,  kSeriesCost,      kCategoryCost,       kAggregationCost,
    kMemoryLimit,        kSetUpLimit,       kSimulationLimit, kKindNotString,      kSweepValueInvalid,
    kSweepMetricUnknown, kSweepNotAPath,    kSweepNoValue,    kSweepNotNumber,     kSweepFixed,
    kSweepTooMany,       kSweepWhole,       kSweepCells,      kSweepGrid,
};

} // namespace tb::run_text

#pragma once
// The survival-game Kind (docs/survival.md): subjects try each task until they succeed; every task's failure
// count K is pooled across replicates; the tail of K, fitted on x = K + 1, decides the level.
#include "core/Kind.h"
#include "survival/TailAnalysis.h"

namespace tb::survival {

const Kind& survivalKind();

/// The analysis options of a validated, defaults-filled survival config, for run `run` (quick: the live
/// refresh's reduced bootstraps).
TailOptions tailOptions(const Json& config, std::size_t run, bool quick);

/// A survival config that analyses failure counts measured elsewhere: one "observed" subject holding
/// `counts` (K values; censored entries K >= value), one replicate, tasks = their number. `source` names the
/// data (a file name), `name` the experiment.
Json observedConfig(const PooledCounts& counts, const std::string& source, const std::string& name,
                    int bootstrap, int levelBootstrap, std::uint64_t seed = 1);

} // namespace tb::survival

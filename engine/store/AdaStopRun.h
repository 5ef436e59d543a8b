#pragma once
// AdaStop as a run mode (issue 13.2; docs/statistics.md, "AdaStop as a run mode"): the config's compared
// variants (policies) are AdaStop's agents. Interim k runs a batch of n replicates of the config with the
// seed mixSeed(seed, "ADASTOP", k) (so batches are independent and each is an ordinary, reproducible run of
// its own config), feeds every variant's n final values of the metric to tb::stats::AdaStop, and stops as
// soon as every pair is decided (or after K interims, where the undecided pairs are declared equal). Each
// batch is recorded as an experiment tagged adastop=FIRST_ID and interim=k; the decisions are written to the
// first one's notes.
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/Prepared.h"
#include "core/Snapshot.h"
#include "stats/AdaStop.h"
#include "store/RunStore.h"

namespace tb {

class Runner;

struct AdaStopRunOptions {
    stats::AdaStopOptions test; ///< n, interims K, permutations B, alpha, seed of the permutations
    std::string metric;         ///< Series metric compared ("" = the kind's headline)
    int threads = 0;            ///< the batches' Runner threads (0: all)
};

struct AdaStopRunResult {
    RunStatus status = RunStatus::Running;
    std::string message;
    std::string metric;
    bool lowerIsBetter = true;
    std::vector<std::string> agents;             ///< the variants' labels
    std::vector<std::vector<double>> values;     ///< every final value fed to the test, per agent
    std::vector<stats::AdaStopPair> pairs;       ///< the decisions
    std::vector<stats::AdaStopInterim> interims; ///< one per batch run
    std::vector<std::int64_t> experimentIds;     ///< the recorded batches
};

/// The config of interim k's batch: `config` (validated, complete) with n replicates and the batch's seed.
Json adaStopBatchConfig(const Json& config, int n, int interim);

class AdaStopRunner {
public:
    /// `config` is validated here (InputError with JSON paths; a config with fewer than two variants or an
    /// unknown metric is refused too). `store` null: nothing recorded.
    AdaStopRunner(const Json& config, AdaStopRunOptions options, RunStore* store);
    /// Runs batches until AdaStop has decided every pair or K interims ran; a stop ends it `interrupted` with
    /// the decisions so far.
    AdaStopRunResult run();
    void requestStop();
    /// Batches finished so far (thread-safe).
    int interimsDone() const;

private:
    Json m_config;
    AdaStopRunOptions m_options;
    RunStore* m_store;
    std::optional<Prepared> m_firstBatch; ///< batch 1, prepared by the constructor until run() takes it
    mutable std::mutex m_mutex;
    Runner* m_runner = nullptr;
    bool m_stop = false;
    int m_done = 0;
};

} // namespace tb

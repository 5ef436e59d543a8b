#pragma once
// Runner: runs the replicates of a prepared experiment in lockstep, checkpoint by checkpoint, over a small
// pool of std::jthread workers. After every checkpoint the values of all replicates are aggregated in
// replicate order (so the result is bit-identical for any thread count), handed to observers (the store) and
// published as a latest-wins snapshot for a GUI to pull. Pause waits between checkpoints, Step runs exactly
// one more, Stop is honoured before the next replicate chunk starts and at the latest at the end of the
// current checkpoint.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "core/Kind.h"
#include "core/Stats.h"
#include "run/Registry.h"

namespace tb {

enum class RunStatus { Running, Finished, Interrupted, Failed };
const char* toString(RunStatus s);

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
    /// categoryStats[run][metric][category]: filled when the run finished
    std::vector<std::vector<std::vector<AggStats>>> categoryStats;
    RunStatus status = RunStatus::Running;
    std::string message;        ///< failure or interruption reason
    std::int64_t stepsDone = 0; ///< simulated steps (e.g. pulls) over all runs and replicates
    std::int64_t stepsTotal = 0;
    double elapsedSeconds = 0;
    double stepsPerSecond = 0;
    std::uint64_t version = 0; ///< increases with every publication
};

/// Called on the runner's controlling thread (the one that called run()).
class RunObserver {
public:
    virtual ~RunObserver() = default;
    virtual void onStart(const Prepared& prepared, const Snapshot& initial) { (void)prepared, (void)initial; }
    /// Checkpoint `cp` has been aggregated: snapshot.seriesStats[..][..][cp] is new.
    virtual void onCheckpoint(std::size_t cp, const Snapshot& snapshot) { (void)cp, (void)snapshot; }
    /// The run ended (finished, interrupted or failed); `snapshot` is final.
    virtual void onFinish(const Snapshot& snapshot) { (void)snapshot; }
};

class Runner {
public:
    struct Options {
        int threads = 0; ///< 0: all hardware threads
        double publishIntervalSeconds =
            0.02; ///< minimum spacing of published snapshots (the last one always goes)
    };

    explicit Runner(Prepared prepared);
    Runner(Prepared prepared, Options options);
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    /// Runs to the end, or until stopped. Blocks the calling thread, which also does simulation work. Never
    /// throws: a failure inside a replicate ends the run with status Failed and the reason in the snapshot's
    /// message.
    std::shared_ptr<const Snapshot> run(RunObserver* observer = nullptr);

    // Thread-safe controls, callable from any thread while run() is under way.
    void requestStop();
    void setPaused(bool paused);
    bool isPaused() const;
    /// While paused: run exactly one more checkpoint, then pause again.
    void step();

    /// Latest published snapshot (never null after construction). Cheap: a shared_ptr copy under a short
    /// lock.
    std::shared_ptr<const Snapshot> latest() const;

    const Prepared& prepared() const { return m_prepared; }
    int threads() const { return m_threads; }

private:
    void workerLoop(std::stop_token st, int worker);
    void runChunk(std::size_t cp, std::size_t end, bool worker);

    static constexpr std::size_t kMaxBatch = 64;        ///< checkpoints per dispatch at most
    static constexpr std::int64_t kBatchWork = 1 << 18; ///< simulated steps per dispatch below which we batch
    void publish(std::shared_ptr<const Snapshot> s);

    Prepared m_prepared;
    Options m_options;
    int m_threads = 1;
    std::size_t m_nRuns = 0, m_nSeries = 0, m_nCat = 0, m_nCategories = 0;
    int m_replicates = 0;
    std::vector<std::int64_t> m_grid;
    std::vector<std::unique_ptr<ReplicateSim>> m_sims;
    std::vector<double> m_values; ///< [(run * nSeries + m) * replicates + r] at the current checkpoint

    // Work distribution for the checkpoint being computed.
    std::mutex m_workMutex;
    std::condition_variable_any
        m_workCv; ///< _any: its wait takes the worker's stop_token without lost wake-ups
    std::condition_variable m_doneCv;
    std::size_t m_jobCp = 0, m_jobEnd = 0;
    std::uint64_t m_jobGeneration = 0;
    std::atomic<int> m_nextReplicate{0};
    int m_finishedReplicates = 0;
    int m_skipped = 0;
    int m_activeWorkers = 0;
    std::string m_error;

    // Controls.
    std::stop_source m_stop;
    mutable std::mutex m_controlMutex;
    std::condition_variable m_controlCv;
    bool m_paused = false;
    int m_steps = 0;

    mutable std::mutex m_snapMutex;
    std::shared_ptr<const Snapshot> m_latest;
    std::vector<std::jthread> m_workers;
};

} // namespace tb

#pragma once
// Runner: runs the replicates of a prepared experiment in lockstep, checkpoint by checkpoint, over a small
// pool of std::jthread workers. After every checkpoint the values of all replicates are aggregated in
// replicate order (so the result is bit-identical for any thread count), handed to observers (the store) and
// published as a latest-wins snapshot for a GUI to pull. Pause waits between dispatches, Step runs exactly
// one more checkpoint, Stop reaches inside a replicate's advance (ReplicateSim polls the stop token) and
// lands within milliseconds at any horizon.
//
// Dispatch protocol (docs/ARCHITECTURE.md, "Runs: lockstep checkpoints"): every dispatch has a number. The
// replicates of a dispatch are claimed from one atomic word holding (dispatch number, next replicate), so a
// worker that wakes late can claim nothing but replicates of the dispatch it read under the lock; it can
// never take a replicate of a later dispatch with an earlier checkpoint range. The controller waits until
// every replicate of the dispatch is accounted for.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/Kind.h"
#include "core/Prepared.h"
#include "core/RunObserver.h"
#include "core/Snapshot.h"
#include "core/Stats.h"
#include "run/ReplicateExchange.h"

namespace tb {

class Runner {
public:
    struct Options {
        int threads = 0; ///< 0: all hardware threads
        double publishIntervalSeconds =
            0.02; ///< minimum spacing of published snapshots (the last one always goes)
        /// Spreads the replicates over processes (docs/cluster.md): this Runner simulates only the replicates
        /// the exchange says it owns; the root (rank 0) aggregates every replicate's values and calls the
        /// observer, the others only simulate (pass them no observer). Null: one process. Not owned.
        ReplicateExchange* exchange = nullptr;
    };

    explicit Runner(Prepared prepared);
    Runner(Prepared prepared, Options options);
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    /// Runs to the end, or until stopped. Blocks the calling thread, which also does simulation work. Never
    /// throws: a failure inside a replicate (or an observer) ends the run with status Failed and the reason
    /// in the snapshot's message. When fewer worker threads can be started than asked for (a thread or memory
    /// limit), the run goes on with those that started: the result does not depend on the thread count.
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
    /// Threads that simulate: as asked for (capped at the replicate count) before run(), as actually started
    /// once run() has started its workers. The calling thread is one of them, except when an exchange spreads
    /// the run over several processes: there it watches the exchange while as many workers simulate.
    int threads() const { return m_threads.load(); }

private:
    using Clock = std::chrono::steady_clock;

    /// One dispatch: checkpoints [cp, end) of every replicate.
    struct Job {
        std::uint64_t number = 0;
        std::size_t cp = 0, end = 0;
    };

    // The phases of run().
    std::string startReplicates(RunObserver* observer, Snapshot& master);
    void startWorkers();
    void stopWorkers();
    bool waitWhilePaused(bool& stepping);
    std::size_t batchEnd(std::size_t cp, bool stepping) const;
    /// Runs checkpoints [cp, end) of every replicate on all threads; returns how many of them every
    /// replicate completed (fewer than end - cp only when stopped), or throws the first replicate's error.
    std::size_t dispatch(std::size_t cp, std::size_t end);
    /// The end of dispatch() with an exchange: the other processes' replicates to the root, the root's
    /// decision to the others (a non-root process returns end - cp to go on, 0 to stop). A non-root process
    /// does not wait for the decision: it sends the dispatch and goes on with the next ones, at most
    /// kMaxAhead dispatches (kMaxAheadBytes of values) ahead of the root's decisions, which come meanwhile
    /// (pollVerdicts()); the root receives exactly what it would without the overlap (ReplicateExchange.h).
    std::size_t exchange(DispatchParts& parts, std::string error);
    /// The buffers of dispatch [cp, end) for the exchange (empty without one).
    DispatchParts dispatchParts(std::size_t cp, std::size_t end);
    /// During a dispatch on the root: takes the other processes' values that have come; whether all have.
    bool gather(DispatchParts& parts);
    /// A non-root process applies the root's decision: `complete` on Continue, 0 on Stop; throws on Fail.
    std::size_t follow(ExchangeVerdict verdict, const std::string& message, std::size_t complete);
    /// A non-root process got the root's decision on its oldest dispatch ahead: false (and stop) unless
    /// Continue.
    bool decided(ExchangeVerdict verdict);
    /// During a dispatch on a non-root process: takes the root's decisions that have come (a Stop or Fail
    /// stops the dispatch; each Continue lets the exchange send the next dispatch held back).
    void pollVerdicts();
    /// Whether this process aggregates and observes (no exchange, or its root).
    bool aggregates() const { return !m_options.exchange || m_options.exchange->isRoot(); }
    /// Whether the run is spread over several processes: the calling thread then watches the exchange
    /// during a dispatch while the workers simulate.
    bool overProcesses() const { return m_options.exchange && m_options.exchange->ranks() > 1; }
    /// The root tells the other processes whether to go on (nothing without an exchange).
    void decide(ExchangeVerdict verdict, const std::string& message);
    void aggregate(std::size_t cp, std::size_t c, Snapshot& master);
    std::string aggregateCategories(Snapshot& master);
    /// Mid-run: categories at master.done (replicates must be between dispatches), unless refreshed recently
    /// relative to their cost and not `always`.
    void refreshCategories(Snapshot& master, bool always);
    /// Snapshot::derived from the pooled counts (full: with the kind's bootstraps).
    void derive(Snapshot& master, bool full);
    std::shared_ptr<const Snapshot> finish(Snapshot& master, RunObserver* observer, RunStatus status,
                                           std::string message);
    void publish(std::shared_ptr<const Snapshot> s);

    // Simulation work, on the controlling thread and the workers.
    void workerLoop(std::stop_token st);
    void work(const Job& job);
    /// The next replicate of dispatch `number`, or -1 when none is left (or the dispatch is over).
    int claim(std::uint64_t number);

    static constexpr std::size_t kMaxBatch = 64;        ///< checkpoints per dispatch at most
    static constexpr std::int64_t kBatchWork = 1 << 18; ///< simulated steps per dispatch below which we batch
    /// How often the calling thread looks at the exchange during a dispatch over several processes.
    static constexpr std::chrono::milliseconds kExchangePoll{1};
    /// Dispatches a following process may have sent without the root's decision, and their values' bytes.
    static constexpr std::size_t kMaxAhead = 4;
    static constexpr std::size_t kMaxAheadBytes = std::size_t(64) << 20;

    Prepared m_prepared;
    Options m_options;
    std::atomic<int> m_threads{1};
    std::size_t m_nRuns = 0, m_nSeries = 0, m_nCat = 0, m_nCategories = 0, m_nPooled = 0, m_nProfile = 0;
    int m_replicates = 0;
    std::vector<std::int64_t> m_grid;
    std::vector<std::unique_ptr<ReplicateSim>> m_sims; ///< [r]; null for replicates another process owns
    std::vector<int> m_owned; ///< the replicates this process simulates, ascending (all without an exchange)
    /// [(c - cp) * perCp + (run * nSeries + m) * replicates + r] for the checkpoints of the current dispatch
    std::vector<double> m_values;
    /// Checkpoints of the current dispatch replicate r completed (written by whoever claimed r).
    std::vector<std::size_t> m_completed;
    std::vector<double> m_scratch;
    /// [((c - cp) * replicates + r) * runs * nPooled + run * nPooled + p]: observations of replicate r while
    /// advancing to checkpoint c of the current dispatch
    std::vector<PooledCounts> m_pooledDelta;
    /// The same layout for the Profile metrics: what replicate r reported on reaching checkpoint c (empty:
    /// nothing new)
    std::vector<std::vector<double>> m_profileDelta;
    Clock::time_point m_start;
    Clock::duration m_pausedFor{};
    Clock::time_point m_lastCategories; ///< end of the last mid-run refresh of the categories
    Clock::duration m_categoriesCost{}; ///< how long it took

    // Work distribution.
    std::mutex m_workMutex;
    std::condition_variable_any
        m_workCv; ///< _any: its wait takes the worker's stop_token without lost wake-ups
    std::condition_variable m_doneCv;
    Job m_job;           ///< guarded by m_workMutex
    int m_accounted = 0; ///< owned replicates of m_job finished or skipped; guarded by m_workMutex
    std::string m_error; ///< first replicate error; guarded by m_workMutex
    std::atomic<std::uint64_t> m_claim{0}; ///< (job number << 32) | next index into m_owned
    std::stop_source m_stop;
    // Over several processes (the controlling thread only). A non-root process: the dispatches it sent
    // without the root's decision yet (their value bytes), their sum, and a Stop or Fail pollVerdicts() got.
    std::deque<std::size_t> m_ahead;
    std::size_t m_aheadBytes = 0;
    std::optional<std::pair<ExchangeVerdict, std::string>> m_ended;
    std::exception_ptr m_exchangeError; ///< gather() or pollVerdicts() found the exchange broken
    std::stop_source m_deriveStop;      ///< stops a final derivation (Stop while the run is being analysed)

    // Controls.
    mutable std::mutex m_controlMutex;
    std::condition_variable m_controlCv;
    bool m_paused = false;
    int m_steps = 0;

    mutable std::mutex m_snapMutex;
    std::shared_ptr<const Snapshot> m_latest;
    std::vector<std::jthread> m_workers;
};

} // namespace tb

#pragma once
// ReplicateExchange: the seam through which one run's replicates are spread over several processes (MPI
// ranks, docs/cluster.md) while the result stays bit-identical to one process. The engine knows nothing of
// MPI: the Runner simulates the replicates this process owns (round robin, r % ranks == rank), and after
// every dispatch hands its buffers to the exchange. On the root (rank 0) the exchange fills in every other
// process's replicates (values, completed checkpoints, pooled and profile parts), so the root aggregates all
// of them in replicate order exactly as a single process would; elsewhere it sends them and returns the
// root's decision. An implementation over MPI lives in app/mpi (tb_mpi), built only when CMake finds MPI.
#include <cstddef>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

#include "core/Pooled.h"

namespace tb {

/// The Runner's buffers for one dispatch (checkpoints [cp, end) of every replicate), laid out as in Runner.h.
struct DispatchParts {
    std::size_t cp = 0, end = 0;
    int replicates = 0;               ///< R, every process's replicates together
    std::size_t valuesPer = 0;        ///< Series values per replicate and checkpoint (runs × Series metrics)
    std::size_t pooledPer = 0;        ///< runs × Pooled metrics
    std::size_t profilePer = 0;       ///< runs × Profile metrics
    std::span<double> values;         ///< [(c - cp) * valuesPer * R + i * R + r]
    std::span<std::size_t> completed; ///< [r]: checkpoints of this dispatch replicate r completed
    std::span<PooledCounts> pooled;   ///< [((c - cp) * R + r) * pooledPer + k]
    std::span<std::vector<double>> profiles; ///< [((c - cp) * R + r) * profilePer + k]
    std::string error; ///< the first replicate error (this process's; on the root, after collect, anyone's)
};

/// What the root decided after aggregating and observing a dispatch.
enum class ExchangeVerdict {
    Continue, ///< go on with the next dispatch
    Stop,     ///< the run was stopped (a signal, a replicate that stopped early): end it interrupted
    Fail,     ///< the run failed (the message says why): end it failed
};

class ReplicateExchange {
public:
    virtual ~ReplicateExchange() = default;
    virtual int rank() const = 0;  ///< 0: the root, which aggregates, observes and records
    virtual int ranks() const = 0; ///< number of processes
    /// Whether this process simulates replicate r (round robin).
    bool owns(int r) const { return r % ranks() == rank(); }
    bool isRoot() const { return rank() == 0; }

    /// Every process, after simulating its replicates of a dispatch. The root receives every other process's
    /// replicates into `parts` (their first error into parts.error when it has none of its own) and returns
    /// Continue; any other process sends its own and returns the root's decision, with the root's message in
    /// `message` (send() then verdict(true)). Throws RuntimeError when the exchange itself fails (a process
    /// gone or not answering after `stop` was requested); the exchange is then broken and decide() does
    /// nothing.
    virtual ExchangeVerdict collect(DispatchParts& parts, const std::stop_token& stop,
                                    std::string& message) = 0;
    /// Root only, while it simulates its replicates of a dispatch: receives the other processes' replicates
    /// that have come (into `parts`, as collect(), which then waits for the rest); returns whether all have.
    /// Taking each process's values as soon as they come leaves none waiting long on the way (a process that
    /// dies while the root copies its message can take the root down: docs/cluster.md). Throws RuntimeError
    /// (and breaks) as collect().
    virtual bool gather(DispatchParts& parts) = 0;
    /// Root only, after aggregating and observing a dispatch: tells the other processes whether to go on.
    virtual void decide(ExchangeVerdict verdict, const std::string& message) = 0;

    // Overlap (processes other than the root): a Runner sends a dispatch's replicates with send() and goes on
    // simulating the next dispatches while the root aggregates and decides; it learns the decisions with
    // verdict(). The root sees the same messages in the same order as with collect(): a dispatch is held
    // back until the root has answered Continue to the one before, so the root never receives a dispatch
    // it did not ask for, and an overlap cannot change what it aggregates.

    /// Not the root: sends this process's replicates of a dispatch (or holds them back until the root said
    /// Continue to every dispatch before) and returns without waiting for the root's decision. Throws
    /// RuntimeError (and breaks) as collect().
    virtual void send(DispatchParts& parts) = 0;
    /// Not the root: the root's decision on the oldest dispatch sent and not decided yet (its message in
    /// `message`). With `wait` blocks until it comes; without, returns nothing when it has not come yet (a
    /// cheap poll). After a Stop or Fail the dispatches held back are dropped. Throws RuntimeError (and
    /// breaks) as collect().
    virtual std::optional<ExchangeVerdict> verdict(bool wait, std::string& message) = 0;
    /// Every process, after the last checkpoint: the PerCategory values of this process's replicates
    /// (all[r * per + i]) go to the root, which gets them all; `error` is this process's failure ("" none),
    /// on the root the first failure of any process after the call.
    virtual void collectCategories(std::span<double> all, std::size_t per, std::string& error) = 0;
};

} // namespace tb

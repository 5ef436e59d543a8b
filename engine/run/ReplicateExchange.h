#pragma once
// ReplicateExchange: the seam through which one run's replicates are spread over several processes (MPI
// ranks, docs/cluster.md) while the result stays bit-identical to one process. The engine knows nothing of
// MPI: the Runner simulates the replicates this process owns (round robin, r % ranks == rank), and after
// every dispatch hands its buffers to the exchange. On the root (rank 0) the exchange fills in every other
// process's replicates (values, completed checkpoints, pooled and profile parts), so the root aggregates all
// of them in replicate order exactly as a single process would; elsewhere it sends them and returns the
// root's decision. An implementation over MPI lives in app/mpi (tb_mpi), built only when CMake finds MPI.
#include <cstddef>
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
    /// `message`. Throws RuntimeError when the exchange itself fails (a process gone or not answering after
    /// `stop` was requested); the exchange is then broken and decide() does nothing.
    virtual ExchangeVerdict collect(DispatchParts& parts, const std::stop_token& stop,
                                    std::string& message) = 0;
    /// Root only, after aggregating and observing a dispatch: tells the other processes whether to go on.
    virtual void decide(ExchangeVerdict verdict, const std::string& message) = 0;
    /// Every process, after the last checkpoint: the PerCategory values of this process's replicates
    /// (all[r * per + i]) go to the root, which gets them all; `error` is this process's failure ("" none),
    /// on the root the first failure of any process after the call.
    virtual void collectCategories(std::span<double> all, std::size_t per, std::string& error) = 0;
};

} // namespace tb

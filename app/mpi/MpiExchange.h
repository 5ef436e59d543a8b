#pragma once
// tb_mpi: runs one experiment's replicates over MPI ranks (docs/cluster.md). Built only when CMake finds MPI;
// the engine and the window never depend on it. MpiSession initialises and finalises MPI for one command;
// MpiExchange implements the Runner's ReplicateExchange over MPI_COMM_WORLD: after every dispatch each
// rank > 0 sends its replicates' checkpoint values (plus pooled and profile parts, completed counts and its
// first error) to rank 0, which receives them while it simulates its own, aggregates them in replicate order
// and answers with its decision. A rank > 0 goes on with its next dispatches meanwhile; their messages wait
// in the rank until rank 0 has said Continue to the one before.
#include <mpi.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

#include "run/ReplicateExchange.h"

namespace tb::mpi {

/// MPI for the lifetime of one command: MPI_Init_thread (funneled: only the thread that created the session
/// calls MPI), errors returned rather than fatal, MPI_Finalize on destruction.
class MpiSession {
public:
    MpiSession();
    ~MpiSession();
    MpiSession(const MpiSession&) = delete;
    MpiSession& operator=(const MpiSession&) = delete;
    int rank() const { return m_rank; }
    int size() const { return m_size; }
    /// Ranks on this node (MPI_COMM_TYPE_SHARED).
    int localSize() const { return m_localSize; }
    /// Collective: whether `ok` holds on every rank.
    bool allAgree(bool ok);
    /// Ends every rank of the job (MPI_Abort) with `code`: for when other ranks may be waiting on this one.
    [[noreturn]] void abort(int code);

private:
    int m_rank = 0, m_size = 1, m_localSize = 1;
};

/// Default worker threads per rank: the cores this rank may run on (its affinity, which mpirun or srun set
/// when they bind ranks), at most this node's hardware threads divided by the ranks on it.
int defaultThreadsPerRank(const MpiSession& session);

class MpiExchange : public ReplicateExchange {
public:
    explicit MpiExchange(const MpiSession& session);
    int rank() const override { return m_rank; }
    int ranks() const override { return m_size; }
    ExchangeVerdict collect(DispatchParts& parts, const std::stop_token& stop, std::string& message) override;
    void decide(ExchangeVerdict verdict, const std::string& message) override;
    void collectCategories(std::span<double> all, std::size_t per, std::string& error) override;
    bool gather(DispatchParts& parts) override;
    void send(DispatchParts& parts) override;
    std::optional<ExchangeVerdict> verdict(bool wait, std::string& message) override;

    /// The exchange failed (a rank gone or silent after a stop): other ranks may be waiting.
    bool broken() const { return m_broken; }
    /// No rank waits on the root any more (a Stop or Fail was sent, or the categories were gathered).
    bool released() const { return m_released; }
    /// How long the root waits for the other ranks once a stop has been requested (a signal: mpirun and srun
    /// signal every rank, which then stop within milliseconds); a rank silent beyond it is taken as dead.
    static constexpr std::chrono::milliseconds kStopGrace{500};

private:
    /// Blocks until a message with `tag` from `source` (MPI_ANY_SOURCE allowed) can be received, polling so
    /// that the root notices a stop; returns its source and size in bytes. Throws (and breaks) on an MPI
    /// error or, once `stop` is requested, after kStopGrace (naming the ranks in `missing`).
    std::pair<int, int> waitFor(int source, int tag, const std::stop_token* stop,
                                const std::vector<int>& missing);
    std::vector<char> receive(int source, int tag, int bytes);
    [[noreturn]] void fail(const std::string& what);
    /// TRIALBENCH_MPI_FAULT=throw@RANK:ROUND or exit@RANK:ROUND (tests): fails this rank at that round.
    void injectFault(std::string& error, std::uint64_t round);

    int m_rank = 0, m_size = 1;
    std::uint64_t m_round = 0; ///< dispatches exchanged so far (decided, on the other ranks)
    // Not the root: the dispatches sent and not decided yet, oldest first. Only the oldest is on its way to
    // the root (m_sendRequest); the others wait for its Continue (ReplicateExchange::send).
    std::deque<std::vector<char>> m_held;
    MPI_Request m_sendRequest = MPI_REQUEST_NULL;
    std::uint64_t m_sentRound = 0; ///< the round number of the next dispatch send() takes
    void postOldest();
    // Rank 0: the ranks whose parts of the current dispatch have not come yet, and the first error of those
    // that have.
    std::vector<int> m_missing;
    bool m_gathering = false;
    std::string m_theirError;
    void startGathering();
    /// Receives rank src's parts of the current dispatch (bytes long) into `parts`.
    void take(int src, int bytes, DispatchParts& parts);
    bool m_broken = false, m_released = false;
    std::string m_faultMode;
    int m_faultRank = -1;
    std::uint64_t m_faultRound = 0;
};

} // namespace tb::mpi

#include "MpiExchange.h"

#include <mpi.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sched.h>
#include <thread>
#include <tuple>

#include "core/Error.h"

namespace tb::mpi {

namespace {

constexpr int kTagParts = 11, kTagVerdict = 12, kTagCategories = 13;

/// Appends plain values to a byte buffer.
class MpiWriter {
public:
    template <class T> void put(const T& v) {
        const auto* p = reinterpret_cast<const char*>(&v);
        m_bytes.insert(m_bytes.end(), p, p + sizeof(T));
    }
    template <class T> void putArray(const T* v, std::size_t n) {
        const auto* p = reinterpret_cast<const char*>(v);
        m_bytes.insert(m_bytes.end(), p, p + n * sizeof(T));
    }
    void putString(const std::string& s) {
        put(std::uint64_t(s.size()));
        putArray(s.data(), s.size());
    }
    std::vector<char>& bytes() { return m_bytes; }

private:
    std::vector<char> m_bytes;
};

/// Reads what MpiWriter wrote, checking bounds.
class MpiReader {
public:
    MpiReader(const std::vector<char>& bytes, int source) : m_bytes(bytes), m_source(source) {}
    template <class T> T get() {
        T v;
        getArray(&v, 1);
        return v;
    }
    template <class T> void getArray(T* v, std::size_t n) {
        if (n == 0) return; // an empty array's pointer may be null, which memcpy must not get
        if (n > (m_bytes.size() - m_at) / sizeof(T))
            throw RuntimeError("MPI: a malformed message from rank " + std::to_string(m_source));
        std::memcpy(static_cast<void*>(v), m_bytes.data() + m_at, n * sizeof(T));
        m_at += n * sizeof(T);
    }
    std::string getString() {
        std::string s(get<std::uint64_t>(), '\0');
        getArray(s.data(), s.size());
        return s;
    }

private:
    const std::vector<char>& m_bytes;
    std::size_t m_at = 0;
    int m_source;
};

void mpiPutCounts(MpiWriter& w, const std::vector<PooledCounts::Entry>& entries) {
    w.put(std::uint64_t(entries.size()));
    for (const auto& [value, count] : entries) {
        w.put(value);
        w.put(count);
    }
}

void mpiGetCounts(MpiReader& rd, std::vector<PooledCounts::Entry>& entries) {
    entries.resize(rd.get<std::uint64_t>());
    for (auto& [value, count] : entries) {
        value = rd.get<std::int64_t>();
        count = rd.get<std::int64_t>();
    }
}

std::string mpiErrorText(int code) {
    char text[MPI_MAX_ERROR_STRING];
    int len = 0;
    if (MPI_Error_string(code, text, &len) != MPI_SUCCESS) return "MPI error " + std::to_string(code);
    return std::string(text, std::size_t(len));
}

/// The replicates rank `k` of `size` owns, ascending (round robin, as ReplicateExchange::owns).
std::vector<int> mpiOwnedBy(int k, int size, int replicates) {
    std::vector<int> out;
    for (int r = k; r < replicates; r += size) out.push_back(r);
    return out;
}

} // namespace

// --- MpiSession -------------------------------------------------------------------------------------------

MpiSession::MpiSession() {
    int provided = 0;
    if (MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS)
        throw RuntimeError("MPI_Init_thread failed");
    MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
    MPI_Comm_rank(MPI_COMM_WORLD, &m_rank);
    MPI_Comm_size(MPI_COMM_WORLD, &m_size);
    MPI_Comm local = MPI_COMM_NULL;
    if (MPI_Comm_split_type(MPI_COMM_WORLD, MPI_COMM_TYPE_SHARED, 0, MPI_INFO_NULL, &local) == MPI_SUCCESS) {
        MPI_Comm_size(local, &m_localSize);
        MPI_Comm_free(&local);
    }
}

MpiSession::~MpiSession() {
    MPI_Finalize();
}

bool MpiSession::allAgree(bool ok) {
    int mine = ok ? 1 : 0, all = 0;
    if (MPI_Allreduce(&mine, &all, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD) != MPI_SUCCESS) return false;
    return all == 1;
}

void MpiSession::abort(int code) {
    MPI_Abort(MPI_COMM_WORLD, code);
    std::_Exit(code); // MPI_Abort does not return; this is for the compiler
}

int defaultThreadsPerRank(const MpiSession& session) {
    const int hardware = int(std::max(1u, std::thread::hardware_concurrency()));
    int allowed = hardware;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) allowed = std::max(1, CPU_COUNT(&set));
    return std::max(1, std::min(allowed, hardware / std::max(1, session.localSize())));
}

// --- MpiExchange ------------------------------------------------------------------------------------------

MpiExchange::MpiExchange(const MpiSession& session) : m_rank(session.rank()), m_size(session.size()) {
    // A test hook: TRIALBENCH_MPI_FAULT=throw@RANK:ROUND reports a replicate failure from RANK at dispatch
    // ROUND; exit@RANK:ROUND ends RANK there without a word (a rank that dies).
    if (const char* f = std::getenv("TRIALBENCH_MPI_FAULT")) {
        const std::string s = f;
        const auto at = s.find('@'), colon = s.find(':');
        if (at != std::string::npos && colon != std::string::npos && colon > at) {
            m_faultMode = s.substr(0, at);
            m_faultRank = std::atoi(s.substr(at + 1, colon - at - 1).c_str());
            m_faultRound = std::uint64_t(std::strtoull(s.substr(colon + 1).c_str(), nullptr, 10));
        }
    }
}

void MpiExchange::fail(const std::string& what) {
    m_broken = true;
    throw RuntimeError(what);
}

void MpiExchange::injectFault(std::string& error, std::uint64_t round) {
    if (m_faultRank != m_rank || m_faultRound != round) return;
    if (m_faultMode == "exit") {
        // A rank that dies while it simulates: its earlier values have reached rank 0 (rank 0 takes them as
        // they come, see gather()); dying while rank 0 copies them is another matter (docs/cluster.md).
        if (m_sendRequest != MPI_REQUEST_NULL) MPI_Wait(&m_sendRequest, MPI_STATUS_IGNORE);
        std::_Exit(3);
    }
    if (m_faultMode == "throw" && error.empty())
        error = "replicate failure injected by TRIALBENCH_MPI_FAULT on rank " + std::to_string(m_rank);
}

std::pair<int, int> MpiExchange::waitFor(int source, int tag, const std::stop_token* stop,
                                         const std::vector<int>& missing) {
    using Clock = std::chrono::steady_clock;
    auto pause = std::chrono::microseconds(20);
    Clock::time_point stoppedAt{};
    bool stopped = false;
    for (;;) {
        int flag = 0;
        MPI_Status status;
        if (const int rc = MPI_Iprobe(source, tag, MPI_COMM_WORLD, &flag, &status); rc != MPI_SUCCESS)
            fail("MPI: waiting for rank " +
                 std::to_string(source == MPI_ANY_SOURCE ? missing.front() : source) + ": " +
                 mpiErrorText(rc));
        if (flag) {
            int bytes = 0;
            MPI_Get_count(&status, MPI_BYTE, &bytes);
            return {status.MPI_SOURCE, bytes};
        }
        if (stop && stop->stop_requested()) {
            if (!stopped) {
                stopped = true;
                stoppedAt = Clock::now();
            } else if (Clock::now() - stoppedAt > kStopGrace) {
                std::string ranks;
                for (int k : missing) ranks += (ranks.empty() ? "" : ", ") + std::to_string(k);
                fail((missing.size() > 1 ? "ranks " : "rank ") + ranks + " did not answer within " +
                     std::to_string(kStopGrace.count()) +
                     " ms of the stop: taken as dead (the run is incomplete)");
            }
        }
        // Poll with a short back-off: a dispatch's answer usually comes within microseconds, and a waiting
        // rank should not take a core from the ranks that still simulate (oversubscribed nodes).
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::microseconds(1000));
    }
}

std::vector<char> MpiExchange::receive(int source, int tag, int bytes) {
    std::vector<char> buf(std::size_t(std::max(bytes, 0)));
    if (const int rc = MPI_Recv(buf.data(), bytes, MPI_BYTE, source, tag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        rc != MPI_SUCCESS)
        fail("MPI: receiving from rank " + std::to_string(source) + ": " + mpiErrorText(rc));
    return buf;
}

void MpiExchange::send(DispatchParts& parts) {
    if (m_broken) throw RuntimeError("MPI: the exchange failed earlier");
    if (m_rank == 0) fail("MPI: rank 0 sent a dispatch (internal error)");
    const std::uint64_t round = m_sentRound;
    injectFault(parts.error, round);
    const std::size_t n = parts.end - parts.cp, R = std::size_t(parts.replicates);
    const std::vector<int> mine = mpiOwnedBy(m_rank, m_size, parts.replicates);
    MpiWriter w;
    w.put(round);
    w.put(std::uint64_t(parts.cp));
    w.put(std::uint64_t(parts.end));
    w.putString(parts.error);
    for (int r : mine) w.put(std::uint64_t(parts.completed[std::size_t(r)]));
    for (std::size_t c = 0; c < n; ++c)
        for (std::size_t i = 0; i < parts.valuesPer; ++i)
            for (int r : mine) w.put(parts.values[(c * parts.valuesPer + i) * R + std::size_t(r)]);
    for (std::size_t c = 0; c < n; ++c)
        for (int r : mine)
            for (std::size_t k = 0; k < parts.pooledPer; ++k) {
                const PooledCounts& pc = parts.pooled[(c * R + std::size_t(r)) * parts.pooledPer + k];
                mpiPutCounts(w, pc.exact);
                mpiPutCounts(w, pc.atLeast);
            }
    for (std::size_t c = 0; c < n; ++c)
        for (int r : mine)
            for (std::size_t k = 0; k < parts.profilePer; ++k) {
                const auto& v = parts.profiles[(c * R + std::size_t(r)) * parts.profilePer + k];
                w.put(std::uint64_t(v.size()));
                w.putArray(v.data(), v.size());
            }
    if (w.bytes().size() > std::size_t(INT_MAX))
        fail("MPI: a dispatch's values exceed 2 GiB per rank; use more ranks or fewer replicates");
    ++m_sentRound;
    m_held.push_back(std::move(w.bytes()));
    if (m_held.size() == 1) postOldest(); // else it goes when the root has said Continue to the ones before
}

void MpiExchange::postOldest() {
    // The message stays alive until the root's decision on it: the root answers only after receiving it.
    std::vector<char>& bytes = m_held.front();
    if (const int rc = MPI_Isend(bytes.data(), int(bytes.size()), MPI_BYTE, 0, kTagParts, MPI_COMM_WORLD,
                                 &m_sendRequest);
        rc != MPI_SUCCESS)
        fail("MPI: sending to rank 0: " + mpiErrorText(rc));
}

std::optional<ExchangeVerdict> MpiExchange::verdict(bool wait, std::string& message) {
    if (m_broken) throw RuntimeError("MPI: the exchange failed earlier");
    if (m_rank == 0 || m_held.empty()) fail("MPI: waiting for a decision on no dispatch (internal error)");
    int source = 0, bytes = 0;
    if (wait) {
        // No stop grace here: if rank 0 is gone, the launcher ends this rank.
        std::tie(source, bytes) = waitFor(0, kTagVerdict, nullptr, {0});
    } else {
        int flag = 0;
        MPI_Status status;
        if (const int rc = MPI_Iprobe(0, kTagVerdict, MPI_COMM_WORLD, &flag, &status); rc != MPI_SUCCESS)
            fail("MPI: waiting for rank 0: " + mpiErrorText(rc));
        if (!flag) return std::nullopt;
        MPI_Get_count(&status, MPI_BYTE, &bytes);
    }
    const std::vector<char> answer = receive(source, kTagVerdict, bytes);
    if (const int rc = MPI_Wait(&m_sendRequest, MPI_STATUS_IGNORE); rc != MPI_SUCCESS)
        fail("MPI: sending to rank 0: " + mpiErrorText(rc));
    m_held.pop_front();
    MpiReader rd(answer, 0);
    if (rd.get<std::uint64_t>() != m_round) fail("MPI: rank 0 answered another dispatch");
    const auto v = ExchangeVerdict(rd.get<std::uint8_t>());
    message = rd.getString();
    ++m_round;
    if (v != ExchangeVerdict::Continue) {
        // The run ends here: the dispatches simulated ahead are dropped, never sent.
        m_held.clear();
        m_released = true;
    } else if (!m_held.empty()) {
        postOldest();
    }
    return v;
}

ExchangeVerdict MpiExchange::collect(DispatchParts& parts, const std::stop_token& stop,
                                     std::string& message) {
    if (m_broken) throw RuntimeError("MPI: the exchange failed earlier");
    if (m_rank != 0) {
        if (!m_held.empty()) fail("MPI: a dispatch collected while others await a decision (internal error)");
        send(parts);
        return *verdict(true, message);
    }
    if (!m_gathering) startGathering();
    while (!m_missing.empty()) {
        const auto [src, bytes] = waitFor(MPI_ANY_SOURCE, kTagParts, &stop, m_missing);
        take(src, bytes, parts);
    }
    // This process's own error first, else the first of the others'.
    injectFault(parts.error, m_round);
    if (parts.error.empty()) parts.error = std::move(m_theirError);
    m_theirError.clear();
    m_gathering = false;
    ++m_round;
    return ExchangeVerdict::Continue;
}

bool MpiExchange::gather(DispatchParts& parts) {
    if (m_broken) throw RuntimeError("MPI: the exchange failed earlier");
    if (m_rank != 0) fail("MPI: a rank other than 0 gathered (internal error)");
    if (!m_gathering) startGathering();
    while (!m_missing.empty()) {
        int flag = 0;
        MPI_Status status;
        if (const int rc = MPI_Iprobe(MPI_ANY_SOURCE, kTagParts, MPI_COMM_WORLD, &flag, &status);
            rc != MPI_SUCCESS)
            fail("MPI: waiting for rank " + std::to_string(m_missing.front()) + ": " + mpiErrorText(rc));
        if (!flag) return false;
        int bytes = 0;
        MPI_Get_count(&status, MPI_BYTE, &bytes);
        take(status.MPI_SOURCE, bytes, parts);
    }
    return true;
}

void MpiExchange::startGathering() {
    m_missing.clear();
    for (int k = 1; k < m_size; ++k) m_missing.push_back(k);
    m_theirError.clear();
    m_gathering = true;
}

void MpiExchange::take(int src, int bytes, DispatchParts& parts) {
    // Every parts message is of the current round: a rank sends the next only after rank 0's Continue.
    const std::vector<char> data = receive(src, kTagParts, bytes);
    if (std::find(m_missing.begin(), m_missing.end(), src) == m_missing.end())
        fail("MPI: rank " + std::to_string(src) + " sent a dispatch twice");
    m_missing.erase(std::remove(m_missing.begin(), m_missing.end(), src), m_missing.end());
    const std::size_t n = parts.end - parts.cp, R = std::size_t(parts.replicates);
    MpiReader rd(data, src);
    const auto theirRound = rd.get<std::uint64_t>(), theirCp = rd.get<std::uint64_t>(),
               theirEnd = rd.get<std::uint64_t>();
    if (theirRound != m_round || theirCp != parts.cp || theirEnd != parts.end)
        fail("MPI: rank " + std::to_string(src) + " sent another dispatch");
    const std::string error = rd.getString();
    if (!error.empty() && m_theirError.empty()) m_theirError = "rank " + std::to_string(src) + ": " + error;
    const std::vector<int> theirs = mpiOwnedBy(src, m_size, parts.replicates);
    for (int r : theirs) parts.completed[std::size_t(r)] = std::size_t(rd.get<std::uint64_t>());
    for (std::size_t c = 0; c < n; ++c)
        for (std::size_t i = 0; i < parts.valuesPer; ++i)
            for (int r : theirs)
                parts.values[(c * parts.valuesPer + i) * R + std::size_t(r)] = rd.get<double>();
    for (std::size_t c = 0; c < n; ++c)
        for (int r : theirs)
            for (std::size_t k = 0; k < parts.pooledPer; ++k) {
                PooledCounts& pc = parts.pooled[(c * R + std::size_t(r)) * parts.pooledPer + k];
                mpiGetCounts(rd, pc.exact);
                mpiGetCounts(rd, pc.atLeast);
            }
    for (std::size_t c = 0; c < n; ++c)
        for (int r : theirs)
            for (std::size_t k = 0; k < parts.profilePer; ++k) {
                auto& v = parts.profiles[(c * R + std::size_t(r)) * parts.profilePer + k];
                v.resize(rd.get<std::uint64_t>());
                rd.getArray(v.data(), v.size());
            }
}

void MpiExchange::decide(ExchangeVerdict verdict, const std::string& message) {
    if (m_rank != 0 || m_broken || m_released) return;
    MpiWriter w;
    w.put(m_round - 1); // the dispatch just collected
    w.put(std::uint8_t(verdict));
    w.putString(message);
    for (int k = 1; k < m_size; ++k)
        if (const int rc =
                MPI_Send(w.bytes().data(), int(w.bytes().size()), MPI_BYTE, k, kTagVerdict, MPI_COMM_WORLD);
            rc != MPI_SUCCESS)
            fail("MPI: answering rank " + std::to_string(k) + ": " + mpiErrorText(rc));
    if (verdict != ExchangeVerdict::Continue) m_released = true;
}

void MpiExchange::collectCategories(std::span<double> all, std::size_t per, std::string& error) {
    if (m_broken) throw RuntimeError("MPI: the exchange failed earlier");
    const int replicates = int(all.size() / std::max<std::size_t>(per, 1));
    if (m_rank != 0) {
        MpiWriter w;
        w.putString(error);
        for (int r : mpiOwnedBy(m_rank, m_size, replicates)) w.putArray(&all[std::size_t(r) * per], per);
        if (const int rc = MPI_Send(w.bytes().data(), int(w.bytes().size()), MPI_BYTE, 0, kTagCategories,
                                    MPI_COMM_WORLD);
            rc != MPI_SUCCESS)
            fail("MPI: sending to rank 0: " + mpiErrorText(rc));
        m_released = true;
        return;
    }
    std::vector<int> missing;
    for (int k = 1; k < m_size; ++k) missing.push_back(k);
    while (!missing.empty()) {
        const auto [src, bytes] = waitFor(MPI_ANY_SOURCE, kTagCategories, nullptr, missing);
        const std::vector<char> data = receive(src, kTagCategories, bytes);
        missing.erase(std::remove(missing.begin(), missing.end(), src), missing.end());
        MpiReader rd(data, src);
        const std::string theirError = rd.getString();
        if (!theirError.empty() && error.empty()) error = "rank " + std::to_string(src) + ": " + theirError;
        for (int r : mpiOwnedBy(src, m_size, replicates)) rd.getArray(&all[std::size_t(r) * per], per);
    }
    m_released = true;
}

} // namespace tb::mpi

#pragma once
// LiveDeriver: re-runs Kind::derive on a live run's pooled counts off the caller's thread, at a throttled
// rate, latest wins: submit() hands over the newest snapshot (older pending ones are dropped), one worker
// thread derives the quick estimates of every run (DeriveOptions::quick, one thread, so the simulation keeps
// its cores), and latest() returns the newest result. Between two derivations it rests at least as long as
// the last one took (and at least `minInterval`), so the analysis never takes more than about half a core.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

#include "core/Kind.h"
#include "core/Snapshot.h"

namespace tb {

class LiveDeriver {
public:
    struct Result {
        std::vector<Derivation> derived; ///< per run
        std::size_t done = 0;            ///< checkpoints of the pooled counts they come from
        std::uint64_t serial = 0;        ///< increases with every result
        double seconds = 0;              ///< how long the derivation took
    };

    LiveDeriver(const Kind& kind, Json config,
                std::chrono::milliseconds minInterval = std::chrono::milliseconds(250));
    ~LiveDeriver(); ///< stops a derivation under way and joins
    LiveDeriver(const LiveDeriver&) = delete;
    LiveDeriver& operator=(const LiveDeriver&) = delete;

    /// The newest snapshot to derive from; ignored when its pooled counts are not newer than the last ones.
    void submit(std::shared_ptr<const Snapshot> snapshot);
    /// The newest result (null before the first).
    std::shared_ptr<const Result> latest() const;

    /// `s` with its derivations replaced by `r`'s when those are newer than its own (a final derivation is
    /// never replaced); `s` itself otherwise.
    static std::shared_ptr<const Snapshot> merged(std::shared_ptr<const Snapshot> s,
                                                  const std::shared_ptr<const Result>& r);

private:
    void loop(std::stop_token stop);

    const Kind& m_kind;
    Json m_config;
    std::chrono::milliseconds m_minInterval;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_cv;
    std::shared_ptr<const Snapshot> m_pending;
    std::size_t m_submittedDone = 0;
    std::shared_ptr<const Result> m_latest;
    std::stop_source m_deriveStop;
    std::jthread m_thread;
};

} // namespace tb

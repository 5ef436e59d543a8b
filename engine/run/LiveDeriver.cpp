#include "run/LiveDeriver.h"

#include "run/RunText.h"

namespace tb {

LiveDeriver::LiveDeriver(const Kind& kind, Json config, std::chrono::milliseconds minInterval)
    : m_kind(kind), m_config(std::move(config)), m_minInterval(minInterval) {
    m_thread = std::jthread([this](std::stop_token st) { loop(st); });
}

LiveDeriver::~LiveDeriver() {
    m_deriveStop.request_stop();
    m_thread.request_stop();
    m_cv.notify_all();
}

void LiveDeriver::submit(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot || !snapshot->derivesFromData()) return;
    {
        std::lock_guard lock(m_mutex);
        if (snapshot->done <= m_submittedDone) return;
        m_submittedDone = snapshot->done;
        m_pending = std::move(snapshot);
    }
    m_cv.notify_all();
}

std::shared_ptr<const LiveDeriver::Result> LiveDeriver::latest() const {
    std::lock_guard lock(m_mutex);
    return m_latest;
}

void LiveDeriver::loop(std::stop_token stop) {
    std::uint64_t serial = 0;
    for (;;) {
        std::shared_ptr<const Snapshot> s;
        {
            std::unique_lock lock(m_mutex);
            if (!m_cv.wait(lock, stop, [&] { return m_pending != nullptr; })) return;
            s.swap(m_pending);
        }
        const auto t0 = std::chrono::steady_clock::now();
        auto r = std::make_shared<Result>();
        DeriveOptions options;
        options.quick = true;
        options.threads = 1;
        options.stop = m_deriveStop.get_token();
        for (std::size_t run = 0; run < s->runs.size(); ++run) {
            try {
                r->derived.push_back(m_kind.derive(m_config, *s, run, options));
            } catch (const std::exception& e) {
                Derivation d;
                d.quick = true;
                d.warnings.push_back(fill(run_text::kLiveAnalysisFailed, {e.what()}));
                r->derived.push_back(std::move(d));
            }
            if (stop.stop_requested()) return;
        }
        const auto took = std::chrono::steady_clock::now() - t0;
        r->done = s->done;
        r->serial = ++serial;
        r->seconds = std::chrono::duration<double>(took).count();
        {
            std::lock_guard lock(m_mutex);
            m_latest = std::move(r);
        }
        // Rest as long as the derivation took (at least minInterval): at most about half a core.
        std::unique_lock lock(m_mutex);
        m_cv.wait_for(lock, stop, std::max<std::chrono::steady_clock::duration>(took, m_minInterval),
                      [] { return false; });
        if (stop.stop_requested()) return;
    }
}

std::shared_ptr<const Snapshot> LiveDeriver::merged(std::shared_ptr<const Snapshot> s,
                                                    const std::shared_ptr<const Result>& r) {
    if (!s || !r || r->derived.empty()) return s;
    if (!s->derived.empty() && (s->derivedDone >= r->done || !s->derived.front().quick)) return s;
    if (r->done > s->done) return s; // a result from a newer state than the snapshot shown: never
    auto out = std::make_shared<Snapshot>(*s);
    out->derived = r->derived;
    out->derivedDone = r->done;
    return out;
}

} // namespace tb

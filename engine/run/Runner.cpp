#include "run/Runner.h"

#include <algorithm>
#include <exception>
#include <thread>

namespace tb {

const char* toString(RunStatus s) {
    switch (s) {
    case RunStatus::Running:
        return "running";
    case RunStatus::Finished:
        return "finished";
    case RunStatus::Interrupted:
        return "interrupted";
    case RunStatus::Failed:
        return "failed";
    }
    return "unknown";
}

Runner::Runner(Prepared prepared) : Runner(std::move(prepared), Options{}) {}

Runner::Runner(Prepared prepared, Options options) : m_prepared(std::move(prepared)), m_options(options) {
    const int hw = int(std::max(1u, std::thread::hardware_concurrency()));
    m_threads = options.threads > 0 ? options.threads : hw;
    m_replicates = std::max(1, m_prepared.replicates);
    m_threads = std::min(m_threads, m_replicates);
    m_grid = m_prepared.experiment->grid();

    auto s = std::make_shared<Snapshot>();
    s->grid = m_grid;
    s->runs = m_prepared.experiment->runs();
    s->series = seriesMetrics(*m_prepared.kind);
    s->perCategory = categoryMetrics(*m_prepared.kind);
    s->categoryNames = m_prepared.experiment->categoryNames();
    m_nRuns = s->runs.size();
    m_nSeries = s->series.size();
    m_nCat = s->perCategory.size();
    m_nCategories = m_prepared.experiment->categories();
    s->seriesStats.assign(m_nRuns, std::vector<std::vector<AggStats>>(m_nSeries));
    s->finalValues.assign(m_nRuns, std::vector<std::vector<double>>(m_nSeries));
    s->stepsTotal = m_grid.empty() ? 0 : m_grid.back() * std::int64_t(m_nRuns) * m_replicates;
    m_latest = std::move(s);
}

Runner::~Runner() {
    requestStop();
    for (auto& w : m_workers) w.request_stop();
    m_workCv.notify_all();
}

void Runner::requestStop() {
    m_stop.request_stop();
    std::lock_guard lock(m_controlMutex);
    m_controlCv.notify_all();
}

void Runner::setPaused(bool paused) {
    std::lock_guard lock(m_controlMutex);
    m_paused = paused;
    if (!paused) m_steps = 0;
    m_controlCv.notify_all();
}

bool Runner::isPaused() const {
    std::lock_guard lock(m_controlMutex);
    return m_paused;
}

void Runner::step() {
    std::lock_guard lock(m_controlMutex);
    if (m_paused) ++m_steps;
    m_controlCv.notify_all();
}

std::shared_ptr<const Snapshot> Runner::latest() const {
    std::lock_guard lock(m_snapMutex);
    return m_latest;
}

void Runner::publish(std::shared_ptr<const Snapshot> s) {
    std::lock_guard lock(m_snapMutex);
    m_latest = std::move(s);
}

void Runner::runChunk(std::size_t cp, std::size_t end, bool worker) {
    // Thread-local output buffer: allocation-free after the first checkpoint.
    thread_local std::vector<double> out;
    out.resize(m_nRuns * m_nSeries);
    const std::size_t perCp = m_nRuns * m_nSeries * std::size_t(m_replicates);
    int skipped = 0, done = 0;
    for (;;) {
        const int r = m_nextReplicate.fetch_add(1, std::memory_order_relaxed);
        if (r >= m_replicates) break;
        ++done;
        if (m_stop.stop_requested()) {
            ++skipped;
            continue;
        }
        try {
            for (std::size_t c = cp; c < end; ++c) {
                m_sims[std::size_t(r)]->advance(c, m_grid[c], out);
                double* dst = &m_values[(c - cp) * perCp];
                for (std::size_t i = 0; i < out.size(); ++i)
                    dst[i * std::size_t(m_replicates) + std::size_t(r)] = out[i];
            }
        } catch (const std::exception& e) {
            std::lock_guard lock(m_workMutex);
            if (m_error.empty()) m_error = std::string("replicate ") + std::to_string(r) + ": " + e.what();
            m_stop.request_stop();
        } catch (...) {
            std::lock_guard lock(m_workMutex);
            if (m_error.empty()) m_error = "replicate " + std::to_string(r) + ": unknown error";
            m_stop.request_stop();
        }
    }
    std::lock_guard lock(m_workMutex);
    m_finishedReplicates += done;
    m_skipped += skipped;
    if (worker) --m_activeWorkers;
    if (m_finishedReplicates >= m_replicates && m_activeWorkers == 0) m_doneCv.notify_all();
}

void Runner::workerLoop(std::stop_token st, int /*worker*/) {
    std::uint64_t seen = 0;
    for (;;) {
        std::size_t cp = 0, end = 0;
        {
            std::unique_lock lock(m_workMutex);
            if (!m_workCv.wait(lock, st, [&] { return m_jobGeneration != seen; })) return;
            seen = m_jobGeneration;
            cp = m_jobCp;
            end = m_jobEnd;
            ++m_activeWorkers; // the controller waits for every worker that took this job to leave it
        }
        runChunk(cp, end, true);
    }
}

std::shared_ptr<const Snapshot> Runner::run(RunObserver* observer) {
    using Clock = std::chrono::steady_clock;
    auto master = std::make_shared<Snapshot>(*latest());
    auto finish = [&](RunStatus status, std::string message) {
        master->status = status;
        master->message = std::move(message);
        if (observer) {
            try {
                observer->onFinish(*master);
            } catch (const std::exception& e) {
                if (master->status == RunStatus::Finished) master->status = RunStatus::Failed;
                master->message += (master->message.empty() ? "" : "; ") + std::string(e.what());
            }
        }
        ++master->version;
        auto out = std::make_shared<const Snapshot>(*master);
        publish(out);
        for (auto& w : m_workers) w.request_stop();
        m_workCv.notify_all();
        m_workers.clear();
        return out;
    };

    try {
        m_sims.clear();
        m_sims.reserve(std::size_t(m_replicates));
        for (int r = 0; r < m_replicates; ++r) m_sims.push_back(m_prepared.experiment->makeReplicate(r));
        m_values.assign(m_nRuns * m_nSeries * std::size_t(m_replicates), 0.0);
        if (observer) observer->onStart(m_prepared, *master);
    } catch (const std::exception& e) {
        return finish(RunStatus::Failed, e.what());
    }

    for (int w = 1; w < m_threads; ++w)
        m_workers.emplace_back([this, w](std::stop_token st) { workerLoop(st, w); });

    const auto start = Clock::now();
    Clock::duration pausedFor{};
    auto lastPublish = start;
    std::vector<double> scratch;

    const auto R = std::size_t(m_replicates);
    const std::size_t perCp = m_nRuns * m_nSeries * R;
    for (std::size_t cp = 0; cp < m_grid.size();) {
        bool stepping = false;
        {
            std::unique_lock lock(m_controlMutex);
            if (m_paused && m_steps == 0) {
                const auto p0 = Clock::now();
                m_controlCv.wait(lock, [&] { return !m_paused || m_steps > 0 || m_stop.stop_requested(); });
                pausedFor += Clock::now() - p0;
            }
            if (m_paused && m_steps > 0) {
                --m_steps;
                stepping = true;
            }
        }
        if (m_stop.stop_requested()) break;

        // Batch consecutive checkpoints into one dispatch while their combined work is small (early
        // log-spaced checkpoints are a few steps each), so waking the workers does not dominate. A Step is
        // exactly one.
        std::size_t end = cp + 1;
        if (!stepping) {
            const std::int64_t before = cp == 0 ? 0 : m_grid[cp - 1];
            while (end < m_grid.size() && end - cp < kMaxBatch &&
                   (m_grid[end] - before) * std::int64_t(m_nRuns * R) <= kBatchWork)
                ++end;
        }
        if (m_values.size() < (end - cp) * perCp) m_values.resize((end - cp) * perCp);

        {
            std::lock_guard lock(m_workMutex);
            m_jobCp = cp;
            m_jobEnd = end;
            m_finishedReplicates = 0;
            m_skipped = 0;
            m_nextReplicate.store(0);
            ++m_jobGeneration;
        }
        m_workCv.notify_all();
        runChunk(cp, end, false);
        std::string error;
        bool incomplete = false;
        {
            std::unique_lock lock(m_workMutex);
            m_doneCv.wait(lock, [&] { return m_finishedReplicates >= m_replicates && m_activeWorkers == 0; });
            error = m_error;
            incomplete = m_skipped > 0;
        }
        if (!error.empty()) return finish(RunStatus::Failed, error); // (finish joins workers: lock released)
        if (incomplete) break; // stopped mid-batch: these checkpoints are incomplete and dropped

        bool stopped = false;
        for (std::size_t c = cp; c < end; ++c) {
            if (c > cp && m_stop.stop_requested()) { // honour Stop at the next checkpoint even inside a batch
                stopped = true;
                break;
            }
            // Aggregate in replicate order: identical for any number of threads.
            const double* base = &m_values[(c - cp) * perCp];
            for (std::size_t run = 0; run < m_nRuns; ++run)
                for (std::size_t m = 0; m < m_nSeries; ++m) {
                    const std::span<const double> vals(base + (run * m_nSeries + m) * R, R);
                    master->seriesStats[run][m].push_back(aggregate(vals, scratch));
                    master->finalValues[run][m].assign(vals.begin(), vals.end());
                }
            master->done = c + 1;
            master->stepsDone = m_grid[c] * std::int64_t(m_nRuns) * m_replicates;
            const auto now = Clock::now();
            master->elapsedSeconds = std::chrono::duration<double>(now - start - pausedFor).count();
            master->stepsPerSecond =
                master->elapsedSeconds > 0 ? double(master->stepsDone) / master->elapsedSeconds : 0.0;
            if (observer) {
                try {
                    observer->onCheckpoint(c, *master);
                } catch (const std::exception& e) {
                    m_stop.request_stop();
                    return finish(RunStatus::Failed, e.what());
                }
            }
        }
        if (stopped) break;
        cp = end;
        const auto now = Clock::now();
        // Publish at most every publishIntervalSeconds, but always before waiting in Pause or after a Step,
        // so a paused view shows exactly where the run stands.
        if (cp < m_grid.size() &&
            (stepping || isPaused() ||
             std::chrono::duration<double>(now - lastPublish).count() >= m_options.publishIntervalSeconds)) {
            ++master->version;
            publish(std::make_shared<const Snapshot>(*master));
            lastPublish = now;
        }
    }

    if (master->done < m_grid.size())
        return finish(RunStatus::Interrupted, "stopped after " + std::to_string(master->done) + " of " +
                                                  std::to_string(m_grid.size()) + " checkpoints");

    // Per-category metrics (e.g. pulls per arm), aggregated in replicate order.
    if (m_nCat > 0 && m_nCategories > 0) {
        const std::size_t per = m_nRuns * m_nCat * m_nCategories;
        std::vector<double> all(per * std::size_t(m_replicates));
        try {
            for (int r = 0; r < m_replicates; ++r)
                m_sims[std::size_t(r)]->finalCategories(std::span<double>(&all[std::size_t(r) * per], per));
        } catch (const std::exception& e) {
            return finish(RunStatus::Failed, e.what());
        }
        master->categoryStats.assign(m_nRuns, std::vector<std::vector<AggStats>>(m_nCat));
        std::vector<double> vals(
            static_cast<std::size_t>(m_replicates)); // not std::size_t(...): vexing parse
        for (std::size_t run = 0; run < m_nRuns; ++run)
            for (std::size_t c = 0; c < m_nCat; ++c)
                for (std::size_t k = 0; k < m_nCategories; ++k) {
                    for (int r = 0; r < m_replicates; ++r)
                        vals[std::size_t(r)] =
                            all[std::size_t(r) * per + (run * m_nCat + c) * m_nCategories + k];
                    master->categoryStats[run][c].push_back(aggregate(vals, scratch));
                }
    }
    return finish(RunStatus::Finished, "");
}

} // namespace tb

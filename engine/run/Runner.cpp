#include "run/Runner.h"

#include "run/RunText.h"

#include <algorithm>
#include <climits>
#include <exception>
#include <fstream>
#include <pthread.h>
#include <sys/resource.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace tb {

namespace {
/// Under an address-space limit (ulimit -v, RLIMIT_AS), the worker threads that fit while leaving 256 MiB for
/// everything else the run allocates (the store's pages, the analysis, malloc arenas): each thread reserves
/// its stack. INT_MAX / 2 without a limit or when it cannot be read (so that 1 + it cannot overflow).
int threadsWithinAddressSpace() {
    rlimit rl{};
    if (getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY) return INT_MAX / 2;
    std::ifstream statm("/proc/self/statm");
    double pages = 0;
    if (!(statm >> pages)) return INT_MAX / 2;
    const double used = pages * double(sysconf(_SC_PAGESIZE));
    pthread_attr_t attr;
    std::size_t stack = 8u << 20;
    if (pthread_attr_init(&attr) == 0) {
        pthread_attr_getstacksize(&attr, &stack);
        pthread_attr_destroy(&attr);
    }
    const double room = double(rl.rlim_cur) - used - double(256u << 20);
    return room <= 0 ? 0 : int(std::min(room / (double(stack) + 65536.0), double(INT_MAX / 2)));
}

constexpr std::uint64_t kIndexMask = 0xffffffffu;
/// The claim word of dispatch `number` with no replicate claimed yet. A Runner makes at most one dispatch per
/// checkpoint of its grid, so 32 bits of dispatch number never wrap within a run.
std::uint64_t claimWord(std::uint64_t number) {
    return (number & kIndexMask) << 32;
}
} // namespace

Runner::Runner(Prepared prepared) : Runner(std::move(prepared), Options{}) {}

Runner::Runner(Prepared prepared, Options options) : m_prepared(std::move(prepared)), m_options(options) {
    const int hw = int(std::max(1u, std::thread::hardware_concurrency()));
    m_replicates = std::max(1, m_prepared.replicates);
    for (int r = 0; r < m_replicates; ++r)
        if (!options.exchange || options.exchange->owns(r)) m_owned.push_back(r);
    m_threads = std::min(options.threads > 0 ? options.threads : hw, std::max(1, int(m_owned.size())));
    m_grid = m_prepared.experiment->grid();

    auto s = std::make_shared<Snapshot>();
    s->grid = m_grid;
    s->runs = m_prepared.experiment->runs();
    s->series = seriesMetrics(*m_prepared.kind);
    s->perCategory = categoryMetrics(*m_prepared.kind);
    s->categoryNames = m_prepared.experiment->categoryNames();
    s->pooled = pooledMetrics(*m_prepared.kind);
    s->plots = m_prepared.kind->plots();
    m_nRuns = s->runs.size();
    m_nPooled = s->pooled.size();
    s->pooledCounts.assign(m_nRuns, std::vector<PooledCounts>(m_nPooled));
    s->profile = profileMetrics(*m_prepared.kind);
    m_nProfile = s->profile.size();
    s->profiles.assign(m_nRuns, std::vector<std::vector<std::shared_ptr<const std::vector<double>>>>(
                                    m_nProfile, std::vector<std::shared_ptr<const std::vector<double>>>(
                                                    std::size_t(m_replicates))));
    m_nSeries = s->series.size();
    m_nCat = s->perCategory.size();
    m_nCategories = m_prepared.experiment->categories();
    s->seriesStats.assign(m_nRuns, std::vector<std::vector<AggStats>>(m_nSeries));
    s->finalValues.assign(m_nRuns, std::vector<std::vector<double>>(m_nSeries));
    s->stepsTotal = m_grid.empty() ? 0 : m_grid.back() * std::int64_t(m_nRuns) * m_replicates;
    try {
        s->references = m_prepared.kind->references(m_prepared.config, m_grid);
    } catch (const std::exception&) {
        s->references.clear(); // a reference line is an extra; it never stops a run
    }
    m_latest = std::move(s);
}

Runner::~Runner() {
    requestStop();
    stopWorkers();
}

// --- Controls ---------------------------------------------------------------------------------------------

void Runner::requestStop() {
    m_stop.request_stop();
    m_deriveStop.request_stop();
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

// --- Simulation work --------------------------------------------------------------------------------------

int Runner::claim(std::uint64_t number) {
    const std::uint64_t tag = claimWord(number);
    std::uint64_t cur = m_claim.load(std::memory_order_acquire);
    for (;;) {
        if ((cur & ~kIndexMask) != tag || (cur & kIndexMask) >= std::uint64_t(m_owned.size())) return -1;
        if (m_claim.compare_exchange_weak(cur, cur + 1, std::memory_order_acq_rel, std::memory_order_acquire))
            return m_owned[std::size_t(cur & kIndexMask)];
    }
}

void Runner::work(const Job& job) {
    thread_local std::vector<double> out; // allocation-free after the first checkpoint
    out.resize(m_nRuns * m_nSeries);
    const std::size_t perCp = m_nRuns * m_nSeries * std::size_t(m_replicates);
    const std::stop_token stop = m_stop.get_token();
    int accounted = 0;
    std::string error;
    for (int r; (r = claim(job.number)) >= 0;) {
        ++accounted;
        std::size_t done = 0;
        try {
            for (std::size_t c = job.cp; c < job.end && !stop.stop_requested(); ++c) {
                if (!m_sims[std::size_t(r)]->advance(c, m_grid[c], out, stop)) break;
                double* dst = &m_values[(c - job.cp) * perCp];
                for (std::size_t i = 0; i < out.size(); ++i)
                    dst[i * std::size_t(m_replicates) + std::size_t(r)] = out[i];
                if (m_nPooled > 0) {
                    const std::size_t per = m_nRuns * m_nPooled;
                    m_sims[std::size_t(r)]->takePooled(std::span<PooledCounts>(
                        &m_pooledDelta[((c - job.cp) * std::size_t(m_replicates) + std::size_t(r)) * per],
                        per));
                }
                if (m_nProfile > 0) {
                    const std::size_t per = m_nRuns * m_nProfile;
                    m_sims[std::size_t(r)]->takeProfiles(std::span<std::vector<double>>(
                        &m_profileDelta[((c - job.cp) * std::size_t(m_replicates) + std::size_t(r)) * per],
                        per));
                }
                ++done;
            }
        } catch (const std::exception& e) {
            if (error.empty()) error = fill(run_text::kReplicateFailed, {std::to_string(r), e.what()});
            m_stop.request_stop();
        } catch (...) {
            if (error.empty()) error = fill(run_text::kReplicateUnknown, {std::to_string(r)});
            m_stop.request_stop();
        }
        m_completed[std::size_t(r)] = done;
    }
    if (accounted == 0) return; // a late worker: the dispatch it woke for is over
    std::lock_guard lock(m_workMutex);
    if (!error.empty() && m_error.empty()) m_error = std::move(error);
    m_accounted += accounted;
    if (m_accounted == int(m_owned.size())) m_doneCv.notify_all();
}

void Runner::workerLoop(std::stop_token st) {
    std::uint64_t seen = 0;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_workMutex);
            if (!m_workCv.wait(lock, st, [&] { return m_job.number != seen; })) return;
            job = m_job;
            seen = job.number;
        }
        work(job);
    }
}

void Runner::startWorkers() {
    // Over several processes the calling thread watches the exchange while the workers simulate (see
    // dispatch()): one worker per thread asked for; the calling thread simulates only when none could start.
    const int caller = overProcesses() ? 0 : 1;
    const int wanted = std::min(m_threads.load(), caller + threadsWithinAddressSpace());
    for (int w = caller; w < wanted; ++w) {
        try {
            m_workers.emplace_back([this](std::stop_token st) { workerLoop(st); });
        } catch (const std::system_error&) {
            break; // out of threads or memory: go on with those that started (results do not depend on it)
        }
    }
    m_threads = std::max(1, caller + int(m_workers.size()));
}

void Runner::stopWorkers() {
    for (auto& w : m_workers) w.request_stop();
    m_workCv.notify_all();
    m_workers.clear(); // joins
}

std::size_t Runner::dispatch(std::size_t cp, std::size_t end) {
    const std::size_t perCp = m_nRuns * m_nSeries * std::size_t(m_replicates);
    if (m_values.size() < (end - cp) * perCp) m_values.resize((end - cp) * perCp);
    if (m_nPooled > 0) {
        const std::size_t n = (end - cp) * std::size_t(m_replicates) * m_nRuns * m_nPooled;
        if (m_pooledDelta.size() < n) m_pooledDelta.resize(n);
        for (auto& d : m_pooledDelta) d = PooledCounts{};
    }
    if (m_nProfile > 0) {
        const std::size_t n = (end - cp) * std::size_t(m_replicates) * m_nRuns * m_nProfile;
        if (m_profileDelta.size() < n) m_profileDelta.resize(n);
        for (auto& d : m_profileDelta) d.clear();
    }
    Job job;
    {
        std::lock_guard lock(m_workMutex);
        job = {m_job.number + 1, cp, end};
        m_job = job;
        m_accounted = 0;
        m_claim.store(claimWord(job.number), std::memory_order_release);
    }
    m_workCv.notify_all();
    DispatchParts parts = dispatchParts(cp, end);
    const bool watching = overProcesses() && !m_workers.empty();
    if (!watching) work(job); // the controlling thread simulates too
    std::string error;
    {
        std::unique_lock lock(m_workMutex);
        const auto done = [&] { return m_accounted == int(m_owned.size()); };
        // Over several processes the calling thread watches the exchange meanwhile. The root takes the other
        // processes' values of this dispatch as they come (none stays on the way, where a process that dies
        // would take it along). Another process takes the root's decisions on the dispatches it sent before:
        // each Continue lets the exchange send the next one held back; a Stop or Fail (the root failed, or
        // was stopped alone) stops this dispatch at once.
        bool gathered = false;
        while (watching && !m_ended && !m_exchangeError && (aggregates() ? !gathered : !m_ahead.empty()) &&
               !m_doneCv.wait_for(lock, kExchangePoll, done)) {
            lock.unlock();
            if (aggregates())
                gathered = gather(parts);
            else
                pollVerdicts();
            lock.lock();
        }
        m_doneCv.wait(lock, done);
        error = m_error;
    }
    if (m_options.exchange) return exchange(parts, std::move(error));
    if (!error.empty()) throw RuntimeError(error);
    return *std::min_element(m_completed.begin(), m_completed.end());
}

DispatchParts Runner::dispatchParts(std::size_t cp, std::size_t end) {
    DispatchParts parts;
    if (!m_options.exchange) return parts;
    parts.cp = cp;
    parts.end = end;
    parts.replicates = m_replicates;
    parts.valuesPer = m_nRuns * m_nSeries;
    parts.pooledPer = m_nRuns * m_nPooled;
    parts.profilePer = m_nRuns * m_nProfile;
    const std::size_t n = end - cp, R = std::size_t(m_replicates);
    parts.values = std::span<double>(m_values.data(), n * parts.valuesPer * R);
    parts.completed = std::span<std::size_t>(m_completed);
    if (m_nPooled > 0) parts.pooled = std::span<PooledCounts>(m_pooledDelta.data(), n * R * parts.pooledPer);
    if (m_nProfile > 0)
        parts.profiles = std::span<std::vector<double>>(m_profileDelta.data(), n * R * parts.profilePer);
    return parts;
}

bool Runner::gather(DispatchParts& parts) {
    // The other processes' slots of the buffers: the workers write only this process's (another element).
    try {
        return m_options.exchange->gather(parts);
    } catch (...) {
        m_exchangeError = std::current_exception(); // exchange() throws it once the workers stop
        m_stop.request_stop();
        return true;
    }
}

std::size_t Runner::exchange(DispatchParts& parts, std::string error) {
    ReplicateExchange& ex = *m_options.exchange;
    if (m_exchangeError) std::rethrow_exception(std::exchange(m_exchangeError, nullptr));
    if (m_ended) {
        // The root ended the run during this dispatch (pollVerdicts): it is dropped, never sent.
        const auto [verdict, message] = *std::exchange(m_ended, std::nullopt);
        return follow(verdict, message, 0);
    }
    const std::size_t n = parts.end - parts.cp;
    parts.error = std::move(error);
    std::string message;
    if (ex.isRoot()) {
        ex.collect(parts, m_stop.get_token(), message); // throws when broken
        if (!parts.error.empty()) throw RuntimeError(parts.error);
        return *std::min_element(m_completed.begin(), m_completed.end());
    }
    ex.send(parts); // throws when broken
    m_ahead.push_back(n * parts.valuesPer * m_owned.size() * sizeof(double));
    m_aheadBytes += m_ahead.back();
    if (!parts.error.empty()) m_stop.request_stop(); // this process's failure is the root's to report
    // Go on with the next dispatch without the root's decisions, unless there is none (the last, or this
    // process stopped and would simulate nothing), the calling thread simulates itself (it cannot watch the
    // exchange meanwhile), or enough is held back already.
    const bool settle = parts.end >= m_grid.size() || m_stop.stop_requested() || m_workers.empty();
    while (!m_ahead.empty() && (settle || m_ahead.size() > kMaxAhead || m_aheadBytes > kMaxAheadBytes)) {
        const ExchangeVerdict verdict = *ex.verdict(true, message); // throws when broken
        if (!decided(verdict)) return follow(verdict, message, 0);
    }
    return n;
}

bool Runner::decided(ExchangeVerdict verdict) {
    m_aheadBytes -= m_ahead.front();
    m_ahead.pop_front();
    if (verdict == ExchangeVerdict::Continue) return true;
    m_ahead.clear(); // the exchange drops the dispatches held back
    m_aheadBytes = 0;
    m_stop.request_stop();
    return false;
}

std::size_t Runner::follow(ExchangeVerdict verdict, const std::string& message, std::size_t complete) {
    switch (verdict) {
    case ExchangeVerdict::Continue:
        return complete;
    case ExchangeVerdict::Stop:
        m_stop.request_stop();
        return 0;
    case ExchangeVerdict::Fail:
        break;
    }
    m_stop.request_stop();
    throw RuntimeError(message);
}

void Runner::pollVerdicts() {
    try {
        std::string message;
        while (!m_ahead.empty()) {
            const auto verdict = m_options.exchange->verdict(false, message);
            if (!verdict) return;
            if (!decided(*verdict)) {
                m_ended.emplace(*verdict,
                                std::move(message)); // exchange() ends the run once the workers stop
                return;
            }
        }
    } catch (...) {
        m_exchangeError = std::current_exception(); // exchange() throws it once the workers stop
        m_stop.request_stop();
    }
}

void Runner::decide(ExchangeVerdict verdict, const std::string& message) {
    if (!m_options.exchange || !m_options.exchange->isRoot()) return;
    try {
        m_options.exchange->decide(verdict, message);
    } catch (const std::exception&) {
        // The exchange is broken; the run's status already says why (the caller ends it).
    }
}

// --- The run ----------------------------------------------------------------------------------------------

std::string Runner::startReplicates(RunObserver* observer, Snapshot& master) {
    try {
        m_sims.clear();
        m_sims.reserve(std::size_t(m_replicates));
        m_sims.resize(std::size_t(m_replicates));
        for (int r : m_owned) m_sims[std::size_t(r)] = m_prepared.experiment->makeReplicate(r);
        m_completed.assign(std::size_t(m_replicates), 0);
        m_values.assign(m_nRuns * m_nSeries * std::size_t(m_replicates), 0.0);
        if (observer) observer->onStart(m_prepared, master);
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

bool Runner::waitWhilePaused(bool& stepping) {
    std::unique_lock lock(m_controlMutex);
    if (m_paused && m_steps == 0) {
        const auto p0 = Clock::now();
        m_controlCv.wait(lock, [&] { return !m_paused || m_steps > 0 || m_stop.stop_requested(); });
        m_pausedFor += Clock::now() - p0;
    }
    stepping = false;
    if (m_paused && m_steps > 0) {
        --m_steps;
        stepping = true;
    }
    return !m_stop.stop_requested();
}

std::size_t Runner::batchEnd(std::size_t cp, bool stepping) const {
    // Batch consecutive checkpoints into one dispatch while their combined work is small (early log-spaced
    // checkpoints are a few steps each), so waking the workers does not dominate. A Step is exactly one.
    std::size_t end = cp + 1;
    if (stepping) return end;
    const std::int64_t before = cp == 0 ? 0 : m_grid[cp - 1];
    while (end < m_grid.size() && end - cp < kMaxBatch &&
           (m_grid[end] - before) * std::int64_t(m_nRuns) * m_replicates <= kBatchWork)
        ++end;
    return end;
}

void Runner::aggregate(std::size_t cp, std::size_t c, Snapshot& master) {
    // In replicate order: identical for any number of threads.
    const auto R = std::size_t(m_replicates);
    const double* base = &m_values[(c - cp) * m_nRuns * m_nSeries * R];
    for (std::size_t run = 0; run < m_nRuns; ++run)
        for (std::size_t m = 0; m < m_nSeries; ++m) {
            const std::span<const double> vals(base + (run * m_nSeries + m) * R, R);
            master.seriesStats[run][m].push_back(tb::aggregate(vals, m_scratch));
            master.finalValues[run][m].assign(vals.begin(), vals.end());
        }
    if (m_nPooled > 0) {
        // Counts are summed, so the order does not change the result; replicate order all the same.
        const std::size_t per = m_nRuns * m_nPooled;
        std::vector<const PooledCounts*> parts(R);
        for (std::size_t run = 0; run < m_nRuns; ++run)
            for (std::size_t p = 0; p < m_nPooled; ++p) {
                for (std::size_t r = 0; r < R; ++r)
                    parts[r] = &m_pooledDelta[((c - cp) * R + r) * per + run * m_nPooled + p];
                master.pooledCounts[run][p].addAll(parts);
            }
    }
    if (m_nProfile > 0) {
        // A replicate's newest values replace its older ones; nothing changes where it reported nothing.
        const std::size_t per = m_nRuns * m_nProfile;
        for (std::size_t r = 0; r < R; ++r)
            for (std::size_t run = 0; run < m_nRuns; ++run)
                for (std::size_t p = 0; p < m_nProfile; ++p) {
                    std::vector<double>& v = m_profileDelta[((c - cp) * R + r) * per + run * m_nProfile + p];
                    if (!v.empty())
                        master.profiles[run][p][r] =
                            std::make_shared<const std::vector<double>>(std::move(v));
                }
    }
    master.done = c + 1;
    master.stepsDone = m_grid[c] * std::int64_t(m_nRuns) * m_replicates;
    master.elapsedSeconds = std::chrono::duration<double>(Clock::now() - m_start - m_pausedFor).count();
    master.stepsPerSecond =
        master.elapsedSeconds > 0 ? double(master.stepsDone) / master.elapsedSeconds : 0.0;
}

std::string Runner::aggregateCategories(Snapshot& master) {
    // Per-category metrics (e.g. pulls per arm), aggregated in replicate order.
    if (m_nCat == 0 || m_nCategories == 0) return "";
    const std::size_t per = m_nRuns * m_nCat * m_nCategories;
    try {
        std::vector<double> all(per * std::size_t(m_replicates));
        if (m_options.exchange) {
            // Every process runs this after the last checkpoint: the root gathers every replicate's values.
            std::string error;
            try {
                for (int r : m_owned)
                    m_sims[std::size_t(r)]->finalCategories(
                        std::span<double>(&all[std::size_t(r) * per], per));
            } catch (const std::exception& e) {
                error = e.what();
            }
            m_options.exchange->collectCategories(all, per, error); // throws when broken
            if (!error.empty()) throw RuntimeError(error);
            if (!aggregates()) return "";
        } else {
            for (int r = 0; r < m_replicates; ++r)
                m_sims[std::size_t(r)]->finalCategories(std::span<double>(&all[std::size_t(r) * per], per));
        }
        master.categoryStats.assign(m_nRuns, std::vector<std::vector<AggStats>>(m_nCat));
        std::vector<double> vals(
            static_cast<std::size_t>(m_replicates)); // not std::size_t(...): vexing parse
        for (std::size_t run = 0; run < m_nRuns; ++run)
            for (std::size_t c = 0; c < m_nCat; ++c)
                for (std::size_t k = 0; k < m_nCategories; ++k) {
                    for (int r = 0; r < m_replicates; ++r)
                        vals[std::size_t(r)] =
                            all[std::size_t(r) * per + (run * m_nCat + c) * m_nCategories + k];
                    master.categoryStats[run][c].push_back(tb::aggregate(vals, m_scratch));
                }
        master.categoryDone = master.done;
    } catch (const std::exception& e) {
        master.categoryStats.clear();
        master.categoryDone = 0;
        return e.what();
    }
    return "";
}

void Runner::refreshCategories(Snapshot& master, bool always) {
    // Between dispatches every replicate stands at checkpoint master.done, so its per-category values are
    // those of that checkpoint. Refreshing costs a pass over every replicate's categories: keep it under
    // about 5% of the run time unless the user is looking at a paused run.
    if (m_nCat == 0 || m_nCategories == 0 || master.categoryDone == master.done) return;
    if (m_options.exchange)
        return; // the other processes' categories come only at the end (collectCategories)
    const auto now = Clock::now();
    if (!always && now - m_lastCategories < 20 * m_categoriesCost) return;
    (void)aggregateCategories(master); // mid-run a failure only leaves them out (finish reports errors)
    m_lastCategories = Clock::now();
    m_categoriesCost = m_lastCategories - now;
}

std::shared_ptr<const Snapshot> Runner::finish(Snapshot& master, RunObserver* observer, RunStatus status,
                                               std::string message) {
    stopWorkers();
    if (status != RunStatus::Failed && aggregates()) derive(master, status == RunStatus::Finished);
    master.status = status;
    master.message = std::move(message);
    if (observer) {
        try {
            observer->onFinish(master);
        } catch (const std::exception& e) {
            if (master.status == RunStatus::Finished) master.status = RunStatus::Failed;
            master.message += (master.message.empty() ? "" : "; ") + std::string(e.what());
        }
    }
    ++master.version;
    auto out = std::make_shared<const Snapshot>(master);
    publish(out);
    return out;
}

void Runner::derive(Snapshot& master, bool full) {
    // The kind's analysis of the pooled counts and profiles, in full for a finished run (bootstraps on every
    // core, still cut short by Stop), quick for an interrupted one (the user asked to stop: no long
    // bootstrap).
    if (!master.derivesFromData() || master.done == 0) return;
    if (full) {
        master.message = TB_TR("engine", "analysing the pooled data");
        ++master.version;
        publish(std::make_shared<const Snapshot>(master));
    }
    DeriveOptions options;
    options.quick = !full;
    options.threads = m_threads.load();
    options.stop = m_deriveStop.get_token();
    master.derived.assign(m_nRuns, Derivation{});
    for (std::size_t run = 0; run < m_nRuns; ++run) {
        try {
            master.derived[run] = m_prepared.kind->derive(m_prepared.config, master, run, options);
        } catch (const std::exception& e) {
            master.derived[run] = Derivation{};
            master.derived[run].warnings.push_back(fill(run_text::kAnalysisFailed, {e.what()}));
        }
    }
    master.derivedDone = master.done;
}

std::shared_ptr<const Snapshot> Runner::run(RunObserver* observer) {
    auto masterPtr = std::make_shared<Snapshot>(*latest());
    Snapshot& master = *masterPtr;
    if (std::string error = startReplicates(observer, master); !error.empty())
        return finish(master, observer, RunStatus::Failed, std::move(error));
    startWorkers();

    m_start = Clock::now();
    m_pausedFor = {};
    m_ahead.clear();
    m_aheadBytes = 0;
    m_ended.reset();
    m_exchangeError = nullptr;
    m_lastCategories = m_start;
    m_categoriesCost = {};
    auto lastPublish = m_start;
    bool stoppedBetween = false; ///< the loop ended on a stop seen between dispatches
    for (std::size_t cp = 0; cp < m_grid.size();) {
        bool stepping = false;
        if (observer && isPaused()) observer->onIdle(); // the store shows where a paused run stands
        // With an exchange every process enters every dispatch, a stopped one too (it simulates nothing and
        // reports no completed checkpoint), so that the processes agree on where the run ends.
        if (!waitWhilePaused(stepping) && !m_options.exchange) {
            stoppedBetween = true;
            break;
        }
        const std::size_t end = batchEnd(cp, stepping);
        std::size_t complete = 0;
        try {
            complete = dispatch(cp, end);
        } catch (const std::exception& e) {
            decide(ExchangeVerdict::Fail, e.what());
            return finish(master, observer, RunStatus::Failed, e.what());
        }
        if (!aggregates()) {
            // Another process aggregates and records; this one only follows its decisions.
            if (complete < end - cp) break;
            master.done = end;
            cp = end;
            continue;
        }
        for (std::size_t c = cp; c < cp + complete; ++c) {
            // A Stop asked for by an observer lands at the next checkpoint, inside a batch too.
            if (c > cp && m_stop.stop_requested()) {
                complete = c - cp;
                break;
            }
            aggregate(cp, c, master);
            if (observer) {
                try {
                    observer->onCheckpoint(c, master);
                } catch (const std::exception& e) {
                    m_stop.request_stop();
                    decide(ExchangeVerdict::Fail, e.what());
                    return finish(master, observer, RunStatus::Failed, e.what());
                }
            }
        }
        if (cp + complete < end) {
            decide(ExchangeVerdict::Stop, "");
            break; // stopped inside the dispatch: the incomplete checkpoints are dropped
        }
        decide(ExchangeVerdict::Continue, "");
        cp = end;
        // Publish at most every publishIntervalSeconds, but always before waiting in Pause or after a Step,
        // so a paused view shows exactly where the run stands.
        const auto now = Clock::now();
        const bool looking = stepping || isPaused();
        if (cp < m_grid.size() && (looking || std::chrono::duration<double>(now - lastPublish).count() >=
                                                  m_options.publishIntervalSeconds)) {
            refreshCategories(master, looking);
            ++master.version;
            publish(std::make_shared<const Snapshot>(master));
            lastPublish = now;
        }
    }

    if (master.done < m_grid.size()) {
        // Stopped between dispatches, every replicate is at master.done: keep the categories of that
        // checkpoint. Stopped inside a dispatch, replicates are between checkpoints: keep the last refresh.
        if (stoppedBetween) refreshCategories(master, true);
        return finish(
            master, observer, RunStatus::Interrupted,
            fill(run_text::kStoppedAfter, {std::to_string(master.done), std::to_string(m_grid.size())}));
    }
    if (std::string error = aggregateCategories(master); !error.empty())
        return finish(master, observer, RunStatus::Failed, std::move(error));
    return finish(master, observer, RunStatus::Finished, "");
}

} // namespace tb

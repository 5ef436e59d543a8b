// RunStore::Recorder: records a run through its own connection and a writer thread.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include "core/Text.h"
#include "store/RunStore.h"
#include "store/Sqlite.h"
#include "store/StoreCommon.h"

#ifndef TB_VERSION
#define TB_VERSION "unknown"
#endif

namespace tb {

using namespace store;
using sql::Stmt;
using sql::Transaction;

namespace {

/// Records a run through its own connection and a writer thread, so the Runner's controlling thread (which
/// also simulates) only copies each checkpoint's aggregates into a queue and never waits for the disk. The
/// writer commits a transaction whenever a batch is due (flushSeconds since the last one, or kMaxBatch
/// checkpoints); a write error is rethrown from the next callback, which makes the Runner stop with status
/// Failed.
class StoreRecorder final : public RunStore::SweepRecorder {
public:
    /// A sweep's recorder: for a new sweep (`resumeId` 0) of `cells`, or resuming sweep `resumeId`.
    struct Sweep {
        Json config;
        std::vector<RunStore::SweepCellSetup> cells;
        std::int64_t resumeId = 0;
        std::size_t cellCount = 0;
        std::size_t runsPerCell = 0; ///< known when resuming a sweep that has finished cells
    };

    StoreRecorder(RunStore& store, double flushSeconds, std::optional<Sweep> sweep = std::nullopt)
        : m_path(store.path()), m_flushSeconds(flushSeconds), m_sweep(std::move(sweep)) {
        if (m_sweep && m_sweep->resumeId) m_id = m_sweep->resumeId;
        // Inherit the store connection's page limit (PRAGMA max_page_count is per connection).
        const std::int64_t maxPages = pragmaInt(store.handle(), m_path, "PRAGMA max_page_count",
                                                TB_TR("engine", "read the store's size limit"));
        const int rc =
            sqlite3_open_v2(m_path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK) {
            try {
                sql::fail(m_db, m_path, TB_TR("engine", "open a connection for recording"), rc);
            } catch (...) {
                sqlite3_close_v2(m_db);
                throw;
            }
        }
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, 10000);
        sql::exec(m_db, m_path, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL",
                  TB_TR("engine", "configure"));
        sql::exec(m_db, m_path, ("PRAGMA max_page_count = " + std::to_string(maxPages)).c_str(),
                  TB_TR("engine", "configure"));
    }

    ~StoreRecorder() override {
        stopWriter();
        if (m_id != 0 && (m_sweep ? !m_sweepFinished : !m_closed)) {
            try { // the run was abandoned without onFinish: never leave it "running"
                if (!sqlite3_get_autocommit(m_db)) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
                Stmt s(m_db, m_path,
                       "UPDATE experiments SET status = 'interrupted', finished_at = ?, message = ? WHERE id "
                       "= ? "
                       "AND status = 'running'");
                s.bind(1, nowIso())
                    .bind(2, "recording ended before the run finished; " + std::to_string(m_flushed) +
                                 " of " + std::to_string(m_total) + " checkpoints were kept")
                    .bind(3, m_id.load())
                    .run();
            } catch (...) {
            }
        }
        m_insSeries = Stmt();
        m_upSummary = Stmt();
        m_upExperiment = Stmt();
        sqlite3_close_v2(m_db);
    }

    std::int64_t experimentId() const override { return m_id; }

    void beginCell(std::size_t cell, const std::string& cellText, std::int64_t checkpointsBefore,
                   double elapsedBefore) override {
        if (!m_sweep) throw std::logic_error("beginCell on a run's recorder");
        m_cell = cell;
        m_cellText = cellText;
        m_cpBefore = checkpointsBefore;
        m_elapsedBefore = elapsedBefore;
    }

    void finish(RunStatus status, const std::string& message) override {
        if (!m_sweep) throw std::logic_error("finish on a run's recorder");
        stopWriter();
        if (m_id == 0) return;
        Transaction tx(m_db, m_path);
        updateSweepBest();
        Stmt s(
            m_db, m_path,
            "UPDATE experiments SET status = ?, message = ?, finished_at = ?, updated_at = ? WHERE id = ?");
        const std::string now = nowIso();
        s.bind(1, toString(status))
            .bind(2, message)
            .bind(3, now)
            .bind(4, now)
            .bind(5, m_id.load())
            .run(TB_TR("engine", "record the end of a sweep"));
        tx.commit();
        m_sweepFinished = true;
    }

    void onStart(const Prepared& prepared, const Snapshot& initial) override {
        // A sweep's recorder records one cell after another: start afresh.
        stopWriter();
        m_closed = false;
        m_completed = false;
        m_failed = false;
        m_stopping = false;
        m_flushRequested = false;
        m_error.clear();
        m_pending.clear();
        m_final.reset();
        m_flushed = 0;
        const Writer& me = thisWriter();
        const auto& metrics = prepared.kind->metrics();
        m_series = initial.series;
        m_perCategory = initial.perCategory;
        m_categoryNames = initial.categoryNames;
        m_grid = initial.grid;
        m_total = initial.grid.size();
        m_headline = -1;
        for (std::size_t m = 0; m < m_series.size(); ++m)
            if (m_series[m].headline) m_headline = int(m);
        if (m_headline < 0 && !m_series.empty()) m_headline = 0;
        m_best.assign(initial.runs.size() * m_series.size(), std::numeric_limits<double>::quiet_NaN());
        m_bestStep.assign(m_best.size(), 0);
        m_last.assign(m_best.size(), AggStats{});

        // Text goes into the store only as valid UTF-8 (configs parsed from JSON always are).
        requireValidUtf8(prepared.config.value("name", std::string()), "name");
        for (std::size_t i = 0; i < initial.runs.size(); ++i)
            requireValidUtf8(initial.runs[i].label, "run " + std::to_string(i) + " label");
        Transaction tx(m_db, m_path);
        if (m_sweep) checkSweepCell(initial);
        std::int64_t id = m_id;
        if (id == 0) {
            const std::size_t cellCount = m_sweep ? m_sweep->cellCount : 1;
            Stmt e(m_db, m_path,
                   "INSERT INTO experiments (kind, name, seed, replicates, status, created_at, updated_at, "
                   "app_version, writer_pid, writer_host, writer_start, checkpoints_total, run_count, "
                   "headline_metric) "
                   "VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            const std::string now = nowIso();
            e.bind(1, prepared.kind->name())
                .bind(2, prepared.config.value("name", std::string()))
                .bind(3,
                      std::int64_t(m_sweep ? m_sweep->config.value("seed", std::uint64_t(0)) : prepared.seed))
                .bind(4, prepared.replicates)
                .bind(5, now)
                .bind(6, now)
                .bind(7, TB_VERSION)
                .bind(8, std::int64_t(me.pid))
                .bind(9, me.host)
                .bind(10, me.start)
                .bind(11, initial.grid.size() * cellCount)
                .bind(12, initial.runs.size() * cellCount)
                .bind(13, m_headline >= 0 ? m_series[std::size_t(m_headline)].name : std::string());
            e.run(TB_TR("engine", "record a new experiment"));
            id = sqlite3_last_insert_rowid(m_db);
            Stmt d(m_db, m_path,
                   "INSERT INTO experiment_data (experiment_id, config, grid, category_names) VALUES (?, ?, "
                   "?, ?)");
            d.bind(1, id)
                .bind(2, (m_sweep ? m_sweep->config : prepared.config).dump())
                .bind(3, Json(initial.grid).dump())
                .bind(4, Json(initial.categoryNames).dump())
                .run(TB_TR("engine", "record the config"));
            Stmt md(m_db, m_path,
                    "INSERT INTO metrics (experiment_id, position, name, label, unit, lower_is_better, plot, "
                    "scope, "
                    "category_label, headline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (std::size_t i = 0; i < metrics.size(); ++i) {
                const auto& m = metrics[i];
                md.bind(1, id)
                    .bind(2, i)
                    .bind(3, m.name)
                    .bind(4, m.label)
                    .bind(5, m.unit)
                    .bind(6, int(m.lowerIsBetter))
                    .bind(7, m.plot)
                    .bind(8, toString(m.scope))
                    .bind(9, m.categoryLabel)
                    .bind(10, int(m.headline))
                    .run(TB_TR("engine", "record metric declarations"));
            }
            Stmt pd(m_db, m_path,
                    "INSERT INTO plots (experiment_id, position, id, title, x_label, y_label, log_x, log_y, "
                    "note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (std::size_t i = 0; i < initial.plots.size(); ++i) {
                const PlotDecl& pl = initial.plots[i];
                pd.bind(1, id)
                    .bind(2, i)
                    .bind(3, pl.id)
                    .bind(4, pl.title)
                    .bind(5, pl.xLabel)
                    .bind(6, pl.yLabel)
                    .bind(7, int(pl.logX))
                    .bind(8, int(pl.logY))
                    .bind(9, pl.note)
                    .run(TB_TR("engine", "record plot declarations"));
            }
            if (m_sweep) {
                Stmt c(m_db, m_path,
                       "INSERT INTO sweep_cells (experiment_id, cell, seed, coords) VALUES (?, ?, ?, ?)");
                for (std::size_t k = 0; k < m_sweep->cells.size(); ++k)
                    c.bind(1, id)
                        .bind(2, k)
                        .bind(3, std::int64_t(m_sweep->cells[k].seed))
                        .bind(4, m_sweep->cells[k].coords.dump())
                        .run(TB_TR("engine", "record the cells of a sweep"));
                m_sweep->runsPerCell = initial.runs.size();
            }
        } // a new experiment
        m_pooled = initial.pooled;
        // The runs: a sweep cell's after whatever a previous attempt at this cell left, numbered after the
        // cells before it and labelled with the cell's values.
        const std::string suffix = m_sweep ? " · " + m_cellText : std::string();
        const std::size_t firstIdx = m_sweep ? m_cell * m_sweep->runsPerCell : 0;
        if (m_sweep) {
            Stmt del(m_db, m_path, "DELETE FROM runs WHERE experiment_id = ? AND sweep_cell = ?");
            del.bind(1, id).bind(2, m_cell).run(TB_TR("engine", "clear a sweep cell"));
        }
        Stmt r(m_db, m_path,
               "INSERT INTO runs (experiment_id, idx, label, params, sweep_cell) VALUES (?, ?, ?, ?, ?)");
        m_runIds.clear();
        m_labels.clear();
        for (std::size_t i = 0; i < initial.runs.size(); ++i) {
            m_labels.push_back(initial.runs[i].label + suffix);
            r.bind(1, id)
                .bind(2, firstIdx + i)
                .bind(3, m_labels.back())
                .bind(4, initial.runs[i].params.dump());
            if (m_sweep)
                r.bind(5, m_cell);
            else
                r.bindNull(5);
            r.run(TB_TR("engine", "record runs"));
            m_runIds.push_back(sqlite3_last_insert_rowid(m_db));
        }
        tx.commit();
        m_id = id;

        m_insSeries =
            Stmt(m_db, m_path,
                 "INSERT INTO series (run_id, metric, checkpoint, step, n, mean, sd, ci95_low, ci95_high, "
                 "min, max, q10, q50, q90) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_upSummary = Stmt(m_db, m_path,
                           "INSERT OR REPLACE INTO summaries (run_id, metric, checkpoint, step, n, mean, sd, "
                           "ci95_low, ci95_high, min, max, q10, q50, q90, best, best_step) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_upExperiment = Stmt(
            m_db, m_path,
            m_sweep ? "UPDATE experiments SET checkpoints_done = ?, elapsed_seconds = ?, updated_at = ? "
                      "WHERE id = ?"
                    : "UPDATE experiments SET checkpoints_done = ?, elapsed_seconds = ?, updated_at = ?, "
                      "best_run_id = ?, best_label = ?, best_value = ? WHERE id = ?");
        m_lastRequest = Clock::now();
        m_writer = std::thread([this] { writerLoop(); });
    }

    void onCheckpoint(std::size_t cp, const Snapshot& snapshot) override {
        if (m_id == 0) return;
        Pending p;
        p.cp = cp;
        p.step = snapshot.grid[cp];
        p.stats.reserve(m_best.size());
        for (std::size_t run = 0; run < m_runIds.size(); ++run)
            for (std::size_t m = 0; m < m_series.size(); ++m)
                p.stats.push_back(snapshot.seriesStats[run][m][cp]);
        const auto now = Clock::now();
        bool notify = false;
        {
            std::lock_guard lock(m_mutex);
            if (m_failed) throw RuntimeError(m_error);
            m_pending.push_back(std::move(p));
            m_elapsed = snapshot.elapsedSeconds;
            if (m_flushSeconds <= 0 || m_pending.size() >= kMaxBatch ||
                std::chrono::duration<double>(now - m_lastRequest).count() >= m_flushSeconds) {
                m_flushRequested = true;
                m_lastRequest = now;
                notify = true;
            }
        }
        if (notify) m_cv.notify_one();
    }

    void onIdle() override {
        {
            std::lock_guard lock(m_mutex);
            if (m_pending.empty()) return;
            m_flushRequested = true;
            m_lastRequest = Clock::now();
        }
        m_cv.notify_one();
    }

    void onFinish(const Snapshot& snapshot) override {
        if (m_id == 0) return;
        auto fin = std::make_unique<Final>();
        fin->status = snapshot.status == RunStatus::Running ? RunStatus::Interrupted : snapshot.status;
        fin->message = snapshot.message;
        fin->finalValues = snapshot.finalValues;
        // The store keeps no step for categories: keep them only when they are those of the last recorded
        // checkpoint (always for a finished run; for an interrupted one when it stopped between checkpoints).
        if (snapshot.categoryDone == snapshot.done) fin->categoryStats = snapshot.categoryStats;
        fin->pooledCounts = snapshot.pooledCounts;
        if (snapshot.derivedDone == snapshot.done) fin->derived = snapshot.derived;
        fin->elapsed = snapshot.elapsedSeconds;
        {
            std::lock_guard lock(m_mutex);
            m_final = std::move(fin);
        }
        m_cv.notify_one();
        if (m_writer.joinable()) m_writer.join();
        if (m_completed) {
            m_closed = true;
            return;
        }
        // Could not store the final data: at least record the end and its reason. On a full disk a long
        // message may not fit in the row's page any more: fall back to shorter ones.
        const std::string writeError =
            m_error.empty() ? TB_TR("engine", "the store's writer stopped") : m_error;
        if (!sqlite3_get_autocommit(m_db)) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        std::string msg = snapshot.message;
        if (msg.find(writeError) == std::string::npos) msg += (msg.empty() ? "" : "; ") + writeError;
        const char* status =
            toString(snapshot.status == RunStatus::Finished ? RunStatus::Failed : snapshot.status);
        const std::string now = nowIso();
        const std::string shortReason = fill(
            writeError.find("full") != std::string::npos ? store_text::kFullKept : store_text::kFailedKept,
            {std::to_string(m_flushed), std::to_string(m_total)});
        for (const std::string& m : {msg, shortReason, std::string(TB_TR("engine", "store write failed"))}) {
            try {
                Stmt s(m_db, m_path,
                       "UPDATE experiments SET status = ?, message = ?, finished_at = ?, updated_at = ? "
                       "WHERE id = ?");
                s.bind(1, status)
                    .bind(2, m)
                    .bind(3, now)
                    .bind(4, now)
                    .bind(5, m_id.load())
                    .run(TB_TR("engine", "record the end of a run"));
                break;
            } catch (const RuntimeError&) {
            }
        }
        m_closed = true;
        if (snapshot.status == RunStatus::Finished) throw RuntimeError(writeError);
    }

private:
    using Clock = std::chrono::steady_clock;
    static constexpr std::size_t kMaxBatch = 64;

    struct Pending {
        std::size_t cp = 0;
        std::int64_t step = 0;
        std::vector<AggStats> stats; ///< [run * nSeries + m]
    };
    struct Final {
        RunStatus status = RunStatus::Finished;
        std::string message;
        std::vector<std::vector<std::vector<double>>> finalValues;
        std::vector<std::vector<std::vector<AggStats>>> categoryStats;
        std::vector<std::vector<PooledCounts>> pooledCounts;
        std::vector<Derivation> derived;
        double elapsed = 0;
    };

    void writePooled(const Final& fin) {
        Stmt c(m_db, m_path,
               "INSERT INTO pooled_counts (run_id, metric, censored, value, count) VALUES (?, ?, ?, ?, ?)");
        for (std::size_t run = 0; run < m_runIds.size() && run < fin.pooledCounts.size(); ++run)
            for (std::size_t m = 0; m < fin.pooledCounts[run].size() && m < m_pooled.size(); ++m) {
                const PooledCounts& pc = fin.pooledCounts[run][m];
                for (int censored = 0; censored < 2; ++censored)
                    for (const auto& [value, count] : censored ? pc.atLeast : pc.exact)
                        c.bind(1, m_runIds[run])
                            .bind(2, m_pooled[m].name)
                            .bind(3, censored)
                            .bind(4, value)
                            .bind(5, count)
                            .run(TB_TR("engine", "record pooled counts"));
            }
    }

    void writeDerived(const Final& fin) {
        Stmt d(m_db, m_path, "INSERT INTO derivations (run_id, basis, warnings) VALUES (?, ?, ?)");
        Stmt e(m_db, m_path,
               "INSERT INTO estimates (run_id, position, name, label, value, unit, note) VALUES (?, ?, ?, ?, "
               "?, ?, "
               "?)");
        Stmt v(m_db, m_path,
               "INSERT INTO verdicts (run_id, position, name, label, point_class, basis) VALUES (?, ?, ?, ?, "
               "?, ?)");
        Stmt vc(m_db, m_path,
                "INSERT INTO verdict_classes (run_id, verdict, position, name, probability) VALUES (?, ?, ?, "
                "?, ?)");
        Stmt c(m_db, m_path,
               "INSERT INTO derived_curves (run_id, position, name, label, plot, style, reference, pattern) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        Stmt pt(
            m_db, m_path,
            "INSERT INTO derived_points (run_id, curve, i, x, y, low, high) VALUES (?, ?, ?, ?, ?, ?, ?)");
        auto bindReal = [](Stmt& st, int col, double x) -> Stmt& {
            if (std::isfinite(x)) return st.bind(col, x);
            return st.bindNull(col);
        };
        for (std::size_t run = 0; run < m_runIds.size() && run < fin.derived.size(); ++run) {
            const Derivation& der = fin.derived[run];
            if (der.empty() && der.warnings.empty()) continue;
            const std::int64_t id = m_runIds[run];
            d.bind(1, id)
                .bind(2, der.basis)
                .bind(3, Json(der.warnings).dump())
                .run(TB_TR("engine", "record a derivation"));
            for (std::size_t i = 0; i < der.estimates.size(); ++i) {
                const Estimate& es = der.estimates[i];
                e.bind(1, id).bind(2, i).bind(3, es.name).bind(4, es.label);
                bindReal(e, 5, es.value)
                    .bind(6, es.unit)
                    .bind(7, es.note)
                    .run(TB_TR("engine", "record an estimate"));
            }
            for (std::size_t i = 0; i < der.verdicts.size(); ++i) {
                const Verdict& vd = der.verdicts[i];
                v.bind(1, id)
                    .bind(2, i)
                    .bind(3, vd.name)
                    .bind(4, vd.label)
                    .bind(5, vd.point)
                    .bind(6, vd.basis);
                v.run(TB_TR("engine", "record a verdict"));
                for (std::size_t k = 0; k < vd.classes.size(); ++k) {
                    vc.bind(1, id).bind(2, i).bind(3, k).bind(4, vd.classes[k]);
                    bindReal(vc, 5, k < vd.probabilities.size() ? vd.probabilities[k] : NAN)
                        .run(TB_TR("engine", "record a verdict class"));
                }
            }
            for (std::size_t i = 0; i < der.curves.size(); ++i) {
                const DerivedCurve& cv = der.curves[i];
                c.bind(1, id)
                    .bind(2, i)
                    .bind(3, cv.name)
                    .bind(4, cv.label)
                    .bind(5, cv.plot)
                    .bind(6, toString(cv.style))
                    .bind(7, int(cv.reference))
                    .bind(8, cv.pattern)
                    .run(TB_TR("engine", "record a derived curve"));
                const bool band = cv.low.size() == cv.x.size() && cv.high.size() == cv.x.size();
                for (std::size_t j = 0; j < cv.x.size() && j < cv.y.size(); ++j) {
                    if (!std::isfinite(cv.x[j])) continue;
                    pt.bind(1, id).bind(2, i).bind(3, j).bind(4, cv.x[j]);
                    bindReal(pt, 5, cv.y[j]);
                    bindReal(pt, 6, band ? cv.low[j] : NAN);
                    bindReal(pt, 7, band ? cv.high[j] : NAN).run(TB_TR("engine", "record a curve point"));
                }
            }
        }
    }

    /// A cell of a sweep must have the grid and run count of the sweep's other cells.
    void checkSweepCell(const Snapshot& initial) {
        if (m_id == 0) return;
        Stmt q(m_db, m_path,
               "SELECT d.grid, e.run_count, e.checkpoints_total FROM experiment_data d JOIN experiments e ON "
               "e.id = d.experiment_id WHERE d.experiment_id = ?");
        q.bind(1, m_id.load());
        if (!q.step(TB_TR("engine", "read a sweep")))
            throw RuntimeError(fill(store_text::kNoExperiment, {std::to_string(m_id.load()), m_path}));
        const Json grid = Json::parse(q.text(0), nullptr, false);
        const std::vector<std::int64_t> first =
            grid.is_array() ? grid.get<std::vector<std::int64_t>>() : std::vector<std::int64_t>();
        if (first != initial.grid)
            throw RuntimeError(
                fill(store_text::kSweepCellGrid,
                     {std::to_string(m_cell), std::to_string(initial.grid.size()),
                      std::to_string(initial.grid.empty() ? 0 : initial.grid.back()),
                      std::to_string(first.size()), std::to_string(first.empty() ? 0 : first.back())}));
        const std::size_t cells = first.empty() ? 0 : std::size_t(q.integer(2)) / first.size();
        const std::size_t perCell = cells ? std::size_t(q.integer(1)) / cells : 0;
        if (perCell != initial.runs.size())
            throw RuntimeError(
                fill(store_text::kSweepCellRuns,
                     {std::to_string(m_cell), std::to_string(initial.runs.size()), std::to_string(perCell)}));
        m_sweep->runsPerCell = perCell;
    }

    /// The sweep's best run: the best final mean of the headline metric over every cell's runs.
    void updateSweepBest() {
        if (m_headline < 0 || m_series.empty()) return;
        const MetricDecl& h = m_series[std::size_t(m_headline)];
        const std::string sqlText =
            std::string("UPDATE experiments SET best_run_id = b.run_id, best_label = b.label, best_value = "
                        "b.mean FROM (SELECT s.run_id, r.label, s.mean FROM summaries s JOIN runs r ON r.id "
                        "= s.run_id WHERE r.experiment_id = ?1 AND s.metric = ?2 AND s.mean IS NOT NULL "
                        "ORDER BY s.mean ") +
            (h.lowerIsBetter ? "ASC" : "DESC") + ", r.idx LIMIT 1) AS b WHERE experiments.id = ?1";
        Stmt b(m_db, m_path, sqlText.c_str());
        b.bind(1, m_id.load()).bind(2, h.name).run(TB_TR("engine", "record the best run of a sweep"));
    }

    void stopWriter() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_cv.notify_one();
        if (m_writer.joinable()) m_writer.join();
    }

    void writerLoop() {
        for (;;) {
            std::vector<Pending> batch;
            std::unique_ptr<Final> fin;
            double elapsed = 0;
            {
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [&] { return m_flushRequested || m_final || m_stopping; });
                if (m_stopping && !m_final) return; // abandoned: the destructor marks the run interrupted
                batch.swap(m_pending);
                fin = std::move(m_final);
                elapsed = m_elapsed;
                m_flushRequested = false;
            }
            try {
                write(batch, fin ? fin->elapsed : elapsed, fin.get());
            } catch (const std::exception& e) {
                std::lock_guard lock(m_mutex);
                m_error = e.what();
                m_failed = true;
                return;
            }
            if (fin) {
                m_completed = true;
                return;
            }
        }
    }

    void write(const std::vector<Pending>& batch, double elapsed, const Final* fin) {
        Transaction tx(m_db, m_path);
        const std::size_t nS = m_series.size();
        for (const Pending& p : batch)
            for (std::size_t run = 0; run < m_runIds.size(); ++run)
                for (std::size_t m = 0; m < nS; ++m) {
                    const std::size_t k = run * nS + m;
                    const AggStats& a = p.stats[k];
                    m_insSeries.bind(1, m_runIds[run])
                        .bind(2, m_series[m].name)
                        .bind(3, p.cp)
                        .bind(4, p.step);
                    bindStats(m_insSeries, 5, a);
                    m_insSeries.run(TB_TR("engine", "record a checkpoint"));
                    if (better(a.mean, m_best[k], m_series[m].lowerIsBetter)) {
                        m_best[k] = a.mean;
                        m_bestStep[k] = p.step;
                    }
                    m_last[k] = a;
                }
        const std::size_t done = batch.empty() ? m_flushed : batch.back().cp + 1;
        if (!batch.empty())
            for (std::size_t run = 0; run < m_runIds.size(); ++run)
                for (std::size_t m = 0; m < nS; ++m) {
                    const std::size_t k = run * nS + m;
                    m_upSummary.bind(1, m_runIds[run])
                        .bind(2, m_series[m].name)
                        .bind(3, done - 1)
                        .bind(4, m_grid[done - 1]);
                    bindStats(m_upSummary, 5, m_last[k]);
                    m_upSummary.bind(15, m_best[k])
                        .bind(16, m_bestStep[k])
                        .run(TB_TR("engine", "record a summary"));
                }
        // Best run by the final headline mean.
        std::int64_t bestRun = 0;
        std::string bestLabel;
        double bestValue = std::numeric_limits<double>::quiet_NaN();
        if (m_headline >= 0 && done > 0) {
            const auto h = std::size_t(m_headline);
            for (std::size_t run = 0; run < m_runIds.size(); ++run)
                if (better(m_last[run * nS + h].mean, bestValue, m_series[h].lowerIsBetter)) {
                    bestValue = m_last[run * nS + h].mean;
                    bestRun = m_runIds[run];
                    bestLabel = m_labels[run];
                }
        }
        const std::string now = nowIso();
        m_upExperiment.bind(1, m_cpBefore + std::int64_t(done))
            .bind(2, m_elapsedBefore + elapsed)
            .bind(3, now);
        if (m_sweep) {
            m_upExperiment.bind(4, m_id.load()).run(TB_TR("engine", "record progress"));
        } else {
            if (bestRun)
                m_upExperiment.bind(4, bestRun);
            else
                m_upExperiment.bindNull(4);
            m_upExperiment.bind(5, bestLabel)
                .bind(6, bestValue)
                .bind(7, m_id.load())
                .run(TB_TR("engine", "record progress"));
        }

        if (fin) {
            // Per-replicate values at the last completed checkpoint, written once at the end.
            Stmt f(
                m_db, m_path,
                "INSERT OR REPLACE INTO final_values (run_id, metric, replicate, value) VALUES (?, ?, ?, ?)");
            if (done > 0)
                for (std::size_t run = 0; run < m_runIds.size() && run < fin->finalValues.size(); ++run)
                    for (std::size_t m = 0; m < nS && m < fin->finalValues[run].size(); ++m) {
                        const auto& fv = fin->finalValues[run][m];
                        for (std::size_t r = 0; r < fv.size(); ++r)
                            f.bind(1, m_runIds[run])
                                .bind(2, m_series[m].name)
                                .bind(3, r)
                                .bind(4, fv[r])
                                .run(TB_TR("engine", "record final values"));
                    }
            if (!fin->categoryStats.empty()) {
                Stmt c(m_db, m_path,
                       "INSERT OR REPLACE INTO category_values (run_id, metric, category, name, n, mean, sd, "
                       "ci95_low, ci95_high, min, max, q10, q50, q90) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, "
                       "?, ?)");
                for (std::size_t run = 0; run < m_runIds.size() && run < fin->categoryStats.size(); ++run)
                    for (std::size_t m = 0; m < fin->categoryStats[run].size() && m < m_perCategory.size();
                         ++m)
                        for (std::size_t k = 0; k < fin->categoryStats[run][m].size(); ++k) {
                            c.bind(1, m_runIds[run])
                                .bind(2, m_perCategory[m].name)
                                .bind(3, k)
                                .bind(4, k < m_categoryNames.size() ? m_categoryNames[k] : std::to_string(k));
                            bindStats(c, 5, fin->categoryStats[run][m][k]);
                            c.run(TB_TR("engine", "record category values"));
                        }
            }
            writePooled(*fin);
            writeDerived(*fin);
            if (m_sweep) {
                Stmt c(
                    m_db, m_path,
                    "UPDATE sweep_cells SET status = ?, message = ?, elapsed_seconds = ? WHERE experiment_id "
                    "= ? AND cell = ?");
                c.bind(1, toString(fin->status))
                    .bind(2, fin->message)
                    .bind(3, fin->elapsed)
                    .bind(4, m_id.load())
                    .bind(5, m_cell)
                    .run(TB_TR("engine", "record the end of a sweep cell"));
                updateSweepBest();
            } else {
                Stmt s(m_db, m_path,
                       "UPDATE experiments SET status = ?, message = ?, finished_at = ? WHERE id = ?");
                s.bind(1, toString(fin->status))
                    .bind(2, fin->message)
                    .bind(3, now)
                    .bind(4, m_id.load())
                    .run(TB_TR("engine", "record the end of a run"));
            }
        }
        tx.commit();
        m_flushed = done;
    }

    sqlite3* m_db = nullptr; ///< the recorder's own connection
    std::string m_path;
    double m_flushSeconds;
    std::optional<Sweep> m_sweep; ///< set for a sweep's recorder
    std::size_t m_cell = 0;       ///< the sweep cell being recorded
    std::string m_cellText;
    std::int64_t m_cpBefore = 0; ///< checkpoints of the sweep's cells finished before this one
    double m_elapsedBefore = 0;
    bool m_sweepFinished = false;
    std::atomic<std::int64_t> m_id{0}; ///< read by experimentId() from any thread
    bool m_closed = false;
    std::size_t m_total = 0;
    int m_headline = -1;
    std::vector<MetricDecl> m_series, m_perCategory, m_pooled;
    std::vector<std::string> m_categoryNames, m_labels;
    std::vector<std::int64_t> m_grid;
    std::vector<std::int64_t> m_runIds;

    // Writer-thread state (read by the controlling thread only after joining it).
    std::size_t m_flushed = 0;
    std::vector<double> m_best;
    std::vector<std::int64_t> m_bestStep;
    std::vector<AggStats> m_last;
    Stmt m_insSeries, m_upSummary, m_upExperiment;
    std::atomic<bool> m_completed{false};

    // Shared between the controlling thread and the writer.
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<Pending> m_pending;
    std::unique_ptr<Final> m_final;
    double m_elapsed = 0;
    bool m_flushRequested = false, m_stopping = false, m_failed = false;
    std::string m_error;
    Clock::time_point m_lastRequest;
    std::thread m_writer;
};

} // namespace

std::unique_ptr<RunStore::Recorder> RunStore::recorder(double flushSeconds) {
    if (m_mode == Mode::ReadOnly) throw RuntimeError(fill(store_text::kOpenReadOnly, {m_path}));
    ensureSound();
    return std::make_unique<StoreRecorder>(*this, flushSeconds);
}

std::unique_ptr<RunStore::SweepRecorder>
RunStore::sweepRecorder(const Json& sweepConfig, std::vector<SweepCellSetup> cells, double flushSeconds) {
    if (m_mode == Mode::ReadOnly) throw RuntimeError(fill(store_text::kOpenReadOnly, {m_path}));
    ensureSound();
    StoreRecorder::Sweep sweep;
    sweep.config = sweepConfig;
    sweep.cellCount = cells.size();
    sweep.cells = std::move(cells);
    return std::make_unique<StoreRecorder>(*this, flushSeconds, std::move(sweep));
}

std::unique_ptr<RunStore::SweepRecorder> RunStore::resumeSweep(std::int64_t experimentId,
                                                               double flushSeconds) {
    if (m_mode == Mode::ReadOnly) throw RuntimeError(fill(store_text::kOpenReadOnly, {m_path}));
    requireExperiment(experimentId);
    ensureSound();
    recoverInterrupted(); // a sweep whose writer is gone is not running any more
    const auto cells = sweepCells(experimentId);
    if (cells.empty()) throw InputError(fill(store_text::kNotASweep, {std::to_string(experimentId), m_path}));
    StoreRecorder::Sweep sweep;
    sweep.resumeId = experimentId;
    sweep.cellCount = cells.size();
    {
        Transaction tx(m_db, m_path);
        // Checked under the write lock: the writer cannot start or finish a transaction in between.
        Stmt r(m_db, m_path, "SELECT status, writer_pid, writer_host FROM experiments WHERE id = ?");
        r.bind(1, experimentId);
        if (r.step(TB_TR("engine", "read an experiment"))) {
            const auto status = runStatusFromString(r.text(0));
            if (status == RunStatus::Running)
                throw RuntimeError(
                    fill(store_text::kSweepRunning,
                         {std::to_string(experimentId), std::to_string(r.integer(1)), r.text(2)}));
            if (status == RunStatus::Finished)
                throw InputError(fill(store_text::kSweepComplete, {std::to_string(experimentId)}));
        }
        const Writer& me = thisWriter();
        Stmt up(
            m_db, m_path,
            "UPDATE experiments SET status = 'running', message = '', finished_at = NULL, writer_pid = ?, "
            "writer_host = ?, writer_start = ?, updated_at = ? WHERE id = ?");
        up.bind(1, std::int64_t(me.pid))
            .bind(2, me.host)
            .bind(3, me.start)
            .bind(4, nowIso())
            .bind(5, experimentId)
            .run(TB_TR("engine", "take over a sweep"));
        Stmt del(m_db, m_path,
                 "DELETE FROM runs WHERE experiment_id = ?1 AND sweep_cell IN (SELECT cell FROM sweep_cells "
                 "WHERE experiment_id = ?1 AND status != 'finished')");
        del.bind(1, experimentId).run(TB_TR("engine", "clear unfinished sweep cells"));
        Stmt pend(m_db, m_path,
                  "UPDATE sweep_cells SET status = 'pending', message = '', elapsed_seconds = 0 WHERE "
                  "experiment_id = ? AND status != 'finished'");
        pend.bind(1, experimentId).run(TB_TR("engine", "clear unfinished sweep cells"));
        tx.commit();
    }
    return std::make_unique<StoreRecorder>(*this, flushSeconds, std::move(sweep));
}

} // namespace tb

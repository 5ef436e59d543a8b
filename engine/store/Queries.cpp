// RunStore: reading (lists, rows, series, summaries, snapshots). Reads that must agree with each other run in
// one read transaction (sql::ReadTransaction), so a run being written meanwhile is seen at one checkpoint.
#include <algorithm>

#include "run/Registry.h"
#include "store/RunStore.h"
#include "store/Sqlite.h"
#include "store/StoreCommon.h"

namespace tb {

using namespace store;
using sql::Stmt;

namespace {
/// Final means of the best run of the experiments with ids in [?1, ?2], newest first, metrics by name.
const char* const kBestFinalsQuery =
    "SELECT e.id, s.metric, s.mean FROM experiments e JOIN summaries s ON s.run_id = e.best_run_id "
    "WHERE e.id BETWEEN ? AND ? ORDER BY e.id DESC, s.metric";
} // namespace

// --- Reading
// -----------------------------------------------------------------------------------------------------

std::vector<ExperimentRow> RunStore::listExperiments(const ListFilter& filter) const {
    if (m_mode != Mode::ReadOnly) const_cast<RunStore*>(this)->recoverInterrupted();
    sql::ReadTransaction tx(m_db, m_path); // the rows and their tags from one state of the store
    std::string q = std::string("SELECT ") + kExperimentColumns + " FROM experiments e WHERE 1";
    if (!filter.kind.empty()) q += " AND e.kind = ?1";
    if (!filter.text.empty())
        q += " AND (e.name LIKE ?2 ESCAPE '\\' OR e.notes LIKE ?2 ESCAPE '\\' OR e.best_label LIKE ?2 ESCAPE "
             "'\\' "
             "OR EXISTS (SELECT 1 FROM tags t WHERE t.experiment_id = e.id AND t.tag LIKE ?2 ESCAPE '\\'))";
    q += " ORDER BY e.id DESC";
    if (filter.limit >= 0) q += " LIMIT " + std::to_string(filter.limit);
    std::vector<ExperimentRow> out;
    {
        Stmt s(m_db, m_path, q.c_str());
        if (!filter.kind.empty()) s.bind(1, filter.kind);
        if (!filter.text.empty()) s.bind(2, "%" + escapeLike(filter.text) + "%");
        while (s.step(TB_TR("engine", "list experiments"))) out.push_back(readExperiment(s));
    }
    if (out.empty()) return out;
    // Tags in one pass (ids are descending in `out`), instead of a subquery per row.
    Stmt t(m_db, m_path,
           "SELECT experiment_id, tag FROM tags WHERE experiment_id BETWEEN ? AND ? ORDER BY "
           "experiment_id DESC, tag");
    t.bind(1, out.back().id).bind(2, out.front().id);
    std::size_t i = 0;
    while (t.step(TB_TR("engine", "list tags"))) {
        const std::int64_t id = t.integer(0);
        while (i < out.size() && out[i].id > id) ++i;
        if (i < out.size() && out[i].id == id) out[i].tags.push_back(t.text(1));
    }
    // The best runs' final means, the same way.
    Stmt f(m_db, m_path, kBestFinalsQuery);
    f.bind(1, out.back().id).bind(2, out.front().id);
    i = 0;
    while (f.step(TB_TR("engine", "list final values"))) {
        const std::int64_t id = f.integer(0);
        while (i < out.size() && out[i].id > id) ++i;
        if (i < out.size() && out[i].id == id) out[i].bestFinals.emplace_back(f.text(1), f.real(2));
    }
    return out;
}

std::optional<ExperimentRow> RunStore::experiment(std::int64_t id) const {
    sql::ReadTransaction tx(m_db, m_path);
    Stmt s(m_db, m_path,
           (std::string("SELECT ") + kExperimentColumns + " FROM experiments e WHERE e.id = ?").c_str());
    s.bind(1, id);
    if (!s.step(TB_TR("engine", "read an experiment"))) return std::nullopt;
    ExperimentRow row = readExperiment(s);
    Stmt t(m_db, m_path, "SELECT tag FROM tags WHERE experiment_id = ? ORDER BY tag");
    t.bind(1, id);
    while (t.step(TB_TR("engine", "read tags"))) row.tags.push_back(t.text(0));
    Stmt f(m_db, m_path, kBestFinalsQuery);
    f.bind(1, id).bind(2, id);
    while (f.step(TB_TR("engine", "read final values"))) row.bestFinals.emplace_back(f.text(1), f.real(2));
    return row;
}

void RunStore::requireExperiment(std::int64_t id) const {
    Stmt s(m_db, m_path, "SELECT 1 FROM experiments WHERE id = ?");
    s.bind(1, id);
    if (!s.step(TB_TR("engine", "read an experiment")))
        throw InputError(fill(store_text::kNoExperiment, {std::to_string(id), m_path}));
}

Json RunStore::config(std::int64_t experimentId) const {
    Stmt s(m_db, m_path, "SELECT config FROM experiment_data WHERE experiment_id = ?");
    s.bind(1, experimentId);
    if (!s.step(TB_TR("engine", "read a config")))
        throw InputError(fill(store_text::kNoExperiment, {std::to_string(experimentId), m_path}));
    return Json::parse(s.text(0), nullptr, false);
}

std::vector<RunRow> RunStore::runs(std::int64_t experimentId) const {
    Stmt s(
        m_db, m_path,
        "SELECT id, experiment_id, idx, label, params, sweep_cell FROM runs WHERE experiment_id = ? ORDER BY "
        "idx");
    s.bind(1, experimentId);
    std::vector<RunRow> out;
    while (s.step(TB_TR("engine", "read runs")))
        out.push_back({s.integer(0), s.integer(1), int(s.integer(2)), s.text(3),
                       Json::parse(s.text(4), nullptr, false), s.isNull(5) ? -1 : int(s.integer(5))});
    return out;
}

std::vector<RunStore::SweepCell> RunStore::sweepCells(std::int64_t experimentId) const {
    Stmt s(m_db, m_path,
           "SELECT cell, seed, coords, status, message, elapsed_seconds FROM sweep_cells WHERE experiment_id "
           "= ? "
           "ORDER BY cell");
    s.bind(1, experimentId);
    std::vector<SweepCell> out;
    while (s.step(TB_TR("engine", "read the cells of a sweep"))) {
        SweepCell c;
        c.cell = std::size_t(s.integer(0));
        c.seed = std::uint64_t(s.integer(1));
        c.coords = Json::parse(s.text(2), nullptr, false);
        const std::string status = s.text(3);
        c.status = status == "pending" ? RunStatus::Running
                                       : runStatusFromString(status).value_or(RunStatus::Failed);
        c.message = s.text(4);
        c.elapsedSeconds = s.real(5);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<SeriesPoint> RunStore::series(std::int64_t runId, const std::string& metric) const {
    Stmt s(m_db, m_path,
           (std::string("SELECT step, ") + kStatsColumns +
            " FROM series WHERE run_id = ? AND metric = ? ORDER BY checkpoint")
               .c_str());
    s.bind(1, runId).bind(2, metric);
    std::vector<SeriesPoint> out;
    while (s.step(TB_TR("engine", "read a series"))) out.push_back({s.integer(0), readStats(s, 1)});
    return out;
}

std::optional<std::int64_t> RunStore::experimentOfRun(std::int64_t runId) const {
    Stmt s(m_db, m_path, "SELECT experiment_id FROM runs WHERE id = ?");
    s.bind(1, runId);
    if (!s.step(TB_TR("engine", "read runs"))) return std::nullopt;
    return s.integer(0);
}

std::vector<double> RunStore::finalValues(std::int64_t runId, const std::string& metric) const {
    Stmt s(m_db, m_path, "SELECT value FROM final_values WHERE run_id = ? AND metric = ? ORDER BY replicate");
    s.bind(1, runId).bind(2, metric);
    std::vector<double> out;
    while (s.step(TB_TR("engine", "read final values"))) out.push_back(s.real(0));
    return out;
}

std::vector<MetricSummary> RunStore::summaries(std::int64_t runId) const {
    Stmt s(m_db, m_path,
           (std::string("SELECT metric, checkpoint, step, ") + kStatsColumns +
            ", best, best_step FROM summaries WHERE run_id = ? ORDER BY metric")
               .c_str());
    s.bind(1, runId);
    std::vector<MetricSummary> out;
    while (s.step(TB_TR("engine", "read summaries"))) {
        MetricSummary m;
        m.metric = s.text(0);
        m.checkpoint = s.integer(1);
        m.step = s.integer(2);
        m.final = readStats(s, 3);
        m.best = s.real(13);
        m.bestStep = s.integer(14);
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<CategoryValue> RunStore::categoryValues(std::int64_t runId, const std::string& metric) const {
    Stmt s(m_db, m_path,
           (std::string("SELECT category, name, ") + kStatsColumns +
            " FROM category_values WHERE run_id = ? AND metric = ? ORDER BY category")
               .c_str());
    s.bind(1, runId).bind(2, metric);
    std::vector<CategoryValue> out;
    while (s.step(TB_TR("engine", "read category values")))
        out.push_back({int(s.integer(0)), s.text(1), readStats(s, 2)});
    return out;
}

std::vector<MetricDecl> RunStore::storedMetrics(std::int64_t experimentId) const {
    Stmt s(m_db, m_path,
           "SELECT name, label, unit, lower_is_better, plot, scope, category_label, headline FROM metrics "
           "WHERE experiment_id = ? ORDER BY position");
    s.bind(1, experimentId);
    std::vector<MetricDecl> out;
    while (s.step(TB_TR("engine", "read metric declarations"))) {
        MetricDecl d;
        d.name = s.text(0);
        d.label = s.text(1);
        d.unit = s.text(2);
        d.lowerIsBetter = s.integer(3) != 0;
        d.plot = s.text(4);
        d.scope = metricScopeFromString(s.text(5)).value_or(MetricScope::Series);
        d.categoryLabel = s.text(6);
        d.headline = s.integer(7) != 0;
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<MetricDecl> RunStore::metricDecls(std::int64_t experimentId) const {
    Stmt s(m_db, m_path, "SELECT kind FROM experiments WHERE id = ?");
    s.bind(1, experimentId);
    if (s.step(TB_TR("engine", "read an experiment")))
        if (const Kind* kind = findKind(s.text(0))) return kind->metrics();
    return storedMetrics(experimentId);
}

Snapshot RunStore::loadSnapshot(std::int64_t experimentId) const {
    sql::ReadTransaction tx(m_db, m_path); // every table read from one state, even while a run is written
    Stmt e(
        m_db, m_path,
        "SELECT kind, grid, category_names, checkpoints_done, status, message, replicates, elapsed_seconds, "
        "config FROM experiments JOIN experiment_data ON experiment_id = id WHERE id = ?");
    e.bind(1, experimentId);
    if (!e.step(TB_TR("engine", "read an experiment")))
        throw RuntimeError(fill(store_text::kNoExperiment, {std::to_string(experimentId), m_path}));
    const std::string kindName = e.text(0);
    const Json grid = Json::parse(e.text(1), nullptr, false);
    const Json categoryNames = Json::parse(e.text(2), nullptr, false);
    const auto done = std::size_t(e.integer(3));
    const std::string status = e.text(4);
    const std::string message = e.text(5);
    const std::int64_t replicates = e.integer(6);
    const double elapsed = e.real(7);
    const Json config = Json::parse(e.text(8), nullptr, false);

    Snapshot s;
    std::vector<MetricDecl> decls;
    const Kind* kind = findKind(kindName);
    if (kind)
        decls = kind->metrics();
    else
        decls = storedMetrics(experimentId);
    for (const auto& d : decls)
        (d.scope == MetricScope::Series        ? s.series
         : d.scope == MetricScope::PerCategory ? s.perCategory
         : d.scope == MetricScope::Profile     ? s.profile
                                               : s.pooled)
            .push_back(d);
    s.plots = kind ? kind->plots() : storedPlots(experimentId);
    if (grid.is_array())
        for (const auto& g : grid) s.grid.push_back(g.get<std::int64_t>());
    if (categoryNames.is_array())
        for (const auto& n : categoryNames) s.categoryNames.push_back(n.get<std::string>());
    const auto runRows = runs(experimentId);
    bool anyCategories = false;
    std::vector<std::vector<std::vector<AggStats>>> categories(runRows.size());
    for (std::size_t i = 0; i < runRows.size(); ++i) {
        const RunRow& r = runRows[i];
        s.runs.push_back({r.label, r.params});
        auto& stats = s.seriesStats.emplace_back();
        auto& finals = s.finalValues.emplace_back();
        for (const auto& m : s.series) {
            auto& st = stats.emplace_back();
            for (const auto& p : series(r.id, m.name)) st.push_back(p.stats);
            if (st.size() > done) st.resize(done);
            finals.push_back(finalValues(r.id, m.name));
        }
        auto& pooled = s.pooledCounts.emplace_back();
        for (const auto& m : s.pooled) pooled.push_back(pooledCounts(r.id, m.name));
        if (std::optional<Derivation> d = derivation(r.id)) {
            s.derived.resize(runRows.size());
            s.derived[i] = std::move(*d);
        }
        auto& cats = categories[i];
        for (const auto& m : s.perCategory) {
            auto& cv = cats.emplace_back();
            for (const auto& c : categoryValues(r.id, m.name)) cv.push_back(c.stats);
            anyCategories = anyCategories || !cv.empty();
        }
    }
    s.done = std::min(done, s.grid.size());
    if (!s.derived.empty()) s.derivedDone = s.done; // recorded at the end, from the last checkpoint's counts
    if (anyCategories) {
        s.categoryStats = std::move(categories);
        s.categoryDone = s.done; // recorded only when they are those of the last checkpoint
    }
    if (kind && !config.is_discarded()) {
        try {
            s.references = kind->references(config, s.grid);
        } catch (const std::exception&) {
            s.references.clear(); // an old or odd config: no reference line
        }
    }
    s.status = runStatusFromString(status).value_or(RunStatus::Failed);
    s.message = message;
    const auto nRuns = std::int64_t(s.runs.size());
    s.stepsTotal = s.grid.empty() ? 0 : s.grid.back() * nRuns * replicates;
    s.stepsDone = s.done == 0 ? 0 : s.grid[s.done - 1] * nRuns * replicates;
    s.elapsedSeconds = elapsed;
    s.stepsPerSecond = elapsed > 0 ? double(s.stepsDone) / elapsed : 0.0;
    s.version = 1;
    return s;
}

PooledCounts RunStore::pooledCounts(std::int64_t runId, const std::string& metric) const {
    Stmt s(m_db, m_path,
           "SELECT censored, value, count FROM pooled_counts WHERE run_id = ? AND metric = ? "
           "ORDER BY censored, value");
    s.bind(1, runId).bind(2, metric);
    PooledCounts out;
    while (s.step(TB_TR("engine", "read pooled counts")))
        (s.integer(0) ? out.atLeast : out.exact).emplace_back(s.integer(1), s.integer(2));
    return out;
}

std::optional<Derivation> RunStore::derivation(std::int64_t runId) const {
    Stmt d(m_db, m_path, "SELECT basis, warnings FROM derivations WHERE run_id = ?");
    d.bind(1, runId);
    if (!d.step(TB_TR("engine", "read a derivation"))) return std::nullopt;
    Derivation out;
    out.basis = d.text(0);
    const Json w = Json::parse(d.text(1), nullptr, false);
    if (w.is_array())
        for (const auto& x : w)
            if (x.is_string()) out.warnings.push_back(x.get<std::string>());
    auto real = [](const Stmt& st, int col) {
        return st.isNull(col) ? std::numeric_limits<double>::quiet_NaN() : st.real(col);
    };
    Stmt e(m_db, m_path,
           "SELECT name, label, value, unit, note FROM estimates WHERE run_id = ? ORDER BY position");
    e.bind(1, runId);
    while (e.step(TB_TR("engine", "read estimates")))
        out.estimates.push_back({e.text(0), e.text(1), real(e, 2), e.text(3), e.text(4)});
    Stmt v(
        m_db, m_path,
        "SELECT position, name, label, point_class, basis FROM verdicts WHERE run_id = ? ORDER BY position");
    v.bind(1, runId);
    while (v.step(TB_TR("engine", "read verdicts"))) {
        Verdict vd;
        vd.name = v.text(1);
        vd.label = v.text(2);
        vd.point = int(v.integer(3));
        vd.basis = v.text(4);
        Stmt c(m_db, m_path,
               "SELECT name, probability FROM verdict_classes WHERE run_id = ? AND verdict = ? ORDER BY "
               "position");
        c.bind(1, runId).bind(2, v.integer(0));
        while (c.step(TB_TR("engine", "read verdict classes"))) {
            vd.classes.push_back(c.text(0));
            vd.probabilities.push_back(real(c, 1));
        }
        out.verdicts.push_back(std::move(vd));
    }
    Stmt c(
        m_db, m_path,
        "SELECT position, name, label, plot, style, reference, pattern FROM derived_curves WHERE run_id = ? "
        "ORDER BY position");
    c.bind(1, runId);
    Stmt p(m_db, m_path,
           "SELECT x, y, low, high FROM derived_points WHERE run_id = ? AND curve = ? ORDER BY i");
    while (c.step(TB_TR("engine", "read derived curves"))) {
        DerivedCurve cv;
        cv.name = c.text(1);
        cv.label = c.text(2);
        cv.plot = c.text(3);
        cv.style = curveStyleFromString(c.text(4));
        cv.reference = c.integer(5) != 0;
        cv.pattern = int(c.integer(6));
        p.reset();
        p.bind(1, runId).bind(2, c.integer(0));
        bool band = true;
        while (p.step(TB_TR("engine", "read curve points"))) {
            cv.x.push_back(p.real(0));
            cv.y.push_back(real(p, 1));
            band = band && !p.isNull(2) && !p.isNull(3);
            cv.low.push_back(real(p, 2));
            cv.high.push_back(real(p, 3));
        }
        if (!band) cv.low.clear(), cv.high.clear();
        out.curves.push_back(std::move(cv));
    }
    return out;
}

std::vector<PlotDecl> RunStore::storedPlots(std::int64_t experimentId) const {
    Stmt s(m_db, m_path,
           "SELECT id, title, x_label, y_label, log_x, log_y, note FROM plots WHERE experiment_id = ? "
           "ORDER BY position");
    s.bind(1, experimentId);
    std::vector<PlotDecl> out;
    while (s.step(TB_TR("engine", "read plot declarations")))
        out.push_back(
            {s.text(0), s.text(1), s.text(2), s.text(3), s.integer(4) != 0, s.integer(5) != 0, s.text(6)});
    return out;
}

std::int64_t RunStore::dataVersion() const {
    return pragmaInt(m_db, m_path, "PRAGMA data_version", TB_TR("engine", "read the data version"));
}

} // namespace tb

#include "store/SweepRunner.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <map>

#include "core/Stats.h"
#include "core/Text.h"
#include "run/RunText.h"
#include "run/Runner.h"
#include "store/StoreText.h"

namespace tb {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Index of the Series metric `name` in `series`, or -1.
int seriesIndex(const std::vector<MetricDecl>& series, const std::string& name) {
    for (std::size_t m = 0; m < series.size(); ++m)
        if (series[m].name == name) return int(m);
    return -1;
}

} // namespace

bool sweepIsLine(const SweepPlan& plan) {
    return plan.axes.size() == 1 || plan.axes[0].seeds || plan.axes[1].seeds;
}

std::size_t sweepLineAxis(const SweepPlan& plan) {
    return plan.axes.size() == 2 && plan.axes[0].seeds ? 1 : 0;
}

SweepCurve sweepCurve(const SweepPlan& plan, const std::vector<SweepCellResult>& cells) {
    SweepCurve out;
    const std::size_t axis = sweepLineAxis(plan);
    out.x = plan.axisNumbers(axis);
    const std::size_t nx = out.x.size();
    // The variants: those of the first cell that ran.
    for (const auto& c : cells)
        if (!c.variants.empty() && c.status == RunStatus::Finished) {
            out.variants = c.variants;
            break;
        }
    const std::size_t nv = out.variants.size();
    // Pool every finished cell's replicates by their coordinate on the axis (several cells per point only
    // when the other axis is seeds).
    std::vector<std::vector<std::vector<double>>> pooled(nv, std::vector<std::vector<double>>(nx));
    for (const auto& c : cells) {
        if (c.status != RunStatus::Finished || c.finals.size() != nv) continue;
        const std::size_t i = plan.coords(c.cell)[axis];
        for (std::size_t v = 0; v < nv; ++v)
            pooled[v][i].insert(pooled[v][i].end(), c.finals[v].begin(), c.finals[v].end());
    }
    out.mean.assign(nv, std::vector<double>(nx, kNaN));
    out.low = out.high = out.mean;
    out.n.assign(nv, std::vector<int>(nx, 0));
    std::vector<double> scratch;
    for (std::size_t v = 0; v < nv; ++v)
        for (std::size_t i = 0; i < nx; ++i) {
            if (pooled[v][i].empty()) continue;
            const AggStats a = aggregate(pooled[v][i], scratch);
            out.mean[v][i] = a.mean;
            out.low[v][i] = a.ciLow;
            out.high[v][i] = a.ciHigh;
            out.n[v][i] = int(pooled[v][i].size());
        }
    return out;
}

std::vector<SweepCellResult> loadSweepCells(const RunStore& store, std::int64_t experimentId,
                                            const SweepPlan& plan) {
    std::vector<SweepCellResult> cells(plan.cells());
    for (std::size_t c = 0; c < cells.size(); ++c) {
        cells[c].cell = c;
        cells[c].seed = plan.cellSeed(c);
    }
    for (const auto& sc : store.sweepCells(experimentId)) {
        if (sc.cell >= cells.size()) continue;
        SweepCellResult& c = cells[sc.cell];
        c.status = sc.status;
        c.message = sc.message;
        c.elapsedSeconds = sc.elapsedSeconds;
    }
    const std::string suffix = " · ";
    for (const auto& run : store.runs(experimentId)) {
        if (run.sweepCell < 0 || std::size_t(run.sweepCell) >= cells.size()) continue;
        SweepCellResult& c = cells[std::size_t(run.sweepCell)];
        c.runIds.push_back(run.id);
        if (c.status != RunStatus::Finished) continue;
        const auto cut = run.label.rfind(suffix);
        c.variants.push_back(cut == std::string::npos ? run.label : run.label.substr(0, cut));
        c.finals.push_back(store.finalValues(run.id, plan.metric));
    }
    return cells;
}

std::vector<SweepCellResult> SweepRunner::cellsSoFar() const {
    std::lock_guard lock(m_mutex);
    return m_cells;
}

SweepRunner::SweepRunner(SweepPlan plan, RunStore* store, Options options)
    : SweepRunner(std::move(plan), store, std::move(options), nullptr) {
    prepareFirst();
    if (m_store && m_options.isRoot) {
        std::vector<RunStore::SweepCellSetup> setup;
        for (std::size_t c = 0; c < m_plan.cells(); ++c) {
            Json coords = Json::array();
            for (std::size_t k = 0; k < m_plan.axes.size(); ++k)
                coords.push_back(m_plan.axes[k].values[m_plan.coords(c)[k]]);
            setup.push_back({m_plan.cellSeed(c), coords});
        }
        m_recorder = m_store->sweepRecorder(m_plan.config, std::move(setup));
    }
}

SweepRunner::SweepRunner(SweepPlan plan, RunStore* store, Options options,
                         std::unique_ptr<RunStore::SweepRecorder> rec)
    : m_plan(std::move(plan)), m_store(store), m_options(std::move(options)), m_recorder(std::move(rec)) {
    m_cells.resize(m_plan.cells());
    for (std::size_t c = 0; c < m_cells.size(); ++c) {
        m_cells[c].cell = c;
        m_cells[c].seed = m_plan.cellSeed(c);
    }
    m_progress.cellsTotal = m_cells.size();
}

SweepRunner::~SweepRunner() = default;

void SweepRunner::prepareFirst() {
    // The cells must share one checkpoint grid: compare the first and the last (a parameter that moves the
    // grid moves it between them). Later cells are checked by the recorder as they start.
    PrepareOptions o;
    o.allowLong = true;                             // the whole sweep passed the limits
    m_firstCell = prepare(m_plan.cellConfig(0), o); // run() uses it for cell 0 instead of creating it again
    const auto grid = m_firstCell->experiment->grid();
    m_gridSize = std::int64_t(grid.size());
    if (m_plan.cells() < 2) return;
    const Prepared last = prepare(m_plan.cellConfig(m_plan.cells() - 1), o);
    const auto other = last.experiment->grid();
    if (other != grid) {
        std::size_t k = 0;
        const auto a = m_plan.coords(0), b = m_plan.coords(m_plan.cells() - 1);
        for (std::size_t i = 0; i < m_plan.axes.size(); ++i)
            if (a[i] != b[i] && !m_plan.axes[i].seeds) k = i;
        throw InputError(std::vector<Issue>{
            {"sweep.parameters[" + std::to_string(k) + "].path",
             fill(run_text::kSweepGrid,
                  {m_plan.axes[k].path, std::to_string(grid.size()),
                   std::to_string(grid.empty() ? 0 : grid.back()), std::to_string(other.size()),
                   std::to_string(other.empty() ? 0 : other.back())})}});
    }
}

std::unique_ptr<SweepRunner> SweepRunner::resume(RunStore& store, std::int64_t experimentId,
                                                 Options options) {
    PrepareOptions po;
    po.allowLong = true;                        // checked when the sweep started
    if (store.sweepCells(experimentId).empty()) // a plain run: refused before its config is read as a sweep
        throw InputError(fill(store_text::kNotASweep, {std::to_string(experimentId), store.path()}));
    SweepPlan plan = planSweep(store.config(experimentId), po);
    auto rec = store.resumeSweep(experimentId);
    std::unique_ptr<SweepRunner> r(
        new SweepRunner(std::move(plan), &store, std::move(options), std::move(rec)));
    r->m_experimentId = experimentId;
    r->prepareFirst();
    // The cells finished before: their finals, read back.
    for (auto& c : loadSweepCells(store, experimentId, r->m_plan))
        if (c.status == RunStatus::Finished) r->m_cells[c.cell] = std::move(c);
    std::size_t done = 0;
    for (const auto& c : r->m_cells) done += c.status == RunStatus::Finished;
    r->m_progress.cellsDone = done;
    return r;
}

RunStatus SweepRunner::run() {
    const auto start = std::chrono::steady_clock::now();
    RunStatus status = RunStatus::Finished;
    std::size_t finished = 0;
    std::int64_t cpBefore = 0;
    double elapsedBefore = 0;
    for (const auto& c : m_cells)
        if (c.status == RunStatus::Finished) {
            ++finished;
            cpBefore += m_gridSize;
            elapsedBefore += c.elapsedSeconds;
        }
    if (!m_cells.empty() && m_cells[0].status == RunStatus::Finished)
        m_firstCell.reset(); // resumed: not needed
    const std::size_t total = m_cells.size();
    auto where = [&](std::size_t c) {
        return std::to_string(c + 1) + " of " + std::to_string(total) + " (" + m_plan.cellText(c) + ")";
    };
    for (std::size_t c = 0; c < total; ++c) {
        SweepCellResult& cell = m_cells[c];
        if (cell.status == RunStatus::Finished) continue;
        {
            std::lock_guard lock(m_mutex);
            if (m_stop) {
                status = RunStatus::Interrupted;
                m_message = fill(store_text::kSweepStopped,
                                 {where(c), TB_TR("engine", "stopped"), std::to_string(finished),
                                  std::to_string(m_experimentId)});
                break;
            }
            m_progress.cell = c;
        }
        Prepared prepared;
        try {
            PrepareOptions o;
            o.allowLong = true; // the whole sweep passed the limits
            if (c == 0 && m_firstCell)
                prepared = std::move(*m_firstCell);
            else
                prepared = prepare(m_plan.cellConfig(c), o);
            m_firstCell.reset();
        } catch (const std::exception& e) {
            status = RunStatus::Failed;
            {
                std::lock_guard lock(m_mutex);
                cell.status = status;
                cell.message = e.what();
            }
            m_message = fill(store_text::kSweepCellFailed, {where(c), e.what(), std::to_string(finished)});
            break;
        }
        std::unique_ptr<ReplicateExchange> exchange = m_options.exchange ? m_options.exchange() : nullptr;
        Runner runner(prepared,
                      Runner::Options{m_options.threads, m_options.publishIntervalSeconds, exchange.get()});
        {
            std::lock_guard lock(m_mutex);
            m_runner = &runner;
            if (m_stop) runner.requestStop();
        }
        std::shared_ptr<const Snapshot> snap;
        try {
            if (m_recorder) m_recorder->beginCell(c, m_plan.cellText(c), cpBefore, elapsedBefore);
            snap = runner.run(m_recorder.get());
        } catch (const std::exception& e) { // the recorder's onFinish when the store failed
            std::lock_guard lock(m_mutex);
            m_runner = nullptr;
            cell.status = status = RunStatus::Failed;
            cell.message = e.what();
            m_message = fill(store_text::kSweepCellFailed, {where(c), e.what(), std::to_string(finished)});
            break;
        }
        if (m_recorder && m_experimentId == 0) m_experimentId = m_recorder->experimentId();
        SweepCellResult result = cell;
        result.status = snap->status;
        result.message = snap->message;
        result.elapsedSeconds = snap->elapsedSeconds;
        result.steps = double(snap->stepsDone);
        const int m = seriesIndex(snap->series, m_plan.metric);
        result.variants.clear();
        result.finals.clear();
        for (std::size_t r = 0; r < snap->runs.size(); ++r) {
            result.variants.push_back(snap->runs[r].label);
            result.finals.push_back(m >= 0 && r < snap->finalValues.size()
                                        ? snap->finalValues[r][std::size_t(m)]
                                        : std::vector<double>());
        }
        {
            std::lock_guard lock(m_mutex);
            cell = std::move(result);
            m_runner = nullptr;
            m_progress.steps += cell.steps;
            if (snap->status == RunStatus::Finished) m_progress.cellsDone = ++finished;
        }
        ++m_cellsRun;
        if (snap->status != RunStatus::Finished) {
            status = snap->status;
            m_message =
                snap->status == RunStatus::Interrupted
                    ? fill(store_text::kSweepStopped, {where(c), snap->message, std::to_string(finished),
                                                       std::to_string(m_experimentId)})
                    : fill(store_text::kSweepCellFailed, {where(c), snap->message, std::to_string(finished)});
            break;
        }
        cpBefore += m_gridSize;
        elapsedBefore += snap->elapsedSeconds;
    }
    if (m_recorder) {
        try {
            m_recorder->finish(status, m_message);
        } catch (const std::exception& e) {
            if (status == RunStatus::Finished) {
                status = RunStatus::Failed;
                m_message = e.what();
            }
        }
        if (m_experimentId == 0) m_experimentId = m_recorder->experimentId();
    }
    // The run ids of every stored cell, for browsing.
    if (m_store && m_options.isRoot && m_experimentId > 0) {
        const auto runs = m_store->runs(m_experimentId);
        std::lock_guard lock(m_mutex);
        for (auto& c : m_cells) c.runIds.clear();
        for (const auto& run : runs)
            if (run.sweepCell >= 0 && std::size_t(run.sweepCell) < m_cells.size())
                m_cells[std::size_t(run.sweepCell)].runIds.push_back(run.id);
    }
    {
        std::lock_guard lock(m_mutex);
        m_progress.elapsedSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    return status;
}

void SweepRunner::requestStop() {
    std::lock_guard lock(m_mutex);
    m_stop = true;
    if (m_runner) m_runner->requestStop();
}

SweepRunner::Progress SweepRunner::progress() const {
    std::lock_guard lock(m_mutex);
    Progress p = m_progress;
    if (m_runner) p.snapshot = m_runner->latest();
    return p;
}

} // namespace tb

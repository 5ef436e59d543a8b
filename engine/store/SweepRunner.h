#pragma once
// SweepRunner: runs the cells of a sweep (run/Sweep.h) one after another, each with the Runner on every
// thread (or spread over MPI ranks through a ReplicateExchange), recording them into one experiment of the
// store (RunStore::SweepRecorder). A stop ends the cell under way `interrupted` and the sweep with it; the
// cells finished before are kept, and resume() runs only the missing ones. Cell c's results are bit-identical
// to `trialbench-cli run` of the cell's config (SweepPlan::cellConfig), whatever the thread or process count.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/Prepared.h"
#include "core/Snapshot.h"
#include "run/ReplicateExchange.h"
#include "run/Sweep.h"
#include "store/RunStore.h"

namespace tb {

class Runner;

/// What one cell gave for the sweep's metric.
struct SweepCellResult {
    std::size_t cell = 0;
    RunStatus status = RunStatus::Running; ///< Running: not run (yet)
    std::string message;
    std::uint64_t seed = 0;
    std::vector<std::string> variants; ///< the variants' labels, without the cell text
    /// finals[variant]: each replicate's final value of the sweep's metric
    std::vector<std::vector<double>> finals;
    std::vector<std::int64_t> runIds; ///< the stored runs (empty when not stored)
    double elapsedSeconds = 0;
    double steps = 0; ///< simulated steps (pulls) of the cell
};

/// The sweep's metric against one axis (the other, if any, fixed at `fixedIndex`, or pooled over when it is
/// the seeds axis): for every value of the axis, the mean and 95% confidence interval of the mean of the
/// replicates' final values, per variant. NaN where no cell finished.
struct SweepCurve {
    std::vector<double> x;
    std::vector<std::string> variants;
    std::vector<std::vector<double>> mean, low, high; ///< [variant][i]
    std::vector<std::vector<int>> n;                  ///< replicates behind each point
};
/// The curve of a one-axis sweep (or of a parameter axis beside a seeds axis, pooling the seeds).
SweepCurve sweepCurve(const SweepPlan& plan, const std::vector<SweepCellResult>& cells);
/// Whether the sweep is drawn as a line over one parameter (one axis, or a parameter and seeds) rather than
/// a heatmap over two.
bool sweepIsLine(const SweepPlan& plan);
/// The axis drawn along x for a line (the one that is not seeds).
std::size_t sweepLineAxis(const SweepPlan& plan);

/// The cells of stored sweep `experimentId` as `plan` (planned from its stored config) lays them out: status,
/// seed and, for the finished ones, every variant's per-replicate final values of the plan's metric.
std::vector<SweepCellResult> loadSweepCells(const RunStore& store, std::int64_t experimentId,
                                            const SweepPlan& plan);

class SweepRunner {
public:
    struct Options {
        int threads = 0; ///< per cell's Runner; 0: all hardware threads
        double publishIntervalSeconds = 0.05;
        /// Spreads each cell's replicates over processes (docs/cluster.md); the root alone records. Made
        /// fresh for every cell by this factory (null: one process).
        std::function<std::unique_ptr<ReplicateExchange>()> exchange;
        bool isRoot = true; ///< false on the non-root ranks of an MPI job (they record and report nothing)
        bool allowLong = false;
    };
    struct Progress {
        std::size_t cellsDone = 0, cellsTotal = 0; ///< finished cells, all cells
        std::size_t cell = 0;                      ///< the cell under way
        std::shared_ptr<const Snapshot> snapshot;  ///< its latest snapshot (null between cells)
        double elapsedSeconds = 0;
        double steps = 0; ///< simulated steps of the cells run by this runner
    };
    /// A new sweep, recorded in `store` unless it is null.
    SweepRunner(SweepPlan plan, RunStore* store, Options options);
    /// Resumes the unfinished sweep `experimentId` of `store` (RunStore::resumeSweep: refused when it is
    /// running or complete): its finished cells are read back, the others run.
    static std::unique_ptr<SweepRunner> resume(RunStore& store, std::int64_t experimentId, Options options);
    ~SweepRunner();

    /// Runs every missing cell; returns the sweep's status (Finished when every cell finished). Never throws
    /// for a failure inside a cell: the cell and the sweep end `failed` with the reason.
    RunStatus run();
    void requestStop();
    Progress progress() const;

    const SweepPlan& plan() const { return m_plan; }
    std::int64_t experimentId() const { return m_experimentId; }
    const std::string& message() const { return m_message; }
    /// Every cell in cell order; those not run have status Running. Not while run() is under way on another
    /// thread: use cellsSoFar() there.
    const std::vector<SweepCellResult>& cells() const { return m_cells; }
    /// A copy of cells(), callable from any thread while run() is under way.
    std::vector<SweepCellResult> cellsSoFar() const;
    /// Cells this runner ran (a resumed sweep's earlier ones excluded).
    std::size_t cellsRun() const { return m_cellsRun; }

private:
    SweepRunner(SweepPlan plan, RunStore* store, Options options,
                std::unique_ptr<RunStore::SweepRecorder> rec);
    void prepareFirst(); ///< checks that the first and last cells share one grid (InputError otherwise)

    SweepPlan m_plan;
    RunStore* m_store;
    Options m_options;
    std::unique_ptr<RunStore::SweepRecorder> m_recorder;
    std::vector<SweepCellResult> m_cells;
    std::int64_t m_experimentId = 0;
    std::string m_message;
    std::size_t m_cellsRun = 0;
    std::int64_t m_gridSize = 0;
    std::optional<Prepared> m_firstCell; ///< cell 0, prepared by prepareFirst() until run() takes it

    mutable std::mutex m_mutex;
    Runner* m_runner = nullptr; ///< the cell's Runner while it runs; guarded by m_mutex
    bool m_stop = false;        ///< guarded by m_mutex
    Progress m_progress;        ///< guarded by m_mutex
};

} // namespace tb

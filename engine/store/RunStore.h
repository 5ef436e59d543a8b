#pragma once
// RunStore: every experiment run anywhere lands in one SQLite file (schema in docs/store.md). Plain C++ over
// the SQLite C API; no Qt. One RunStore is one connection: use one per thread (the GUI reads through its own
// while the engine thread writes through another; WAL lets them run concurrently).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

#include "core/RunObserver.h"
#include "core/Snapshot.h"
#include "core/Stats.h"

struct sqlite3;

namespace tb {

/// One row of the experiment list: everything the run browser shows, read from stored summaries (never from
/// series).
struct ExperimentRow {
    std::int64_t id = 0;
    std::string kind, name;
    RunStatus status = RunStatus::Running;
    std::string message;               ///< reason for interrupted/failed
    std::string createdAt, finishedAt; ///< ISO 8601 UTC, finishedAt "" while running
    std::string appVersion, notes;
    std::uint64_t seed = 0;
    int replicates = 0;
    int runCount = 0;
    std::vector<std::string> tags;
    std::string headlineMetric; ///< e.g. "pseudo_regret"
    std::string bestLabel;      ///< run with the best final headline mean ("" if none)
    double bestValue = 0;       ///< its final headline mean
    int checkpointsDone = 0;    ///< checkpoints stored so far
    int checkpointsTotal = 0;   ///< checkpoints of the full run (grid size)
    double elapsedSeconds = 0;  ///< run time so far (excluding pauses)
    std::string writerHost;     ///< host and process that wrote (writes) the experiment
    std::int64_t writerPid = 0;
    /// Final mean (across replicates, at the last stored checkpoint) of each Series metric of the best run,
    /// by metric name: what the run browser shows as final.METRIC.
    std::vector<std::pair<std::string, double>> bestFinals;
};

/// A tag `KEY=VALUE` (KEY non-empty, without spaces around it) has a key: an experiment holds at most one tag
/// per key. Any other tag (`baseline`, `=x`) is a plain tag. Returns {KEY, VALUE}, or nothing for a plain
/// tag.
std::optional<std::pair<std::string, std::string>> splitTag(const std::string& tag);
/// The tag as stored: a KEY=VALUE tag with the spaces around KEY and VALUE dropped, any other unchanged.
std::string normalizeTag(const std::string& tag);

/// Stored summary of one metric of one run (table `summaries`): its value at the last stored checkpoint and
/// the best mean over all stored checkpoints (lowest when lower is better).
struct MetricSummary {
    std::string metric;
    std::int64_t checkpoint = 0; ///< index of the last stored checkpoint
    std::int64_t step = 0;       ///< its step
    AggStats final;
    double best = 0;
    std::int64_t bestStep = 0;
};

/// Aggregate of a PerCategory metric for one category (e.g. pulls of one arm).
struct CategoryValue {
    int index = 0;
    std::string name;
    AggStats stats;
};

struct RunRow {
    std::int64_t id = 0, experimentId = 0;
    int index = 0; ///< order within the experiment
    std::string label;
    Json params;
    int sweepCell = -1; ///< the sweep cell the run belongs to; -1 for a run that is not a sweep's
};

struct SeriesPoint {
    std::int64_t step = 0;
    AggStats stats;
};

struct ListFilter {
    std::string kind; ///< "" = all kinds
    std::string text; ///< substring of name, notes, tags or best label ("" = all)
    int limit = -1;   ///< -1 = no limit
};

class RunStore {
public:
    enum class Mode {
        ReadWrite,         ///< creates the store when the file is missing or empty
        ReadWriteExisting, ///< an existing store only (read commands that may mark interrupted runs)
        ReadOnly,          ///< never writes; works in a location this user cannot write
    };

    /// `--db PATH` > $TRIALBENCH_DB > $XDG_DATA_HOME/TrialBench/runs.sqlite (~/.local/share/... when unset).
    static std::string defaultPath();
    /// $XDG_DATA_HOME/TrialBench/runs.sqlite (~/.local/share/... when unset), whatever $TRIALBENCH_DB says:
    /// where the window falls back when the store it was given is refused.
    static std::string dataHomePath();
    /// The path to use given an optional --db value (empty = none): applies the precedence above.
    static std::string resolvePath(const std::string& dbOption);

    /// Opens or creates the store. A file that is not a TrialBench store (a folder, a device, another
    /// program's file), has a newer schema, or is damaged is refused with a RuntimeError naming the file and
    /// is left byte-for-byte untouched. Before the first write (a run, a tag, a migration) the store must
    /// pass SQLite's quick_check (once per process while the process holds it open). Creation is one
    /// transaction, safe against another process creating the same store at the same moment. Missing folders
    /// are created (ReadWrite only).
    explicit RunStore(const std::string& path, Mode mode = Mode::ReadWrite);
    ~RunStore();
    RunStore(const RunStore&) = delete;
    RunStore& operator=(const RunStore&) = delete;

    const std::string& path() const { return m_path; }
    static int schemaVersion();

    // --- Reading
    // -------------------------------------------------------------------------------------------------
    std::vector<ExperimentRow> listExperiments(const ListFilter& filter = {}) const;
    std::optional<ExperimentRow> experiment(std::int64_t id) const;
    Json config(std::int64_t experimentId) const; ///< the complete stored config (defaults filled)
    std::vector<RunRow> runs(std::int64_t experimentId) const;
    /// The experiment run `runId` belongs to; nothing for an unknown run.
    std::optional<std::int64_t> experimentOfRun(std::int64_t runId) const;
    std::vector<SeriesPoint> series(std::int64_t runId, const std::string& metric) const;
    std::vector<double> finalValues(std::int64_t runId, const std::string& metric) const; ///< per replicate
    /// Rebuilds the Snapshot of a stored experiment (same shape as the Runner's), so views draw stored and
    /// live runs with the same code. Throws RuntimeError for an unknown id.
    Snapshot loadSnapshot(std::int64_t experimentId) const;
    std::vector<MetricSummary> summaries(std::int64_t runId) const; ///< one per stored Series metric
    std::vector<CategoryValue> categoryValues(std::int64_t runId, const std::string& metric) const;
    /// The counts of a Pooled metric of a run (empty when none were recorded).
    PooledCounts pooledCounts(std::int64_t runId, const std::string& metric) const;
    /// What the kind derived from a run's pooled counts when it ended; nothing when none was recorded.
    std::optional<Derivation> derivation(std::int64_t runId) const;
    /// Value-axis plot declarations as stored with the experiment.
    std::vector<PlotDecl> storedPlots(std::int64_t experimentId) const;
    /// Metric declarations as stored with the experiment (used when its kind is not registered in this
    /// build).
    std::vector<MetricDecl> storedMetrics(std::int64_t experimentId) const;
    /// The experiment's metric declarations: its kind's when the kind is registered, else as stored.
    std::vector<MetricDecl> metricDecls(std::int64_t experimentId) const;
    /// Marks every experiment still `running` whose writer process is gone (same host, pid no longer alive or
    /// reused) as `interrupted`, saying how many checkpoints it kept. Done on open and by listExperiments()
    /// in ReadWrite mode. Returns how many were marked.
    int recoverInterrupted();
    /// Changes whenever another connection commits (PRAGMA data_version): poll it to refresh a browser
    /// cheaply.
    std::int64_t dataVersion() const;

    // --- Editing (text must be valid UTF-8: InputError otherwise, nothing written)
    // -------------------------------------------------------------------------------------------------
    void setNotes(std::int64_t experimentId, const std::string& notes);
    /// Adds normalizeTag(tag); a KEY=VALUE tag replaces the experiment's tag with that KEY, if any.
    void addTag(std::int64_t experimentId, const std::string& tag);
    /// Removes the tag `tag`, or when there is none and `tag` has no '=', the KEY=VALUE tag whose KEY is
    /// `tag`. InputError when the experiment has no such tag.
    void removeTag(std::int64_t experimentId, const std::string& tag);
    /// With its runs, series, finals and tags. Editing an unknown id throws InputError("no experiment N in
    /// PATH"); deleting a running experiment (its writer alive) throws RuntimeError and deletes nothing.
    void deleteExperiment(std::int64_t experimentId);
    void setName(std::int64_t experimentId, const std::string& name);

    // --- Recording a run
    // -----------------------------------------------------------------------------------------
    /// An observer that records the run it observes: creates the experiment at onStart (status running),
    /// writes checkpoints in batched transactions (at least every `flushSeconds` and at every batch of
    /// checkpoints), and marks the experiment finished/interrupted/failed with its reason at onFinish.
    /// experimentId() is valid after onStart. Errors (full disk, read-only file) are thrown from the
    /// callbacks as RuntimeError, which makes the Runner stop with status Failed.
    class Recorder : public RunObserver {
    public:
        virtual std::int64_t experimentId() const = 0;
    };
    std::unique_ptr<Recorder> recorder(double flushSeconds = 0.25);

    // --- Sweeps (docs/sweeps.md)
    // -----------------------------------------------------------------------------------------
    /// Records the cells of a sweep into one experiment, cell after cell, through one connection: call
    /// beginCell() before each cell's run, then let the Runner call the observer as for a run. The first
    /// cell's onStart creates the experiment (its config the sweep config, checkpoints_total cells × grid,
    /// every cell listed `pending`), unless the recorder resumes an experiment. Each cell's onStart inserts
    /// its runs (labelled "VARIANT · CELL TEXT"), its onFinish marks the cell finished, interrupted or
    /// failed; the experiment stays `running` until finish().
    class SweepRecorder : public Recorder {
    public:
        /// `checkpointsBefore` and `elapsedBefore`: what the cells finished earlier add to the experiment's
        /// progress.
        virtual void beginCell(std::size_t cell, const std::string& cellText, std::int64_t checkpointsBefore,
                               double elapsedBefore) = 0;
        /// After the last cell (or a stop or failure): the experiment's status, message and best run.
        virtual void finish(RunStatus status, const std::string& message) = 0;
    };
    struct SweepCellSetup {
        std::uint64_t seed = 0;
        Json coords; ///< the axes' values of the cell (a JSON array)
    };
    /// A recorder for a new sweep of `cells` (in cell order) whose config is `sweepConfig`.
    std::unique_ptr<SweepRecorder> sweepRecorder(const Json& sweepConfig, std::vector<SweepCellSetup> cells,
                                                 double flushSeconds = 0.25);
    /// Takes over the unfinished sweep `experimentId` to run its missing cells: refuses it (InputError) when
    /// it is no sweep or is finished, and (RuntimeError) when its writer is still running; otherwise marks
    /// it running by this process, deletes what the cells that did not finish had stored, and returns a
    /// recorder for those cells.
    std::unique_ptr<SweepRecorder> resumeSweep(std::int64_t experimentId, double flushSeconds = 0.25);

    struct SweepCell {
        std::size_t cell = 0;
        std::uint64_t seed = 0;
        Json coords;
        RunStatus status = RunStatus::Running; ///< Running: not run yet (or running now)
        std::string message;
        double elapsedSeconds = 0;
    };
    /// The cells of sweep `experimentId` in cell order; empty when it is not a sweep.
    std::vector<SweepCell> sweepCells(std::int64_t experimentId) const;

    sqlite3* handle() const { return m_db; } ///< for tests and tools

private:
    struct Identity {
        std::int64_t appId = 0, version = 0, objects = 0;
    };
    void open(Mode mode);
    void openReadOnly();
    void connect(int flags, const std::string& uri = {});
    Identity identity();
    void enableWal();
    /// Refuses (RuntimeError "damaged", with the recovery command) a store failing SQLite's quick_check;
    /// called before the first write through this store, at most once per process while it holds the file.
    void ensureSound();
    void requireExperiment(std::int64_t experimentId) const;

    std::string m_path;
    sqlite3* m_db = nullptr;
    Mode m_mode = Mode::ReadWrite;
    std::optional<std::pair<dev_t, ino_t>> m_checkedKey; ///< set once this store passed ensureSound()
};

} // namespace tb

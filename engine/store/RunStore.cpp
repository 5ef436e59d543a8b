#include "store/RunStore.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <limits>
#include <mutex>
#include <signal.h>
#include <sstream>
#include <sys/types.h>
#include <thread>
#include <unistd.h>

#include "run/Registry.h"
#include "store/Sqlite.h"

#ifndef TB_VERSION
#define TB_VERSION "unknown"
#endif

namespace tb {

namespace fs = std::filesystem;
using sql::Stmt;
using sql::Transaction;

namespace {

/// PRAGMA application_id of every TrialBench store: the bytes "TBRS".
constexpr std::int32_t kApplicationId = 0x54425253;

// Forward-only migrations: step i takes the schema from user_version i to i + 1. Never edit a released step;
// append.
const char* const kMigrations[] = {
    // 0 -> 1: the initial schema.
    R"sql(
CREATE TABLE experiments (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    kind              TEXT    NOT NULL,
    name              TEXT    NOT NULL DEFAULT '',
    seed              INTEGER NOT NULL,
    replicates        INTEGER NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('running', 'finished', 'interrupted', 'failed')),
    message           TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    finished_at       TEXT,
    app_version       TEXT    NOT NULL,
    notes             TEXT    NOT NULL DEFAULT '',
    writer_pid        INTEGER NOT NULL,
    writer_host       TEXT    NOT NULL,
    writer_start      TEXT    NOT NULL,
    checkpoints_total INTEGER NOT NULL,
    checkpoints_done  INTEGER NOT NULL DEFAULT 0,
    elapsed_seconds   REAL    NOT NULL DEFAULT 0,
    run_count         INTEGER NOT NULL DEFAULT 0,
    headline_metric   TEXT    NOT NULL DEFAULT '',
    best_run_id       INTEGER,
    best_label        TEXT    NOT NULL DEFAULT '',
    best_value        REAL
);
CREATE INDEX experiments_by_kind ON experiments (kind, id);
CREATE INDEX experiments_running ON experiments (status) WHERE status = 'running';

-- Bulky per-experiment data kept out of `experiments` so that listing reads only small rows.
CREATE TABLE experiment_data (
    experiment_id  INTEGER PRIMARY KEY REFERENCES experiments (id) ON DELETE CASCADE,
    config         TEXT    NOT NULL,
    grid           TEXT    NOT NULL,
    category_names TEXT    NOT NULL DEFAULT '[]'
);

CREATE TABLE metrics (
    experiment_id   INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    label           TEXT    NOT NULL,
    unit            TEXT    NOT NULL,
    lower_is_better INTEGER NOT NULL,
    plot            TEXT    NOT NULL,
    scope           TEXT    NOT NULL CHECK (scope IN ('series', 'category')),
    category_label  TEXT    NOT NULL DEFAULT '',
    headline        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (experiment_id, position)
) WITHOUT ROWID;

CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    label         TEXT    NOT NULL,
    params        TEXT    NOT NULL,
    UNIQUE (experiment_id, idx)
);

CREATE TABLE series (
    run_id     INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    metric     TEXT    NOT NULL,
    checkpoint INTEGER NOT NULL,
    step       INTEGER NOT NULL,
    n          INTEGER NOT NULL,
    mean REAL, sd REAL, ci95_low REAL, ci95_high REAL, min REAL, max REAL, q10 REAL, q50 REAL, q90 REAL,
    PRIMARY KEY (run_id, metric, checkpoint)
) WITHOUT ROWID;

CREATE TABLE category_values (
    run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    metric   TEXT    NOT NULL,
    category INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    n        INTEGER NOT NULL,
    mean REAL, sd REAL, ci95_low REAL, ci95_high REAL, min REAL, max REAL, q10 REAL, q50 REAL, q90 REAL,
    PRIMARY KEY (run_id, metric, category)
) WITHOUT ROWID;

CREATE TABLE final_values (
    run_id    INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    metric    TEXT    NOT NULL,
    replicate INTEGER NOT NULL,
    value     REAL,
    PRIMARY KEY (run_id, metric, replicate)
) WITHOUT ROWID;

CREATE TABLE summaries (
    run_id     INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    metric     TEXT    NOT NULL,
    checkpoint INTEGER NOT NULL,
    step       INTEGER NOT NULL,
    n          INTEGER NOT NULL,
    mean REAL, sd REAL, ci95_low REAL, ci95_high REAL, min REAL, max REAL, q10 REAL, q50 REAL, q90 REAL,
    best       REAL,
    best_step  INTEGER,
    PRIMARY KEY (run_id, metric)
) WITHOUT ROWID;

CREATE TABLE tags (
    experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    tag           TEXT    NOT NULL,
    PRIMARY KEY (experiment_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_by_tag ON tags (tag);
)sql",
};
constexpr int kSchemaVersion = int(std::size(kMigrations));

std::string nowIso() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string hostName() {
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0) return "unknown";
    return buf;
}

/// Identity of a live process beyond its pid (pids are reused): boot id + start time in clock ticks since
/// boot.
/// "" when /proc is not readable.
std::string processStart(long pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!stat || !std::getline(stat, line)) return "";
    // Field 2 (comm) may contain spaces and parentheses: fields after it start after the last ')'.
    const auto close = line.rfind(')');
    if (close == std::string::npos) return "";
    std::istringstream rest(line.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && rest >> field; ++i)
        if (i == 22) {
            std::ifstream boot("/proc/sys/kernel/random/boot_id");
            std::string bootId;
            std::getline(boot, bootId);
            return bootId + "/" + field;
        }
    return "";
}

struct Writer {
    long pid;
    std::string host, start;
};
const Writer& thisWriter() {
    static const Writer w{long(getpid()), hostName(), processStart(long(getpid()))};
    return w;
}

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

enum class FileState { Missing, Empty, Store };

[[noreturn]] void refuseForeign(const std::string& path, const std::string& why) {
    throw RuntimeError(
        path + " is not a TrialBench store (" + why +
        "); refusing to open it and leaving it untouched. Choose another file with --db PATH or "
        "TRIALBENCH_DB.");
}

[[noreturn]] void refuseNewer(const std::string& path, std::int64_t version) {
    throw RuntimeError(path + " was written by a newer TrialBench (store schema version " +
                       std::to_string(version) + ", this build reads up to " +
                       std::to_string(kSchemaVersion) +
                       "); refusing to open it and leaving it untouched. Upgrade TrialBench to use it.");
}

/// Inspects the file's header bytes without SQLite (so nothing, not even a -wal or -shm file, is created
/// beside a file we will refuse). Throws RuntimeError for a foreign file or a newer schema.
FileState inspect(const std::string& path) {
    std::error_code ec;
    const auto st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return FileState::Missing;
    if (fs::is_directory(st)) throw RuntimeError(path + " is a folder, not a TrialBench store file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw RuntimeError("cannot read store " + path + ": " + std::strerror(errno));
    unsigned char header[100] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    const auto got = in.gcount();
    if (got == 0) return FileState::Empty;
    static const char magic[] = "SQLite format 3";
    if (got < 100 || std::memcmp(header, magic, 16) != 0) refuseForeign(path, "it is not an SQLite database");
    const std::uint32_t userVersion = bigEndian32(header + 60);
    const std::uint32_t appId = bigEndian32(header + 68);
    if (appId != std::uint32_t(kApplicationId)) {
        std::ostringstream why;
        why << "an SQLite database of another application, application_id 0x" << std::hex << appId;
        refuseForeign(path, why.str());
    }
    if (userVersion > std::uint32_t(kSchemaVersion)) refuseNewer(path, userVersion);
    return FileState::Store;
}

std::int64_t pragmaInt(sqlite3* db, const std::string& path, const char* sqlText) {
    Stmt s(db, path, sqlText);
    return s.step("read the schema version") ? s.integer(0) : 0;
}

void bindStats(Stmt& s, int first, const AggStats& a) {
    s.bind(first, a.n)
        .bind(first + 1, a.mean)
        .bind(first + 2, a.sd)
        .bind(first + 3, a.ciLow)
        .bind(first + 4, a.ciHigh)
        .bind(first + 5, a.min)
        .bind(first + 6, a.max)
        .bind(first + 7, a.q10)
        .bind(first + 8, a.q50)
        .bind(first + 9, a.q90);
}

AggStats readStats(const Stmt& s, int first) {
    AggStats a;
    a.n = s.integer(first);
    a.mean = s.real(first + 1);
    a.sd = s.real(first + 2);
    a.ciLow = s.real(first + 3);
    a.ciHigh = s.real(first + 4);
    a.min = s.real(first + 5);
    a.max = s.real(first + 6);
    a.q10 = s.real(first + 7);
    a.q50 = s.real(first + 8);
    a.q90 = s.real(first + 9);
    return a;
}

constexpr const char* kStatsColumns = "n, mean, sd, ci95_low, ci95_high, min, max, q10, q50, q90";

const char* kExperimentColumns =
    "e.id, e.kind, e.name, e.status, e.message, e.created_at, coalesce(e.finished_at, ''), e.app_version, "
    "e.notes, "
    "e.seed, e.replicates, e.run_count, e.headline_metric, e.best_label, e.best_value, e.checkpoints_done, "
    "e.checkpoints_total, e.elapsed_seconds, e.writer_host, e.writer_pid";

ExperimentRow readExperiment(const Stmt& s) {
    ExperimentRow r;
    r.id = s.integer(0);
    r.kind = s.text(1);
    r.name = s.text(2);
    r.status = s.text(3);
    r.message = s.text(4);
    r.createdAt = s.text(5);
    r.finishedAt = s.text(6);
    r.appVersion = s.text(7);
    r.notes = s.text(8);
    r.seed = std::uint64_t(s.integer(9));
    r.replicates = int(s.integer(10));
    r.runCount = int(s.integer(11));
    r.headlineMetric = s.text(12);
    r.bestLabel = s.text(13);
    r.bestValue = s.real(14);
    r.checkpointsDone = int(s.integer(15));
    r.checkpointsTotal = int(s.integer(16));
    r.elapsedSeconds = s.real(17);
    r.writerHost = s.text(18);
    r.writerPid = s.integer(19);
    return r;
}

std::string escapeLike(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

bool better(double candidate, double current, bool lowerIsBetter) {
    if (std::isnan(candidate)) return false;
    if (std::isnan(current)) return true;
    return lowerIsBetter ? candidate < current : candidate > current;
}

} // namespace

// --- Paths
// -------------------------------------------------------------------------------------------------------

std::string RunStore::defaultPath() {
    if (const char* env = std::getenv("TRIALBENCH_DB"); env && *env) return env;
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    else
        base = fs::current_path();
    return (base / "TrialBench" / "runs.sqlite").string();
}

std::string RunStore::resolvePath(const std::string& dbOption) {
    return dbOption.empty() ? defaultPath() : dbOption;
}

int RunStore::schemaVersion() {
    return kSchemaVersion;
}

// --- Opening
// -----------------------------------------------------------------------------------------------------

RunStore::RunStore(const std::string& path, Mode mode) : m_path(path), m_mode(mode) {
    try {
        open(mode);
    } catch (...) {
        if (m_db) sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

RunStore::~RunStore() {
    if (m_db) sqlite3_close_v2(m_db);
}

void RunStore::open(Mode mode) {
    const FileState state = inspect(m_path);
    if (mode == Mode::ReadOnly && state != FileState::Store)
        throw RuntimeError("there is no TrialBench store at " + m_path);

    if (state == FileState::Missing) {
        const fs::path parent = fs::path(m_path).parent_path();
        std::error_code ec;
        if (!parent.empty()) fs::create_directories(parent, ec);
        if (ec)
            throw RuntimeError("cannot create the folder " + parent.string() + " for store " + m_path + ": " +
                               ec.message() + " (use --db PATH or TRIALBENCH_DB for another location)");
    }

    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(m_path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        sql::fail(m_db, m_path, state == FileState::Missing ? "create the file" : "open", rc);
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
    if (mode == Mode::ReadWrite && sqlite3_db_readonly(m_db, "main") == 1)
        throw RuntimeError(
            "store " + m_path +
            " is read-only (check the permissions of the file and its folder, or use --db PATH or "
            "TRIALBENCH_DB for another location)");
    sql::exec(m_db, m_path, "PRAGMA foreign_keys = ON", "enable foreign keys");
    // Memory-mapped reads: listing a large store touches every experiment row.
    sql::exec(m_db, m_path, "PRAGMA mmap_size = 268435456", "configure memory-mapped reads");

    // Check again through SQLite (the header may lag behind a WAL file).
    const std::int64_t appId = pragmaInt(m_db, m_path, "PRAGMA application_id");
    const std::int64_t version = pragmaInt(m_db, m_path, "PRAGMA user_version");
    const std::int64_t objects = pragmaInt(m_db, m_path, "SELECT count(*) FROM sqlite_master");
    if (appId != kApplicationId && (appId != 0 || objects != 0 || version != 0)) {
        std::ostringstream why;
        why << "an SQLite database of another application, application_id 0x" << std::hex << appId;
        refuseForeign(m_path, why.str());
    }
    if (version > kSchemaVersion) refuseNewer(m_path, version);

    if (mode == Mode::ReadOnly) {
        if (version < kSchemaVersion)
            throw RuntimeError("store " + m_path + " has schema version " + std::to_string(version) +
                               " and needs an upgrade: open it once read-write");
        return;
    }

    if (version < kSchemaVersion) {
        Transaction tx(m_db, m_path);
        // Another process may have migrated meanwhile: read the version again under the write lock.
        std::int64_t v = pragmaInt(m_db, m_path, "PRAGMA user_version");
        if (v > kSchemaVersion) refuseNewer(m_path, v);
        for (; v < kSchemaVersion; ++v)
            sql::exec(m_db, m_path, kMigrations[v], "migrate to schema version " + std::to_string(v + 1));
        sql::exec(m_db, m_path, ("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str(),
                  "mark the file");
        sql::exec(m_db, m_path, ("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str(),
                  "set the schema version");
        tx.commit();
    }
    {
        Stmt s(m_db, m_path, "PRAGMA journal_mode = WAL");
        if (!s.step("switch to WAL") || s.text(0) != "wal")
            throw RuntimeError("store " + m_path +
                               " cannot use write-ahead logging (is it on a network drive?)");
    }
    sql::exec(m_db, m_path, "PRAGMA synchronous = NORMAL", "set the sync mode");
    recoverInterrupted();
}

int RunStore::recoverInterrupted() {
    if (m_mode != Mode::ReadWrite) return 0;
    struct Stale {
        std::int64_t id, pid, done, total;
        std::string host, updated;
    };
    std::vector<Stale> stale;
    {
        Stmt s(m_db, m_path,
               "SELECT id, writer_pid, writer_host, writer_start, checkpoints_done, checkpoints_total, "
               "updated_at "
               "FROM experiments WHERE status = 'running'");
        const Writer& me = thisWriter();
        while (s.step("find interrupted runs")) {
            const std::int64_t pid = s.integer(1);
            const std::string host = s.text(2), start = s.text(3);
            if (host != me.host) continue; // cannot tell whether a process on another machine still runs
            bool alive;
            if (pid == me.pid)
                alive = start == me.start; // this very process (another connection's recorder)
            else if (kill(pid_t(pid), 0) == 0 || errno == EPERM) {
                const std::string now = processStart(long(pid));
                alive = now.empty() || start.empty() || now == start; // pid reused by another process?
            } else
                alive = false;
            if (!alive) stale.push_back({s.integer(0), pid, s.integer(4), s.integer(5), host, s.text(6)});
        }
    }
    if (stale.empty()) return 0;
    Transaction tx(m_db, m_path);
    Stmt up(m_db, m_path,
            "UPDATE experiments SET status = 'interrupted', message = ?, finished_at = ? "
            "WHERE id = ? AND status = 'running'");
    for (const auto& e : stale) {
        const std::string msg = "interrupted: the writing process (pid " + std::to_string(e.pid) + " on " +
                                e.host + ") ended without finishing the run; " + std::to_string(e.done) +
                                " of " + std::to_string(e.total) + " checkpoints were kept";
        up.bind(1, msg).bind(2, e.updated).bind(3, e.id).run("mark an interrupted run");
    }
    tx.commit();
    return int(stale.size());
}

// --- Reading
// -----------------------------------------------------------------------------------------------------

std::vector<ExperimentRow> RunStore::listExperiments(const ListFilter& filter) const {
    if (m_mode == Mode::ReadWrite) const_cast<RunStore*>(this)->recoverInterrupted();
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
        while (s.step("list experiments")) out.push_back(readExperiment(s));
    }
    if (out.empty()) return out;
    // Tags in one pass (ids are descending in `out`), instead of a subquery per row.
    Stmt t(m_db, m_path,
           "SELECT experiment_id, tag FROM tags WHERE experiment_id BETWEEN ? AND ? ORDER BY "
           "experiment_id DESC, tag");
    t.bind(1, out.back().id).bind(2, out.front().id);
    std::size_t i = 0;
    while (t.step("list tags")) {
        const std::int64_t id = t.integer(0);
        while (i < out.size() && out[i].id > id) ++i;
        if (i < out.size() && out[i].id == id) out[i].tags.push_back(t.text(1));
    }
    return out;
}

std::optional<ExperimentRow> RunStore::experiment(std::int64_t id) const {
    Stmt s(m_db, m_path,
           (std::string("SELECT ") + kExperimentColumns + " FROM experiments e WHERE e.id = ?").c_str());
    s.bind(1, id);
    if (!s.step("read an experiment")) return std::nullopt;
    ExperimentRow row = readExperiment(s);
    Stmt t(m_db, m_path, "SELECT tag FROM tags WHERE experiment_id = ? ORDER BY tag");
    t.bind(1, id);
    while (t.step("read tags")) row.tags.push_back(t.text(0));
    return row;
}

void RunStore::requireExperiment(std::int64_t id) const {
    Stmt s(m_db, m_path, "SELECT 1 FROM experiments WHERE id = ?");
    s.bind(1, id);
    if (!s.step("read an experiment"))
        throw InputError("no experiment " + std::to_string(id) + " in " + m_path);
}

Json RunStore::config(std::int64_t experimentId) const {
    Stmt s(m_db, m_path, "SELECT config FROM experiment_data WHERE experiment_id = ?");
    s.bind(1, experimentId);
    if (!s.step("read a config"))
        throw InputError("no experiment " + std::to_string(experimentId) + " in " + m_path);
    return Json::parse(s.text(0), nullptr, false);
}

std::vector<RunRow> RunStore::runs(std::int64_t experimentId) const {
    Stmt s(m_db, m_path,
           "SELECT id, experiment_id, idx, label, params FROM runs WHERE experiment_id = ? ORDER BY idx");
    s.bind(1, experimentId);
    std::vector<RunRow> out;
    while (s.step("read runs"))
        out.push_back({s.integer(0), s.integer(1), int(s.integer(2)), s.text(3),
                       Json::parse(s.text(4), nullptr, false)});
    return out;
}

std::vector<SeriesPoint> RunStore::series(std::int64_t runId, const std::string& metric) const {
    Stmt s(m_db, m_path,
           (std::string("SELECT step, ") + kStatsColumns +
            " FROM series WHERE run_id = ? AND metric = ? ORDER BY checkpoint")
               .c_str());
    s.bind(1, runId).bind(2, metric);
    std::vector<SeriesPoint> out;
    while (s.step("read a series")) out.push_back({s.integer(0), readStats(s, 1)});
    return out;
}

std::vector<double> RunStore::finalValues(std::int64_t runId, const std::string& metric) const {
    Stmt s(m_db, m_path, "SELECT value FROM final_values WHERE run_id = ? AND metric = ? ORDER BY replicate");
    s.bind(1, runId).bind(2, metric);
    std::vector<double> out;
    while (s.step("read final values")) out.push_back(s.real(0));
    return out;
}

std::vector<MetricSummary> RunStore::summaries(std::int64_t runId) const {
    Stmt s(m_db, m_path,
           (std::string("SELECT metric, checkpoint, step, ") + kStatsColumns +
            ", best, best_step FROM summaries WHERE run_id = ? ORDER BY metric")
               .c_str());
    s.bind(1, runId);
    std::vector<MetricSummary> out;
    while (s.step("read summaries")) {
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
    while (s.step("read category values")) out.push_back({int(s.integer(0)), s.text(1), readStats(s, 2)});
    return out;
}

std::vector<MetricDecl> RunStore::storedMetrics(std::int64_t experimentId) const {
    Stmt s(m_db, m_path,
           "SELECT name, label, unit, lower_is_better, plot, scope, category_label, headline FROM metrics "
           "WHERE experiment_id = ? ORDER BY position");
    s.bind(1, experimentId);
    std::vector<MetricDecl> out;
    while (s.step("read metric declarations")) {
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

Snapshot RunStore::loadSnapshot(std::int64_t experimentId) const {
    Stmt e(
        m_db, m_path,
        "SELECT kind, grid, category_names, checkpoints_done, status, message, replicates, elapsed_seconds "
        "FROM experiments JOIN experiment_data ON experiment_id = id WHERE id = ?");
    e.bind(1, experimentId);
    if (!e.step("read an experiment"))
        throw RuntimeError("no experiment " + std::to_string(experimentId) + " in " + m_path);
    const std::string kindName = e.text(0);
    const Json grid = Json::parse(e.text(1), nullptr, false);
    const Json categoryNames = Json::parse(e.text(2), nullptr, false);
    const auto done = std::size_t(e.integer(3));
    const std::string status = e.text(4);
    const std::string message = e.text(5);
    const std::int64_t replicates = e.integer(6);
    const double elapsed = e.real(7);

    Snapshot s;
    std::vector<MetricDecl> decls;
    if (const Kind* kind = findKind(kindName))
        decls = kind->metrics();
    else
        decls = storedMetrics(experimentId);
    for (const auto& d : decls) (d.scope == MetricScope::Series ? s.series : s.perCategory).push_back(d);
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
        auto& cats = categories[i];
        for (const auto& m : s.perCategory) {
            auto& cv = cats.emplace_back();
            for (const auto& c : categoryValues(r.id, m.name)) cv.push_back(c.stats);
            anyCategories = anyCategories || !cv.empty();
        }
    }
    if (anyCategories) s.categoryStats = std::move(categories);
    s.done = std::min(done, s.grid.size());
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

std::int64_t RunStore::dataVersion() const {
    return pragmaInt(m_db, m_path, "PRAGMA data_version");
}

// --- Editing
// -----------------------------------------------------------------------------------------------------

void RunStore::setNotes(std::int64_t experimentId, const std::string& notes) {
    requireExperiment(experimentId);
    Stmt s(m_db, m_path, "UPDATE experiments SET notes = ? WHERE id = ?");
    s.bind(1, notes).bind(2, experimentId).run("save notes");
}

void RunStore::setName(std::int64_t experimentId, const std::string& name) {
    requireExperiment(experimentId);
    Stmt s(m_db, m_path, "UPDATE experiments SET name = ? WHERE id = ?");
    s.bind(1, name).bind(2, experimentId).run("rename an experiment");
}

void RunStore::addTag(std::int64_t experimentId, const std::string& tag) {
    if (tag.empty()) throw InputError("a tag cannot be empty");
    requireExperiment(experimentId);
    Stmt s(m_db, m_path, "INSERT OR IGNORE INTO tags (experiment_id, tag) VALUES (?, ?)");
    s.bind(1, experimentId).bind(2, tag).run("add a tag");
}

void RunStore::removeTag(std::int64_t experimentId, const std::string& tag) {
    requireExperiment(experimentId);
    Stmt s(m_db, m_path, "DELETE FROM tags WHERE experiment_id = ? AND tag = ?");
    s.bind(1, experimentId).bind(2, tag).run("remove a tag");
}

void RunStore::deleteExperiment(std::int64_t experimentId) {
    requireExperiment(experimentId);
    Transaction tx(m_db, m_path);
    Stmt s(m_db, m_path, "DELETE FROM experiments WHERE id = ?");
    s.bind(1, experimentId).run("delete an experiment");
    tx.commit();
}

// --- Recording
// ---------------------------------------------------------------------------------------------------

namespace {

/// Records a run through its own connection and a writer thread, so the Runner's controlling thread (which
/// also simulates) only copies each checkpoint's aggregates into a queue and never waits for the disk. The
/// writer commits a transaction whenever a batch is due (flushSeconds since the last one, or kMaxBatch
/// checkpoints); a write error is rethrown from the next callback, which makes the Runner stop with status
/// Failed.
class StoreRecorder final : public RunStore::Recorder {
public:
    StoreRecorder(RunStore& store, double flushSeconds) : m_path(store.path()), m_flushSeconds(flushSeconds) {
        // Inherit the store connection's page limit (PRAGMA max_page_count is per connection).
        const std::int64_t maxPages = pragmaInt(store.handle(), m_path, "PRAGMA max_page_count");
        const int rc =
            sqlite3_open_v2(m_path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK) {
            try {
                sql::fail(m_db, m_path, "open a connection for recording", rc);
            } catch (...) {
                sqlite3_close_v2(m_db);
                throw;
            }
        }
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, 10000);
        sql::exec(m_db, m_path, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL", "configure");
        sql::exec(m_db, m_path, ("PRAGMA max_page_count = " + std::to_string(maxPages)).c_str(), "configure");
    }

    ~StoreRecorder() override {
        stopWriter();
        if (m_id != 0 && !m_closed) {
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

    void onStart(const Prepared& prepared, const Snapshot& initial) override {
        const Writer& me = thisWriter();
        const auto& metrics = prepared.kind->metrics();
        m_series = initial.series;
        m_perCategory = initial.perCategory;
        m_categoryNames = initial.categoryNames;
        m_labels.clear();
        for (const auto& r : initial.runs) m_labels.push_back(r.label);
        m_grid = initial.grid;
        m_total = initial.grid.size();
        m_headline = -1;
        for (std::size_t m = 0; m < m_series.size(); ++m)
            if (m_series[m].headline) m_headline = int(m);
        if (m_headline < 0 && !m_series.empty()) m_headline = 0;
        m_best.assign(initial.runs.size() * m_series.size(), std::numeric_limits<double>::quiet_NaN());
        m_bestStep.assign(m_best.size(), 0);
        m_last.assign(m_best.size(), AggStats{});

        Transaction tx(m_db, m_path);
        Stmt e(m_db, m_path,
               "INSERT INTO experiments (kind, name, seed, replicates, status, created_at, updated_at, "
               "app_version, writer_pid, writer_host, writer_start, checkpoints_total, run_count, "
               "headline_metric) "
               "VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const std::string now = nowIso();
        e.bind(1, prepared.kind->name())
            .bind(2, prepared.config.value("name", std::string()))
            .bind(3, std::int64_t(prepared.seed))
            .bind(4, prepared.replicates)
            .bind(5, now)
            .bind(6, now)
            .bind(7, TB_VERSION)
            .bind(8, std::int64_t(me.pid))
            .bind(9, me.host)
            .bind(10, me.start)
            .bind(11, initial.grid.size())
            .bind(12, initial.runs.size())
            .bind(13, m_headline >= 0 ? m_series[std::size_t(m_headline)].name : std::string());
        e.run("record a new experiment");
        const std::int64_t id = sqlite3_last_insert_rowid(m_db);
        Stmt d(
            m_db, m_path,
            "INSERT INTO experiment_data (experiment_id, config, grid, category_names) VALUES (?, ?, ?, ?)");
        d.bind(1, id)
            .bind(2, prepared.config.dump())
            .bind(3, Json(initial.grid).dump())
            .bind(4, Json(initial.categoryNames).dump())
            .run("record the config");
        Stmt md(
            m_db, m_path,
            "INSERT INTO metrics (experiment_id, position, name, label, unit, lower_is_better, plot, scope, "
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
                .run("record metric declarations");
        }
        Stmt r(m_db, m_path, "INSERT INTO runs (experiment_id, idx, label, params) VALUES (?, ?, ?, ?)");
        m_runIds.clear();
        for (std::size_t i = 0; i < initial.runs.size(); ++i) {
            r.bind(1, id).bind(2, i).bind(3, initial.runs[i].label).bind(4, initial.runs[i].params.dump());
            r.run("record runs");
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
        m_upExperiment =
            Stmt(m_db, m_path,
                 "UPDATE experiments SET checkpoints_done = ?, elapsed_seconds = ?, updated_at = ?, "
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

    void onFinish(const Snapshot& snapshot) override {
        if (m_id == 0) return;
        auto fin = std::make_unique<Final>();
        fin->status = snapshot.status == RunStatus::Running ? RunStatus::Interrupted : snapshot.status;
        fin->message = snapshot.message;
        fin->finalValues = snapshot.finalValues;
        fin->categoryStats = snapshot.categoryStats;
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
        const std::string writeError = m_error.empty() ? "the store's writer stopped" : m_error;
        if (!sqlite3_get_autocommit(m_db)) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        std::string msg = snapshot.message;
        if (msg.find(writeError) == std::string::npos) msg += (msg.empty() ? "" : "; ") + writeError;
        const char* status = snapshot.status == RunStatus::Finished ? "failed" : toString(snapshot.status);
        const std::string now = nowIso();
        const std::string kept =
            std::to_string(m_flushed) + " of " + std::to_string(m_total) + " checkpoints kept";
        const std::string shortReason =
            (writeError.find("full") != std::string::npos ? "store full; " : "store write failed; ") + kept;
        for (const std::string& m : {msg, shortReason, std::string("store write failed")}) {
            try {
                Stmt s(m_db, m_path,
                       "UPDATE experiments SET status = ?, message = ?, finished_at = ?, updated_at = ? "
                       "WHERE id = ?");
                s.bind(1, status)
                    .bind(2, m)
                    .bind(3, now)
                    .bind(4, now)
                    .bind(5, m_id.load())
                    .run("record the end of a run");
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
        double elapsed = 0;
    };

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
                    m_insSeries.run("record a checkpoint");
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
                    m_upSummary.bind(15, m_best[k]).bind(16, m_bestStep[k]).run("record a summary");
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
        m_upExperiment.bind(1, done).bind(2, elapsed).bind(3, now);
        if (bestRun)
            m_upExperiment.bind(4, bestRun);
        else
            m_upExperiment.bindNull(4);
        m_upExperiment.bind(5, bestLabel).bind(6, bestValue).bind(7, m_id.load()).run("record progress");

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
                                .run("record final values");
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
                            c.run("record category values");
                        }
            }
            Stmt s(m_db, m_path,
                   "UPDATE experiments SET status = ?, message = ?, finished_at = ? WHERE id = ?");
            s.bind(1, toString(fin->status))
                .bind(2, fin->message)
                .bind(3, now)
                .bind(4, m_id.load())
                .run("record the end of a run");
        }
        tx.commit();
        m_flushed = done;
    }

    sqlite3* m_db = nullptr; ///< the recorder's own connection
    std::string m_path;
    double m_flushSeconds;
    std::atomic<std::int64_t> m_id{0}; ///< read by experimentId() from any thread
    bool m_closed = false;
    std::size_t m_total = 0;
    int m_headline = -1;
    std::vector<MetricDecl> m_series, m_perCategory;
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
    if (m_mode != Mode::ReadWrite)
        throw RuntimeError("store " + m_path + " is open read-only: cannot record runs");
    return std::make_unique<StoreRecorder>(*this, flushSeconds);
}

} // namespace tb

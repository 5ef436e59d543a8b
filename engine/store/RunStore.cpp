// RunStore: paths, opening (file checks, creation, migration, integrity check), recovery of interrupted
// runs, and editing. Reading is in Queries.cpp, recording in Recorder.cpp, export in Export.cpp.
#include "store/RunStore.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <signal.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include "core/Text.h"
#include "store/Schema.h"
#include "store/Sqlite.h"
#include "store/StoreCommon.h"
#include "store/StoreFile.h"

namespace tb {

namespace fs = std::filesystem;
using namespace store;
using sql::Stmt;
using sql::Transaction;

namespace {

bool fileExists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

/// Stores that a live RunStore of this process has checked (by device and inode), with how many such
/// RunStores are open. Each of them holds the file open, so its inode cannot be freed and reused by another
/// file while the count is positive: a later connection (the window opens one per run) need not check again.
struct CheckedStores {
    std::mutex mutex;
    std::map<std::pair<dev_t, ino_t>, int> open;
};
CheckedStores& checkedStores() {
    static CheckedStores c;
    return c;
}

std::optional<std::pair<dev_t, ino_t>> fileKey(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return std::make_pair(st.st_dev, st.st_ino);
}

/// SQLite error codes that mean the file's content is not a sound database.
bool isCorruption(int rc) {
    const int code = rc & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || rc == SQLITE_IOERR_SHORT_READ;
}

} // namespace

// --- Paths
// -------------------------------------------------------------------------------------------------------

std::string RunStore::defaultPath() {
    if (const char* env = std::getenv("TRIALBENCH_DB"); env && *env) return env;
    return dataHomePath();
}

std::string RunStore::dataHomePath() {
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
    return store::schemaVersion();
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
    if (m_checkedKey) {
        auto& c = checkedStores();
        std::lock_guard lock(c.mutex);
        if (--c.open[*m_checkedKey] == 0) c.open.erase(*m_checkedKey);
    }
    if (m_db) sqlite3_close_v2(m_db);
}

void RunStore::connect(int flags, const std::string& uri) {
    const std::string& name = uri.empty() ? m_path : uri;
    const int rc = sqlite3_open_v2(
        name.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX | (uri.empty() ? 0 : SQLITE_OPEN_URI), nullptr);
    if (rc != SQLITE_OK)
        sql::fail(m_db, m_path,
                  fileExists(m_path) ? TB_TR("engine", "open") : TB_TR("engine", "create the file"), rc);
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
}

/// The identity of the open database as SQLite reads it (through the WAL): application id, schema version,
/// number of schema objects. A damaged file is refused with its diagnosis.
RunStore::Identity RunStore::identity() {
    Identity id;
    try {
        sql::ReadTransaction tx(m_db, m_path); // the three from one state: another process may be creating it
        id.appId = pragmaInt(m_db, m_path, "PRAGMA application_id", TB_TR("engine", "read the store's mark"));
        id.version =
            pragmaInt(m_db, m_path, "PRAGMA user_version", TB_TR("engine", "read the schema version"));
        id.objects =
            pragmaInt(m_db, m_path, "SELECT count(*) FROM sqlite_master", TB_TR("engine", "read the schema"));
    } catch (const sql::Error& e) {
        if (isCorruption(e.rc())) {
            std::string why = damageFromHeader(m_path);
            refuseDamaged(m_path, why.empty() ? fill(store_text::kSqlite, {sqlite3_errstr(e.rc())}) : why);
        }
        throw;
    }
    if (id.appId != kApplicationId && (id.appId != 0 || id.objects != 0 || id.version != 0)) {
        std::ostringstream hex;
        hex << std::hex << id.appId;
        refuseForeign(m_path, fill(store_text::kOtherApplication, {hex.str()}));
    }
    if (id.version > schemaVersion()) refuseNewer(m_path, id.version);
    return id;
}

void RunStore::open(Mode mode) {
    const FileProbe probe = probeStoreFile(m_path);
    if (mode != Mode::ReadWrite) {
        if (probe.state == FileState::Missing) throw RuntimeError(fill(store_text::kNoStore, {m_path}));
        if (probe.state == FileState::Empty)
            throw RuntimeError(fill(store_text::kNoStoreEmptyFile, {m_path}));
    }
    if (probe.state == FileState::Missing) {
        const fs::path parent = fs::path(m_path).parent_path();
        std::error_code ec;
        if (!parent.empty()) fs::create_directories(parent, ec);
        if (ec)
            throw RuntimeError(
                fill(store_text::kCannotCreateFolder, {parent.string(), m_path, ec.message()}));
    }

    if (mode == Mode::ReadOnly) {
        openReadOnly();
        return;
    }
    connect(SQLITE_OPEN_READWRITE | (mode == Mode::ReadWrite ? SQLITE_OPEN_CREATE : 0));
    if (sqlite3_db_readonly(m_db, "main") == 1) throw RuntimeError(fill(store_text::kReadOnly, {m_path}));
    sql::exec(m_db, m_path, "PRAGMA foreign_keys = ON", TB_TR("engine", "enable foreign keys"));
    // Memory-mapped reads: listing a large store touches every experiment row.
    sql::exec(m_db, m_path, "PRAGMA mmap_size = 268435456", TB_TR("engine", "configure memory-mapped reads"));

    Identity id = identity();
    const bool fresh = id.appId == 0 && id.objects == 0 && id.version == 0;
    if (fresh && mode != Mode::ReadWrite) throw RuntimeError(fill(store_text::kNoStoreNewDatabase, {m_path}));
    if (!fresh && id.version < schemaVersion()) ensureSound(); // never migrate a damaged store
    // Write-ahead logging before anything is created, so that creation is one transaction in the WAL that
    // other processes see whole or not at all.
    enableWal();
    if (id.version < schemaVersion()) {
        // Creation and migration under the write lock: another process may have created or migrated the
        // store meanwhile, so its identity is read again under the lock.
        Transaction tx(m_db, m_path);
        id = identity();
        if (id.version < schemaVersion()) migrate(m_db, m_path, id.version);
        tx.commit();
    }
    sql::exec(m_db, m_path, "PRAGMA synchronous = NORMAL", TB_TR("engine", "set the sync mode"));
    recoverInterrupted();
}

void RunStore::openReadOnly() {
    connect(SQLITE_OPEN_READONLY);
    Identity id;
    try {
        id = identity();
    } catch (const sql::Error& e) {
        // A WAL store in a location we cannot write (another user's, a read-only mount) cannot be opened
        // normally when no -shm file exists, because SQLite would have to create one. Then no process is
        // writing it (a writer keeps -wal and -shm beside it), and it is read as an immutable file.
        const int code = e.primary();
        if ((code != SQLITE_CANTOPEN && code != SQLITE_READONLY) || fileExists(m_path + "-wal") ||
            fileExists(m_path + "-shm"))
            throw;
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        // Characters with a meaning in URIs are percent-encoded.
        std::string encoded = "file:";
        for (unsigned char c : m_path) {
            if (c == '?' || c == '#' || c == '%' || c <= ' ') {
                char buf[4];
                std::snprintf(buf, sizeof buf, "%%%02X", c);
                encoded += buf;
            } else
                encoded += char(c);
        }
        connect(SQLITE_OPEN_READONLY, encoded + "?immutable=1");
        id = identity();
    }
    if (id.appId == 0 && id.objects == 0 && id.version == 0)
        throw RuntimeError(fill(store_text::kNoStoreEmptyDatabase, {m_path}));
    if (id.version < schemaVersion())
        throw RuntimeError(fill(store_text::kNeedsUpgrade, {m_path, std::to_string(id.version)}));
}

void RunStore::enableWal() {
    // Switching to WAL needs a moment with no other connection in a transaction; a concurrent creator may
    // hold one, and SQLite may answer busy without waiting, so try again for a while.
    for (int attempt = 0;; ++attempt) {
        sqlite3_stmt* st = nullptr;
        int rc = sqlite3_prepare_v2(m_db, "PRAGMA journal_mode = WAL", -1, &st, nullptr);
        std::string mode;
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(st);
            if (rc == SQLITE_ROW) {
                const auto* t = sqlite3_column_text(st, 0);
                mode = t ? reinterpret_cast<const char*>(t) : "";
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(st);
        if (rc == SQLITE_OK) {
            if (mode != "wal") throw RuntimeError(fill(store_text::kNoWal, {m_path}));
            return;
        }
        if ((rc & 0xff) != SQLITE_BUSY || attempt >= 200)
            sql::fail(m_db, m_path, TB_TR("engine", "switch to write-ahead logging"), rc);
        ::usleep(50000);
    }
}

void RunStore::ensureSound() {
    if (m_checkedKey || m_mode == Mode::ReadOnly) return;
    const auto key = fileKey(m_path);
    auto& c = checkedStores();
    if (key) {
        std::lock_guard lock(c.mutex);
        if (auto it = c.open.find(*key); it != c.open.end() && it->second > 0) {
            ++it->second;
            m_checkedKey = key;
            return;
        }
    }
    std::string verdict;
    try {
        Stmt s(m_db, m_path, "PRAGMA quick_check(1)");
        if (s.step(TB_TR("engine", "check the store's integrity"))) verdict = s.text(0);
    } catch (const sql::Error& e) {
        if (!isCorruption(e.rc())) throw;
        verdict = sqlite3_errstr(e.rc());
    }
    if (verdict != "ok") {
        const std::string header = damageFromHeader(m_path);
        refuseDamaged(m_path, header.empty() ? fill(store_text::kQuickCheck, {verdict}) : header);
    }
    if (key) {
        std::lock_guard lock(c.mutex);
        ++c.open[*key];
        m_checkedKey = key;
    }
}

int RunStore::recoverInterrupted() {
    if (m_mode == Mode::ReadOnly) return 0;
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
        while (s.step(TB_TR("engine", "find interrupted runs"))) {
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
    ensureSound();
    Transaction tx(m_db, m_path);
    Stmt up(m_db, m_path,
            "UPDATE experiments SET status = 'interrupted', message = ?, finished_at = ? "
            "WHERE id = ? AND status = 'running'");
    for (const auto& e : stale) {
        const std::string msg = "interrupted: the writing process (pid " + std::to_string(e.pid) + " on " +
                                e.host + ") ended without finishing the run; " + std::to_string(e.done) +
                                " of " + std::to_string(e.total) + " checkpoints were kept";
        up.bind(1, msg).bind(2, e.updated).bind(3, e.id).run(TB_TR("engine", "mark an interrupted run"));
    }
    tx.commit();
    return int(stale.size());
}

// --- Editing
// -----------------------------------------------------------------------------------------------------

void RunStore::setNotes(std::int64_t experimentId, const std::string& notes) {
    requireValidUtf8(notes, "notes");
    ensureSound();
    requireExperiment(experimentId);
    Stmt s(m_db, m_path, "UPDATE experiments SET notes = ? WHERE id = ?");
    s.bind(1, notes).bind(2, experimentId).run(TB_TR("engine", "save notes"));
}

void RunStore::setName(std::int64_t experimentId, const std::string& name) {
    requireValidUtf8(name, "name");
    ensureSound();
    requireExperiment(experimentId);
    Stmt s(m_db, m_path, "UPDATE experiments SET name = ? WHERE id = ?");
    s.bind(1, name).bind(2, experimentId).run(TB_TR("engine", "rename an experiment"));
}

namespace {
std::string trimSpaces(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}
} // namespace

std::optional<std::pair<std::string, std::string>> splitTag(const std::string& tag) {
    const auto eq = tag.find('=');
    if (eq == std::string::npos) return std::nullopt;
    std::string key = trimSpaces(tag.substr(0, eq));
    if (key.empty()) return std::nullopt;
    return std::make_pair(std::move(key), trimSpaces(tag.substr(eq + 1)));
}

std::string normalizeTag(const std::string& tag) {
    const auto kv = splitTag(tag);
    return kv ? kv->first + "=" + kv->second : tag;
}

void RunStore::addTag(std::int64_t experimentId, const std::string& text) {
    if (text.empty()) throw InputError("a tag cannot be empty");
    requireValidUtf8(text, "tag");
    const std::string tag = normalizeTag(text);
    ensureSound();
    requireExperiment(experimentId);
    Transaction tx(m_db, m_path);
    if (const auto kv = splitTag(tag)) { // one value per key: replace the key's other tags
        Stmt d(m_db, m_path,
               "DELETE FROM tags WHERE experiment_id = ? AND substr(tag, 1, length(?)) = ? AND tag != ?");
        const std::string prefix = kv->first + "=";
        d.bind(1, experimentId)
            .bind(2, prefix)
            .bind(3, prefix)
            .bind(4, tag)
            .run(TB_TR("engine", "replace a tag"));
    }
    Stmt s(m_db, m_path, "INSERT OR IGNORE INTO tags (experiment_id, tag) VALUES (?, ?)");
    s.bind(1, experimentId).bind(2, tag).run(TB_TR("engine", "add a tag"));
    tx.commit();
}

void RunStore::removeTag(std::int64_t experimentId, const std::string& tag) {
    ensureSound();
    requireExperiment(experimentId);
    Transaction tx(m_db, m_path);
    Stmt s(m_db, m_path, "DELETE FROM tags WHERE experiment_id = ? AND tag = ?");
    s.bind(1, experimentId).bind(2, tag).run(TB_TR("engine", "remove a tag"));
    if (sqlite3_changes(m_db) == 0 && tag.find('=') == std::string::npos) { // a KEY: its KEY=VALUE tag
        Stmt k(m_db, m_path, "DELETE FROM tags WHERE experiment_id = ? AND substr(tag, 1, length(?)) = ?");
        const std::string prefix = trimSpaces(tag) + "=";
        k.bind(1, experimentId).bind(2, prefix).bind(3, prefix).run(TB_TR("engine", "remove a tag"));
    }
    if (sqlite3_changes(m_db) == 0)
        throw InputError("experiment " + std::to_string(experimentId) + " has no tag '" + tag + "'");
    tx.commit();
}

void RunStore::deleteExperiment(std::int64_t experimentId) {
    requireExperiment(experimentId);
    ensureSound();
    recoverInterrupted(); // a run whose writer is gone is not running any more
    Transaction tx(m_db, m_path);
    // Checked under the write lock: the writer cannot start or finish a transaction in between.
    Stmt r(m_db, m_path, "SELECT status, writer_pid, writer_host FROM experiments WHERE id = ?");
    r.bind(1, experimentId);
    if (r.step(TB_TR("engine", "read an experiment")) && runStatusFromString(r.text(0)) == RunStatus::Running)
        throw RuntimeError(
            "experiment " + std::to_string(experimentId) + " is still running (written by pid " +
            std::to_string(r.integer(1)) + " on " + r.text(2) +
            "); nothing was deleted. Stop the run first (Stop in the window, Ctrl+C or kill for "
            "trialbench-cli run), then delete it.");
    Stmt s(m_db, m_path, "DELETE FROM experiments WHERE id = ?");
    s.bind(1, experimentId).run(TB_TR("engine", "delete an experiment"));
    tx.commit();
}

} // namespace tb

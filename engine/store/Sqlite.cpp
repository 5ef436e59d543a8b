#include "store/Sqlite.h"

#include <utility>

#include "store/StoreFile.h"
#include "store/StoreText.h"

namespace tb::sql {

void fail(sqlite3* db, const std::string& path, const std::string& what, int rc) {
    const int code = rc & 0xff;
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (msg.empty() || msg == "not an error") msg = sqlite3_errstr(rc);
    // A damaged file is diagnosed the same way wherever SQLite notices it, with the recovery command.
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || rc == SQLITE_IOERR_SHORT_READ) {
        const std::string why = store::damageFromHeader(path);
        store::refuseDamaged(path, why.empty() ? fill(store_text::kSqliteWhenTrying, {msg, what}) : why);
    }
    // The message with a hint by error code (one pattern each, for the window's translations).
    const char* pattern = store_text::kCannot;
    if (code == SQLITE_FULL)
        pattern = store_text::kCannotFull;
    else if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM)
        pattern = store_text::kCannotWritable;
    else if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        pattern = store_text::kCannotLocked;
    else if (code == SQLITE_IOERR)
        pattern = store_text::kCannotIo;
    throw Error(fill(pattern, {what, path, msg}), rc);
}

void exec(sqlite3* db, const std::string& path, const char* sql, const std::string& what) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    if (err) sqlite3_free(err);
    if (rc != SQLITE_OK) fail(db, path, what, rc);
}

Stmt::Stmt(sqlite3* db, const std::string& path, const char* sql) : m_db(db), m_path(&path) {
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) fail(db, path, TB_TR("engine", "prepare a statement"), rc);
}

Stmt::~Stmt() {
    if (m_stmt) sqlite3_finalize(m_stmt);
}

Stmt::Stmt(Stmt&& o) noexcept : m_db(o.m_db), m_path(o.m_path), m_stmt(std::exchange(o.m_stmt, nullptr)) {}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
    if (this != &o) {
        if (m_stmt) sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_path = o.m_path;
        m_stmt = std::exchange(o.m_stmt, nullptr);
    }
    return *this;
}

Stmt& Stmt::bind(int i, std::int64_t v) {
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Stmt& Stmt::bind(int i, double v) {
    if (std::isnan(v))
        sqlite3_bind_null(m_stmt, i);
    else
        sqlite3_bind_double(m_stmt, i, v);
    return *this;
}

Stmt& Stmt::bind(int i, const std::string& v) {
    sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::bindNull(int i) {
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

bool Stmt::step(const std::string& what) {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(m_stmt);
    fail(m_db, *m_path, what, rc);
}

void Stmt::run(const std::string& what) {
    while (step(what)) {
    }
    reset();
}

void Stmt::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Transaction::Transaction(sqlite3* db, const std::string& path) : m_db(db), m_path(path) {
    exec(db, path, "BEGIN IMMEDIATE", TB_TR("engine", "start a transaction"));
}

Transaction::~Transaction() {
    if (m_open && !sqlite3_get_autocommit(m_db)) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    exec(m_db, m_path, "COMMIT", TB_TR("engine", "commit"));
    m_open = false;
}

ReadTransaction::ReadTransaction(sqlite3* db, const std::string& path) : m_db(db) {
    if (!sqlite3_get_autocommit(db)) return;
    exec(db, path, "BEGIN DEFERRED", TB_TR("engine", "start a read transaction"));
    m_open = true;
}

ReadTransaction::~ReadTransaction() {
    if (m_open && !sqlite3_get_autocommit(m_db)) sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace tb::sql

#pragma once
// Thin RAII helpers over the SQLite C API used by RunStore. Every failure becomes a tb::RuntimeError that
// names the store file and says what was being done.
#include <cmath>
#include <cstdint>
#include <limits>
#include <sqlite3.h>
#include <string>

#include "core/Error.h"
#include "store/StoreText.h"

namespace tb::sql {

/// A failure reported by SQLite, with its (extended) result code.
class Error : public RuntimeError {
public:
    Error(const std::string& message, int rc) : RuntimeError(message), m_rc(rc) {}
    int rc() const noexcept { return m_rc; }
    int primary() const noexcept { return m_rc & 0xff; }

private:
    int m_rc;
};

/// Throws sql::Error "cannot <what> in store <path>: <sqlite message>", with a hint for the common causes
/// (full disk, read-only). A damaged file is refused with store::refuseDamaged's diagnosis instead.
[[noreturn]] void fail(sqlite3* db, const std::string& path, const std::string& what, int rc);

/// Runs SQL without results (may hold several statements).
void exec(sqlite3* db, const std::string& path, const char* sql, const std::string& what);

class Stmt {
public:
    Stmt() = default;
    Stmt(sqlite3* db, const std::string& path, const char* sql);
    ~Stmt();
    Stmt(Stmt&& o) noexcept;
    Stmt& operator=(Stmt&& o) noexcept;
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    explicit operator bool() const { return m_stmt != nullptr; }

    Stmt& bind(int i, std::int64_t v);
    Stmt& bind(int i, int v) { return bind(i, std::int64_t(v)); }
    Stmt& bind(int i, std::size_t v) { return bind(i, std::int64_t(v)); }
    /// NaN is stored as NULL (SQLite has no NaN) and read back as NaN by real().
    Stmt& bind(int i, double v);
    Stmt& bind(int i, const std::string& v);
    Stmt& bind(int i, const char* v) { return bind(i, std::string(v)); }
    Stmt& bindNull(int i);

    /// Steps once: true when a row is available, false when done. Throws on error.
    bool step(const std::string& what = "query");
    /// Steps to completion (for statements without results), then resets for reuse.
    void run(const std::string& what = "write");
    void reset();

    std::int64_t integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const {
        if (sqlite3_column_type(m_stmt, col) == SQLITE_NULL) return std::numeric_limits<double>::quiet_NaN();
        return sqlite3_column_double(m_stmt, col);
    }
    std::string text(int col) const {
        const auto* p = sqlite3_column_text(m_stmt, col);
        return p ? std::string(reinterpret_cast<const char*>(p),
                               std::size_t(sqlite3_column_bytes(m_stmt, col)))
                 : std::string();
    }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

private:
    sqlite3* m_db = nullptr;
    const std::string* m_path = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called.
class Transaction {
public:
    Transaction(sqlite3* db, const std::string& path);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    sqlite3* m_db;
    const std::string& m_path;
    bool m_open = true;
};

/// A read transaction (BEGIN DEFERRED): every read until its end sees one state of the store, whatever other
/// connections commit meanwhile (WAL snapshot isolation). Nothing when a transaction is already open on the
/// connection (the outer one gives the same guarantee).
class ReadTransaction {
public:
    ReadTransaction(sqlite3* db, const std::string& path);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    sqlite3* m_db;
    bool m_open = false;
};

} // namespace tb::sql

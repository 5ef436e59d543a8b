#pragma once
// What a store file is, found out before SQLite opens it for use: missing, empty, a TrialBench store, or
// something to refuse (a folder, a device, another program's file, a newer schema, a damaged header). The
// header is read through SQLite's own VFS, never through a descriptor of our own: on POSIX systems closing
// any descriptor of a file drops every lock the process holds on it, SQLite's included, and another process
// may then delete a live WAL ("How To Corrupt An SQLite Database File", §2.2). SQLite's unix VFS keeps such a
// descriptor open until the process's last lock on the file is released.
#include <cstdint>
#include <string>

namespace tb::store {

enum class FileState {
    Missing,     ///< no file: a store may be created there
    Empty,       ///< a 0-byte regular file
    NewDatabase, ///< an SQLite database without application id or schema version (empty, or being created)
    Store,       ///< a TrialBench store of this or an older schema
};

struct FileProbe {
    FileState state = FileState::Missing;
    std::int64_t size = 0;
    std::int64_t userVersion = 0; ///< as the header says (a WAL may hold a newer value)
};

/// Throws RuntimeError naming the file (and leaving it untouched) for a folder, a file that is not a regular
/// file (a device such as /dev/null, a FIFO), another program's file, a newer schema or a damaged header.
FileProbe probeStoreFile(const std::string& path);

/// The reason a file SQLite reported as corrupt is damaged, from its header and size when they tell (e.g.
/// "truncated: the header counts 12 pages of 4096 bytes, the file has 20480 bytes"), "" otherwise.
std::string damageFromHeader(const std::string& path);

[[noreturn]] void refuseForeign(const std::string& path, const std::string& why);
[[noreturn]] void refuseNewer(const std::string& path, std::int64_t version);
/// "store PATH is damaged (WHAT); nothing was read or written. Keep a copy, then recover ... with `sqlite3
/// ... .dump | sqlite3 ...`": one line, with the shell command that recovers what is readable.
[[noreturn]] void refuseDamaged(const std::string& path, const std::string& what);

} // namespace tb::store

namespace tb::store {
/// Whether `path` is an existing file beginning with SQLite's header ("SQLite format 3"), read through
/// SQLite's VFS (safe while this process has connections to it).
bool isSqliteFile(const std::string& path);
/// What `path` is when it is an SQLite database ("an SQLite database (a TrialBench store?)") or the -wal,
/// -shm or -journal file of one ("the wal file of the SQLite database X"); "" otherwise. Opening such a file
/// with any descriptor but SQLite's in a process holding a connection to it would drop that process's locks
/// when closed, so readers and writers of user files refuse them first (read through SQLite's VFS).
std::string sqliteFileRole(const std::string& path);
} // namespace tb::store

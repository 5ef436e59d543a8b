#include "store/StoreFile.h"

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <memory>
#include <sqlite3.h>
#include <sstream>
#include <sys/stat.h>

#include "core/Error.h"
#include "store/Schema.h"
#include "store/StoreText.h"

namespace tb::store {

namespace stext = store_text;

namespace {

/// A TrialBench schema version larger than ours by more than this is not a newer TrialBench's: versions
/// grow by one per release that changes the schema, so such a value is a damaged header.
constexpr std::int64_t kPlausibleVersionsAhead = 100;

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

struct Header {
    std::int64_t size = 0; ///< file size in bytes
    unsigned char bytes[100] = {};
    bool complete = false; ///< the file has at least 100 bytes
};

/// The file's size and first 100 bytes, read through SQLite's default VFS (see StoreFile.h for why) under a
/// SHARED lock.
Header readHeader(const std::string& path) {
    sqlite3_initialize();
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    if (!vfs) throw RuntimeError(fill(stext::kCannotReadStore, {path, stext::kNoFileSystem}));
    std::string full(std::size_t(vfs->mxPathname) + 1, '\0');
    if (vfs->xFullPathname(vfs, path.c_str(), vfs->mxPathname + 1, full.data()) != SQLITE_OK)
        throw RuntimeError(fill(stext::kCannotReadStore, {path, stext::kCannotResolve}));
    full.resize(std::strlen(full.c_str()));
    // The name in the form xOpen expects (sqlite3_create_filename), and an aligned sqlite3_file of the VFS's
    // size.
    struct FilenameDeleter {
        void operator()(sqlite3_filename f) const { sqlite3_free_filename(f); }
    };
    std::unique_ptr<const char, FilenameDeleter> name(
        sqlite3_create_filename(full.c_str(), "", "", 0, nullptr));
    std::unique_ptr<std::max_align_t[]> storage(
        new std::max_align_t[(std::size_t(vfs->szOsFile) + sizeof(std::max_align_t) - 1) /
                             sizeof(std::max_align_t)]());
    auto* file = reinterpret_cast<sqlite3_file*>(storage.get());
    int outFlags = 0;
    const int rc = vfs->xOpen(vfs, name.get(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &outFlags);
    if (rc != SQLITE_OK) {
        if (file->pMethods) file->pMethods->xClose(file);
        throw RuntimeError(fill(stext::kCannotReadStore, {path, sqlite3_errstr(rc)}));
    }
    // Under SQLite's SHARED lock, like any reader: a process creating the store holds EXCLUSIVE while it
    // writes the first page, so the header is never read half-written. (Busy: wait, as a connection would.)
    int lock = SQLITE_BUSY;
    for (int waited = 0; waited < 10000 && (lock & 0xff) == SQLITE_BUSY; ++waited) {
        lock = file->pMethods->xLock(file, SQLITE_LOCK_SHARED);
        if ((lock & 0xff) == SQLITE_BUSY) sqlite3_sleep(1);
    }
    if (lock != SQLITE_OK) {
        file->pMethods->xClose(file);
        throw RuntimeError(fill(stext::kCannotReadLocked, {path, sqlite3_errstr(lock)}));
    }
    Header h;
    sqlite3_int64 size = 0;
    int io = file->pMethods->xFileSize(file, &size);
    h.size = size;
    if (io == SQLITE_OK && size > 0) {
        const int n = int(std::min<sqlite3_int64>(size, 100));
        io = file->pMethods->xRead(file, h.bytes, n, 0);
        h.complete = io == SQLITE_OK && n == 100;
    }
    file->pMethods->xUnlock(file, SQLITE_LOCK_NONE);
    file->pMethods->xClose(file);
    if (io != SQLITE_OK && io != SQLITE_IOERR_SHORT_READ)
        throw RuntimeError(fill(stext::kCannotReadStore, {path, sqlite3_errstr(io)}));
    return h;
}

std::int64_t pageSize(const Header& h) {
    const unsigned v = (unsigned(h.bytes[16]) << 8) | h.bytes[17];
    return v == 1 ? 65536 : v;
}

/// What is wrong with an SQLite header that is not a valid one, "" when nothing is.
std::string headerDamage(const Header& h, bool walMayBeInUse) {
    const std::int64_t ps = pageSize(h);
    if (ps < 512 || ps > 65536 || (ps & (ps - 1)) != 0) return fill(stext::kPageSize, {std::to_string(ps)});
    if (h.bytes[21] != 64 || h.bytes[22] != 32 || h.bytes[23] != 32) return stext::kPayloadFractions;
    if (h.size % ps != 0) return fill(stext::kPadded, {std::to_string(h.size), std::to_string(ps)});
    // The in-header page count is valid when "version-valid-for" equals the change counter. A checkpoint in
    // progress may briefly leave the file shorter than it, so only judge when no WAL file is in use.
    const std::uint32_t pages = bigEndian32(h.bytes + 28);
    if (!walMayBeInUse && pages > 0 && bigEndian32(h.bytes + 92) == bigEndian32(h.bytes + 24) &&
        h.size < std::int64_t(pages) * ps)
        return fill(stext::kTruncated, {std::to_string(pages), std::to_string(ps),
                                        std::to_string(std::int64_t(pages) * ps), std::to_string(h.size)});
    return "";
}

bool walFileExists(const std::string& path) {
    struct stat st {};
    return ::stat((path + "-wal").c_str(), &st) == 0 && st.st_size > 0;
}

const char* fileKind(mode_t mode) {
    if (S_ISCHR(mode)) return stext::kCharacterDevice;
    if (S_ISBLK(mode)) return stext::kBlockDevice;
    if (S_ISFIFO(mode)) return stext::kNamedPipe;
    if (S_ISSOCK(mode)) return stext::kSocket;
    return stext::kNotARegularFile;
}

} // namespace

void refuseForeign(const std::string& path, const std::string& why) {
    throw RuntimeError(fill(stext::kForeign, {path, why}));
}

void refuseNewer(const std::string& path, std::int64_t version) {
    throw RuntimeError(
        fill(stext::kNewer, {path, std::to_string(version), std::to_string(schemaVersion()), path}));
}

std::string shellQuoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string recoveryCommand(const std::string& path, std::int64_t version) {
    // sqlite3's .dump writes every row it can still read, and ends with ROLLBACK when it met damage: sed
    // turns that into COMMIT so what was read is kept. The new file then gets the store's mark and schema
    // version back (.dump does not copy them). (.recover would save more, but Debian 12's sqlite3 3.40 lacks
    // the sqlite_dbpage table it needs.)
    const std::string q = shellQuoted(path), r = shellQuoted(path + ".recovered");
    return "sqlite3 " + q + " .dump | sed 's/^ROLLBACK; -- due to errors$/COMMIT;/' | sqlite3 " + r +
           " && sqlite3 " + r + " 'PRAGMA application_id = " + std::to_string(kApplicationId) +
           "; PRAGMA user_version = " + std::to_string(version) + "'";
}

void refuseDamaged(const std::string& path, const std::string& what) {
    std::int64_t version = schemaVersion();
    try {
        const Header h = readHeader(path);
        const std::int64_t v = h.complete ? std::int64_t(bigEndian32(h.bytes + 60)) : 0;
        if (v >= 1 && v <= schemaVersion()) version = v;
    } catch (const RuntimeError&) {
    }
    std::string oneLine = what;
    for (char& c : oneLine)
        if (c == '\n' || c == '\r') c = ' ';
    throw RuntimeError(fill(
        stext::kDamaged, {path, oneLine, recoveryCommand(path, version), shellQuoted(path + ".recovered")}));
}

FileProbe probeStoreFile(const std::string& path) {
    if (path.empty()) throw RuntimeError(stext::kNoPath);
    FileProbe probe;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return probe; // Missing
        throw RuntimeError(fill(stext::kCannotReadStore, {path, std::strerror(errno)}));
    }
    if (S_ISDIR(st.st_mode)) throw RuntimeError(fill(stext::kFolder, {path}));
    if (!S_ISREG(st.st_mode)) throw RuntimeError(fill(stext::kNotRegular, {path, fileKind(st.st_mode)}));
    const Header h = readHeader(path);
    probe.size = h.size;
    if (h.size == 0) {
        probe.state = FileState::Empty;
        return probe;
    }
    static const char magic[] = "SQLite format 3";
    if (!h.complete || std::memcmp(h.bytes, magic, 16) != 0) refuseForeign(path, stext::kNotSqlite);
    if (const std::string damage = headerDamage(h, walFileExists(path)); !damage.empty())
        refuseDamaged(path, damage);
    const std::uint32_t appId = bigEndian32(h.bytes + 68);
    const std::int64_t version = bigEndian32(h.bytes + 60);
    probe.userVersion = version;
    // An SQLite database with no mark, no version and no schema ever created (schema cookie 0) is a store
    // being created by another process, or an empty database: SQLite decides under its lock. With tables it
    // is another program's database, refused before SQLite could create a -wal or -shm file beside it.
    if (appId == 0 && version == 0 && bigEndian32(h.bytes + 40) == 0) {
        probe.state = FileState::NewDatabase;
        return probe;
    }
    if (appId != std::uint32_t(kApplicationId)) {
        std::ostringstream id;
        id << std::hex << appId;
        refuseForeign(path, fill(stext::kOtherApplication, {id.str()}));
    }
    if (version == 0) refuseDamaged(path, stext::kNoVersion);
    if (version > schemaVersion() + kPlausibleVersionsAhead)
        refuseDamaged(path, fill(stext::kVersionImpossible,
                                 {std::to_string(version), std::to_string(schemaVersion())}));
    if (version > schemaVersion()) refuseNewer(path, version);
    probe.state = FileState::Store;
    return probe;
}

std::string sqliteFileRole(const std::string& path) {
    if (isSqliteFile(path)) return stext::kSqliteDatabase;
    for (const std::string suffix : {"-wal", "-shm", "-journal"})
        if (path.size() > suffix.size() &&
            path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0 &&
            isSqliteFile(path.substr(0, path.size() - suffix.size())))
            return fill(stext::kSqliteSideFile,
                        {suffix.substr(1), path.substr(0, path.size() - suffix.size())});
    return "";
}

bool isSqliteFile(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 16) return false;
    try {
        const Header h = readHeader(path);
        return h.size >= 16 && std::memcmp(h.bytes, "SQLite format 3", 16) == 0;
    } catch (const RuntimeError&) {
        return false;
    }
}

std::string damageFromHeader(const std::string& path) {
    try {
        const Header h = readHeader(path);
        if (!h.complete) return stext::kShortHeader;
        return headerDamage(h, false);
    } catch (const RuntimeError&) {
        return "";
    }
}

} // namespace tb::store

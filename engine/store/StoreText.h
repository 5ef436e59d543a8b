#pragma once
// The store's messages that reach the window (a file refused on open, a failed read or write, a full disk, a
// locked store), marked for the window's translations. Those built from parts (tb::fill) are listed in kAll,
// which tb::textPatterns() (run/Registry.cpp) includes; the rest are translated as they are, like the actions
// that sql::fail() names ("cannot record a checkpoint in store …"), marked where they are written. Paths,
// SQLite's own messages and commands are arguments and stay as they are.
#include "core/Tr.h"

namespace tb::store_text {

// sql::fail() (Sqlite.cpp): what could not be done, the store, SQLite's message, and a hint by error code.
inline constexpr const char* kCannot = TB_TR("engine", "cannot %1 in store %2: %3");
inline constexpr const char* kCannotFull =
    TB_TR("engine", "cannot %1 in store %2: %3 (the disk or the store's size limit is full; nothing already "
                    "stored was changed)");
inline constexpr const char* kCannotWritable = TB_TR(
    "engine", "cannot %1 in store %2: %3 (check that the file and its folder are writable; use --db PATH "
              "or TRIALBENCH_DB for another location)");
inline constexpr const char* kCannotLocked =
    TB_TR("engine", "cannot %1 in store %2: %3 (another process holds the store locked)");
inline constexpr const char* kCannotIo =
    TB_TR("engine", "cannot %1 in store %2: %3 (input/output error: is the disk full or removed?)");
inline constexpr const char* kSqliteWhenTrying = TB_TR("engine", "SQLite: %1, when trying to %2");
inline constexpr const char* kSqlite = TB_TR("engine", "SQLite: %1");
inline constexpr const char* kQuickCheck = TB_TR("engine", "SQLite's quick_check says: %1");
inline constexpr const char* kMigrate = TB_TR("engine", "migrate to schema version %1");
// Probing and refusing a file (StoreFile.cpp).
inline constexpr const char* kCannotReadStore = TB_TR("engine", "cannot read store %1: %2");
inline constexpr const char* kCannotReadLocked =
    TB_TR("engine", "cannot read store %1: %2 (another process holds it locked)");
inline constexpr const char* kPageSize =
    TB_TR("engine", "its header gives an impossible page size of %1 bytes");
inline constexpr const char* kPadded =
    TB_TR("engine", "truncated or padded: %1 bytes is not a whole number of %2-byte pages");
inline constexpr const char* kTruncated =
    TB_TR("engine", "truncated: its header counts %1 pages of %2 bytes (%3 bytes), the file has %4");
inline constexpr const char* kForeign =
    TB_TR("engine", "%1 is not a TrialBench store (%2); refusing to open it and leaving it untouched. Choose "
                    "another file with --db PATH or TRIALBENCH_DB.");
inline constexpr const char* kOtherApplication =
    TB_TR("engine", "an SQLite database of another application, application_id 0x%1");
inline constexpr const char* kNewer =
    TB_TR("engine",
          "%1 was written by a newer TrialBench (store schema version %2, this build reads up to %3); "
          "refusing to open it and leaving it untouched. Upgrade TrialBench to use it (if no newer "
          "TrialBench ever wrote it, its header is damaged: `sqlite3 %4 'PRAGMA integrity_check'` tells).");
inline constexpr const char* kDamaged =
    TB_TR("engine", "store %1 is damaged (%2); nothing was read from it or written to it. Keep a copy, then "
                    "recover what is readable into a new store with `%3` and use --db %4.");
inline constexpr const char* kVersionImpossible = TB_TR(
    "engine", "its header's schema version reads %1, which no TrialBench writes (this build writes %2): "
              "the header is damaged");
inline constexpr const char* kFolder = TB_TR("engine", "%1 is a folder, not a TrialBench store file");
inline constexpr const char* kNotRegular =
    TB_TR("engine", "%1 is %2, not a TrialBench store file: a store must be a regular file (use --db PATH or "
                    "TRIALBENCH_DB); nothing was created or written");
inline constexpr const char* kSqliteSideFile = TB_TR("engine", "the %1 file of the SQLite database %2");
// Opening (RunStore.cpp) and recording (Recorder.cpp).
inline constexpr const char* kNoStore = TB_TR("engine", "there is no TrialBench store at %1");
inline constexpr const char* kNoStoreEmptyFile =
    TB_TR("engine", "there is no TrialBench store at %1 (it is an empty file; nothing was read from it or "
                    "written to it)");
inline constexpr const char* kNoStoreNewDatabase = TB_TR(
    "engine", "there is no TrialBench store at %1 (an empty SQLite database; nothing was written to it)");
inline constexpr const char* kNoStoreEmptyDatabase =
    TB_TR("engine", "there is no TrialBench store at %1 (an empty SQLite database)");
inline constexpr const char* kCannotCreateFolder = TB_TR(
    "engine", "cannot create the folder %1 for store %2: %3 (use --db PATH or TRIALBENCH_DB for another "
              "location)");
inline constexpr const char* kReadOnly = TB_TR(
    "engine", "store %1 is read-only (check the permissions of the file and its folder, or use --db PATH "
              "or TRIALBENCH_DB for another location)");
inline constexpr const char* kNeedsUpgrade =
    TB_TR("engine", "store %1 has schema version %2 and needs an upgrade: open it once read-write");
inline constexpr const char* kNoWal =
    TB_TR("engine", "store %1 cannot use write-ahead logging (is it on a network drive?)");
inline constexpr const char* kOpenReadOnly =
    TB_TR("engine", "store %1 is open read-only: cannot record runs");
inline constexpr const char* kNoExperiment = TB_TR("engine", "no experiment %1 in %2");
inline constexpr const char* kFullKept = TB_TR("engine", "store full; %1 of %2 checkpoints kept");
inline constexpr const char* kFailedKept = TB_TR("engine", "store write failed; %1 of %2 checkpoints kept");
inline constexpr const char* kSweepCellGrid = TB_TR(
    "engine", "sweep cell %1 has %2 checkpoints up to step %3, the sweep's first cell %4 up to step %5: "
              "the swept parameter changes the checkpoint grid, which the cells of a sweep must share");
inline constexpr const char* kSweepCellRuns = TB_TR(
    "engine", "sweep cell %1 compares %2 variants, the sweep's first cell %3: the cells of a sweep must "
              "compare the same variants");
inline constexpr const char* kNotASweep = TB_TR("engine", "experiment %1 in %2 is not a sweep");
inline constexpr const char* kSweepRunning =
    TB_TR("engine", "sweep %1 is still running (written by pid %2 on %3); stop it before resuming it");
inline constexpr const char* kSweepStopped = TB_TR(
    "engine", "stopped in cell %1: %2; %3 cells finished and are kept; `trialbench-cli sweep --resume %4` "
              "runs the others");
inline constexpr const char* kSweepCellFailed =
    TB_TR("engine", "cell %1 failed: %2; %3 cells finished and are kept");
inline constexpr const char* kSweepComplete =
    TB_TR("engine", "sweep %1 is complete: every cell finished, nothing to resume");

inline constexpr const char* kAll[] = {
    kCannot,
    kCannotFull,
    kCannotWritable,
    kCannotLocked,
    kCannotIo,
    kSqliteWhenTrying,
    kSqlite,
    kQuickCheck,
    kMigrate,
    kCannotReadStore,
    kCannotReadLocked,
    kPageSize,
    kPadded,
    kTruncated,
    kForeign,
    kOtherApplication,
    kNewer,
    kDamaged,
    kVersionImpossible,
    kFolder,
    kNotRegular,
    kSqliteSideFile,
    kNoStore,
    kNoStoreEmptyFile,
    kNoStoreNewDatabase,
    kNoStoreEmptyDatabase,
    kCannotCreateFolder,
    kReadOnly,
    kNeedsUpgrade,
    kNoWal,
    kOpenReadOnly,
    kNoExperiment,
    kFullKept,
    kFailedKept,
    kSweepCellGrid,
    kSweepCellRuns,
    kNotASweep,
    kSweepRunning,
    kSweepComplete,
    kSweepStopped,
    kSweepCellFailed,
};

// Whole messages and parts filled into the patterns above.
inline constexpr const char* kNoFileSystem = TB_TR("engine", "SQLite has no file system layer");
inline constexpr const char* kCannotResolve = TB_TR("engine", "cannot resolve its full path");
inline constexpr const char* kPayloadFractions =
    TB_TR("engine", "its header's payload fractions are not SQLite's");
inline constexpr const char* kCharacterDevice = TB_TR("engine", "a character device");
inline constexpr const char* kBlockDevice = TB_TR("engine", "a block device");
inline constexpr const char* kNamedPipe = TB_TR("engine", "a named pipe");
inline constexpr const char* kSocket = TB_TR("engine", "a socket");
inline constexpr const char* kNotARegularFile = TB_TR("engine", "not a regular file");
inline constexpr const char* kNotSqlite = TB_TR("engine", "it is not an SQLite database");
inline constexpr const char* kNoVersion =
    TB_TR("engine", "it is marked as a TrialBench store but has no schema version");
inline constexpr const char* kNoPath = TB_TR("engine", "no store file given (an empty path)");
inline constexpr const char* kSqliteDatabase = TB_TR("engine", "an SQLite database (a TrialBench store?)");
inline constexpr const char* kShortHeader = TB_TR("engine", "it ends before the end of its 100-byte header");
// SQLite's own messages most often met (sqlite3_errstr), so that they read in the window's language too.
inline constexpr const char* kSqliteMessages[] = {
    TB_TR("engine", "database or disk is full"),     TB_TR("engine", "database is locked"),
    TB_TR("engine", "database table is locked"),     TB_TR("engine", "attempt to write a readonly database"),
    TB_TR("engine", "unable to open database file"), TB_TR("engine", "disk I/O error"),
    TB_TR("engine", "file is not a database"),       TB_TR("engine", "database disk image is malformed"),
    TB_TR("engine", "access permission denied"),
};

} // namespace tb::store_text

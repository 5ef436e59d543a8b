#pragma once
// The store's schema: forward-only migrations, the schema version (PRAGMA user_version) and the file mark
// (PRAGMA application_id). Documented for users in docs/store.md.
#include <cstdint>
#include <sqlite3.h>
#include <string>

namespace tb::store {

/// PRAGMA application_id of every TrialBench store: the bytes "TBRS".
inline constexpr std::int32_t kApplicationId = 0x54425253;

/// The schema version this build writes (and the newest it reads).
int schemaVersion();

/// Runs the migrations from `fromVersion` to schemaVersion(), marks the file and sets its version. The caller
/// holds the write lock (BEGIN IMMEDIATE) and commits.
void migrate(sqlite3* db, const std::string& path, std::int64_t fromVersion);
/// The SQL of migration step v -> v + 1 (tests build stores of older versions from it).
const char* migrationSql(int fromVersion);

} // namespace tb::store

#pragma once
// Internal helpers shared by the store's source files (not part of the public API): timestamps, the identity
// of the writing process, statement binding of aggregates and experiment rows.
#include <cstdint>
#include <sqlite3.h>
#include <string>

#include "core/Stats.h"
#include "store/RunStore.h"
#include "store/Sqlite.h"

namespace tb::store {

/// Now as ISO 8601 UTC ("2026-12-02T01:44:36Z").
std::string nowIso();

/// Identity of a live process beyond its pid (pids are reused): boot id + start time in clock ticks since
/// boot; "" when /proc is not readable.
std::string processStart(long pid);

/// The process writing to the store: pid, host name and start identity.
struct Writer {
    long pid;
    std::string host, start;
};
const Writer& thisWriter();

/// The integer result of a one-row query such as "PRAGMA user_version" (0 when there is no row).
std::int64_t pragmaInt(sqlite3* db, const std::string& path, const char* sqlText, const std::string& what);

void bindStats(sql::Stmt& s, int first, const AggStats& a);
AggStats readStats(const sql::Stmt& s, int first);
inline constexpr const char* kStatsColumns = "n, mean, sd, ci95_low, ci95_high, min, max, q10, q50, q90";

extern const char* const kExperimentColumns;
ExperimentRow readExperiment(const sql::Stmt& s);

/// `text` with LIKE's wildcards escaped by a backslash.
std::string escapeLike(const std::string& text);

/// Whether `candidate` beats `current` (NaN never beats, anything beats NaN).
bool better(double candidate, double current, bool lowerIsBetter);

} // namespace tb::store

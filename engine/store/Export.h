#pragma once
// Export of stored experiments (CSV and JSON, shapes in docs/cli.md) and safe writing of exported files: a
// target that is a store (or one of its -wal/-shm/-journal files) is refused, and a file is written to a
// temporary file beside it and renamed over it, so a failed write (a full disk) leaves the old file whole.
#include <cstdint>
#include <ostream>
#include <string>

#include "core/ParamSpec.h"
#include "core/Stats.h"
#include "store/RunStore.h"

namespace tb {

/// Csv: the series; CurvesCsv: every derived curve, one row per point; Json: everything.
enum class ExportFormat { Csv, CurvesCsv, Json };

/// JSON of an aggregate; non-finite values (the sd and interval of a single replicate) are null.
Json toJson(const AggStats& s);
/// JSON of an experiment row (list, show and export).
Json toJson(const ExperimentRow& e);
/// A PerCategory metric of one run as a JSON array of {aggregates..., "index", "name"} (show and export).
Json categoryJson(const RunStore& store, std::int64_t runId, const std::string& metric);
/// Pooled counts as {"counts": [[value, count], ...], "censored": [[value, count], ...]} (show and export).
Json pooledJson(const PooledCounts& p);
/// A derivation as {"basis", "warnings", "estimates": [{name, label, value, unit, note}], "verdicts": [{name,
/// label, point, probabilities: {class: p}, basis}], "curves": [{name, label, plot, style, reference, x, y,
/// low?, high?}]} (show and export; NaN as null).
Json toJson(const Derivation& d);

/// A CSV field (RFC 4180 quoting). Text cells that a spreadsheet would run as a formula (starting with =, +,
/// -, @, a tab or a carriage return) are prefixed with an apostrophe and quoted, as OWASP recommends against
/// CSV injection.
std::string csvTextField(const std::string& text);

/// Writes experiment `id` in `format` to `out`. Everything is read in one read transaction, so an export
/// taken while the run is being written is consistent (every series has the same checkpoints). Throws
/// InputError for an unknown id.
void exportExperiment(const RunStore& store, std::int64_t id, ExportFormat format, std::ostream& out);

/// Throws InputError when `target` is an SQLite database (a TrialBench store) or the -wal, -shm or -journal
/// file of one: writing there would destroy it, and opening it outside SQLite could even drop this process's
/// locks on it. Reads the header through SQLite's VFS only.
void checkNotAStoreFile(const std::string& target);

/// Throws InputError when writing to `target` could destroy a store: `target` is the store at `storePath`
/// (by path or by inode), one of its -wal, -shm or -journal files, or any existing SQLite database (another
/// TrialBench store).
void checkExportTarget(const std::string& target, const std::string& storePath);

/// Writes `data` to `path`: to a temporary file in the same folder, flushed to disk, then renamed over
/// `path`, so `path` is either its old self or the whole new content. A target that exists and is not a
/// regular file
/// (/dev/null, a FIFO) is written directly. Throws RuntimeError naming the file on failure (full disk,
/// permissions), after removing the temporary file.
void writeFileAtomically(const std::string& path, const std::string& data);

} // namespace tb

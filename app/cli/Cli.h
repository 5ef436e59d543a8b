#pragma once
// trialbench-cli: shared pieces of the subcommands (argument parsing, exit codes, output helpers).
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/ParamSpec.h"
#include "core/Prepared.h"
#include "run/ReplicateExchange.h"
#include "store/Export.h"
#include "store/RunStore.h"

namespace tb::cli {

enum ExitCode { kOk = 0, kFailure = 1, kUsage = 2 };

/// Bad command line: printed with the subcommand's usage, exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;      ///< "--db"
    std::string valueName; ///< "PATH"; "" for a flag
    std::string help;
    std::string shortName = {}; ///< "-o"
};

struct CommandSpec {
    std::string name;     ///< "run"
    std::string synopsis; ///< "CONFIG.json|preset:NAME [options]"
    std::string summary;  ///< one line
    std::string details;  ///< extra paragraphs for --help ("" for none)
    std::vector<OptionSpec> options;
    std::size_t minPositional = 0, maxPositional = 0;
};

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> values; ///< option name -> value ("" for flags)
    bool has(const std::string& name) const { return values.count(name) != 0; }
    std::string value(const std::string& name, const std::string& fallback = "") const {
        auto it = values.find(name);
        return it == values.end() ? fallback : it->second;
    }
};

/// Parses argv after the subcommand. Returns std::nullopt when --help was given (help already printed to
/// stdout). Throws UsageError on an unknown option, a missing value or a wrong number of positional
/// arguments.
std::optional<Args> parseArgs(const CommandSpec& spec, const std::vector<std::string>& argv);
std::string usageText(const CommandSpec& spec);

int parseInt(const std::string& option, const std::string& text, int min, int max);
std::int64_t parseId(const std::string& text);

/// The store path of `--db PATH` (else $TRIALBENCH_DB, else the default); `--db ''` is a usage error.
std::string dbPathOf(const Args& args);
/// A text argument that will be stored or matched against stored text (note TEXT, tag TAG, --filter): it
/// must be valid UTF-8, else InputError (exit 2) before the store is opened.
const std::string& utf8Argument(const std::string& text, const std::string& what);

/// Any text that came from a user, a config, the store or the file system, made safe to print on a terminal
/// on one line: control characters and escape sequences escaped, invalid UTF-8 as \xHH, readable non-ASCII
/// text kept (tb::escapeForTerminal).
std::string shown(const std::string& text);
/// JSON for stdout: invalid UTF-8 replaced by U+FFFD, DEL, C1 and bidi controls escaped as \uXXXX.
std::string jsonText(const Json& j, int indent = -1);
std::string jsonText(const nlohmann::ordered_json& j, int indent = -1);

/// Opens the store for reading: read-write when possible (so stale running experiments get marked
/// interrupted), read-only when the location is not writable. Returns null when the file does not exist.
std::unique_ptr<RunStore> openForReading(const std::string& path);

/// "352.3 ± 5.1": mean and 95% CI half-width with as many decimals as the half-width warrants.
std::string meanPlusMinus(double mean, double half);
/// Prints rows as aligned columns (first row is the header).
std::string table(const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& rightAlign = {});

/// A derivation for `run --json` and `show --json`: {"basis", "warnings", "estimates": {name: value},
/// "verdicts": {name: {"point", "probabilities": {class: p}, "basis"}}} (curves are in `export`).
nlohmann::ordered_json derivedSummaryJson(const Derivation& d);
/// The same as text: a heading with the run's label, the verdicts with their probabilities, every computed
/// estimate with its note, then the warnings.
std::string derivedText(const std::string& runLabel, const Derivation& d);

/// A run executed by runAndStore().
struct RunResult {
    std::shared_ptr<const Snapshot> snapshot;
    std::int64_t experimentId = 0; ///< 0 with --no-store
    std::vector<RunRow> runRows;
    std::string dbPath;
};
/// Runs `prepared` with a progress bar on a terminal, recording it in the store of `args` (--db) unless
/// --no-store; SIGINT/SIGTERM/SIGHUP/SIGQUIT stop it cleanly.
/// With an exchange (--mpi), this process runs its share of the replicates; only the root opens the store.
RunResult runAndStore(const Prepared& prepared, const Args& args, int threads,
                      ReplicateExchange* exchange = nullptr);
/// 0 for a finished run, 128 + the signal for one stopped by a signal (with a message), else 1.
int runExitCode(const RunResult& result);

/// SIGINT, SIGTERM, SIGHUP and SIGQUIT set a flag instead of ending the process (a run or sweep polls it and
/// stops cleanly); restoreStopSignals() puts the default actions back.
void installStopSignals();
void restoreStopSignals();
/// The stop signal received since installStopSignals(), 0 when none.
int stopSignal();
const char* stopSignalName(int sig);

/// While alive, looks at the stop signals every 20 ms on a thread of its own and calls `stop` once on the
/// first; with `progress`, redraws that line (from the first second on) on stderr, which should be a
/// terminal.
class StopMonitor {
public:
    explicit StopMonitor(std::function<void()> stop, std::function<std::string(bool stopping)> progress = {});
    ~StopMonitor();
    StopMonitor(const StopMonitor&) = delete;
    StopMonitor& operator=(const StopMonitor&) = delete;
    /// Stops looking and clears the progress line.
    void finish();

private:
    void loop();
    std::function<void()> m_stop;
    std::function<std::string(bool)> m_progress;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false, m_drawn = false;
    std::thread m_thread;
};
/// "[#########.....................]  30.0%"
std::string progressBar(double fraction);

// Subcommands: each returns the exit code.
int cmdRun(const std::vector<std::string>& argv);
int cmdList(const std::vector<std::string>& argv);
int cmdShow(const std::vector<std::string>& argv);
int cmdExport(const std::vector<std::string>& argv);
int cmdPresets(const std::vector<std::string>& argv);
int cmdDelete(const std::vector<std::string>& argv);
int cmdTag(const std::vector<std::string>& argv, bool add);
int cmdNote(const std::vector<std::string>& argv);
int cmdHelpConfig(const std::vector<std::string>& argv);
int cmdBench(const std::vector<std::string>& argv);
int cmdFitTail(const std::vector<std::string>& argv);
int cmdProjectScaling(const std::vector<std::string>& argv);
int cmdCompare(const std::vector<std::string>& argv);
int cmdSweep(const std::vector<std::string>& argv);
int cmdAdaStop(const std::vector<std::string>& argv);

extern const CommandSpec kRunSpec, kListSpec, kShowSpec, kExportSpec, kPresetsSpec, kDeleteSpec, kTagSpec,
    kUntagSpec, kNoteSpec, kHelpConfigSpec, kBenchSpec, kFitTailSpec, kProjectScalingSpec, kVersionSpec;
extern const CommandSpec kCompareSpec, kSweepSpec, kAdaStopSpec;

} // namespace tb::cli

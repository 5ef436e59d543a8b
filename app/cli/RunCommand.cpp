// trialbench-cli run: validate a config, run it with the Runner, record it in the store, print a summary.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <thread>
#include <unistd.h>

#include "Cli.h"
#include "core/Text.h"
#include "run/Registry.h"
#include "run/Runner.h"

#ifdef TB_HAVE_MPI
#include "MpiExchange.h"
#endif

namespace tb::cli {

const CommandSpec kRunSpec{
    "run",
    "CONFIG.json|preset:NAME [options]",
    "Run an experiment, store it and print the final value of every metric per compared policy.",
    "The config is a JSON file, a shipped preset (see `trialbench-cli presets`) or the JSON object itself "
    "as\n"
    "one argument ('{\"kind\": …}', what the window's File > Copy as command writes). Overrides are applied "
    "to "
    "the\n"
    "JSON before validation, so a bad override is reported with its JSON path like any other problem.\n"
    "SIGINT (Ctrl+C), SIGTERM, SIGHUP or SIGQUIT stops the run within 100 ms at any horizon; every "
    "completed\n"
    "checkpoint is stored and the run is marked 'interrupted'; the exit code is 128 + the signal number\n"
    "(130 SIGINT, 143 SIGTERM, 129 SIGHUP, 131 SIGQUIT).\n"
    "Before anything is allocated, the run's memory, set-up time and simulation time are estimated from the\n"
    "config; a config over a limit (memory: half of this machine's, at most 64 GiB; set-up: 5 s; "
    "simulation:\n"
    "24 h on one core) is refused with exit code 2, naming the parameters that drive the cost. Config files\n"
    "must be regular files of at most 16 MiB.\n"
    "With --mpi, under `mpirun -np N` or `srun`, the replicates are spread over the N ranks (round robin);\n"
    "rank 0 gathers every checkpoint's values, aggregates them in replicate order and alone writes the "
    "store,\n"
    "so the result is bit-identical to a single-process run (docs/cluster.md). Threads per rank default to\n"
    "the cores the rank is bound to.",
    {{"--db", "PATH", "store file (default: $TRIALBENCH_DB, else $XDG_DATA_HOME/TrialBench/runs.sqlite)"},
     {"--replicates", "N", "override the config's \"replicates\""},
     {"--threads", "N", "worker threads (default 0 = all hardware threads)"},
     {"--seed", "S", "override the config's \"seed\""},
     {"--json", "", "print exactly one JSON object instead of the table (shape in docs/cli.md)"},
     {"--no-store", "", "do not record the run in the store"},
     {"--mpi", "", "spread the replicates over MPI ranks (launch with mpirun or srun; docs/cluster.md)"},
     {"--allow-long", "",
      "run even when the estimate exceeds the set-up (5 s) or simulation (24 h) limit; memory stays "
      "limited"}},
    1,
    1};

namespace {

using OJson = nlohmann::ordered_json;

/// Signals that stop a run cleanly (what was computed is stored as interrupted): Ctrl+C, kill, a closed
/// terminal, Ctrl+\\.
constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

const char* signalName(int sig) {
    switch (sig) {
    case SIGINT:
        return "SIGINT";
    case SIGTERM:
        return "SIGTERM";
    case SIGHUP:
        return "SIGHUP";
    case SIGQUIT:
        return "SIGQUIT";
    }
    return "a signal";
}

volatile std::sig_atomic_t g_signal = 0;
extern "C" void onSignal(int sig) {
    g_signal = sig;
}

} // namespace

void installStopSignals() {
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    for (int sig : kStopSignals) sigaction(sig, &sa, nullptr);
}

void restoreStopSignals() {
    for (int sig : kStopSignals) signal(sig, SIG_DFL);
}

int stopSignal() {
    return int(g_signal);
}

StopMonitor::StopMonitor(std::function<void()> stop, std::function<std::string(bool stopping)> progress)
    : m_stop(std::move(stop)), m_progress(std::move(progress)) {
    m_thread = std::thread([this] { loop(); });
}

StopMonitor::~StopMonitor() {
    finish();
}

void StopMonitor::finish() {
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable()) m_thread.join();
    if (m_drawn) std::fprintf(stderr, "\r\033[K");
    m_drawn = false;
}

void StopMonitor::loop() {
    const auto start = std::chrono::steady_clock::now();
    std::unique_lock lock(m_mutex);
    bool stopping = false;
    // 20 ms between looks at the signal flag: with the replicates' own stop checks (a few ms) a signal stops
    // the work well within 100 ms.
    while (!m_cv.wait_for(lock, std::chrono::milliseconds(20), [this] { return m_done; })) {
        if (g_signal != 0 && !stopping) {
            stopping = true;
            m_stop();
        }
        if (!m_progress ||
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 1.0)
            continue;
        std::fprintf(stderr, "\r%s\033[K", m_progress(stopping).c_str());
        std::fflush(stderr);
        m_drawn = true;
    }
}

std::string progressBar(double fraction) {
    const int width = 30, filled = int(std::clamp(fraction, 0.0, 1.0) * width);
    char pct[16];
    std::snprintf(pct, sizeof pct, "%5.1f%%", 100 * fraction);
    return "[" + std::string(std::size_t(filled), '#') + std::string(std::size_t(width - filled), '.') +
           "] " + pct;
}

const char* stopSignalName(int sig) {
    return signalName(sig);
}

namespace {

/// The value of an override such as `--seed 7` for `key`: the JSON the text spells (7, 1e3, "x") or, when it
/// is not JSON, the text as a string, so validation reports it at the key's path like any other problem
/// ("seed: expected an integer, got a string"). A number beyond the range of a double is reported at the
/// key's path too.
Json overrideValue(const std::string& key, const std::string& option, const std::string& text) {
    try {
        return parseJsonText(text, option);
    } catch (const InputError&) {
        char* end = nullptr;
        errno = 0;
        const double x = std::strtod(text.c_str(), &end);
        if (!text.empty() && end == text.c_str() + text.size() && errno == ERANGE && std::isinf(x))
            throw InputError(std::vector<Issue>{
                {key, truncateText(text, 24) + " (" + option +
                          ") is outside the range of a double (finite magnitudes up to 1.8e308)"}});
        return Json(text);
    }
}

/// Series metrics with the headline metric first, then in declaration order.
std::vector<std::size_t> displayOrder(const std::vector<MetricDecl>& series) {
    std::vector<std::size_t> order;
    for (std::size_t m = 0; m < series.size(); ++m)
        if (series[m].headline) order.push_back(m);
    for (std::size_t m = 0; m < series.size(); ++m)
        if (!series[m].headline) order.push_back(m);
    return order;
}

} // namespace

RunResult runAndStore(const Prepared& prepared, const Args& args, int threads, ReplicateExchange* exchange) {
    RunResult res;
    std::unique_ptr<RunStore> store;
    std::unique_ptr<RunStore::Recorder> recorder;
    res.dbPath = dbPathOf(args);
    const bool root = !exchange || exchange->isRoot(); // only rank 0 opens the store
    if (!args.has("--no-store") && root) {
        store = std::make_unique<RunStore>(res.dbPath);
        recorder = store->recorder();
    }

    installStopSignals();

    const Kind& kind = *prepared.kind;
    Runner runner(prepared, Runner::Options{threads, 0.05, exchange});
    {
        std::function<std::string(bool)> progress;
        if (root && isatty(STDERR_FILENO) == 1)
            progress = [&runner, unit = kind.stepUnit()](bool stopping) {
                const auto s = runner.latest();
                char tail[128];
                std::snprintf(tail, sizeof tail, "  %zu/%zu checkpoints  %.3g %s/s%s", s->done,
                              s->grid.size(), s->stepsPerSecond, unit.c_str(), stopping ? "  stopping" : "");
                return progressBar(s->stepsTotal > 0 ? double(s->stepsDone) / double(s->stepsTotal) : 0.0) +
                       tail;
            };
        StopMonitor monitor([&runner] { runner.requestStop(); }, progress);
        res.snapshot = runner.run(recorder.get());
        monitor.finish();
    }
    restoreStopSignals();
    const int hardware = int(std::max(1u, std::thread::hardware_concurrency()));
    const int wanted = std::min(threads > 0 ? threads : hardware, std::max(1, prepared.replicates));
    if (runner.threads() < wanted && !exchange)
        std::cerr << "note: only " << runner.threads() << " of " << wanted
                  << " threads could be started (a thread or memory limit); the results do not depend on the "
                     "thread count\n";
    res.experimentId = recorder ? recorder->experimentId() : 0;
    if (store && res.experimentId > 0) res.runRows = store->runs(res.experimentId);
    return res;
}

int runExitCode(const RunResult& res) {
    const Snapshot& snap = *res.snapshot;
    if (snap.status == RunStatus::Finished) return kOk;
    if (g_signal != 0 && snap.status == RunStatus::Interrupted) {
        std::cerr << "interrupted by " << signalName(int(g_signal)) << ": " << shown(snap.message)
                  << (res.experimentId > 0
                          ? "; stored as experiment " + std::to_string(res.experimentId) + " (interrupted)"
                          : std::string())
                  << "\n";
        return 128 + int(g_signal);
    }
    std::cerr << "run " << toString(snap.status) << ": " << shown(snap.message) << "\n";
    return kFailure;
}

int cmdRun(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kRunSpec, argv);
    if (!parsed) return kOk;
    const Args& args = *parsed;
    const std::string source = args.positional[0];
    int threads = args.has("--threads") ? parseInt("--threads", args.value("--threads"), 0, 4096) : 0;

    // --mpi: every rank runs this command; rank 0 alone prints, opens the store and records.
#ifdef TB_HAVE_MPI
    std::unique_ptr<mpi::MpiSession> session;
    std::unique_ptr<mpi::MpiExchange> exchange;
    if (args.has("--mpi")) {
        session = std::make_unique<mpi::MpiSession>();
        exchange = std::make_unique<mpi::MpiExchange>(*session);
        if (!args.has("--threads")) threads = mpi::defaultThreadsPerRank(*session);
    }
    const bool quiet = session && session->rank() != 0;
    ReplicateExchange* const exchangePtr = exchange.get();
#else
    if (args.has("--mpi")) {
        std::cerr
            << "--mpi: this trialbench-cli was built without MPI (install openmpi-bin and libopenmpi-dev, "
               "e.g. with scripts/install-deps.sh, and build again; docs/cluster.md)\n";
        return kUsage;
    }
    const bool quiet = false;
    ReplicateExchange* const exchangePtr = nullptr;
#endif

    auto reportInput = [&](const InputError& e) {
        if (quiet) return kUsage; // rank 0 reports it
        for (const auto& issue : e.issues()) {
            std::string line = issue.toString();
            // An inline config is located as "command line:LINE:COLUMN" already; a file or preset by its
            // name.
            const bool inlineJson = source.find_first_not_of(" \t\r\n") != std::string::npos &&
                                    source[source.find_first_not_of(" \t\r\n")] == '{';
            if (!inlineJson && line.rfind(source, 0) != 0) line = source + ": " + line;
            std::cerr << shown(line) << "\n";
        }
        return kUsage;
    };

    Prepared prepared;
    try {
        Json config = loadConfigArgument(source);
        if (config.is_object()) {
            if (args.has("--replicates"))
                config["replicates"] =
                    overrideValue("replicates", "--replicates", args.value("--replicates"));
            if (args.has("--seed")) config["seed"] = overrideValue("seed", "--seed", args.value("--seed"));
        }
        if (config.is_object() && config.contains("sweep"))
            throw InputError(std::vector<Issue>{
                {"sweep",
                 "this config is a sweep: run it with `trialbench-cli sweep` (or remove the block to run "
                 "its base config once)"}});
        PrepareOptions options;
        options.allowLong = args.has("--allow-long");
        prepared = prepare(config, options);
    } catch (const InputError& e) {
#ifdef TB_HAVE_MPI
        if (session) session->allAgree(false);
#endif
        return reportInput(e);
    }
#ifdef TB_HAVE_MPI
    // Every rank validated the same config; if one of them could not (a file missing on its node), none runs.
    if (session && !session->allAgree(true)) {
        if (!quiet)
            std::cerr << "--mpi: another rank could not read or validate the config; nothing was run\n";
        return kUsage;
    }
#endif

    const RunResult res = runAndStore(prepared, args, threads, exchangePtr);
    if (quiet) {
        // Rank 0 prints, records and gives the job's exit code. This rank exits 0 whenever rank 0 decided how
        // the run ends: a non-zero exit makes mpirun kill the job, rank 0 included, perhaps while it records.
#ifdef TB_HAVE_MPI
        return exchange->broken() ? kFailure : kOk;
#else
        return kOk;
#endif
    }
    const Kind& kind = *prepared.kind;
    const std::string name = prepared.config.value("name", std::string());
    const std::shared_ptr<const Snapshot>& snap = res.snapshot;
    const std::string& dbPath = res.dbPath;
    const std::int64_t experimentId = res.experimentId;
    const std::vector<RunRow>& runRows = res.runRows;
    const auto order = displayOrder(snap->series);
    const std::size_t last = snap->done;

    if (args.has("--json")) {
        OJson out = {{"experiment_id", experimentId > 0 ? OJson(experimentId) : OJson(nullptr)},
                     {"kind", kind.name()},
                     {"status", toString(snap->status)}};
        if (!snap->message.empty()) out["message"] = snap->message;
        OJson runs = OJson::array();
        for (std::size_t r = 0; r < snap->runs.size(); ++r) {
            OJson finals = OJson::object();
            for (std::size_t m : order) {
                if (last == 0) continue;
                const AggStats& a = snap->seriesStats[r][m][last - 1];
                auto num = [](double v) { return std::isfinite(v) ? OJson(v) : OJson(nullptr); };
                finals[snap->series[m].name] = {{"mean", num(a.mean)},
                                                {"sd", num(a.sd)},
                                                {"ci95_low", num(a.ciLow)},
                                                {"ci95_high", num(a.ciHigh)}};
            }
            runs.push_back({{"run_id", r < runRows.size() ? OJson(runRows[r].id) : OJson(nullptr)},
                            {"label", snap->runs[r].label},
                            {"final", finals}});
        }
        for (std::size_t r = 0; r < snap->runs.size() && r < snap->derived.size(); ++r)
            if (!snap->derived[r].empty()) runs[r]["derived"] = derivedSummaryJson(snap->derived[r]);
        out["runs"] = runs;
        std::cout << jsonText(out) << std::endl;
    } else {
        std::vector<std::vector<std::string>> rows;
        std::vector<std::string> head = {"policy"};
        for (std::size_t m : order) head.push_back(snap->series[m].label + " (±95% CI)");
        rows.push_back(head);
        for (std::size_t r = 0; r < snap->runs.size(); ++r) {
            std::vector<std::string> row = {shown(snap->runs[r].label)};
            for (std::size_t m : order) {
                if (last == 0) {
                    row.push_back("-");
                    continue;
                }
                const AggStats& a = snap->seriesStats[r][m][last - 1];
                row.push_back(meanPlusMinus(a.mean, (a.ciHigh - a.ciLow) / 2));
            }
            rows.push_back(row);
        }
        std::vector<bool> right(head.size(), true);
        right[0] = false;
        char head1[256];
        std::snprintf(
            head1, sizeof head1, ": %d replicates, %zu of %zu checkpoints (step %lld), %.2f s, %.3g %s/s",
            prepared.replicates, snap->done, snap->grid.size(), last ? (long long)snap->grid[last - 1] : 0LL,
            snap->elapsedSeconds, snap->stepsPerSecond, kind.stepUnit().c_str());
        std::cout << kind.name() << (name.empty() ? "" : " \"" + shown(name) + "\"") << head1 << "\n"
                  << table(rows, right);
        for (std::size_t r = 0; r < snap->runs.size() && r < snap->derived.size(); ++r)
            if (!snap->derived[r].empty())
                std::cout << "\n" << derivedText(snap->runs[r].label, snap->derived[r]);
        if (experimentId > 0)
            std::cout << "stored as experiment " << experimentId << " (" << toString(snap->status) << ") in "
                      << shown(dbPath) << "\n";
    }

    const int code = runExitCode(res);
#ifdef TB_HAVE_MPI
    // Ranks still waiting on rank 0 (it failed before telling them, or the exchange broke): end the job now
    // that the store is closed and the failure recorded.
    if (exchange && exchange->ranks() > 1 && res.snapshot->status != RunStatus::Finished &&
        !exchange->released()) {
        std::cout.flush();
        session->abort(code == kOk ? kFailure : code);
    }
#endif
    return code;
}

} // namespace tb::cli

// trialbench-cli sweep: run every cell of a config's "sweep" block (docs/sweeps.md), store the sweep as one
// experiment whose runs are the cells' runs, and print the sweep's metric against the swept parameters.
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>
#include <unistd.h>

#include "Cli.h"
#include "core/Text.h"
#include "run/Registry.h"
#include "run/Sweep.h"
#include "store/SweepRunner.h"

#ifdef TB_HAVE_MPI
#include "MpiExchange.h"
#endif

namespace tb::cli {

const CommandSpec kSweepSpec{
    "sweep",
    "CONFIG.json|preset:NAME [--sweep JSON] [options] | --resume ID [options]",
    "Run every cell of a parameter sweep, store it as one experiment and print the metric against the "
    "parameters.",
    "The config's \"sweep\" block (or --sweep, which replaces it) names one or two numeric parameters by "
    "JSON\n"
    "path with a list of values, a linear or log range, or a number of seeds (docs/sweeps.md):\n"
    "  \"sweep\": {\"parameters\": [{\"path\": \"policies[0].epsilon\",\n"
    "                              \"range\": {\"from\": 0.001, \"to\": 0.5, \"count\": 10, \"scale\": "
    "\"log\"}},\n"
    "                             {\"seeds\": 5}],\n"
    "            \"metric\": \"pseudo_regret\"}\n"
    "Every cell is the config with the cell's values and its own seed; its results equal `trialbench-cli "
    "run`\n"
    "of that config bit for bit. The sweep is stored as one experiment whose runs are the cells' runs, "
    "labelled\n"
    "\"VARIANT · PARAMETER=VALUE\". A signal stops the cell under way; finished cells are kept and `--resume "
    "ID`\n"
    "runs only the missing ones. The whole sweep's cost is checked against the limits before anything runs.\n"
    "With --mpi each cell's replicates are spread over the ranks as for `run --mpi`.",
    {{"--db", "PATH", "store file (default: $TRIALBENCH_DB, else $XDG_DATA_HOME/TrialBench/runs.sqlite)"},
     {"--sweep", "JSON", "the sweep block, replacing the config's (e.g. '{\"parameters\": [...]}')"},
     {"--resume", "ID", "run the cells an interrupted sweep did not finish"},
     {"--replicates", "N", "override the config's \"replicates\" (every cell's)"},
     {"--seed", "S", "override the config's \"seed\", from which every cell's seed is derived"},
     {"--threads", "N", "worker threads per cell (default 0 = all hardware threads)"},
     {"--json", "", "print exactly one JSON object instead of the tables (shape in docs/sweeps.md)"},
     {"--no-store", "", "do not record the sweep in the store"},
     {"--mpi", "", "spread each cell's replicates over MPI ranks (launch with mpirun or srun)"},
     {"--allow-long", "", "run even when the whole sweep's estimate exceeds the set-up or simulation limit"}},
    0,
    1};

namespace {

using OJson = nlohmann::ordered_json;

OJson numberOrNull(double v) {
    return std::isfinite(v) ? OJson(v) : OJson(nullptr);
}

OJson sweepJson(const SweepRunner& sweep, RunStatus status, const std::string& dbPath, bool stored) {
    const SweepPlan& plan = sweep.plan();
    OJson out = {
        {"experiment_id", stored && sweep.experimentId() > 0 ? OJson(sweep.experimentId()) : OJson(nullptr)},
        {"kind", plan.kind->name()},
        {"status", toString(status)}};
    if (!sweep.message().empty()) out["message"] = sweep.message();
    if (stored) out["db"] = dbPath;
    out["metric"] = plan.metric;
    OJson axes = OJson::array();
    for (const auto& a : plan.axes) {
        OJson values = OJson::array();
        for (const auto& v : a.values) values.push_back(OJson::parse(v.dump()));
        axes.push_back(
            {{"path", a.path}, {"label", a.label}, {"values", values}, {"log", a.log}, {"seeds", a.seeds}});
    }
    out["axes"] = axes;
    out["cells_total"] = plan.cells();
    out["cells_run"] = sweep.cellsRun();
    OJson cells = OJson::array();
    std::vector<double> scratch;
    for (const auto& c : sweep.cells()) {
        OJson coords = OJson::array();
        const auto k = plan.coords(c.cell);
        for (std::size_t i = 0; i < k.size(); ++i)
            coords.push_back(OJson::parse(plan.axes[i].values[k[i]].dump()));
        OJson cell = {{"cell", c.cell},
                      {"coords", coords},
                      {"seed", c.seed},
                      {"status", c.status == RunStatus::Running ? "pending" : toString(c.status)}};
        OJson runs = OJson::array();
        for (std::size_t v = 0; v < c.variants.size() && v < c.finals.size(); ++v) {
            OJson run = {{"run_id", v < c.runIds.size() ? OJson(c.runIds[v]) : OJson(nullptr)},
                         {"label", c.variants[v]}};
            if (!c.finals[v].empty()) {
                const AggStats a = aggregate(c.finals[v], scratch);
                run["n"] = a.n;
                run["mean"] = numberOrNull(a.mean);
                run["ci95_low"] = numberOrNull(a.ciLow);
                run["ci95_high"] = numberOrNull(a.ciHigh);
            }
            runs.push_back(run);
        }
        cell["runs"] = runs;
        cells.push_back(cell);
    }
    out["cells"] = cells;
    const auto p = sweep.progress();
    out["seconds"] = p.elapsedSeconds;
    out["steps_per_second"] = p.elapsedSeconds > 0 ? p.steps / p.elapsedSeconds : 0.0;
    return out;
}

std::string sweepText(const SweepRunner& sweep) {
    const SweepPlan& plan = sweep.plan();
    std::string metricLabel = plan.metric;
    for (const auto& m : plan.kind->metrics())
        if (m.name == plan.metric) metricLabel = m.label;
    std::string out;
    std::vector<double> scratch;
    if (sweepIsLine(plan)) {
        const SweepCurve curve = sweepCurve(plan, sweep.cells());
        const SweepAxis& axis = plan.axes[sweepLineAxis(plan)];
        out += shown(metricLabel) + ", final mean ± 95% CI, against " + shown(axis.label) + " (" +
               shown(axis.path) + ")" +
               (plan.axes.size() == 2
                    ? ", pooled over " + std::to_string(plan.axes[1 - sweepLineAxis(plan)].values.size()) +
                          " seeds"
                    : "") +
               ":\n";
        std::vector<std::vector<std::string>> rows;
        std::vector<std::string> head = {axis.name};
        for (const auto& v : curve.variants) head.push_back(shown(v));
        rows.push_back(head);
        for (std::size_t i = 0; i < curve.x.size(); ++i) {
            std::vector<std::string> row = {sweepValueText(axis.values[i])};
            for (std::size_t v = 0; v < curve.variants.size(); ++v)
                row.push_back(std::isfinite(curve.mean[v][i])
                                  ? meanPlusMinus(curve.mean[v][i], (curve.high[v][i] - curve.low[v][i]) / 2)
                                  : "-");
            rows.push_back(row);
        }
        std::vector<bool> right(head.size(), true);
        right[0] = false;
        out += table(rows, right);
        return out;
    }
    // Two parameters: one matrix per variant, rows the first axis, columns the second.
    const SweepAxis &a = plan.axes[0], &b = plan.axes[1];
    std::vector<std::string> variants;
    for (const auto& c : sweep.cells())
        if (!c.variants.empty()) {
            variants = c.variants;
            break;
        }
    for (std::size_t v = 0; v < variants.size(); ++v) {
        out += (v ? "\n" : "") + shown(metricLabel) + ", final mean, " + shown(variants[v]) + ": rows " +
               shown(a.name) + ", columns " + shown(b.name) + "\n";
        std::vector<std::vector<std::string>> rows;
        std::vector<std::string> head = {a.name + " \\ " + b.name};
        for (const auto& x : b.values) head.push_back(sweepValueText(x));
        rows.push_back(head);
        for (std::size_t i = 0; i < a.values.size(); ++i) {
            std::vector<std::string> row = {sweepValueText(a.values[i])};
            for (std::size_t j = 0; j < b.values.size(); ++j) {
                const auto& c = sweep.cells()[i * b.values.size() + j];
                if (c.status != RunStatus::Finished || v >= c.finals.size() || c.finals[v].empty()) {
                    row.push_back("-");
                    continue;
                }
                const AggStats s = aggregate(c.finals[v], scratch);
                char buf[32];
                std::snprintf(buf, sizeof buf, "%.4g", s.mean);
                row.push_back(buf);
            }
            rows.push_back(row);
        }
        out += table(rows, std::vector<bool>(head.size(), true));
    }
    return out;
}

} // namespace

int cmdSweep(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kSweepSpec, argv);
    if (!parsed) return kOk;
    const Args& args = *parsed;
    const bool resume = args.has("--resume");
    if (resume && !args.positional.empty()) throw UsageError("give a CONFIG or --resume ID, not both");
    if (!resume && args.positional.empty()) throw UsageError("give a CONFIG (or --resume ID)");
    for (const char* opt : {"--sweep", "--replicates", "--seed"})
        if (resume && args.has(opt))
            throw UsageError(std::string(opt) + " cannot change a sweep being resumed");
    if (resume && args.has("--no-store"))
        throw UsageError("--resume continues a stored sweep: drop --no-store");
    int threads = args.has("--threads") ? parseInt("--threads", args.value("--threads"), 0, 4096) : 0;

#ifdef TB_HAVE_MPI
    std::unique_ptr<mpi::MpiSession> session;
    if (args.has("--mpi")) {
        if (resume) throw UsageError("--resume cannot be combined with --mpi: resume it in one process");
        session = std::make_unique<mpi::MpiSession>();
        if (!args.has("--threads")) threads = mpi::defaultThreadsPerRank(*session);
    }
    const bool quiet = session && session->rank() != 0;
#else
    if (args.has("--mpi")) {
        std::cerr
            << "--mpi: this trialbench-cli was built without MPI (install openmpi-bin and libopenmpi-dev, "
               "e.g. with scripts/install-deps.sh, and build again; docs/cluster.md)\n";
        return kUsage;
    }
    const bool quiet = false;
#endif

    SweepRunner::Options options;
    options.threads = threads;
    options.isRoot = !quiet;
    options.allowLong = args.has("--allow-long");
#ifdef TB_HAVE_MPI
    if (session) {
        mpi::MpiSession* s = session.get();
        options.exchange = [s] { return std::make_unique<mpi::MpiExchange>(*s); };
    }
#endif

    const std::string dbPath = dbPathOf(args);
    std::unique_ptr<RunStore> store;
    std::unique_ptr<SweepRunner> sweep;
    if (resume) {
        const std::int64_t id = parseId(args.value("--resume"));
        store = std::make_unique<RunStore>(dbPath, RunStore::Mode::ReadWriteExisting);
        sweep = SweepRunner::resume(*store, id, options);
    } else {
        const std::string source = args.positional[0];
        SweepPlan plan;
        try {
            Json config = loadConfigArgument(source);
            if (config.is_object())
                for (const char* key : {"replicates", "seed"})
                    if (const std::string opt = std::string("--") + key; args.has(opt)) {
                        try {
                            config[key] = parseJsonText(args.value(opt), opt);
                        } catch (const InputError&) {
                            config[key] = args.value(opt); // reported at the key's path by validation
                        }
                    }
            if (args.has("--sweep") && config.is_object())
                config["sweep"] = parseJsonText(args.value("--sweep"), "--sweep");
            if (config.is_object() && !config.contains("sweep"))
                throw InputError(
                    std::vector<Issue>{{"sweep", "is required: give the config a \"sweep\" block or pass "
                                                 "--sweep JSON (docs/sweeps.md)"}});
            PrepareOptions po;
            po.allowLong = args.has("--allow-long");
            plan = planSweep(config, po);
            if (!args.has("--no-store") && !quiet) store = std::make_unique<RunStore>(dbPath);
            sweep = std::make_unique<SweepRunner>(std::move(plan), store.get(), options);
        } catch (const InputError& e) {
#ifdef TB_HAVE_MPI
            if (session) session->allAgree(false);
#endif
            if (quiet) return kUsage;
            const bool inlineJson = source.find_first_not_of(" \t\r\n") != std::string::npos &&
                                    source[source.find_first_not_of(" \t\r\n")] == '{';
            for (const auto& issue : e.issues()) {
                std::string line = issue.toString();
                if (!inlineJson && line.rfind(source, 0) != 0) line = source + ": " + line;
                std::cerr << shown(line) << "\n";
            }
            return kUsage;
        }
#ifdef TB_HAVE_MPI
        if (session && !session->allAgree(true)) {
            if (!quiet)
                std::cerr << "--mpi: another rank could not read or validate the config; nothing was run\n";
            return kUsage;
        }
#endif
    }

    installStopSignals();
    RunStatus status;
    {
        std::function<std::string(bool)> progress;
        if (!quiet && isatty(STDERR_FILENO) == 1)
            progress = [s = sweep.get(), unit = sweep->plan().kind->stepUnit()](bool stopping) {
                const auto p = s->progress();
                double cellFrac = 0;
                if (p.snapshot && p.snapshot->stepsTotal > 0)
                    cellFrac = double(p.snapshot->stepsDone) / double(p.snapshot->stepsTotal);
                char tail[128];
                std::snprintf(tail, sizeof tail, "  %zu/%zu cells  %.3g %s/s%s", p.cellsDone, p.cellsTotal,
                              p.snapshot ? p.snapshot->stepsPerSecond : 0.0, unit.c_str(),
                              stopping ? "  stopping" : "");
                return progressBar(p.cellsTotal ? (double(p.cellsDone) + cellFrac) / double(p.cellsTotal)
                                                : 0.0) +
                       tail;
            };
        StopMonitor monitor([s = sweep.get()] { s->requestStop(); }, progress);
        status = sweep->run();
        monitor.finish();
    }
    restoreStopSignals();
    if (quiet) return kOk;

    const bool stored = store != nullptr;
    if (args.has("--json")) {
        std::cout << jsonText(sweepJson(*sweep, status, dbPath, stored)) << std::endl;
    } else {
        const SweepPlan& plan = sweep->plan();
        const auto p = sweep->progress();
        char head[256];
        std::snprintf(head, sizeof head,
                      " sweep: %zu cells × %d replicates, %zu run now, %.2f s, %.3g %s/s\n", plan.cells(),
                      plan.base.value("replicates", 0), sweep->cellsRun(), p.elapsedSeconds,
                      p.elapsedSeconds > 0 ? p.steps / p.elapsedSeconds : 0.0, plan.kind->stepUnit().c_str());
        const std::string name = plan.base.value("name", std::string());
        std::cout << plan.kind->name() << (name.empty() ? "" : " \"" + shown(name) + "\"") << head
                  << sweepText(*sweep);
        if (stored && sweep->experimentId() > 0)
            std::cout << "stored as experiment " << sweep->experimentId() << " (" << toString(status)
                      << ") in " << shown(dbPath) << "; its runs are the cells' runs\n";
    }
    if (status == RunStatus::Finished) return kOk;
    if (stopSignal() != 0 && status == RunStatus::Interrupted) {
        std::cerr << "interrupted by " << stopSignalName(stopSignal()) << ": " << shown(sweep->message())
                  << "\n";
        return 128 + stopSignal();
    }
    std::cerr << "sweep " << toString(status) << ": " << shown(sweep->message()) << "\n";
    return kFailure;
}

} // namespace tb::cli

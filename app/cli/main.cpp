// trialbench-cli: the headless twin of the TrialBench window (see docs/cli.md).
#include <algorithm>
#include <iostream>
#include <sqlite3.h>
#include <sstream>
#include <unistd.h>

#include "Cli.h"
#include "run/Registry.h"

#include "run/Benchmark.h"

#ifndef TB_VERSION
#define TB_VERSION "unknown"
#endif

namespace tb::cli {

const CommandSpec kBenchSpec{
    "bench",
    "[--preset a,b] [--policies a,b] [--replicates N] [--threads LIST] [--json]",
    "Measure steps (pulls) per second per variant (policy) on presets, with the headline metric beside it.",
    "Each variant runs alone on each preset's config, once per thread count, through the normal Runner; the\n"
    "final mean of the kind's headline metric (pseudo-regret for bandits) is printed beside the speed so "
    "speed\n"
    "is never bought with wrong answers. Nothing is stored.",
    {{"--preset", "a,b",
      "comma-separated presets to measure (default classic-10-arm,close-5-arm,low-mean-12-arm)"},
     {"--policies", "a,b", "variant (policy) types to measure (default: every type of the preset's kind)"},
     {"--variants", "a,b", "the same as --policies, in the kind-neutral spelling"},
     {"--replicates", "N", "replicates per measurement (default 100)"},
     {"--threads", "LIST", "comma-separated thread counts, 0 = all hardware threads (default 1,0)"},
     {"--json", "", "print one JSON object {\"replicates\":N,\"rows\":[...]} instead of the table"}},
    0,
    0};

const CommandSpec kVersionSpec{"version", "", "Print the version of trialbench-cli.", "", {}, 0, 0};

int cmdBench(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kBenchSpec, argv);
    if (!parsed) return kOk;
    const Args& args = *parsed;
    BenchOptions o;
    if (args.has("--preset")) {
        o.presets = splitBenchList(args.value("--preset"));
        if (o.presets.empty()) throw UsageError("--preset: give at least one preset");
        for (const auto& p : o.presets)
            if (!findPreset(p)) throw InputError("--preset: unknown preset '" + p + "'");
    }
    if (args.has("--replicates"))
        o.replicates = parseInt("--replicates", args.value("--replicates"), 1, 1000000);
    if (args.has("--policies") && args.has("--variants"))
        throw UsageError("give --policies or --variants, not both");
    for (const char* opt : {"--policies", "--variants"})
        if (args.has(opt)) o.variants = splitBenchList(args.value(opt));
    if (args.has("--threads")) {
        o.threads.clear();
        for (const auto& t : splitBenchList(args.value("--threads")))
            o.threads.push_back(parseInt("--threads", t, 0, 4096));
        if (o.threads.empty()) throw UsageError("--threads: give at least one thread count");
    }
    const bool json = args.has("--json");
    std::vector<std::vector<std::string>> t;
    auto onRow = [&](const BenchRow& r) {
        if (json) return;
        if (t.empty())
            t.push_back({"preset", "variant", "threads", r.stepUnit, "seconds", r.stepUnit + "/s",
                         r.metricLabel + ", final (±95% CI)"});
        char steps[32], secs[32], rate[32];
        std::snprintf(steps, sizeof steps, "%lld", (long long)r.steps);
        std::snprintf(secs, sizeof secs, "%.3f", r.seconds);
        std::snprintf(rate, sizeof rate, "%.3g M", r.stepsPerSecond / 1e6);
        if (isatty(STDERR_FILENO) == 1) // progress while the table is being measured
            std::cerr << shown(r.preset) << ": " << shown(r.variant) << " x " << r.threads
                      << " threads: " << rate << " " << r.stepUnit << "/s\n";
        t.push_back({shown(r.preset), shown(r.variant), std::to_string(r.threads), steps, secs, rate,
                     meanPlusMinus(r.metricMean, r.metricCiHalf)});
    };
    const auto rows = runBenchmark(o, onRow);
    if (json) {
        Json list = Json::array();
        for (const auto& r : rows)
            list.push_back({{"preset", r.preset},
                            {"variant", r.variant},
                            {"threads", r.threads},
                            {"steps", r.steps},
                            {"step_unit", r.stepUnit},
                            {"seconds", r.seconds},
                            {"steps_per_second", r.stepsPerSecond},
                            {"metric", r.metric},
                            {"metric_mean", r.metricMean},
                            {"metric_ci95_half", r.metricCiHalf}});
        std::cout << jsonText(Json{{"replicates", o.replicates}, {"rows", list}}) << std::endl;
    } else {
        std::cout << o.replicates << " replicates per row\n"
                  << table(t, {false, false, true, true, true, true, true});
    }
    return kOk;
}

namespace {

struct Command {
    const CommandSpec* spec;
    int (*run)(const std::vector<std::string>&);
};

int cmdVersion(const std::vector<std::string>& argv) {
    if (!parseArgs(kVersionSpec, argv)) return kOk;
    std::cout << "trialbench-cli " << TB_VERSION << " (store schema " << RunStore::schemaVersion()
              << ", SQLite " << sqlite3_libversion() << ")\n";
    return kOk;
}
int cmdTagAdd(const std::vector<std::string>& a) {
    return cmdTag(a, true);
}
int cmdTagRemove(const std::vector<std::string>& a) {
    return cmdTag(a, false);
}

const Command kCommands[] = {
    {&kRunSpec, cmdRun},
    {&kListSpec, cmdList},
    {&kShowSpec, cmdShow},
    {&kSweepSpec, cmdSweep},
    {&kCompareSpec, cmdCompare},
    {&kAdaStopSpec, cmdAdaStop},
    {&kExportSpec, cmdExport},
    {&kPresetsSpec, cmdPresets},
    {&kDeleteSpec, cmdDelete},
    {&kTagSpec, cmdTagAdd},
    {&kUntagSpec, cmdTagRemove},
    {&kNoteSpec, cmdNote},
    {&kHelpConfigSpec, cmdHelpConfig},
    {&kBenchSpec, cmdBench},
    {&kFitTailSpec, cmdFitTail},
    {&kProjectScalingSpec, cmdProjectScaling},
    {&kVersionSpec, cmdVersion},
};

std::string mainUsage() {
    std::ostringstream o;
    o << "Usage: trialbench-cli COMMAND [options]   (trialbench-cli COMMAND --help for details)\n\n"
      << "Run bandit (and other) experiments headless, browse the run store, project survival-game "
         "scaling.\n\nCommands:\n";
    std::size_t width = 0;
    for (const auto& c : kCommands) width = std::max(width, c.spec->name.size());
    for (const auto& c : kCommands) {
        std::string first = c.spec->summary.substr(0, c.spec->summary.find('\n'));
        o << "  " << c.spec->name << std::string(width + 2 - c.spec->name.size(), ' ') << first << "\n";
    }
    o << "\nStore: --db PATH, else $TRIALBENCH_DB, else "
      << "$XDG_DATA_HOME/TrialBench/runs.sqlite"
      << " (now: " << RunStore::defaultPath() << ")\n"
      << "Exit codes: 0 ok, 1 runtime failure, 2 bad input or usage; run: 128 + signal number when stopped "
         "by SIGINT/SIGTERM/SIGHUP/SIGQUIT (130/143/129/131).\n";
    return o.str();
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << mainUsage();
        return kUsage;
    }
    const std::string name = args[0];
    if (name == "--help" || name == "-h" || name == "help") {
        if (name == "help" && args.size() > 2) {
            std::cerr << "trialbench-cli help: unexpected argument '" << shown(args[2]) << "'\n\n"
                      << mainUsage();
            return kUsage;
        }
        if (name == "help" && args.size() > 1) {
            for (const auto& c : kCommands)
                if (c.spec->name == args[1]) {
                    std::cout << usageText(*c.spec);
                    return kOk;
                }
            std::cerr << "trialbench-cli help: unknown command '" << shown(args[1]) << "'\n\n" << mainUsage();
            return kUsage;
        }
        std::cout << mainUsage();
        return kOk;
    }
    if (name == "--version") return cmdVersion({});
    const Command* cmd = nullptr;
    for (const auto& c : kCommands)
        if (c.spec->name == name) cmd = &c;
    if (!cmd) {
        std::cerr << "trialbench-cli: unknown command '" << shown(name) << "'\n\n" << mainUsage();
        return kUsage;
    }
    args.erase(args.begin());
    try {
        return cmd->run(args);
    } catch (const UsageError& e) {
        std::cerr << "trialbench-cli " << name << ": " << shown(e.what()) << "\n\n" << usageText(*cmd->spec);
        return kUsage;
    } catch (const InputError& e) {
        for (const auto& issue : e.issues())
            std::cerr << "trialbench-cli " << name << ": " << shown(issue.toString()) << "\n";
        return kUsage;
    } catch (const RuntimeError& e) {
        std::cerr << "trialbench-cli " << name << ": " << shown(e.what()) << "\n";
        return kFailure;
    } catch (const std::exception& e) {
        std::cerr << "trialbench-cli " << name << ": " << shown(e.what()) << "\n";
        return kFailure;
    }
}

} // namespace tb::cli

int main(int argc, char** argv) {
    return tb::cli::main(argc, argv);
}

// trialbench-cli adastop: AdaStop as a run mode (docs/statistics.md): batches of n replicates of a config
// until every pair of its variants is decided.
#include <cmath>
#include <iostream>

#include "Cli.h"
#include "core/Stats.h"
#include "run/Registry.h"
#include "store/AdaStopRun.h"

namespace tb::cli {

const CommandSpec kAdaStopSpec{
    "adastop",
    "CONFIG.json|preset:NAME [--n N] [--interims K] [--alpha A] [--permutations B] [--metric NAME] [options]",
    "Run a config's variants in batches of n replicates until AdaStop decides every pair (or K batches ran).",
    "AdaStop (Mathieu et al., arXiv 2306.10882) compares the config's variants (policies) pairwise with a\n"
    "sequential group permutation test of family-wise error --alpha on their per-replicate final values of\n"
    "--metric. Batch k is the config with n replicates and its own seed (derived from the config's seed and "
    "k),\n"
    "recorded as an experiment tagged adastop=FIRST_ID and interim=k; the test stops as soon as every pair "
    "is\n"
    "decided, so clear differences cost one or two batches instead of K. The decisions are printed and "
    "written\n"
    "to the first batch's notes. Pairs still undecided after K batches are declared equal. Details and the\n"
    "type-I error and power measured: docs/statistics.md.",
    {{"--n", "N", "replicates per variant per batch (default 5)"},
     {"--interims", "K", "at most this many batches (default 5)"},
     {"--alpha", "A", "family-wise error, in (0, 1) (default 0.05)"},
     {"--permutations", "B", "permutation paths per interim (default 10000)"},
     {"--test-seed", "S", "seed of the random permutations (default 1)"},
     {"--metric", "NAME", "the Series metric compared (default: the kind's headline metric)"},
     {"--threads", "N", "worker threads (default 0 = all hardware threads)"},
     {"--json", "", "print one JSON object instead of the table"},
     {"--no-store", "", "do not record the batches"},
     {"--db", "PATH", "store file (default: $TRIALBENCH_DB, else $XDG_DATA_HOME/TrialBench/runs.sqlite)"}},
    1,
    1};

namespace {

double adaStopParseReal(const std::string& option, const std::string& text, double lo, double hi) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !(v > lo && v < hi))
        throw UsageError(option + ": '" + text + "' is not a number in (" + formatNumber(lo) + ", " +
                         formatNumber(hi) + ")");
    return v;
}

} // namespace

int cmdAdaStop(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kAdaStopSpec, argv);
    if (!parsed) return kOk;
    const Args& args = *parsed;
    AdaStopRunOptions o;
    if (args.has("--n")) o.test.n = parseInt("--n", args.value("--n"), 1, 1000);
    if (args.has("--interims")) o.test.interims = parseInt("--interims", args.value("--interims"), 1, 100);
    o.test.alpha = args.has("--alpha") ? adaStopParseReal("--alpha", args.value("--alpha"), 0, 1) : 0.05;
    if (args.has("--permutations"))
        o.test.permutations = parseInt("--permutations", args.value("--permutations"), 1, 1000000);
    o.test.seed = args.has("--test-seed")
                      ? std::uint64_t(parseInt("--test-seed", args.value("--test-seed"), 0, 2147483647))
                      : 1;
    o.metric = args.value("--metric");
    o.threads = args.has("--threads") ? parseInt("--threads", args.value("--threads"), 0, 4096) : 0;
    const std::string source = args.positional[0];
    Json config = loadConfigArgument(source);
    if (config.is_object() && config.contains("sweep"))
        throw InputError(std::vector<Issue>{{"sweep", "AdaStop runs one config: remove the sweep block"}});
    std::unique_ptr<RunStore> store;
    if (!args.has("--no-store")) store = std::make_unique<RunStore>(dbPathOf(args));
    AdaStopRunner runner(config, o, store.get());

    installStopSignals();
    AdaStopRunResult res;
    {
        StopMonitor monitor([&runner] { runner.requestStop(); });
        res = runner.run();
    }
    restoreStopSignals();

    const auto mean = [](const std::vector<double>& v) {
        double s = 0;
        for (double x : v) s += x;
        return v.empty() ? NAN : s / double(v.size());
    };
    if (args.has("--json")) {
        nlohmann::ordered_json out = {{"status", toString(res.status)}, {"metric", res.metric}};
        if (!res.message.empty()) out["message"] = res.message;
        out["n"] = o.test.n;
        out["interims_max"] = o.test.interims;
        out["interims_run"] = res.interims.size();
        out["alpha"] = o.test.alpha;
        out["experiment_ids"] = res.experimentIds;
        nlohmann::ordered_json agents = nlohmann::ordered_json::array();
        for (std::size_t a = 0; a < res.agents.size(); ++a)
            agents.push_back(
                {{"label", res.agents[a]}, {"n", res.values[a].size()}, {"mean", mean(res.values[a])}});
        out["agents"] = agents;
        nlohmann::ordered_json pairs = nlohmann::ordered_json::array();
        for (const auto& p : res.pairs)
            pairs.push_back({{"a", res.agents[std::size_t(p.a)]},
                             {"b", res.agents[std::size_t(p.b)]},
                             {"decision", stats::toString(p.decision)},
                             {"verdict", stats::verdictText(p.decision, res.lowerIsBetter)},
                             {"decided_at", p.decidedAt}});
        out["pairs"] = pairs;
        std::cout << jsonText(out) << std::endl;
    } else {
        std::cout << "AdaStop on " << shown(res.metric) << " (" << (res.lowerIsBetter ? "lower" : "higher")
                  << " is better): n = " << o.test.n << " per batch, " << res.interims.size()
                  << " of at most " << o.test.interims
                  << " batches run, alpha = " << formatNumber(o.test.alpha) << ", B = " << o.test.permutations
                  << "\n";
        std::vector<std::vector<std::string>> rows = {
            {"A", "B", "verdict", "decided at", "mean A", "mean B"}};
        for (const auto& p : res.pairs) {
            char ma[32], mb[32];
            std::snprintf(ma, sizeof ma, "%.4g", mean(res.values[std::size_t(p.a)]));
            std::snprintf(mb, sizeof mb, "%.4g", mean(res.values[std::size_t(p.b)]));
            rows.push_back({shown(res.agents[std::size_t(p.a)]), shown(res.agents[std::size_t(p.b)]),
                            stats::verdictText(p.decision, res.lowerIsBetter),
                            p.decidedAt ? "interim " + std::to_string(p.decidedAt) : "-", ma, mb});
        }
        std::cout << table(rows, {false, false, false, false, true, true});
        if (!res.experimentIds.empty())
            std::cout << "batches stored as experiments " << res.experimentIds.front() << ".."
                      << res.experimentIds.back() << " (tag adastop=" << res.experimentIds.front() << ")\n";
    }
    if (res.status == RunStatus::Finished) return kOk;
    std::cerr << "adastop " << toString(res.status) << ": " << shown(res.message) << "\n";
    if (stopSignal() != 0 && res.status == RunStatus::Interrupted) return 128 + stopSignal();
    return kFailure;
}

} // namespace tb::cli

// trialbench-cli fit-tail: the tail analysis of failure counts measured elsewhere (a text file or a CSV
// column), stored as a survival experiment whose one subject replays the observed counts.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "Cli.h"
#include "run/Registry.h"
#include "survival/FailureCounts.h"
#include "survival/SurvivalKind.h"

namespace tb::cli {

const CommandSpec kFitTailSpec{
    "fit-tail",
    "FILE [options]",
    "Fit the power-law tail of failure counts read from FILE and give the level with its probabilities.",
    "FILE holds failure counts K (failed attempts before the first success): one per line, or a CSV column\n"
    "named by --column. '>=N' marks a right-censored task (not solved within N attempts); blank lines and\n"
    "lines starting with # are skipped. Fits are on x = K + 1 (K = 0 kept): discrete power-law MLE with "
    "xmin\n"
    "by KS distance (libplfit; a censored likelihood when there are censored counts), its standard error, "
    "the\n"
    "bootstrap goodness-of-fit p (high p: a power law is plausible; p <= 0.1 rules it out), the level\n"
    "(Limited a <= 2, Capable 2 < a <= 3, Autonomous a > 3) with the bootstrap probability of each, and the\n"
    "OLS, Hill and Vuong comparisons. The analysis is stored as a survival experiment named after FILE.\n"
    "Errors name FILE:LINE and the offending text; bad input exits 2 and stores nothing.",
    {{"--db", "PATH", "store file (default: $TRIALBENCH_DB, else $XDG_DATA_HOME/TrialBench/runs.sqlite)"},
     {"--column", "NAME", "CSV column holding the counts (the first line is then a header)"},
     {"--cap", "N", "counts >= N are censored at N (the attempts allowed were N)"},
     {"--bootstrap", "B", "goodness-of-fit refits (default 1000; 0 skips p)"},
     {"--level-bootstrap", "B", "resamples for the level probabilities (default 1000)"},
     {"--seed", "S", "seed of the bootstraps (default 1)"},
     {"--threads", "N", "threads of the bootstraps (default 0 = all hardware threads)"},
     {"--name", "TEXT", "experiment name (default: fit-tail FILE)"},
     {"--json", "", "print exactly one JSON object (keys in docs/cli.md)"},
     {"--no-store", "", "do not record the analysis in the store"}},
    1,
    1};

int cmdFitTail(const std::vector<std::string>& argv) {
    using OJson = nlohmann::ordered_json;
    const auto parsed = parseArgs(kFitTailSpec, argv);
    if (!parsed) return kOk;
    const Args& args = *parsed;
    const std::string file = args.positional[0];
    survival::FailureCountOptions options;
    options.column = args.value("--column");
    if (args.has("--cap")) options.cap = parseInt("--cap", args.value("--cap"), 1, 2000000000);
    const int bootstrap =
        args.has("--bootstrap") ? parseInt("--bootstrap", args.value("--bootstrap"), 0, 100000) : 1000;
    const int levelBootstrap = args.has("--level-bootstrap")
                                   ? parseInt("--level-bootstrap", args.value("--level-bootstrap"), 0, 100000)
                                   : 1000;
    const std::uint64_t seed =
        args.has("--seed") ? std::uint64_t(parseInt("--seed", args.value("--seed"), 0, 2147483647)) : 1;
    const int threads = args.has("--threads") ? parseInt("--threads", args.value("--threads"), 0, 4096) : 0;

    const PooledCounts counts = survival::readFailureCounts(file, options); // InputError: exit 2
    const std::string source = std::filesystem::path(file).filename().string();
    const std::string name =
        args.has("--name") ? utf8Argument(args.value("--name"), "--name") : "fit-tail " + source;
    const Json config = survival::observedConfig(counts, source, name, bootstrap, levelBootstrap, seed);
    const Prepared prepared = prepare(config); // InputError: exit 2 (limits included)

    const RunResult res = runAndStore(prepared, args, threads);
    const Snapshot& snap = *res.snapshot;
    if (snap.status != RunStatus::Finished) return runExitCode(res);
    const Derivation d = snap.derived.empty() ? Derivation{} : snap.derived[0];
    auto value = [&](const char* key) {
        const Estimate* e = d.estimate(key);
        return e ? e->value : NAN;
    };
    if (args.has("--json")) {
        auto num = [](double v) { return std::isfinite(v) ? OJson(v) : OJson(nullptr); };
        OJson out = {{"experiment_id", res.experimentId > 0 ? OJson(res.experimentId) : OJson(nullptr)},
                     {"source", source},
                     {"column", options.column.empty() ? OJson(nullptr) : OJson(options.column)},
                     {"x", "K + 1"},
                     {"n", std::int64_t(value("n"))},
                     {"n_censored", std::int64_t(value("n_censored"))},
                     {"a", num(value("a"))},
                     {"a_se", num(value("a_se"))},
                     {"xmin", num(value("xmin"))},
                     {"n_tail", num(value("n_tail"))},
                     {"p_value", num(value("p_value"))},
                     {"p_refits", bootstrap}};
        const Verdict* level = d.verdicts.empty() ? nullptr : &d.verdicts.front();
        OJson probs = OJson::object();
        if (level)
            for (std::size_t k = 0; k < level->classes.size(); ++k)
                probs[level->classes[k]] =
                    num(k < level->probabilities.size() ? level->probabilities[k] : NAN);
        out["level"] =
            level && level->point >= 0 ? OJson(level->classes[std::size_t(level->point)]) : OJson(nullptr);
        out["level_probabilities"] = probs;
        out["analysis"] = derivedSummaryJson(d);
        std::cout << jsonText(out) << std::endl;
    } else {
        std::cout << "fit-tail " << shown(file)
                  << (options.column.empty() ? "" : " column " + shown(options.column)) << "\n"
                  << derivedText(source, d);
        if (res.experimentId > 0)
            std::cout << "stored as experiment " << res.experimentId << " in " << shown(res.dbPath) << "\n";
    }
    return kOk;
}

} // namespace tb::cli

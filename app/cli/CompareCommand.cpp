// trialbench-cli compare: the statistical comparison of stored runs on their per-replicate final values
// (engine/stats; formulas and tests in docs/statistics.md).
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <set>

#include "Cli.h"
#include "stats/AdaStop.h"
#include "stats/PairwiseComparison.h"

namespace tb::cli {

const CommandSpec kCompareSpec{
    "compare",
    "ID... [--metric NAME] [--alpha A] [--bootstrap B] [--seed S] [--adastop N] [--json] [--db PATH]",
    "Compare stored runs pairwise: Welch and Mann-Whitney tests with Holm correction, effect sizes.",
    "Each ID is an experiment (N: all its runs) or one run (run:N, the run_id of `show --json`). Runs are\n"
    "compared on their per-replicate final values of one metric (default: the kind's headline metric), all\n"
    "pairs at once: Welch's t-test and the Mann-Whitney U test, each Holm-adjusted over the pairs; the\n"
    "difference of means, Hedges' g and the probability of superiority P(A > B) with percentile bootstrap\n"
    "intervals; and a verdict from the Holm-adjusted Welch p-value: A larger, smaller or equal (no\n"
    "significant difference) at --alpha. Every run needs at least 2 replicate values; all runs must be of\n"
    "one kind. With --adastop N, AdaStop also reads each run's stored replicates in order as interims of N\n"
    "values (as many interims as the shortest run holds) and decides each pair with family-wise error "
    "--alpha.\n"
    "Formulas: docs/statistics.md.",
    {{"--metric", "NAME", "the metric to compare (default: the kind's headline metric)"},
     {"--alpha", "A", "family-wise error of the verdicts, in (0, 0.5] (default 0.05)"},
     {"--bootstrap", "B", "bootstrap resamples per pair (default 2000; 1 to 100000)"},
     {"--seed", "S", "seed of the bootstrap resampling (default 1): same seed, same intervals"},
     {"--adastop", "N", "also run AdaStop on the stored replicates, in interims of N per run"},
     {"--json", "", "print JSON instead of the tables (shape in docs/cli.md)"},
     {"--db", "PATH", "store file (default: $TRIALBENCH_DB, else $XDG_DATA_HOME/TrialBench/runs.sqlite)"}},
    1,
    100000};

namespace {

struct CompareRun {
    ExperimentRow experiment;
    RunRow run;
    std::string name; ///< as shown: the label, or "label (run N)" when labels repeat
    std::vector<double> values;
    int missing = 0; ///< replicates without a value (NULL in the store)
};

double compareParseAlpha(const std::string& text) {
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || errno == ERANGE || !(v > 0 && v <= 0.5))
        throw UsageError("--alpha: '" + text + "' is not a number in (0, 0.5]");
    return v;
}

std::uint64_t compareParseSeed(const std::string& text) {
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(text.c_str(), &end, 10);
    if (text.empty() || text[0] == '-' || text[0] == '+' || end != text.c_str() + text.size() ||
        errno == ERANGE)
        throw UsageError("--seed: '" + text + "' is not an integer in [0, 2^64 - 1]");
    return v;
}

std::string compareRunName(const CompareRun& r) {
    return "run " + std::to_string(r.run.id) + " (" + r.run.label + ", experiment " +
           std::to_string(r.experiment.id) + ")";
}

std::string compareNumber(double v, const char* format = "%.4g") {
    if (std::isnan(v)) return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

std::string compareInterval(const stats::Interval& i, const char* format = "%.4g") {
    return "[" + compareNumber(i.low, format) + ", " + compareNumber(i.high, format) + "]";
}

Json compareNumberJson(double v) {
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Json compareIntervalJson(const stats::Interval& i) {
    return Json::array({compareNumberJson(i.low), compareNumberJson(i.high)});
}

} // namespace

int cmdCompare(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kCompareSpec, argv);
    if (!parsed) return kOk;
    const Args& args = *parsed;
    const std::string path = dbPathOf(args);
    stats::ComparisonOptions options;
    if (args.has("--alpha")) options.alpha = compareParseAlpha(args.value("--alpha"));
    if (args.has("--bootstrap"))
        options.bootstrap.resamples = parseInt("--bootstrap", args.value("--bootstrap"), 1, 100000);
    if (args.has("--seed")) options.bootstrap.seed = compareParseSeed(args.value("--seed"));
    const std::string metricOption = utf8Argument(args.value("--metric"), "--metric");
    const int adaStopN =
        args.has("--adastop") ? parseInt("--adastop", args.value("--adastop"), 1, 100000) : 0;
    if (args.has("--metric") && metricOption.empty()) throw UsageError("--metric: give a metric name");

    // The ids, checked before the store is opened.
    struct Wanted {
        bool run;
        std::int64_t id;
    };
    std::vector<Wanted> wanted;
    for (const auto& text : args.positional) {
        if (text.rfind("run:", 0) == 0) {
            const std::string number = text.substr(4);
            std::int64_t id = 0;
            try {
                id = parseId(number);
            } catch (const UsageError&) {
                throw UsageError("'" + text +
                                 "' is not a run id (run:N with N a positive integer, the run_id of "
                                 "`show ID --json`)");
            }
            wanted.push_back({true, id});
        } else {
            wanted.push_back({false, parseId(text)});
        }
    }
    auto store = openForReading(path);
    if (!store)
        throw InputError(std::string(wanted[0].run ? "no run " : "no experiment ") +
                         std::to_string(wanted[0].id) + " in " + path);

    std::vector<CompareRun> runs;
    std::set<std::int64_t> seen;
    for (const auto& w : wanted) {
        std::int64_t experimentId = w.id;
        if (w.run) {
            const auto e = store->experimentOfRun(w.id);
            if (!e) throw InputError("no run " + std::to_string(w.id) + " in " + path);
            experimentId = *e;
        }
        const auto experiment = store->experiment(experimentId);
        if (!experiment) throw InputError("no experiment " + std::to_string(experimentId) + " in " + path);
        for (const auto& r : store->runs(experimentId)) {
            if (w.run && r.id != w.id) continue;
            if (!seen.insert(r.id).second)
                throw InputError("run " + std::to_string(r.id) + " (" + r.label + ", experiment " +
                                 std::to_string(experimentId) + ") is given twice");
            runs.push_back({*experiment, r, r.label, {}, 0});
        }
    }
    if (runs.size() < 2)
        throw InputError("compare needs at least 2 runs, the ids given hold " + std::to_string(runs.size()) +
                         (runs.size() == 1 ? " (" + compareRunName(runs[0]) + ")" : std::string()) +
                         ": give an experiment with several runs, or several ids");
    for (const auto& r : runs)
        if (r.experiment.kind != runs[0].experiment.kind)
            throw InputError("cannot compare runs of different kinds: experiment " +
                             std::to_string(runs[0].experiment.id) + " is " + runs[0].experiment.kind +
                             ", experiment " + std::to_string(r.experiment.id) + " is " + r.experiment.kind);

    // The metric: declared by every experiment as a Series metric (those have per-replicate final values).
    MetricDecl metric;
    bool found = false;
    {
        const auto decls = store->metricDecls(runs[0].experiment.id);
        for (const auto& d : decls)
            if (d.scope == MetricScope::Series &&
                (metricOption.empty() ? d.headline : d.name == metricOption)) {
                metric = d;
                found = true;
                break;
            }
        if (!found) {
            std::string names;
            for (const auto& d : decls)
                if (d.scope == MetricScope::Series) names += (names.empty() ? "" : ", ") + d.name;
            throw InputError(metricOption.empty()
                                 ? "kind " + runs[0].experiment.kind +
                                       " declares no headline metric: give --metric (" + names + ")"
                                 : "--metric: experiment " + std::to_string(runs[0].experiment.id) + " (" +
                                       runs[0].experiment.kind + ") has no per-replicate metric '" +
                                       metricOption + "' (available: " + names + ")");
        }
    }
    std::set<std::string> labels, repeated;
    for (auto& r : runs) {
        const auto raw = store->finalValues(r.run.id, metric.name);
        stats::FiniteSample finite = stats::finiteSample(raw);
        r.values = std::move(finite.values);
        r.missing = finite.missing;
        if (raw.empty())
            throw InputError(compareRunName(r) + " has no final values of '" + metric.name + "'");
        if (r.values.size() < stats::kMinComparedValues)
            throw InputError(compareRunName(r) + " has " + std::to_string(r.values.size()) +
                             " replicate value" + (r.values.size() == 1 ? "" : "s") + " of '" + metric.name +
                             "'; a comparison needs at least 2 per run");
        if (!labels.insert(r.run.label).second) repeated.insert(r.run.label);
    }
    for (auto& r : runs)
        if (repeated.count(r.run.label)) r.name = r.run.label + " (run " + std::to_string(r.run.id) + ")";

    std::vector<std::vector<double>> samples;
    for (const auto& r : runs) samples.push_back(r.values);
    const auto pairs = stats::compareAllPairs(samples, options);
    const double level = options.bootstrap.level;

    // AdaStop over the stored replicates: interims of adaStopN values per run, in replicate order.
    std::unique_ptr<stats::AdaStop> adaStop;
    if (adaStopN > 0) {
        std::size_t shortest = runs.front().values.size();
        for (const auto& r : runs) shortest = std::min(shortest, r.values.size());
        const int interims = int(shortest / std::size_t(adaStopN));
        if (interims < 1)
            throw InputError("--adastop " + std::to_string(adaStopN) + ": the shortest run has " +
                             std::to_string(shortest) + " values, fewer than one interim");
        stats::AdaStopOptions ao;
        ao.n = adaStopN;
        ao.interims = interims;
        ao.alpha = options.alpha;
        ao.seed = options.bootstrap.seed;
        adaStop = std::make_unique<stats::AdaStop>(int(runs.size()), ao);
        for (int k = 0; k < interims && !adaStop->finished(); ++k) {
            std::vector<std::vector<double>> batch(runs.size());
            for (std::size_t a = 0; a < runs.size(); ++a)
                if (adaStop->needsAgent(int(a)))
                    batch[a].assign(runs[a].values.begin() + std::ptrdiff_t(k * adaStopN),
                                    runs[a].values.begin() + std::ptrdiff_t((k + 1) * adaStopN));
            adaStop->addInterim(batch);
        }
    }
    auto adaStopVerdictText = [&](const stats::AdaStopPair& p) -> std::string {
        return stats::verdictText(p.decision, metric.lowerIsBetter);
    };

    auto better = [&](const stats::PairComparison& p) -> const CompareRun* {
        const int b = stats::betterSample(p, metric.lowerIsBetter);
        return b < 0 ? nullptr : &runs[std::size_t(b)];
    };

    if (args.has("--json")) {
        Json jr = Json::array();
        for (const auto& r : runs) {
            const double mean = stats::sampleMean(r.values);
            jr.push_back({{"run_id", r.run.id},
                          {"experiment_id", r.experiment.id},
                          {"label", r.run.label},
                          {"n", r.values.size()},
                          {"missing", r.missing},
                          {"mean", mean},
                          {"sd", std::sqrt(stats::sampleVariance(r.values, mean))}});
        }
        Json jp = Json::array();
        for (const auto& p : pairs) {
            const auto* b = better(p);
            jp.push_back({{"a", runs[std::size_t(p.a)].run.id},
                          {"b", runs[std::size_t(p.b)].run.id},
                          {"mean_a", p.welch.meanA},
                          {"mean_b", p.welch.meanB},
                          {"difference", p.welch.difference},
                          {"difference_ci", compareIntervalJson(p.intervals.difference)},
                          {"welch",
                           {{"t", compareNumberJson(p.welch.t)},
                            {"df", compareNumberJson(p.welch.df)},
                            {"p", p.welch.p},
                            {"p_holm", p.welchHolm}}},
                          {"mann_whitney",
                           {{"u", p.mannWhitney.u},
                            {"method", p.mannWhitney.exact ? "exact" : "normal"},
                            {"p", p.mannWhitney.p},
                            {"p_holm", p.mannWhitneyHolm}}},
                          {"hedges_g", compareNumberJson(p.hedgesG)},
                          {"hedges_g_ci", compareIntervalJson(p.intervals.hedgesG)},
                          {"superiority", p.mannWhitney.superiority},
                          {"superiority_ci", compareIntervalJson(p.intervals.superiority)},
                          {"verdict", stats::toString(p.verdict)},
                          {"verdict_mann_whitney", stats::toString(p.verdictMannWhitney)},
                          {"better", b ? Json(b->run.id) : Json(nullptr)}});
        }
        Json out = {{"metric", metric.name},
                    {"metric_label", metric.label},
                    {"lower_is_better", metric.lowerIsBetter},
                    {"alpha", options.alpha},
                    {"bootstrap",
                     {{"resamples", options.bootstrap.resamples},
                      {"seed", options.bootstrap.seed},
                      {"level", level}}},
                    {"runs", jr},
                    {"pairs", jp}};
        if (adaStop) {
            Json ap = Json::array();
            for (const auto& p : adaStop->pairs())
                ap.push_back({{"a", runs[std::size_t(p.a)].run.id},
                              {"b", runs[std::size_t(p.b)].run.id},
                              {"decision", stats::toString(p.decision)},
                              {"verdict", adaStopVerdictText(p)},
                              {"decided_at", p.decidedAt}});
            out["adastop"] = {{"n", adaStopN},
                              {"interims", adaStop->options().interims},
                              {"interims_used", adaStop->interimsDone()},
                              {"pairs", ap}};
        }
        std::cout << jsonText(out) << std::endl;
        return kOk;
    }

    std::cout << "metric " << shown(metric.name) << " (" << shown(metric.label) << "; "
              << (metric.lowerIsBetter ? "lower" : "higher")
              << " is better), final value of each replicate\n";
    std::vector<std::vector<std::string>> t = {{"run", "experiment", "label", "n", "mean", "sd"}};
    for (const auto& r : runs) {
        const double mean = stats::sampleMean(r.values);
        t.push_back({std::to_string(r.run.id), std::to_string(r.experiment.id), shown(r.name),
                     std::to_string(r.values.size()) +
                         (r.missing ? " (" + std::to_string(r.missing) + " missing)" : ""),
                     compareNumber(mean), compareNumber(std::sqrt(stats::sampleVariance(r.values, mean)))});
    }
    std::cout << table(t, {true, true, false, true, true, true}) << "\n";
    std::vector<std::vector<std::string>> pt = {{"A", "B", "A - B [95% CI]", "Welch p", "Holm", "MWU p",
                                                 "Holm", "Hedges g [95% CI]", "P(A>B) [95% CI]", "verdict",
                                                 "better"}};
    for (const auto& p : pairs) {
        const auto* b = better(p);
        pt.push_back({shown(runs[std::size_t(p.a)].name), shown(runs[std::size_t(p.b)].name),
                      compareNumber(p.welch.difference) + " " + compareInterval(p.intervals.difference),
                      compareNumber(p.welch.p, "%.3g"), compareNumber(p.welchHolm, "%.3g"),
                      compareNumber(p.mannWhitney.p, "%.3g") + (p.mannWhitney.exact ? "" : "*"),
                      compareNumber(p.mannWhitneyHolm, "%.3g"),
                      compareNumber(p.hedgesG, "%.3g") + " " + compareInterval(p.intervals.hedgesG, "%.3g"),
                      compareNumber(p.mannWhitney.superiority, "%.3g") + " " +
                          compareInterval(p.intervals.superiority),
                      std::string("A ") + stats::toString(p.verdict), b ? shown(b->name) : "-"});
    }
    std::cout << table(pt, {false, false, true, true, true, true, true, true, true, false, false});
    char alpha[32];
    std::snprintf(alpha, sizeof alpha, "%g", options.alpha);
    std::cout << "\nverdict: Welch p Holm-adjusted over " << pairs.size() << " pair"
              << (pairs.size() == 1 ? "" : "s") << " < " << alpha
              << " (else equal: no significant difference); MWU p exact, * normal approximation "
              << "(ties or over " << stats::kMannWhitneyExactMax
              << " values); intervals: percentile bootstrap, " << options.bootstrap.resamples
              << " resamples, seed " << options.bootstrap.seed << "\n";
    if (adaStop) {
        std::cout << "\nAdaStop: interims of " << adaStopN << " stored replicates per run, "
                  << adaStop->interimsDone() << " of " << adaStop->options().interims << " used, alpha "
                  << alpha << "\n";
        std::vector<std::vector<std::string>> at = {{"A", "B", "verdict", "decided at"}};
        for (const auto& p : adaStop->pairs())
            at.push_back({shown(runs[std::size_t(p.a)].name), shown(runs[std::size_t(p.b)].name),
                          adaStopVerdictText(p),
                          p.decidedAt ? "interim " + std::to_string(p.decidedAt) : "-"});
        std::cout << table(at, {false, false, false, false});
    }
    return kOk;
}

} // namespace tb::cli

// The survival ParamSpec: every key of a survival config, its range and default, and the cross-field checks.
#include "survival/SurvivalSpec.h"

#include <cmath>

#include "bandit/PolicyTable.h"
#include "core/JsonText.h"

namespace tb::survival {

namespace {

using P = Param;
using T = ParamType;

// Messages of the cross-field checks built from parts (tb::fill), listed in specTextPatterns().
constexpr const char* kNotWhole = TB_TR("engine", "%1 is not a whole failure count");
constexpr const char* kNotPositive = TB_TR("engine", "%1 is not a positive whole count");
constexpr const char* kNotIncreasing =
    TB_TR("engine", "values must be strictly increasing (%1 comes before %2)");
constexpr const char* kNeedsCap =
    TB_TR("engine", "a bandit subject (%1) needs a cap on attempts: a policy may never pull the paying arm");
constexpr const char* kCapTooLarge =
    TB_TR("engine", "a bandit subject (%1) allows at most 1e+07 attempts per task");
constexpr const char* kOneReplicate =
    TB_TR("engine", "must be 1 with observed counts (%1): replicates would repeat the same data");
constexpr const char* kTooFewTasks = TB_TR("engine", "%1 is fewer than the %2 observations of %3");

std::vector<VariantSpec> policyVariants() {
    std::vector<VariantSpec> all;
    for (const auto& t : bandit::policyTable()) all.push_back(t.spec());
    return all;
}

std::vector<VariantSpec> subjects() {
    return {
        {"beta-geometric",
         TB_TR("engine", "Beta–geometric"),
         TB_TR("engine",
               "per task p ~ Beta(alpha, beta), then K ~ Geometric(p) failures before the first success: "
               "P(K >= k) ~ k^-alpha, decay rate a = alpha + 1"),
         {P::make(T::Real, "alpha", TB_TR("engine", "α"),
                  TB_TR("engine", "Beta shape at p = 0: the tail index (decay rate a = α + 1)"))
              .range(0.05, 50)
              .def(1.5),
          P::make(T::Real, "beta", TB_TR("engine", "β"),
                  TB_TR("engine", "Beta shape at p = 1 (larger: more hard tasks)"))
              .range(0.05, 1000)
              .def(1.0)}},
        {"zeta",
         TB_TR("engine", "Discrete power law"),
         TB_TR("engine",
               "K + 1 ~ zeta(a): P(K + 1 = x) = x^-a / zeta(a), x >= 1; the decay rate is a exactly"),
         {P::make(T::Real, "a", TB_TR("engine", "a"), TB_TR("engine", "decay rate (PMF exponent) > 1"))
              .range(1.05, 20)
              .def(2.5)}},
        {"rank",
         TB_TR("engine", "Rank (scorer)"),
         TB_TR("engine", "N candidates; per task the correct one's score is Phi^-1(1 - u) + noise * N(0, 1) "
                         "with difficulty "
                         "u ~ Beta(alpha, beta), distractors N(0, 1); K = distractors scored strictly above "
                         "it (~ Binomial(N "
                         "- 1, "
                         "P(distractor > score))): p(k) ~ k^-(alpha + 1) for 1 << k << N, capped at N - 1"),
         {P::make(T::Int, "candidates", TB_TR("engine", "Candidates"),
                  TB_TR("engine", "pool size N (correct answer + N - 1 distractors)"))
              .range(2, 1e9)
              .def(1000),
          P::make(T::Real, "alpha", TB_TR("engine", "α"),
                  TB_TR("engine", "difficulty: Beta shape at u = 0 (tail index below N)"))
              .range(0.05, 50)
              .def(1.2),
          P::make(T::Real, "beta", TB_TR("engine", "β"), TB_TR("engine", "difficulty: Beta shape at u = 1"))
              .range(0.05, 1000)
              .def(1.0),
          P::make(T::Real, "noise", TB_TR("engine", "Noise σ"),
                  TB_TR("engine", "score noise of the correct candidate"))
              .range(0, 10)
              .def(0.0)}},
        {"enumeration",
         TB_TR("engine", "Blind enumeration"),
         TB_TR("engine", "tries N candidates blindly: with memory (no repeats) K ~ Uniform{0, ..., N - 1}, "
                         "E[K] = (N - 1)/2; "
                         "without memory K ~ Geometric(1/N), E[K] = N - 1"),
         {P::make(T::Int, "candidates", TB_TR("engine", "Candidates"),
                  TB_TR("engine", "size N of the solution space"))
              .range(1, 1e15)
              .def(1000),
          P::make(T::Bool, "memory", TB_TR("engine", "Memory"),
                  TB_TR("engine", "never retries a candidate it has tried"))
              .def(true)}},
        {"bandit",
         TB_TR("engine", "Bandit search"),
         TB_TR("engine",
               "a bandit policy searches N arms, exactly one of which pays (with probability payoff, the "
               "others "
               "never); the paying arm is drawn uniformly per task; K = pulls before the first success"),
         {P::make(T::Int, "arms", TB_TR("engine", "Arms"), TB_TR("engine", "arms N searched per task"))
              .range(2, 10000)
              .def(100),
          P::make(T::Real, "payoff", TB_TR("engine", "Payoff"),
                  TB_TR("engine", "probability the paying arm pays when pulled"))
              .range(0.001, 1)
              .def(1.0),
          P::make(T::Variant, "policy", TB_TR("engine", "Policy"),
                  TB_TR("engine", "the searching policy (restarted for every task)"))
              .def(Json{{"type", "ucb1"}})
              .withVariants(policyVariants())}},
        {"observed",
         TB_TR("engine", "Observed failure counts"),
         TB_TR("engine",
               "failure counts measured elsewhere (trialbench-cli fit-tail, File > Import failure counts), "
               "replayed in a seeded random order"),
         {P::make(T::String, "source", TB_TR("engine", "Source"),
                  TB_TR("engine", "where the counts came from (file name)"))
              .def(""),
          P::make(T::RealMatrix, "counts", TB_TR("engine", "Counts"),
                  TB_TR("engine", "[K, how many] pairs: K failures before the success"))
              .req()
              .atLeast(0)
              .items(0, 10000000)
              .rowItems(2, 2),
          P::make(T::RealMatrix, "censored", TB_TR("engine", "Censored"),
                  TB_TR("engine", "[K, how many] pairs: tasks stopped after K failures "
                                  "(K >= value)"))
              .atLeast(0)
              .items(0, 10000000)
              .rowItems(2, 2)
              .def(Json::array())}},
    };
}

double pairsTotal(const Json& m) {
    double n = 0;
    for (const auto& row : m) n += row.at(1).get<double>();
    return n;
}

void checkPairs(const Json& m, const std::string& path, std::vector<Issue>& issues) {
    for (std::size_t i = 0; i < m.size(); ++i) {
        const double k = m[i].at(0).get<double>(), c = m[i].at(1).get<double>();
        if (k != std::floor(k) || k > 9e15)
            issues.push_back({indexPath(path, i) + "[0]", fill(kNotWhole, {formatNumber(k)})});
        if (c != std::floor(c) || c < 1 || c > 9e15)
            issues.push_back({indexPath(path, i) + "[1]", fill(kNotPositive, {formatNumber(c)})});
        if (i > 0 && !(m[i - 1].at(0).get<double>() < k))
            issues.push_back(
                {indexPath(path, i) + "[0]",
                 fill(kNotIncreasing, {formatNumber(m[i - 1].at(0).get<double>()), formatNumber(k)})});
    }
}

void extraChecks(const Json& c, std::vector<Issue>& issues) {
    const std::int64_t tasks = c.at("tasks").get<std::int64_t>();
    const std::int64_t cap = c.at("cap").get<std::int64_t>();
    const Json& subs = c.at("subjects");
    for (std::size_t i = 0; i < subs.size(); ++i) {
        const std::string sp = indexPath("subjects", i);
        const std::string type = subs[i].at("type").get<std::string>();
        if (type == "bandit" && cap == 0) issues.push_back({"cap", fill(kNeedsCap, {sp})});
        if (type == "bandit" && cap > 10000000) issues.push_back({"cap", fill(kCapTooLarge, {sp})});
        if (type == "observed") {
            if (c.at("replicates").get<std::int64_t>() != 1)
                issues.push_back({"replicates", fill(kOneReplicate, {sp})});
            const Json& counts = subs[i].at("counts");
            const Json& cens = subs[i].at("censored");
            checkPairs(counts, sp + ".counts", issues);
            checkPairs(cens, sp + ".censored", issues);
            const double n = pairsTotal(counts) + pairsTotal(cens);
            if (n < 1) issues.push_back({sp + ".counts", TB_TR("engine", "holds no observation")});
            if (double(tasks) < n)
                issues.push_back({"tasks", fill(kTooFewTasks, {std::to_string(tasks), formatNumber(n), sp})});
        }
    }
}

} // namespace

const std::vector<const char*>& specTextPatterns() {
    static const std::vector<const char*> all = {kNotWhole,    kNotPositive,  kNotIncreasing, kNeedsCap,
                                                 kCapTooLarge, kOneReplicate, kTooFewTasks};
    return all;
}

ParamSpec makeSurvivalSpec() {
    std::vector<Param> analysis = {
        P::make(T::Int, "bootstrap", TB_TR("engine", "GoF refits"),
                TB_TR("engine", "goodness-of-fit bootstrap: synthetic samples refitted (xmin re-scanned); 0 "
                                "skips the p-value"))
            .range(0, 100000)
            .def(500),
        P::make(T::Int, "levelBootstrap", TB_TR("engine", "Level resamples"),
                TB_TR("engine",
                      "resamples of the pooled data refitted (xmin re-scanned) for the level probabilities"))
            .range(0, 100000)
            .def(200),
        P::make(T::Int, "olsKMin", TB_TR("engine", "OLS from k"),
                TB_TR("engine", "paper-compatible OLS slope: smallest K (>= 1)"))
            .range(1, 1e15)
            .def(1),
        P::make(T::Int, "olsKMax", TB_TR("engine", "OLS to k"),
                TB_TR("engine", "largest K of the OLS slope; 0: the largest observed"))
            .range(0, 1e15)
            .def(0),
        P::make(T::Bool, "olsLogBins", TB_TR("engine", "OLS on log bins"),
                TB_TR("engine", "OLS on logarithmic bins instead of every k"))
            .def(false),
        P::make(T::Int, "hillK", TB_TR("engine", "Hill k"),
                TB_TR("engine", "order statistics of the Hill estimate; 0: sqrt(n), at most the KS tail"))
            .range(0, 1e15)
            .def(0),
    };
    std::vector<Param> top = experimentHeaderParams("survival");
    top.insert(
        top.end(),
        {
            P::make(T::Int, "replicates", TB_TR("engine", "Replicates"),
                    TB_TR("engine", "independent repetitions (their trials are pooled)"))
                .range(1, 100000)
                .def(4),
            P::make(T::Int, "tasks", TB_TR("engine", "Tasks"),
                    TB_TR("engine", "task instances per replicate and subject; each is tried until solved"))
                .range(1, 1e10)
                .def(100000)
                .unitIs(TB_TR("engine", "tasks")),
            P::make(
                T::Int, "cap", TB_TR("engine", "Attempt cap"),
                TB_TR(
                    "engine",
                    "attempts allowed per task; a task unsolved after `cap` failures is right-censored (K >= "
                    "cap), "
                    "counted and reported; 0: no cap"))
                .range(0, 1e15)
                .def(0),
            P::make(T::VariantList, "subjects", TB_TR("engine", "Subjects"),
                    TB_TR("engine", "compared subjects (each one run)"))
                .req()
                .items(1, 32)
                .item(TB_TR("engine", "subject"))
                .withFields({P::make(T::String, "label", TB_TR("engine", "Label"),
                                     TB_TR("engine", "display label (default: type and parameters)"))
                                 .items(1)})
                .withVariants(subjects()),
            P::make(T::Object, "analysis", TB_TR("engine", "Analysis"),
                    TB_TR("engine", "tail analysis of the pooled failure counts"))
                .withFields(std::move(analysis))
                .def(Json::object()),
        });
    return ParamSpec(std::move(top), extraChecks);
}

} // namespace tb::survival

#include "survival/SurvivalKind.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "bandit/PolicyTable.h"
#include "core/Checkpoints.h"
#include "core/Snapshot.h"
#include "survival/DataText.h"
#include "survival/Subjects.h"
#include "survival/SurvivalSpec.h"
#include "survival/TailAnalysis.h"

namespace tb::survival {

namespace {

// Quick (live) derivations: no goodness-of-fit bootstrap and a few level resamples, so a refresh stays short.
constexpr int kQuickLevelResamples = 40;

// Display strings built from parts (tb::fill), listed in textPatterns().
constexpr const char* kBasis = TB_TR("engine", "%1 tasks pooled (%2 censored); fits on x = K + 1");
constexpr const char* kGofNote =
    TB_TR("engine", "%1 semi-parametric bootstrap refits, xmin re-scanned; p <= 0.1 rules the power law out");
constexpr const char* kOlsBinsNote =
    TB_TR("engine", "least squares of log10 freq on log10 k over K in [%1, %2], %3 "
                    "log bins; biased, for comparison with the paper only");
constexpr const char* kOlsPointsNote =
    TB_TR("engine", "least squares of log10 freq on log10 k over K in [%1, %2], "
                    "%3 points; biased, for comparison with the paper only");
constexpr const char* kHillNote =
    TB_TR("engine", "Hill estimator on x = K + 1 with k = %1 order statistics; a = alpha_Hill + 1");
constexpr const char* kVuongRatio = TB_TR("engine", "Log-likelihood ratio vs %1");
constexpr const char* kVuongP = TB_TR("engine", "Vuong p vs %1");
constexpr const char* kLevelBasis =
    TB_TR("engine", "%1 bootstrap resamples of the pooled counts, xmin re-scanned");
constexpr const char* kLevelBasisLive = TB_TR(
    "engine", "%1 bootstrap resamples of the pooled counts, xmin re-scanned (live; the full bootstrap runs "
              "when the run ends)");
constexpr const char* kXmin = TB_TR("engine", "xmin = %1");
constexpr const char* kSimulationCost =
    TB_TR("engine", "replicates × subjects × tasks = %1 × %2 × %3 tasks; the "
                    "slowest subject, %4, at about %5 ns per task");
constexpr const char* kTallyCost = TB_TR("engine", "replicates × subjects = %1 tallies of 32 KiB");
constexpr const char* kSampleCost =
    TB_TR("engine", "the pooled sample of %1 tasks expanded for the fit, a copy per thread (~3)");
constexpr const char* kRefitCost =
    TB_TR("engine", "(1 + refits) × pooled tasks = %1 × %2 per subject at about 150 ns each");

class SurvivalReplicate : public ReplicateSim {
public:
    SurvivalReplicate(const std::vector<std::unique_ptr<Subject>>& subjects, std::uint64_t seed,
                      int replicate, std::int64_t cap)
        : m_cap(cap) {
        for (std::size_t run = 0; run < subjects.size(); ++run) {
            m_runs.emplace_back();
            State& s = m_runs.back();
            s.subject = subjects[run]->clone();
            s.rng = makeRng(seed, std::uint64_t(replicate), run);
        }
    }

    bool advance(std::size_t, std::int64_t step, std::span<double> out,
                 const std::stop_token& stop) override {
        for (std::size_t run = 0; run < m_runs.size(); ++run) {
            State& s = m_runs[run];
            const std::int64_t target = std::min(step, s.subject->available());
            while (s.done < target) {
                const std::int64_t chunk = std::min<std::int64_t>(target - s.done, 4096);
                for (std::int64_t i = 0; i < chunk; ++i) {
                    const Outcome o = s.subject->solve(s.rng, m_cap);
                    if (o.censored) {
                        s.tally.addCensored(o.value);
                        ++s.censored;
                    } else {
                        s.tally.add(o.value);
                    }
                    // Running moments of K, a censored task counting as its cap (a lower bound).
                    const double k = double(o.value);
                    ++s.n;
                    const double d = k - s.mean;
                    s.mean += d / double(s.n);
                    s.m2 += d * (k - s.mean);
                }
                s.done += chunk;
                if (stop.stop_requested()) return false;
            }
            out[run * 3 + 0] = s.mean;
            out[run * 3 + 1] = s.n > 1 ? s.m2 / double(s.n - 1) : 0.0;
            out[run * 3 + 2] = s.n > 0 ? double(s.censored) / double(s.n) : 0.0;
        }
        return true;
    }

    void takePooled(std::span<PooledCounts> out) override {
        for (std::size_t run = 0; run < m_runs.size(); ++run) m_runs[run].tally.take(out[run]);
    }

private:
    struct State {
        std::unique_ptr<Subject> subject;
        Rng rng;
        PooledTally tally;
        std::int64_t done = 0, n = 0, censored = 0;
        double mean = 0, m2 = 0;
    };
    std::vector<State> m_runs;
    std::int64_t m_cap;
};

class SurvivalExperiment : public Experiment {
public:
    explicit SurvivalExperiment(const Json& config)
        : m_seed(config.at("seed").get<std::uint64_t>()), m_cap(config.at("cap").get<std::int64_t>()) {
        m_grid = checkpointGrid(config.at("tasks").get<std::int64_t>());
        for (const Json& s : config.at("subjects")) {
            m_subjects.push_back(makeSubject(s, m_cap));
            m_runs.push_back({s.contains("label") ? s.at("label").get<std::string>() : subjectLabel(s), s});
        }
    }
    std::vector<RunSpec> runs() const override { return m_runs; }
    std::vector<std::int64_t> grid() const override { return m_grid; }
    std::unique_ptr<ReplicateSim> makeReplicate(int replicate) const override {
        return std::make_unique<SurvivalReplicate>(m_subjects, m_seed, replicate, m_cap);
    }

private:
    std::uint64_t m_seed;
    std::int64_t m_cap;
    std::vector<std::int64_t> m_grid;
    std::vector<RunSpec> m_runs;
    std::vector<std::unique_ptr<Subject>> m_subjects;
};

std::string num(double v) {
    return formatNumber(v);
}

DerivedCurve curve(std::string name, std::string label, std::string plot, DerivedCurve::Style style,
                   const std::vector<CurvePoint>& pts, bool reference = false) {
    DerivedCurve c;
    c.name = std::move(name);
    c.label = std::move(label);
    c.plot = std::move(plot);
    c.style = style;
    c.reference = reference;
    for (const auto& p : pts) {
        c.x.push_back(p.x);
        c.y.push_back(p.y);
    }
    return c;
}

Derivation toDerivation(const TailAnalysis& t, const TailOptions& o, bool quick) {
    Derivation d;
    d.quick = quick;
    d.basis = fill(kBasis, {countText(double(t.n)), countText(double(t.nCensored))});
    auto est = [&](std::string name, std::string label, double value, std::string note = {},
                   std::string unit = {}) {
        d.estimates.push_back({std::move(name), std::move(label), value, std::move(unit), std::move(note)});
    };
    const double nan = std::numeric_limits<double>::quiet_NaN();
    est("n", TB_TR("engine", "Tasks pooled"), double(t.n));
    est("n_censored", TB_TR("engine", "Censored (K >= cap)"), double(t.nCensored),
        TB_TR("engine",
              "right-censored: kept in the likelihood as P(X >= cap + 1), never counted as successes"));
    est("zero_fraction", TB_TR("engine", "Share with K = 0"), t.zeroFraction);
    est("mean", TB_TR("engine", "Mean failures"), t.mean,
        t.meanInfinite ? TB_TR("engine", "the fitted tail (a <= 2) makes the mean infinite") : "");
    est("variance", TB_TR("engine", "Variance of failures"), t.variance,
        t.varianceInfinite ? TB_TR("engine", "the fitted tail (a <= 3) makes the variance infinite") : "");
    const PowerLawFit& f = t.fit;
    est("a", TB_TR("engine", "Decay rate a (MLE)"), f.ok ? f.alpha : nan,
        f.viaPlfit ? TB_TR("engine", "discrete power-law MLE on x = K + 1 with xmin by KS distance (Clauset, "
                                     "Shalizi & Newman 2009), by libplfit")
                   : TB_TR("engine", "discrete power-law MLE on x = K + 1 with xmin by KS distance (Clauset, "
                                     "Shalizi & Newman 2009), censored likelihood"));
    est("a_se", TB_TR("engine", "Standard error of a"), f.ok ? f.alphaSe : nan,
        TB_TR("engine", "1 / sqrt(n_tail d²/da² ln zeta(a, xmin))"));
    est("xmin", TB_TR("engine", "xmin (x = K + 1)"), f.ok ? double(f.xmin) : nan,
        TB_TR("engine", "start of the power-law tail, in x = K + 1"));
    est("n_tail", TB_TR("engine", "Tail size"), f.ok ? double(f.nTail) : nan,
        TB_TR("engine", "observations with x >= xmin"));
    est("ks", TB_TR("engine", "KS distance"), f.ok ? f.ks : nan);
    est("p_value", TB_TR("engine", "Goodness of fit p"), t.pValue,
        t.pRefits > 0 ? fill(kGofNote, {std::to_string(t.pRefits)})
                      : (quick ? TB_TR("engine", "computed when the run ends")
                               : TB_TR("engine", "not computed (analysis.bootstrap = 0)")));
    est("a_low", TB_TR("engine", "a, 2.5% bootstrap"), t.alphaLow);
    est("a_high", TB_TR("engine", "a, 97.5% bootstrap"), t.alphaHigh);
    est("a_ols", TB_TR("engine", "Decay rate a (OLS, paper-compatible)"), -t.olsSlope,
        fill(o.olsLogBins ? kOlsBinsNote : kOlsPointsNote,
             {num(double(t.olsKMin)), num(double(t.olsKMax)), std::to_string(t.olsPoints)}));
    est("a_hill", TB_TR("engine", "Decay rate a (Hill + 1)"), t.alphaHill + 1,
        fill(kHillNote, {std::to_string(t.hillK)}));
    est("a_hill_se", TB_TR("engine", "Standard error of a (Hill)"), t.alphaHillSe);
    for (const Vuong& v : t.alternatives) {
        est("vuong_" + v.alternative + "_r", fill(kVuongRatio, {v.alternative}), v.ratio,
            TB_TR("engine", "> 0 favours the power law on the tail x >= xmin"));
        est("vuong_" + v.alternative + "_p", fill(kVuongP, {v.alternative}), v.p,
            TB_TR("engine", "small p: the sign of the ratio is significant"));
    }

    Verdict level;
    level.name = "level";
    level.label = TB_TR("engine", "Level");
    level.classes = {levelName(Level::Limited), levelName(Level::Capable), levelName(Level::Autonomous)};
    level.probabilities.assign(t.levelProbability.begin(), t.levelProbability.end());
    level.point = f.ok ? int(t.level) : -1;
    level.basis = t.levelResamples > 0
                      ? fill(quick ? kLevelBasisLive : kLevelBasis, {std::to_string(t.levelResamples)})
                      : TB_TR("engine", "not computed");
    d.verdicts.push_back(std::move(level));
    d.warnings = t.warnings;

    using S = DerivedCurve::Style;
    d.curves.push_back(
        curve("histogram", TB_TR("engine", "Observed (log bins)"), "tail_pmf", S::Points, t.histogram));
    d.curves.push_back(
        curve("fitted_pmf", TB_TR("engine", "Power-law fit"), "tail_pmf", S::Line, t.fittedPmf));
    d.curves.push_back(
        curve("survival", TB_TR("engine", "Observed P(X ≥ x)"), "tail_survival", S::Steps, t.survival));
    d.curves.push_back(curve("fitted_survival", TB_TR("engine", "Power-law fit"), "tail_survival", S::Line,
                             t.fittedSurvival));
    if (f.ok && !t.histogram.empty()) {
        // The xmin marker, spanning the observed range of each plot.
        auto marker = [&](const std::vector<CurvePoint>& pts, std::string plot) {
            double lo = INFINITY, hi = 0;
            for (const auto& p : pts)
                if (p.y > 0) lo = std::min(lo, p.y), hi = std::max(hi, p.y);
            DerivedCurve m;
            m.name = "xmin";
            m.label = fill(kXmin, {num(double(f.xmin))});
            m.plot = std::move(plot);
            m.style = S::Marker;
            m.x = {double(f.xmin), double(f.xmin)};
            m.y = {lo, hi};
            return m;
        };
        d.curves.push_back(marker(t.histogram, "tail_pmf"));
        d.curves.push_back(marker(t.survival, "tail_survival"));
        // The paper's guide lines k^-2 and k^-3 (here x^-2, x^-3), anchored at the first bin.
        const double x0 = t.histogram.front().x, y0 = t.histogram.front().y;
        const double x1 = t.histogram.back().x;
        for (int e : {2, 3}) {
            DerivedCurve r;
            r.name = "guide_" + std::to_string(e);
            r.label = e == 2 ? TB_TR("engine", "x^-2 (Limited | Capable)")
                             : TB_TR("engine", "x^-3 (Capable | Autonomous)");
            r.plot = "tail_pmf";
            r.reference = true;
            for (int i = 0; i <= 40; ++i) {
                const double x = x0 * std::pow(x1 / x0, i / 40.0);
                r.x.push_back(x);
                r.y.push_back(y0 * std::pow(x / x0, -e));
            }
            d.curves.push_back(std::move(r));
        }
    }
    DerivedCurve hill =
        curve("hill", TB_TR("engine", "Hill a(k) = alpha_Hill(k) + 1"), "hill", S::Line, t.hillPlot);
    for (double& y : hill.y) y += 1;
    for (const auto& p : t.hillBandLow) hill.low.push_back(p.y + 1);
    for (const auto& p : t.hillBandHigh) hill.high.push_back(p.y + 1);
    if (hill.low.size() != hill.x.size() || hill.high.size() != hill.x.size())
        hill.low.clear(), hill.high.clear();
    d.curves.push_back(std::move(hill));
    if (!t.hillPlot.empty())
        for (int e : {2, 3}) {
            DerivedCurve r;
            r.name = "boundary_" + std::to_string(e);
            r.label = e == 2 ? TB_TR("engine", "a = 2 (Limited | Capable)")
                             : TB_TR("engine", "a = 3 (Capable | Autonomous)");
            r.plot = "hill";
            r.reference = true;
            r.x = {t.hillPlot.front().x, t.hillPlot.back().x};
            r.y = {double(e), double(e)};
            d.curves.push_back(std::move(r));
        }
    return d;
}

class SurvivalKind : public Kind {
public:
    SurvivalKind() : m_spec(makeSurvivalSpec()) {
        m_metrics = {
            {"mean_failures", TB_TR("engine", "Mean failures per task"), TB_TR("engine", "failures"), true,
             "mean", MetricScope::Series, "", true},
            {"variance_failures", TB_TR("engine", "Variance of failures"), "", true, "variance",
             MetricScope::Series, "", false},
            {"censored_fraction", TB_TR("engine", "Censored share (K >= cap)"), "", true, "censored",
             MetricScope::Series, "", false},
            {"failures", TB_TR("engine", "Failure count K"), TB_TR("engine", "failures"), true, "tail_pmf",
             MetricScope::Pooled, "", false},
        };
        m_plots = {
            {"tail_pmf", TB_TR("engine", "Failure-count distribution"),
             TB_TR("engine", "x = K + 1 (failures + 1)"), TB_TR("engine", "P(X = x) (log-binned)"), true,
             true,
             TB_TR("engine",
                   "points: observed frequency per logarithmic bin; line: the power-law fit from xmin; "
                   "grey: the paper's x^-2 and x^-3 guides")},
            {"tail_survival", TB_TR("engine", "Survival curve"), TB_TR("engine", "x = K + 1 (failures + 1)"),
             TB_TR("engine", "P(X ≥ x)"), true, true,
             TB_TR("engine",
                   "steps: the empirical survival function; line: the fitted power law from xmin, scaled "
                   "by the tail share")},
            {"hill", TB_TR("engine", "Hill plot"), TB_TR("engine", "k (order statistics)"),
             TB_TR("engine", "decay rate a = alpha_Hill + 1"), true, false,
             TB_TR("engine",
                   "Hill estimate of the decay rate against the number of upper order statistics used, "
                   "with its 95% band; the grey lines are the level boundaries")},
        };
    }
    std::string name() const override { return "survival"; }
    std::string label() const override { return TB_TR("engine", "Survival game"); }
    const ParamSpec& spec() const override { return m_spec; }
    const std::vector<MetricDecl>& metrics() const override { return m_metrics; }
    const std::vector<PlotDecl>& plots() const override { return m_plots; }
    std::string stepUnit() const override { return TB_TR("engine", "tasks"); }
    std::string variantsKey() const override { return "subjects"; }

    Cost estimate(const Json& c) const override {
        const double R = double(c.at("replicates").get<std::int64_t>());
        const double T = double(c.at("tasks").get<std::int64_t>());
        const std::int64_t cap = c.at("cap").get<std::int64_t>();
        const Json& subs = c.at("subjects");
        const double P = double(subs.size());
        Cost cost;
        cost.runs = P;
        cost.replicates = R;
        cost.checkpoints = std::min(T, 201.0);
        cost.steps = R * P * T;
        double ns = 0, slowestNs = 0, banditTables = 0;
        std::string slowest;
        for (const Json& s : subs) {
            const double one = subjectNsPerTask(s, cap);
            ns += one;
            if (one > slowestNs) slowestNs = one, slowest = s.at("type").get<std::string>();
            if (s.at("type") == "bandit") banditTables += 24.0 * std::min(double(cap) + 1, double(1 << 21));
        }
        cost.simulation.push_back(
            {"replicates, tasks, subjects",
             fill(kSimulationCost, {countText(R), countText(P), countText(T), slowest, countText(slowestNs)}),
             R * T * ns * 1e-9});
        // Pooled counts: per replicate a 4096-entry table per subject, plus the distinct values kept.
        cost.memory.push_back({"replicates, subjects", fill(kTallyCost, {countText(R * P)}),
                               R * P * (PooledTally::kDense * 8.0 + 512)});
        if (banditTables > 0)
            cost.memory.push_back(
                {"cap", TB_TR("engine", "ln t tables of the bandit subjects"), banditTables});
        // The analysis: plfit works on the pooled sample expanded to doubles (8 bytes per task, one copy per
        // thread in the bootstraps), and every refit costs about 150 ns per task (measured on 10^6 tasks).
        // The first fit costs more: its xmin scan, then the Vuong test against the lognormal (a Brent
        // minimisation over the tail), the Hill plot and the levels, about 6 ms + 350 ns per task in all
        // (measured on the survival-capable subjects at 5 000 to 10^5 tasks: 2x either way with β). Without
        // it a live-tuning preview with no refits (Kind::coarse) was estimated at a third of its real time.
        const Json& a = c.at("analysis");
        const double n = R * T;
        const double refits =
            double(a.at("bootstrap").get<std::int64_t>() + a.at("levelBootstrap").get<std::int64_t>());
        cost.memory.push_back({"replicates, tasks", fill(kSampleCost, {countText(n)}), 3 * 8 * n * 2});
        cost.simulation.push_back({"analysis.bootstrap, analysis.levelBootstrap, replicates, tasks",
                                   fill(kRefitCost, {countText(1 + refits), countText(n)}),
                                   P * ((1 + refits) * n * 150e-9 + 6e-3 + n * 200e-9)});
        return cost;
    }

    /// Fewer replicates, then fewer refits (none for a small fraction: each costs a fixed xmin scan as well),
    /// then fewer tasks: the cost is linear in the tasks, so they shrink by what is still over. A subject
    /// of observed counts keeps its tasks (they are its data).
    Json coarse(const Json& c, double fraction) const override {
        Json out = Kind::coarse(c, fraction);
        const double full = costSeconds(estimate(c));
        Json& a = out["analysis"];
        const double keep = std::min(1.0, fraction * double(c.at("replicates").get<std::int64_t>()) /
                                              double(out.at("replicates").get<std::int64_t>()));
        const auto b = a.at("bootstrap").get<std::int64_t>(), lb = a.at("levelBootstrap").get<std::int64_t>();
        a["bootstrap"] = std::int64_t(std::floor(double(b) * keep));
        a["levelBootstrap"] = std::int64_t(std::floor(double(lb) * keep));
        for (const Json& s : c.at("subjects"))
            if (s.at("type") == "observed") return out;
        const auto tasks = c.at("tasks").get<std::int64_t>();
        for (int pass = 0; pass < 2; ++pass) { // the first fit's fixed part does not shrink with the tasks
            const double now = costSeconds(estimate(out));
            if (!(now > fraction * full) || now <= 0) break;
            out["tasks"] =
                std::max(std::min<std::int64_t>(tasks, 1000),
                         std::int64_t(double(out.at("tasks").get<std::int64_t>()) * fraction * full / now));
        }
        return out;
    }

    Derivation derive(const Json& config, const Snapshot& snapshot, std::size_t run,
                      const DeriveOptions& options) const override {
        if (run >= snapshot.pooledCounts.size()) return {};
        const std::vector<PooledCounts>& pooled = snapshot.pooledCounts[run];
        if (pooled.empty() || pooled[0].empty()) return {};
        TailOptions o = tailOptions(config, run, options.quick);
        o.threads = options.threads;
        o.stop = options.stop;
        return toDerivation(analyzeTail(pooled[0], o), o, options.quick);
    }

    std::unique_ptr<Experiment> create(const Json& config) const override {
        return std::make_unique<SurvivalExperiment>(config);
    }
    std::vector<const char*> textPatterns() const override {
        std::vector<const char*> all = {kBasis,          kGofNote,   kOlsBinsNote, kOlsPointsNote,  kHillNote,
                                        kVuongRatio,     kVuongP,    kLevelBasis,  kLevelBasisLive, kXmin,
                                        kSimulationCost, kTallyCost, kSampleCost,  kRefitCost};
        for (const auto* list : {&specTextPatterns(), &subjectTextPatterns(), &tailTextPatterns(),
                                 &bandit::policyTextPatterns()})
            all.insert(all.end(), list->begin(), list->end());
        all.insert(all.end(), std::begin(data_text::kAll), std::end(data_text::kAll)); // reading users' files
        return all;
    }

private:
    ParamSpec m_spec;
    std::vector<MetricDecl> m_metrics;
    std::vector<PlotDecl> m_plots;
};

} // namespace

TailOptions tailOptions(const Json& config, std::size_t run, bool quick) {
    const Json& a = config.at("analysis");
    TailOptions o;
    o.bootstrap = quick ? 0 : int(a.at("bootstrap").get<std::int64_t>());
    o.levelBootstrap = int(a.at("levelBootstrap").get<std::int64_t>());
    if (quick) o.levelBootstrap = std::min(o.levelBootstrap, kQuickLevelResamples);
    o.olsKMin = a.at("olsKMin").get<std::int64_t>();
    o.olsKMax = a.at("olsKMax").get<std::int64_t>();
    o.olsLogBins = a.at("olsLogBins").get<bool>();
    o.hillK = int(std::min<std::int64_t>(a.at("hillK").get<std::int64_t>(), INT32_MAX));
    o.seed = mixSeed(config.at("seed").get<std::uint64_t>(), 0xA11A, run);
    return o;
}

Json observedConfig(const PooledCounts& counts, const std::string& source, const std::string& name,
                    int bootstrap, int levelBootstrap, std::uint64_t seed) {
    Json exact = Json::array(), censored = Json::array();
    for (const auto& [v, c] : counts.exact) exact.push_back({v, c});
    for (const auto& [v, c] : counts.atLeast) censored.push_back({v, c});
    return Json{{"kind", "survival"},
                {"name", name},
                {"description", "failure counts read from " + source},
                {"seed", seed},
                {"replicates", 1},
                {"tasks", std::max<std::int64_t>(1, counts.total())},
                {"cap", 0},
                {"subjects", Json::array({Json{{"type", "observed"},
                                               {"label", source},
                                               {"source", source},
                                               {"counts", exact},
                                               {"censored", censored}}})},
                {"analysis", {{"bootstrap", bootstrap}, {"levelBootstrap", levelBootstrap}}}};
}

const Kind& survivalKind() {
    static const SurvivalKind kind;
    return kind;
}

} // namespace tb::survival

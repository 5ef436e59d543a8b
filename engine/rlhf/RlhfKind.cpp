#include "rlhf/RlhfKind.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "core/Checkpoints.h"
#include "core/Snapshot.h"
#include "core/Stats.h"
#include "rlhf/Exact.h"
#include "rlhf/GaoFit.h"
#include "rlhf/RlhfSpec.h"
#include "rlhf/Training.h"

namespace tb::rlhf {

namespace {

// Series metrics, in declaration order (the index of ReplicateSim::advance's output).
enum Series { kGold, kProxy, kGap, kKl, kWin, kCorr, kSpread, kHeldOut, kNSeries };
// Profile metrics, in declaration order.
enum Profiles {
    kBonKl,
    kBonGold,
    kBonProxy,
    kBonSpread,
    kTiltKl,
    kTiltGold,
    kTiltProxy,
    kTiltSpread,
    kRm,
    kNProfiles
};

class RlhfReplicate : public ReplicateSim {
public:
    RlhfReplicate(const Json& config, const WorldSpec& world, const std::vector<PipelineSpec>& specs,
                  int replicate)
        : m_config(config), m_worldSpec(world), m_specs(specs), m_replicate(replicate) {}

    bool advance(std::size_t cp, std::int64_t step, std::span<double> out,
                 const std::stop_token& stop) override {
        if (cp == 0 && !m_world) {
            // Built on the thread that simulates this replicate (not in makeReplicate, which runs serially).
            const std::uint64_t seed = m_config.at("seed").get<std::uint64_t>();
            m_world = std::make_unique<World>(m_worldSpec, seed, m_replicate);
            const std::int64_t held = m_config.at("heldOutPairs").get<std::int64_t>();
            const auto nGrid = nGridOf(m_config), betas = betaGridOf(m_config);
            for (std::size_t i = 0; i < m_specs.size(); ++i) {
                if (stop.stop_requested()) return false;
                m_pipes.push_back(
                    std::make_unique<Pipeline>(m_specs[i], *m_world, seed, m_replicate, int(i), held));
                m_pipes.back()->start();
                Curves c = m_pipes.back()->curves(nGrid, betas);
                const auto acc = m_pipes.back()->heldOutAccuracy();
                m_pending.push_back({std::move(c.bonKl), std::move(c.bonGold), std::move(c.bonProxy),
                                     std::move(c.bonSpread), std::move(c.tiltKl), std::move(c.tiltGold),
                                     std::move(c.tiltProxy), std::move(c.tiltSpread),
                                     std::vector<double>{acc.first, acc.second}});
            }
        }
        for (std::size_t run = 0; run < m_pipes.size(); ++run) {
            Pipeline& p = *m_pipes[run];
            if (!p.trainTo(step, stop)) return false;
            const StepMetrics m = p.metrics();
            const auto acc = p.heldOutAccuracy();
            double* o = &out[run * kNSeries];
            o[kGold] = m.gold;
            o[kProxy] = m.proxy;
            o[kGap] = m.proxy - m.gold;
            o[kKl] = m.kl;
            o[kWin] = m.winRate;
            o[kCorr] = m.correlation;
            o[kSpread] = m.spread;
            o[kHeldOut] = acc.first;
        }
        return true;
    }

    void takeProfiles(std::span<std::vector<double>> out) override {
        for (std::size_t run = 0; run < m_pending.size(); ++run)
            for (std::size_t p = 0; p < kNProfiles; ++p)
                out[run * kNProfiles + p] = std::move(m_pending[run][p]);
        m_pending.clear();
    }

private:
    const Json& m_config;
    const WorldSpec& m_worldSpec;
    const std::vector<PipelineSpec>& m_specs;
    int m_replicate;
    std::unique_ptr<World> m_world;
    std::vector<std::unique_ptr<Pipeline>> m_pipes;
    std::vector<std::vector<std::vector<double>>> m_pending; ///< [run][profile]
};

class RlhfExperiment : public Experiment {
public:
    explicit RlhfExperiment(const Json& config) : m_config(config), m_world(WorldSpec::fromConfig(config)) {
        m_grid = checkpointGrid(config.at("steps").get<std::int64_t>(), 100);
        for (const Json& p : config.at("pipelines")) {
            m_specs.push_back(PipelineSpec::fromConfig(p));
            std::string label = p.contains("label") ? p.at("label").get<std::string>() : std::string();
            if (label.empty()) label = p.at("type").get<std::string>() == "dpo" ? "DPO" : "RLHF";
            m_runs.push_back({label, p});
        }
    }
    std::vector<RunSpec> runs() const override { return m_runs; }
    std::vector<std::int64_t> grid() const override { return m_grid; }
    std::unique_ptr<ReplicateSim> makeReplicate(int replicate) const override {
        return std::make_unique<RlhfReplicate>(m_config, m_world, m_specs, replicate);
    }

private:
    Json m_config;
    WorldSpec m_world;
    std::vector<PipelineSpec> m_specs;
    std::vector<std::int64_t> m_grid;
    std::vector<RunSpec> m_runs;
};

// --- Derivation ------------------------------------------------------------------------------------------

struct Averaged {
    std::vector<double> d;                     ///< sqrt of the mean KL
    std::vector<AggStats> y;                   ///< across worlds
    std::vector<std::vector<double>> perWorld; ///< [world][point]
};

/// Means over the worlds that reported profile `metric` of `run`; d from the mean KL of `klMetric`.
Averaged average(const Snapshot& s, std::size_t run, std::size_t klMetric, std::size_t metric) {
    Averaged a;
    if (run >= s.profiles.size() || metric >= s.profiles[run].size()) return a;
    const auto& kl = s.profiles[run][klMetric];
    const auto& ys = s.profiles[run][metric];
    std::size_t n = 0;
    for (std::size_t r = 0; r < ys.size(); ++r)
        if (ys[r] && kl[r] && !ys[r]->empty()) n = n == 0 ? ys[r]->size() : std::min(n, ys[r]->size());
    if (n == 0) return a;
    std::vector<double> vals, scratch;
    for (std::size_t i = 0; i < n; ++i) {
        double klSum = 0;
        vals.clear();
        for (std::size_t r = 0; r < ys.size(); ++r)
            if (ys[r] && kl[r] && ys[r]->size() >= n) {
                vals.push_back((*ys[r])[i]);
                klSum += (*kl[r])[i];
            }
        a.d.push_back(std::sqrt(std::max(0.0, klSum / double(vals.size()))));
        a.y.push_back(aggregate(vals, scratch));
    }
    for (std::size_t r = 0; r < ys.size(); ++r)
        if (ys[r] && ys[r]->size() >= n)
            a.perWorld.emplace_back(ys[r]->begin(), ys[r]->begin() + std::ptrdiff_t(n));
    return a;
}

DerivedCurve curveOf(std::string name, std::string label, std::string plot, const std::vector<double>& x,
                     const std::vector<AggStats>& y, int pattern,
                     DerivedCurve::Style style = DerivedCurve::Style::Points) {
    DerivedCurve c;
    c.name = std::move(name);
    c.label = std::move(label);
    c.plot = std::move(plot);
    c.style = style;
    c.pattern = pattern;
    bool band = true;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        c.x.push_back(x[i]);
        c.y.push_back(y[i].mean);
        c.low.push_back(y[i].ciLow);
        c.high.push_back(y[i].ciHigh);
        band = band && std::isfinite(y[i].ciLow) && std::isfinite(y[i].ciHigh);
    }
    if (!band) c.low.clear(), c.high.clear();
    return c;
}

struct Optimiser {
    const char* key;   ///< "bon", "tilt", "train"
    const char* label; ///< "Best-of-n"
    GaoForm form;
    int pattern;
};

void summarise(Derivation& der, const Optimiser& o, const std::vector<double>& d,
               const std::vector<double>& gold, const std::vector<double>& proxy, const std::string& plot) {
    if (d.empty()) return;
    const std::string k = o.key, L = o.label;
    auto est = [&](const std::string& name, const std::string& label, double v, std::string note = {}) {
        der.estimates.push_back({k + "_" + name, L + ": " + label, v, "", std::move(note)});
    };
    std::size_t peak = 0;
    for (std::size_t i = 1; i < gold.size(); ++i)
        if (gold[i] > gold[peak]) peak = i;
    const double drop = gold[peak] - gold.back();
    est("gold_peak", "gold peak (gain vs π0)", gold[peak], "the largest mean gold gain along the curve");
    est("d_peak", "√KL at the gold peak", d[peak]);
    est("gold_final", "gold at the end", gold.back());
    est("gold_drop", "gold drop after the peak", drop);
    est("drop_share", "drop / peak gain †", gold[peak] > 0 ? drop / gold[peak] : NAN,
        "a normalised drop height in this workbench's definition (drop / (peak − start)); Karwowski et al.'s "
        "exact "
        "NDH normalisation is not verified (reference rlhf.md §12)");
    est("proxy_final", "proxy at the end", proxy.empty() ? NAN : proxy.back());
    est("d_max", "largest √KL", d.back());
    const GaoFit f = fitGao(o.form, d, gold);
    const std::string form = o.form == GaoForm::BestOfN ? "d(α − β d)" : "d(α − β ln d)";
    const std::string fitNote =
        "least-squares fit of Gao et al.'s " + form +
        " to this world's gold curve (d > 0); Gao's own α, β values exist only as plotted "
        "points and are not verified (reference rlhf.md §12)";
    est("alpha", "fit α of " + form + " †", f.ok ? f.alpha : NAN, fitNote);
    est("beta", "fit β of " + form + " †", f.ok ? f.beta : NAN, fitNote);
    est("r2", "fit R²", f.ok ? f.r2 : NAN);
    est("fit_d_star", "fitted peak d*", f.ok ? f.dStar : NAN,
        o.form == GaoForm::BestOfN ? "α / (2β); none when β ≤ 0" : "exp(α/β − 1); none when β ≤ 0");
    est("fit_peak", "fitted peak R*", f.ok ? f.rStar : NAN,
        o.form == GaoForm::BestOfN ? "α² / (4β)" : "β d*");
    if (f.ok) {
        DerivedCurve fit;
        fit.name = k + "_fit";
        fit.label = L + " fit " + form;
        fit.plot = plot;
        fit.style = DerivedCurve::Style::Line;
        fit.pattern = o.pattern;
        const double hi = d.back() * 1.05;
        for (int i = 1; i <= 80; ++i) {
            const double x = hi * i / 80.0;
            fit.x.push_back(x);
            fit.y.push_back(gaoValue(o.form, f.alpha, f.beta, x));
        }
        der.curves.push_back(std::move(fit));
    }
}

std::vector<double> means(const std::vector<AggStats>& a) {
    std::vector<double> m;
    for (const auto& s : a) m.push_back(s.mean);
    return m;
}

class RlhfKind : public Kind {
public:
    RlhfKind() : m_spec(makeRlhfSpec()) {
        using S = MetricScope;
        m_metrics = {
            {"gold_gain", "Gold reward gain", "σ_gold", false, "rewards", S::Series, "", true},
            {"proxy_gain", "Proxy reward gain", "σ_proxy", false, "rewards", S::Series, "", false},
            {"reward_gap", "Reward drift (proxy − gold)", "σ", true, "drift", S::Series, "", false},
            {"kl", "KL(π ‖ π0)", "nats", true, "kl", S::Series, "", false},
            {"gold_win_rate", "Gold win rate vs π0", "", false, "win", S::Series, "", false},
            {"proxy_gold_correlation", "Proxy–gold correlation under π", "", false, "fidelity", S::Series, "",
             false},
            {"ensemble_variance", "Ensemble variance under π", "σ_proxy²", true, "spread", S::Series, "",
             false},
            {"heldout_accuracy", "Held-out preference accuracy", "", false, "accuracy", S::Series, "", false},
            {"bon_kl", "Best-of-n KL", "nats", true, "bon_kl", S::Profile, "", false},
            {"bon_gold", "Best-of-n gold gain", "", false, "gold_vs_d", S::Profile, "", false},
            {"bon_proxy", "Best-of-n proxy gain", "", false, "proxy_vs_d", S::Profile, "", false},
            {"bon_spread", "Best-of-n ensemble variance", "", true, "spread_vs_d", S::Profile, "", false},
            {"tilt_kl", "KL-regularised KL", "nats", true, "gold_vs_d", S::Profile, "", false},
            {"tilt_gold", "KL-regularised gold gain", "", false, "gold_vs_d", S::Profile, "", false},
            {"tilt_proxy", "KL-regularised proxy gain", "", false, "proxy_vs_d", S::Profile, "", false},
            {"tilt_spread", "KL-regularised ensemble variance", "", true, "spread_vs_d", S::Profile, "",
             false},
            {"rm_accuracy", "Reward-model held-out accuracy (labels, gold order)", "", false, "", S::Profile,
             "", false},
        };
        m_plots = {
            {"gold_vs_d", "Gold reward vs √KL", "d = √KL(π ‖ π0) (nats^½)", "gold gain vs π0 (σ_gold)", false,
             false,
             "circles: best-of-n; squares: the KL-regularised optimum π ∝ π0·exp(r/β); triangles: training; "
             "lines: "
             "Gao et al.'s forms fitted to each (best-of-n d(α − βd), RL d(α − β ln d)); bands: 95% CI over "
             "worlds; every point is exact over the candidates"},
            {"proxy_vs_d", "Proxy reward vs √KL", "d = √KL(π ‖ π0) (nats^½)", "proxy gain vs π0 (σ_proxy)",
             false, false, "what the optimiser sees: the proxy keeps rising where the gold falls"},
            {"spread_vs_d", "Ensemble spread vs √KL", "d = √KL(π ‖ π0) (nats^½)",
             "E_π[population variance of members] (σ_proxy²)", false, false,
             "the reward-model ensemble's disagreement where the policy goes (0 for a single model)"},
            {"bon_kl", "Best-of-n KL (exact)", "n", "KL(π_bon ‖ π0) (nats)", true, false,
             "exact KL of best-of-n over the candidates (order statistics, ties grouped) against the "
             "continuous "
             "formula ln n − (n − 1)/n, an upper bound (Beirami et al. 2024)"},
        };
    }
    std::string name() const override { return "rlhf"; }
    std::string label() const override { return "RLHF world"; }
    const ParamSpec& spec() const override { return m_spec; }
    const std::vector<MetricDecl>& metrics() const override { return m_metrics; }
    const std::vector<PlotDecl>& plots() const override { return m_plots; }
    std::string stepUnit() const override { return "steps"; }
    std::string variantsKey() const override { return "pipelines"; }

    Cost estimate(const Json& c) const override {
        const Json& w = c.at("world");
        const double R = double(c.at("replicates").get<std::int64_t>());
        const double P = double(w.at("prompts").get<std::int64_t>()),
                     K = double(w.at("candidates").get<std::int64_t>());
        const double C = double(w.at("features").get<std::int64_t>()) + 1;
        const double T = double(c.at("steps").get<std::int64_t>());
        const Json& ps = c.at("pipelines");
        const double runs = double(ps.size());
        const double points = double(c.at("bestOfN").at("points").get<std::int64_t>()) +
                              double(c.at("tilt").at("points").get<std::int64_t>());
        // Measured on one core of the 2-vCPU development VM (bench_rlhf, docs/rlhf.md): about 4 ns per
        // candidate and curve point; per candidate and training step about 10 ns for pg (an exp each), 2 ns
        // for npg; DPO about 2 ns per labelled pair, feature and step; metrics at <= 101 checkpoints at about
        // 12 ns per candidate; a Newton fit about 20 iterations x pairs x features^2 x 2 ns per member.
        double sim = 0, pre = 0, pairsHeld = 0;
        for (const Json& p : ps) {
            double pairs = double(p.at("labels").at("pairs").get<std::int64_t>());
            const auto every = p.at("online").at("relabelEvery").get<std::int64_t>();
            const double rounds = every > 0 ? std::floor(T / double(every)) : 0;
            const double finalPairs = pairs + rounds * double(p.at("online").at("pairs").get<std::int64_t>());
            pairsHeld += finalPairs;
            const bool dpo = p.at("type") == "dpo";
            const double members = dpo ? 0 : double(p.at("rewardModel").at("members").get<std::int64_t>());
            if (!dpo) pre += points * P * K * 4e-9 + members * 20 * pairs * C * C * 2e-9;
            const double perStep = dpo ? finalPairs * C * 2e-9 + P * K * C * 1e-9
                                       : P * K * (p.at("optimizer").at("method") == "pg" ? 10e-9 : 2e-9);
            sim += T * perStep + std::min(T, 101.0) * P * K * 12e-9 +
                   rounds * (members * 20 * finalPairs * C * C * 2e-9 + P * K * 20e-9);
        }
        Cost cost;
        cost.runs = runs;
        cost.replicates = R;
        cost.checkpoints = std::min(T, 101.0);
        cost.steps = R * runs * T;
        cost.memory.push_back(
            {"replicates, world.prompts, world.candidates, world.features, pipelines",
             "worlds × prompts × candidates × (features + 6 + 4 per pipeline) doubles = " + countText(R) +
                 " × " + countText(P) + " × " + countText(K) + " × " + countText(C + 6 + 4 * runs),
             R * P * K * (C + 6 + 4 * runs) * 8 + R * pairsHeld * 48});
        cost.precompute.push_back(
            {"bestOfN.points, tilt.points, pipelines, world.prompts, world.candidates",
             "worlds × pipelines × curve points × prompts × candidates at about 4 ns, and the "
             "reward models' fits",
             R * pre});
        cost.simulation.push_back({"replicates, steps, pipelines, world.prompts, world.candidates",
                                   "worlds × pipelines × steps × prompts × candidates = " + countText(R) +
                                       " × " + countText(runs) + " × " + countText(T) + " × " + countText(P) +
                                       " × " + countText(K) + " at 2–10 ns, and metrics at the checkpoints",
                                   R * sim});
        return cost;
    }

    Derivation derive(const Json& config, const Snapshot& s, std::size_t run,
                      const DeriveOptions& options) const override {
        (void)options;
        Derivation der;
        const Optimiser bon{"bon", "Best-of-n", GaoForm::BestOfN, 0};
        const Optimiser tilt{"tilt", "KL-regularised", GaoForm::Rl, 1};
        const Optimiser train{"train", "Training", GaoForm::Rl, 2};
        std::size_t worlds = 0;
        if (run < s.profiles.size() && kRm < s.profiles[run].size())
            for (const auto& p : s.profiles[run][kRm]) worlds += p ? 1 : 0;

        // Best-of-n and the tilt, against the initial proxy.
        const Averaged bg = average(s, run, kBonKl, kBonGold), bp = average(s, run, kBonKl, kBonProxy),
                       bs = average(s, run, kBonKl, kBonSpread), bk = average(s, run, kBonKl, kBonKl);
        const Averaged tg = average(s, run, kTiltKl, kTiltGold), tp = average(s, run, kTiltKl, kTiltProxy),
                       ts = average(s, run, kTiltKl, kTiltSpread);
        const auto nGrid = nGridOf(config);
        if (!bg.d.empty()) {
            der.curves.push_back(curveOf("bon_gold", "Best-of-n (gold)", "gold_vs_d", bg.d, bg.y, 0));
            der.curves.push_back(curveOf("bon_proxy", "Best-of-n (proxy)", "proxy_vs_d", bp.d, bp.y, 0));
            summarise(der, bon, bg.d, means(bg.y), means(bp.y), "gold_vs_d");
            if (!bk.y.empty()) {
                std::vector<double> n(nGrid.begin(),
                                      nGrid.begin() + std::ptrdiff_t(std::min(nGrid.size(), bk.y.size())));
                der.curves.push_back(curveOf("bon_kl", "Exact KL", "bon_kl", n, bk.y, 0));
                DerivedCurve bound;
                bound.name = "bon_kl_bound";
                bound.label = "ln n − (n − 1)/n";
                bound.plot = "bon_kl";
                bound.reference = true;
                for (double x : n) bound.x.push_back(x), bound.y.push_back(bonKlBound(x));
                der.curves.push_back(std::move(bound));
                der.estimates.push_back({"bon_n_max", "Best-of-n: largest n", n.back(), "", ""});
                der.estimates.push_back(
                    {"bon_kl_max", "Best-of-n: exact KL at the largest n", bk.y.back().mean, "nats",
                     "computed from the exact best-of-n distribution over the candidates"});
                der.estimates.push_back(
                    {"bon_kl_bound", "Best-of-n: ln n − (n − 1)/n at the largest n", bonKlBound(n.back()),
                     "nats", "the continuous formula, an upper bound with finitely many candidates"});
            }
            if (membersOf(config, run) > 1) {
                der.curves.push_back(curveOf("bon_spread", "Best-of-n", "spread_vs_d", bs.d, bs.y, 0));
                der.curves.push_back(curveOf("tilt_spread", "KL-regularised", "spread_vs_d", ts.d, ts.y, 1));
            }
        }
        if (!tg.d.empty()) {
            der.curves.push_back(
                curveOf("tilt_gold", "KL-regularised optimum (gold)", "gold_vs_d", tg.d, tg.y, 1));
            der.curves.push_back(
                curveOf("tilt_proxy", "KL-regularised optimum (proxy)", "proxy_vs_d", tp.d, tp.y, 1));
            summarise(der, tilt, tg.d, means(tg.y), means(tp.y), "gold_vs_d");
        }

        // Training: the series' means through the latest checkpoint, from (0, 0).
        if (run < s.seriesStats.size() && s.done > 0) {
            const auto& st = s.seriesStats[run];
            std::vector<double> d{0.0}, steps{0.0};
            std::vector<AggStats> gold(1), proxy(1), spread(1);
            for (std::size_t c = 0; c < s.done && c < st[kKl].size(); ++c) {
                d.push_back(std::sqrt(std::max(0.0, st[kKl][c].mean)));
                steps.push_back(double(s.grid[c]));
                gold.push_back(st[kGold][c]);
                proxy.push_back(st[kProxy][c]);
                spread.push_back(st[kSpread][c]);
            }
            for (auto* v : {&gold, &proxy, &spread}) v->front().ciLow = v->front().ciHigh = 0;
            der.curves.push_back(curveOf("train_gold", "Training (gold)", "gold_vs_d", d, gold, 2));
            der.curves.push_back(curveOf("train_proxy", "Training (proxy)", "proxy_vs_d", d, proxy, 2));
            if (membersOf(config, run) > 1)
                der.curves.push_back(curveOf("train_spread", "Training", "spread_vs_d", d, spread, 2));
            std::vector<double> dd(d.begin() + 1, d.end());
            std::vector<double> gm = means(gold), pm = means(proxy);
            summarise(der, train, dd, std::vector<double>(gm.begin() + 1, gm.end()),
                      std::vector<double>(pm.begin() + 1, pm.end()), "gold_vs_d");
            // Early stopping: the step where the mean gold curve peaks.
            std::size_t peak = 0;
            for (std::size_t i = 1; i < gm.size(); ++i)
                if (gm[i] > gm[peak]) peak = i;
            der.estimates.push_back(
                {"train_peak_step", "Training: step of the gold peak (early stop)", steps[peak], "steps",
                 "where the mean gold curve turns; stopping here keeps the most gold (an oracle "
                 "rule: it reads the gold, which a practitioner cannot)"});
            der.estimates.push_back({"train_final_gap", "Training: reward drift at the end (proxy − gold)",
                                     pm.back() - gm.back(), "", ""});
            if (peak > 0 && peak + 1 < gm.size()) {
                DerivedCurve m;
                m.name = "train_early_stop";
                m.label = "early stop (step " + countText(steps[peak]) + ")";
                m.plot = "gold_vs_d";
                m.style = DerivedCurve::Style::Marker;
                m.pattern = 2;
                m.x = {d[peak], d[peak]};
                m.y = {0.0, gm[peak]};
                der.curves.push_back(std::move(m));
            }
        }

        // Reward-model accuracy (before training), averaged over worlds; DPO has no reward model.
        if (worlds > 0 && membersOf(config, run) > 0) {
            double label = 0, gold = 0;
            for (const auto& p : s.profiles[run][kRm])
                if (p && p->size() >= 2) label += (*p)[0], gold += (*p)[1];
            der.estimates.push_back(
                {"rm_heldout_accuracy", "Reward model: held-out accuracy (labels)", label / double(worlds),
                 "", "share of held-out pairs from π0 the proxy orders as their (noisy) labels"});
            der.estimates.push_back({"rm_gold_accuracy", "Reward model: held-out accuracy (gold order)",
                                     gold / double(worlds), "",
                                     "the same pairs against the noise-free gold order"});
        }
        der.basis = countText(double(std::max<std::size_t>(worlds, 1))) + " world" +
                    (worlds == 1 ? "" : "s") + " of " +
                    countText(double(config.at("world").at("prompts").get<std::int64_t>())) + " prompts × " +
                    countText(double(config.at("world").at("candidates").get<std::int64_t>())) +
                    " candidates; every curve exact over the candidates";
        warnings(config, run, der);
        return der;
    }

    std::unique_ptr<Experiment> create(const Json& config) const override {
        return std::make_unique<RlhfExperiment>(config);
    }

private:
    /// Reward-model members of pipeline `run` (0 for DPO, which has none).
    static int membersOf(const Json& config, std::size_t run) {
        const Json& p = config.at("pipelines").at(run);
        return p.at("type") == "rlhf" ? int(p.at("rewardModel").at("members").get<std::int64_t>()) : 0;
    }

    static void warnings(const Json& config, std::size_t run, Derivation& der) {
        const Json& p = config.at("pipelines").at(run);
        if (!der.estimates.empty())
            der.warnings.push_back("† not verified in the literature (reference rlhf.md §12): the "
                                   "normalisation of the drop height "
                                   "(Karwowski et al.'s NDH) and Gao et al.'s coefficients per reward-model "
                                   "size, which exist only as "
                                   "plotted points; the fits shown are this world's own");
        const double K = double(config.at("world").at("candidates").get<std::int64_t>());
        const double P = double(config.at("world").at("prompts").get<std::int64_t>());
        const double maxN = double(config.at("bestOfN").at("maxN").get<std::int64_t>());
        if (p.at("type") == "rlhf" && maxN * 50 > K * P)
            der.warnings.push_back(
                "best-of-n up to n = " + countText(maxN) + " over " + countText(K) +
                " candidates per prompt: past n ≈ K/50 best-of-n collapses onto each prompt's "
                "top candidate and the curve's tail is an artefact of the finite set (reference "
                "rlhf.md §9)");
        if (p.at("type") == "rlhf" && p.at("rewardModel").at("aggregator") == "soft-min" &&
            p.at("rewardModel").at("members").get<std::int64_t>() > 1)
            der.warnings.push_back(
                "the soft-min aggregator is taken from an abstract (Hahami et al.); its use here "
                "is not verified against the paper (reference rlhf.md §12)");
        if (p.at("type") == "dpo")
            der.warnings.push_back("DPO has no reward model: its proxy is the implicit reward ln(π/π0), "
                                   "standardised under π0");
    }

    ParamSpec m_spec;
    std::vector<MetricDecl> m_metrics;
    std::vector<PlotDecl> m_plots;
};

} // namespace

std::vector<double> nGridOf(const Json& config) {
    const Json& b = config.at("bestOfN");
    return bonGrid(double(b.at("maxN").get<std::int64_t>()), int(b.at("points").get<std::int64_t>()));
}

std::vector<double> betaGridOf(const Json& config) {
    const Json& t = config.at("tilt");
    return betaGrid(t.at("betaMin").get<double>(), t.at("betaMax").get<double>(),
                    int(t.at("points").get<std::int64_t>()));
}

const Kind& rlhfKind() {
    static const RlhfKind kind;
    return kind;
}

} // namespace tb::rlhf

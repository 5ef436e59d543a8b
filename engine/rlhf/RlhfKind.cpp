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

// Display strings built from parts (tb::fill), listed in kPatterns for textPatterns(). An optimiser's
// estimates read "<optimiser>: <what>", the optimiser's name (Best-of-n, KL-regularised, Training) being %1.
constexpr const char* kGoldPeak = TB_TR("engine", "%1: gold peak (gain vs π0)");
constexpr const char* kDPeak = TB_TR("engine", "%1: √KL at the gold peak");
constexpr const char* kGoldFinal = TB_TR("engine", "%1: gold at the end");
constexpr const char* kGoldDrop = TB_TR("engine", "%1: gold drop after the peak");
constexpr const char* kDropShare = TB_TR("engine", "%1: drop / peak gain †");
constexpr const char* kProxyFinal = TB_TR("engine", "%1: proxy at the end");
constexpr const char* kDMax = TB_TR("engine", "%1: largest √KL");
constexpr const char* kFitAlpha = TB_TR("engine", "%1: fit α of %2 †");
constexpr const char* kFitBeta = TB_TR("engine", "%1: fit β of %2 †");
constexpr const char* kFitR2 = TB_TR("engine", "%1: fit R²");
constexpr const char* kFitDStar = TB_TR("engine", "%1: fitted peak d*");
constexpr const char* kFitPeak = TB_TR("engine", "%1: fitted peak R*");
constexpr const char* kFitNote =
    TB_TR("engine",
          "least-squares fit of Gao et al.'s %1 to this world's gold curve (d > 0); Gao's own α, β values "
          "exist only as plotted points and are not verified (reference rlhf.md §12)");
constexpr const char* kFitCurve = TB_TR("engine", "%1 fit %2");
constexpr const char* kEarlyStop = TB_TR("engine", "early stop (step %1)");
constexpr const char* kBasisOne =
    TB_TR("engine", "%1 world of %2 prompts × %3 candidates; every curve exact over the candidates");
constexpr const char* kBasis =
    TB_TR("engine", "%1 worlds of %2 prompts × %3 candidates; every curve exact over the candidates");
constexpr const char* kBonCollapse = TB_TR(
    "engine", "best-of-n up to n = %1 over %2 candidates per prompt: past n ≈ K/50 best-of-n collapses onto "
              "each prompt's top candidate and the curve's tail is an artefact of the finite set (reference "
              "rlhf.md §9)");
constexpr const char* kMemoryCost = TB_TR(
    "engine", "worlds × prompts × candidates × (features + 6 + 4 per pipeline) doubles = %1 × %2 × %3 × %4");
constexpr const char* kSimulationCost = TB_TR(
    "engine", "worlds × pipelines × steps × prompts × candidates = %1 × %2 × %3 × %4 × %5 at 2–10 ns, and "
              "metrics at the checkpoints");
const std::vector<const char*> kPatterns = {
    kGoldPeak,  kDPeak,    kGoldFinal, kGoldDrop,    kDropShare,  kProxyFinal,    kDMax,
    kFitAlpha,  kFitBeta,  kFitR2,     kFitDStar,    kFitPeak,    kFitNote,       kFitCurve,
    kEarlyStop, kBasisOne, kBasis,     kBonCollapse, kMemoryCost, kSimulationCost};

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
            // The first checkpoint builds the world and each pipeline's exact curves: hundreds of
            // milliseconds for the presets, so Stop is looked at inside them too (between prompts), and a
            // replicate stopped here starts over should it be advanced again.
            const std::uint64_t seed = m_config.at("seed").get<std::uint64_t>();
            const auto stopped = [this] {
                m_pipes.clear();
                m_pending.clear();
                m_world.reset();
                return false;
            };
            m_world = std::make_unique<World>(m_worldSpec, seed, m_replicate, stop);
            if (m_world->stopped()) return stopped();
            const std::int64_t held = m_config.at("heldOutPairs").get<std::int64_t>();
            const auto nGrid = nGridOf(m_config), betas = betaGridOf(m_config);
            for (std::size_t i = 0; i < m_specs.size(); ++i) {
                if (stop.stop_requested()) return stopped();
                m_pipes.push_back(
                    std::make_unique<Pipeline>(m_specs[i], *m_world, seed, m_replicate, int(i), held));
                m_pipes.back()->start();
                Curves c = m_pipes.back()->curves(nGrid, betas, stop);
                if (c.stopped) return stopped();
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
            if (label.empty())
                label = p.at("type").get<std::string>() == "dpo" ? TB_TR("engine", "DPO")
                                                                 : TB_TR("engine", "RLHF");
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
    const std::string form = o.form == GaoForm::BestOfN ? "d(α − β d)" : "d(α − β ln d)";
    // `pattern` has the optimiser's name as %1 and the fitted form as %2.
    auto est = [&](const std::string& name, const char* pattern, double v, std::string note = {}) {
        der.estimates.push_back({k + "_" + name, fill(pattern, {L, form}), v, "", std::move(note)});
    };
    std::size_t peak = 0;
    for (std::size_t i = 1; i < gold.size(); ++i)
        if (gold[i] > gold[peak]) peak = i;
    const double drop = gold[peak] - gold.back();
    est("gold_peak", kGoldPeak, gold[peak], TB_TR("engine", "the largest mean gold gain along the curve"));
    est("d_peak", kDPeak, d[peak]);
    est("gold_final", kGoldFinal, gold.back());
    est("gold_drop", kGoldDrop, drop);
    est("drop_share", kDropShare, gold[peak] > 0 ? drop / gold[peak] : NAN,
        TB_TR("engine",
              "a normalised drop height in this workbench's definition (drop / (peak − start)); "
              "Karwowski et al.'s exact NDH normalisation is not verified (reference rlhf.md §12)"));
    est("proxy_final", kProxyFinal, proxy.empty() ? NAN : proxy.back());
    est("d_max", kDMax, d.back());
    const GaoFit f = fitGao(o.form, d, gold);
    const std::string fitNote = fill(kFitNote, {form});
    est("alpha", kFitAlpha, f.ok ? f.alpha : NAN, fitNote);
    est("beta", kFitBeta, f.ok ? f.beta : NAN, fitNote);
    est("r2", kFitR2, f.ok ? f.r2 : NAN);
    est("fit_d_star", kFitDStar, f.ok ? f.dStar : NAN,
        o.form == GaoForm::BestOfN ? TB_TR("engine", "α / (2β); none when β ≤ 0")
                                   : TB_TR("engine", "exp(α/β − 1); none when β ≤ 0"));
    est("fit_peak", kFitPeak, f.ok ? f.rStar : NAN, o.form == GaoForm::BestOfN ? "α² / (4β)" : "β d*");
    if (f.ok) {
        DerivedCurve fit;
        fit.name = k + "_fit";
        fit.label = fill(kFitCurve, {L, form});
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
            {"gold_gain", TB_TR("engine", "Gold reward gain"), TB_TR("engine", "σ_gold"), false, "rewards",
             S::Series, "", true},
            {"proxy_gain", TB_TR("engine", "Proxy reward gain"), TB_TR("engine", "σ_proxy"), false, "rewards",
             S::Series, "", false},
            {"reward_gap", TB_TR("engine", "Reward drift (proxy − gold)"), TB_TR("engine", "σ"), true,
             "drift", S::Series, "", false},
            {"kl", TB_TR("engine", "KL(π ‖ π0)"), TB_TR("engine", "nats"), true, "kl", S::Series, "", false},
            {"gold_win_rate", TB_TR("engine", "Gold win rate vs π0"), "", false, "win", S::Series, "", false},
            {"proxy_gold_correlation", TB_TR("engine", "Proxy–gold correlation under π"), "", false,
             "fidelity", S::Series, "", false},
            {"ensemble_variance", TB_TR("engine", "Ensemble variance under π"), TB_TR("engine", "σ_proxy²"),
             true, "spread", S::Series, "", false},
            {"heldout_accuracy", TB_TR("engine", "Held-out preference accuracy"), "", false, "accuracy",
             S::Series, "", false},
            {"bon_kl", TB_TR("engine", "Best-of-n KL"), TB_TR("engine", "nats"), true, "bon_kl", S::Profile,
             "", false},
            {"bon_gold", TB_TR("engine", "Best-of-n gold gain"), "", false, "gold_vs_d", S::Profile, "",
             false},
            {"bon_proxy", TB_TR("engine", "Best-of-n proxy gain"), "", false, "proxy_vs_d", S::Profile, "",
             false},
            {"bon_spread", TB_TR("engine", "Best-of-n ensemble variance"), "", true, "spread_vs_d",
             S::Profile, "", false},
            {"tilt_kl", TB_TR("engine", "KL-regularised KL"), TB_TR("engine", "nats"), true, "gold_vs_d",
             S::Profile, "", false},
            {"tilt_gold", TB_TR("engine", "KL-regularised gold gain"), "", false, "gold_vs_d", S::Profile, "",
             false},
            {"tilt_proxy", TB_TR("engine", "KL-regularised proxy gain"), "", false, "proxy_vs_d", S::Profile,
             "", false},
            {"tilt_spread", TB_TR("engine", "KL-regularised ensemble variance"), "", true, "spread_vs_d",
             S::Profile, "", false},
            {"rm_accuracy", TB_TR("engine", "Reward-model held-out accuracy (labels, gold order)"), "", false,
             "", S::Profile, "", false},
        };
        m_plots = {
            {"gold_vs_d", TB_TR("engine", "Gold reward vs √KL"), TB_TR("engine", "d = √KL(π ‖ π0) (nats^½)"),
             TB_TR("engine", "gold gain vs π0 (σ_gold)"), false, false,
             TB_TR("engine",
                   "circles: best-of-n; squares: the KL-regularised optimum π ∝ π0·exp(r/β); triangles: "
                   "training; lines: Gao et al.'s forms fitted to each (best-of-n d(α − βd), RL d(α − β "
                   "ln d)); bands: 95% CI over worlds; every point is exact over the candidates")},
            {"proxy_vs_d", TB_TR("engine", "Proxy reward vs √KL"),
             TB_TR("engine", "d = √KL(π ‖ π0) (nats^½)"), TB_TR("engine", "proxy gain vs π0 (σ_proxy)"),
             false, false,
             TB_TR("engine", "what the optimiser sees: the proxy keeps rising where the gold falls")},
            {"spread_vs_d", TB_TR("engine", "Ensemble spread vs √KL"),
             TB_TR("engine", "d = √KL(π ‖ π0) (nats^½)"),
             TB_TR("engine", "E_π[population variance of members] (σ_proxy²)"), false, false,
             TB_TR("engine", "the reward-model ensemble's disagreement where the policy goes (0 for a single "
                             "model)")},
            {"bon_kl", TB_TR("engine", "Best-of-n KL (exact)"), "n", TB_TR("engine", "KL(π_bon ‖ π0) (nats)"),
             true, false,
             TB_TR("engine",
                   "exact KL of best-of-n over the candidates (order statistics, ties grouped) against "
                   "the continuous formula ln n − (n − 1)/n, an upper bound (Beirami et al. 2024)")},
        };
    }
    std::string name() const override { return "rlhf"; }
    std::string label() const override { return TB_TR("engine", "RLHF world"); }
    const ParamSpec& spec() const override { return m_spec; }
    const std::vector<MetricDecl>& metrics() const override { return m_metrics; }
    const std::vector<PlotDecl>& plots() const override { return m_plots; }
    std::string stepUnit() const override { return TB_TR("engine", "steps"); }
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
             fill(kMemoryCost, {countText(R), countText(P), countText(K), countText(C + 6 + 4 * runs)}),
             R * P * K * (C + 6 + 4 * runs) * 8 + R * pairsHeld * 48});
        cost.precompute.push_back(
            {"bestOfN.points, tilt.points, pipelines, world.prompts, world.candidates",
             TB_TR("engine",
                   "worlds × pipelines × curve points × prompts × candidates at about 4 ns, and the "
                   "reward models' fits"),
             R * pre});
        cost.simulation.push_back(
            {"replicates, steps, pipelines, world.prompts, world.candidates",
             fill(kSimulationCost, {countText(R), countText(runs), countText(T), countText(P), countText(K)}),
             R * sim});
        return cost;
    }

    /// Fewer worlds (replicates), then fewer candidates per prompt (the cost is about linear in them; at
    /// least 200, so best-of-n and the tilt keep a recognisable shape); prompts, steps, grids and pipelines
    /// stay.
    Json coarse(const Json& c, double fraction) const override {
        Json out = Kind::coarse(c, fraction);
        const double full = costSeconds(estimate(c));
        const auto k = c.at("world").at("candidates").get<std::int64_t>();
        for (int pass = 0; pass < 2; ++pass) { // the fits do not shrink with the candidates
            const double now = costSeconds(estimate(out));
            if (!(now > fraction * full) || now <= 0) break;
            const auto k2 = out.at("world").at("candidates").get<std::int64_t>();
            out["world"]["candidates"] =
                std::max(std::min<std::int64_t>(k, 200), std::int64_t(double(k2) * fraction * full / now));
        }
        return out;
    }

    Derivation derive(const Json& config, const Snapshot& s, std::size_t run,
                      const DeriveOptions& options) const override {
        (void)options;
        Derivation der;
        const Optimiser bon{"bon", TB_TR("engine", "Best-of-n"), GaoForm::BestOfN, 0};
        const Optimiser tilt{"tilt", TB_TR("engine", "KL-regularised"), GaoForm::Rl, 1};
        const Optimiser train{"train", TB_TR("engine", "Training"), GaoForm::Rl, 2};
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
            der.curves.push_back(
                curveOf("bon_gold", TB_TR("engine", "Best-of-n (gold)"), "gold_vs_d", bg.d, bg.y, 0));
            der.curves.push_back(
                curveOf("bon_proxy", TB_TR("engine", "Best-of-n (proxy)"), "proxy_vs_d", bp.d, bp.y, 0));
            summarise(der, bon, bg.d, means(bg.y), means(bp.y), "gold_vs_d");
            if (!bk.y.empty()) {
                std::vector<double> n(nGrid.begin(),
                                      nGrid.begin() + std::ptrdiff_t(std::min(nGrid.size(), bk.y.size())));
                der.curves.push_back(curveOf("bon_kl", TB_TR("engine", "Exact KL"), "bon_kl", n, bk.y, 0));
                DerivedCurve bound;
                bound.name = "bon_kl_bound";
                bound.label = TB_TR("engine", "ln n − (n − 1)/n");
                bound.plot = "bon_kl";
                bound.reference = true;
                for (double x : n) bound.x.push_back(x), bound.y.push_back(bonKlBound(x));
                der.curves.push_back(std::move(bound));
                der.estimates.push_back(
                    {"bon_n_max", TB_TR("engine", "Best-of-n: largest n"), n.back(), "", ""});
                der.estimates.push_back(
                    {"bon_kl_max", TB_TR("engine", "Best-of-n: exact KL at the largest n"), bk.y.back().mean,
                     TB_TR("engine", "nats"),
                     TB_TR("engine", "computed from the exact best-of-n distribution over the candidates")});
                der.estimates.push_back(
                    {"bon_kl_bound", TB_TR("engine", "Best-of-n: ln n − (n − 1)/n at the largest n"),
                     bonKlBound(n.back()), TB_TR("engine", "nats"),
                     TB_TR("engine",
                           "the continuous formula, an upper bound with finitely many candidates")});
            }
            if (membersOf(config, run) > 1) {
                der.curves.push_back(
                    curveOf("bon_spread", TB_TR("engine", "Best-of-n"), "spread_vs_d", bs.d, bs.y, 0));
                der.curves.push_back(
                    curveOf("tilt_spread", TB_TR("engine", "KL-regularised"), "spread_vs_d", ts.d, ts.y, 1));
            }
        }
        if (!tg.d.empty()) {
            der.curves.push_back(curveOf("tilt_gold", TB_TR("engine", "KL-regularised optimum (gold)"),
                                         "gold_vs_d", tg.d, tg.y, 1));
            der.curves.push_back(curveOf("tilt_proxy", TB_TR("engine", "KL-regularised optimum (proxy)"),
                                         "proxy_vs_d", tp.d, tp.y, 1));
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
            der.curves.push_back(
                curveOf("train_gold", TB_TR("engine", "Training (gold)"), "gold_vs_d", d, gold, 2));
            der.curves.push_back(
                curveOf("train_proxy", TB_TR("engine", "Training (proxy)"), "proxy_vs_d", d, proxy, 2));
            if (membersOf(config, run) > 1)
                der.curves.push_back(
                    curveOf("train_spread", TB_TR("engine", "Training"), "spread_vs_d", d, spread, 2));
            std::vector<double> dd(d.begin() + 1, d.end());
            std::vector<double> gm = means(gold), pm = means(proxy);
            summarise(der, train, dd, std::vector<double>(gm.begin() + 1, gm.end()),
                      std::vector<double>(pm.begin() + 1, pm.end()), "gold_vs_d");
            // Early stopping: the step where the mean gold curve peaks.
            std::size_t peak = 0;
            for (std::size_t i = 1; i < gm.size(); ++i)
                if (gm[i] > gm[peak]) peak = i;
            der.estimates.push_back(
                {"train_peak_step", TB_TR("engine", "Training: step of the gold peak (early stop)"),
                 steps[peak], TB_TR("engine", "steps"),
                 TB_TR("engine",
                       "where the mean gold curve turns; stopping here keeps the most gold (an oracle "
                       "rule: it reads the gold, which a practitioner cannot)")});
            der.estimates.push_back({"train_final_gap",
                                     TB_TR("engine", "Training: reward drift at the end (proxy − gold)"),
                                     pm.back() - gm.back(), "", ""});
            if (peak > 0 && peak + 1 < gm.size()) {
                DerivedCurve m;
                m.name = "train_early_stop";
                m.label = fill(kEarlyStop, {countText(steps[peak])});
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
                {"rm_heldout_accuracy", TB_TR("engine", "Reward model: held-out accuracy (labels)"),
                 label / double(worlds), "",
                 TB_TR("engine",
                       "share of held-out pairs from π0 the proxy orders as their (noisy) labels")});
            der.estimates.push_back({"rm_gold_accuracy",
                                     TB_TR("engine", "Reward model: held-out accuracy (gold order)"),
                                     gold / double(worlds), "",
                                     TB_TR("engine", "the same pairs against the noise-free gold order")});
        }
        der.basis = fill(worlds == 1 ? kBasisOne : kBasis,
                         {countText(double(std::max<std::size_t>(worlds, 1))),
                          countText(double(config.at("world").at("prompts").get<std::int64_t>())),
                          countText(double(config.at("world").at("candidates").get<std::int64_t>()))});
        warnings(config, run, der);
        return der;
    }

    std::unique_ptr<Experiment> create(const Json& config) const override {
        return std::make_unique<RlhfExperiment>(config);
    }
    std::vector<const char*> textPatterns() const override {
        std::vector<const char*> all = kPatterns;
        all.insert(all.end(), specTextPatterns().begin(), specTextPatterns().end());
        return all;
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
            der.warnings.push_back(TB_TR("engine",
                                         "† not verified in the literature (reference rlhf.md §12): the "
                                         "normalisation of the drop height (Karwowski et al.'s NDH) and "
                                         "Gao et al.'s coefficients per reward-model size, which exist "
                                         "only as plotted points; the fits shown are this world's own"));
        const double K = double(config.at("world").at("candidates").get<std::int64_t>());
        const double P = double(config.at("world").at("prompts").get<std::int64_t>());
        const double maxN = double(config.at("bestOfN").at("maxN").get<std::int64_t>());
        if (p.at("type") == "rlhf" && maxN * 50 > K * P)
            der.warnings.push_back(fill(kBonCollapse, {countText(maxN), countText(K)}));
        if (p.at("type") == "rlhf" && p.at("rewardModel").at("aggregator") == "soft-min" &&
            p.at("rewardModel").at("members").get<std::int64_t>() > 1)
            der.warnings.push_back(TB_TR("engine",
                                         "the soft-min aggregator is taken from an abstract (Hahami et "
                                         "al.); its use here is not verified against the paper "
                                         "(reference rlhf.md §12)"));
        if (p.at("type") == "dpo")
            der.warnings.push_back(TB_TR("engine",
                                         "DPO has no reward model: its proxy is the implicit reward "
                                         "ln(π/π0), standardised under π0"));
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

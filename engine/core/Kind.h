#pragma once
// The one abstraction every experiment family ("kind") implements: a ParamSpec, declared metrics, and
// replicate simulations that advance checkpoint by checkpoint. Nothing downstream (runner, store, plots, CLI)
// switches on the kind: they are generic over these declarations.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "core/Derivation.h"
#include "core/ParamSpec.h"
#include "core/Pooled.h"
#include "core/Tr.h"

namespace tb {

struct Snapshot;

/// Where a metric's values live.
enum class MetricScope {
    Series,      ///< one value per replicate at every checkpoint (e.g. cumulative regret)
    PerCategory, ///< one value per replicate and category at the end of the run (e.g. pulls per arm)
    Pooled,      ///< every observation of an integer quantity of every replicate, kept as counts per distinct
                 ///< value summed across replicates (e.g. failure counts K); an x axis of values, not steps
    Profile, ///< a vector of values per replicate (a curve over a fixed grid, such as best-of-n's n or the
             ///< β grid of the RLHF kind), reported when the replicate knows it and kept per replicate in
             ///< replicate order; the kind's derive() reduces them (means, bands, fits)
};
/// "series", "category" or "pooled": the text stored in the store and exported.
const char* toString(MetricScope scope);
/// The inverse of toString(MetricScope); nothing for any other text.
std::optional<MetricScope> metricScopeFromString(std::string_view text);

// Display strings (labels, units, notes, help) are English and marked with TB_TR (core/Tr.h) for the window's
// translations; names and ids are identifiers and stay as they are.
struct MetricDecl {
    std::string name;  ///< stable identifier used in the store, exports and JSON ("pseudo_regret")
    std::string label; ///< display label ("Cumulative pseudo-regret")
    std::string unit;  ///< "" when dimensionless
    bool lowerIsBetter = true;
    std::string plot; ///< id of the plot that shows it ("regret", "optimal", "reward", "pulls")
    MetricScope scope = MetricScope::Series;
    std::string categoryLabel; ///< PerCategory: what a category is ("arm")
    bool headline = false;     ///< the metric that ranks runs (best policy in the browser); one per kind
};

/// A curve known in advance for a Series metric, such as a theoretical bound, drawn beside the measured
/// curves.
struct ReferenceCurve {
    std::string metric;         ///< the Series metric it goes with ("pseudo_regret")
    std::string label;          ///< legend text ("Lai–Robbins asymptotic bound")
    std::string note;           ///< what it is and when it holds (tooltip)
    std::vector<double> values; ///< at every checkpoint of the grid
};

/// One compared variant of an experiment (a policy for bandits): its display label and its own parameters.
struct RunSpec {
    std::string label;
    Json params;
};

/// The state of one replicate of every run of an experiment. It advances checkpoint by checkpoint.
class ReplicateSim {
public:
    virtual ~ReplicateSim() = default;
    /// Advances every run to `step` (the grid value of checkpoint `cp`; calls come with cp = 0, 1, 2, ...)
    /// and writes the Series metrics: out[run * nSeries + m] for m in the order of the kind's Series metrics.
    /// Long advances poll `stop` often enough that a stop lands within a few milliseconds (the bandit kind
    /// checks it every 4 096 rounds): when it is requested, advance may return false early, leaving the
    /// replicate between checkpoints and `out` unspecified; the Runner then drops this checkpoint and never
    /// advances the replicate again. Returns true when `step` was reached and `out` written.
    virtual bool advance(std::size_t cp, std::int64_t step, std::span<double> out,
                         const std::stop_token& stop) = 0;
    /// After the last checkpoint: PerCategory metrics, out[(run * nCat + c) * categories + k] for the c-th
    /// PerCategory metric and category k.
    virtual void finalCategories(std::span<double> out) { (void)out; }
    /// Right after every successful advance: moves the observations of the Pooled metrics made since the last
    /// call into out[run * nPooled + p] (empty on entry), so the Runner can sum them across replicates for
    /// the checkpoint just reached. Called on the thread that advanced the replicate.
    virtual void takePooled(std::span<PooledCounts> out) { (void)out; }
    /// Right after every successful advance: the Profile metrics whose values are new since the last call,
    /// moved into out[run * nProfile + p] (empty on entry; left empty when nothing changed), in the order of
    /// the kind's Profile metrics. Called on the thread that advanced the replicate.
    virtual void takeProfiles(std::span<std::vector<double>> out) { (void)out; }
};

/// A validated, prepared experiment: everything needed to create replicates.
class Experiment {
public:
    virtual ~Experiment() = default;
    virtual std::vector<RunSpec> runs() const = 0;
    virtual std::vector<std::int64_t> grid() const = 0;  ///< checkpoint steps, strictly increasing
    virtual std::size_t categories() const { return 0; } ///< number of categories of PerCategory metrics
    virtual std::vector<std::string> categoryNames() const { return {}; }
    /// Replicate r, whose random streams are derived from (seed, r) only.
    virtual std::unique_ptr<ReplicateSim> makeReplicate(int replicate) const = 0;
};

/// How much work Kind::derive may do.
struct DeriveOptions {
    bool quick = false; ///< a live estimate: bootstraps reduced to what a refresh can afford
    int threads = 0;    ///< 0: all hardware threads
    std::stop_token stop;
};

/// One contribution to the cost of running a config, estimated from the config alone.
struct CostTerm {
    std::string
        path; ///< the parameter(s) that drive it, as JSON paths ("replicates, policies, environment.means")
    std::string
        what; ///< how it is counted ("replicates × policies × arms = 1e+06 × 64 × 1000 per-arm states")
    double amount = 0; ///< bytes (memory) or seconds on one core (pre-computation, simulation)
};

/// What running a validated config would take, estimated before anything is allocated, so that a run that
/// cannot fit in memory or would compute for days is refused with a message instead of dying of
/// std::bad_alloc or sitting silent. Estimates aim at the right order of magnitude (within a factor of ~2).
struct Cost {
    std::vector<CostTerm> memory;     ///< bytes held at once by the experiment and all its replicates
    std::vector<CostTerm> precompute; ///< seconds (one core) of set-up before the first step: tables, replays
    std::vector<CostTerm> simulation; ///< seconds (one core) of the whole run
    double steps = 0;                 ///< simulated steps over all runs and replicates
    /// The shape the Runner allocates for (per-replicate values and per-checkpoint aggregates).
    double runs = 0, replicates = 0, checkpoints = 0, categories = 0;
};

/// The sum of a list of cost terms (bytes or one-core seconds).
double costTotal(const std::vector<CostTerm>& terms);
/// One-core seconds of a cost: its set-up and its simulation.
double costSeconds(const Cost& cost);

/// "512 GiB", "3.2 MiB"; "14 h", "2.5 min", "0.3 s"; "6.4e+10" (3 significant digits).
std::string bytesText(double bytes);
std::string secondsText(double seconds);
std::string countText(double count);

class Kind {
public:
    virtual ~Kind() = default;
    virtual std::string name() const = 0;  ///< "bandit"
    virtual std::string label() const = 0; ///< "Multi-armed bandit"
    virtual const ParamSpec& spec() const = 0;
    virtual const std::vector<MetricDecl>& metrics() const = 0;
    /// Unit of one simulated step for throughput read-outs ("pulls").
    virtual std::string stepUnit() const { return "steps"; }
    /// Config key of the list of compared variants (a ParamType::VariantList in spec(), e.g. "policies"), so
    /// generic tools (the benchmark) can run each variant alone; "" when the kind compares no variants.
    virtual std::string variantsKey() const { return ""; }
    /// The resources running `config` would need; `config` has passed spec().validate() and had defaults
    /// filled in. Must not allocate in proportion to the config's sizes: tb::prepare() calls it before
    /// create() and refuses configs over the limits (docs/cli.md). The default knows nothing (no limit).
    virtual Cost estimate(const Json& config) const {
        (void)config;
        return {};
    }
    /// Reference curves for `config` (validated, defaults filled) at the steps of `grid`; cheap (closed
    /// forms, no experiment is created), so stored runs get them too. None by default.
    virtual std::vector<ReferenceCurve> references(const Json& config,
                                                   const std::vector<std::int64_t>& grid) const {
        (void)config;
        (void)grid;
        return {};
    }
    /// Plots whose x axis is a value, drawn from the curves of derive(). None by default.
    virtual const std::vector<PlotDecl>& plots() const {
        static const std::vector<PlotDecl> none;
        return none;
    }
    /// Estimates, curves and verdicts of run `run` computed from what `snapshot` holds of it: its pooled
    /// counts (snapshot.pooledCounts[run]), profiles (snapshot.profiles[run]) and series statistics, through
    /// checkpoint snapshot.done - 1. Called only for kinds with Pooled or Profile metrics. Pure: the same
    /// inputs give the same bits, whatever `options.threads`; recomputed when the data change (live,
    /// throttled, off the GUI thread; in full when a run finishes, before it is recorded). `config` is
    /// validated with defaults filled. None by default.
    virtual Derivation derive(const Json& config, const Snapshot& snapshot, std::size_t run,
                              const DeriveOptions& options) const {
        (void)config, (void)snapshot, (void)run, (void)options;
        return {};
    }
    /// Live tuning's first pass: a config of the same shape as `config` (the same variants, horizon, grid and
    /// axes, so its plots overlay the full run's) that costs about `fraction` (0 < fraction < 1) of its work,
    /// drawn as a preview while the full config runs. `config` has passed validation and had defaults filled
    /// in; the result must pass validation too. The default runs fewer replicates: replicate r draws only
    /// from streams derived from (seed, r), so the preview's replicates are exactly the full run's first
    /// ones. Kinds whose replicates are few and costly shrink their world as well (fewer tasks, candidates,
    /// refits).
    virtual Json coarse(const Json& config, double fraction) const;
    /// `config` has passed spec().validate() and had defaults filled in.
    virtual std::unique_ptr<Experiment> create(const Json& config) const = 0;
    /// The marked patterns (core/Tr.h) from which the kind builds display strings with tb::fill: default
    /// labels ("ε-greedy (ε=%1)"), notes, warnings, cost lines. The window translates such a string by
    /// matching it against these. None by default.
    virtual std::vector<const char*> textPatterns() const { return {}; }
};

/// Series metrics of a kind, in declaration order (the `m` index of ReplicateSim::advance).
std::vector<MetricDecl> seriesMetrics(const Kind& kind);
/// PerCategory metrics of a kind, in declaration order.
std::vector<MetricDecl> categoryMetrics(const Kind& kind);
/// Pooled metrics of a kind, in declaration order (the `p` index of ReplicateSim::takePooled).
std::vector<MetricDecl> pooledMetrics(const Kind& kind);
/// Profile metrics of a kind, in declaration order (the `p` index of ReplicateSim::takeProfiles).
std::vector<MetricDecl> profileMetrics(const Kind& kind);
/// Whether the kind derives estimates and value-axis curves from its data (it has Pooled or Profile
/// metrics): the Runner and the live views call Kind::derive only then.
bool derivesFromData(const Kind& kind);

} // namespace tb

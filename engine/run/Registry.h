#pragma once
// The registry of experiment kinds. Adding a family is one folder plus one line in Registry.cpp.
#include <memory>
#include <string>
#include <vector>

#include "core/Kind.h"
#include "core/Prepared.h"

namespace tb {

const std::vector<const Kind*>& kinds();
const Kind* findKind(const std::string& name);

/// Every pattern (core/Tr.h) the engine fills display strings from: core's, the Runner's and the registry's,
/// and every kind's Kind::textPatterns(), each once. The window matches the engine's strings against these to
/// translate the ones built from parts.
std::vector<std::string> textPatterns();

/// Limits on one run, checked by prepare() from the kind's cost estimate before anything is allocated
/// (documented in docs/cli.md, "Limits").
struct ResourceLimits {
    /// Memory: min(kMemoryCapBytes, half of this machine's memory, or of the cgroup limit when lower).
    double memoryBytes = 0;
    std::string memoryReason; ///< "half of this machine's 23.4 GiB"
    /// One-core seconds of set-up before the first step (tables built by create()); it cannot be stopped.
    double precomputeSeconds = 5;
    /// One-core seconds of the whole simulation (about 12 h on two cores, 3 h on eight).
    double simulationSeconds = 24 * 3600;

    static constexpr double kMemoryCapBytes = 64.0 * (1ull << 30);
    /// The limits for this machine (memory read once per process).
    static const ResourceLimits& forThisMachine();
};

struct PrepareOptions {
    /// Lift the set-up and simulation-time limits (`trialbench-cli run --allow-long`); memory stays limited.
    bool allowLong = false;
    const ResourceLimits* limits = nullptr; ///< null: ResourceLimits::forThisMachine()
};

/// Every problem prepare() would report for `config`, without creating anything: an unknown or missing
/// "kind", the kind's ParamSpec (its cross-field checks included), and the limits checked against the
/// kind's cost estimate, which allocates nothing. Cheap enough to run on every edit of a form. Empty when
/// prepare() would succeed.
std::vector<Issue> validate(const Json& config, const PrepareOptions& options = {});
/// The same for a config of `kind` (a form's own kind; "kind" is then checked by the kind's ParamSpec).
std::vector<Issue> validate(const Kind& kind, const Json& config, const PrepareOptions& options = {});

/// Validates `config` (validate() above), then creates its experiment. Throws InputError listing every
/// problem with its JSON path (a config over a limit names the parameters that drive the cost, the
/// estimate and the limit).
Prepared prepare(const Json& config, const PrepareOptions& options = {});

/// The cost prepare() checks for a validated config with defaults filled: the kind's estimate plus the
/// Runner's own storage (per-replicate values, per-checkpoint aggregates, final per-category values).
Cost estimateCost(const Kind& kind, const Json& completeConfig);

/// The cores a run of `completeConfig` keeps busy on `threads` threads (0: all hardware threads): the Runner
/// spreads replicates, so at most one per replicate.
int runCores(const Json& completeConfig, int threads = 0);

/// Live tuning's first pass (Kind::coarse): a complete config (validated, defaults filled) of the same shape
/// as `completeConfig` estimated to take about `wallSeconds` on `threads` cores (0: all hardware threads;
/// the Runner spreads replicates, so at most one core per replicate counts), or `completeConfig` itself when
/// it fits already or the kind cannot shrink it to a valid config.
Json coarseConfig(const Kind& kind, const Json& completeConfig, double wallSeconds, int threads = 0);

/// One issue per limit that `cost` exceeds; empty when the run fits.
std::vector<Issue> costIssues(const Cost& cost, const PrepareOptions& options = {});

/// Presets shipped in resources/presets (compiled in): name, one-line description, config.
struct Preset {
    std::string name;
    std::string description;
    Json config;
};
const std::vector<Preset>& presets();
/// A preset's display texts as marked for the window's translations (run/PresetTexts.cpp).
struct PresetText {
    const char* name;        ///< the preset's name ("classic-10-arm")
    const char* title;       ///< its config's "name"
    const char* description; ///< its config's "description"
};
/// Every shipped preset's texts, in the order of presets().
const std::vector<PresetText>& presetTexts();
const Preset* findPreset(const std::string& name);

/// Loads "preset:NAME", an inline JSON object (an argument whose first non-blank character is '{', located as
/// "command line:LINE:COLUMN" in messages; what "Copy as command" in the window writes), or a JSON file path
/// (write ./{name} for a file whose name starts with '{'). Throws InputError on an unknown preset, unreadable
/// file or bad JSON.
Json loadConfigArgument(const std::string& arg);

} // namespace tb

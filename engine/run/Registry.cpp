#include "run/Registry.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <thread>
#include <unistd.h>

#include "bandit/BanditKind.h"
#include "core/Text.h"
#include "rlhf/RlhfKind.h"
#include "run/PresetData.h"
#include "run/RunText.h"
#include "store/StoreText.h"
#include "survival/SurvivalKind.h"

namespace tb {

const std::vector<const Kind*>& kinds() {
    static const std::vector<const Kind*> all = {
        &bandit::banditKind(),
        &survival::survivalKind(),
        &rlhf::rlhfKind(),
    };
    return all;
}

const Kind* findKind(const std::string& name) {
    for (const Kind* k : kinds())
        if (k->name() == name) return k;
    return nullptr;
}

std::vector<std::string> textPatterns() {
    std::vector<std::string> all;
    auto add = [&](const char* p) {
        if (std::find(all.begin(), all.end(), p) == all.end()) all.emplace_back(p);
    };
    for (const char* p : coreTextPatterns()) add(p);
    for (const char* p : run_text::kAll) add(p);
    for (const char* p : store_text::kAll) add(p); // the store's messages (tb_store is above tb_run)
    for (const Kind* k : kinds())
        for (const char* p : k->textPatterns()) add(p);
    return all;
}

const ResourceLimits& ResourceLimits::forThisMachine() {
    static const ResourceLimits limits = [] {
        ResourceLimits l;
        double physical = 0;
        const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
        if (pages > 0 && pageSize > 0) physical = double(pages) * double(pageSize);
        const char* of = run_text::kMachineMemory;
        // A container's memory limit (cgroup v2) counts when it is lower than the machine's memory.
        std::ifstream cg("/sys/fs/cgroup/memory.max");
        std::string text;
        if (cg >> text && !text.empty() && text != "max") {
            char* end = nullptr;
            const double v = std::strtod(text.c_str(), &end);
            if (end && *end == 0 && v > 0 && (physical <= 0 || v < physical)) {
                physical = v;
                of = run_text::kContainerMemory;
            }
        }
        if (physical > 0 && physical / 2 < kMemoryCapBytes) {
            l.memoryBytes = physical / 2;
            l.memoryReason = fill(of, {bytesText(physical)});
        } else {
            l.memoryBytes = kMemoryCapBytes;
            l.memoryReason = TB_TR("engine", "the cap for any machine");
        }
        return l;
    }();
    return limits;
}

Cost estimateCost(const Kind& kind, const Json& config) {
    Cost c = kind.estimate(config);
    const double nSeries = double(seriesMetrics(kind).size()), nCat = double(categoryMetrics(kind).size());
    // Runner.cpp: each replicate's value of every series metric is kept for the checkpoint being aggregated,
    // as the final values, and in the master and published snapshots (and the store's copy at the end).
    if (c.replicates * c.runs * nSeries > 0)
        c.memory.push_back(
            {"replicates",
             fill(run_text::kSeriesCost, {countText(c.replicates), countText(c.runs), countText(nSeries)}),
             c.replicates * c.runs * nSeries * 8 * 5});
    if (c.replicates * c.runs * nCat * c.categories > 0)
        c.memory.push_back({"replicates",
                            fill(run_text::kCategoryCost,
                                 {countText(c.replicates), countText(c.runs), countText(c.categories)}),
                            c.replicates * c.runs * nCat * c.categories * 8});
    // Aggregation (Runner.cpp): at every checkpoint each run's and metric's replicate values are copied and
    // sorted for the quantiles (about 15 + 2.5 log2(replicates) ns per value), after one advance() call per
    // replicate (about 30 ns per run).
    if (c.replicates > 0 && c.checkpoints > 0) {
        const double perValueNs = 15 + 2.5 * std::log2(std::max(2.0, c.replicates));
        c.simulation.push_back(
            {"replicates",
             fill(run_text::kAggregationCost,
                  {countText(c.runs * nSeries), countText(c.checkpoints), countText(c.replicates)}),
             c.checkpoints * c.replicates * (c.runs * nSeries * perValueNs + c.runs * 30) * 1e-9});
    }
    const double aggregates = c.runs * (nSeries * c.checkpoints + nCat * c.categories);
    if (aggregates > 0)
        c.memory.push_back({"runs", TB_TR("engine", "aggregates per checkpoint (3 copies of 80 bytes)"),
                            aggregates * 80 * 3});
    return c;
}

namespace {

const CostTerm* dominant(const std::vector<CostTerm>& terms) {
    const CostTerm* best = nullptr;
    for (const auto& t : terms)
        if (!best || t.amount > best->amount) best = &t;
    return best;
}

} // namespace

std::vector<Issue> costIssues(const Cost& cost, const PrepareOptions& options) {
    const ResourceLimits& limits = options.limits ? *options.limits : ResourceLimits::forThisMachine();
    std::vector<Issue> issues;
    if (const double mem = costTotal(cost.memory); mem > limits.memoryBytes) {
        const CostTerm* d = dominant(cost.memory);
        issues.push_back(
            {d->path, fill(run_text::kMemoryLimit,
                           {bytesText(mem), d->what, bytesText(limits.memoryBytes), limits.memoryReason})});
    }
    if (const double pre = costTotal(cost.precompute); pre > limits.precomputeSeconds && !options.allowLong) {
        const CostTerm* d = dominant(cost.precompute);
        issues.push_back({d->path, fill(run_text::kSetUpLimit,
                                        {secondsText(pre), d->what, secondsText(limits.precomputeSeconds)})});
    }
    if (const double sim = costTotal(cost.simulation); sim > limits.simulationSeconds && !options.allowLong) {
        const CostTerm* d = dominant(cost.simulation);
        issues.push_back({d->path, fill(run_text::kSimulationLimit,
                                        {secondsText(sim), d->what, secondsText(limits.simulationSeconds)})});
    }
    return issues;
}

namespace {

/// The kind `config` names, or nullptr with the issue that says why.
const Kind* kindOf(const Json& config, std::vector<Issue>& issues) {
    if (!config.is_object()) {
        issues.push_back({"", TB_TR("engine", "the config must be a JSON object")});
        return nullptr;
    }
    std::string names;
    for (const Kind* k : kinds()) names += (names.empty() ? "" : ", ") + k->name();
    if (!config.contains("kind"))
        issues.push_back({"kind", "is required (one of: " + names + ")"});
    else if (!config["kind"].is_string())
        issues.push_back({"kind", fill(run_text::kKindNotString, {names})});
    else if (const Kind* kind = findKind(config["kind"].get<std::string>()))
        return kind;
    else
        issues.push_back({"kind", "'" +
                                      truncateText(escapeForTerminal(config["kind"].get<std::string>()), 60) +
                                      "' is not one of: " + names});
    return nullptr;
}

} // namespace

std::vector<Issue> validate(const Kind& kind, const Json& config, const PrepareOptions& options) {
    if (!config.is_object()) return {{"", TB_TR("engine", "the config must be a JSON object")}};
    auto issues = kind.spec().validate(config);
    if (!issues.empty()) return issues;
    // Before anything is allocated: refuse what would not fit in memory or would run for days.
    return costIssues(estimateCost(kind, kind.spec().withDefaults(config)), options);
}

int runCores(const Json& complete, int threads) {
    if (threads <= 0) threads = int(std::max(1u, std::thread::hardware_concurrency()));
    return int(std::clamp<std::int64_t>(complete.value("replicates", std::int64_t(1)), 1, threads));
}

Json coarseConfig(const Kind& kind, const Json& complete, double wallSeconds, int threads) {
    const auto cores = [&](const Json& c) { return double(runCores(c, threads)); };
    const double seconds = costSeconds(estimateCost(kind, complete));
    const double budget = wallSeconds * cores(complete);
    if (!(seconds > budget)) return complete;
    Json out = kind.spec().withDefaults(kind.coarse(complete, budget / seconds));
    // Fewer replicates may use fewer cores: shrink once more by what that costs.
    if (const double c = cores(out); c < cores(complete))
        out = kind.spec().withDefaults(kind.coarse(complete, wallSeconds * c / seconds));
    if (!validate(kind, out).empty()) return complete;
    return out;
}

std::vector<Issue> validate(const Json& config, const PrepareOptions& options) {
    std::vector<Issue> issues;
    const Kind* kind = kindOf(config, issues);
    return kind ? validate(*kind, config, options) : issues;
}

Prepared prepare(const Json& config, const PrepareOptions& options) {
    if (auto issues = validate(config, options); !issues.empty()) throw InputError(std::move(issues));
    std::vector<Issue> none;
    Prepared p;
    p.kind = kindOf(config, none);
    p.config = p.kind->spec().withDefaults(config);
    p.experiment = p.kind->create(p.config);
    p.seed = p.config.value("seed", std::uint64_t(0));
    p.replicates = p.config.value("replicates", 1);
    return p;
}

const std::vector<Preset>& presets() {
    static const std::vector<Preset> all = [] {
        std::vector<Preset> out;
        for (const auto& [name, text] : presetSources()) {
            Json j = parseJsonText(text, "preset:" + name);
            out.push_back({name, j.value("description", std::string()), j});
        }
        return out;
    }();
    return all;
}

const Preset* findPreset(const std::string& name) {
    for (const auto& p : presets())
        if (p.name == name) return &p;
    return nullptr;
}

Json loadConfigArgument(const std::string& arg) {
    const std::string prefix = "preset:";
    if (arg.rfind(prefix, 0) == 0) {
        const std::string name = arg.substr(prefix.size());
        if (const Preset* p = findPreset(name)) return p->config;
        std::string names;
        for (const auto& p : presets()) names += (names.empty() ? "" : ", ") + p.name;
        throw InputError({{arg, "unknown preset (available: " + names + ")"}});
    }
    const auto first = arg.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && arg[first] == '{') {
        if (arg.size() > kMaxConfigFileBytes)
            throw InputError(std::vector<Issue>{
                {"command line", "an inline config is limited to 16 MiB like a config file"}});
        return parseJsonText(arg, "command line");
    }
    return readJsonFile(arg);
}

} // namespace tb

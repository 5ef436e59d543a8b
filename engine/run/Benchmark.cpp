#include "run/Benchmark.h"

#include <chrono>
#include <sstream>

#include "core/Error.h"
#include "run/Registry.h"
#include "run/Runner.h"

namespace tb {

namespace {

/// One measurement: a preset's config with a single variant (or the config as it stands).
struct BenchCase {
    std::string preset;
    const Kind* kind = nullptr;
    Json config;
};

std::string presetNames() {
    std::string names;
    for (const auto& p : presets()) names += (names.empty() ? "" : ", ") + p.name;
    return names;
}

/// Every case of the benchmark, validated up front so a typo fails before minutes of measuring.
std::vector<BenchCase> benchCases(const BenchOptions& options) {
    if (options.presets.empty()) throw InputError(std::vector<Issue>{{"preset", "give at least one preset"}});
    if (options.replicates < 1) throw InputError(std::vector<Issue>{{"replicates", "must be at least 1"}});
    std::vector<BenchCase> cases;
    for (const auto& name : options.presets) {
        const Preset* preset = findPreset(name);
        if (!preset)
            throw InputError(std::vector<Issue>{
                {"preset", "unknown preset '" + name + "' (available: " + presetNames() + ")"}});
        const Kind* kind = findKind(preset->config.value("kind", std::string()));
        if (!kind) throw InputError(std::vector<Issue>{{"preset", "'" + name + "' names no known kind"}});
        Json base = preset->config;
        base["replicates"] = options.replicates;
        const std::string key = kind->variantsKey();
        if (key.empty()) {
            cases.push_back({name, kind, base});
            continue;
        }
        const Param* list = kind->spec().find(key);
        if (!list || list->type != ParamType::VariantList)
            throw InputError(std::vector<Issue>{{"preset", "kind '" + kind->name() + "' names '" + key +
                                                               "' as its variants, not a variant list"}});
        std::vector<std::string> types = options.variants;
        if (types.empty())
            for (const auto& v : list->variants) types.push_back(v.type);
        for (const auto& type : types) {
            if (!ParamSpec::variant(*list, type)) {
                std::string known;
                for (const auto& v : list->variants) known += (known.empty() ? "" : ", ") + v.type;
                throw InputError(std::vector<Issue>{
                    {key, "'" + type + "' is not a " + kind->name() + " variant (one of: " + known + ")"}});
            }
            Json variant = {{"type", type}};
            if (preset->config.contains(key))
                for (const auto& v : preset->config.at(key))
                    if (v.value("type", std::string()) == type) {
                        variant = v;
                        break;
                    }
            Json config = base;
            config[key] = Json::array({variant});
            cases.push_back({name, kind, std::move(config)});
        }
    }
    return cases;
}

/// Index of the kind's headline metric among its Series metrics (the first one when none is marked).
std::size_t headlineIndex(const Kind& kind) {
    const auto series = seriesMetrics(kind);
    for (std::size_t m = 0; m < series.size(); ++m)
        if (series[m].headline) return m;
    return 0;
}

} // namespace

const std::vector<std::string>& defaultBenchPresets() {
    static const std::vector<std::string> names = {"classic-10-arm", "close-5-arm", "low-mean-12-arm"};
    return names;
}

std::vector<std::string> splitBenchList(const std::string& value) {
    std::vector<std::string> out;
    std::stringstream in(value);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

std::vector<BenchRow> runBenchmark(const BenchOptions& options,
                                   const std::function<void(const BenchRow&)>& onRow) {
    const std::vector<BenchCase> cases = benchCases(options);
    for (const auto& c : cases) (void)prepare(c.config); // every config checked before anything is measured
    std::vector<BenchRow> rows;
    for (const BenchCase& c : cases) {
        {
            // One-time costs (tables built on first use, thread start, page faults) stay out of the timing:
            // one untimed replicate of the same config first (1% of a 100-replicate row).
            Json warm = c.config;
            warm["replicates"] = 1;
            Runner(prepare(warm), Runner::Options{1, 10.0}).run();
        }
        const Prepared prepared = prepare(c.config);
        const std::size_t m = headlineIndex(*c.kind);
        const MetricDecl metric = seriesMetrics(*c.kind).at(m);
        for (int threads : options.threads) {
            Runner runner(prepared, Runner::Options{threads, 0.25});
            const auto t0 = std::chrono::steady_clock::now();
            const auto snap = runner.run();
            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            if (snap->status != RunStatus::Finished)
                throw RuntimeError("benchmark run failed: " + snap->message);
            BenchRow row;
            row.preset = c.preset;
            row.variant = snap->runs.at(0).label;
            row.threads = runner.threads();
            row.steps = snap->stepsTotal;
            row.stepUnit = c.kind->stepUnit();
            row.seconds = secs;
            row.stepsPerSecond = secs > 0 ? double(row.steps) / secs : 0.0;
            row.metric = metric.name;
            row.metricLabel = metric.label;
            const AggStats& fin = snap->seriesStats.at(0).at(m).back();
            row.metricMean = fin.mean;
            row.metricCiHalf = 0.5 * (fin.ciHigh - fin.ciLow);
            rows.push_back(row);
            if (onRow) onRow(row);
        }
    }
    return rows;
}

} // namespace tb

#include "run/Benchmark.h"

#include <chrono>
#include <sstream>

#include "bandit/BanditModel.h"
#include "core/Error.h"
#include "run/Registry.h"
#include "run/Runner.h"

namespace tb {

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
    const Preset* preset = findPreset(options.preset);
    if (!preset) {
        std::string names;
        for (const auto& p : presets()) names += (names.empty() ? "" : ", ") + p.name;
        throw InputError(std::vector<Issue>{
            {"preset", "unknown preset '" + options.preset + "' (available: " + names + ")"}});
    }
    if (preset->config.value("kind", std::string()) != "bandit")
        throw InputError(std::vector<Issue>{{"preset", "'" + options.preset + "' is not a bandit preset"}});
    if (options.replicates < 1) throw InputError(std::vector<Issue>{{"replicates", "must be at least 1"}});
    const std::vector<std::string> types =
        options.policies.empty() ? bandit::policyTypeNames() : options.policies;
    std::vector<BenchRow> rows;
    bool warmedUp = false;
    for (const auto& type : types) {
        Json policy = {{"type", type}};
        for (const auto& p : preset->config.at("policies"))
            if (p.value("type", std::string()) == type) {
                policy = p;
                break;
            }
        Json config = preset->config;
        config["replicates"] = options.replicates;
        config["policies"] = Json::array({policy});
        const Prepared prepared = prepare(config);
        if (!warmedUp) { // one-time costs (tables, first thread start, page faults) stay out of the first row
            Json warm = config;
            warm["replicates"] = 2;
            warm["horizon"] = std::min<std::int64_t>(2000, config.at("horizon").get<std::int64_t>());
            if (warm["environment"].value("type", std::string()) != "piecewise") Runner(prepare(warm)).run();
            warmedUp = true;
        }
        for (int threads : options.threads) {
            Runner runner(prepared, Runner::Options{threads, 0.25});
            const auto t0 = std::chrono::steady_clock::now();
            const auto snap = runner.run();
            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            if (snap->status != RunStatus::Finished)
                throw RuntimeError("benchmark run failed: " + snap->message);
            BenchRow row;
            row.policy = snap->runs.at(0).label;
            row.threads = runner.threads();
            row.pulls = snap->stepsTotal;
            row.seconds = secs;
            row.pullsPerSecond = secs > 0 ? double(row.pulls) / secs : 0.0;
            const AggStats& fin = snap->seriesStats.at(0).at(0).back();
            row.finalRegretMean = fin.mean;
            row.finalRegretCiHalf = 0.5 * (fin.ciHigh - fin.ciLow);
            rows.push_back(row);
            if (onRow) onRow(row);
        }
    }
    return rows;
}

} // namespace tb

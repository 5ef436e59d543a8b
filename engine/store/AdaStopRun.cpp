#include "store/AdaStopRun.h"

#include <cstdio>

#include "core/Rng.h"
#include "core/Text.h"
#include "run/Registry.h"
#include "run/Runner.h"

namespace tb {

namespace {
constexpr std::uint64_t kAdaStopStream = 0x414441535450ULL; // "ADASTP"
} // namespace

Json adaStopBatchConfig(const Json& config, int n, int interim) {
    Json out = config;
    out["replicates"] = n;
    out["seed"] = mixSeed(config.value("seed", std::uint64_t(0)), kAdaStopStream, std::uint64_t(interim));
    out["name"] = config.value("name", std::string()) + " · AdaStop interim " + std::to_string(interim + 1);
    return out;
}

AdaStopRunner::AdaStopRunner(const Json& config, AdaStopRunOptions options, RunStore* store)
    : m_options(std::move(options)), m_store(store) {
    // The config as given (problems at its own paths), then its first batch, created once and run first.
    if (auto issues = validate(config); !issues.empty()) throw InputError(issues);
    const Kind& kind = *findKind(config["kind"].get<std::string>());
    m_config = kind.spec().withDefaults(config);
    m_firstBatch = prepare(adaStopBatchConfig(m_config, m_options.test.n, 0));
    const auto runs = m_firstBatch->experiment->runs();
    if (runs.size() < 2)
        throw InputError(std::vector<Issue>{
            {kind.variantsKey(), "AdaStop compares the config's variants: give at least two (it has " +
                                     std::to_string(runs.size()) + ")"}});
    const auto series = seriesMetrics(kind);
    if (m_options.metric.empty()) {
        for (const auto& m : series)
            if (m.headline) m_options.metric = m.name;
        if (m_options.metric.empty() && !series.empty()) m_options.metric = series.front().name;
    }
    bool found = false;
    std::string names;
    for (const auto& m : series) {
        found = found || m.name == m_options.metric;
        names += (names.empty() ? "" : ", ") + m.name;
    }
    if (!found)
        throw InputError("--metric: '" + m_options.metric + "' is not a Series metric of " + kind.name() +
                         " (one of: " + names + ")");
    stats::AdaStop check(int(runs.size()), m_options.test); // std::invalid_argument for bad options
}

AdaStopRunResult AdaStopRunner::run() {
    AdaStopRunResult res;
    res.metric = m_options.metric;
    const Kind* kind = findKind(m_config["kind"].get<std::string>());
    for (const auto& m : seriesMetrics(*kind))
        if (m.name == res.metric) res.lowerIsBetter = m.lowerIsBetter;
    std::unique_ptr<stats::AdaStop> test;
    std::int64_t first = 0;
    for (int k = 0; k < m_options.test.interims; ++k) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stop) {
                res.status = RunStatus::Interrupted;
                res.message = "stopped before interim " + std::to_string(k + 1);
                break;
            }
        }
        Prepared prepared = k == 0 && m_firstBatch
                                ? std::move(*m_firstBatch)
                                : prepare(adaStopBatchConfig(m_config, m_options.test.n, k));
        m_firstBatch.reset();
        Runner runner(prepared, Runner::Options{m_options.threads, 0.05});
        std::unique_ptr<RunStore::Recorder> rec = m_store ? m_store->recorder() : nullptr;
        {
            std::lock_guard lock(m_mutex);
            m_runner = &runner;
            if (m_stop) runner.requestStop();
        }
        const auto snap = runner.run(rec.get());
        {
            std::lock_guard lock(m_mutex);
            m_runner = nullptr;
        }
        if (rec && rec->experimentId() > 0) {
            const std::int64_t id = rec->experimentId();
            if (first == 0) first = id;
            res.experimentIds.push_back(id);
            m_store->addTag(id, "adastop=" + std::to_string(first));
            m_store->addTag(id, "interim=" + std::to_string(k + 1));
        }
        if (snap->status != RunStatus::Finished) {
            res.status = snap->status;
            res.message =
                "interim " + std::to_string(k + 1) + " " + toString(snap->status) + ": " + snap->message;
            break;
        }
        int m = 0;
        for (std::size_t i = 0; i < snap->series.size(); ++i)
            if (snap->series[i].name == res.metric) m = int(i);
        if (!test) {
            test = std::make_unique<stats::AdaStop>(int(snap->runs.size()), m_options.test);
            for (const auto& r : snap->runs) res.agents.push_back(r.label);
            res.values.resize(snap->runs.size());
        }
        std::vector<std::vector<double>> batch(snap->runs.size());
        for (std::size_t a = 0; a < snap->runs.size(); ++a) {
            const auto& v = snap->finalValues[a][std::size_t(m)];
            res.values[a].insert(res.values[a].end(), v.begin(), v.end());
            if (test->needsAgent(int(a))) batch[a] = v;
        }
        test->addInterim(batch);
        {
            std::lock_guard lock(m_mutex);
            m_done = k + 1;
        }
        if (test->finished()) {
            res.status = RunStatus::Finished;
            break;
        }
    }
    if (test) {
        res.pairs = test->pairs();
        res.interims = test->interims();
    }
    if (res.status == RunStatus::Running) res.status = RunStatus::Finished;
    // The decisions, with the first batch (where the browser shows them as its notes).
    if (m_store && first > 0 && test) {
        std::string notes = "AdaStop (n = " + std::to_string(m_options.test.n) +
                            ", K = " + std::to_string(m_options.test.interims) +
                            ", alpha = " + formatNumber(m_options.test.alpha) +
                            ", B = " + std::to_string(m_options.test.permutations) + ") on " + res.metric +
                            ", " + std::to_string(res.interims.size()) + " interims run; " +
                            toString(res.status) + ":";
        for (const auto& p : res.pairs)
            notes += "\n" + res.agents[std::size_t(p.a)] + " vs " + res.agents[std::size_t(p.b)] + ": " +
                     stats::toString(p.decision) +
                     (p.decidedAt ? " (interim " + std::to_string(p.decidedAt) + ")" : std::string());
        try {
            m_store->setNotes(first, notes);
        } catch (const std::exception&) {
        }
    }
    return res;
}

void AdaStopRunner::requestStop() {
    std::lock_guard lock(m_mutex);
    m_stop = true;
    if (m_runner) m_runner->requestStop();
}

int AdaStopRunner::interimsDone() const {
    std::lock_guard lock(m_mutex);
    return m_done;
}

} // namespace tb

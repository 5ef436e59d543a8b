// Runner: lockstep replicates, deterministic aggregation for any thread count, pause/step/stop, failures.
#include <QtTest>

#include <atomic>
#include <thread>

#include "bandit/BanditExperiment.h"
#include "core/Checkpoints.h"
#include "core/Rng.h"
#include "run/Registry.h"
#include "run/Runner.h"

using namespace tb;

namespace {

// A toy kind: each run is a random walk of uniform(0,1) steps scaled by (run + 1); metric 0 is the walk's
// value, metric 1 its step count. Replicate r draws only from stream (seed, r, run).
class ToySim : public ReplicateSim {
public:
    ToySim(std::uint64_t seed, int r, std::size_t runs, int failAt) : m_failAt(failAt) {
        for (std::size_t k = 0; k < runs; ++k) m_rngs.push_back(makeRng(seed, std::uint64_t(r), k));
        m_sum.assign(runs, 0.0);
        m_r = r;
    }
    bool advance(std::size_t cp, std::int64_t step, std::span<double> out, const std::stop_token&) override {
        if (m_failAt >= 0 && int(cp) == m_failAt && m_r == 3) throw std::runtime_error("boom");
        for (std::size_t k = 0; k < m_sum.size(); ++k) {
            for (std::int64_t t = m_t; t < step; ++t) m_sum[k] += uniform01(m_rngs[k]) * double(k + 1);
            out[k * 2] = m_sum[k];
            out[k * 2 + 1] = double(step);
        }
        m_t = step;
        return true;
    }
    void finalCategories(std::span<double> out) override {
        for (std::size_t k = 0; k < m_sum.size(); ++k) {
            out[k * 2] = m_sum[k];
            out[k * 2 + 1] = double(m_r);
        }
    }

private:
    std::vector<Rng> m_rngs;
    std::vector<double> m_sum;
    std::int64_t m_t = 0;
    int m_r = 0;
    int m_failAt;
};

class ToyExperiment : public Experiment {
public:
    ToyExperiment(std::uint64_t seed, std::int64_t horizon, int failAt)
        : m_seed(seed), m_h(horizon), m_failAt(failAt) {}
    std::vector<RunSpec> runs() const override { return {{"a", {}}, {"b", {}}}; }
    std::vector<std::int64_t> grid() const override { return checkpointGrid(m_h, 50); }
    std::size_t categories() const override { return 2; }
    std::vector<std::string> categoryNames() const override { return {"x", "y"}; }
    std::unique_ptr<ReplicateSim> makeReplicate(int r) const override {
        return std::make_unique<ToySim>(m_seed, r, 2, m_failAt);
    }

private:
    std::uint64_t m_seed;
    std::int64_t m_h;
    int m_failAt;
};

class ToyKind : public Kind {
public:
    std::string name() const override { return "toy"; }
    std::string label() const override { return "Toy"; }
    const ParamSpec& spec() const override { return m_spec; }
    const std::vector<MetricDecl>& metrics() const override { return m_metrics; }
    std::unique_ptr<Experiment> create(const Json&) const override { return nullptr; }

private:
    ParamSpec m_spec;
    std::vector<MetricDecl> m_metrics{{"value", "Value", "", true, "main", MetricScope::Series, "", true},
                                      {"steps", "Steps", "", true, "main", MetricScope::Series, "", false},
                                      {"final", "Final", "", true, "cat", MetricScope::PerCategory, "cat"}};
};

Prepared toy(int replicates, std::int64_t horizon = 5000, int failAt = -1) {
    static ToyKind kind;
    Prepared p;
    p.kind = &kind;
    p.seed = 99;
    p.replicates = replicates;
    p.experiment = std::make_shared<ToyExperiment>(99, horizon, failAt);
    return p;
}

/// Why `s`'s categories are not those of its last checkpoint ("" when they are): the toy's category 0 of
/// metric 0 is the walk's value, metric 0 of the Series.
QString categoriesMismatch(const Snapshot& s) {
    if (s.done == 0) return QStringLiteral("no checkpoint done");
    if (s.categoryDone != s.done)
        return QStringLiteral("categories at checkpoint %1, run at %2").arg(s.categoryDone).arg(s.done);
    if (s.categoryStats.size() != s.runs.size()) return QStringLiteral("no categories");
    for (std::size_t run = 0; run < s.runs.size(); ++run)
        if (!(s.categoryStats[run][0][0] == s.seriesStats[run][0][s.done - 1]))
            return QStringLiteral("run %1: category mean %2, series mean %3")
                .arg(run)
                .arg(s.categoryStats[run][0][0].mean)
                .arg(s.seriesStats[run][0][s.done - 1].mean);
    return {};
}

class CountingObserver : public RunObserver {
public:
    std::function<void(std::size_t)> onCp;
    int checkpoints = 0, finishes = 0;
    std::atomic<int> idles{0}, checkpointsAtIdle{0};
    RunStatus status = RunStatus::Running;
    void onIdle() override {
        checkpointsAtIdle = checkpoints;
        ++idles;
    }
    void onCheckpoint(std::size_t cp, const Snapshot&) override {
        ++checkpoints;
        if (onCp) onCp(cp);
    }
    void onFinish(const Snapshot& s) override {
        ++finishes;
        status = s.status;
    }
};

// The dispatch-protocol probe: a kind whose replicates do O(1) work per checkpoint on a grid of large steps,
// so that every checkpoint is a dispatch of its own (hundreds per run, each over in microseconds: the timing
// in which a late worker could claim a replicate of the next dispatch). Each replicate checks that its
// checkpoints arrive as 0, 1, 2, ... with the grid's step, and its values depend on (seed, replicate,
// checkpoint) only.
class OrderSim : public ReplicateSim {
public:
    OrderSim(std::uint64_t seed, int r, const std::vector<std::int64_t>& grid)
        : m_seed(seed), m_r(r), m_grid(grid) {}
    bool advance(std::size_t cp, std::int64_t step, std::span<double> out, const std::stop_token&) override {
        if (cp != m_next || step != m_grid[cp])
            throw std::logic_error("checkpoint " + std::to_string(cp) + " (step " + std::to_string(step) +
                                   ") arrived when checkpoint " + std::to_string(m_next) + " was due");
        ++m_next;
        Rng g = makeRng(m_seed, std::uint64_t(m_r), cp);
        const double x = uniform01(g);
        m_sum += x;
        out[0] = x;
        out[1] = m_sum;
        return true;
    }

private:
    std::uint64_t m_seed;
    int m_r;
    const std::vector<std::int64_t>& m_grid;
    std::size_t m_next = 0;
    double m_sum = 0;
};

class OrderExperiment : public Experiment {
public:
    OrderExperiment(std::uint64_t seed, std::size_t checkpoints) : m_seed(seed) {
        for (std::size_t c = 1; c <= checkpoints; ++c) m_grid.push_back(std::int64_t(c) << 20);
    }
    std::vector<RunSpec> runs() const override { return {{"order", {}}}; }
    std::vector<std::int64_t> grid() const override { return m_grid; }
    std::unique_ptr<ReplicateSim> makeReplicate(int r) const override {
        return std::make_unique<OrderSim>(m_seed, r, m_grid);
    }

private:
    std::uint64_t m_seed;
    std::vector<std::int64_t> m_grid;
};

class OrderKind : public Kind {
public:
    std::string name() const override { return "order"; }
    std::string label() const override { return "Order probe"; }
    const ParamSpec& spec() const override { return m_spec; }
    const std::vector<MetricDecl>& metrics() const override { return m_metrics; }
    std::unique_ptr<Experiment> create(const Json&) const override { return nullptr; }

private:
    ParamSpec m_spec;
    std::vector<MetricDecl> m_metrics{{"x", "X", "", true, "main", MetricScope::Series, "", true},
                                      {"sum", "Sum", "", true, "main", MetricScope::Series, "", false}};
};

Prepared orderProbe(std::uint64_t seed, int replicates, std::size_t checkpoints) {
    static OrderKind kind;
    Prepared p;
    p.kind = &kind;
    p.seed = seed;
    p.replicates = replicates;
    p.experiment = std::make_shared<OrderExperiment>(seed, checkpoints);
    return p;
}

/// Every aggregate and every per-replicate final value of two snapshots, byte for byte.
bool sameResults(const Snapshot& a, const Snapshot& b) {
    if (a.status != b.status || a.done != b.done || a.seriesStats.size() != b.seriesStats.size())
        return false;
    for (std::size_t run = 0; run < a.seriesStats.size(); ++run)
        for (std::size_t m = 0; m < a.seriesStats[run].size(); ++m) {
            const auto& x = a.seriesStats[run][m];
            const auto& y = b.seriesStats[run][m];
            if (x.size() != y.size() || std::memcmp(x.data(), y.data(), x.size() * sizeof x[0]) != 0)
                return false;
            const auto& f = a.finalValues[run][m];
            const auto& g = b.finalValues[run][m];
            if (f.size() != g.size() || std::memcmp(f.data(), g.data(), f.size() * sizeof f[0]) != 0)
                return false;
        }
    for (std::size_t run = 0; run < a.categoryStats.size(); ++run)
        for (std::size_t m = 0; m < a.categoryStats[run].size(); ++m)
            if (std::memcmp(a.categoryStats[run][m].data(), b.categoryStats[run][m].data(),
                            a.categoryStats[run][m].size() * sizeof(AggStats)) != 0)
                return false;
    return true;
}

/// Repetitions of the stress tests: sanitizer builds (TB_SANITIZE=1 in their ctest run) are 5-20x slower.
int stressRepeats(int full) {
    const char* s = std::getenv("TB_SANITIZE");
    return s && *s == '1' ? std::max(1, full / 8) : full;
}

bool sameBits(const AggStats& a, const AggStats& b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestRun : public QObject {
    Q_OBJECT
private slots:
    void identicalForAnyThreadCount() {
        Runner one(toy(37), {1, 0.0});
        Runner two(toy(37), {2, 0.0});
        Runner four(toy(37), {4, 0.0});
        const auto a = one.run(), b = two.run(), c = four.run();
        QCOMPARE(a->status, RunStatus::Finished);
        QCOMPARE(a->done, a->grid.size());
        for (std::size_t run = 0; run < 2; ++run)
            for (std::size_t m = 0; m < 2; ++m)
                for (std::size_t cp = 0; cp < a->done; ++cp) {
                    QVERIFY(sameBits(a->seriesStats[run][m][cp], b->seriesStats[run][m][cp]));
                    QVERIFY(sameBits(a->seriesStats[run][m][cp], c->seriesStats[run][m][cp]));
                }
        QCOMPARE(a->finalValues, b->finalValues);
        QCOMPARE(a->categoryStats.size(), std::size_t(2));
        QVERIFY(sameBits(a->categoryStats[1][0][1], c->categoryStats[1][0][1]));
    }
    void aggregatesMatchAnIndependentComputation() {
        Runner r(toy(20), {2, 0.0});
        const auto s = r.run();
        // Recompute replicate values directly from the streams, in a different way (one long loop), and
        // compare.
        const std::int64_t T = s->grid.back();
        std::vector<double> finals;
        for (int rep = 0; rep < 20; ++rep) {
            Rng g = makeRng(99, std::uint64_t(rep), 1);
            double sum = 0;
            for (std::int64_t t = 0; t < T; ++t) sum += uniform01(g) * 2.0;
            finals.push_back(sum);
        }
        QCOMPARE(s->finalValues[1][0], finals);
        const AggStats direct = aggregate(finals);
        QVERIFY(sameBits(direct, s->seriesStats[1][0].back()));
        // Walk of uniforms * 2 over T steps: mean T, sd sqrt(T/3); the 20-replicate mean is within 4 se of T.
        QVERIFY(std::abs(direct.mean - double(T)) < 4 * std::sqrt(double(T) / 3.0 / 20.0));
        QCOMPARE(s->stepsDone, T * 2 * 20);
        QCOMPARE(s->categoryStats[0][0][1].mean, 9.5); // mean of replicate indices 0..19
    }
    void stopLeavesAnInterruptedPrefix() {
        Runner r(toy(8), {2, 0.0});
        CountingObserver obs;
        obs.onCp = [&](std::size_t cp) {
            if (cp == 9) r.requestStop();
        };
        const auto s = r.run(&obs);
        QCOMPARE(s->status, RunStatus::Interrupted);
        QCOMPARE(s->done, std::size_t(10));
        QCOMPARE(obs.checkpoints, 10);
        QCOMPARE(obs.finishes, 1);
        QCOMPARE(obs.status, RunStatus::Interrupted);
        QVERIFY(s->categoryStats.empty());
    }
    void pauseAndStep() {
        // Pause set from the observer at checkpoint 2 takes effect at the end of the current dispatch (small
        // early checkpoints are batched); from then on nothing advances until Step, which runs exactly one
        // checkpoint.
        Runner r(toy(4, 100000), {2, 0.0});
        CountingObserver obs;
        obs.onCp = [&](std::size_t cp) {
            if (cp == 2) r.setPaused(true);
        };
        std::shared_ptr<const Snapshot> result;
        std::jthread t([&] { result = r.run(&obs); });
        QTRY_VERIFY(r.latest()->done >= 3);
        QVERIFY(r.isPaused());
        const std::size_t d = r.latest()->done;
        QTest::qWait(100);
        QCOMPARE(r.latest()->done, d); // paused: nothing advances
        QCOMPARE(obs.checkpoints, int(d));
        // Before waiting, the observer heard that the run is idle with every checkpoint reported (the store
        // then writes out what it holds, so other readers see where a paused run stands).
        QVERIFY(obs.idles >= 1);
        QCOMPARE(obs.checkpointsAtIdle.load(), int(d));
        r.step();
        QTRY_COMPARE(r.latest()->done, d + 1);
        r.step();
        r.step();
        QTRY_COMPARE(r.latest()->done, d + 3);
        QTest::qWait(50);
        QCOMPARE(r.latest()->done, d + 3);
        r.setPaused(false);
        t.join();
        QCOMPARE(result->status, RunStatus::Finished);
        QCOMPARE(result->done, result->grid.size());
        QCOMPARE(obs.checkpoints, int(result->grid.size()));
    }
    // Issue 9.5: per-category values (pulls per arm) existed only once a run had finished, so the plot was
    // empty while running, paused or interrupted. A paused run now publishes those of its last checkpoint,
    // and a run stopped between checkpoints keeps them. The toy's category 0 is the walk's value: it must
    // equal the Series metric 0 at that checkpoint bit for bit.
    void pausedAndStoppedRunsCarryTheCategoriesOfTheirLastCheckpoint() {
        Runner r(toy(4, 100000), {2, 0.0});
        CountingObserver obs;
        obs.onCp = [&](std::size_t cp) {
            if (cp == 2) r.setPaused(true);
        };
        std::shared_ptr<const Snapshot> result;
        std::jthread t([&] { result = r.run(&obs); });
        QTRY_VERIFY(r.latest()->done >= 3);
        QVERIFY(r.isPaused());
        QVERIFY2(categoriesMismatch(*r.latest()).isEmpty(), qPrintable(categoriesMismatch(*r.latest())));
        const std::size_t d = r.latest()->done;
        r.step();
        QTRY_COMPARE(r.latest()->done, d + 1);
        QVERIFY2(categoriesMismatch(*r.latest()).isEmpty(), qPrintable(categoriesMismatch(*r.latest())));
        r.requestStop();
        t.join();
        QCOMPARE(result->status, RunStatus::Interrupted);
        QCOMPARE(result->done, d + 1);
        QVERIFY2(categoriesMismatch(*result).isEmpty(), qPrintable(categoriesMismatch(*result)));
        // A finished run: categories of the last checkpoint, as before.
        const auto full = Runner(toy(4, 100000), {2, 0.0}).run();
        QCOMPARE(full->categoryDone, full->grid.size());
        QVERIFY2(categoriesMismatch(*full).isEmpty(), qPrintable(categoriesMismatch(*full)));
    }
    void stopWhilePaused() {
        Runner r(toy(4), {2, 0.0});
        r.setPaused(true);
        std::shared_ptr<const Snapshot> result;
        std::jthread t([&] { result = r.run(); });
        r.requestStop();
        t.join();
        QCOMPARE(result->status, RunStatus::Interrupted);
        QCOMPARE(result->done, std::size_t(0));
    }
    // Issue 8.2: a worker that woke late used to register after the controller stopped waiting and claim a
    // replicate of the next dispatch with the old checkpoint range (2 of 3 000 UCB1 runs differed at 8
    // threads). The probe fails on any out-of-order checkpoint; every run must equal the 1-thread run byte
    // for byte. Threads up to 16 on this 2-core machine make late wake-ups the rule, not the exception.
    void dispatchRaceStressProbe() {
        const int repeats = stressRepeats(60);
        const auto reference = Runner(orderProbe(7, 8, 200), {1, 0.0}).run();
        QCOMPARE(reference->status, RunStatus::Finished);
        int runs = 0;
        for (int rep = 0; rep < repeats; ++rep)
            for (int threads : {2, 3, 4, 5, 8, 12, 16}) {
                const auto s = Runner(orderProbe(7, 8, 200), {threads, 0.0}).run();
                QVERIFY2(s->status == RunStatus::Finished, s->message.c_str());
                QVERIFY2(sameResults(*reference, *s),
                         qPrintable(QString("run %1 with %2 threads differs from the 1-thread run")
                                        .arg(rep)
                                        .arg(threads)));
                ++runs;
            }
        qInfo("%d probe runs of 200 dispatches each, 2-16 threads: all identical to 1 thread", runs);
    }
    void dispatchRaceStressBandit() {
        // The configuration that showed the race: UCB1, 8 replicates, horizon 100.
        const Json config = {{"kind", "bandit"},
                             {"seed", 3},
                             {"replicates", 8},
                             {"horizon", 100},
                             {"environment", {{"type", "bernoulli"}, {"means", {0.2, 0.5, 0.7}}}},
                             {"policies", {{{"type", "ucb1"}}, {{"type", "thompson-beta"}}}}};
        const Prepared p = prepare(config);
        const auto reference = Runner(p, {1, 0.0}).run();
        QCOMPARE(reference->status, RunStatus::Finished);
        const int repeats = stressRepeats(400);
        int runs = 0;
        for (int rep = 0; rep < repeats; ++rep)
            for (int threads : {2, 4, 8, 16}) {
                const auto s = Runner(p, {threads, 0.0}).run();
                QVERIFY2(sameResults(*reference, *s),
                         qPrintable(QString("run %1 with %2 threads differs from the 1-thread run")
                                        .arg(rep)
                                        .arg(threads)));
                ++runs;
            }
        qInfo("%d bandit runs at 2-16 threads: all identical to 1 thread", runs);
    }
    // Issue 8.3: Stop reaches inside a replicate's advance. At horizon 10^10 one checkpoint is ~5·10^7 rounds
    // per replicate (seconds); after requestStop() each replicate may play at most the rest of one 4
    // 096-round slice, counted here through the pull hook (a count, not a clock).
    void stopReachesInsideAdvance() {
        const Json config = {{"kind", "bandit"},
                             {"seed", 1},
                             {"replicates", 2},
                             {"horizon", 10000000000LL},
                             {"environment", {{"type", "bernoulli"}, {"means", {0.2, 0.5}}}},
                             {"policies", {{{"type", "kl-ucb"}}}}};
        const Prepared p = prepare(config);
        const auto* ex = dynamic_cast<const bandit::BanditExperiment*>(p.experiment.get());
        QVERIFY(ex);
        std::stop_source stop;
        std::atomic<std::int64_t> pulls{0}, afterStop{0};
        auto sim = ex->makeReplicateWithHook(0, [&](std::size_t, std::int64_t, int, double) {
            if (++pulls == 100000) stop.request_stop();
            if (stop.stop_requested()) ++afterStop;
        });
        std::vector<double> out(4);
        const auto grid = p.experiment->grid();
        bool reached = true;
        std::size_t cp = 0;
        for (; cp < grid.size() && reached; ++cp) reached = sim->advance(cp, grid[cp], out, stop.get_token());
        QVERIFY(!reached);
        QVERIFY2(afterStop <= 4096, qPrintable(QString::number(afterStop.load())));
        QVERIFY(pulls < 100000 + 4096);
    }
    void stopLandsWithinOneSliceThroughTheRunner() {
        // The same through the Runner and its threads: Stop from another thread during the first, huge
        // checkpoint ends the run interrupted with nothing recorded, long before the checkpoint's 5·10^7
        // rounds.
        const Json config = {{"kind", "bandit"},
                             {"seed", 1},
                             {"replicates", 4},
                             {"horizon", 10000000000LL},
                             {"environment", {{"type", "bernoulli"}, {"means", {0.2, 0.5}}}},
                             {"policies", {{{"type", "ucb1"}}}}};
        Runner r(prepare(config), {2, 0.0});
        std::shared_ptr<const Snapshot> result;
        std::jthread t([&] { result = r.run(); });
        QTest::qWait(50);
        r.requestStop();
        t.join();
        QCOMPARE(result->status, RunStatus::Interrupted);
        QVERIFY(result->done < result->grid.size());
    }
    void replicateFailureEndsTheRunWithAReason() {
        Runner r(toy(6, 5000, 4), {2, 0.0});
        CountingObserver obs;
        const auto s = r.run(&obs);
        QCOMPARE(s->status, RunStatus::Failed);
        QVERIFY2(s->message.find("replicate 3: boom") != std::string::npos, s->message.c_str());
        QVERIFY(s->done <= 4); // the failing checkpoint and any batched after it are not aggregated
        QCOMPARE(obs.status, RunStatus::Failed);
    }
};

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"

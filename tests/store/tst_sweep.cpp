// Sweeps (issue 13.1): planning and validation at JSON paths, cells bit-identical to runs of the cells'
// configs whatever the thread count, one experiment per sweep, interruption (a stop, a SIGKILLed CLI) and
// resume running only the missing cells, the curve over a parameter pooled over seeds, and the CLI.
#include <QtTest>

#include <cmath>
#include <cstring>
#include <set>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "core/Stats.h"
#include "run/Registry.h"
#include "run/Runner.h"
#include "run/Sweep.h"
#include "store/RunStore.h"
#include "store/SweepRunner.h"

using namespace tb;

namespace {

Json baseConfig(int horizon = 1000, int replicates = 6) {
    Json j = Json::parse(R"({"kind":"bandit","name":"sweep test","seed":11,"replicates":6,"horizon":1000,
        "environment":{"type":"bernoulli","means":[0.2,0.5,0.7]},
        "policies":[{"type":"ucb1"},{"type":"epsilon-greedy","epsilon":0.1}]})");
    j["horizon"] = horizon;
    j["replicates"] = replicates;
    return j;
}

Json withSweep(Json config, const char* block) {
    config["sweep"] = Json::parse(block);
    return config;
}

/// The issues' texts, one per line.
std::string issuesOf(const Json& config) {
    std::string out;
    for (const auto& i : validateSweep(config)) out += i.toString() + "\n";
    return out;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

/// Every replicate's final pseudo-regret of every run of `config`, run alone.
std::vector<std::vector<double>> runAlone(const Json& config, int threads) {
    Runner runner(prepare(config), Runner::Options{threads, 0.0});
    auto snap = runner.run();
    int m = 0;
    for (std::size_t k = 0; k < snap->series.size(); ++k)
        if (snap->series[k].name == "pseudo_regret") m = int(k);
    std::vector<std::vector<double>> out;
    for (const auto& run : snap->finalValues) out.push_back(run[std::size_t(m)]);
    return out;
}

QString tempPath(const QString& name) {
    return QDir::temp().filePath(QStringLiteral("tb-sweep-%1-%2").arg(getpid()).arg(name));
}

void removeStore(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(path + suffix);
}

struct ProcResult {
    int code = -1;
    QString out, err;
};

ProcResult cli(const QStringList& args) {
    QProcess p;
    p.start(TB_CLI_PATH, args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestSweep : public QObject {
    Q_OBJECT
private slots:
    void plansValuesRangesAndSeeds() {
        const SweepPlan lin = planSweep(withSweep(
            baseConfig(),
            R"({"parameters":[{"path":"policies[1].epsilon","range":{"from":0.1,"to":0.5,"count":5}}]})"));
        QCOMPARE(lin.cells(), std::size_t(5));
        QCOMPARE(lin.metric, std::string("pseudo_regret")); // the kind's headline
        const std::vector<double> expect = {0.1, 0.2, 0.3, 0.4, 0.5};
        QCOMPARE(lin.axisNumbers(0), expect);
        QCOMPARE(lin.cellConfig(2)["policies"][1]["epsilon"].get<double>(), 0.3);
        QCOMPARE(lin.axes[0].label, std::string("ε"));
        // Log range: ends exact, inner points equal ratios rounded to 4 significant digits.
        const SweepPlan lg = planSweep(withSweep(
            baseConfig(),
            R"({"parameters":[{"path":"policies[1].epsilon","range":{"from":0.001,"to":1,"count":4,"scale":"log"}}]})"));
        QCOMPARE(lg.axisNumbers(0), (std::vector<double>{0.001, 0.01, 0.1, 1}));
        QVERIFY(lg.axes[0].log);
        // An integer parameter: rounded, duplicates dropped.
        const SweepPlan h = planSweep(
            withSweep(baseConfig(),
                      R"({"parameters":[{"path":"horizon","range":{"from":1000,"to":1002,"count":5}}]})"));
        QCOMPARE(h.cells(), std::size_t(3));
        QVERIFY(h.cellConfig(1)["horizon"].is_number_integer());
        // Two axes, row-major with the last fastest; a list item; every cell its own seed.
        const SweepPlan two = planSweep(withSweep(baseConfig(), R"({"parameters":[
            {"path":"environment.means[0]","values":[0.1,0.3]},{"path":"policies[1].epsilon","values":[0.05,0.2,0.4]}]})"));
        QCOMPARE(two.cells(), std::size_t(6));
        QCOMPARE(two.coords(4), (std::vector<std::size_t>{1, 1}));
        QCOMPARE(two.cellConfig(4)["environment"]["means"][0].get<double>(), 0.3);
        QCOMPARE(two.cellConfig(4)["policies"][1]["epsilon"].get<double>(), 0.2);
        QCOMPARE(two.cellText(4), std::string("means[0]=0.3, epsilon=0.2"));
        std::set<std::uint64_t> seeds;
        for (std::size_t c = 0; c < two.cells(); ++c) seeds.insert(two.cellSeed(c));
        QCOMPARE(seeds.size(), std::size_t(6));
        QCOMPARE(two.cellConfig(4)["seed"].get<std::uint64_t>(), two.cellSeed(4));
        // Seeds: the seed is the axis's value, the same for every value of the other axis.
        const SweepPlan s = planSweep(
            withSweep(baseConfig(),
                      R"({"parameters":[{"path":"policies[1].epsilon","values":[0.05,0.2]},{"seeds":3}]})"));
        QVERIFY(s.axes[1].seeds);
        QCOMPARE(s.cellSeed(1), s.cellSeed(4));
        QVERIFY(s.cellSeed(0) != s.cellSeed(1));
        QVERIFY(sweepIsLine(s));
        QCOMPARE(sweepLineAxis(s), std::size_t(0));
        // Explicit seeds keep every bit of a 64-bit seed.
        const SweepPlan e = planSweep(withSweep(
            baseConfig(), R"({"parameters":[{"path":"seed","values":[18446744073709551615, 3]}]})"));
        QCOMPARE(e.cellSeed(0), std::uint64_t(18446744073709551615ull));
    }

    void reportsProblemsAtTheirJsonPaths() {
        const auto bad = [](const char* block) { return issuesOf(withSweep(baseConfig(), block)); };
        QCOMPARE(bad(R"({"parameters":[{"path":"policies[1].epsilon","values":[0.1,1.5,0.2]}]})"),
                 std::string("sweep.parameters[0].values[1]: the value 1.5 gives a config that is not valid: "
                             "policies[1].epsilon: 1.5 is outside [0, 1]\n"));
        QVERIFY(bad(R"({"parameters":[{"path":"policies[7].epsilon","values":[0.1]}]})")
                    .starts_with("sweep.parameters[0].path: 'policies[7].epsilon' names no value"));
        QVERIFY(bad(R"({"parameters":[{"path":"policies[0].type","values":[1]}]})")
                    .starts_with("sweep.parameters[0].path: 'policies[0].type' is not a number"));
        QVERIFY(bad(R"({"parameters":[{"path":"policies..x","values":[1]}]})")
                    .starts_with("sweep.parameters[0].path: 'policies..x' is not a JSON path"));
        QVERIFY(bad(R"({"parameters":[{"path":"replicates","values":[5]}]})")
                    .starts_with("sweep.parameters[0].path: 'replicates' cannot be swept"));
        QVERIFY(bad(R"({"parameters":[{"path":"horizon","values":[5],"range":{"from":1,"to":2,"count":2}}]})")
                    .starts_with("sweep.parameters[0]: give exactly one of values, range or seeds"));
        QVERIFY(bad(R"({"parameters":[{"path":"horizon","valuez":[5]}]})")
                    .starts_with("sweep.parameters[0].valuez"));
        QVERIFY(bad(R"({"parameters":[]})").starts_with("sweep.parameters"));
        QVERIFY(
            bad(R"({"parameters":[{"path":"policies[1].epsilon","range":{"from":0,"to":1,"count":3,"scale":"log"}}]})")
                .starts_with("sweep.parameters[0].range: a log range needs from > 0"));
        QVERIFY(bad(R"({"parameters":[{"path":"horizon","values":[10]}],"metric":"nope"})")
                    .starts_with("sweep.metric: 'nope' is not a Series metric"));
        QVERIFY(bad(R"({"parameters":[{"path":"horizon","values":[10]},{"path":"horizon","values":[20]}]})")
                    .starts_with("sweep.parameters[1].path: sweeps the same parameter"));
        QVERIFY(
            bad(R"({"parameters":[{"path":"environment.means[0]","range":{"from":0.1,"to":0.9,"count":1000}},
                        {"path":"policies[1].epsilon","range":{"from":0.1,"to":0.9,"count":11}}]})")
                .find("cells; a sweep has at most 10000") != std::string::npos);
        // The base config's own problems, at their own paths.
        Json base = withSweep(baseConfig(), R"({"parameters":[{"path":"horizon","values":[10]}]})");
        base["replicates"] = 0;
        QVERIFY(issuesOf(base).starts_with("replicates:"));
        // The whole sweep against the limits: 1000 cells of a run that takes hours each.
        Json huge = withSweep(
            baseConfig(1000000000, 1000),
            R"({"parameters":[{"path":"policies[1].epsilon","range":{"from":0.1,"to":0.9,"count":1000}}]})");
        QVERIFY(issuesOf(huge).find("the whole sweep (1000 cells) needs about") != std::string::npos);
        // A parameter that moves the checkpoint grid: refused before anything runs.
        try {
            SweepRunner r(planSweep(withSweep(baseConfig(),
                                              R"({"parameters":[{"path":"horizon","values":[500,1000]}]})")),
                          nullptr, {});
            QFAIL("expected an InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.issues().front().path, std::string("sweep.parameters[0].path"));
            QVERIFY(std::string(e.what()).find("changes the checkpoint grid") != std::string::npos);
        }
    }

    /// Every cell's values are those of its config run alone, bit for bit, for 1 and 2 threads; the sweep
    /// is one experiment whose runs are the cells' runs.
    void cellsAreBitIdenticalToTheirRuns() {
        const QString path = tempPath("bits.sqlite");
        removeStore(path);
        const Json config = withSweep(baseConfig(), R"({"parameters":[
            {"path":"environment.means[0]","values":[0.1,0.6]},{"path":"policies[1].epsilon","values":[0.05,0.3]}]})");
        RunStore store(path.toStdString());
        std::vector<std::vector<std::vector<double>>> byThreads[2];
        for (int t = 1; t <= 2; ++t) {
            SweepRunner::Options o;
            o.threads = t;
            SweepRunner sweep(planSweep(config), &store, o);
            QCOMPARE(sweep.run(), RunStatus::Finished);
            QVERIFY(sweep.experimentId() > 0);
            const auto row = store.experiment(sweep.experimentId());
            QCOMPARE(row->status, RunStatus::Finished);
            QCOMPARE(row->runCount, 8);
            QCOMPARE(row->seed, std::uint64_t(11));
            QCOMPARE(row->checkpointsDone, row->checkpointsTotal);
            const auto runs = store.runs(sweep.experimentId());
            QCOMPARE(runs.size(), std::size_t(8));
            QCOMPARE(runs[5].sweepCell, 2);
            QCOMPARE(runs[5].label, std::string("ε-greedy (ε=0.05) · means[0]=0.6, epsilon=0.05"));
            for (std::size_t c = 0; c < 4; ++c) {
                const auto alone = runAlone(sweep.plan().cellConfig(c), 2);
                QCOMPARE(sweep.cells()[c].finals.size(), alone.size());
                for (std::size_t v = 0; v < alone.size(); ++v) {
                    QVERIFY(sameBits(sweep.cells()[c].finals[v], alone[v]));
                    QVERIFY(sameBits(store.finalValues(runs[c * 2 + v].id, "pseudo_regret"), alone[v]));
                }
                byThreads[t - 1].push_back(sweep.cells()[c].finals);
            }
            QCOMPARE(store.sweepCells(sweep.experimentId()).size(), std::size_t(4));
        }
        QVERIFY(byThreads[0] == byThreads[1]);
        removeStore(path);
    }

    /// A stop keeps the finished cells; resume runs only the missing ones and gives what an uninterrupted
    /// sweep gives. Resuming a complete sweep or a plain run is refused.
    void stopThenResumeRunsOnlyTheMissingCells() {
        const QString path = tempPath("resume.sqlite");
        removeStore(path);
        const Json config =
            withSweep(baseConfig(20000, 8),
                      R"({"parameters":[{"path":"policies[1].epsilon","values":[0.02,0.05,0.1,0.2,0.4]}]})");
        RunStore store(path.toStdString());
        SweepRunner reference(planSweep(config), nullptr, {});
        QCOMPARE(reference.run(), RunStatus::Finished);

        std::int64_t id = 0;
        {
            SweepRunner sweep(planSweep(config), &store, {});
            std::jthread stopper([&](std::stop_token st) {
                while (!st.stop_requested() && sweep.progress().cellsDone < 2)
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                sweep.requestStop();
            });
            QCOMPARE(sweep.run(), RunStatus::Interrupted);
            id = sweep.experimentId();
            QVERIFY(sweep.message().find("cells finished and are kept") != std::string::npos);
        }
        auto cells = store.sweepCells(id);
        int finished = 0;
        for (const auto& c : cells) finished += c.status == RunStatus::Finished;
        QVERIFY(finished >= 2 && finished < 5);
        QCOMPARE(store.experiment(id)->status, RunStatus::Interrupted);

        auto resumed = SweepRunner::resume(store, id, {});
        QCOMPARE(resumed->run(), RunStatus::Finished);
        QCOMPARE(int(resumed->cellsRun()), 5 - finished);
        for (std::size_t c = 0; c < 5; ++c)
            QVERIFY(resumed->cells()[c].finals == reference.cells()[c].finals);
        QCOMPARE(store.runs(id).size(), std::size_t(10)); // no leftovers of the interrupted cell
        QCOMPARE(store.experiment(id)->status, RunStatus::Finished);
        QCOMPARE(store.experiment(id)->checkpointsDone, store.experiment(id)->checkpointsTotal);
        // What the store kept equals the reference too.
        for (const auto& run : store.runs(id))
            QVERIFY(
                sameBits(store.finalValues(run.id, "pseudo_regret"),
                         reference.cells()[std::size_t(run.sweepCell)].finals[std::size_t(run.index % 2)]));

        QVERIFY_THROWS_EXCEPTION(InputError, SweepRunner::resume(store, id, {}));
        {
            Runner runner(prepare(baseConfig()), Runner::Options{1, 0.0});
            auto rec = store.recorder(0.0);
            runner.run(rec.get());
            QVERIFY_THROWS_EXCEPTION(InputError, SweepRunner::resume(store, rec->experimentId(), {}));
        }
        removeStore(path);
    }

    /// A sweep whose process is killed: the store marks it interrupted, the finished cells are intact and a
    /// resume completes it with the values of an uninterrupted sweep.
    void killedSweepResumes() {
        const QString path = tempPath("killed.sqlite");
        removeStore(path);
        const Json config = withSweep(
            baseConfig(100000, 8),
            R"({"parameters":[{"path":"policies[1].epsilon","values":[0.02,0.05,0.1,0.2,0.4,0.6]}]})");
        QProcess p;
        p.start(TB_CLI_PATH,
                {"sweep", QString::fromStdString(config.dump()), "--db", path, "--threads", "1"});
        QVERIFY(p.waitForStarted());
        // Wait until two cells are finished, then SIGKILL.
        bool two = false;
        for (int i = 0; i < 600 && !two; ++i) {
            QThread::msleep(50);
            sqlite3* db = nullptr;
            if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
                sqlite3_stmt* s = nullptr;
                if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sweep_cells WHERE status = 'finished'", -1,
                                       &s, nullptr) == SQLITE_OK &&
                    sqlite3_step(s) == SQLITE_ROW)
                    two = sqlite3_column_int(s, 0) >= 2;
                sqlite3_finalize(s);
            }
            sqlite3_close(db);
        }
        QVERIFY(two);
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        RunStore store(path.toStdString());
        const auto list = store.listExperiments();
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0].status, RunStatus::Interrupted);
        auto resumed = SweepRunner::resume(store, list[0].id, {});
        QCOMPARE(resumed->run(), RunStatus::Finished);
        QVERIFY(resumed->cellsRun() <= 4);
        SweepRunner reference(planSweep(config), nullptr, {});
        QCOMPARE(reference.run(), RunStatus::Finished);
        for (std::size_t c = 0; c < 6; ++c)
            QVERIFY(resumed->cells()[c].finals == reference.cells()[c].finals);
        removeStore(path);
    }

    /// The line over a parameter pools the replicates of every seed; its interval is the t interval of the
    /// pooled values (core/Stats.h aggregate, checked against the hand formula).
    void curvePoolsSeeds() {
        const Json config =
            withSweep(baseConfig(500, 5),
                      R"({"parameters":[{"path":"policies[1].epsilon","values":[0.05,0.5]},{"seeds":3}]})");
        SweepRunner sweep(planSweep(config), nullptr, {});
        QCOMPARE(sweep.run(), RunStatus::Finished);
        const SweepCurve curve = sweepCurve(sweep.plan(), sweep.cells());
        QCOMPARE(curve.x, (std::vector<double>{0.05, 0.5}));
        QCOMPARE(curve.variants.size(), std::size_t(2));
        QCOMPARE(curve.n[1][1], 15);
        std::vector<double> pooled;
        for (std::size_t c = 3; c < 6; ++c)
            pooled.insert(pooled.end(), sweep.cells()[c].finals[1].begin(), sweep.cells()[c].finals[1].end());
        double mean = 0;
        for (double x : pooled) mean += x;
        mean /= double(pooled.size());
        double ss = 0;
        for (double x : pooled) ss += (x - mean) * (x - mean);
        const double half = studentTQuantile(0.975, 14) * std::sqrt(ss / 14 / 15);
        QVERIFY(std::fabs(curve.mean[1][1] - mean) < 1e-9 * std::max(1.0, std::fabs(mean)));
        QVERIFY(std::fabs((curve.high[1][1] - curve.low[1][1]) / 2 - half) < 1e-9 * std::max(1.0, half));
        // ε = 0.5 explores far more than 0.05 on this 3-arm problem: its regret is larger.
        QVERIFY(curve.mean[1][1] > curve.mean[1][0]);
    }

    void cliRunsValidatesAndResumes() {
        const QString path = tempPath("cli.sqlite");
        removeStore(path);
        const QString config = QString::fromStdString(baseConfig(800, 4).dump());
        // A bad value: exit code 2, the sweep's JSON path in the message, nothing stored.
        auto bad = cli({"sweep", config, "--db", path, "--sweep",
                        R"({"parameters":[{"path":"policies[1].epsilon","values":[0.1,2]}]})"});
        QCOMPARE(bad.code, 2);
        QVERIFY2(
            bad.err.contains("sweep.parameters[0].values[1]: the value 2 gives a config that is not valid"),
            qPrintable(bad.err));
        QVERIFY(!QFile::exists(path));
        auto none = cli({"sweep", config, "--db", path});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains("sweep: is required"));
        // `run` on a sweep config says what to do instead.
        const QString sweepConfig = QString::fromStdString(
            withSweep(baseConfig(800, 4),
                      R"({"parameters":[{"path":"policies[1].epsilon","values":[0.1,0.3]}]})")
                .dump());
        auto run = cli({"run", sweepConfig, "--db", path});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("this config is a sweep: run it with `trialbench-cli sweep`"));
        // A good sweep, as JSON.
        auto ok = cli({"sweep", sweepConfig, "--db", path, "--json"});
        QCOMPARE(ok.code, 0);
        const Json out = Json::parse(ok.out.toStdString());
        QCOMPARE(out["status"].get<std::string>(), std::string("finished"));
        QCOMPARE(out["cells_total"].get<int>(), 2);
        QCOMPARE(out["axes"][0]["path"].get<std::string>(), std::string("policies[1].epsilon"));
        QCOMPARE(out["cells"][1]["runs"].size(), std::size_t(2));
        QCOMPARE(out["cells"][1]["runs"][1]["n"].get<int>(), 4);
        const std::int64_t id = out["experiment_id"].get<std::int64_t>();
        // Its cells are browsable runs of one experiment.
        auto show = cli({"show", QString::number(id), "--db", path});
        QCOMPARE(show.code, 0);
        QVERIFY2(show.out.contains("epsilon=0.3"), qPrintable(show.out));
        // Nothing to resume in a complete sweep: exit 2.
        auto again = cli({"sweep", "--resume", QString::number(id), "--db", path});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains("is complete"));
        removeStore(path);
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"

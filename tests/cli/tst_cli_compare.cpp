// trialbench-cli compare: the verdict table of stored runs (experiment and run ids), its JSON shape, its
// numbers against the engine's tests on the values read back from the store, reproducible bootstrap
// intervals, and every bad input reported precisely with exit code 2.
#include <QtTest>

#include <set>

#include "stats/Holm.h"
#include "stats/MannWhitney.h"
#include "stats/Welch.h"
#include "store/RunStore.h"

using namespace tb;

namespace {

struct CompareResult {
    int code = -1;
    QByteArray out, err;
};

/// A short bandit experiment: UCB1, Thompson sampling and epsilon-greedy, 8 replicates.
std::string compareBanditConfig(int seed, int replicates) {
    Json j = {{"kind", "bandit"},
              {"name", "compare test"},
              {"seed", seed},
              {"replicates", replicates},
              {"horizon", 2000},
              {"environment", {{"type", "bernoulli"}, {"means", {0.1, 0.5, 0.8}}}},
              {"policies",
               Json::array({{{"type", "ucb1"}}, {{"type", "thompson-beta"}}, {{"type", "epsilon-greedy"}}})}};
    return j.dump();
}

std::set<std::string> compareKeys(const Json& j) {
    std::set<std::string> k;
    for (auto it = j.begin(); it != j.end(); ++it) k.insert(it.key());
    return k;
}

} // namespace

class TestCliCompare : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::int64_t m_bandit = 0, m_bandit2 = 0, m_single = 0, m_survival = 0;

    CompareResult cli(const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("TRIALBENCH_DB", m_db); // never the user's store
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TB_CLI_PATH), args);
        if (!p.waitForFinished(600000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    std::int64_t run(const std::string& config) {
        const CompareResult r = cli({"run", QString::fromStdString(config), "--json"});
        if (r.code != 0) qWarning("%s", r.err.constData());
        return r.code == 0 ? Json::parse(r.out.toStdString())["experiment_id"].get<std::int64_t>() : 0;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.path() + "/compare.sqlite";
        m_bandit = run(compareBanditConfig(3, 8));
        m_bandit2 = run(compareBanditConfig(4, 8));
        m_single = run(compareBanditConfig(5, 1));
        m_survival = run(R"({"kind": "survival", "seed": 1, "replicates": 3, "tasks": 200,
                             "subjects": [{"type": "zeta", "a": 2.5}, {"type": "zeta", "a": 3.5}],
                             "analysis": {"bootstrap": 10, "levelBootstrap": 10}})");
        QVERIFY(m_bandit > 0 && m_bandit2 > 0 && m_single > 0 && m_survival > 0);
    }

    void help() {
        const CompareResult r = cli({"compare", "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Usage: trialbench-cli compare ID..."));
        QVERIFY(r.out.contains("run:N"));
        QVERIFY(cli({"--help"}).out.contains("compare"));
    }

    void jsonShapeAndNumbersMatchTheEngine() {
        const CompareResult r = cli({"compare", QString::number(m_bandit), "--json", "--bootstrap", "300"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(compareKeys(j), (std::set<std::string>{"alpha", "bootstrap", "lower_is_better", "metric",
                                                        "metric_label", "pairs", "runs"}));
        QCOMPARE(j["metric"].get<std::string>(), std::string("pseudo_regret")); // the bandit headline
        QCOMPARE(j["alpha"].get<double>(), 0.05);
        QCOMPARE(j["bootstrap"]["resamples"].get<int>(), 300);
        QCOMPARE(j["runs"].size(), std::size_t(3));
        QCOMPARE(j["pairs"].size(), std::size_t(3)); // (0,1), (0,2), (1,2)
        QCOMPARE(compareKeys(j["runs"][0]),
                 (std::set<std::string>{"experiment_id", "label", "mean", "missing", "n", "run_id", "sd"}));
        QCOMPARE(compareKeys(j["pairs"][0]),
                 (std::set<std::string>{"a", "b", "better", "difference", "difference_ci", "hedges_g",
                                        "hedges_g_ci", "mann_whitney", "mean_a", "mean_b", "superiority",
                                        "superiority_ci", "verdict", "verdict_mann_whitney", "welch"}));

        // The same tests computed here on the values read back from the store.
        RunStore store(m_db.toStdString(), RunStore::Mode::ReadOnly);
        const auto runs = store.runs(m_bandit);
        QCOMPARE(runs.size(), std::size_t(3));
        std::vector<std::vector<double>> values;
        for (const auto& run : runs) values.push_back(store.finalValues(run.id, "pseudo_regret"));
        std::vector<double> welchP;
        const int pairIndex[3][2] = {{0, 1}, {0, 2}, {1, 2}};
        for (int k = 0; k < 3; ++k) {
            const auto& a = values[std::size_t(pairIndex[k][0])];
            const auto& b = values[std::size_t(pairIndex[k][1])];
            const Json& p = j["pairs"][std::size_t(k)];
            QCOMPARE(p["a"].get<std::int64_t>(), runs[std::size_t(pairIndex[k][0])].id);
            QCOMPARE(p["b"].get<std::int64_t>(), runs[std::size_t(pairIndex[k][1])].id);
            const auto w = stats::welchTest(a, b);
            QCOMPARE(p["welch"]["p"].get<double>(), w.p);
            QCOMPARE(p["difference"].get<double>(), w.difference);
            QCOMPARE(p["mann_whitney"]["p"].get<double>(), stats::mannWhitney(a, b).p);
            welchP.push_back(w.p);
            // The verdict follows the Holm-adjusted Welch p and the sign of the difference; lower regret is
            // better.
            const double holm = p["welch"]["p_holm"].get<double>();
            const std::string verdict = p["verdict"].get<std::string>();
            if (holm < 0.05) {
                QCOMPARE(verdict, std::string(w.difference > 0 ? "larger" : "smaller"));
                QCOMPARE(p["better"].get<std::int64_t>(),
                         runs[std::size_t(pairIndex[k][w.difference > 0 ? 1 : 0])].id);
            } else {
                QCOMPARE(verdict, std::string("equal"));
                QVERIFY(p["better"].is_null());
            }
            // Intervals hold their point estimates.
            QVERIFY(p["difference_ci"][0].get<double>() <= w.difference &&
                    w.difference <= p["difference_ci"][1].get<double>());
        }
        const auto holm = stats::holmAdjust(welchP);
        for (std::size_t k = 0; k < 3; ++k) QCOMPARE(j["pairs"][k]["welch"]["p_holm"].get<double>(), holm[k]);
        // UCB1 (pair 0's A) has far more regret than Thompson sampling over 2 000 pulls.
        QCOMPARE(j["pairs"][0]["verdict"].get<std::string>(), std::string("larger"));

        // Reproducible: the bootstrap is seeded (--seed 1 by default).
        QCOMPARE(cli({"compare", QString::number(m_bandit), "--json", "--bootstrap", "300"}).out, r.out);
        const CompareResult other =
            cli({"compare", QString::number(m_bandit), "--json", "--bootstrap", "300", "--seed", "2"});
        QCOMPARE(other.code, 0);
        QVERIFY(other.out != r.out);
    }

    void runIdsAcrossExperimentsAndTheTable() {
        RunStore store(m_db.toStdString(), RunStore::Mode::ReadOnly);
        const auto a = store.runs(m_bandit), b = store.runs(m_bandit2);
        // UCB1 of two experiments: the same label, so the table names them by run.
        const CompareResult r =
            cli({"compare", "run:" + QString::number(a[0].id), "run:" + QString::number(b[0].id), "--alpha",
                 "0.01", "--metric", "realized_regret"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("metric realized_regret"));
        QVERIFY(r.out.contains(QByteArray("UCB1 (run ") + QByteArray::number(qlonglong(a[0].id)) + ")"));
        QVERIFY(r.out.contains("Welch p"));
        QVERIFY(r.out.contains("Hedges g [95% CI]"));
        QVERIFY(r.out.contains("< 0.01"));
        // An experiment and a run of another one.
        const CompareResult mixed = cli({"compare", QString::number(m_bandit),
                                         "run:" + QString::number(b[1].id), "--json", "--bootstrap", "50"});
        QCOMPARE(mixed.code, 0);
        QCOMPARE(Json::parse(mixed.out.toStdString())["pairs"].size(), std::size_t(6));
    }

    void badInputExitsWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown experiment") << QStringList{"compare", "999"} << "no experiment 999 in";
        QTest::newRow("unknown run") << QStringList{"compare", "run:999"} << "no run 999 in";
        QTest::newRow("bad run id") << QStringList{"compare", "run:x"} << "'run:x' is not a run id";
        QTest::newRow("bad id") << QStringList{"compare", "abc"} << "'abc' is not an experiment id";
        QTest::newRow("no id") << QStringList{"compare"} << "needs ID...";
        QTest::newRow("bad alpha") << QStringList{"compare", "1", "--alpha", "0.7"} << "--alpha: '0.7'";
        QTest::newRow("bad bootstrap") << QStringList{"compare", "1", "--bootstrap", "0"} << "--bootstrap";
        QTest::newRow("bad seed") << QStringList{"compare", "1", "--seed", "-3"} << "--seed: '-3'";
    }
    void badInputExitsWithTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CompareResult r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badStoredInputExitsWithTwo() {
        RunStore store(m_db.toStdString(), RunStore::Mode::ReadOnly);
        const auto a = store.runs(m_bandit);
        const QString e = QString::number(m_bandit);
        auto check = [&](const QStringList& args, const QByteArray& message) {
            const CompareResult r = cli(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(message), r.err.constData());
        };
        // The same run twice.
        check({"compare", e, "run:" + QString::number(a[0].id)},
              "run " + QByteArray::number(qlonglong(a[0].id)) + " (UCB1, experiment " + e.toUtf8() +
                  ") is given twice");
        // One run only.
        check({"compare", "run:" + QString::number(a[0].id)},
              "compare needs at least 2 runs, the ids given hold 1");
        // One replicate.
        check({"compare", QString::number(m_single)},
              "has 1 replicate value of 'pseudo_regret'; a comparison "
              "needs at least 2 per run");
        // A metric the kind does not have.
        check({"compare", e, "--metric", "nope"},
              "--metric: experiment " + e.toUtf8() +
                  " (bandit) has no per-replicate metric 'nope' (available: "
                  "pseudo_regret");
        // Mixed kinds.
        check({"compare", e, QString::number(m_survival)},
              "cannot compare runs of different kinds: experiment " + e.toUtf8() + " is bandit, experiment " +
                  QByteArray::number(qlonglong(m_survival)) + " is survival");
        // A missing store: nothing is created.
        const QString missing = m_dir.path() + "/missing.sqlite";
        check({"compare", "1", "--db", missing}, "no experiment 1 in");
        QVERIFY(!QFile::exists(missing));
    }

    void survivalRunsCompareOnTheirHeadline() {
        const CompareResult r = cli({"compare", QString::number(m_survival), "--json", "--bootstrap", "50"});
        QCOMPARE(r.code, 0);
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j["metric"].get<std::string>(), std::string("mean_failures"));
        QCOMPARE(j["pairs"].size(), std::size_t(1));
        QCOMPARE(j["pairs"][0]["mann_whitney"]["method"].get<std::string>(), std::string("exact"));
    }

    /// AdaStop as a run mode: a clear difference is decided at the first batches and the run stops early;
    /// identical variants are declared equal after K batches; the batches are stored and tagged, the
    /// decisions written to the first one's notes; the same command gives the same decisions; bad input exits
    /// with 2.
    void adaStopRunMode() {
        // Uniform exploration (ε = 1) against UCB1 on well separated arms: ~10x the regret.
        Json clear = Json::parse(compareBanditConfig(7, 1));
        clear["policies"] = Json::array({{{"type", "ucb1"}}, {{"type", "epsilon-greedy"}, {"epsilon", 1.0}}});
        const CompareResult r = cli({"adastop", QString::fromStdString(clear.dump()), "--n", "5",
                                     "--interims", "6", "--alpha", "0.05", "--json"});
        QCOMPARE(r.code, 0);
        const Json out = Json::parse(r.out.toStdString());
        QCOMPARE(out["pairs"].size(), std::size_t(1));
        QCOMPARE(out["pairs"][0]["decision"].get<std::string>(), std::string("smaller")); // UCB1's regret
        QCOMPARE(out["pairs"][0]["verdict"].get<std::string>(), std::string("A better"));
        QVERIFY(out["interims_run"].get<int>() <= 2); // stopped early, not after 6 batches
        const auto ids = out["experiment_ids"].get<std::vector<std::int64_t>>();
        QCOMPARE(ids.size(), out["interims_run"].get<std::size_t>());
        {
            RunStore store(m_db.toStdString(), RunStore::Mode::ReadOnly);
            const auto first = store.experiment(ids.front());
            QVERIFY(first.has_value());
            QVERIFY(std::find(first->tags.begin(), first->tags.end(),
                              "adastop=" + std::to_string(ids.front())) != first->tags.end());
            QVERIFY(std::find(first->tags.begin(), first->tags.end(), std::string("interim=1")) !=
                    first->tags.end());
            QVERIFY2(first->notes.find("smaller (interim") != std::string::npos, first->notes.c_str());
            // Batch 1 is an ordinary run of its own config: n replicates, its own seed.
            const Json batch = store.config(ids.front());
            QCOMPARE(batch["replicates"].get<int>(), 5);
            QVERIFY(batch["seed"].get<std::uint64_t>() != 7u);
        }
        // The same command, not stored: the same decisions and values.
        const CompareResult again = cli({"adastop", QString::fromStdString(clear.dump()), "--n", "5",
                                         "--interims", "6", "--alpha", "0.05", "--json", "--no-store"});
        QCOMPARE(again.code, 0);
        QCOMPARE(Json::parse(again.out.toStdString())["pairs"], out["pairs"]);
        QCOMPARE(Json::parse(again.out.toStdString())["agents"], out["agents"]);
        // Two identical variants: equal, after every batch (nothing to tell them apart).
        Json same = Json::parse(compareBanditConfig(8, 1));
        same["policies"] =
            Json::array({{{"type", "ucb1"}, {"label", "first"}}, {{"type", "ucb1"}, {"label", "second"}}});
        const CompareResult eq = cli({"adastop", QString::fromStdString(same.dump()), "--n", "4",
                                      "--interims", "3", "--json", "--no-store"});
        QCOMPARE(eq.code, 0);
        const Json e = Json::parse(eq.out.toStdString());
        QCOMPARE(e["pairs"][0]["decision"].get<std::string>(), std::string("equal"));
        QCOMPARE(e["interims_run"].get<int>(), 3);
        // Bad input: one variant (nothing to compare), an unknown metric, a bad option.
        Json one = Json::parse(compareBanditConfig(9, 1));
        one["policies"] = Json::array({{{"type", "ucb1"}}});
        const CompareResult bad1 = cli({"adastop", QString::fromStdString(one.dump()), "--no-store"});
        QCOMPARE(bad1.code, 2);
        QVERIFY2(bad1.err.contains("policies: AdaStop compares the config's variants"), bad1.err.constData());
        const CompareResult bad2 =
            cli({"adastop", QString::fromStdString(clear.dump()), "--metric", "nope", "--no-store"});
        QCOMPARE(bad2.code, 2);
        QVERIFY(bad2.err.contains("'nope' is not a Series metric"));
        QCOMPARE(cli({"adastop", QString::fromStdString(clear.dump()), "--alpha", "2", "--no-store"}).code,
                 2);
        // AdaStop inside compare: the stored batches' replicates read back as interims of 5 give what the
        // run mode decided (the same values in the same order).
        const CompareResult cmp = cli({"compare", QString::number(ids.front()), "--adastop", "5", "--json"});
        QCOMPARE(cmp.code, 0);
        const Json c = Json::parse(cmp.out.toStdString());
        QCOMPARE(c["adastop"]["interims"].get<int>(), 1);
        // One interim spends all of alpha there, so what the run mode rejected at its first interim (at
        // alpha / 6) is rejected here too.
        if (out["pairs"][0]["decided_at"].get<int>() == 1)
            QCOMPARE(c["adastop"]["pairs"][0]["decision"].get<std::string>(), std::string("smaller"));
        QCOMPARE(c["adastop"]["pairs"][0]["a"].get<std::int64_t>() <
                     c["adastop"]["pairs"][0]["b"].get<std::int64_t>(),
                 true);
        QCOMPARE(cli({"compare", QString::number(ids.front()), "--adastop", "6"}).code,
                 2); // fewer than n values
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"

// The RLHF Kind through the Runner (docs/rlhf.md): the shipped presets show what they are for (Goodhart's
// turnover, the ensembles' published direction, online tracking, DPO), Gao fits hold, results do not depend
// on the thread count, and bad input names its JSON path. Fixed seeds; thresholds are justified where set.
#include <QtTest>

#include <cmath>
#include <cstring>

#include "core/Snapshot.h"
#include "rlhf/RlhfKind.h"
#include "run/Registry.h"
#include "run/Runner.h"

using namespace tb;

namespace {

std::shared_ptr<const Snapshot> run(const Json& c, int threads = 2) {
    Runner r(prepare(c), Runner::Options{threads, 0.02});
    return r.run();
}

double est(const Snapshot& s, std::size_t run, const std::string& name) {
    const Estimate* e = s.derived.at(run).estimate(name);
    return e ? e->value : NAN;
}

/// Under the sanitizers (TB_SANITIZE=1: an unoptimised ASan build, or ThreadSanitizer) Eigen runs 20-100
/// times slower, so the presets are scaled down to small worlds that exercise the same code; the published
/// directions and the Gao fits are asserted on the shipped presets in the release run.
bool sanitized() {
    return qEnvironmentVariable("TB_SANITIZE") == QLatin1String("1");
}

Json preset(const std::string& name) {
    const Preset* p = findPreset(name);
    Json c = p ? p->config : Json();
    if (p && sanitized()) {
        c["replicates"] = 2;
        c["world"]["prompts"] = 2;
        c["world"]["candidates"] = std::min<std::int64_t>(c["world"]["candidates"].get<std::int64_t>(), 1000);
        c["bestOfN"]["maxN"] = 50;
        c["tilt"]["points"] = 20;
        c["steps"] = std::min<std::int64_t>(c["steps"].get<std::int64_t>(), 200);
    }
    return c;
}

QString describe(const Snapshot& s, std::size_t run, const std::string& o) {
    return QString("%1 %2: peak %3 at d %4 (d max %5), final %6, drop share %7, R2 %8")
        .arg(QString::fromStdString(s.runs[run].label), QString::fromStdString(o))
        .arg(est(s, run, o + "_gold_peak"))
        .arg(est(s, run, o + "_d_peak"))
        .arg(est(s, run, o + "_d_max"))
        .arg(est(s, run, o + "_gold_final"))
        .arg(est(s, run, o + "_drop_share"))
        .arg(est(s, run, o + "_r2"));
}

/// The issue's Goodhart criterion: a gold peak strictly inside the range (after the start, before the end)
/// and a later drop of at least 10% of the gain.
void checkGoodhart(const Snapshot& s, std::size_t run, const std::string& o) {
    const QString why = describe(s, run, o);
    QVERIFY2(est(s, run, o + "_gold_peak") > 0, qPrintable(why));
    QVERIFY2(est(s, run, o + "_d_peak") > 0 && est(s, run, o + "_d_peak") < est(s, run, o + "_d_max"),
             qPrintable(why));
    QVERIFY2(est(s, run, o + "_drop_share") >= 0.10, qPrintable(why));
}

} // namespace

class TstRlhfKind : public QObject {
    Q_OBJECT
private slots:
    void presetsAreValidAndCheap() {
        int n = 0;
        for (const auto& p : presets()) {
            if (p.config["kind"] != "rlhf") continue;
            ++n;
            QVERIFY2(validate(p.config).empty(), p.name.c_str());
            const Cost cost =
                estimateCost(*findKind("rlhf"), findKind("rlhf")->spec().withDefaults(p.config));
            double sim = 0;
            for (const auto& t : cost.simulation) sim += t.amount;
            for (const auto& t : cost.precompute) sim += t.amount;
            QVERIFY2(sim < 60, p.name.c_str()); // interactive: well under a minute on one core
        }
        QCOMPARE(n, 5);
    }

    // Best-of-n against a linear proxy of a saturating gold: the gold peaks inside the n range and falls by
    // at least 10% of its gain (reference §9 reports the prototype's peak near d = 1.6 and a dip after it),
    // the proxy keeps rising, and Gao's best-of-n form fits with R^2 >= 0.9.
    void goodhartBestOfN() {
        const auto s = run(preset("goodhart-best-of-n"));
        QCOMPARE(int(s->status), int(RunStatus::Finished));
        if (sanitized()) return; // scaled-down worlds: the code ran; the directions are checked in release
        checkGoodhart(*s, 0, "bon");
        QVERIFY2(est(*s, 0, "bon_r2") >= 0.9, qPrintable(describe(*s, 0, "bon")));
        QVERIFY(est(*s, 0, "bon_proxy_final") > est(*s, 0, "bon_gold_peak"));
        // Exact KL at the largest n is below the continuous formula (finite set), and close to it.
        QVERIFY(est(*s, 0, "bon_kl_max") < est(*s, 0, "bon_kl_bound"));
        QVERIFY(est(*s, 0, "bon_kl_max") > est(*s, 0, "bon_kl_bound") - 1.0);
        QVERIFY(est(*s, 0, "rm_heldout_accuracy") > 0.6);
    }

    // KL-regularised optimisation: the exact tilt and policy-gradient training both turn over (gold peak
    // inside, drop >= 10%), and Gao's RL form fits both with R^2 >= 0.9.
    void goodhartKlRl() {
        const auto s = run(preset("goodhart-kl-rl"));
        QCOMPARE(int(s->status), int(RunStatus::Finished));
        if (sanitized()) return; // scaled-down worlds: the code ran; the directions are checked in release
        checkGoodhart(*s, 0, "tilt");
        checkGoodhart(*s, 0, "train");
        QVERIFY2(est(*s, 0, "tilt_r2") >= 0.9, qPrintable(describe(*s, 0, "tilt")));
        QVERIFY2(est(*s, 0, "train_r2") >= 0.9, qPrintable(describe(*s, 0, "train")));
        // The live training view: the reward drift (proxy - gold) grows over training.
        const auto& gap = s->seriesStats[0][2];
        QVERIFY(gap.back().mean > gap.front().mean + 0.5);
    }

    // Coste et al. (reference §5.3): worst-case and uncertainty-weighted ensembles reduce best-of-n
    // overoptimisation, and more so under 25% label noise. The drop share of each is below the single
    // model's, and the single-minus-ensemble reduction is larger at 25% flips than at 0%.
    void ensemblesReduceOveroptimisation() {
        const auto s = run(preset("ensembles-vs-noise"));
        QCOMPARE(int(s->status), int(RunStatus::Finished));
        if (sanitized()) return; // scaled-down worlds: the code ran; the directions are checked in release
        QCOMPARE(int(s->runs.size()), 8);
        auto drop = [&](std::size_t r) { return est(*s, r, "bon_gold_drop"); };
        QString all;
        for (std::size_t r = 0; r < 8; ++r) all += describe(*s, r, "bon") + "\n";
        for (std::size_t base : {0u, 4u}) {
            QVERIFY2(drop(base + 2) < drop(base), qPrintable(all)); // worst case
            QVERIFY2(drop(base + 3) < drop(base), qPrintable(all)); // uncertainty-weighted
        }
        QVERIFY2(drop(4) - drop(6) > drop(0) - drop(2), qPrintable(all));
        QVERIFY2(drop(4) - drop(7) > drop(0) - drop(3), qPrintable(all));
    }

    // Changing preferences: relabelling from the current policy (online) tracks the drifting gold better than
    // the offline reward model by the end of training.
    void onlineRelabellingTracksDrift() {
        const auto s = run(preset("online-rlhf-drift"));
        QCOMPARE(int(s->status), int(RunStatus::Finished));
        if (sanitized()) return; // scaled-down worlds: the code ran; the directions are checked in release
        const double offline = s->seriesStats[0][0].back().mean, online = s->seriesStats[1][0].back().mean;
        QVERIFY2(online > offline + 0.1,
                 qPrintable(QString("online %1, offline %2").arg(online).arg(offline)));
    }

    // DPO trains on the same pairs with no reward model: its gold first rises, its implicit KL grows, and it
    // has the training curve but no best-of-n or tilt curve.
    void dpoTrainsWithoutARewardModel() {
        const auto s = run(preset("rlhf-vs-dpo"));
        QCOMPARE(int(s->status), int(RunStatus::Finished));
        QCOMPARE(s->runs[1].label, std::string("DPO β = 0.1"));
        QVERIFY(est(*s, 1, "train_gold_peak") > 0.2);
        QVERIFY(s->seriesStats[1][3].back().mean > 0.1); // KL
        QVERIFY(std::isnan(est(*s, 1, "bon_gold_peak")));
        QVERIFY(!std::isnan(est(*s, 0, "bon_gold_peak")));
    }

    // Same config and seed: identical series, profiles and derivations for 1 and 2 threads.
    void reproducibleAcrossThreadCounts() {
        Json c = preset("rlhf-vs-dpo");
        c["steps"] = 60;
        c["world"]["candidates"] = 800;
        c["replicates"] = 3;
        const auto a = run(c, 1), b = run(c, 2);
        QCOMPARE(a->seriesStats.size(), b->seriesStats.size());
        for (std::size_t r = 0; r < a->seriesStats.size(); ++r)
            for (std::size_t m = 0; m < a->seriesStats[r].size(); ++m)
                QVERIFY(a->seriesStats[r][m] == b->seriesStats[r][m]);
        for (std::size_t r = 0; r < a->profiles.size(); ++r)
            for (std::size_t p = 0; p < a->profiles[r].size(); ++p)
                for (std::size_t w = 0; w < a->profiles[r][p].size(); ++w) {
                    const auto &x = a->profiles[r][p][w], &y = b->profiles[r][p][w];
                    QCOMPARE(bool(x), bool(y)); // DPO reports no best-of-n or tilt curve
                    if (x) QVERIFY(*x == *y);
                }
        for (std::size_t r = 0; r < a->derived.size(); ++r) {
            QCOMPARE(a->derived[r].estimates.size(), b->derived[r].estimates.size());
            for (std::size_t e = 0; e < a->derived[r].estimates.size(); ++e) {
                const double x = a->derived[r].estimates[e].value, y = b->derived[r].estimates[e].value;
                QVERIFY((std::isnan(x) && std::isnan(y)) || x == y);
            }
        }
    }

    // A replicate stopped in its first checkpoint (building the world and the exact curves) returns false,
    // and advanced again it starts over: the same values as a replicate that was never stopped.
    void stoppedInTheFirstCheckpoint() {
        Json c = preset("goodhart-kl-rl");
        c["world"]["candidates"] = 400;
        c["steps"] = 20;
        const Prepared p = prepare(c);
        const std::size_t n = p.experiment->runs().size() * 8; // 8 Series metrics per pipeline
        std::vector<double> stopped(n), fresh(n);
        std::stop_source requested;
        requested.request_stop();
        auto replicate = p.experiment->makeReplicate(0);
        const std::int64_t step = p.experiment->grid().front();
        QVERIFY(!replicate->advance(0, step, stopped, requested.get_token()));
        QVERIFY(replicate->advance(0, step, stopped, {}));
        QVERIFY(p.experiment->makeReplicate(0)->advance(0, step, fresh, {}));
        QVERIFY(std::memcmp(stopped.data(), fresh.data(), n * sizeof(double)) == 0); // bit for bit, NaN too
    }

    void badInputNamesItsPath() {
        Json c = preset("goodhart-best-of-n");
        c["pipelines"][0]["features"] = {0, 9};
        auto issues = validate(c);
        QVERIFY(!issues.empty());
        QCOMPARE(issues[0].path, std::string("pipelines[0].features[1]"));
        c = preset("goodhart-best-of-n");
        c["pipelines"][0]["rewardModel"] = {{"aggregator", "median"}};
        issues = validate(c);
        QVERIFY(!issues.empty());
        QCOMPARE(issues[0].path, std::string("pipelines[0].rewardModel.aggregator"));
        c = preset("goodhart-best-of-n");
        c["world"]["candidates"] = 1;
        issues = validate(c);
        QVERIFY(!issues.empty());
        QCOMPARE(issues[0].path, std::string("world.candidates"));
        c = preset("goodhart-best-of-n");
        c["tilt"]["betaMin"] = 50;
        issues = validate(c);
        QVERIFY(!issues.empty());
        QCOMPARE(issues[0].path, std::string("tilt.betaMin"));
        c = preset("goodhart-best-of-n");
        c["gold"]["weights"] = {0, 0};
        c["gold"]["kappa"] = {0, 0};
        issues = validate(c);
        QVERIFY(!issues.empty());
        QCOMPARE(issues[0].path, std::string("gold.weights"));
    }
};

QTEST_APPLESS_MAIN(TstRlhfKind)
#include "tst_rlhf_kind.moc"

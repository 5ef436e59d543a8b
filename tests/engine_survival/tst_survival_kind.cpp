// The survival Kind through the Runner: subjects against closed forms, censoring, pooled counts, the derived
// analysis, and reproducibility for any thread count. Fixed seeds; each tolerance is justified where it is
// set.
#include <QtTest>

#include <cmath>

#include "run/LiveDeriver.h"
#include "run/Registry.h"
#include "run/Runner.h"
#include "survival/SurvivalKind.h"

using namespace tb;

namespace {

Json config(Json subjects, std::int64_t tasks, int replicates = 2, std::int64_t cap = 0, int bootstrap = 0,
            int levelBootstrap = 0) {
    return Json{{"kind", "survival"},
                {"seed", 11},
                {"replicates", replicates},
                {"tasks", tasks},
                {"cap", cap},
                {"subjects", std::move(subjects)},
                {"analysis", {{"bootstrap", bootstrap}, {"levelBootstrap", levelBootstrap}}}};
}

std::shared_ptr<const Snapshot> run(const Json& c, int threads = 2) {
    Runner r(prepare(c), Runner::Options{threads, 0.02});
    return r.run();
}

double estimate(const Snapshot& s, std::size_t run, const char* name) {
    const Estimate* e = s.derived.at(run).estimate(name);
    return e ? e->value : NAN;
}

/// ln P(K = k) of the Beta–geometric law: B(alpha + 1, beta + k) / B(alpha, beta).
double lnBetaGeometricPmf(double a, double b, double k) {
    return std::lgamma(a + 1) + std::lgamma(b + k) - std::lgamma(a + b + k + 1) -
           (std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b));
}

} // namespace

class TstSurvivalKind : public QObject {
    Q_OBJECT
private slots:
    void presetsAreValidAndCheap() {
        int n = 0;
        for (const auto& p : presets()) {
            if (p.config["kind"] != "survival") continue;
            ++n;
            QVERIFY2(validate(p.config).empty(), p.name.c_str());
            const Cost cost =
                estimateCost(*findKind("survival"), findKind("survival")->spec().withDefaults(p.config));
            double sim = 0;
            for (const auto& t : cost.simulation) sim += t.amount;
            QVERIFY2(sim < 120, p.name.c_str()); // a classroom preset ends in well under two minutes
        }
        QCOMPARE(n, 5);
    }

    void badConfigsAreRefusedWithTheirPath() {
        Json c = config(Json::array({{{"type", "bandit"}, {"arms", 10}}}), 100);
        auto issues = validate(c);
        QVERIFY(!issues.empty());
        QCOMPARE(issues[0].path, std::string("cap")); // a bandit may never find the paying arm
        c = config(Json::array({{{"type", "zeta"}, {"a", 0.5}}}), 100);
        issues = validate(c);
        QVERIFY(!issues.empty());
        QCOMPARE(issues[0].path, std::string("subjects[0].a"));
        c = config(Json::array({{{"type", "observed"}, {"counts", {{3, 2}, {1, 1}}}}}), 3, 1);
        issues = validate(c);
        QVERIFY(!issues.empty());
        QCOMPARE(issues[0].path, std::string("subjects[0].counts[1][0]")); // values must increase
    }

    // Blind enumeration (reference §8.3): with memory K ~ Uniform{0..N-1}, E[K] = (N-1)/2; without memory
    // K ~ Geometric(1/N), E[K] = N - 1. 4 x 50 000 tasks: the pooled mean is within 4 standard errors.
    void enumerationMeansAreTheClosedForms() {
        const int N = 1000;
        const auto s =
            run(config(Json::array({{{"type", "enumeration"}, {"candidates", N}, {"memory", true}},
                                    {{"type", "enumeration"}, {"candidates", N}, {"memory", false}}}),
                       50000, 4));
        QCOMPARE(s->status, RunStatus::Finished);
        const double n = 200000;
        const double m0 = estimate(*s, 0, "mean"), m1 = estimate(*s, 1, "mean");
        const double sd0 = std::sqrt((double(N) * N - 1) / 12), sd1 = std::sqrt((1 - 1.0 / N) * N * N);
        QVERIFY2(std::abs(m0 - (N - 1) / 2.0) < 4 * sd0 / std::sqrt(n), qPrintable(QString::number(m0)));
        QVERIFY2(std::abs(m1 - (N - 1)) < 4 * sd1 / std::sqrt(n), qPrintable(QString::number(m1)));
        QCOMPARE(s->pooledCounts[0][0].total(), std::int64_t(n));
    }

    // A cap makes right-censored observations, counted and kept: enumeration with memory over 100 with a cap
    // of 10 solves a task within 10 attempts with probability 0.1 exactly.
    void capsAreCensoredNotDropped() {
        const auto s = run(config(
            Json::array({{{"type", "enumeration"}, {"candidates", 100}, {"memory", true}}}), 20000, 2, 10));
        const PooledCounts& p = s->pooledCounts[0][0];
        QCOMPARE(p.total(), std::int64_t(40000));
        QCOMPARE(p.atLeast.size(), std::size_t(1));
        QCOMPARE(p.atLeast[0].first, std::int64_t(10));
        const double share = double(p.censoredTotal()) / 40000;
        QVERIFY2(std::abs(share - 0.9) < 4 * std::sqrt(0.09 / 40000), qPrintable(QString::number(share)));
        QCOMPARE(estimate(*s, 0, "n_censored"), double(p.censoredTotal()));
        QVERIFY(p.exact.back().first <= 9);
    }

    // The Beta–geometric subject's pooled counts follow the exact law: P(K = k) = B(α+1, β+k)/B(α, β)
    // (chi-square over k = 0..30 and one bin above, 1e6 tasks), and its fitted decay rate lies where the
    // theory puts it: the PMF's local exponent -d ln p/d ln k rises from its value at xmin to α + 1, so the
    // MLE over x >= xmin is within 3 SE of that interval.
    void betaGeometricFollowsItsLawAndDecayRate() {
        const double alpha = 1.5, beta = 1.0;
        const auto s = run(
            config(Json::array({{{"type", "beta-geometric"}, {"alpha", alpha}, {"beta", beta}}}), 250000, 4));
        const PooledCounts& p = s->pooledCounts[0][0];
        const double n = double(p.total());
        QCOMPARE(n, 1e6);
        std::vector<double> observed(32, 0.0);
        for (const auto& [k, c] : p.exact) observed[std::size_t(std::min<std::int64_t>(k, 31))] += double(c);
        double chi2 = 0, below = 0;
        for (int k = 0; k <= 30; ++k) {
            const double e = n * std::exp(lnBetaGeometricPmf(alpha, beta, k));
            below += e;
            chi2 += (observed[std::size_t(k)] - e) * (observed[std::size_t(k)] - e) / e;
        }
        const double eTail = n - below;
        chi2 += (observed[31] - eTail) * (observed[31] - eTail) / eTail;
        QVERIFY2(chi2 < 61.1, qPrintable(QString::number(chi2))); // chi2(31 dof) 99.9% quantile
        const double a = estimate(*s, 0, "a"), se = estimate(*s, 0, "a_se"), xmin = estimate(*s, 0, "xmin");
        QVERIFY(std::isfinite(a) && se > 0 && xmin >= 1);
        // Local exponent at x = xmin (k = xmin - 1), by a central difference of the exact ln PMF in ln x.
        const double k0 = std::max(1.0, xmin - 1);
        const double local =
            -(lnBetaGeometricPmf(alpha, beta, k0 + 0.5) - lnBetaGeometricPmf(alpha, beta, k0 - 0.5)) /
            (std::log(k0 + 1.5) - std::log(k0 + 0.5));
        const double lo = std::min(local, alpha + 1), hi = std::max(local, alpha + 1);
        QVERIFY2(
            a > lo - 3 * se && a < hi + 3 * se,
            qPrintable(QStringLiteral("a %1 ± %2, xmin %3, local %4").arg(a).arg(se).arg(xmin).arg(local)));
    }

    // The zeta subject's decay rate is exact: the MLE is within 3 SE of it.
    void zetaSubjectRecoversItsExponent() {
        const auto s = run(config(Json::array({{{"type", "zeta"}, {"a", 2.2}}}), 50000, 2));
        const double a = estimate(*s, 0, "a"), se = estimate(*s, 0, "a_se");
        QVERIFY2(std::abs(a - 2.2) < 3 * se, qPrintable(QString::number(a)));
        QCOMPARE(s->derived[0].verdicts.at(0).point, 1); // Capable
    }

    // The rank subject with σ = 0 is the beta-binomial of §8.2: its pooled mean is (N - 1) E[u] = (N - 1)
    // α/(α+β).
    void rankSubjectMeanIsTheBetaBinomialMean() {
        const int N = 1000;
        const auto s = run(config(
            Json::array({{{"type", "rank"}, {"candidates", N}, {"alpha", 2.0}, {"beta", 3.0}}}), 50000, 2));
        const double mean = estimate(*s, 0, "mean");
        // Var K = (N-1) αβ(α+β+N-1)/((α+β)^2(α+β+1)) for the beta-binomial.
        const double var = (N - 1) * 6.0 * (5.0 + N - 1) / (25.0 * 6.0);
        QVERIFY2(std::abs(mean - (N - 1) * 0.4) < 4 * std::sqrt(var / 1e5),
                 qPrintable(QString::number(mean)));
    }

    // A bandit policy searching N arms with one that always pays: UCB1 pulls every arm once (in index order)
    // before anything else, so K is the paying arm's index: uniform on 0..N-1, mean (N-1)/2.
    void ucb1SearchIsEnumeration() {
        const int N = 50;
        const auto s =
            run(config(Json::array({{{"type", "bandit"}, {"arms", N}, {"policy", {{"type", "ucb1"}}}}}),
                       20000, 2, 1000));
        const PooledCounts& p = s->pooledCounts[0][0];
        QCOMPARE(p.censoredTotal(), std::int64_t(0));
        QCOMPARE(p.exact.back().first, std::int64_t(N - 1));
        const double mean = estimate(*s, 0, "mean");
        QVERIFY2(std::abs(mean - (N - 1) / 2.0) < 4 * std::sqrt((N * N - 1) / 12.0 / 40000),
                 qPrintable(QString::number(mean)));
    }

    // Observed counts are replayed exactly: the pooled counts are the data.
    void observedCountsArePooledExactly() {
        PooledCounts data;
        data.exact = {{0, 5}, {3, 2}, {40, 1}};
        data.atLeast = {{100, 3}};
        const Json c = survival::observedConfig(data, "counts.txt", "t", 0, 0);
        const auto s = run(c, 1);
        QCOMPARE(s->status, RunStatus::Finished);
        QCOMPARE(s->pooledCounts[0][0], data);
        QCOMPARE(estimate(*s, 0, "n_censored"), 3.0);
    }

    // Same config and seed: bit-identical series, pooled counts and analysis (bootstraps included) for 1 and
    // 2 threads, with censoring.
    void bitIdenticalForAnyThreadCount() {
        const Json c = config(Json::array({{{"type", "beta-geometric"}, {"alpha", 1.2}, {"beta", 1.0}},
                                           {{"type", "zeta"}, {"a", 2.5}}}),
                              4000, 3, 500, 30, 30);
        const auto a = run(c, 1), b = run(c, 2);
        QCOMPARE(a->pooledCounts, b->pooledCounts);
        for (std::size_t r = 0; r < 2; ++r) {
            for (std::size_t m = 0; m < a->series.size(); ++m)
                for (std::size_t k = 0; k < a->done; ++k)
                    QCOMPARE(std::bit_cast<std::uint64_t>(a->seriesStats[r][m][k].mean),
                             std::bit_cast<std::uint64_t>(b->seriesStats[r][m][k].mean));
            QCOMPARE(a->derived[r].estimates.size(), b->derived[r].estimates.size());
            for (std::size_t e = 0; e < a->derived[r].estimates.size(); ++e) {
                const double x = a->derived[r].estimates[e].value, y = b->derived[r].estimates[e].value;
                QVERIFY2((std::isnan(x) && std::isnan(y)) ||
                             std::bit_cast<std::uint64_t>(x) == std::bit_cast<std::uint64_t>(y),
                         a->derived[r].estimates[e].name.c_str());
            }
            QCOMPARE(a->derived[r].verdicts[0].probabilities, b->derived[r].verdicts[0].probabilities);
        }
    }

    // The live analysis: snapshots submitted while a run goes on are derived off the caller's thread, newest
    // first (a stale one is never derived after a newer one), quick (no goodness-of-fit bootstrap), and
    // merged into the shown snapshot without replacing the Runner's final derivation. Repeated, for TSan.
    void liveDerivationsAreLatestWins() {
        const Json c = config(Json::array({{{"type", "zeta"}, {"a", 2.5}}}), 30000, 2, 0, 20, 20);
        const Prepared p = prepare(c);
        for (int rep = 0; rep < 5; ++rep) {
            LiveDeriver deriver(*p.kind, p.config, std::chrono::milliseconds(1));
            Runner runner(p, Runner::Options{2, 0.0});
            std::thread t([&] { runner.run(); });
            std::size_t lastDone = 0;
            std::shared_ptr<const LiveDeriver::Result> last;
            while (runner.latest()->status == RunStatus::Running || !last) {
                const auto s = runner.latest();
                deriver.submit(s);
                if (auto r = deriver.latest(); r && r != last) {
                    QVERIFY(r->done >= lastDone); // never an older state after a newer one
                    lastDone = r->done;
                    last = r;
                    QVERIFY(r->derived.at(0).quick);
                    QVERIFY(std::isnan(r->derived[0].estimate("p_value")->value)); // no GoF bootstrap live
                    const auto shown = LiveDeriver::merged(s, r);
                    if (s->derived.empty() && r->done <= s->done) QCOMPARE(shown->derivedDone, r->done);
                }
                if (runner.latest()->status != RunStatus::Running && last) break;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            t.join();
            const auto final = runner.latest();
            QVERIFY(!final->derived.empty() && !final->derived[0].quick);
            QCOMPARE(LiveDeriver::merged(final, last), final); // a final derivation is never replaced
        }
    }
};

QTEST_APPLESS_MAIN(TstSurvivalKind)
#include "tst_survival_kind.moc"

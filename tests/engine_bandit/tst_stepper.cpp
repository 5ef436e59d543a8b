// Step mode's engine (issue 12, item 2): the Stepper plays replicate 0 exactly as the batch run does, records
// every pull, explains every round with the policy's own numbers, and counts regret from the true means in
// force at each pull, which the user may change.
#include <QtTest>

#include <chrono>
#include <cmath>
#include <map>

#include "bandit/BanditExperiment.h"
#include "bandit/Stepper.h"
#include "core/Error.h"
#include "run/Registry.h"
#include "run/Runner.h"

using namespace tb;
using namespace tb::bandit;

namespace {

Json banditConfig(const Json& environment, std::int64_t horizon, std::uint64_t seed = 7) {
    Json c = {{"kind", "bandit"}, {"seed", seed}, {"replicates", 1}, {"horizon", horizon}};
    c["environment"] = environment;
    c["policies"] = Json::array();
    for (const auto& t : policyTypeNames()) c["policies"].push_back({{"type", t}});
    return c;
}

const Json kBernoulli = {{"type", "bernoulli"}, {"means", {0.2, 0.45, 0.5, 0.7}}};
const Json kGaussian = {
    {"type", "gaussian"}, {"means", {0.2, 0.45, 0.5, 0.7}}, {"variances", {1, 0.5, 2, 1}}};
const Json kPiecewise = Json::parse(R"({"type":"piecewise","segments":[{"start":0,"means":[0.2,0.45,0.5,0.7]},
                                         {"start":700,"means":[0.9,0.45,0.1,0.3]}]})");

/// Every pull of replicate 0 of a batch run, per compared policy: (round, arm, reward).
std::map<std::size_t, std::vector<StepPull>> batchPulls(const Json& config) {
    const Prepared p = prepare(config);
    const auto* ex = dynamic_cast<const BanditExperiment*>(p.experiment.get());
    std::map<std::size_t, std::vector<StepPull>> out;
    if (!ex) return out;
    auto sim = ex->makeReplicateWithHook(0, [&](std::size_t run, std::int64_t t, int arm, double x) {
        out[run].push_back({t, arm, x, 0.0});
    });
    std::vector<double> buf(4 * ex->policies().size());
    const auto grid = ex->grid();
    for (std::size_t cp = 0; cp < grid.size(); ++cp) sim->advance(cp, grid[cp], buf, {});
    return out;
}

double maxOf(const std::vector<double>& v) {
    double m = -INFINITY;
    for (double x : v) m = std::max(m, x);
    return m;
}

} // namespace

class TestStepper : public QObject {
    Q_OBJECT
private slots:
    // n steps record n pulls: the counts sum to n, the history holds n pulls in order, and each one's regret
    // is the gap of its arm.
    void nStepsAreNPulls() {
        const Json c = banditConfig(kBernoulli, 1000);
        for (std::size_t i = 0; i < policyTypeNames().size(); ++i) {
            Stepper s(c, i);
            const int n = 137;
            for (int k = 0; k < n; ++k) QVERIFY(s.step());
            QCOMPARE(s.round(), std::int64_t(n));
            std::int64_t total = 0;
            for (auto p : s.pulls()) total += p;
            QCOMPARE(total, std::int64_t(n));
            QCOMPARE(s.history().size(), std::size_t(n));
            double regret = 0, reward = 0;
            for (std::size_t k = 0; k < s.history().size(); ++k) {
                const StepPull& p = s.history()[k];
                QCOMPARE(p.t, std::int64_t(k));
                QCOMPARE(p.regret, 0.7 - kBernoulli["means"][std::size_t(p.arm)].get<double>());
                regret += p.regret;
                reward += p.reward;
            }
            QCOMPARE(s.cumulativeRegret(), regret);
            QCOMPARE(s.cumulativeReward(), reward);
            QCOMPARE(s.last().t, std::int64_t(n - 1));
            // advance() adds exactly what it says it made.
            QCOMPARE(s.advance(63), std::int64_t(63));
            QCOMPARE(s.round(), std::int64_t(200));
            QCOMPARE(s.history().size(), std::size_t(200));
        }
    }

    // The first N pulls equal the batch run's replicate 0, pull for pull (arm and reward, bit for bit), for
    // every policy on Bernoulli, Gaussian and piecewise arms, whether every pull is explained (step) or only
    // the last of a batch (advance, advanceUntil): explaining never touches the simulation's streams.
    void firstPullsEqualTheBatchRun() {
        for (const Json& env : {kBernoulli, kGaussian, kPiecewise}) {
            const Json c = banditConfig(env, 1200);
            const auto batch = batchPulls(c);
            QCOMPARE(batch.size(), policyTypeNames().size());
            for (std::size_t i = 0; i < batch.size(); ++i) {
                Stepper s(c, i);
                for (int k = 0; k < 300; ++k) s.step();
                s.advance(500);
                s.advanceUntil(400, std::chrono::steady_clock::now() + std::chrono::hours(1));
                QCOMPARE(s.round(), std::int64_t(1200));
                QVERIFY(!s.step()); // the horizon
                const auto& b = batch.at(i);
                QCOMPARE(s.history().size(), b.size());
                for (std::size_t k = 0; k < b.size(); ++k) {
                    if (s.history()[k].arm != b[k].arm || s.history()[k].reward != b[k].reward)
                        QFAIL(qPrintable(QStringLiteral("%1 on %2: pull %3 differs")
                                             .arg(QString::fromStdString(policyTypeNames()[i]))
                                             .arg(QString::fromStdString(env["type"].get<std::string>()))
                                             .arg(k)));
                }
            }
        }
    }

    // The cumulative pseudo-regret, the average reward and the pulls per arm agree with the engine's own
    // 1-replicate run at every checkpoint (regret summed per pull here, per arm there: equal to rounding).
    void regretEqualsTheBatchMetric() {
        for (const Json& env : {kBernoulli, kPiecewise}) {
            const Json c = banditConfig(env, 3000);
            Runner runner(prepare(c), Runner::Options{1, 0.0});
            const auto snap = runner.run();
            QCOMPARE(int(snap->status), int(RunStatus::Finished));
            for (std::size_t i = 0; i < policyTypeNames().size(); ++i) {
                Stepper s(c, i);
                for (std::size_t cp = 0; cp < snap->grid.size(); ++cp) {
                    s.advance(snap->grid[cp] - s.round());
                    QCOMPARE(s.round(), snap->grid[cp]);
                    const double regret = snap->seriesStats[i][0][cp].mean;
                    QVERIFY2(std::abs(s.cumulativeRegret() - regret) <= 1e-9 * std::max(1.0, regret),
                             qPrintable(QStringLiteral("%1 at %2: %3 vs %4")
                                            .arg(QString::fromStdString(policyTypeNames()[i]))
                                            .arg(snap->grid[cp])
                                            .arg(s.cumulativeRegret())
                                            .arg(regret)));
                    // Rewards are summed in the same order: the average reward is bit-identical.
                    QCOMPARE(s.cumulativeReward() / double(s.round()), snap->seriesStats[i][3][cp].mean);
                }
                for (int k = 0; k < s.arms(); ++k)
                    QCOMPARE(double(s.pulls()[std::size_t(k)]),
                             snap->categoryStats[i][0][std::size_t(k)].mean);
            }
        }
    }

    // Every explained round names the chosen arm, and the value that decided it is the largest (index,
    // sample, greedy mean) or a probability of a distribution (softmax, EXP3).
    void explanationsAgreeWithTheChoice() {
        for (const Json& env : {kBernoulli, kGaussian}) {
            const Json c = banditConfig(env, 2000);
            for (std::size_t i = 0; i < policyTypeNames().size(); ++i) {
                Stepper s(c, i);
                std::map<Decision, int> seen;
                for (int k = 0; k < 400; ++k) {
                    s.step();
                    const Explanation& e = s.explanation();
                    QCOMPARE(e.chosen, s.last().arm);
                    ++seen[e.decision];
                    const std::string reason = s.reason().text();
                    QVERIFY2(reason.find("arm " + std::to_string(e.chosen)) != std::string::npos,
                             reason.c_str());
                    QVERIFY2(reason.rfind(s.policyName(), 0) == 0, reason.c_str());
                    const std::size_t a = std::size_t(e.chosen);
                    switch (e.decision) {
                    case Decision::Index:
                        QCOMPARE(e.value[a], maxOf(e.value));
                        QCOMPARE(e.hi[a], e.value[a]);
                        for (int j = 0; j < s.arms(); ++j)
                            QVERIFY(e.lo[std::size_t(j)] <= e.hi[std::size_t(j)]);
                        break;
                    case Decision::Sample:
                        QCOMPARE(e.value[a], maxOf(e.value));
                        QVERIFY(e.exact[a]);
                        for (int j = 0; j < s.arms(); ++j)
                            if (!e.exact[std::size_t(j)])
                                QVERIFY(e.value[std::size_t(j)] <= e.bound[std::size_t(j)]);
                        QCOMPARE(e.p1.size(), std::size_t(s.arms()));
                        break;
                    case Decision::Exploit:
                        QCOMPARE(e.value[a], maxOf(e.value));
                        break;
                    case Decision::Draw: {
                        double total = 0;
                        for (double p : e.value) total += p;
                        QVERIFY(std::abs(total - 1.0) < 1e-12);
                        break;
                    }
                    default:
                        break;
                    }
                }
                const std::string type = policyTypeNames()[i];
                if (type == "ucb1" || type == "kl-ucb" || type == "bayes-ucb" || type == "moss" ||
                    type == "ucb-v")
                    QVERIFY(seen[Decision::Index] > 300);
                if (type == "thompson-beta" || type == "thompson-gaussian" || type == "var-ts" ||
                    type == "d-ts")
                    QVERIFY(seen[Decision::Sample] > 300);
                if (type == "epsilon-greedy")
                    QVERIFY(seen[Decision::Explore] > 10 && seen[Decision::Exploit] > 300);
                if (type == "softmax" || type == "exp3") QVERIFY(seen[Decision::Draw] > 300);
            }
        }
    }

    // UCB1's explanation is its formula: index = mean + sqrt(2 ln t / N), from the counts before the pull.
    void ucb1ExplanationIsTheFormula() {
        const Json c = banditConfig(kBernoulli, 1000);
        Stepper s(c, 4);
        QCOMPARE(QString::fromStdString(s.policyName()), QStringLiteral("UCB1"));
        s.advance(99);
        const auto pulls = s.pulls();
        const auto sums = s.rewardSums();
        s.step();
        const Explanation& e = s.explanation();
        QCOMPARE(int(e.decision), int(Decision::Index));
        for (std::size_t k = 0; k < 4; ++k) {
            const double mean = sums[k] / double(pulls[k]);
            const double bonus = std::sqrt(2.0 * std::log(99.0) / double(pulls[k]));
            QVERIFY(std::abs(e.mean[k] - mean) < 1e-15);
            QVERIFY(std::abs(e.value[k] - (mean + bonus)) < 1e-12);
            QVERIFY(std::abs(e.lo[k] - (mean - bonus)) < 1e-12);
        }
        const std::string text = s.reason().text();
        QVERIFY2(text.find("UCB1 chose arm " + std::to_string(e.chosen) + ": its index ") == 0, text.c_str());
        QVERIFY2(text.find(") was the highest.") != std::string::npos, text.c_str());
    }

    // The sentences of the brief, word for word.
    void reasonSentences() {
        Json c = banditConfig(kBernoulli, 1000);
        c["policies"] = Json::parse(R"([{"type":"epsilon-greedy","epsilon":0.1},{"type":"thompson-beta"}])");
        Stepper eps(c, 0);
        bool explored = false, exploited = false;
        while (eps.round() < 600 && !(explored && exploited)) {
            eps.step();
            const std::string t = eps.reason().text();
            if (eps.explanation().decision == Decision::Explore) {
                explored = true;
                QCOMPARE(
                    QString::fromStdString(t),
                    QStringLiteral("ε-greedy explored: a uniform draw (probability ε = 0.1) picked arm %1.")
                        .arg(eps.last().arm));
            } else if (eps.explanation().decision == Decision::Exploit && eps.explanation().ties == 1) {
                exploited = true;
                QVERIFY2(t.find("ε-greedy exploited (probability 1 − ε = 0.9): arm " +
                                std::to_string(eps.last().arm) + " has the highest empirical mean, ") == 0,
                         t.c_str());
            }
        }
        QVERIFY(explored && exploited);
        Stepper ts(c, 1);
        ts.advance(50);
        const std::string t = ts.reason().text();
        QVERIFY2(t.find("Thompson sampling (Beta) chose arm " + std::to_string(ts.last().arm) +
                        ": its posterior sample ") == 0,
                 t.c_str());
        QCOMPARE(ts.reason().pattern, Stepper::textPatterns()[6]);
        QCOMPARE(ts.reason().args.size(), std::size_t(3));
        // The first rounds.
        Stepper first(c, 1);
        first.step();
        QCOMPARE(
            QString::fromStdString(first.reason().text()),
            QStringLiteral("Thompson sampling (Beta) pulls every arm once first: round 0 goes to arm 0."));
        QCOMPARE(QString::fromStdString(Stepper(c, 1).reason().text()), QString());
    }

    // Dragging a true mean: the following pulls draw from the new mean and pay regret against the new best.
    // Moving the best arm (0.7) below another (0.45 → best is arm 2 at 0.5): choosing the old best arm now
    // costs the new gap 0.5 − 0.1, the new best costs nothing.
    void draggedMeanChangesRegret() {
        const Json c = banditConfig(kBernoulli, 5000);
        for (std::size_t i : {std::size_t(4), std::size_t(8), std::size_t(1)}) { // UCB1, Thompson, ε-greedy
            Stepper s(c, i);
            s.advance(400);
            const double before = s.cumulativeRegret();
            QCOMPARE(s.setTrueMean(3, 0.1), 0.1);
            QCOMPARE(s.bestMean(), 0.5);
            QCOMPARE(s.bestArms(), (std::vector<char>{0, 0, 1, 0}));
            QCOMPARE(s.meanChanges().size(), std::size_t(1));
            QCOMPARE(s.meanChanges()[0].t, std::int64_t(400));
            const std::vector<double> gaps = {0.5 - 0.2, 0.5 - 0.45, 0.0, 0.5 - 0.1};
            double expected = before;
            const auto pullsBefore = s.pulls();
            for (int k = 0; k < 600; ++k) {
                s.step();
                QCOMPARE(s.last().regret, gaps[std::size_t(s.last().arm)]);
                expected += gaps[std::size_t(s.last().arm)];
            }
            QVERIFY(std::abs(s.cumulativeRegret() - expected) < 1e-9);
            // Closed form from the counts: regret before + Σ_k gap_k × (pulls of k after the change).
            double closed = before;
            for (std::size_t k = 0; k < 4; ++k) closed += gaps[k] * double(s.pulls()[k] - pullsBefore[k]);
            QVERIFY(std::abs(s.cumulativeRegret() - closed) < 1e-9);
            QVERIFY(s.pulls()[3] > pullsBefore[3]); // the old best arm was still tried, and paid for
        }
        // A Bernoulli mean set to 0 (or beyond [0, 1], clamped) pays 0 (1) from then on.
        Stepper s(c, 0); // uniform: pulls every arm
        QCOMPARE(s.setTrueMean(1, -3.0), 0.0);
        QCOMPARE(s.setTrueMean(2, 7.0), 1.0);
        s.advance(400);
        for (const StepPull& p : s.history()) {
            if (p.arm == 1) QCOMPARE(p.reward, 0.0);
            if (p.arm == 2) QCOMPARE(p.reward, 1.0);
        }
        QVERIFY_THROWS_EXCEPTION(InputError, s.setTrueMean(4, 0.5));
        QVERIFY_THROWS_EXCEPTION(InputError, s.setTrueMean(0, NAN));
    }

    // Piecewise environments follow their schedule (the true means switch at segment starts); a dragged mean
    // lasts until the next start.
    void piecewiseFollowsItsSchedule() {
        const Json c = banditConfig(kPiecewise, 1500);
        Stepper s(c, 4);
        s.advance(650);
        s.setTrueMean(0, 0.95);
        QCOMPARE(s.trueMeans()[0], 0.95);
        s.advance(50);
        QCOMPARE(s.round(), std::int64_t(700));
        QCOMPARE(s.trueMeans(), (std::vector<double>{0.9, 0.45, 0.1, 0.3}));
        s.step();
        QCOMPARE(s.last().regret, 0.9 - s.trueMeans()[std::size_t(s.last().arm)]);
    }

    void adversarialIsRefused() {
        Json c = banditConfig(Json::parse(R"({"type":"adversarial","generator":"ucb1-trap","arms":3})"), 100);
        QVERIFY(!Stepper::unsupportedReason(c).empty());
        QVERIFY_THROWS_EXCEPTION(InputError, Stepper(c, 0));
        try {
            Stepper s(c, 0);
        } catch (const InputError& e) {
            QVERIFY(std::string(e.what()).find("adversarial") != std::string::npos);
        }
        QVERIFY(Stepper::unsupportedReason(banditConfig(kBernoulli, 10)).empty());
        // Invalid configs and positions are refused with the spec's messages.
        Json bad = banditConfig(kBernoulli, 10);
        bad["environment"]["means"][0] = 1.5;
        QVERIFY_THROWS_EXCEPTION(InputError, Stepper(bad, 0));
        QVERIFY_THROWS_EXCEPTION(InputError, Stepper(banditConfig(kBernoulli, 10), 99));
    }

    // The regret trace is thinned to a bounded size and holds the regret at its rounds.
    void regretTraceIsThinned() {
        const Json c = banditConfig(kBernoulli, 100000);
        Stepper s(c, 1);
        s.advance(50000);
        const auto& tr = s.regretTrace();
        QVERIFY(tr.size() <= Stepper::kTraceLimit);
        QVERIFY(tr.size() > Stepper::kTraceLimit / 4);
        std::vector<double> prefix(1, 0.0);
        for (const auto& p : s.history()) prefix.push_back(prefix.back() + p.regret);
        for (const auto& [t, r] : tr) {
            QCOMPARE(t % s.traceStride(), std::int64_t(0));
            QCOMPARE(r, prefix[std::size_t(t)]);
        }
    }

    // advanceUntil stops at its deadline (after at least one pull) and explains its last pull.
    // The clock is read every 256 pulls: a deadline already past stops the run after the first block (256
    // pulls) and the explained one, whatever the machine's speed; a deadline far ahead never stops it early.
    // (How closely a near deadline is kept is a timing, measured by the step-mode benchmark, not asserted.)
    void advanceUntilStopsAtTheDeadline() {
        const Json c = banditConfig(kBernoulli, 100000000);
        Stepper s(c, 11); // Bayes-UCB, the slowest
        const auto past = std::chrono::steady_clock::now() - std::chrono::seconds(1);
        QCOMPARE(s.advanceUntil(100000000, past), std::int64_t(257));
        QCOMPARE(s.round(), std::int64_t(257));
        QCOMPARE(s.explanation().chosen, s.last().arm);
        QCOMPARE(s.advanceUntil(5, past), std::int64_t(5)); // fewer than a block: all of them
        const auto future = std::chrono::steady_clock::now() + std::chrono::hours(24);
        QCOMPARE(s.advanceUntil(3000, future), std::int64_t(3000));
        QCOMPARE(s.round(), std::int64_t(257 + 5 + 3000));
        QCOMPARE(s.explanation().chosen, s.last().arm);
    }
};

QTEST_GUILESS_MAIN(TestStepper)
#include "tst_stepper.moc"

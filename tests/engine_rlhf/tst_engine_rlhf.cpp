// The RLHF world's mathematics (docs/rlhf.md) against closed forms, Monte Carlo and hand computations
// (reference rlhf.md §3, §5, §10). Fixed seeds; each tolerance is justified where it is set.
#include <QtTest>

#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <numeric>

#include "core/Rng.h"
#include "core/Sampling.h"
#include "rlhf/Exact.h"
#include "rlhf/GaoFit.h"
#include "rlhf/RewardModel.h"
#include "rlhf/Training.h"

using namespace tb;
using namespace tb::rlhf;

namespace {

std::span<const double> sp(const std::vector<double>& v) {
    return {v.data(), v.size()};
}

double directKl(const std::vector<double>& q, const std::vector<double>& p) {
    double kl = 0;
    for (std::size_t i = 0; i < q.size(); ++i)
        if (q[i] > 0) kl += q[i] * std::log(q[i] / p[i]);
    return kl;
}

Json worldConfig(const Json& pipeline, int candidates = 300, int prompts = 3) {
    return Json{{"seed", 5},
                {"world",
                 {{"prompts", prompts},
                  {"candidates", candidates},
                  {"features", 3},
                  {"distribution", "gaussian"},
                  {"dof", 5},
                  {"length", {{"enabled", false}, {"correlation", 0.6}, {"goldWeight", 0}}},
                  {"referenceWeights", Json::array()},
                  {"referenceTemperature", 1}}},
                {"gold",
                 {{"weights", {1, 2, 0}},
                  {"kappa", {0, 2, 0}},
                  {"thresholds", {0, 1, 0}},
                  {"drift", 0},
                  {"driftFeature", 2}}},
                {"pipeline", pipeline}};
}

Json rlhfPipeline(const std::string& method, double lr, double kl) {
    return Json{{"type", "rlhf"},
                {"label", "p"},
                {"labels", {{"pairs", 500}, {"temperature", 1}, {"flipRate", 0}}},
                {"features", Json::array()},
                {"online", {{"relabelEvery", 0}, {"pairs", 10}, {"keep", 0}}},
                {"rewardModel",
                 {{"basis", "linear"},
                  {"l2", 1},
                  {"members", 1},
                  {"bootstrap", true},
                  {"priorScale", 0},
                  {"aggregator", "mean"},
                  {"lambda", 0.5},
                  {"softMinB", 1},
                  {"smoothing", 0},
                  {"smoothingRounds", 3}}},
                {"optimizer", {{"method", method}, {"learningRate", lr}, {"klPenalty", kl}}}};
}

} // namespace

class TstEngineRlhf : public QObject {
    Q_OBJECT
private slots:
    // Reference §3.3: with K equal atoms and distinct scores the exact best-of-n KL tends to ln n - (n-1)/n;
    // for K = 20 000 it agrees to 4 decimals for n <= 64 and is 5.90865 (vs 5.90876) at n = 1000.
    void bestOfNKlOnAFineUniformSet() {
        const std::size_t K = 20000;
        std::vector<double> p(K, 1.0 / double(K)), r(K);
        std::iota(r.begin(), r.end(), 0.0);
        const BestOfN bon(sp(p), sp(r), {});
        QCOMPARE(bon.groups(), K);
        for (double n : {1.0, 2.0, 4.0, 16.0, 64.0})
            QVERIFY2(std::fabs(bon.at(n).kl - bonKlBound(n)) < 1e-4, qPrintable(QString::number(n)));
        const double kl1000 = bon.at(1000).kl;
        QVERIFY2(std::fabs(kl1000 - 5.90865) < 1e-5, qPrintable(QString::number(kl1000, 'g', 10)));
        QVERIFY(kl1000 < bonKlBound(1000));
        // The skipped groups (weight < e^-50) change nothing visible: the full weights give the same KL.
        QVERIFY(std::fabs(directKl(bon.weights(1000), p) - kl1000) < 1e-9);
    }

    // With ties the exact KL is strictly below the formula. 1 000 candidates in 10 tie groups of 100: the
    // group weights are Q_G = (G/10)^n - ((G-1)/10)^n, so KL = sum Q_G ln(10 Q_G), computed here by hand.
    void bestOfNKlWithTiesIsBelowTheFormula() {
        std::vector<double> p(1000, 1e-3), r(1000);
        for (std::size_t i = 0; i < r.size(); ++i) r[i] = double(i / 100);
        const BestOfN bon(sp(p), sp(r), {});
        QCOMPARE(bon.groups(), std::size_t(10));
        for (double n : {2.0, 4.0, 16.0, 100.0}) {
            double hand = 0;
            for (int g = 1; g <= 10; ++g) {
                const double Q = std::pow(g / 10.0, n) - std::pow((g - 1) / 10.0, n);
                if (Q > 0) hand += Q * std::log(10 * Q);
            }
            const double kl = bon.at(n).kl;
            QVERIFY2(std::fabs(kl - hand) < 1e-12, qPrintable(QString::number(n)));
            QVERIFY(kl < bonKlBound(n));
        }
        QVERIFY(std::fabs(bon.at(4).kl - 0.628825136) < 1e-9); // vs ln 4 - 3/4 = 0.636294
    }

    // The exact best-of-n law q against Monte Carlo: K = 6 candidates, unequal pi0 and a tie, n = 4, 200 000
    // draws (reference §3.3). Each frequency is within 4.5 binomial standard errors of q (all six pass by
    // chance with probability > 0.9999).
    void bestOfNWeightsMatchMonteCarlo() {
        const std::vector<double> p = {0.3, 0.25, 0.15, 0.12, 0.1, 0.08};
        const std::vector<double> r = {0.0, 2.0, 1.0, 2.0, -1.0, 3.0};
        const std::vector<double> g = {1, 2, 3, 4, 5, 6};
        const BestOfN bon(sp(p), sp(r), {sp(g)});
        const std::vector<double> q = bon.weights(4);
        QVERIFY(std::fabs(std::accumulate(q.begin(), q.end(), 0.0) - 1) < 1e-12);
        std::vector<double> cdf(p.size());
        std::partial_sum(p.begin(), p.end(), cdf.begin());
        Rng rng = makeRng(42, 0);
        const int draws = 200000;
        std::vector<int> hits(p.size(), 0);
        for (int d = 0; d < draws; ++d) {
            int best = -1, ties = 0;
            for (int k = 0; k < 4; ++k) {
                const int i = sampleIndex(cdf, uniform01(rng));
                if (best < 0 || r[std::size_t(i)] > r[std::size_t(best)]) {
                    best = i;
                    ties = 1;
                } else if (r[std::size_t(i)] == r[std::size_t(best)]) {
                    // Uniform among the tied samples drawn (reservoir of size one).
                    if (uniformBelow(rng, std::uint64_t(++ties)) == 0) best = i;
                }
            }
            ++hits[std::size_t(best)];
        }
        double expected = 0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            const double f = double(hits[i]) / draws, se = std::sqrt(q[i] * (1 - q[i]) / draws);
            QVERIFY2(std::fabs(f - q[i]) < 4.5 * se + 1e-12,
                     qPrintable(QString("candidate %1: %2 vs %3").arg(i).arg(f).arg(q[i])));
            expected += q[i] * g[i];
        }
        QVERIFY(std::fabs(bon.at(4).expected[0] - expected) < 1e-12);
    }

    // The unbiased estimator's weights C(i-1, n-1)/C(N, n) (reference §3.4) sum to one and are the chance
    // that sample i is the maximum of a random n-subset: N = 20, n = 5, 200 000 subsets, 4.5 standard errors.
    void unbiasedWeightsSumToOneAndMatchRandomSubsets() {
        for (auto [N, n] : {std::pair<std::size_t, std::size_t>{20, 5}, {100, 1}, {100, 100}, {12500, 400}}) {
            const auto w = unbiasedBonWeights(N, n);
            QVERIFY(std::fabs(std::accumulate(w.begin(), w.end(), 0.0) - 1) < 1e-10);
        }
        const std::size_t N = 20, n = 5;
        const auto w = unbiasedBonWeights(N, n);
        Rng rng = makeRng(7, 1);
        std::vector<int> hits(N, 0);
        const int draws = 200000;
        std::vector<std::size_t> idx(N);
        for (int d = 0; d < draws; ++d) {
            std::iota(idx.begin(), idx.end(), std::size_t(0));
            std::size_t best = 0;
            for (std::size_t k = 0; k < n; ++k) { // partial Fisher–Yates: a uniform n-subset
                const std::size_t j = k + std::size_t(uniformBelow(rng, N - k));
                std::swap(idx[k], idx[j]);
                best = std::max(best, idx[k]);
            }
            ++hits[best];
        }
        for (std::size_t i = 0; i < N; ++i) {
            const double f = double(hits[i]) / draws, se = std::sqrt(w[i] * (1 - w[i]) / draws);
            QVERIFY2(std::fabs(f - w[i]) < 4.5 * se + 1e-12, qPrintable(QString::number(i)));
        }
    }

    // Reference §3.1: KL(pi_beta || p) = E[r]/beta - ln Z, against the direct sum sum pi ln(pi/p), on random
    // scores and an unequal pi0; the identity is exact, so the tolerance is rounding (1e-12).
    void tiltIdentityAgainstDirectSummation() {
        Rng rng = makeRng(3, 3);
        const std::size_t K = 500;
        std::vector<double> p(K), r(K), g(K);
        double s = 0;
        for (std::size_t i = 0; i < K; ++i) {
            p[i] = 0.1 + uniform01(rng);
            s += p[i];
            r[i] = 3 * (uniform01(rng) - 0.5);
            g[i] = uniform01(rng);
        }
        for (double& x : p) x /= s;
        // Clustered (every beta >= 0.05) and candidate by candidate (beta below the clusters' range).
        const Tilt tilt(sp(p), sp(r), {sp(r), sp(g)}, 0.05);
        for (double beta : {0.01, 0.05, 0.3, 1.0, 7.0, 100.0}) {
            double logZ = 0;
            const PolicyPoint pt = tilt.at(beta, &logZ);
            const auto w = tilt.weights(beta);
            QVERIFY(std::fabs(std::accumulate(w.begin(), w.end(), 0.0) - 1) < 1e-12);
            const double direct = directKl(w, p);
            QVERIFY2(std::fabs(pt.kl - direct) < 1e-12 * std::max(1.0, direct),
                     qPrintable(QString("beta %1: %2 vs %3").arg(beta).arg(pt.kl).arg(direct)));
            QVERIFY(std::fabs(pt.expected[0] / beta - logZ - direct) < 1e-9);
            double eg = 0;
            for (std::size_t i = 0; i < K; ++i) eg += w[i] * g[i];
            QVERIFY(std::fabs(pt.expected[1] - eg) < 1e-12);
        }
    }

    // Reference §3.5: tilting N(0, s^2) by exp(r/beta) gives N(s^2/beta, s^2), KL = s^2/(2 beta^2), so the
    // gain is s sqrt(2 KL): 0.578, 1.445, 2.890 for s^2 = 2.89 and beta = 5, 2, 1. Here N(0, s^2) is a grid
    // of 200 001 points over +-12 sd with p proportional to the density (Boost.Math): the grid step is 1.2e-4
    // sd, so the midpoint sums are exact far below the 1e-3 tolerance of the reference's three decimals, and
    // the tilted law N(s^2/beta, s^2) keeps all but e^-30 of its mass inside the grid.
    void gaussianTiltGain() {
        const std::size_t K = 200001;
        const double s = std::sqrt(2.89);
        const boost::math::normal_distribution<double> N(0, s);
        std::vector<double> p(K), x(K);
        double total = 0;
        for (std::size_t i = 0; i < K; ++i) {
            x[i] = s * (-12.0 + 24.0 * double(i) / double(K - 1));
            total += p[i] = boost::math::pdf(N, x[i]);
        }
        for (double& v : p) v /= total;
        const Tilt tilt(sp(p), sp(x), {sp(x)}, 1.0);
        const double want[] = {0.578, 1.445, 2.890};
        int k = 0;
        for (double beta : {5.0, 2.0, 1.0}) {
            const PolicyPoint pt = tilt.at(beta);
            QVERIFY2(std::fabs(pt.expected[0] - want[k]) < 1e-3, qPrintable(QString::number(pt.expected[0])));
            QVERIFY(std::fabs(pt.expected[0] - s * std::sqrt(2 * pt.kl)) < 2e-3);
            ++k;
        }
    }

    // Reference §3.2: natural policy gradient without a penalty, theta <- theta + eta r, is the tilt at
    // beta = 1/(eta t) at every step t; the two are the same softmax, so they agree to rounding.
    void naturalPolicyGradientIsTheTilt() {
        const Json c = worldConfig(rlhfPipeline("npg", 0.02, 0.0));
        World world(WorldSpec::fromConfig(c), 5, 0);
        Pipeline pipe(PipelineSpec::fromConfig(c["pipeline"]), world, 5, 0, 0, 100);
        pipe.start();
        for (std::int64_t t : {1, 10, 50, 200}) {
            QVERIFY(pipe.trainTo(t, {}));
            const StepMetrics m = pipe.metrics();
            double kl = 0, gold = 0, proxy = 0;
            for (std::size_t k = 0; k < world.prompts().size(); ++k) {
                const Prompt& pr = world.prompts()[k];
                std::vector<double> pv(pr.p.data(), pr.p.data() + pr.p.size());
                std::vector<double> rv(pipe.proxy()[k].data(), pipe.proxy()[k].data() + pr.p.size());
                std::vector<double> gv(pr.gold.data(), pr.gold.data() + pr.p.size());
                const Tilt tilt(sp(pv), sp(rv), {sp(gv), sp(rv)});
                const PolicyPoint q = tilt.at(1.0 / (0.02 * double(t)));
                kl += q.kl / 3;
                gold += (q.expected[0] - (pr.p * pr.gold).sum()) / 3;
                proxy += (q.expected[1] - (pr.p * pipe.proxy()[k]).sum()) / 3;
            }
            QVERIFY2(std::fabs(m.kl - kl) < 1e-10,
                     qPrintable(QString("t %1: %2 vs %3").arg(t).arg(m.kl).arg(kl)));
            QVERIFY(std::fabs(m.gold - gold) < 1e-10);
            QVERIFY(std::fabs(m.proxy - proxy) < 1e-10);
        }
    }

    // Reference §3.1-3.2: the tilt is the proxy-optimal frontier, so vanilla policy gradient reaches at most
    // the tilt's proxy at equal KL (the tilt's beta found by bisection, to 1e-12 in KL), and its path is
    // different (strictly below somewhere).
    void vanillaPolicyGradientStaysBelowTheTiltFrontier() {
        const Json c = worldConfig(rlhfPipeline("pg", 0.02, 0.0), 300, 1);
        World world(WorldSpec::fromConfig(c), 5, 0);
        Pipeline pipe(PipelineSpec::fromConfig(c["pipeline"]), world, 5, 0, 0, 100);
        pipe.start();
        const Prompt& pr = world.prompts()[0];
        std::vector<double> pv(pr.p.data(), pr.p.data() + pr.p.size());
        std::vector<double> rv(pipe.proxy()[0].data(), pipe.proxy()[0].data() + pr.p.size());
        const Tilt tilt(sp(pv), sp(rv), {sp(rv)});
        double worst = 0;
        for (std::int64_t t : {20, 100, 300, 1000}) {
            QVERIFY(pipe.trainTo(t, {}));
            const StepMetrics m = pipe.metrics();
            double lo = 1e-4, hi = 1e4; // KL falls with beta
            for (int i = 0; i < 200; ++i) {
                const double mid = std::sqrt(lo * hi);
                (tilt.at(mid).kl > m.kl ? lo : hi) = mid;
            }
            const double frontier = tilt.at(std::sqrt(lo * hi)).expected[0];
            QVERIFY2(m.proxy <= frontier + 1e-9,
                     qPrintable(QString("t %1: %2 > %3").arg(t).arg(m.proxy).arg(frontier)));
            worst = std::max(worst, frontier - m.proxy);
        }
        QVERIFY(worst > 1e-4);
    }

    // Gao's forms are linear in (alpha, beta): exact data are fitted exactly (R^2 = 1) and the peaks follow
    // the closed forms d* = alpha/(2 beta), R* = alpha^2/(4 beta) (best-of-n) and d* = exp(alpha/beta - 1),
    // R* = beta d* (RL). Without a turnover (beta <= 0) there is no peak.
    void gaoFitsRecoverTheirCoefficients() {
        std::vector<double> d, yb, yr, up;
        for (int i = 0; i <= 40; ++i) {
            const double x = 0.1 * i;
            d.push_back(x);
            yb.push_back(x * (2.8 - 0.7 * x));
            yr.push_back(x > 0 ? x * (1.5 - 0.6 * std::log(x)) : 0);
            up.push_back(x * (1 + 0.2 * x));
        }
        const GaoFit b = fitGao(GaoForm::BestOfN, d, yb);
        QVERIFY(b.ok && b.points == 40);
        QVERIFY(std::fabs(b.alpha - 2.8) < 1e-10 && std::fabs(b.beta - 0.7) < 1e-10);
        QVERIFY(std::fabs(b.r2 - 1) < 1e-12);
        QVERIFY(std::fabs(b.dStar - 2.0) < 1e-10 && std::fabs(b.rStar - 2.8) < 1e-10);
        const GaoFit r = fitGao(GaoForm::Rl, d, yr);
        QVERIFY(std::fabs(r.alpha - 1.5) < 1e-10 && std::fabs(r.beta - 0.6) < 1e-10);
        QVERIFY(std::fabs(r.dStar - std::exp(1.5 / 0.6 - 1)) < 1e-8 &&
                std::fabs(r.rStar - 0.6 * r.dStar) < 1e-8);
        const GaoFit u = fitGao(GaoForm::BestOfN, d, up);
        QVERIFY(u.ok && u.beta < 0 && std::isnan(u.dStar));
    }

    // Bradley–Terry logistic regression recovers the weights that generated the labels: 20 000 pairs of
    // 3-dimensional Gaussian differences, P(a > b) = sigma(w . dx) with w = (1, -0.5, 2). The MLE's standard
    // error here is about 0.02 per weight; with a tiny L2 (1e-6) each estimate is within 0.1 (5 SE), and the
    // gradient vanishes at the optimum.
    void bradleyTerryRecoversWeights() {
        const Eigen::Vector3d w(1, -0.5, 2);
        Rng rng = makeRng(9, 9);
        const int N = 20000;
        Eigen::MatrixXd dx(N, 3);
        Eigen::ArrayXd y(N);
        for (int j = 0; j < N; ++j) {
            for (int k = 0; k < 3; ++k) dx(j, k) = normal01(rng);
            y[j] = uniform01(rng) < 1 / (1 + std::exp(-dx.row(j).dot(w))) ? 1 : 0;
        }
        const Eigen::VectorXd fit = fitBradleyTerry(dx, y, Eigen::ArrayXd::Ones(N), 1e-6, Eigen::VectorXd());
        for (int k = 0; k < 3; ++k)
            QVERIFY2(std::fabs(fit[k] - w[k]) < 0.1, qPrintable(QString::number(fit[k])));
        Eigen::ArrayXd s = (dx * fit).array();
        s = 1 / (1 + (-s).exp());
        const Eigen::VectorXd grad = dx.transpose() * (s - y).matrix() + 1e-6 * fit;
        QVERIFY(grad.lpNorm<Eigen::Infinity>() < 1e-6);
    }

    // Aggregators (reference §5.1) on three members with scores (1, 2, 6) for one response: mean 3, worst
    // case 1, UWO mean - lambda * population variance = 3 - 0.5 * 14/3 (not the standard deviation), soft-min
    // -b ln mean exp(-R/b) -> min as b -> 0, -> mean as b -> inf, and ~ mean - Var/(2b) for large b.
    void aggregatorsByHand() {
        Eigen::MatrixXd s(1, 3);
        s << 1, 2, 6;
        RewardModelSpec spec;
        spec.aggregator = Aggregator::Mean;
        QCOMPARE(aggregateMembers(s, spec)[0], 3.0);
        spec.aggregator = Aggregator::WorstCase;
        QCOMPARE(aggregateMembers(s, spec)[0], 1.0);
        spec.aggregator = Aggregator::UncertaintyWeighted;
        spec.lambda = 0.5;
        QVERIFY(std::fabs(aggregateMembers(s, spec)[0] - (3 - 0.5 * 14.0 / 3)) < 1e-12);
        spec.aggregator = Aggregator::SoftMin;
        spec.softMinB = 1e-3;
        QVERIFY(std::fabs(aggregateMembers(s, spec)[0] - (1 - 1e-3 * std::log(1.0 / 3))) < 1e-9);
        spec.softMinB = 1e4;
        const double v = aggregateMembers(s, spec)[0];
        QVERIFY(std::fabs(v - (3 - (14.0 / 3) / 2e4)) < 1e-6); // next term is O(1/b^2)
    }

    // Stop reaches inside a first checkpoint (live tuning stops runs there): a world or the exact curves
    // asked to stop are marked incomplete, and a token that is never requested changes nothing, bit for bit.
    void stopInsideTheWorldAndTheCurves() {
        const Json c = worldConfig(rlhfPipeline("npg", 0.02, 0.0));
        std::stop_source requested;
        requested.request_stop();
        QVERIFY(World(WorldSpec::fromConfig(c), 5, 0, requested.get_token()).stopped());
        std::stop_source idle;
        World plain(WorldSpec::fromConfig(c), 5, 0),
            watched(WorldSpec::fromConfig(c), 5, 0, idle.get_token());
        QVERIFY(!plain.stopped() && !watched.stopped());
        QCOMPARE(watched.prompts().size(), plain.prompts().size());
        for (std::size_t k = 0; k < plain.prompts().size(); ++k) {
            QVERIFY((watched.prompts()[k].x.array() == plain.prompts()[k].x.array()).all());
            QVERIFY((watched.prompts()[k].gold == plain.prompts()[k].gold).all());
            QVERIFY((watched.prompts()[k].p == plain.prompts()[k].p).all());
        }
        Pipeline pipe(PipelineSpec::fromConfig(c["pipeline"]), plain, 5, 0, 0, 100);
        pipe.start();
        const std::vector<double> nGrid = {1, 2, 8, 32}, betas = {0.5, 1, 4};
        QVERIFY(pipe.curves(nGrid, betas, requested.get_token()).stopped);
        const Curves a = pipe.curves(nGrid, betas), b = pipe.curves(nGrid, betas, idle.get_token());
        QVERIFY(!a.stopped && !b.stopped);
        QVERIFY(a.bonKl == b.bonKl && a.bonGold == b.bonGold && a.bonProxy == b.bonProxy);
        QVERIFY(a.tiltKl == b.tiltKl && a.tiltGold == b.tiltGold && a.tiltSpread == b.tiltSpread);
    }

    // Labels: deterministic labels (T = 0) follow the gold order on every pair; 25% flips flip about a
    // quarter of them (20 000 pairs: the share is within 4 SE = 0.012 of 0.25); the same streams give the
    // same pairs whatever the label model (common random numbers).
    void labelModels() {
        const Json c = worldConfig(rlhfPipeline("pg", 0.01, 0));
        World world(WorldSpec::fromConfig(c), 5, 0);
        const auto cdf = referenceCdf(world);
        LabelSpec det{20000, 0.0, 0.0}, flip{20000, 0.0, 0.25};
        Rng a1 = makeRng(1, 1), c1 = makeRng(1, 2), a2 = makeRng(1, 1), c2 = makeRng(1, 2);
        const auto p1 = drawPairs(world, cdf, det.pairs, det, a1, c1);
        const auto p2 = drawPairs(world, cdf, flip.pairs, flip, a2, c2);
        int agree = 0, flipped = 0;
        for (std::size_t j = 0; j < p1.size(); ++j) {
            QCOMPARE(p1[j].a, p2[j].a);
            QCOMPARE(p1[j].b, p2[j].b);
            QVERIFY(p1[j].a != p1[j].b);
            agree += p1[j].y == p1[j].goldY ? 1 : 0;
            flipped += p1[j].y != p2[j].y ? 1 : 0;
        }
        QCOMPARE(agree, 20000);
        QVERIFY2(std::fabs(flipped / 20000.0 - 0.25) < 0.012, qPrintable(QString::number(flipped)));
    }
};

QTEST_APPLESS_MAIN(TstEngineRlhf)
#include "tst_engine_rlhf.moc"

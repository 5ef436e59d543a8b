// Core building blocks: statistics against closed forms, the checkpoint grid, RNG streams, samplers against
// Boost, ParamSpec validation messages.
#include <QtTest>

#include <bit>

#include <algorithm>
#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/random/gamma_distribution.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sys/stat.h>

#include "core/Checkpoints.h"
#include "core/JsonText.h"
#include "core/ParamSpec.h"
#include "core/Rng.h"
#include "core/Sampling.h"
#include "core/Stats.h"
#include "core/Text.h"

using namespace tb;

namespace {
// One-sample Kolmogorov-Smirnov statistic of `xs` against the CDF `cdf`.
template <class Cdf> double ksStatistic(std::vector<double> xs, Cdf cdf) {
    std::sort(xs.begin(), xs.end());
    const double n = double(xs.size());
    double d = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double f = cdf(xs[i]);
        d = std::max({d, double(i + 1) / n - f, f - double(i) / n});
    }
    return d;
}
// Critical value of the KS statistic at level alpha = 0.001 for large n: sqrt(-ln(alpha/2)/2)/sqrt(n)
// = 1.949/sqrt(n). With fixed seeds the test is deterministic; the level says how unlikely a correct sampler
// is to fail it.
double ksCritical001(std::size_t n) {
    return 1.9495 / std::sqrt(double(n));
}
} // namespace

class TestEngineCore : public QObject {
    Q_OBJECT
private slots:
    void aggregateMatchesClosedForm() {
        // Values 1..10: mean 5.5, sample sd sqrt(55/6), t(0.975, 9) = 2.262157, R type-7
        // quantiles 1.9, 5.5, 9.1.
        std::vector<double> v{3, 1, 4, 10, 5, 9, 2, 6, 8, 7};
        const AggStats a = aggregate(v);
        QCOMPARE(a.n, 10);
        QCOMPARE(a.mean, 5.5);
        QVERIFY(std::abs(a.sd - std::sqrt(55.0 / 6.0)) < 1e-12);
        const double half = 2.2621571627982 * std::sqrt(55.0 / 6.0) / std::sqrt(10.0);
        QVERIFY(std::abs(a.ciLow - (5.5 - half)) < 1e-9);
        QVERIFY(std::abs(a.ciHigh - (5.5 + half)) < 1e-9);
        QCOMPARE(a.min, 1.0);
        QCOMPARE(a.max, 10.0);
        QVERIFY(std::abs(a.q10 - 1.9) < 1e-12);
        QVERIFY(std::abs(a.q50 - 5.5) < 1e-12);
        QVERIFY(std::abs(a.q90 - 9.1) < 1e-12);
    }
    // One replicate has a mean but no sample sd and no interval: NaN (NULL in the store, null in JSON), not a
    // zero-width interval that looks like certainty.
    void aggregateSingleValue() {
        std::vector<double> v{2.5};
        const AggStats a = aggregate(v);
        QCOMPARE(a.n, 1);
        QCOMPARE(a.mean, 2.5);
        QVERIFY(std::isnan(a.sd));
        QVERIFY(std::isnan(a.ciLow));
        QVERIFY(std::isnan(a.ciHigh));
        QCOMPARE(a.min, 2.5);
        QCOMPARE(a.max, 2.5);
        QCOMPARE(a.q50, 2.5);
        Welford w;
        w.add(1.0);
        QVERIFY(std::isnan(w.variance()));
        QVERIFY(a == aggregate(v)); // the same aggregate, undefined fields included
        std::vector<double> other{3.5};
        QVERIFY(!(a == aggregate(other)));
    }
    // A NaN among the values (a diverging simulation) makes the aggregates NaN and must not reach std::sort
    // (NaN breaks its ordering: undefined behaviour).
    void aggregateWithNaN() {
        std::vector<double> v{1, 2, std::numeric_limits<double>::quiet_NaN(), 4};
        const AggStats a = aggregate(v);
        QCOMPARE(a.n, 4);
        for (double x : {a.mean, a.sd, a.ciLow, a.ciHigh, a.min, a.max, a.q10, a.q50, a.q90})
            QVERIFY(std::isnan(x));
    }
    void welfordIsStableForLargeOffsets() {
        // Naive sum of squares loses all digits here; Welford keeps the variance of {1e9 + 4, 1e9 + 7, ...}
        // exact.
        Welford w;
        for (double x : {4.0, 7.0, 13.0, 16.0}) w.add(1e9 + x);
        QVERIFY(std::abs(w.variance() - 30.0) < 1e-6);
    }
    void checkpointGridShape() {
        const auto g = checkpointGrid(10000, 200);
        QVERIFY(g.size() <= 201);
        QVERIFY(g.size() > 150);
        QCOMPARE(g.front(), 1);
        QCOMPARE(g.back(), 10000);
        QVERIFY(std::is_sorted(g.begin(), g.end()));
        QVERIFY(std::adjacent_find(g.begin(), g.end()) == g.end());
        const auto small = checkpointGrid(7, 200);
        QCOMPARE(small.size(), std::size_t(7));
        QCOMPARE(checkpointGrid(1'000'000'000, 300).back(), 1'000'000'000);
    }
    void rngStreamsAreDeterministicAndDistinct() {
        Rng a = makeRng(1, 2, 3), b = makeRng(1, 2, 3), c = makeRng(1, 2, 4), d = makeRng(2, 2, 3);
        for (int i = 0; i < 100; ++i) {
            const auto x = a();
            QCOMPARE(x, b());
            QVERIFY(x != c());
            (void)d();
        }
    }
    void rngOutputsArePinned() {
        // The generator itself against independent published values: the PCG reference implementation's
        // test vectors for pcg64 (XSL-RR 128/64) seeded with state 42, stream 54, and the first two
        // SplitMix64 outputs from state 0 (Steele, Lea, Flood 2014; the values every xoshiro seeding test
        // uses).
        pcg64 ref(42u, 54u);
        for (quint64 expected : {0x86b1da1d72062b68ULL, 0x1304aa46c9853d39ULL, 0xa3670e9e0dd50358ULL,
                                 0xf9090e529a7dae00ULL, 0xc85b9fd837996f2cULL, 0x606121f8e3919196ULL})
            QCOMPARE(quint64(ref()), expected);
        QCOMPARE(quint64(mix64(0)), quint64(0xe220a8397b1dcdafULL));
        QCOMPARE(quint64(mix64(0x9e3779b97f4a7c15ULL)), quint64(0x6e789e6aa1b965f4ULL));
        // Our stream derivation and samplers, pinned to the values this derivation gave when it was written:
        // any change changes every stored result, so it must be deliberate (and announced in the store docs).
        Rng p = makeRng(42, 0);
        QCOMPARE(quint64(p()), quint64(0xbaed6648b978ebf2ULL));
        QCOMPARE(quint64(p()), quint64(0xb9b29b96cb1f9941ULL));
        QCOMPARE(quint64(p()), quint64(0x235ce45dd946ee9cULL));
        Rng q = makeRng(1, 2, 3, 4);
        QCOMPARE(quint64(q()), quint64(0xd8e0e2372879e303ULL));
        QCOMPARE(quint64(mixSeed(7, 1, 2, 3)), quint64(0xe1e8346df8d2962aULL));
        // Exact bits, not QCOMPARE's fuzzy double comparison.
        auto bits = [](double x) { return quint64(std::bit_cast<std::uint64_t>(x)); };
        Rng u = makeRng(5, 0);
        QCOMPARE(bits(uniform01(u)), bits(0x1.2b3629302f664p-2));
        QCOMPARE(bits(uniform01(u)), bits(0x1.6108f888d3ff4p-2));
        Rng n = makeRng(6, 0);
        QCOMPARE(bits(normal01(n)), bits(-0x1.117d973dcba2fp+0));
        QCOMPARE(bits(normal01(n)), bits(-0x1.4eae6c09df89p-7));
        QCOMPARE(bits(normal01(n)), bits(0x1.2e88f9efdd561p+0));
    }
    void uniformBelowIsUnbiased() {
        // Chi-square over 7 cells, 70 000 draws: statistic < 22.46 (p = 0.001, 6 dof).
        Rng g = makeRng(7, 7);
        std::vector<int> cells(7);
        for (int i = 0; i < 70000; ++i) ++cells[uniformBelow(g, 7)];
        double chi2 = 0;
        for (int c : cells) chi2 += (c - 10000.0) * (c - 10000.0) / 10000.0;
        QVERIFY2(chi2 < 22.46, qPrintable(QString::number(chi2)));
    }
    void normalMatchesBoostCdf() {
        Rng g = makeRng(11, 0);
        std::vector<double> xs(20000);
        for (auto& x : xs) x = normal01(g);
        boost::math::normal nd;
        const double d = ksStatistic(xs, [&](double x) { return boost::math::cdf(nd, x); });
        QVERIFY2(d < ksCritical001(xs.size()), qPrintable(QString::number(d)));
    }
    void gammaMatchesBoost_data() {
        QTest::addColumn<double>("shape");
        QTest::newRow("0.3") << 0.3;
        QTest::newRow("1") << 1.0;
        QTest::newRow("2.5") << 2.5;
        QTest::newRow("40") << 40.0;
        QTest::newRow("5000") << 5000.0;
    }
    void gammaMatchesBoost() {
        QFETCH(double, shape);
        Rng g = makeRng(12, std::uint64_t(shape * 1000));
        std::vector<double> xs(20000);
        Welford w;
        for (auto& x : xs) {
            x = gamma1(g, shape);
            w.add(x);
        }
        boost::math::gamma_distribution<double> gd(shape, 1.0);
        const double d = ksStatistic(xs, [&](double x) { return boost::math::cdf(gd, x); });
        QVERIFY2(d < ksCritical001(xs.size()), qPrintable(QString::number(d)));
        // Mean within 4 standard errors (sd = sqrt(shape)): fails by chance with probability 6e-5.
        QVERIFY(std::abs(w.mean() - shape) < 4 * std::sqrt(shape / double(xs.size())));
        // Independent second computation: Boost.Random's own gamma sampler, same KS test.
        Rng g2 = makeRng(13, std::uint64_t(shape * 1000));
        boost::random::gamma_distribution<double> bg(shape, 1.0);
        std::vector<double> ys(20000);
        for (auto& y : ys) y = bg(g2);
        QVERIFY(ksStatistic(ys, [&](double x) { return boost::math::cdf(gd, x); }) <
                ksCritical001(ys.size()));
    }
    // The ziggurat's rare paths (wedges, tail beyond 3.44) are invisible to a 20 000-draw KS test: check the
    // frequencies of |X| > 2, 3 and 3.6 against Boost's CDF and the first four moments on 4 million draws.
    // Each frequency must lie within 5 binomial standard errors (false alarm < 1e-6 per check).
    void normalTailsAndMoments() {
        Rng g = makeRng(21, 0);
        const int n = 4000000;
        double s1 = 0, s2 = 0, s4 = 0;
        int over2 = 0, over3 = 0, over36 = 0;
        for (int i = 0; i < n; ++i) {
            const double x = normal01(g);
            s1 += x;
            s2 += x * x;
            s4 += x * x * x * x;
            const double a = std::abs(x);
            over2 += a > 2.0;
            over3 += a > 3.0;
            over36 += a > 3.6;
        }
        boost::math::normal nd;
        auto check = [&](int count, double z) {
            const double p = 2 * boost::math::cdf(boost::math::complement(nd, z));
            const double se = std::sqrt(p * (1 - p) / n);
            QVERIFY2(std::abs(count / double(n) - p) < 5 * se, qPrintable(QString::number(z)));
        };
        check(over2, 2.0);
        check(over3, 3.0);
        check(over36, 3.6);
        QVERIFY(std::abs(s1 / n) < 5 / std::sqrt(double(n)));    // mean 0, sd of mean 1/sqrt(n)
        QVERIFY(std::abs(s2 / n - 1) < 5 * std::sqrt(2.0 / n));  // variance 1, sd sqrt(2/n)
        QVERIFY(std::abs(s4 / n - 3) < 5 * std::sqrt(96.0 / n)); // E x^4 = 3, var(x^4) = 96
    }
    void gammaSamplerMatchesBoostForSmallShapes() {
        // GammaSampler (cached constants) for shapes below 1 uses Gamma(a + 1) * U^(1/a): KS against Boost's
        // CDF.
        for (double shape : {0.05, 0.5, 0.999}) {
            Rng g = makeRng(22, std::uint64_t(shape * 1000));
            GammaSampler s(shape);
            std::vector<double> xs(20000);
            for (auto& x : xs) x = s(g);
            boost::math::gamma_distribution<double> gd(shape, 1.0);
            QVERIFY(ksStatistic(xs, [&](double x) { return boost::math::cdf(gd, x); }) <
                    ksCritical001(xs.size()));
        }
    }
    void betaMatchesBoostCdf() {
        Rng g = makeRng(14, 0);
        for (auto [a, b] : {std::pair{1.0, 1.0}, {3.0, 50.0}, {900.0, 40.0}}) {
            std::vector<double> xs(20000);
            for (auto& x : xs) x = beta(g, a, b);
            boost::math::beta_distribution<double> bd(a, b);
            const double d = ksStatistic(xs, [&](double x) { return boost::math::cdf(bd, x); });
            QVERIFY2(d < ksCritical001(xs.size()),
                     qPrintable(QString("a=%1 b=%2 D=%3").arg(a).arg(b).arg(d)));
        }
    }

    // betaTail() must give P(X <= m) and the law of X above m of Beta(a, b) exactly. Each case: 400 000
    // calls; the count of "X <= m" is checked against Boost.Math's incomplete beta to 4.5 binomial standard
    // errors (two-sided level 7e-6, so a correct sampler fails with negligible probability; a 1% relative
    // error in P(X > m) = 0.06 is 5 standard errors), and the values above m by Kolmogorov-Smirnov against
    // the truncated CDF (F(x) - F(m)) / (1 - F(m)).
    void betaTailMatchesBoost_data() {
        QTest::addColumn<double>("a1");
        QTest::addColumn<double>("b1");
        QTest::addColumn<double>("m");
        QTest::newRow("Beta(1,4) m=0.5") << 0.0 << 3.0 << 0.5;
        QTest::newRow("Beta(31,11) m=0.82") << 30.0 << 10.0 << 0.82;
        QTest::newRow("Beta(6,41) m=0.2") << 5.0 << 40.0 << 0.2;
        QTest::newRow("Beta(201,801) m=0.215") << 200.0 << 800.0 << 0.215;
        QTest::newRow("Beta(2,2) m=0.8") << 1.0 << 1.0 << 0.8;
        QTest::newRow("Beta(1,1001) m=0.001") << 0.0 << 1000.0 << 0.001;
    }
    void betaTailMatchesBoost() {
        QFETCH(double, a1);
        QFETCH(double, b1);
        QFETCH(double, m);
        const double a = a1 + 1, b = b1 + 1;
        const double lnB = std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
        boost::math::beta_distribution<double> bd(a, b);
        const double p0 = boost::math::cdf(bd, m);
        const BetaThreshold th(m);
        Rng g = makeRng(21, std::uint64_t(a1), std::uint64_t(b1));
        const std::size_t n = 400000;
        std::size_t below = 0;
        std::vector<double> above;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = betaTail(g, a1, b1, lnB, th, 0.0); // the method for every envelope mass <= 1
            QVERIFY(x != kBetaUndecided);
            if (x == 0.0)
                ++below;
            else {
                QVERIFY(x > m && x < 1.0);
                above.push_back(x);
            }
        }
        const double z = (double(below) / double(n) - p0) / std::sqrt(p0 * (1 - p0) / double(n));
        qInfo("P(X <= m) = %.6f measured, %.6f exact (z = %.2f); %zu values above m",
              double(below) / double(n), p0, z, above.size());
        QVERIFY2(std::abs(z) < 4.5, qPrintable(QString("z = %1").arg(z)));
        const double d =
            ksStatistic(above, [&](double x) { return (boost::math::cdf(bd, x) - p0) / (1 - p0); });
        QVERIFY2(d < ksCritical001(above.size()), qPrintable(QString("KS D = %1").arg(d)));
    }
    // Where the envelope would be too large (or the density increases at m) betaTail() declines and draws
    // nothing, so the caller's full draw starts from the same stream position.
    void betaTailDeclinesWithoutDrawing() {
        Rng g = makeRng(22, 0);
        const Rng before = g;
        const double lnB22 = std::log(1.0 / 6.0);                                        // B(2, 2) = 1/6
        QCOMPARE(betaTail(g, 1.0, 1.0, lnB22, BetaThreshold(0.6), 0.0), kBetaUndecided); // mass 1.73
        QCOMPARE(betaTail(g, 1.0, 1.0, lnB22, BetaThreshold(0.4), 0.0), kBetaUndecided); // increasing at m
        QCOMPARE(betaTail(g, 1.0, 1.0, lnB22, BetaThreshold(1.0), 0.0), kBetaUndecided); // m outside (0, 1)
        QCOMPARE(betaTail(g, 0.0, 3.0, std::log(0.25), BetaThreshold(0.5), std::log(0.01)), kBetaUndecided);
        QVERIFY(g == before);
    }

    void paramSpecReportsPaths() {
        using P = Param;
        P means = P::make(ParamType::RealList, "means", "Means", "per-arm means").req().range(0, 1).items(2);
        P variances = P::make(ParamType::RealList, "variances", "Variances", "per-arm variances")
                          .above(0)
                          .sameLength("means");
        P env = P::make(ParamType::Variant, "environment", "Environment", "the arms")
                    .req()
                    .withVariants({{"bernoulli", "Bernoulli", "0/1 rewards", {means}},
                                   {"gaussian", "Gaussian", "normal rewards", {means, variances}}});
        P horizon =
            P::make(ParamType::Int, "horizon", "Horizon", "rounds").req().range(1, 1e9).unitIs("pulls");
        P eps = P::make(ParamType::Real, "epsilon", "ε", "exploration").range(0, 1).def(0.1);
        P label = P::make(ParamType::String, "label", "Label", "display name");
        P policies = P::make(ParamType::VariantList, "policies", "Policies", "compared policies")
                         .req()
                         .items(1)
                         .withFields({label})
                         .withVariants({{"ucb1", "UCB1", "index", {}},
                                        {"epsilon-greedy", "ε-greedy", "explore", {eps}}});
        ParamSpec spec({horizon, env, policies});

        Json good = Json::parse(R"({"horizon":100,"environment":{"type":"bernoulli","means":[0.1,0.2]},
            "policies":[{"type":"ucb1"},{"type":"epsilon-greedy","label":"eg"}]})");
        QVERIFY(spec.validate(good).empty());
        QCOMPARE(spec.withDefaults(good)["policies"][1]["epsilon"].get<double>(), 0.1);

        Json bad = Json::parse(R"({"horizon":2.5,"environment":{"type":"gaussian","means":[0.1,1.4,0.3],
            "variances":[1,0]},"policies":[{"type":"ucb2"},{"type":"epsilon-greedy","epsilon":"x","foo":1}],
            "extra":true})");
        const auto issues = spec.validate(bad);
        QStringList got;
        for (const auto& i : issues) got << QString::fromStdString(i.toString());
        const QStringList expected{
            "extra: unknown key (expected one of: horizon, environment, policies)",
            "horizon: expected an integer, got a number 2.5",
            "environment.means[1]: 1.4 is outside [0, 1]",
            "environment.variances[1]: 0 must be > 0",
            "environment.variances: has 2 items but 'means' has 3",
            "policies[0].type: 'ucb2' is not one of: ucb1, epsilon-greedy",
            "policies[1].foo: unknown key (expected one of: type, epsilon, label)",
            "policies[1].epsilon: expected a number, got a string",
        };
        for (const auto& e : expected)
            QVERIFY2(got.contains(e), qPrintable("missing: " + e + "\ngot:\n" + got.join("\n")));
        QCOMPARE(got.size(), expected.size());

        QCOMPARE(
            spec.validate(Json::parse(R"({"environment":{"type":"bernoulli","means":[0.5]},"policies":[]})"))
                .size(),
            std::size_t(3)); // horizon missing, means too short, no policy
        QVERIFY(spec.find("policies[].epsilon") != nullptr);
        QVERIFY(spec.find("environment.variances") != nullptr);
    }
    void jsonSyntaxErrorsNameLineAndColumn() {
        try {
            parseJsonText("{\n  \"a\": 1,\n  \"b\": ]\n}", "cfg.json");
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.issues().size(), std::size_t(1));
            QCOMPARE(e.issues()[0].path, std::string("cfg.json:3:8: b")); // line:column, then the JSON path
        }
    }

    // ---- Text helpers (core/Text.h)

    void utf8IsValidatedStrictly_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("firstInvalid"); // -1: valid
        QTest::newRow("empty") << QByteArray("") << -1;
        QTest::newRow("ascii") << QByteArray("ucb1 (c=0)") << -1;
        QTest::newRow("greek") << QByteArray("\xce\xb5-greedy \xcf\x84=1000") << -1; // ε τ
        QTest::newRow("4 bytes") << QByteArray("\xf0\x9f\x98\x80") << -1;            // U+1F600
        QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << -1;
        QTest::newRow("U+FFFD") << QByteArray("a\xef\xbf\xbd") << -1;
        QTest::newRow("stray continuation") << QByteArray("a\x80") << 1;
        QTest::newRow("0xff") << QByteArray("ab\xff") << 2;
        QTest::newRow("overlong 2") << QByteArray("\xc0\xaf") << 0;
        QTest::newRow("overlong 3") << QByteArray("x\xe0\x80\xaf") << 1;
        QTest::newRow("overlong 4") << QByteArray("\xf0\x8f\xbf\xbf") << 0;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 0;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::newRow("F5") << QByteArray("\xf5\x80\x80\x80") << 0;
        QTest::newRow("truncated") << QByteArray("ok\xe2\x82") << 2;
        QTest::newRow("bad continuation") << QByteArray("\xe2\x28\xa1") << 0;
    }
    void utf8IsValidatedStrictly() {
        QFETCH(QByteArray, text);
        QFETCH(int, firstInvalid);
        const std::string_view sv(text.constData(), std::size_t(text.size()));
        QCOMPARE(isValidUtf8(sv), firstInvalid < 0);
        QCOMPARE(firstInvalidUtf8(sv), firstInvalid < 0 ? std::string_view::npos : std::size_t(firstInvalid));
        if (firstInvalid >= 0) {
            try {
                requireValidUtf8(sv, "note TEXT");
                QFAIL("no error");
            } catch (const InputError& e) {
                QCOMPARE(e.issues().at(0).path, std::string("note TEXT"));
                QVERIFY(e.issues().at(0).message.find("invalid UTF-8 at byte " +
                                                      std::to_string(firstInvalid)) == 0);
            }
        }
    }

    void escapingForTerminals() {
        // Control characters and escape sequences are made visible; readable non-ASCII text stays.
        QCOMPARE(escapeForTerminal("a\nb\tc\rd"), std::string("a\\nb\\tc\\rd"));
        QCOMPARE(escapeForTerminal("\x1b[31mred\x1b[0m"), std::string("\\x1b[31mred\\x1b[0m"));
        QCOMPARE(escapeForTerminal(std::string("nul\0!", 5)), std::string("nul\\x00!"));
        QCOMPARE(escapeForTerminal("del\x7f"), std::string("del\\x7f"));
        QCOMPARE(escapeForTerminal("csi\xc2\x9b"
                                   "2J"),
                 std::string("csi\\u009b2J")); // C1 CSI in UTF-8
        QCOMPARE(escapeForTerminal("rtl\xe2\x80\xae"
                                   "evil"),
                 std::string("rtl\\u202eevil")); // U+202E
        QCOMPARE(escapeForTerminal("ls\xe2\x80\xa8"), std::string("ls\\u2028"));
        QCOMPARE(escapeForTerminal("bad\xff\xc3"), std::string("bad\\xff\\xc3"));
        const std::string readable = "\xce\xb5-greedy (\xce\xb5=0.1) \xcf\x84=1000 \xc2\xb1 \xe2\x80\xa6";
        QCOMPARE(escapeForTerminal(readable), readable);
        QCOMPARE(escapeForTerminal("a\nb", LineBreaks::Keep), std::string("a\nb"));
        QCOMPARE(escapeForTerminal("a\r\nb", LineBreaks::Keep), std::string("a\\r\nb"));
        for (int c = 0; c < 256; ++c) { // no byte that a terminal acts on survives
            const std::string out = escapeForTerminal(std::string(1, char(c)));
            for (unsigned char o : out) QVERIFY(o >= 0x20 && o != 0x7f && o < 0x80);
        }
        // JSON-quoted keys for paths, and terminal-safe JSON dumps.
        QCOMPARE(jsonQuote(""), std::string("\"\""));
        QCOMPARE(jsonQuote("a\nb"), std::string("\"a\\nb\""));
        QCOMPARE(jsonQuote("q\"\\"), std::string("\"q\\\"\\\\\""));
        QCOMPARE(jsonQuote("\x01\xc2\x9b\xce\xb5"), std::string("\"\\u0001\\u009b\xce\xb5\""));
        const std::string dumped = Json{{"label", "x\xc2\x9by\x7f\xce\xb5"}}.dump();
        const std::string safe = terminalSafeJson(dumped);
        QCOMPARE(safe, std::string("{\"label\":\"x\\u009by\\u007f\xce\xb5\"}"));
        QCOMPARE(Json::parse(safe), Json::parse(dumped)); // same document
        QCOMPARE(truncateText("\xce\xb5\xce\xb5\xce\xb5", 2), std::string("\xce\xb5\xce\xb5\xe2\x80\xa6"));
        QCOMPARE(truncateText("abc", 3), std::string("abc"));
    }

    // ---- Strict JSON reading (core/JsonText.h)

    static std::vector<Issue> parseIssues(const std::string& text) {
        try {
            parseJsonText(text, "c.json");
        } catch (const InputError& e) {
            return e.issues();
        }
        return {};
    }

    void jsonDuplicateKeysAreRefused() {
        const auto issues =
            parseIssues("{\"horizon\": 5,\n \"env\": {\"a\": 1, \"a\": 2},\n \"horizon\": 7}");
        QCOMPARE(issues.size(), std::size_t(2)); // every duplicate, not only the first
        QCOMPARE(
            issues[0].toString(),
            std::string("c.json:2:18: env.a: duplicate key (first at line 2 column 10); a key may appear "
                        "only once in an object"));
        QCOMPARE(issues[1].path, std::string("c.json:3:2: horizon"));
        QVERIFY(issues[1].message.find("first at line 1 column 2") != std::string::npos);
        // Escaped quotes inside a key do not confuse the location.
        const auto esc = parseIssues("{\"a\\\"b\": 1, \"a\\\"b\": 2}");
        QCOMPARE(esc.size(), std::size_t(1));
        QCOMPARE(esc[0].path, std::string("c.json:1:13: [\"a\\\"b\"]"));
        // Same key in different objects is fine.
        QVERIFY(parseIssues("[{\"a\": 1}, {\"a\": 2}]").empty());
    }

    void jsonNumbersBeyondDoubleAreRefused() {
        auto issues = parseIssues("{\"env\": {\"means\": [0.5,\n   1e309]}}");
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(issues[0].toString(),
                 std::string("c.json:2:4: env.means[1]: 1e309 is outside the range of a "
                             "double (finite magnitudes up to 1.8e308)"));
        issues = parseIssues("{\"seed\": -1" + std::string(400, '0') + "}");
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(issues[0].path, std::string("c.json:1:10: seed"));
        QVERIFY2(issues[0].message.find("(402 characters) is outside the range of a double") !=
                     std::string::npos,
                 issues[0].message.c_str());
        QVERIFY(parseIssues("[1e308, -1e-400, 18446744073709551615, -9223372036854775808]").empty());
    }

    void jsonNestingIsBounded() {
        const std::string deep = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
        const auto issues = parseIssues(deep);
        QCOMPARE(issues.size(), std::size_t(1));
        QVERIFY(issues[0].message.find("nested deeper than 64 levels") != std::string::npos);
        QVERIFY(issues[0].path.rfind("c.json:1:65: [0][0]", 0) == 0);
        const std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
        QVERIFY(parseIssues(ok).empty());
    }

    void oddKeysAreQuotedInPaths() {
        QCOMPARE(joinPath("environment", ""), std::string("environment[\"\"]"));
        QCOMPARE(joinPath("policies[0]", "a\nb"), std::string("policies[0][\"a\\nb\"]"));
        QCOMPARE(joinPath("", "seed"), std::string("seed"));
        QCOMPARE(joinPath("", "a b"), std::string("[\"a b\"]"));
        QCOMPARE(joinPath("x", "under_score-dash9"), std::string("x.under_score-dash9"));
        QCOMPARE(joinPath("x", "\xce\xb5"), std::string("x[\"\xce\xb5\"]"));
        // Through validation: every message is one line and shows the path.
        ParamSpec spec({Param::make(ParamType::Object, "environment", "E", "e")
                            .withFields({Param::make(ParamType::Real, "mean", "m", "m")})});
        const auto issues = spec.validate(Json::parse(R"({"environment": {"": 1, "a\nb\u001b": 2}})"));
        QCOMPARE(issues.size(), std::size_t(2));
        QCOMPARE(issues[0].path, std::string("environment[\"\"]"));
        QCOMPARE(issues[1].path, std::string("environment[\"a\\nb\\u001b\"]"));
        for (const auto& i : issues) QVERIFY(i.toString().find_first_of("\n\r\x1b") == std::string::npos);
    }

    void configFilesMustBeRegularAndSmall() {
        auto issueOf = [](const std::string& path) {
            try {
                readJsonFile(path);
            } catch (const InputError& e) {
                return e.issues().at(0).toString();
            }
            return std::string("no error");
        };
        QTemporaryDir dir;
        const std::string base = dir.path().toStdString();
        QVERIFY(issueOf("/dev/zero").find("/dev/zero: is not a regular file") == 0);
        QVERIFY(issueOf(base).find("is a folder") != std::string::npos);
        const std::string fifo = base + "/fifo";
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        QVERIFY(issueOf(fifo).find("is not a regular file") != std::string::npos); // and it did not block
        const std::string big = base + "/big.json";
        { std::ofstream(big) << "[1]"; }
        std::filesystem::resize_file(big, kMaxConfigFileBytes + 1); // sparse: nothing is written
        QCOMPARE(issueOf(big), big + ": the file is 16.0 MiB; config files are limited to 16 MiB");
        std::filesystem::resize_file(big, 3);
        QCOMPARE(readJsonFile(big), Json::array({1}));
        QVERIFY(issueOf(base + "/missing.json").find("cannot open the file for reading") !=
                std::string::npos);
    }

    // ---- Exact integers in validation

    void integersAreCheckedExactly() {
        const ParamSpec spec({
            Param::make(ParamType::Int, "start", "s", "s").atLeast(0),
            Param::make(ParamType::Int, "horizon", "h", "h").range(1, 1e10),
            Param::make(ParamType::Int, "seed", "seed", "seed").atLeast(0).uint64Values(),
        });
        auto messages = [&](const char* text) {
            std::vector<std::string> out;
            for (const auto& i : spec.validate(parseJsonText(text, "t"))) out.push_back(i.toString());
            return out;
        };
        using V = std::vector<std::string>;
        QCOMPARE(messages(R"({"start": 1e300})"),
                 V{"start: expected an integer in [0, 9223372036854775807], got 1e+300"});
        QCOMPARE(messages(R"({"start": 9223372036854775808})"),
                 V{"start: expected an integer in [0, 9223372036854775807], got 9223372036854775808"});
        QCOMPARE(messages(R"({"start": 9223372036854775807, "seed": 18446744073709551615})"), V{});
        QCOMPARE(messages(R"({"horizon": 1e300})"),
                 V{"horizon: expected an integer in [1, 10000000000], got 1e+300"});
        QCOMPARE(messages(R"({"horizon": 10000000001})"), V{"horizon: 10000000001 is outside [1, 1e+10]"});
        QCOMPARE(messages(R"({"horizon": 2.5})"), V{"horizon: expected an integer, got a number 2.5"});
        QCOMPARE(messages(R"({"seed": -1})"),
                 V{"seed: expected an integer in [0, 18446744073709551615], got -1"});
        // Whole numbers written with a fraction or exponent are the exact integers of their digits, not
        // doubles rounded to 2^53: 9.007199254740993e15 is 2^53 + 1, 1e19 fits a seed.
        const Json exact = spec.withDefaults(
            parseJsonText(R"({"seed": 9.007199254740993e15, "start": 3.0, "horizon": 1e3})", "t"));
        QVERIFY(spec.validate(exact).empty());
        QCOMPARE(exact["seed"].get<std::uint64_t>(), std::uint64_t(9007199254740993ULL));
        QVERIFY(exact["start"].is_number_integer());
        QCOMPARE(exact["start"].get<std::int64_t>(), std::int64_t(3));
        QCOMPARE(exact["horizon"].get<std::int64_t>(), std::int64_t(1000));
        QCOMPARE(parseJsonText("1e19", "t").get<std::uint64_t>(), std::uint64_t(10000000000000000000ULL));
        QCOMPARE(parseJsonText("-9.223372036854775808e18", "t").get<std::int64_t>(),
                 std::numeric_limits<std::int64_t>::min());
        QVERIFY(parseJsonText("1.5e1", "t").is_number_integer());
        QVERIFY(parseJsonText("1.25e1", "t").is_number_float());
        QVERIFY(parseJsonText("3.0000000000000001", "t").is_number_float());
        QVERIFY(parseJsonText("1e20", "t").is_number_float()); // beyond 2^64 - 1
        // A double above 2^53 stands for many integers (here from a value with a fraction): refused, not
        // rounded to one of them.
        QCOMPARE(
            messages(R"({"seed": 9007199254740993.5})"),
            V{"seed: 9007199254740994 is not exact as an integer: above 2^53 = 9007199254740992, write the "
              "integer with digits only (no fraction or exponent)"});
        // Values built in code (the GUI's form): whole doubles up to 2^53 are integers, 3.0 becomes 3.
        const Json fromCode = spec.withDefaults(Json{{"start", 3.0}});
        QVERIFY(fromCode["start"].is_number_integer());
        QCOMPARE(messages(R"({"start": 3.0, "seed": 1e3})"), V{});
    }
};

QTEST_GUILESS_MAIN(TestEngineCore)
#include "tst_engine_core.moc"

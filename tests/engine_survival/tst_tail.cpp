// Tail analysis of the survival game (engine/survival/TailAnalysis.h): Hurwitz zeta numerics, the zeta
// sampler, MLE recovery and xmin choice, agreement of the own MLE with plfit, censoring, levels with
// bootstrap probabilities, the goodness-of-fit bootstrap, Hill on Beta–geometric subjects (reference §8.1),
// OLS and Vuong. Every sample uses a fixed seed; each tolerance is justified where it is set.
#include <QtTest>

#include <bit>
#include <cmath>
#include <numbers>

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/special_functions/zeta.hpp>

#include "core/Pooled.h"
#include "core/Rng.h"
#include "core/Sampling.h"
#include "survival/TailAnalysis.h"

#include <plfit.h>
#include <plfit_error.h>

using namespace tb;
using namespace tb::survival;

namespace {

/// n draws of x from the zeta law (a, xmin), pooled as K = x - 1.
PooledCounts zetaCounts(std::uint64_t seed, double a, std::int64_t xmin, std::int64_t n) {
    Rng g = makeRng(seed, 1);
    std::vector<std::int64_t> exact, censored;
    for (std::int64_t i = 0; i < n; ++i) exact.push_back(sampleZeta(g, a, xmin) - 1);
    PooledCounts p;
    p.addRaw(exact, censored);
    return p;
}

/// The same draws as zetaCounts() with every K >= capK recorded as censored at capK (a trial cap).
PooledCounts cappedZetaCounts(std::uint64_t seed, double a, std::int64_t n, std::int64_t capK,
                              bool capAsExact) {
    Rng g = makeRng(seed, 1);
    std::vector<std::int64_t> exact, censored;
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t k = sampleZeta(g, a, 1) - 1;
        if (k < capK)
            exact.push_back(k);
        else
            (capAsExact ? exact : censored).push_back(capK);
    }
    PooledCounts p;
    p.addRaw(exact, censored);
    return p;
}

/// A body that is not a power law (uniform on x = 1..xmin-1, share `bodyShare`) under a zeta tail from xmin.
PooledCounts mixtureCounts(std::uint64_t seed, double a, std::int64_t xmin, std::int64_t n,
                           double bodyShare) {
    Rng g = makeRng(seed, 2);
    std::vector<std::int64_t> exact, censored;
    for (std::int64_t i = 0; i < n; ++i) {
        if (uniform01(g) < bodyShare)
            exact.push_back(std::int64_t(uniformBelow(g, std::uint64_t(xmin - 1)))); // x in 1..xmin-1
        else
            exact.push_back(sampleZeta(g, a, xmin) - 1);
    }
    PooledCounts p;
    p.addRaw(exact, censored);
    return p;
}

/// K ~ Geometric(p) on {0, 1, ...}.
PooledCounts geometricCounts(std::uint64_t seed, double p, std::int64_t n) {
    Rng g = makeRng(seed, 3);
    std::vector<std::int64_t> exact, censored;
    const double l = std::log1p(-p);
    for (std::int64_t i = 0; i < n; ++i)
        exact.push_back(std::int64_t(std::floor(std::log(uniformOpen01(g)) / l)));
    PooledCounts c;
    c.addRaw(exact, censored);
    return c;
}

/// The Beta–geometric subject of §8.1: p ~ Beta(alpha, beta), K | p ~ Geometric(p).
PooledCounts betaGeometricCounts(std::uint64_t seed, double alpha, double beta, std::int64_t n) {
    Rng g = makeRng(seed, 4);
    std::vector<std::int64_t> exact, censored;
    for (std::int64_t i = 0; i < n; ++i) {
        const double p = tb::beta(g, alpha, beta);
        std::int64_t k = 0;
        if (p <= 0.0) {
            k = std::int64_t(1) << 62; // never succeeds within any horizon: as far out as K goes
        } else if (p < 1.0) {
            const double kk = std::floor(std::log(uniformOpen01(g)) / std::log1p(-p));
            k = kk < 0x1.0p62 ? std::int64_t(kk) : std::int64_t(1) << 62;
        }
        exact.push_back(k);
    }
    PooledCounts c;
    c.addRaw(exact, censored);
    return c;
}

/// x = K + 1 of the exact observations as plfit's array.
std::vector<double> asDoubles(const PooledCounts& p) {
    std::vector<double> xs;
    for (const auto& [k, c] : p.exact) xs.insert(xs.end(), std::size_t(c), double(k + 1));
    return xs;
}

std::uint64_t bits(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

} // namespace

class TstTail : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hurwitzZetaIdentities();
    void hurwitzZetaSmoothAndFinite();
    void likelihoodAgreesWithPlfit();
    void zetaSamplerMatchesPmf();
    void mleRecoversExponentAndXmin();
    void ownMleMatchesPlfit();
    void censoringIsKeptNotCountedAsSuccess();
    void levelBoundaries();
    void levelProbabilities();
    void bootstrapBitIdenticalAcrossThreads();
    void goodnessOfFit();
    void hillOnBetaGeometric();
    void olsRecoversExactSlope();
    void vuongPicksTheRightTail();
    void analysisWarningsAndCurves();
};

void TstTail::initTestCase() {
    // The test calls plfit directly too: the library's default handler would abort on an error.
    plfit_set_error_handler(plfit_error_handler_ignore);
}

void TstTail::hurwitzZetaIdentities() {
    // Euler–Maclaurin with 12 direct terms and 7 Bernoulli terms is accurate to about 1e-15 relative (§5.2);
    // 1e-14 leaves room for the rounding of the summation and of the logarithm.
    QVERIFY(std::fabs(std::exp(lnHurwitzZeta(2.0, 1.0)) / (std::numbers::pi * std::numbers::pi / 6.0) - 1.0) <
            1e-14);
    QVERIFY(std::fabs(std::exp(lnHurwitzZeta(3.0, 1.0)) / 1.2020569031595942 - 1.0) < 1e-14);
    for (double s : {1.01, 1.1, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0, 8.0, 12.0, 20.0}) {
        // Against Boost.Math's Riemann zeta at q = 1 (same accuracy argument).
        const double boost = boost::math::zeta(s);
        QVERIFY2(std::fabs(lnHurwitzZeta(s, 1.0) - std::log(boost)) < 1e-14, qPrintable(QString::number(s)));
        for (double q : {1.0, 2.5, 10.0, 1e3, 1e6}) {
            // zeta(s, q) - zeta(s, q + 1) = q^-s, checked as zeta(s,q)/zeta(s,q+1) - 1 = q^-s / zeta(s,q+1).
            // The left side comes from a difference of two logarithms of size up to |(s-1) ln q| ~ 300, each
            // good to a few ulp, so its absolute error is about 1e-13; relative to the right side (as small
            // as (s-1)/q = 1e-8 at q = 1e6, s = 1.01) the tolerance is 1e-13 absolute or 1e-9 relative.
            const double l0 = lnHurwitzZeta(s, q), l1 = lnHurwitzZeta(s, q + 1.0);
            const double lhs = std::expm1(l0 - l1), rhs = std::exp(-s * std::log(q) - l1);
            QVERIFY2(std::fabs(lhs - rhs) <= std::max(1e-13, 1e-9 * rhs),
                     qPrintable(QString("s=%1 q=%2 lhs=%3 rhs=%4").arg(s).arg(q).arg(lhs).arg(rhs)));
        }
    }
    QVERIFY(std::isnan(lnHurwitzZeta(1.0, 1.0)));
    QVERIFY(std::isnan(lnHurwitzZeta(2.0, 0.0)));
}

void TstTail::hurwitzZetaSmoothAndFinite() {
    // ln zeta(s, q) is finite, strictly decreasing in s for q >= 1 and convex in s (a log-sum-exp of linear
    // functions of s) over the whole range the fits use; a kink from switching formulas would break
    // convexity. The second difference at step 0.01 is about 1e-4 * d²/ds² ln zeta (>= 1e-8 here); rounding
    // of ln zeta
    // (|ln zeta| <= 300, a few ulp) is below 1e-12, the allowed slack.
    for (double q : {1.0, 3.0, 47.0, 1e3, 1e5, 1e6}) {
        double prev2 = NAN, prev = NAN;
        for (int i = 0; i <= 699; ++i) {
            const double s = 1.01 + 0.01 * i;
            const double v = lnHurwitzZeta(s, q);
            QVERIFY2(std::isfinite(v), qPrintable(QString("s=%1 q=%2").arg(s).arg(q)));
            if (!std::isnan(prev)) QVERIFY(v < prev);
            if (!std::isnan(prev2))
                QVERIFY2(v - 2 * prev + prev2 > -1e-12, qPrintable(QString("s=%1 q=%2").arg(s).arg(q)));
            prev2 = prev;
            prev = v;
        }
    }
}

void TstTail::likelihoodAgreesWithPlfit() {
    // ln L = -a sum ln x - n ln zeta(a, xmin) with our ln zeta against plfit_log_likelihood_discrete (which
    // uses its own Hurwitz zeta, hzeta.c): both are accurate to ~1e-15 relative, so 1e-12 relative on ln L.
    const PooledCounts p = zetaCounts(11, 2.3, 1, 5000);
    std::vector<double> xs = asDoubles(p);
    for (double a : {1.3, 2.3, 3.7}) {
        for (double xmin : {1.0, 3.0, 10.0}) {
            double plfitL = 0;
            QCOMPARE(plfit_log_likelihood_discrete(xs.data(), xs.size(), a, xmin, &plfitL),
                     int(PLFIT_SUCCESS));
            double sumLn = 0;
            std::int64_t n = 0;
            for (double x : xs)
                if (x >= xmin) sumLn += std::log(x), ++n;
            const double ours = -a * sumLn - double(n) * lnHurwitzZeta(a, xmin);
            QVERIFY2(std::fabs(ours / plfitL - 1.0) < 1e-12,
                     qPrintable(QString("a=%1 xmin=%2").arg(a).arg(xmin)));
        }
    }
}

void TstTail::zetaSamplerMatchesPmf() {
    // 1e6 draws against x^-a / zeta(a, xmin): single cells while the expected count is >= 50, then one cell
    // for the rest. Under the null the statistic is chi-squared; with fixed seeds the check fails at p < 1e-4
    // only if the sampler is off (a false alarm would need a 1-in-10 000 draw).
    for (double a : {1.5, 2.5, 3.5}) {
        for (std::int64_t xmin : {1, 5}) {
            const std::int64_t n = 1'000'000;
            Rng g = makeRng(42, std::uint64_t(a * 10), std::uint64_t(xmin));
            const double lzMin = lnHurwitzZeta(a, double(xmin));
            std::vector<double> expected;
            for (std::int64_t x = xmin;; ++x) {
                const double e = double(n) * std::exp(-a * std::log(double(x)) - lzMin);
                if (e < 50.0) break;
                expected.push_back(e);
            }
            const std::int64_t last = xmin + std::int64_t(expected.size()); // first x of the pooled tail cell
            expected.push_back(double(n) * std::exp(lnHurwitzZeta(a, double(last)) - lzMin));
            std::vector<std::int64_t> observed(expected.size(), 0);
            for (std::int64_t i = 0; i < n; ++i) {
                const std::int64_t x = sampleZeta(g, a, xmin);
                QVERIFY(x >= xmin);
                ++observed[std::size_t(std::min(x, last) - xmin)];
            }
            double chi2 = 0;
            for (std::size_t c = 0; c < expected.size(); ++c)
                chi2 +=
                    (double(observed[c]) - expected[c]) * (double(observed[c]) - expected[c]) / expected[c];
            const boost::math::chi_squared dist(double(expected.size() - 1));
            const double p = boost::math::cdf(boost::math::complement(dist, chi2));
            QVERIFY2(p > 1e-4, qPrintable(QString("a=%1 xmin=%2 chi2=%3 cells=%4 p=%5")
                                              .arg(a)
                                              .arg(xmin)
                                              .arg(chi2)
                                              .arg(expected.size())
                                              .arg(p)));
        }
    }
}

void TstTail::mleRecoversExponentAndXmin() {
    // Pure zeta samples: the estimate lies within 3 standard errors of the truth (a 99.7% event per sample
    // for an asymptotically normal MLE; n is large enough for the normal approximation).
    for (double a : {1.6, 2.5, 3.5}) {
        const PooledCounts p = zetaCounts(7, a, 1, 4000);
        const PowerLawFit f = fitPowerLaw(p);
        QVERIFY(f.ok && f.viaPlfit);
        QVERIFY2(
            std::fabs(f.alpha - a) < 3 * f.alphaSe,
            qPrintable(QString("a=%1 fit=%2 se=%3 xmin=%4").arg(a).arg(f.alpha).arg(f.alphaSe).arg(f.xmin)));
        // The SE is close to the quick form (a - 1) / sqrt(n) when xmin = 1 only roughly; check its scale.
        QVERIFY(f.alphaSe > 0 && f.alphaSe < 2 * (f.alpha - 1) / std::sqrt(double(f.nTail)));
    }
    // A uniform body on x = 1..9 (30%) under a zeta(2.5) tail from x = 10: the KS scan must not put xmin
    // inside the body (there the KS distance is large) and should find the start of the power law. Above 10
    // the law is exactly zeta, so the KS distance is flat in xmin up to noise and the chosen xmin scatters
    // upwards by a few values (Clauset et al. 2009, fig. 3): 10..14 is "recovered".
    for (std::uint64_t seed : {1, 2, 3}) {
        const PooledCounts p = mixtureCounts(seed, 2.5, 10, 20000, 0.3);
        const PowerLawFit f = fitPowerLaw(p);
        QVERIFY(f.ok);
        QVERIFY2(f.xmin >= 10 && f.xmin <= 14, qPrintable(QString("xmin=%1").arg(f.xmin)));
        QVERIFY2(std::fabs(f.alpha - 2.5) < 3 * f.alphaSe,
                 qPrintable(QString("fit=%1 se=%2").arg(f.alpha).arg(f.alphaSe)));
    }
}

void TstTail::ownMleMatchesPlfit() {
    // Without censoring, the own MLE (Brent on ln L) and plfit's (L-BFGS) maximise the same likelihood:
    // both converge far below 1e-4 (Brent to ~3e-8, L-BFGS to a gradient of 1e-5 n), so 1e-4 is loose enough
    // for the two Hurwitz zeta implementations and tight enough to catch any modelling difference.
    const std::vector<PooledCounts> samples = {zetaCounts(21, 1.7, 1, 3000), zetaCounts(22, 2.5, 1, 5000),
                                               zetaCounts(23, 3.2, 2, 5000),
                                               mixtureCounts(24, 2.2, 6, 5000, 0.4)};
    plfit_discrete_options_t options;
    plfit_discrete_options_init(&options);
    options.p_value_method = PLFIT_P_VALUE_SKIP;
    for (std::size_t s = 0; s < samples.size(); ++s) {
        std::vector<double> xs = asDoubles(samples[s]);
        // Fixed xmin in the power-law part of each sample (the mixture's tail starts at x = 6).
        for (std::int64_t xmin :
             s == 3 ? std::vector<std::int64_t>{6, 7, 9} : std::vector<std::int64_t>{2, 4, 7}) {
            plfit_result_t r{};
            QCOMPARE(plfit_estimate_alpha_discrete(xs.data(), xs.size(), double(xmin), &options, &r),
                     int(PLFIT_SUCCESS));
            const PowerLawFit own = fitPowerLawAt(samples[s], xmin);
            QVERIFY(own.ok && !own.viaPlfit);
            QVERIFY2(std::fabs(own.alpha - r.alpha) < 1e-4,
                     qPrintable(QString("sample %1 xmin %2: own %3 plfit %4")
                                    .arg(s)
                                    .arg(xmin)
                                    .arg(own.alpha)
                                    .arg(r.alpha)));
            // Same KS distance definition (§5.4): 1e-6 covers the tiny alpha difference.
            QVERIFY(std::fabs(own.ks - r.D) < 1e-6);
        }
        const PowerLawFit viaPlfit = fitPowerLaw(samples[s], FitMethod::Plfit);
        const PowerLawFit own = fitPowerLaw(samples[s], FitMethod::OwnMle);
        QVERIFY(viaPlfit.ok && own.ok && viaPlfit.viaPlfit && !own.viaPlfit);
        QCOMPARE(own.xmin, viaPlfit.xmin);
        QCOMPARE(own.nTail, viaPlfit.nTail);
        QVERIFY(std::fabs(own.alpha - viaPlfit.alpha) < 1e-4);
        QVERIFY(std::fabs(own.logLikelihood - viaPlfit.logLikelihood) <
                1e-6 * std::fabs(viaPlfit.logLikelihood));
        QVERIFY(std::fabs(own.alphaSe - viaPlfit.alphaSe) < 1e-6);
    }
    // A finding, kept as a check: inside the mixture's non-power-law body (xmin = 2) plfit's L-BFGS stops at
    // a = 2 exactly (its line search gives up and plfit accepts the point), far from the maximum; Brent finds
    // the maximum, with a log-likelihood higher by hundreds. Such candidates lose the KS scan anyway.
    {
        std::vector<double> xs = asDoubles(samples[3]);
        plfit_result_t r{};
        QCOMPARE(plfit_estimate_alpha_discrete(xs.data(), xs.size(), 2.0, &options, &r), int(PLFIT_SUCCESS));
        const PowerLawFit own = fitPowerLawAt(samples[3], 2);
        double plfitL = 0;
        plfit_log_likelihood_discrete(xs.data(), xs.size(), r.alpha, 2.0, &plfitL);
        qInfo("mixture at xmin 2: plfit a = %.5f (ln L %.2f), Brent a = %.5f (ln L %.2f)", r.alpha, plfitL,
              own.alpha, own.logLikelihood);
        QVERIFY(own.logLikelihood >= plfitL);
    }
}

void TstTail::censoringIsKeptNotCountedAsSuccess() {
    // Zeta(2.5) capped at K = 3 (x_c = 4): P(X >= 4) = zeta(2.5, 4) / zeta(2.5, 1) = 7.5% censored.
    const double a = 2.5;
    const std::int64_t n = 20000, capK = 3;
    const PooledCounts censored = cappedZetaCounts(5, a, n, capK, false);
    const double share = double(censored.censoredTotal()) / double(n);
    QVERIFY2(share > 0.05 && share < 0.10, qPrintable(QString::number(share)));
    std::vector<std::string> warnings;
    const PowerLawFit f = fitPowerLaw(censored, FitMethod::Automatic, &warnings);
    QVERIFY(f.ok && !f.viaPlfit);
    QCOMPARE(f.nTailCensored, censored.censoredTotal());
    QVERIFY(f.xmin <= capK + 1); // never above a censoring value
    // Within 3 SE of the truth (the censored likelihood is the exact one, so the MLE is consistent).
    QVERIFY2(std::fabs(f.alpha - a) < 3 * f.alphaSe,
             qPrintable(QString("fit=%1 se=%2").arg(f.alpha).arg(f.alphaSe)));
    // plfit itself refuses censored data.
    QVERIFY(!fitPowerLaw(censored, FitMethod::Plfit).ok);

    // Treating the caps as successes at K = cap (x = 4 exact) piles the censored mass on one value: the fit
    // reads a much lighter tail, more than 3 SE away.
    const PooledCounts asSuccess = cappedZetaCounts(5, a, n, capK, true);
    const PowerLawFit naive = fitPowerLaw(asSuccess);
    QVERIFY(naive.ok);
    QVERIFY2(
        std::fabs(naive.alpha - a) > 3 * naive.alphaSe,
        qPrintable(QString("naive=%1 se=%2 xmin=%3").arg(naive.alpha).arg(naive.alphaSe).arg(naive.xmin)));
    qInfo("censored fit a = %.4f ± %.4f (xmin %lld); caps as successes a = %.4f ± %.4f (xmin %lld)", f.alpha,
          f.alphaSe, (long long)f.xmin, naive.alpha, naive.alphaSe, (long long)naive.xmin);
}

void TstTail::levelBoundaries() {
    QCOMPARE(levelOf(2.0), Level::Limited);
    QCOMPARE(levelOf(std::nextafter(2.0, 3.0)), Level::Capable);
    QCOMPARE(levelOf(3.0), Level::Capable);
    QCOMPARE(levelOf(std::nextafter(3.0, 4.0)), Level::Autonomous);
    QCOMPARE(levelOf(1.0), Level::Limited);
    QCOMPARE(levelOf(NAN), Level::Limited);
    QCOMPARE(QString(levelName(Level::Capable)), QString("Capable"));
}

void TstTail::levelProbabilities() {
    // n = 3000 zeta samples: the SE of a is about (a - 1)/sqrt(n) (0.015 at a = 1.8, 0.045 at a = 3.5), so a
    // true exponent 0.2 or 0.5 from a boundary is 10+ SE inside its band and the bootstrap puts > 95% of its
    // mass there.
    TailOptions o;
    o.levelBootstrap = 100;
    o.seed = 9;
    auto probs = [&](double a, std::uint64_t seed) {
        const TailAnalysis t = analyzeTail(zetaCounts(seed, a, 1, 3000), o);
        const bool ok =
            t.fit.ok && t.levelResamples == 100 && t.alphaLow <= t.fit.alpha && t.fit.alpha <= t.alphaHigh;
        if (!ok) qWarning("a=%.1f: fit %d resamples %d", a, int(t.fit.ok), t.levelResamples);
        qInfo("a=%.1f fit %.3f [%.3f, %.3f] P = %.2f %.2f %.2f", a, t.fit.alpha, t.alphaLow, t.alphaHigh,
              t.levelProbability[0], t.levelProbability[1], t.levelProbability[2]);
        return ok ? t.levelProbability : std::array<double, 3>{NAN, NAN, NAN};
    };
    QVERIFY(probs(1.8, 31)[0] > 0.95);
    QVERIFY(probs(2.2, 31)[1] > 0.95);
    QVERIFY(probs(3.5, 31)[2] > 0.95);
    // A true exponent on a boundary: the estimate falls on either side, so each sample's bootstrap splits its
    // mass unevenly (like a p-value, the lower share is roughly uniform over samples). Over 6 samples the
    // mean lower share is 0.5 ± 0.12; [0.2, 0.8] is a 2.5-sigma band, and each level gets mass in most
    // samples.
    for (const auto& [a, lower] : {std::pair{2.0, 0}, std::pair{3.0, 1}}) {
        double meanLower = 0;
        int bothSides = 0;
        for (std::uint64_t seed = 1; seed <= 6; ++seed) {
            const auto p = probs(a, 100 + seed);
            meanLower += p[std::size_t(lower)] / 6;
            bothSides += p[std::size_t(lower)] > 0.02 && p[std::size_t(lower + 1)] > 0.02;
        }
        QVERIFY2(meanLower > 0.2 && meanLower < 0.8,
                 qPrintable(QString("a=%1 mean lower %2").arg(a).arg(meanLower)));
        QVERIFY2(bothSides >= 4, qPrintable(QString("a=%1: %2 of 6 with both levels").arg(a).arg(bothSides)));
    }
}

void TstTail::bootstrapBitIdenticalAcrossThreads() {
    // Replicate b draws from its own stream and is stored at index b: 1 and 2 threads give the same bits, for
    // the plfit refits and for the censored (own MLE) refits.
    for (bool censor : {false, true}) {
        const PooledCounts p =
            censor ? cappedZetaCounts(3, 2.3, 3000, 20, false) : zetaCounts(3, 2.3, 1, 3000);
        TailOptions o;
        o.bootstrap = 40;
        o.levelBootstrap = 30;
        o.seed = 77;
        o.threads = 1;
        const TailAnalysis one = analyzeTail(p, o);
        o.threads = 2;
        const TailAnalysis two = analyzeTail(p, o);
        QCOMPARE(one.pRefits, 40);
        QCOMPARE(two.pRefits, 40);
        QCOMPARE(bits(one.pValue), bits(two.pValue));
        QCOMPARE(one.bootstrapAlphas.size(), two.bootstrapAlphas.size());
        for (std::size_t i = 0; i < one.bootstrapAlphas.size(); ++i)
            QCOMPARE(bits(one.bootstrapAlphas[i]), bits(two.bootstrapAlphas[i]));
        // The public entry point gives the same p.
        const Gof g = bootstrapGof(p, one.fit, 40, 77, 2);
        QCOMPARE(bits(g.p), bits(one.pValue));
    }
    // A stop request before the start runs nothing.
    std::stop_source stop;
    stop.request_stop();
    const PooledCounts p = zetaCounts(3, 2.3, 1, 1000);
    const Gof g = bootstrapGof(p, fitPowerLaw(p), 10, 1, 2, stop.get_token());
    QCOMPARE(g.refits, 0);
    QVERIFY(std::isnan(g.p));
}

void TstTail::goodnessOfFit() {
    // A true zeta sample: p is uniform on [0, 1] under the null, so p > 0.1 is a 90% event; the fixed seed
    // makes the check deterministic. With 100 refits the Monte Carlo SE of p is at most 0.05.
    {
        TailOptions o;
        o.bootstrap = 100;
        o.seed = 4;
        const TailAnalysis t = analyzeTail(zetaCounts(12, 2.5, 1, 3000), o);
        qInfo("zeta(2.5): p = %.3f (%d refits)", t.pValue, t.pRefits);
        QVERIFY(t.pValue > 0.1);
    }
    // A geometric sample at large n: no power law fits its tail, so the synthetic KS distances of true power
    // laws are smaller than the data's in (nearly) every refit: p ~ 0. 0.05 allows a few exceptions. (At
    // n = 5e4 the KS scan still finds a far tail of ~400 points, x >= 15, where a steep power law passes
    // (p = 0.3); from n = 2e5 on p is 0: "at large n" matters.)
    {
        TailOptions o;
        o.bootstrap = 50;
        o.seed = 4;
        const TailAnalysis t = analyzeTail(geometricCounts(13, 0.3, 200000), o);
        qInfo("geometric: xmin %lld a %.3f p = %.3f", (long long)t.fit.xmin, t.fit.alpha, t.pValue);
        QVERIFY(t.pValue < 0.05);
        bool ruledOut = false;
        for (const auto& w : t.warnings) ruledOut = ruledOut || w.find("ruled out") != std::string::npos;
        QVERIFY(ruledOut);
    }
    // Censored data: the synthetic samples are censored at the same cap and refitted by the censored MLE.
    {
        TailOptions o;
        o.bootstrap = 40;
        o.seed = 5;
        const TailAnalysis t = analyzeTail(cappedZetaCounts(14, 2.5, 3000, 30, false), o);
        QVERIFY(t.fit.ok && !t.fit.viaPlfit);
        QCOMPARE(t.pRefits, 40);
        qInfo("censored zeta(2.5): p = %.3f", t.pValue);
        QVERIFY(t.pValue > 0.1); // same 90% argument as above
    }
}

void TstTail::hillOnBetaGeometric() {
    // §8.1: with 2e5 draws the empirical CCDF matches the exact lgamma formula at k = 10, 100, 1000 (within 4
    // binomial SE), and Hill on the top 2 000 of K + 1 gives about 0.80 / 1.53 / 2.35 for alpha = 0.8 / 1.5 /
    // 2.5. The reference states neither beta nor how many samples its values come from; beta = 1 (the
    // canonical Beta(alpha, 1), density alpha p^(alpha-1)) is used. A single Hill value at k = 2 000 scatters
    // by about alpha / sqrt(2 000) (2.2%) and, through the second-order bias, by beta (beta = 1..3 moves the
    // alpha = 2.5 value by ~0.15), so the mean over 4 samples (SE ~1.1%) must be within 5% of the reference.
    const double beta = 1.0;
    const std::int64_t n = 200000;
    const double reference[3] = {0.80, 1.53, 2.35};
    const double alphas[3] = {0.8, 1.5, 2.5};
    for (int i = 0; i < 3; ++i) {
        const double alpha = alphas[i];
        double meanHill = 0;
        for (std::uint64_t rep = 0; rep < 4; ++rep) {
            const PooledCounts p = betaGeometricCounts(100 + std::uint64_t(i) + 10 * rep, alpha, beta, n);
            for (std::int64_t k : {10, 100, 1000}) {
                std::int64_t atLeast = 0;
                for (const auto& [v, c] : p.exact)
                    if (v >= k) atLeast += c;
                const double exact = std::exp(std::lgamma(alpha + beta) + std::lgamma(beta + double(k)) -
                                              std::lgamma(beta) - std::lgamma(alpha + beta + double(k)));
                const double emp = double(atLeast) / double(n);
                QVERIFY2(std::fabs(emp - exact) < 4 * std::sqrt(exact * (1 - exact) / double(n)),
                         qPrintable(
                             QString("alpha=%1 k=%2 emp=%3 exact=%4").arg(alpha).arg(k).arg(emp).arg(exact)));
            }
            const Hill h = hillEstimate(p, 2000);
            QCOMPARE(h.k, 2000);
            QVERIFY(std::fabs(h.se - h.alpha / std::sqrt(2000.0)) < 1e-12);
            meanHill += h.alpha / 4;
        }
        qInfo("Beta-geometric alpha=%.1f beta=1: mean Hill(2000) over 4 samples = %.3f (reference %.2f)",
              alpha, meanHill, reference[i]);
        QVERIFY(std::fabs(meanHill / reference[i] - 1) < 0.05);
    }
}

void TstTail::olsRecoversExactSlope() {
    // freq[k] = round(1e12 k^-2.3) for k = 1..1000 (K = 0 too, which OLS must skip): rounding changes log10
    // freq by at most 0.5 / 1.26e5 / ln 10 ~ 2e-6, so every-k OLS returns -2.3 to 1e-5.
    PooledCounts p;
    p.exact.emplace_back(0, 5);
    for (std::int64_t k = 1; k <= 1000; ++k)
        p.exact.emplace_back(k, std::llround(1e12 * std::pow(double(k), -2.3)));
    const Ols all = olsSlope(p, 0, 0, false);
    QCOMPARE(all.kMin, std::int64_t(1));
    QCOMPARE(all.kMax, std::int64_t(1000));
    QCOMPARE(all.points, 1000);
    QVERIFY(std::fabs(all.slope + 2.3) < 1e-5);
    const Ols range = olsSlope(p, 10, 300, false);
    QCOMPARE(range.points, 291);
    QVERIFY(std::fabs(range.slope + 2.3) < 1e-5);
    // Log bins: count / width is the mean of k^-2.3 over the bin, plotted at the bin's geometric centre; on
    // 10-per-decade bins that mean differs from the centre value by a nearly constant factor, so the slope is
    // -2.3 to about 1% (0.03 allows the integer-width bins of the first decade).
    const Ols logBins = olsSlope(p, 1, 1000, true);
    QVERIFY(logBins.points > 20);
    QVERIFY2(std::fabs(logBins.slope + 2.3) < 0.03, qPrintable(QString::number(logBins.slope)));
    // Empty bins are left out, never floored at log 0: a histogram with holes keeps the exact slope.
    PooledCounts holes;
    for (std::int64_t k = 1; k <= 1000; k += 3)
        holes.exact.emplace_back(k, std::llround(1e12 * std::pow(double(k), -2.3)));
    const Ols h = olsSlope(holes, 1, 1000, false);
    QCOMPARE(h.points, 334);
    QVERIFY(std::fabs(h.slope + 2.3) < 1e-5);
}

void TstTail::vuongPicksTheRightTail() {
    // On a zeta sample the power law beats both alternatives (R > 0), significantly against the exponential;
    // on a geometric sample the exponential wins significantly (R < 0, p < 0.01). n = 20 000 makes these
    // differences many standard deviations wide. The tests compare on the tail of the fit they are given: for
    // the geometric sample that is the whole sample (xmin = 1), since the KS scan would pick a far tail of a
    // few hundred points where a steep power law and an exponential cannot be told apart.
    {
        const PooledCounts p = zetaCounts(41, 2.5, 1, 20000);
        const auto v = vuongTests(p, fitPowerLaw(p));
        QCOMPARE(v.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(v[0].alternative), QString("lognormal"));
        QCOMPARE(QString::fromStdString(v[1].alternative), QString("exponential"));
        qInfo("zeta: R_lognormal %.2f (p %.3g), R_exponential %.2f (p %.3g)", v[0].ratio, v[0].p, v[1].ratio,
              v[1].p);
        QVERIFY(v[0].ratio > 0);
        QVERIFY(v[1].ratio > 0 && v[1].p < 0.01);
        QCOMPARE(v[0].parameters.size(), std::size_t(2));
    }
    {
        const PooledCounts p = geometricCounts(42, 0.05, 20000);
        const PowerLawFit f = fitPowerLawAt(p, 1);
        const auto v = vuongTests(p, f);
        qInfo("geometric (xmin %lld): R_lognormal %.2f (p %.3g), R_exponential %.2f (p %.3g), lambda %.4f",
              (long long)f.xmin, v[0].ratio, v[0].p, v[1].ratio, v[1].p, v[1].parameters[0]);
        QVERIFY(v[1].ratio < 0 && v[1].p < 0.01);
        // The fitted rate is the geometric one, -ln(1 - 0.05) = 0.0513, within a few per cent (n_tail is
        // large).
        QVERIFY(std::fabs(v[1].parameters[0] / -std::log1p(-0.05) - 1) < 0.05);
    }
}

void TstTail::analysisWarningsAndCurves() {
    // Nothing at all, or too few distinct values: no fit, a warning, no exception.
    QVERIFY(!analyzeTail(PooledCounts{}).warnings.empty());
    PooledCounts tiny;
    tiny.exact = {{0, 5}, {1, 3}};
    const TailAnalysis t0 = analyzeTail(tiny);
    QVERIFY(!t0.fit.ok);
    QVERIFY(!t0.warnings.empty());
    QVERIFY(std::isnan(t0.levelProbability[0]));

    // A Limited sample: infinite mean and variance flagged, curves present and consistent.
    const PooledCounts p = zetaCounts(51, 1.8, 1, 3000);
    const TailAnalysis t = analyzeTail(p);
    QVERIFY(t.fit.ok);
    QCOMPARE(t.level, Level::Limited);
    QVERIFY(t.meanInfinite && t.varianceInfinite);
    QCOMPARE(t.n, std::int64_t(3000));
    QVERIFY(!t.histogram.empty() && !t.survival.empty() && !t.fittedPmf.empty() && !t.fittedSurvival.empty());
    QCOMPARE(t.survival.front().y, 1.0);
    QVERIFY(t.hillPlot.size() <= 400 && t.hillPlot.size() > 50);
    QCOMPARE(t.hillPlot.size(), t.hillBandLow.size());
    // k = sqrt(n), at most the KS tail (and n - 1: X_(k+1) must exist).
    QCOMPARE(t.hillK, int(std::min<std::int64_t>(
                          {std::int64_t(std::llround(std::sqrt(double(t.n)))), t.fit.nTail, t.n - 1})));
    QVERIFY(std::isfinite(t.alphaHill) && std::isfinite(t.olsSlope));
    QVERIFY(std::isnan(t.pValue) && std::isnan(t.levelProbability[1]));
    // The fitted survival starts at n_tail / n.
    QVERIFY(std::fabs(t.fittedSurvival.front().y - double(t.fit.nTail) / double(t.n)) < 1e-12);
    bool infiniteMean = false;
    for (const auto& w : t.warnings)
        infiniteMean = infiniteMean || w.find("mean of K is infinite") != std::string::npos;
    QVERIFY(infiniteMean);

    // Censored observations are counted and reported.
    const TailAnalysis c = analyzeTail(cappedZetaCounts(52, 2.5, 2000, 20, false));
    QVERIFY(c.nCensored > 0);
    bool censoredWarning = false;
    for (const auto& w : c.warnings)
        censoredWarning = censoredWarning || w.find("right-censored") != std::string::npos;
    QVERIFY(censoredWarning);
}

QTEST_APPLESS_MAIN(TstTail)
#include "tst_tail.moc"

#pragma once
// Tail analysis of pooled failure counts (the Survival Game, ../shared/reference/survival-game.md §4–§7):
// discrete power-law MLE with xmin chosen by the Kolmogorov–Smirnov distance (Clauset, Shalizi & Newman 2009),
// built on libplfit; its standard error; the semi-parametric bootstrap goodness-of-fit p-value (xmin re-scanned
// in every refit, refits spread over threads); the level with the bootstrap probability of each level; the
// paper-compatible OLS slope; the Hill estimator; Vuong tests against lognormal and exponential tails;
// descriptives and the curves the window draws.
//
// Every fit is on x = K + 1 (so x >= 1 and K = 0 is kept); every output says so. Right-censored observations
// (K >= cap) are kept as such: the likelihood gives them S(x_c) = zeta(a, x_c) / zeta(a, xmin), never a
// success and never dropped.
//
// Reproducibility: the bootstraps draw replicate b from makeRng(seed, kStream, b), so results are bit-identical
// for any thread count.
#include <array>
#include <cstdint>
#include <limits>
#include <stop_token>
#include <string>
#include <vector>

#include "core/Pooled.h"
#include "core/Rng.h"

namespace tb::survival {

/// The three levels of the Survival Game. A boundary value belongs to the lower level (a = 2 is Limited,
/// a = 3 is Capable): the moment sums diverge logarithmically there.
enum class Level { Limited = 0, Capable = 1, Autonomous = 2 };
Level levelOf(double decayRate);
const char* levelName(Level level); ///< "Limited", "Capable", "Autonomous"

/// ln zeta(s, q), the Hurwitz zeta function, s > 1, q > 0 (Euler–Maclaurin, §5.2).
double lnHurwitzZeta(double s, double q);

/// One draw from the discrete power law P(X = x) = x^-alpha / zeta(alpha, xmin), x >= xmin >= 1 (the rejection
/// sampler of Devroye / plfit_rzeta, §5.6), alpha > 1.
std::int64_t sampleZeta(Rng& g, double alpha, std::int64_t xmin);

struct TailOptions {
    int bootstrap = 0;      ///< goodness-of-fit refits (semi-parametric, xmin re-scanned); 0: p not computed
    int levelBootstrap = 0; ///< nonparametric resamples (xmin re-scanned) for level probabilities and the CI of a
    std::int64_t olsKMin = 1; ///< OLS slope over K in [olsKMin, olsKMax] (K >= 1: empty bins never used)
    std::int64_t olsKMax = 0; ///< 0: up to the largest exact K
    bool olsLogBins = false;  ///< OLS on logarithmic bins (counts / bin width) instead of every k
    int hillK = 0;            ///< order statistics of the Hill estimate; 0: the KS tail size n_tail
    std::uint64_t seed = 1;
    int threads = 0;          ///< 0: all hardware threads
    std::stop_token stop;     ///< stops the bootstraps early (their counts then say how many ran)
};

struct PowerLawFit {
    bool ok = false;          ///< false when there is too little data (message in TailAnalysis::warnings)
    double alpha = std::numeric_limits<double>::quiet_NaN(); ///< PMF exponent = the decay rate a
    double alphaSe = std::numeric_limits<double>::quiet_NaN(); ///< 1 / sqrt(n d²/da² ln zeta(a, xmin))
    std::int64_t xmin = 0;    ///< in x = K + 1 units
    std::int64_t nTail = 0;   ///< observations with x >= xmin (censored ones included)
    std::int64_t nTailCensored = 0;
    double ks = std::numeric_limits<double>::quiet_NaN(); ///< KS distance at the chosen xmin
    double logLikelihood = std::numeric_limits<double>::quiet_NaN();
    bool viaPlfit = false;    ///< true: plfit_discrete did the fit (no censored data)
};

struct Vuong {
    std::string alternative;  ///< "lognormal", "exponential"
    double ratio = std::numeric_limits<double>::quiet_NaN(); ///< R = sum (ln p_powerlaw - ln p_alt); > 0 favours the power law
    double p = std::numeric_limits<double>::quiet_NaN();     ///< significance of the sign of R
    std::vector<double> parameters; ///< the alternative's fitted parameters on the same tail
};

struct CurvePoint {
    double x = 0, y = 0;
};

struct TailAnalysis {
    std::int64_t n = 0;          ///< observations, censored included
    std::int64_t nCensored = 0;
    double zeroFraction = 0;     ///< share of K = 0 among all observations
    double mean = 0, variance = 0; ///< of K over exact observations (finite samples always have them)
    bool meanInfinite = false, varianceInfinite = false; ///< the fitted tail makes the moment infinite
    PowerLawFit fit;
    double pValue = std::numeric_limits<double>::quiet_NaN(); ///< bootstrap GoF: high p = power law plausible
    int pRefits = 0;
    Level level = Level::Limited;          ///< of the point estimate fit.alpha
    std::array<double, 3> levelProbability{}; ///< from the level bootstrap (indexed by Level); NaN when not run
    int levelResamples = 0;
    double alphaLow = std::numeric_limits<double>::quiet_NaN(), alphaHigh = std::numeric_limits<double>::quiet_NaN(); ///< 2.5%, 97.5% of the level bootstrap
    // Paper-compatible OLS slope of log10 freq on log10 k.
    double olsSlope = std::numeric_limits<double>::quiet_NaN(); ///< decay rate a_ols = -olsSlope
    std::int64_t olsKMin = 0, olsKMax = 0; int olsPoints = 0;
    // Hill estimator on x = K + 1 (CCDF index; a_hill = alphaHill + 1).
    int hillK = 0;
    double alphaHill = std::numeric_limits<double>::quiet_NaN(), alphaHillSe = std::numeric_limits<double>::quiet_NaN();
    std::vector<Vuong> alternatives;       ///< lognormal, exponential
    std::vector<std::string> warnings;     ///< infinite moments, too little data, p <= 0.1, censoring, ...
    // Curves (x in x = K + 1 units unless said).
    std::vector<CurvePoint> histogram;     ///< logarithmic bins: (geometric bin centre, count / (bin width * n))
    std::vector<CurvePoint> survival;      ///< empirical P(X >= x) at every distinct x (censored counted as >= their value)
    std::vector<CurvePoint> fittedPmf;     ///< n_tail/n * x^-a / zeta(a, xmin) for x >= xmin, on log-spaced x
    std::vector<CurvePoint> fittedSurvival;///< n_tail/n * zeta(a, x) / zeta(a, xmin) for x >= xmin
    std::vector<CurvePoint> hillPlot;      ///< (k, alphaHill(k)) for log-spaced k (at most 400 points)
    std::vector<CurvePoint> hillBandLow, hillBandHigh; ///< alphaHill ± 1.96 alphaHill / sqrt(k)
    std::vector<double> bootstrapAlphas;   ///< the level bootstrap's estimates (sorted)
};

/// The full analysis of pooled failure counts K (PooledCounts over K >= 0; censored entries mean K >= value).
/// Never throws for data problems (too few points, all equal): those leave fit.ok false with a warning.
TailAnalysis analyzeTail(const PooledCounts& failures, const TailOptions& options = {});

} // namespace tb::survival

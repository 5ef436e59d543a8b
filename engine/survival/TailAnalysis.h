#pragma once
// Tail analysis of pooled failure counts (the Survival Game, ../shared/reference/survival-game.md §4–§7):
// discrete power-law MLE with xmin chosen by the Kolmogorov–Smirnov distance (Clauset, Shalizi & Newman
// 2009), built on libplfit; its standard error; the semi-parametric bootstrap goodness-of-fit p-value (xmin
// re-scanned in every refit, refits spread over threads); the level with the bootstrap probability of each
// level; the paper-compatible OLS slope; the Hill estimator; Vuong tests against lognormal and exponential
// tails; descriptives and the curves the window draws.
//
// Every fit is on x = K + 1 (so x >= 1 and K = 0 is kept); every output says so. Right-censored observations
// (K >= cap) are kept as such: the likelihood gives them S(x_c) = zeta(a, x_c) / zeta(a, xmin), never a
// success and never dropped.
//
// Reproducibility: the bootstraps draw replicate b from makeRng(seed, kStream, b), so results are
// bit-identical for any thread count.
#include <array>
#include <cstdint>
#include <limits>
#include <stop_token>
#include <string>
#include <vector>

#include "core/Pooled.h"
#include "core/Rng.h"
#include "core/Tr.h"

namespace tb::survival {

/// The three levels of the Survival Game. A boundary value belongs to the lower level (a = 2 is Limited,
/// a = 3 is Capable): the moment sums diverge logarithmically there.
enum class Level { Limited = 0, Capable = 1, Autonomous = 2 };
Level levelOf(double decayRate);
const char* levelName(Level level); ///< "Limited", "Capable", "Autonomous"

/// "power-law fit: %1": the fit's failure as a warning (tb::fill).
inline constexpr const char* kFitFailed = TB_TR("engine", "power-law fit: %1");
/// The patterns of analyzeTail()'s warnings (tb::fill), for Kind::textPatterns().
const std::vector<const char*>& tailTextPatterns();

/// ln zeta(s, q), the Hurwitz zeta function, s > 1, q > 0 (Euler–Maclaurin, §5.2).
double lnHurwitzZeta(double s, double q);

/// One draw from the discrete power law P(X = x) = x^-alpha / zeta(alpha, xmin), x >= xmin >= 1 (the
/// rejection sampler of Devroye / plfit_rzeta, §5.6), alpha > 1 (returns 0 for alpha <= 1 or xmin < 1).
/// Draws are conditioned on X < 2^62 so that K fits std::int64_t (a change of order (xmin / 2^62)^(alpha -
/// 1)).
std::int64_t sampleZeta(Rng& g, double alpha, std::int64_t xmin);

struct TailOptions {
    int bootstrap = 0; ///< goodness-of-fit refits (semi-parametric, xmin re-scanned); 0: p not computed
    int levelBootstrap =
        0; ///< nonparametric resamples (xmin re-scanned) for level probabilities and the CI of a
    std::int64_t olsKMin = 1; ///< OLS slope over K in [olsKMin, olsKMax] (K >= 1: empty bins never used)
    std::int64_t olsKMax = 0; ///< 0: up to the largest exact K
    bool olsLogBins = false;  ///< OLS on logarithmic bins (counts / bin width) instead of every k
    int hillK = 0;            ///< order statistics of the Hill estimate; 0: the exact points of the KS tail
                              ///< (n_tail - nTailCensored; sqrt(n) without a fit), at most n_exact - 1
    std::uint64_t seed = 1;
    int threads = 0;      ///< 0: all hardware threads
    std::stop_token stop; ///< stops the bootstraps early (their counts then say how many ran)
};

struct PowerLawFit {
    bool ok = false; ///< false when there is too little data (message in TailAnalysis::warnings)
    double alpha = std::numeric_limits<double>::quiet_NaN();   ///< PMF exponent = the decay rate a
    double alphaSe = std::numeric_limits<double>::quiet_NaN(); ///< 1 / sqrt(n d²/da² ln zeta(a, xmin)); with
                                                               ///< censoring the observed information (minus
                                                               ///< count_c d²/da² ln zeta(a, x_c))
    std::int64_t xmin = 0;  ///< in x = K + 1 units
    std::int64_t nTail = 0; ///< observations with x >= xmin (censored ones included)
    std::int64_t nTailCensored = 0;
    double ks = std::numeric_limits<double>::quiet_NaN(); ///< KS distance at the chosen xmin
    double logLikelihood = std::numeric_limits<double>::quiet_NaN();
    bool viaPlfit = false; ///< true: plfit_discrete did the fit (no censored data)
};

struct Vuong {
    std::string alternative;                                 ///< "lognormal", "exponential"
    double ratio = std::numeric_limits<double>::quiet_NaN(); ///< R = sum (ln p_powerlaw - ln p_alt); > 0
                                                             ///< favours the power law
    double p = std::numeric_limits<double>::quiet_NaN();     ///< significance of the sign of R
    std::vector<double> parameters; ///< the alternative's fitted parameters on the same tail
};

struct CurvePoint {
    double x = 0, y = 0;
};

struct TailAnalysis {
    std::int64_t n = 0; ///< observations, censored included
    std::int64_t nCensored = 0;
    double zeroFraction = 0;       ///< share of K = 0 among all observations
    double mean = 0, variance = 0; ///< of K over exact observations (finite samples always have them)
    bool meanInfinite = false, varianceInfinite = false; ///< the fitted tail makes the moment infinite
    PowerLawFit fit;
    double pValue = std::numeric_limits<double>::quiet_NaN(); ///< bootstrap GoF: high p = power law plausible
    int pRefits = 0;              ///< refits that ran and fitted (fewer when stopped)
    Level level = Level::Limited; ///< of the point estimate fit.alpha
    std::array<double, 3>
        levelProbability{}; ///< from the level bootstrap (indexed by Level); NaN when not run
    int levelResamples = 0; ///< level-bootstrap refits that ran and fitted
    double alphaLow = std::numeric_limits<double>::quiet_NaN(),
           alphaHigh = std::numeric_limits<double>::quiet_NaN(); ///< 2.5%, 97.5% of the level bootstrap
    // Paper-compatible OLS slope of log10 freq on log10 k.
    double olsSlope = std::numeric_limits<double>::quiet_NaN(); ///< decay rate a_ols = -olsSlope
    std::int64_t olsKMin = 0, olsKMax = 0;
    int olsPoints = 0;
    // Hill estimator on x = K + 1 of the exact observations (CCDF index; a_hill = alphaHill + 1); censored
    // observations are left out (warned): their value is only a lower bound.
    int hillK = 0;
    double alphaHill = std::numeric_limits<double>::quiet_NaN(),
           alphaHillSe = std::numeric_limits<double>::quiet_NaN();
    std::vector<Vuong> alternatives;   ///< lognormal, exponential (vuongTests() on the fit's tail)
    std::vector<std::string> warnings; ///< infinite moments, too little data, p <= 0.1, censoring, ...
    // Curves (x in x = K + 1 units unless said).
    std::vector<CurvePoint> histogram; ///< logarithmic bins: (geometric bin centre, count / (bin width * n))
    std::vector<CurvePoint>
        survival; ///< empirical P(X >= x) at every distinct x (censored counted as >= their value)
    std::vector<CurvePoint> fittedPmf; ///< n_tail/n * x^-a / zeta(a, xmin) for x >= xmin, on log-spaced x
    std::vector<CurvePoint> fittedSurvival; ///< n_tail/n * zeta(a, x) / zeta(a, xmin) for x >= xmin
    std::vector<CurvePoint> hillPlot;       ///< (k, alphaHill(k)) for log-spaced k (at most 400 points)
    std::vector<CurvePoint> hillBandLow, hillBandHigh; ///< alphaHill ± 1.96 alphaHill / sqrt(k)
    std::vector<double> bootstrapAlphas;               ///< the level bootstrap's estimates (sorted)
};

/// How fitPowerLaw() fits.
enum class FitMethod {
    Automatic, ///< plfit_discrete when nothing is censored (and n <= 5e7, plfit's array), the own MLE
               ///< otherwise
    Plfit,     ///< plfit_discrete only (censored data: ok = false)
    OwnMle,    ///< the censoring-aware MLE (Brent over a in [1.0001, 20]) with the same KS xmin scan
};

/// The discrete power-law fit with the KS choice of xmin on x = K + 1 (§5.3, §5.4). Censored observations
/// (x >= x_c) enter the likelihood as S(x_c) = zeta(a, x_c) / zeta(a, xmin); xmin may not exceed the smallest
/// x_c (above it a censored point would be only partly in the tail), and the KS distance runs over x <= the
/// smallest x_c, where the empirical CDF is exact. Problems leave ok false, with a message in *warnings.
PowerLawFit fitPowerLaw(const PooledCounts& failures, FitMethod method = FitMethod::Automatic,
                        std::vector<std::string>* warnings = nullptr);

/// The own (censoring-aware) MLE of a at a fixed xmin (x units), with SE, KS distance and log-likelihood.
PowerLawFit fitPowerLawAt(const PooledCounts& failures, std::int64_t xmin);

struct Gof {
    double p = std::numeric_limits<double>::quiet_NaN(); ///< #{D_syn >= D} / refits
    int refits = 0; ///< refits that ran and fitted (stopped or failed ones are left out)
    int failed = 0; ///< synthetic samples that could not be fitted (too few distinct values)
};

/// The semi-parametric bootstrap p-value of `fit` (§5.5): replicate b, from makeRng(seed, 0x60F, b), keeps N,
/// draws each point from the empirical values below xmin with probability n_below / N and from the fitted
/// zeta law otherwise, censors every synthetic x >= the smallest censoring value x_c at x_c when the data
/// were censored, and is refitted with xmin re-scanned by the same method as the data. Spread over `threads`
/// (0: all); the result is bit-identical for any thread count.
Gof bootstrapGof(const PooledCounts& failures, const PowerLawFit& fit, int refits, std::uint64_t seed,
                 int threads = 0, std::stop_token stop = {});

struct Hill {
    int k = 0;                                               ///< order statistics used
    double alpha = std::numeric_limits<double>::quiet_NaN(); ///< CCDF index; decay rate a = alpha + 1
    double se = std::numeric_limits<double>::quiet_NaN();    ///< alpha / sqrt(k)
};

/// The Hill estimator (§6, ReIns/arch form, threshold the (k+1)-th largest) on x = K + 1 of the exact
/// observations (censored ones are left out: their value is only a lower bound). k is clamped to [1, n - 1].
Hill hillEstimate(const PooledCounts& failures, int k);

struct Ols {
    double slope = std::numeric_limits<double>::quiet_NaN(); ///< of log10 freq on log10 k; a_ols = -slope
    std::int64_t kMin = 0, kMax = 0;
    int points = 0;
};

/// The paper-compatible OLS slope over K in [max(kMin, 1), kMax] (kMax = 0: the largest exact K) of the exact
/// counts; empty bins are left out (never log 0). With logBins, bins of 10 per decade, y = count / width.
Ols olsSlope(const PooledCounts& failures, std::int64_t kMin, std::int64_t kMax, bool logBins);

/// Vuong tests of `fit` against the discrete lognormal and the discrete exponential (geometric), both fitted
/// by MLE on the same tail (x >= xmin, censored points as survival terms) and normalised over x >= xmin:
/// lognormal P(X = x) = [F(x + 1/2) - F(x - 1/2)] / [1 - F(xmin - 1/2)] (F the continuous lognormal CDF),
/// geometric P(X = x) = (1 - q) q^(x - xmin). parameters: lognormal {mu, sigma}, exponential {lambda = -ln
/// q}.
std::vector<Vuong> vuongTests(const PooledCounts& failures, const PowerLawFit& fit);

/// The full analysis of pooled failure counts K (PooledCounts over K >= 0; censored entries mean K >= value).
/// Never throws for data problems (too few points, all equal): those leave fit.ok false with a warning.
TailAnalysis analyzeTail(const PooledCounts& failures, const TailOptions& options = {});

} // namespace tb::survival

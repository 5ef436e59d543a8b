#pragma once
// The scaling projection of the Survival Game (reference survival-game.md §9): a power law a = c · N^b
// between model size N and failure decay rate a, fitted by ordinary least squares on log10 a = log10 c + b ·
// log10 N (the same line as ln a = ln c + b ln N), and the sizes N* where it reaches the level boundaries a*
// = 2 (Capable) and a* = 3 (Autonomous): log10 N* = (log10 a* - log10 c) / b.
//
// Extrapolating over 10+ decades is extremely sensitive to b, so every crossing carries a percentile
// bootstrap interval over the (N, a) pairs, and the line a 95% t-band. The fitted set is always reported
// (pitfall 9: the published line depends on which points are fitted).
//
// The year and cost of a crossing are reconstructions, not the paper's stated assumptions (§9.4): the year
// axis of the paper's pred.png fits 2025 + 1.5 · log2(N / 1e12) (doubling every 18 months from 1e12
// parameters in 2025), and the cost is N · bytes per parameter / 80 GB per H100 · $30 000 per GPU.
//
// Reproducibility: bootstrap resample r draws from makeRng(seed, 0x9A0, r), so results are bit-identical for
// a seed on any machine.
#include <cstdint>
#include <istream>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "survival/TailAnalysis.h"

namespace tb::survival {

/// One (model size, decay rate) pair.
struct ScalingPoint {
    double size = 0;       ///< N, parameters; finite, > 0
    double rate = 0;       ///< a, the failure decay rate; finite, > 0
    std::string label;     ///< "" when the data have no label column
    std::int64_t line = 0; ///< its line in the file it was read from (0: not read from a file)
};

struct ScalingCsvOptions {
    std::string sizeColumn = "N_params";
    std::string rateColumn = "decay_rate";
    /// "": the column "label", else "label_guess", when the header has one (else the points have no labels);
    /// a name given here must be in the header.
    std::string labelColumn = {};
};

/// Pairs files are small tables (the sample is 3 KiB); these bounds refuse a wrong file before it is read
/// whole. A label is a model name; the bound keeps regular-expression matching of labels shallow.
inline constexpr std::uintmax_t kMaxScalingFileBytes = std::uintmax_t(16) << 20;
inline constexpr std::size_t kMaxScalingLineBytes = std::size_t(64) << 10;
inline constexpr std::size_t kMaxLabelBytes = 1000;

/// Reads (N, a) pairs from CSV text: lines starting with '#' (after blanks) and blank lines are skipped, the
/// first other line is the header, columns are found by name, fields are RFC 4180 (quoted fields, "" for a
/// quote, no line breaks inside quotes), numbers are read whole and strictly (std::from_chars: no nan, inf,
/// trailing text, hex), N and a must be finite and > 0. Every problem is an InputError issue located as
/// "SOURCE:LINE" naming the column and quoting the offending content; reading stops after 20 problems.
std::vector<ScalingPoint> parseScalingCsv(std::istream& in, const std::string& source,
                                          const ScalingCsvOptions& options = {});
/// parseScalingCsv() of a file, after refusing what is not a regular file of at most kMaxScalingFileBytes.
std::vector<ScalingPoint> readScalingCsv(const std::string& path, const ScalingCsvOptions& options = {});
/// The shipped sample (SampleData.h) with its own columns: 30 language models read off the paper's perf.png.
std::vector<ScalingPoint> sampleScalingPoints();

/// The points whose label matches `pattern`, an ECMAScript regular expression matched from the start of the
/// label (so a plain prefix works: "Qwen2.5" keeps "Qwen2.5-0.5B"; "." matches any character, "\." only a
/// dot). InputError when the pattern is invalid, the points have no labels, or nothing matches.
std::vector<ScalingPoint> selectByLabel(std::span<const ScalingPoint> points, const std::string& pattern);

/// The line log10 a = log10C + b · log10 N, i.e. a = c · N^b with c = 10^log10C.
struct ScalingLine {
    double log10C = 0, b = 0;
    double c() const;
    double log10RateAt(double log10Size) const { return log10C + b * log10Size; }
    /// log10 N* where the line reaches `rate`; +inf when b <= 0 (the rate never rises to it).
    double log10SizeAt(double rate) const;
};

/// The paper's plotted line, digitized from pred.png (§9.1): log10 a = -0.0407 + 0.01972 · log10 N.
inline constexpr ScalingLine kPaperLine{-0.0407, 0.01972};

/// Ordinary least squares of log10 a on log10 N.
struct ScalingFit {
    ScalingLine line;
    std::int64_t n = 0;                                         ///< points fitted
    std::int64_t dof = 0;                                       ///< n - 2
    double seLog10C = std::numeric_limits<double>::quiet_NaN(); ///< standard error of log10 c
    double seC =
        std::numeric_limits<double>::quiet_NaN(); ///< of c, by the delta method: c · ln 10 · se(log10 c)
    double seB = std::numeric_limits<double>::quiet_NaN(); ///< of b
    double covLog10CB = std::numeric_limits<double>::quiet_NaN();
    double r2 = std::numeric_limits<double>::quiet_NaN(); ///< in log10 a; NaN when every rate is equal
    double residualSd = std::numeric_limits<double>::quiet_NaN(); ///< s = sqrt(RSS / dof), log10 units
    double meanLog10Size = 0, sxx = 0;                      ///< mean and sum of squares of log10 N (the band)
    double t975 = std::numeric_limits<double>::quiet_NaN(); ///< Student t(0.975, dof) (Boost.Math)
};

/// Fits the line (Eigen, QR on centred log10 N). Needs at least two points with different sizes (InputError
/// otherwise); standard errors, R² and the band need three (NaN with two).
ScalingFit fitScaling(std::span<const ScalingPoint> points);

/// The fitted log10 a at log10 N with its 95% confidence band (the mean line, not a prediction interval):
/// fit ± t(0.975, n-2) · s · sqrt(1/n + (x - mean x)² / Sxx).
struct BandPoint {
    double log10Size = 0, log10Rate = 0;
    double low = std::numeric_limits<double>::quiet_NaN(), high = std::numeric_limits<double>::quiet_NaN();
};
BandPoint lineBand(const ScalingFit& fit, double log10Size);

struct ProjectionOptions {
    std::vector<double> thresholds{2.0, 3.0}; ///< a* values, each finite and > 0
    int bootstrap = 2000;                     ///< resamples of the pairs; 0: no intervals
    std::uint64_t seed = 1;
    int bandPoints = 121; ///< grid of the band, from the smallest N to beyond the last crossing
    // Reconstructed conversions (§9.4).
    double baseYear = 2025;
    double doublingYears = 1.5;   ///< T_double
    double sizeAtBaseYear = 1e12; ///< N_2025
    double bytesPerParam = 2;     ///< bf16
    double gpuBytes = 80e9;       ///< one H100
    double gpuPriceUsd = 30000;
};

/// Throws InputError naming the field (bootstrap, thresholds[1], doubling_years, …) of the first bad option.
void validate(const ProjectionOptions& options);

/// Year, GPUs and cost at a size (reconstructions, §9.4); +inf in gives +inf out.
double yearAt(double log10Size, const ProjectionOptions& options);
double gpusAt(double log10Size, const ProjectionOptions& options);
double costUsdAt(double log10Size, const ProjectionOptions& options);

inline constexpr std::uint64_t kProjectionStream = 0x9A0;

struct Crossing {
    double rate = 0;                   ///< a*
    Level levelAbove = Level::Limited; ///< the level of sizes beyond N* (a* = 2: Capable, 3: Autonomous)
    double log10Size = 0;              ///< log10 N*; +inf when b <= 0
    /// Bootstrap percentiles 2.5% and 97.5% of log10 N* (+inf when enough resamples have b <= 0); NaN without
    /// a bootstrap. Year and cost intervals are their images (both are increasing in N).
    double log10SizeLow = std::numeric_limits<double>::quiet_NaN();
    double log10SizeHigh = std::numeric_limits<double>::quiet_NaN();
    double year = 0, yearLow = std::numeric_limits<double>::quiet_NaN(),
           yearHigh = std::numeric_limits<double>::quiet_NaN();
    double gpus = 0, costUsd = 0, costLow = std::numeric_limits<double>::quiet_NaN(),
           costHigh = std::numeric_limits<double>::quiet_NaN();
};

struct ScalingProjection {
    bool fitted = false; ///< false: a given line was projected (no data, no intervals, no band)
    ScalingLine line;
    ScalingFit fit;                   ///< when fitted
    std::vector<ScalingPoint> points; ///< the fitted set
    std::vector<Crossing> crossings;  ///< one per threshold, in the order given
    int bootstrap = 0;                ///< resamples drawn
    std::uint64_t seed = 0;
    /// Resamples whose slope was b <= 0: their N* is +inf for every threshold. They are kept (they sort above
    /// every finite N*), so they widen the upper end of each interval; never dropped.
    int bootstrapNonIncreasing = 0;
    /// Resamples that drew a single distinct size (no slope can be fitted) and were drawn again from the same
    /// stream: a bootstrap conditional on a defined slope. Practically 0 beyond a handful of points.
    int bootstrapRedrawn = 0;
    std::vector<BandPoint> band; ///< when fitted with n >= 3
    ProjectionOptions options;
};

/// Fits the points and projects the fitted line, with bootstrap intervals and the band.
ScalingProjection projectScaling(std::span<const ScalingPoint> points, const ProjectionOptions& options = {});
/// Projects a given line (e.g. kPaperLine): crossings, years and costs, no intervals.
ScalingProjection projectLine(const ScalingLine& line, const ProjectionOptions& options = {});

/// Type-7 quantile of sorted values that may end in +inf: interpolating towards +inf gives +inf, and an exact
/// order statistic is returned as it is (never inf · 0 = NaN).
double quantileWithInfinity(std::span<const double> sorted, double p);

} // namespace tb::survival

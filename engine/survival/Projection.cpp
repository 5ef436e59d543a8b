#include "survival/Projection.h"

#include <Eigen/Dense>
#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <charconv>
#include <cmath>
#include <regex>
#include <sstream>
#include <system_error>

#include "core/Error.h"
#include "core/Rng.h"
#include "survival/DataText.h"
#include "survival/SampleData.h"
#include "survival/TextInput.h"

namespace tb::survival {

namespace dt = data_text;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Collects located problems, and stops the reading once there are kMaxInputIssues of them.
struct Problems {
    std::vector<Issue> issues;
    void add(const std::string& where, std::string message) {
        issues.push_back({where, std::move(message)});
        if (issues.size() >= kMaxInputIssues) {
            issues.push_back({where, fill(dt::kStoppedReading, {std::to_string(kMaxInputIssues)})});
            throw InputError(issues);
        }
    }
    void throwIfAny() const {
        if (!issues.empty()) throw InputError(issues);
    }
};

/// Reads a whole field as a finite double (null on success, else the pattern of why not: "%1: %2 is not a
/// number (expected %3)", column, quoted field, what was expected). std::from_chars accepts "nan" and "inf",
/// so finiteness is checked apart.
const char* parseNumber(std::string_view text, double& out) {
    if (text.empty()) return dt::kNumberEmpty;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out, std::chars_format::general);
    if (ec == std::errc::result_out_of_range) return dt::kNumberOutOfRange;
    if (ec != std::errc() || ptr != end) return dt::kNotANumber;
    if (!std::isfinite(out)) return dt::kNotFinite;
    return nullptr;
}

constexpr int kNoColumn = -1, kTwice = -2;

/// The index of the column `name`, kNoColumn, or kTwice (reported: which of the two is meant is unknown).
int findColumn(const std::vector<std::string>& header, const std::string& name, const std::string& where,
               Problems& problems) {
    int found = kNoColumn;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) {
            if (found >= 0) {
                problems.add(where, fill(dt::kColumnTwice, {quoteContent(name), std::to_string(found + 1),
                                                            std::to_string(i + 1)}));
                return kTwice;
            }
            found = int(i);
        }
    return found;
}

} // namespace

std::vector<ScalingPoint> parseScalingCsv(std::istream& in, const std::string& source,
                                          const ScalingCsvOptions& options) {
    LineReader reader(in, source, kMaxScalingLineBytes);
    Problems problems;
    std::string line;
    std::vector<std::string> header, fields;
    std::int64_t headerLine = 0;
    while (reader.next(line)) {
        if (isBlankOrComment(line)) continue;
        headerLine = reader.lineNumber();
        if (const std::string bad = splitCsvRecord(line, header); !bad.empty()) {
            problems.add(reader.where(), fill(dt::kHeaderProblem, {quoteContent(line), bad}));
            problems.throwIfAny();
        }
        break;
    }
    if (headerLine == 0)
        throw InputError(
            std::vector<Issue>{{reader.lineNumber() == 0 ? source : reader.where(),
                                fill(reader.lineNumber() == 0 ? dt::kScalingEmpty : dt::kScalingOnlyComments,
                                     {quoteContent(options.sizeColumn), quoteContent(options.rateColumn)})}});
    const std::string headerWhere = source + ":" + std::to_string(headerLine);
    const int sizeCol = findColumn(header, options.sizeColumn, headerWhere, problems);
    const int rateCol = findColumn(header, options.rateColumn, headerWhere, problems);
    int labelCol = kNoColumn;
    if (!options.labelColumn.empty())
        labelCol = findColumn(header, options.labelColumn, headerWhere, problems);
    else
        for (const char* name : {"label", "label_guess"})
            if (labelCol == kNoColumn)
                if (const auto it = std::find(header.begin(), header.end(), name); it != header.end())
                    labelCol = int(it - header.begin());
    const auto missing = [&](int col, const std::string& name, const char* what) {
        if (col == kNoColumn)
            problems.add(headerWhere,
                         fill(dt::kNoScalingColumn, {quoteContent(name), what, listColumns(header)}));
    };
    missing(sizeCol, options.sizeColumn, dt::kModelSizes);
    missing(rateCol, options.rateColumn, dt::kDecayRates);
    if (!options.labelColumn.empty()) missing(labelCol, options.labelColumn, dt::kLabels);
    problems.throwIfAny();

    std::vector<ScalingPoint> points;
    while (reader.next(line)) {
        if (isBlankOrComment(line)) continue;
        if (const std::string bad = splitCsvRecord(line, fields); !bad.empty()) {
            problems.add(reader.where(), fill(dt::kContentProblem, {quoteContent(line), bad}));
            continue;
        }
        if (fields.size() != header.size()) {
            problems.add(reader.where(),
                         fill(dt::kFieldCount, {quoteContent(line), std::to_string(fields.size()),
                                                std::to_string(headerLine), std::to_string(header.size())}));
            continue;
        }
        ScalingPoint p;
        p.line = reader.lineNumber();
        bool ok = true;
        const auto number = [&](int col, const std::string& name, const char* what, double& out) {
            const std::string& text = fields[std::size_t(col)];
            if (const char* bad = parseNumber(text, out)) {
                problems.add(reader.where(), fill(bad, {name, quoteContent(text), what}));
                ok = false;
            } else if (!(out > 0)) {
                problems.add(reader.where(), fill(dt::kNotPositive, {name, quoteContent(text), what}));
                ok = false;
            }
        };
        number(sizeCol, options.sizeColumn, dt::kExpectSize, p.size);
        number(rateCol, options.rateColumn, dt::kExpectRate, p.rate);
        if (labelCol >= 0) {
            p.label = fields[std::size_t(labelCol)];
            if (p.label.size() > kMaxLabelBytes) {
                problems.add(reader.where(),
                             fill(dt::kLabelTooLong, {header[std::size_t(labelCol)], quoteContent(p.label),
                                                      std::to_string(kMaxLabelBytes)}));
                ok = false;
            }
        }
        if (ok) points.push_back(std::move(p));
    }
    problems.throwIfAny();
    if (points.empty())
        throw InputError(
            std::vector<Issue>{{reader.where(), fill(dt::kNoPairs, {std::to_string(headerLine)})}});
    return points;
}

std::vector<ScalingPoint> readScalingCsv(const std::string& path, const ScalingCsvOptions& options) {
    const auto in = openDataFile(path, kMaxScalingFileBytes, dt::kScalingFiles);
    return parseScalingCsv(*in, path, options);
}

std::vector<ScalingPoint> sampleScalingPoints() {
    std::istringstream in{std::string(sampleDecayRatesCsv())};
    return parseScalingCsv(in, std::string(kSampleDecayRatesName));
}

std::vector<ScalingPoint> selectByLabel(std::span<const ScalingPoint> points, const std::string& pattern) {
    std::regex re;
    try {
        re = std::regex(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
        throw InputError(fill(dt::kFilterInvalid, {quoteContent(pattern), e.what()}));
    }
    bool anyLabel = false;
    std::vector<ScalingPoint> kept;
    for (const auto& p : points) {
        anyLabel = anyLabel || !p.label.empty();
        if (std::regex_search(p.label, re, std::regex_constants::match_continuous)) kept.push_back(p);
    }
    if (!anyLabel) throw InputError(fill(dt::kFilterNoLabels, {quoteContent(pattern)}));
    if (kept.empty()) throw InputError(fill(dt::kFilterNoMatch, {quoteContent(pattern)}));
    return kept;
}

double ScalingLine::c() const {
    return std::pow(10.0, log10C);
}

double ScalingLine::log10SizeAt(double rate) const {
    if (!(b > 0)) return kInf;
    return (std::log10(rate) - log10C) / b;
}

ScalingFit fitScaling(std::span<const ScalingPoint> points) {
    const auto n = Eigen::Index(points.size());
    bool distinct = false;
    for (const auto& p : points) distinct = distinct || p.size != points.front().size;
    if (n < 2 || !distinct)
        throw InputError(fill(n == 1   ? dt::kFitOnePoint
                              : n >= 2 ? dt::kFitOneSize
                                       : dt::kFitPoints,
                              {std::to_string(n)}));
    Eigen::VectorXd x(n), y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        x[i] = std::log10(points[std::size_t(i)].size);
        y[i] = std::log10(points[std::size_t(i)].rate);
    }
    ScalingFit f;
    f.n = n;
    f.dof = n - 2;
    f.meanLog10Size = x.mean();
    // Centred design: the two columns are orthogonal, so the fit is well conditioned even though log10 N is
    // around 10 and the slope around 0.02.
    Eigen::MatrixXd design(n, 2);
    design.col(0).setOnes();
    design.col(1) = x.array() - f.meanLog10Size;
    const Eigen::Vector2d beta = design.colPivHouseholderQr().solve(y);
    f.line.b = beta[1];
    f.line.log10C = beta[0] - beta[1] * f.meanLog10Size;
    f.sxx = design.col(1).squaredNorm();
    const double rss = (y - design * beta).squaredNorm();
    const double tss = (y.array() - y.mean()).matrix().squaredNorm();
    if (tss > 0) f.r2 = 1.0 - rss / tss;
    if (f.dof >= 1) {
        const double s2 = rss / double(f.dof);
        const Eigen::Matrix2d cov = s2 * (design.transpose() * design).inverse();
        const double m = f.meanLog10Size;
        f.residualSd = std::sqrt(s2);
        f.seB = std::sqrt(cov(1, 1));
        // log10 c = beta0 - m · beta1.
        f.seLog10C = std::sqrt(cov(0, 0) + m * m * cov(1, 1) - 2 * m * cov(0, 1));
        f.covLog10CB = cov(0, 1) - m * cov(1, 1);
        f.seC = f.line.c() * std::log(10.0) * f.seLog10C;
        f.t975 = boost::math::quantile(boost::math::students_t(double(f.dof)), 0.975);
    }
    return f;
}

BandPoint lineBand(const ScalingFit& fit, double log10Size) {
    BandPoint p;
    p.log10Size = log10Size;
    p.log10Rate = fit.line.log10RateAt(log10Size);
    if (fit.dof >= 1 && fit.sxx > 0) {
        const double d = log10Size - fit.meanLog10Size;
        const double half = fit.t975 * fit.residualSd * std::sqrt(1.0 / double(fit.n) + d * d / fit.sxx);
        p.low = p.log10Rate - half;
        p.high = p.log10Rate + half;
    }
    return p;
}

void validate(const ProjectionOptions& o) {
    const auto bad = [](const std::string& path, const std::string& message) {
        throw InputError(std::vector<Issue>{{path, message}});
    };
    if (o.thresholds.empty()) bad("thresholds", TB_TR("engine", "give at least one decay rate"));
    for (std::size_t i = 0; i < o.thresholds.size(); ++i)
        if (!(std::isfinite(o.thresholds[i]) && o.thresholds[i] > 0))
            bad("thresholds[" + std::to_string(i) + "]",
                TB_TR("engine", "a decay rate must be finite and > 0"));
    if (o.bootstrap < 0) bad("bootstrap", TB_TR("engine", "must be >= 0"));
    if (o.bandPoints < 2) bad("band_points", TB_TR("engine", "must be >= 2"));
    const auto positive = [&](const char* path, double v) {
        if (!(std::isfinite(v) && v > 0)) bad(path, TB_TR("engine", "must be finite and > 0"));
    };
    positive("doubling_years", o.doublingYears);
    positive("n_base_year", o.sizeAtBaseYear);
    positive("bytes_per_param", o.bytesPerParam);
    positive("gpu_bytes", o.gpuBytes);
    positive("gpu_price_usd", o.gpuPriceUsd);
    if (!std::isfinite(o.baseYear)) bad("base_year", TB_TR("engine", "must be finite"));
}

double yearAt(double log10Size, const ProjectionOptions& o) {
    // 2025 + T · log2(N / N_2025), with log2(N / N_2025) = (log10 N - log10 N_2025) / log10 2.
    return o.baseYear + o.doublingYears * (log10Size - std::log10(o.sizeAtBaseYear)) / std::log10(2.0);
}

double gpusAt(double log10Size, const ProjectionOptions& o) {
    return std::pow(10.0, log10Size) * o.bytesPerParam / o.gpuBytes;
}

double costUsdAt(double log10Size, const ProjectionOptions& o) {
    return gpusAt(log10Size, o) * o.gpuPriceUsd;
}

double quantileWithInfinity(std::span<const double> sorted, double p) {
    if (sorted.empty()) return kNaN;
    const double h = (double(sorted.size()) - 1.0) * p;
    const auto lo = std::size_t(std::floor(h));
    const double frac = h - double(lo);
    if (lo + 1 >= sorted.size() || frac == 0) return sorted[lo];
    const double a = sorted[lo], b = sorted[lo + 1];
    if (std::isinf(a)) return a; // -inf (a line so flat that N* underflows): the whole step is -inf
    if (std::isinf(b)) return b;
    return a + frac * (b - a);
}

namespace {

Crossing crossingOf(const ScalingLine& line, double rate, const ProjectionOptions& o) {
    Crossing c;
    c.rate = rate;
    c.levelAbove = levelOf(std::nextafter(rate, kInf));
    c.log10Size = line.log10SizeAt(rate);
    c.year = yearAt(c.log10Size, o);
    c.gpus = gpusAt(c.log10Size, o);
    c.costUsd = costUsdAt(c.log10Size, o);
    return c;
}

/// The crossings' bootstrap: resample the pairs with replacement, refit by closed-form OLS (the same line as
/// the QR fit, in O(n) per resample), and take percentiles of log10 N*.
void bootstrapCrossings(std::span<const ScalingPoint> points, ScalingProjection& proj) {
    const ProjectionOptions& o = proj.options;
    const std::size_t n = points.size();
    std::vector<double> x(n), y(n), xs(n), ys(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = std::log10(points[i].size);
        y[i] = std::log10(points[i].rate);
    }
    std::vector<double> log10Rates;
    for (double r : o.thresholds) log10Rates.push_back(std::log10(r));
    std::vector<std::vector<double>> samples(o.thresholds.size());
    for (auto& s : samples) s.reserve(std::size_t(o.bootstrap));
    for (int r = 0; r < o.bootstrap; ++r) {
        Rng g = makeRng(o.seed, kProjectionStream, std::uint64_t(r));
        for (int attempt = 0;; ++attempt) {
            bool distinct = false;
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t k = std::size_t(uniformBelow(g, n));
                xs[i] = x[k];
                ys[i] = y[k];
                distinct = distinct || xs[i] != xs[0];
            }
            if (distinct) break;
            ++proj.bootstrapRedrawn;
            // fitScaling() guarantees two sizes, so each draw is distinct with probability >= 1/2 (n = 2).
            if (attempt == 1000)
                throw RuntimeError(TB_TR("engine", "bootstrap: 1000 resamples in a row had a single size"));
        }
        double mx = 0, my = 0;
        for (std::size_t i = 0; i < n; ++i) {
            mx += xs[i];
            my += ys[i];
        }
        mx /= double(n);
        my /= double(n);
        double sxx = 0, sxy = 0;
        for (std::size_t i = 0; i < n; ++i) {
            sxx += (xs[i] - mx) * (xs[i] - mx);
            sxy += (xs[i] - mx) * (ys[i] - my);
        }
        const ScalingLine line{my - (sxy / sxx) * mx, sxy / sxx};
        if (!(line.b > 0)) ++proj.bootstrapNonIncreasing;
        for (std::size_t t = 0; t < samples.size(); ++t)
            samples[t].push_back(line.log10SizeAt(o.thresholds[t]));
    }
    proj.bootstrap = o.bootstrap;
    for (std::size_t t = 0; t < samples.size(); ++t) {
        auto& s = samples[t];
        std::sort(s.begin(), s.end());
        Crossing& c = proj.crossings[t];
        c.log10SizeLow = quantileWithInfinity(s, 0.025);
        c.log10SizeHigh = quantileWithInfinity(s, 0.975);
        c.yearLow = yearAt(c.log10SizeLow, o);
        c.yearHigh = yearAt(c.log10SizeHigh, o);
        c.costLow = costUsdAt(c.log10SizeLow, o);
        c.costHigh = costUsdAt(c.log10SizeHigh, o);
    }
}

} // namespace

ScalingProjection projectLine(const ScalingLine& line, const ProjectionOptions& options) {
    validate(options);
    if (!(std::isfinite(line.log10C) && std::isfinite(line.b)))
        throw InputError(TB_TR("engine", "the line's log10 c and b must be finite numbers"));
    ScalingProjection proj;
    proj.options = options;
    proj.line = line;
    proj.seed = options.seed;
    for (double r : options.thresholds) proj.crossings.push_back(crossingOf(line, r, options));
    return proj;
}

ScalingProjection projectScaling(std::span<const ScalingPoint> points, const ProjectionOptions& options) {
    validate(options);
    ScalingProjection proj;
    proj.options = options;
    proj.fitted = true;
    proj.fit = fitScaling(points);
    proj.line = proj.fit.line;
    proj.points.assign(points.begin(), points.end());
    proj.seed = options.seed;
    for (double r : options.thresholds) proj.crossings.push_back(crossingOf(proj.line, r, options));
    if (options.bootstrap > 0) bootstrapCrossings(points, proj);
    if (proj.fit.dof >= 1) {
        // From the smallest size to a decade beyond the farthest crossing (at most 100 decades beyond the
        // data, for a nearly flat line), so the band shows how wide the extrapolation is where it matters.
        double lo = kInf, hi = -kInf;
        for (const auto& p : points) {
            lo = std::min(lo, std::log10(p.size));
            hi = std::max(hi, std::log10(p.size));
        }
        const double dataHigh = hi;
        for (const auto& c : proj.crossings)
            if (std::isfinite(c.log10Size)) hi = std::max(hi, c.log10Size);
        hi = std::min(hi + 1.0, dataHigh + 100.0);
        for (int i = 0; i < options.bandPoints; ++i)
            proj.band.push_back(
                lineBand(proj.fit, lo + (hi - lo) * double(i) / double(options.bandPoints - 1)));
    }
    return proj;
}

} // namespace tb::survival

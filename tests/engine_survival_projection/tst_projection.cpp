// The scaling projection (survival-game.md §9) and the readers of users' data: the OLS line against an exact
// line, the paper's line against its published crossings and years, the shipped sample against the fits of
// §9.3, the bootstrap's reproducibility and its b <= 0 resamples, the band against the closed form; the pairs
// CSV reader and the failure-count reader, each problem located as file:line with its content.
#include <QtTest>

#include <bit>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>

#include "core/Error.h"
#include "survival/FailureCounts.h"
#include "survival/Projection.h"
#include "survival/SampleData.h"

using namespace tb;
using namespace tb::survival;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<ScalingPoint> pairs(const std::string& text, const ScalingCsvOptions& options = {}) {
    std::istringstream in(text);
    return parseScalingCsv(in, "pairs.csv", options);
}

PooledCounts counts(const std::string& text, const FailureCountOptions& options = {}) {
    std::istringstream in(text);
    return parseFailureCounts(in, "k.txt", options);
}

/// The issues of the InputError `f` throws, one per line ("" when it throws none).
std::string errorsOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return joinIssues(e.issues());
    }
    return {};
}

#define QVERIFY_CONTAINS(text, part)                                                                         \
    QVERIFY2(std::string(text).find(part) != std::string::npos,                                              \
             (std::string("'") + (part) + "' not in: " + (text)).c_str())

std::vector<ScalingPoint> onLine(double c, double b, std::vector<double> sizes) {
    std::vector<ScalingPoint> pts;
    for (double n : sizes) pts.push_back({n, c * std::pow(n, b), "", 0});
    return pts;
}

PooledCounts::Entry e(std::int64_t v, std::int64_t n) {
    return {v, n};
}

} // namespace

class TestProjection : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string file(const char* name, const std::string& text) {
        const std::string path = (m_dir.path() + "/" + name).toStdString();
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

private slots:
    // --- The fit
    // --------------------------------------------------------------------------------------------

    void fitRecoversAnExactLine() {
        // Synthetic points exactly on a = 0.911 · N^0.0197: OLS must return the line itself. The QR solve on
        // centred log10 N loses only a few ulps, so 1e-10 is far above rounding and far below any bug.
        const auto pts = onLine(0.911, 0.0197, {1e8, 3e8, 1e9, 7e9, 2e10, 7e10, 4e11});
        const ScalingFit f = fitScaling(pts);
        QCOMPARE(f.n, 7);
        QCOMPARE(f.dof, 5);
        QVERIFY(std::abs(f.line.c() - 0.911) < 1e-10);
        QVERIFY(std::abs(f.line.b - 0.0197) < 1e-10);
        QVERIFY(std::abs(f.r2 - 1.0) < 1e-10);
        QVERIFY(f.seB < 1e-10 && f.seLog10C < 1e-9);
    }

    void standardErrorsAndBandMatchTheClosedForm() {
        // y = log10 a at x = log10 N = 9..13 with residuals +-0.001: the textbook OLS formulas.
        const std::vector<double> x{9, 10, 11, 12, 13}, r{0.001, -0.001, 0.0, 0.001, -0.001};
        std::vector<ScalingPoint> pts;
        for (std::size_t i = 0; i < x.size(); ++i)
            pts.push_back({std::pow(10.0, x[i]), std::pow(10.0, -0.04 + 0.02 * x[i] + r[i]), "", 0});
        const ScalingFit f = fitScaling(pts);
        double sxy = 0, sxx = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            sxx += (x[i] - 11) * (x[i] - 11);
            sxy += (x[i] - 11) * r[i];
        }
        const double b = 0.02 + sxy / sxx;                  // the residuals' own slope adds to 0.02
        const double a0 = -0.04 + (0.0 - (sxy / sxx) * 11); // mean r is 0
        double rss = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double res = (-0.04 + 0.02 * x[i] + r[i]) - (a0 + b * x[i]);
            rss += res * res;
        }
        const double s = std::sqrt(rss / 3);
        QVERIFY(std::abs(f.line.b - b) < 1e-12);
        QVERIFY(std::abs(f.line.log10C - a0) < 1e-11);
        QVERIFY(std::abs(f.seB - s / std::sqrt(sxx)) < 1e-12);
        QVERIFY(std::abs(f.seLog10C - s * std::sqrt(1.0 / 5 + 121 / sxx)) < 1e-11);
        const double t = boost::math::quantile(boost::math::students_t(3.0), 0.975);
        QVERIFY(std::abs(f.t975 - t) < 1e-12);
        QVERIFY(std::abs(t - 3.182446305284263) < 1e-12); // t(0.975, 3), tables
        // The band at x0: fit ± t s sqrt(1/n + (x0 - 11)² / Sxx); narrowest at the mean size.
        for (double x0 : {9.0, 11.0, 20.0}) {
            const BandPoint p = lineBand(f, x0);
            const double half = t * s * std::sqrt(1.0 / 5 + (x0 - 11) * (x0 - 11) / sxx);
            QVERIFY(std::abs(p.log10Rate - (a0 + b * x0)) < 1e-11);
            QVERIFY(std::abs((p.high - p.low) / 2 - half) < 1e-12);
        }
        QVERIFY(lineBand(f, 11).high - lineBand(f, 11).low < lineBand(f, 20).high - lineBand(f, 20).low);
    }

    void fitNeedsTwoSizes() {
        QVERIFY_CONTAINS(errorsOf([] { fitScaling(onLine(1, 0.02, {1e9})); }), "at least two points");
        QVERIFY_CONTAINS(errorsOf([] { fitScaling(onLine(1, 0.02, {1e9, 1e9, 1e9})); }), "all of one size");
        // Two points: the line is defined, its uncertainty is not (NaN, never a made-up 0), and no band.
        const ScalingProjection p = projectScaling(onLine(0.9, 0.02, {1e9, 1e10}), {.bootstrap = 50});
        QVERIFY(std::abs(p.line.b - 0.02) < 1e-12);
        QVERIFY(std::isnan(p.fit.seB) && std::isnan(p.fit.seLog10C));
        QVERIFY(p.band.empty());
        QCOMPARE(p.bootstrap, 50);
        QVERIFY(p.bootstrapRedrawn > 0); // half of the two-point resamples draw one size twice
    }

    // --- Crossings, years and costs
    // --------------------------------------------------------------------------

    void paperLineGivesThePublishedCrossings() {
        // §9.2 and §9.4: log10 a = -0.0407 + 0.01972 log10 N reaches a = 3 at 10^26.26 (2096.1) and a = 2 at
        // 10^17.33 (2051.6). The published values are rounded to 2 decimals (crossings) and read off an axis
        // (years), so ±0.01 decade and ±0.2 year.
        const ScalingProjection p = projectLine(kPaperLine);
        QVERIFY(!p.fitted);
        QCOMPARE(p.crossings.size(), std::size_t(2));
        const Crossing& two = p.crossings[0];
        const Crossing& three = p.crossings[1];
        QCOMPARE(two.rate, 2.0);
        QCOMPARE(three.rate, 3.0);
        QCOMPARE(two.levelAbove, Level::Capable);
        QCOMPARE(three.levelAbove, Level::Autonomous);
        QVERIFY2(std::abs(three.log10Size - 26.26) < 0.01, std::to_string(three.log10Size).c_str());
        QVERIFY2(std::abs(two.log10Size - 17.33) < 0.01, std::to_string(two.log10Size).c_str());
        QVERIFY2(std::abs(three.year - 2096.1) < 0.2, std::to_string(three.year).c_str());
        QVERIFY2(std::abs(two.year - 2051.6) < 0.2, std::to_string(two.year).c_str());
        QVERIFY(std::isnan(three.log10SizeLow) && std::isnan(three.yearHigh)); // no data, no interval
        QVERIFY(p.band.empty());
        // §9.6 sanity target with c = 0.911, b = 0.0197: N*(3) ≈ 1.8e26, N*(2) ≈ 2.1e17 (2 significant
        // digits, of which the third moves with the rounding of c and b: within 5%).
        const ScalingProjection q = projectLine({std::log10(0.911), 0.0197});
        QVERIFY(std::abs(std::pow(10.0, q.crossings[1].log10Size) / 1.8e26 - 1) < 0.05);
        QVERIFY(std::abs(std::pow(10.0, q.crossings[0].log10Size) / 2.1e17 - 1) < 0.05);
        // The year of the anchor is the base year; one doubling time per factor 2.
        QCOMPARE(yearAt(12, {}), 2025.0);
        QVERIFY(std::abs(yearAt(12 + std::log10(2.0), {}) - 2026.5) < 1e-12);
    }

    void costIsTheReconstructionOfSection94() {
        // N = 1e26 at 2 bytes on 80 GB H100s at $30k: 2.5e15 GPUs, 7.5e19 dollars (§9.4).
        const ProjectionOptions o;
        QVERIFY(std::abs(gpusAt(26, o) / 2.5e15 - 1) < 1e-12);
        QVERIFY(std::abs(costUsdAt(26, o) / 7.5e19 - 1) < 1e-12);
        ProjectionOptions fp32;
        fp32.bytesPerParam = 4;
        QVERIFY(std::abs(costUsdAt(26, fp32) / 1.5e20 - 1) < 1e-12);
        QCOMPARE(yearAt(kInf, o), kInf);
        QCOMPARE(costUsdAt(kInf, o), kInf);
    }

    void flatOrFallingLineNeverCrosses() {
        const ScalingProjection p = projectLine({0.1, 0.0});
        QCOMPARE(p.crossings[1].log10Size, kInf);
        QCOMPARE(p.crossings[1].year, kInf);
        QCOMPARE(projectLine({0.1, -0.01}).crossings[0].log10Size, kInf);
    }

    void optionsAreValidated() {
        QVERIFY_CONTAINS(errorsOf([] { projectLine(kPaperLine, {.thresholds = {2, -1}}); }), "thresholds[1]");
        QVERIFY_CONTAINS(errorsOf([] { projectLine(kPaperLine, {.bootstrap = -1}); }), "bootstrap");
        ProjectionOptions o;
        o.doublingYears = 0;
        QVERIFY_CONTAINS(errorsOf([&] { projectLine(kPaperLine, o); }), "doubling_years");
        QVERIFY_CONTAINS(errorsOf([] { projectLine({std::nan(""), 0.02}); }), "finite");
    }

    // --- The shipped sample (§9.3)
    // ---------------------------------------------------------------------------

    void embeddedSampleIsTheShippedFile() {
        std::ifstream in(TB_SAMPLE_CSV_PATH, std::ios::binary);
        const std::string shipped((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QVERIFY(!shipped.empty());
        QCOMPARE(std::string(sampleDecayRatesCsv()), shipped);
        QVERIFY(shipped.starts_with("# Failure decay rates")); // provenance comments kept
        const auto fromFile = readScalingCsv(TB_SAMPLE_CSV_PATH);
        const auto embedded = sampleScalingPoints();
        QCOMPARE(embedded.size(), std::size_t(30));
        QCOMPARE(fromFile.size(), embedded.size());
        for (std::size_t i = 0; i < embedded.size(); ++i) {
            QCOMPARE(fromFile[i].size, embedded[i].size);
            QCOMPARE(fromFile[i].rate, embedded[i].rate);
            QCOMPARE(fromFile[i].label, embedded[i].label);
        }
        QCOMPARE(embedded.front().label, std::string("GPT-Neo-125M")); // label_guess found by default
        QCOMPARE(embedded.front().line, std::int64_t(15)); // 13 comment lines, the header, then data
    }

    void sampleQwenSubsetReproducesThePlottedLine() {
        // §9.3: OLS on the Qwen2.5 series gives 0.910 · N^0.0198 with crossings at 10^17.3 and 10^26.2. The
        // reference rounds to 3 significant digits and our data are its data, so the tolerance is half a unit
        // of that last digit (c ± 0.0005, b ± 0.00005, log10 N* ± 0.05). The digitization error of the points
        // (±0.003 in a, ±3% in N) moves the crossings by ~0.1 decade, but it moves the reference's numbers
        // identically.
        const auto qwen = selectByLabel(sampleScalingPoints(), "Qwen2.5");
        QCOMPARE(qwen.size(), std::size_t(7));
        for (const auto& p : qwen) QVERIFY(p.label.starts_with("Qwen2.5"));
        const ScalingProjection p = projectScaling(qwen);
        QVERIFY2(std::abs(p.line.c() - 0.910) < 0.0005, std::to_string(p.line.c()).c_str());
        QVERIFY2(std::abs(p.line.b - 0.0198) < 0.00005, std::to_string(p.line.b).c_str());
        QVERIFY2(std::abs(p.crossings[0].log10Size - 17.3) < 0.05,
                 std::to_string(p.crossings[0].log10Size).c_str());
        QVERIFY2(std::abs(p.crossings[1].log10Size - 26.2) < 0.05,
                 std::to_string(p.crossings[1].log10Size).c_str());
        QCOMPARE(p.points.size(), std::size_t(7));
        QVERIFY(p.fit.r2 > 0.95 && p.fit.r2 < 0.98); // 0.965: the series is close to a line
        QCOMPARE(p.bootstrap, 2000);
        for (const Crossing& c : p.crossings) {
            QVERIFY(c.log10SizeLow < c.log10Size && c.log10Size < c.log10SizeHigh);
            QVERIFY(c.yearLow < c.year && c.year < c.yearHigh);
            QVERIFY(c.costLow < c.costUsd && c.costUsd < c.costHigh);
        }
        // The band spans the data and reaches a decade beyond the a = 3 crossing, where it is much wider than
        // inside the data.
        QCOMPARE(p.band.size(), std::size_t(121));
        QVERIFY(std::abs(p.band.front().log10Size - std::log10(3.56e8)) < 1e-12);
        QVERIFY(std::abs(p.band.back().log10Size - (p.crossings[1].log10Size + 1)) < 1e-9);
        for (const auto& b : p.band) QVERIFY(b.low < b.log10Rate && b.log10Rate < b.high);
        QVERIFY(p.band.back().high - p.band.back().low > 5 * (p.band.front().high - p.band.front().low));
    }

    void sampleFullSetGivesTheSteeperLine() {
        // §9.3: all 30 points give 0.781 · N^0.0259, crossings 10^15.8 and 10^22.6. b and the crossings agree
        // to half a unit of the reference's last digit (b ± 0.00005, log10 N* ± 0.05). c is 0.7802 here: c is
        // the line extrapolated 8 decades below the data, so the reference's third digit is within its
        // rounding only up to ±0.002 (a tenth of the standard error of c, asserted below, so still a sharp
        // check).
        const ScalingProjection p = projectScaling(sampleScalingPoints());
        QCOMPARE(p.fit.n, 30);
        QVERIFY2(std::abs(p.line.c() - 0.781) < 0.002, std::to_string(p.line.c()).c_str());
        QVERIFY(0.002 < 0.1 * p.fit.seC);
        QVERIFY2(std::abs(p.line.b - 0.0259) < 0.00005, std::to_string(p.line.b).c_str());
        QVERIFY2(std::abs(p.crossings[0].log10Size - 15.8) < 0.05,
                 std::to_string(p.crossings[0].log10Size).c_str());
        QVERIFY2(std::abs(p.crossings[1].log10Size - 22.6) < 0.05,
                 std::to_string(p.crossings[1].log10Size).c_str());
        for (const Crossing& c : p.crossings)
            QVERIFY(c.log10SizeLow < c.log10Size && c.log10Size < c.log10SizeHigh);
        QCOMPARE(p.bootstrapNonIncreasing, 0); // 30 points with a clear trend
    }

    // --- The bootstrap
    // --------------------------------------------------------------------------------------

    void bootstrapIsBitIdenticalForASeed() {
        const auto qwen = selectByLabel(sampleScalingPoints(), "Qwen2\\.5-");
        const ProjectionOptions o{.bootstrap = 2000, .seed = 42};
        const ScalingProjection a = projectScaling(qwen, o), b = projectScaling(qwen, o);
        for (std::size_t t = 0; t < 2; ++t) {
            QCOMPARE(std::bit_cast<std::uint64_t>(a.crossings[t].log10SizeLow),
                     std::bit_cast<std::uint64_t>(b.crossings[t].log10SizeLow));
            QCOMPARE(std::bit_cast<std::uint64_t>(a.crossings[t].log10SizeHigh),
                     std::bit_cast<std::uint64_t>(b.crossings[t].log10SizeHigh));
        }
        QCOMPARE(a.bootstrapNonIncreasing, b.bootstrapNonIncreasing);
        QCOMPARE(a.bootstrapRedrawn, b.bootstrapRedrawn);
        QCOMPARE(a.seed, std::uint64_t(42));
        const ScalingProjection other = projectScaling(qwen, {.bootstrap = 2000, .seed = 43});
        QVERIFY(other.crossings[1].log10SizeHigh != a.crossings[1].log10SizeHigh);
        // Another seed moves the percentiles by Monte Carlo error only: 2000 resamples pin the 97.5% point of
        // log10 N*(3) to a few tenths of a decade.
        QVERIFY(std::abs(other.crossings[1].log10SizeHigh - a.crossings[1].log10SizeHigh) < 1.0);
    }

    void nonIncreasingResamplesAreCountedAsInfinite() {
        // A nearly flat, noisy series: a good share of resamples fit b <= 0. Their N* is +inf; they are
        // counted, and they push the upper percentile to +inf (more than 2.5% of them), never dropped.
        std::vector<ScalingPoint> pts;
        const double noise[] = {0.004, -0.006, 0.005, -0.003, -0.004, 0.006};
        for (int i = 0; i < 6; ++i) {
            const double x = 9 + 0.5 * i;
            pts.push_back({std::pow(10.0, x), std::pow(10.0, 0.1 + 0.001 * x + noise[i]), "", 0});
        }
        const ScalingProjection p = projectScaling(pts, {.bootstrap = 2000, .seed = 5});
        QVERIFY2(p.bootstrapNonIncreasing > 50, std::to_string(p.bootstrapNonIncreasing).c_str());
        QVERIFY(p.bootstrapNonIncreasing < 2000);
        QCOMPARE(p.crossings[1].log10SizeHigh, kInf);
        QCOMPARE(p.crossings[1].yearHigh, kInf);
        QCOMPARE(p.crossings[1].costHigh, kInf);
        QVERIFY(std::isfinite(p.crossings[1].log10SizeLow));
    }

    void quantilesHandleInfinity() {
        const std::vector<double> v{1, 2, 3, 4, kInf};
        QCOMPARE(quantileWithInfinity(v, 0.0), 1.0);
        QCOMPARE(quantileWithInfinity(v, 0.125), 1.5);
        QCOMPARE(quantileWithInfinity(v, 0.75),
                 4.0); // an exact order statistic next to inf: not inf · 0 = NaN
        QCOMPARE(quantileWithInfinity(v, 0.9), kInf);
        QCOMPARE(quantileWithInfinity(v, 1.0), kInf);
        const std::vector<double> w{-kInf, 0, 1};
        QCOMPARE(quantileWithInfinity(w, 0.25), -kInf);
        QVERIFY(std::isnan(quantileWithInfinity(std::vector<double>{}, 0.5)));
    }

    // --- The pairs reader
    // ------------------------------------------------------------------------------------

    void pairsReaderReadsColumnsByName() {
        const auto pts = pairs("\xEF\xBB\xBF# a comment\r\n\r\nmodel,size,rate\r\n"
                               "\"Big, new\",1e10,1.4\r\n  # indented comment\n"
                               "\"say \"\"hi\"\"\", 2.5e9 ,1.3\n",
                               {.sizeColumn = "size", .rateColumn = "rate", .labelColumn = "model"});
        QCOMPARE(pts.size(), std::size_t(2));
        QCOMPARE(pts[0].label, std::string("Big, new"));
        QCOMPARE(pts[0].size, 1e10);
        QCOMPARE(pts[0].rate, 1.4);
        QCOMPARE(pts[0].line, std::int64_t(4));
        QCOMPARE(pts[1].label, std::string("say \"hi\""));
        QCOMPARE(pts[1].size, 2.5e9);
        QCOMPARE(pairs("N_params,decay_rate\n1e9,1.2\n")[0].label, std::string()); // no label column
        QCOMPARE(pairs("N_params,decay_rate,label\n1e9,1.2,x\n")[0].label, std::string("x"));
    }

    void pairsReaderErrorsNameFileLineAndContent_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString h = "N_params,decay_rate\n";
        QTest::newRow("bad number") << h + "3e8,1.2\nabc,1.3\n"
                                    << "pairs.csv:3: N_params: \"abc\" is not a number";
        QTest::newRow("trailing text") << h + "3e8x,1.2\n"
                                       << "pairs.csv:2: N_params: \"3e8x\" is not a number";
        QTest::newRow("nan") << h + "nan,1.2\n"
                             << "pairs.csv:2: N_params: \"nan\" is not a finite number";
        QTest::newRow("inf rate") << h + "1e9,inf\n"
                                  << "pairs.csv:2: decay_rate: \"inf\" is not a finite number";
        QTest::newRow("overflow") << h + "1e400,1.2\n"
                                  << "pairs.csv:2: N_params: \"1e400\" is outside the range of a double";
        QTest::newRow("zero N") << h + "1e9,1.2\n0,1.3\n"
                                << "pairs.csv:3: N_params: \"0\" is not positive";
        QTest::newRow("negative N") << h + "-1e9,1.3\n"
                                    << "pairs.csv:2: N_params: \"-1e9\" is not positive";
        QTest::newRow("zero rate") << h + "1e9,0\n"
                                   << "pairs.csv:2: decay_rate: \"0\" is not positive";
        QTest::newRow("empty field") << h + "1e9,\n"
                                     << "pairs.csv:2: decay_rate: \"\" is empty";
        QTest::newRow("missing column") << "# c\nsize,decay_rate\n1e9,1.2\n"
                                        << "pairs.csv:2: no column \"N_params\" (the model sizes) in the "
                                           "header; its columns are \"size\", \"decay_rate\"";
        QTest::newRow("empty file") << ""
                                    << "pairs.csv: the file is empty";
        QTest::newRow("comments only") << "# a\n\n# b\n"
                                       << "pairs.csv:3: the file has only comments";
        QTest::newRow("header only") << h + "# nothing\n"
                                     << "pairs.csv:2: no data";
        QTest::newRow("field count") << h + "1e9,1.2,x\n"
                                     << "pairs.csv:2: \"1e9,1.2,x\": has 3 fields; the header (line 1) has 2";
        QTest::newRow("open quote") << h + "\"1e9,1.2\n"
                                    << "pairs.csv:2: \"\\\"1e9,1.2\": field 1 opens a quote";
        QTest::newRow("escaped content") << h + "1e9\x1b[2J,1.2\n"
                                         << "N_params: \"1e9\\u001b[2J\" is not";
        QTest::newRow("duplicate column") << "N_params,N_params,decay_rate\n"
                                          << "pairs.csv:1: the header names the column \"N_params\" twice";
    }
    void pairsReaderErrorsNameFileLineAndContent() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::string errors = errorsOf([&] { pairs(text.toStdString()); });
        QVERIFY_CONTAINS(errors, expected.toStdString());
        QVERIFY(errors.find('\x1b') == std::string::npos);
    }

    void pairsReaderReportsSeveralProblemsThenStops() {
        std::string text = "N_params,decay_rate\n";
        for (int i = 0; i < 30; ++i) text += "x,1\n";
        std::vector<Issue> issues;
        try {
            pairs(text);
        } catch (const InputError& e) {
            issues = e.issues();
        }
        QCOMPARE(issues.size(), std::size_t(21));
        QCOMPARE(issues[0].path, std::string("pairs.csv:2"));
        QCOMPARE(issues[19].path, std::string("pairs.csv:21"));
        QVERIFY_CONTAINS(issues[20].message, "stopped reading after 20 problems");
    }

    void pairsFilesAreCheckedBeforeReading() {
        QVERIFY_CONTAINS(errorsOf([&] { readScalingCsv(m_dir.path().toStdString()); }), "is a folder");
        QVERIFY_CONTAINS(errorsOf([] { readScalingCsv("/dev/zero"); }), "is not a regular file");
        QVERIFY_CONTAINS(errorsOf([&] { readScalingCsv(m_dir.path().toStdString() + "/none.csv"); }),
                         "none.csv: cannot open the file for reading");
        const std::string big = file("big.csv", "N_params,decay_rate\n");
        std::filesystem::resize_file(big, kMaxScalingFileBytes + 1); // sparse
        QVERIFY_CONTAINS(errorsOf([&] { readScalingCsv(big); }), "limited to 16.0 MiB");
        const std::string longLine = file("long.csv", "N_params,decay_rate\n1e9," + std::string(70000, '1'));
        QVERIFY_CONTAINS(errorsOf([&] { readScalingCsv(longLine); }), "long.csv:2: the line is longer than");
        const std::string bad = file("bad.csv", "N_params,decay_rate\n1e9,1.2\n0,1.1\n");
        QVERIFY_CONTAINS(errorsOf([&] { readScalingCsv(bad); }), bad + ":3: N_params: \"0\" is not positive");
    }

    void labelSelection() {
        const auto all = sampleScalingPoints();
        QCOMPARE(selectByLabel(all, "Llama3-").size(), std::size_t(2));
        QCOMPARE(selectByLabel(all, "(GPT2|OPT)-").size(), std::size_t(9));
        QCOMPARE(selectByLabel(all, ".*70B").size(), std::size_t(2)); // not anchored at the end
        QVERIFY_CONTAINS(errorsOf([&] { selectByLabel(all, "Qwen["); }), "not a valid ECMAScript regular");
        QVERIFY_CONTAINS(errorsOf([&] { selectByLabel(all, "Gemini"); }),
                         "no label matches the filter \"Gemini\"");
        QVERIFY_CONTAINS(errorsOf([] { selectByLabel(onLine(1, 0.02, {1e9, 1e10}), "x"); }), "have none");
    }

    // --- The failure-count reader
    // ----------------------------------------------------------------------------

    void failureCountsPlainList() {
        const PooledCounts c = counts("# K per trial\n0\n3\n\n  3 \r\n17\n>=5000\n>= 12\n");
        QCOMPARE(c.exact, (std::vector<PooledCounts::Entry>{e(0, 1), e(3, 2), e(17, 1)}));
        QCOMPARE(c.atLeast, (std::vector<PooledCounts::Entry>{e(12, 1), e(5000, 1)}));
        QCOMPARE(c.total(), std::int64_t(6));
    }

    void failureCountsCsvColumn() {
        const std::string text = "id,K,label\n1,5,a\n2,\"7\",\"b, c\"\n3,>=100,\"d\"\"\"\n# done\n";
        const PooledCounts c = counts(text, {.column = "K"});
        QCOMPARE(c.exact, (std::vector<PooledCounts::Entry>{e(5, 1), e(7, 1)}));
        QCOMPARE(c.atLeast, (std::vector<PooledCounts::Entry>{e(100, 1)}));
        // From a file too.
        const PooledCounts f = readFailureCounts(file("k.csv", text), {.column = "K"});
        QCOMPARE(f, c);
    }

    void failureCountsCap() {
        // Cap 10: K >= 10 is known only as K >= 10; censored values at or above the cap become >= 10 too.
        const PooledCounts c = counts("3\n10\n12\n>=20\n>=5\n9\n", {.cap = 10});
        QCOMPARE(c.exact, (std::vector<PooledCounts::Entry>{e(3, 1), e(9, 1)}));
        QCOMPARE(c.atLeast, (std::vector<PooledCounts::Entry>{e(5, 1), e(10, 3)}));
        QVERIFY_CONTAINS(errorsOf([] { counts("1\n", {.cap = -1}); }), "cap: must be >= 1");
    }

    void failureCountsManyValuesAreCompressedAsTheyCome() {
        // More values than one compression batch (2^20): the counts merge across batches.
        std::string text;
        const int n = (1 << 20) + 12345;
        for (int i = 0; i < n; ++i) text += std::to_string(i % 100) + "\n";
        const PooledCounts c = counts(text);
        QCOMPARE(c.exact.size(), std::size_t(100));
        QCOMPARE(c.total(), std::int64_t(n));
        QCOMPARE(c.exact[0].second, std::int64_t(n / 100 + 1)); // 0 occurs at i = 0, 100, ...
    }

    void failureCountErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("word") << "1\nabc\n"
                              << ""
                              << "k.txt:2: \"abc\": expected a non-negative integer failure count or >=N";
        QTest::newRow("fraction") << "1.5\n"
                                  << ""
                                  << "k.txt:1: \"1.5\": expected a non-negative integer";
        QTest::newRow("plus") << "+3\n"
                              << ""
                              << "k.txt:1: \"+3\": expected";
        QTest::newRow("unicode >=") << "≥5000\n"
                                    << ""
                                    << "k.txt:1: \"≥5000\": expected";
        QTest::newRow("not found code") << "4\n-1\n"
                                        << ""
                                        << "k.txt:2: \"-1\": a negative count is how the notebooks mark "
                                           "\"not found\"";
        QTest::newRow("not found says >=CAP") << "-2\n"
                                              << ""
                                              << "write it as >=CAP";
        QTest::newRow("overflow") << "99999999999999999999\n"
                                  << ""
                                  << "is beyond the largest count";
        QTest::newRow("censored word") << ">=many\n"
                                       << ""
                                       << "k.txt:1: \">=many\": expected";
        QTest::newRow("two per line") << "3,4\n"
                                      << ""
                                      << "k.txt:1: \"3,4\": expected a non-negative integer "
                                         "failure count or >=N (one per line";
        QTest::newRow("empty") << ""
                               << ""
                               << "k.txt: the file is empty: no failure counts";
        QTest::newRow("comments only") << "# a\n\n"
                                       << ""
                                       << "k.txt:2: no failure counts";
        QTest::newRow("header only") << "K\n# none\n"
                                     << "K"
                                     << "k.txt:2: no failure counts: only comments, "
                                        "blank lines and a header";
        QTest::newRow("header without column")
            << "# x\nK,label\n3,a\n"
            << ""
            << "k.txt:2: the file starts with a CSV header (columns \"K\", "
               "\"label\"); name the column of failure counts";
        QTest::newRow("missing column") << "id,K\n1,2\n"
                                        << "failures"
                                        << "k.txt:1: no column \"failures\" in the header; its columns are "
                                           "\"id\", \"K\"";
        QTest::newRow("bad csv value") << "id,K\n1,2\n2,x\n"
                                       << "K"
                                       << "k.txt:3: K: \"x\": expected";
        QTest::newRow("empty csv value") << "id,K\n1,\n"
                                         << "K"
                                         << "k.txt:2: K: \"\": is empty";
        QTest::newRow("field count") << "id,K\n1,2,3\n"
                                     << "K"
                                     << "k.txt:2: \"1,2,3\": has 3 fields; the header (line 1) has 2";
        QTest::newRow("escaped, truncated") << QString("\x1b[31m") + QString(100, 'x') + "\n"
                                            << ""
                                            << "k.txt:1: \"\\u001b[31mxxxx";
    }
    void failureCountErrors() {
        QFETCH(QString, text);
        QFETCH(QString, column);
        QFETCH(QString, expected);
        const std::string errors =
            errorsOf([&] { counts(text.toStdString(), {.column = column.toStdString()}); });
        QVERIFY_CONTAINS(errors, expected.toStdString());
        QVERIFY(errors.find('\x1b') == std::string::npos);
        if (QByteArray(QTest::currentDataTag()) == "escaped, truncated") QVERIFY_CONTAINS(errors, "x…\"");
    }

    void failureCountFilesAreCheckedBeforeReading() {
        const std::string big = file("big.txt", "1\n");
        std::filesystem::resize_file(big, kMaxFailureFileBytes + 1); // sparse: nothing is written
        QVERIFY_CONTAINS(errorsOf([&] { readFailureCounts(big); }), "big.txt: the file is 2.00 GiB");
        QVERIFY_CONTAINS(errorsOf([&] { readFailureCounts(big); }),
                         "failure-count files are limited to 2.00 GiB");
        const std::string longLine = file("long.txt", "1\n" + std::string((1 << 20) + 1, '7') + "\n");
        QVERIFY_CONTAINS(errorsOf([&] { readFailureCounts(longLine); }),
                         "long.txt:2: the line is longer than 1.0 MiB");
        QVERIFY_CONTAINS(errorsOf([&] { readFailureCounts(m_dir.path().toStdString()); }), "is a folder");
        const std::string bad = file("bad.txt", "1\n2\n-1\n");
        QVERIFY_CONTAINS(errorsOf([&] { readFailureCounts(bad); }), bad + ":3: \"-1\": a negative count");
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"

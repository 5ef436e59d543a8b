// trialbench-cli project-scaling: fit a = c · N^b to (model size, decay rate) pairs, or take a given line,
// and project where it reaches the Capable (a = 2) and Autonomous (a = 3) levels (survival-game.md §9).
#include <charconv>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <system_error>

#include "Cli.h"
#include "survival/Projection.h"
#include "survival/SampleData.h"

namespace tb::cli {

using namespace tb::survival;

const CommandSpec kProjectScalingSpec{
    "project-scaling",
    "[FILE.csv | --sample | --line C,B] [options]",
    "Fit a = c·N^b to (model size, decay rate) pairs and project the sizes, years and costs of a = 2 and 3.",
    "Fits log10 a = log10 c + b·log10 N by least squares over the pairs of FILE.csv (a CSV with a header;\n"
    "'#' lines are comments) or of the shipped sample (30 language models read off the paper's figure), and\n"
    "solves log10 N* = (log10 a* - log10 c) / b for a* = 2 (Capable) and 3 (Autonomous), with 95% intervals\n"
    "from a bootstrap over the pairs (resamples with b <= 0 never reach a*: N* = +inf, counted and kept) "
    "and\n"
    "the 95% confidence band of the line. Always shows the fitted set: the line depends on it (with "
    "--sample,\n"
    "--only Qwen2.5 gives the paper's plotted line, all 30 points a steeper one). --line projects a given\n"
    "line instead (--line paper: log10 a = -0.0407 + 0.01972·log10 N, the paper's line read off pred.png).\n"
    "Years and costs are RECONSTRUCTIONS read off the paper's figure, not its stated assumptions:\n"
    "year = 2025 + T·log2(N/N2025), cost = N·bytes/80 GB per H100·price (survival-game.md §9.4).",
    {{"--sample", "", "use the shipped sample (survival-game-decay-rates.csv, compiled in)"},
     {"--size-column", "NAME", "column of model sizes N in FILE (default N_params)"},
     {"--rate-column", "NAME", "column of decay rates a in FILE (default decay_rate)"},
     {"--label-column", "NAME", "column of labels in FILE (default: label or label_guess when present)"},
     {"--only", "REGEX",
      "fit only points whose label matches REGEX from its start (a prefix such as Qwen2.5)"},
     {"--line", "C,B", "project a = C·N^B instead of fitting (C > 0), or 'paper' for the paper's line"},
     {"--bootstrap", "B",
      "bootstrap resamples of the pairs, 0 = no intervals (default 2000, at most 100000)"},
     {"--seed", "S", "seed of the bootstrap, an integer in [0, 2^64 - 1] (default 1)"},
     {"--doubling-years", "Y", "reconstruction: years per doubling of model size (default 1.5)"},
     {"--n-2025", "N", "reconstruction: model size in 2025 (default 1e12)"},
     {"--bytes-per-param", "B", "reconstruction: bytes per parameter (default 2, bf16)"},
     {"--gpu-price", "USD", "reconstruction: price of one 80 GB H100 (default 30000)"},
     {"--json", "", "print one JSON object instead of the text (keys in docs/cli.md)"}},
    0,
    1};

namespace {

using OJson = nlohmann::ordered_json;

/// A whole option value as a finite double (std::from_chars: no trailing text, nan or inf).
double parseNumberOption(const std::string& option, const std::string& text) {
    double v = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(v))
        throw UsageError(option + ": '" + text + "' is not a finite number");
    return v;
}

double positiveOption(const Args& args, const std::string& option, double fallback) {
    if (!args.has(option)) return fallback;
    const double v = parseNumberOption(option, args.value(option));
    if (!(v > 0)) throw UsageError(option + ": " + args.value(option) + " must be > 0");
    return v;
}

std::uint64_t parseSeed(const std::string& text) {
    std::uint64_t v = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (text.empty() || ec != std::errc() || ptr != end)
        throw UsageError("--seed: '" + text + "' is not an integer in [0, 18446744073709551615]");
    return v;
}

ScalingLine parseLine(const std::string& text) {
    if (text == "paper") return kPaperLine;
    const auto comma = text.find(',');
    if (comma == std::string::npos)
        throw UsageError("--line: '" + text + "' is not C,B (e.g. 0.9105,0.01972) nor 'paper'");
    const double c = parseNumberOption("--line C", text.substr(0, comma));
    const double b = parseNumberOption("--line B", text.substr(comma + 1));
    if (!(c > 0)) throw UsageError("--line: C must be > 0 (a = C·N^B), got " + text.substr(0, comma));
    return {std::log10(c), b};
}

std::string fixed(double v, int decimals) {
    if (std::isinf(v)) return v > 0 ? "+inf" : "-inf";
    if (std::isnan(v)) return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string general(double v, int digits = 3) {
    if (std::isinf(v)) return v > 0 ? "+inf" : "-inf";
    if (std::isnan(v)) return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

std::string interval(const std::string& low, const std::string& high) {
    return "[" + low + ", " + high + "]";
}

/// A value that may be +inf (a line that never reaches the threshold) for JSON: null there, the number else.
OJson finiteOrNull(double v) {
    return std::isfinite(v) ? OJson(v) : OJson(nullptr);
}

OJson pairOrNull(double low, double high) {
    if (std::isnan(low) || std::isnan(high)) return nullptr; // no bootstrap
    return OJson::array({finiteOrNull(low), finiteOrNull(high)});
}

OJson toJson(const ScalingProjection& p, const std::string& dataKind, const std::string& dataName,
             const std::string& filter) {
    OJson out = OJson::object();
    out["mode"] = p.fitted ? "fit" : "line";
    if (p.fitted)
        out["data"] = {{"kind", dataKind}, {dataKind == "file" ? "path" : "name", dataName}};
    else
        out["data"] = nullptr;
    out["filter"] = filter.empty() ? OJson(nullptr) : OJson(filter);
    const ScalingFit& f = p.fit;
    const auto fitted = [&](double v) { return p.fitted ? finiteOrNull(v) : OJson(nullptr); };
    out["line"] = {{"c", p.line.c()},
                   {"log10_c", p.line.log10C},
                   {"b", p.line.b},
                   {"se_c", fitted(f.seC)},
                   {"se_log10_c", fitted(f.seLog10C)},
                   {"se_b", fitted(f.seB)},
                   {"cov_log10_c_b", fitted(f.covLog10CB)},
                   {"r2", fitted(f.r2)},
                   {"residual_sd_log10", fitted(f.residualSd)},
                   {"t975", fitted(f.t975)},
                   {"n", p.fitted ? OJson(f.n) : OJson(nullptr)},
                   {"dof", p.fitted ? OJson(f.dof) : OJson(nullptr)}};
    OJson points = OJson::array();
    for (const auto& q : p.points)
        points.push_back(
            {{"label", q.label}, {"n_params", q.size}, {"decay_rate", q.rate}, {"line", q.line}});
    out["points"] = std::move(points);
    OJson crossings = OJson::array();
    for (const auto& c : p.crossings)
        crossings.push_back({{"decay_rate", c.rate},
                             {"level_above", levelName(c.levelAbove)},
                             {"reached", std::isfinite(c.log10Size)},
                             {"log10_n", finiteOrNull(c.log10Size)},
                             {"n", finiteOrNull(std::pow(10.0, c.log10Size))},
                             {"log10_n_ci95", pairOrNull(c.log10SizeLow, c.log10SizeHigh)},
                             {"year", finiteOrNull(c.year)},
                             {"year_ci95", pairOrNull(c.yearLow, c.yearHigh)},
                             {"gpus", finiteOrNull(c.gpus)},
                             {"cost_usd", finiteOrNull(c.costUsd)},
                             {"cost_usd_ci95", pairOrNull(c.costLow, c.costHigh)}});
    out["crossings"] = std::move(crossings);
    if (p.fitted)
        out["bootstrap"] = {{"resamples", p.bootstrap},
                            {"seed", p.seed},
                            {"nonincreasing", p.bootstrapNonIncreasing},
                            {"redrawn", p.bootstrapRedrawn}};
    else
        out["bootstrap"] = nullptr;
    OJson band = OJson::array();
    for (const auto& b : p.band)
        band.push_back({{"log10_n", b.log10Size},
                        {"log10_a", b.log10Rate},
                        {"log10_a_low", finiteOrNull(b.low)},
                        {"log10_a_high", finiteOrNull(b.high)}});
    out["band"] = std::move(band);
    const ProjectionOptions& o = p.options;
    out["assumptions"] = {{"reconstruction", true},
                          {"base_year", o.baseYear},
                          {"doubling_years", o.doublingYears},
                          {"n_base_year", o.sizeAtBaseYear},
                          {"bytes_per_param", o.bytesPerParam},
                          {"gpu_bytes", o.gpuBytes},
                          {"gpu_price_usd", o.gpuPriceUsd}};
    return out;
}

void printText(const ScalingProjection& p, const std::string& dataText, const std::string& filter) {
    const ScalingLine& l = p.line;
    const ScalingFit& f = p.fit;
    std::cout << "Scaling projection (survival-game.md §9): log10 a = log10 c + b·log10 N\n";
    if (p.fitted) {
        std::cout << "data: " << shown(dataText);
        if (!filter.empty()) std::cout << ", labels matching " << shown(filter) << " from their start";
        std::cout << "\nline: a = " << general(l.c(), 4) << "·N^" << general(l.b, 4)
                  << " (least squares over " << f.n << " pairs)\n"
                  << "      log10 c = " << general(l.log10C, 4) << " ± " << general(f.seLog10C, 2)
                  << ", c = " << general(l.c(), 4) << " ± " << general(f.seC, 2)
                  << ", b = " << general(l.b, 4) << " ± " << general(f.seB, 2)
                  << " (± 1 standard error), R² = " << fixed(f.r2, 3) << ", n = " << f.n << "\n";
        std::vector<std::vector<std::string>> t = {{"fitted set", "N", "a", "fitted a", "line"}};
        for (const auto& q : p.points)
            t.push_back({q.label.empty() ? "-" : shown(q.label), general(q.size), general(q.rate, 4),
                         fixed(std::pow(10.0, l.log10RateAt(std::log10(q.size))), 3),
                         q.line > 0 ? std::to_string(q.line) : "-"});
        std::cout << "\n" << table(t, {false, true, true, true, true});
    } else {
        std::cout << "line (given, not fitted): a = " << general(l.c(), 5) << "·N^" << general(l.b, 5)
                  << ", i.e. log10 a = " << general(l.log10C, 5) << " + " << general(l.b, 5) << "·log10 N\n";
    }
    const bool intervals = p.fitted && p.bootstrap > 0;
    std::vector<std::vector<std::string>> t;
    std::vector<std::string> head = {"threshold", "beyond N*", "log10 N*"};
    if (intervals) head.push_back("95% CI");
    head.insert(head.end(), {"year†"});
    if (intervals) head.push_back("95% CI");
    head.insert(head.end(), {"H100s†", "cost†"});
    if (intervals) head.push_back("95% CI");
    t.push_back(head);
    for (const auto& c : p.crossings) {
        std::vector<std::string> row = {"a = " + general(c.rate, 4), levelName(c.levelAbove),
                                        std::isfinite(c.log10Size) ? fixed(c.log10Size, 2)
                                                                   : "never (b <= 0)"};
        if (intervals) row.push_back(interval(fixed(c.log10SizeLow, 2), fixed(c.log10SizeHigh, 2)));
        const bool reached = std::isfinite(c.log10Size); // else year, GPUs and cost are infinite: "-"
        row.push_back(reached ? fixed(c.year, 1) : "-");
        if (intervals) row.push_back(interval(fixed(c.yearLow, 1), fixed(c.yearHigh, 1)));
        row.push_back(reached ? general(c.gpus, 2) : "-");
        row.push_back(reached ? "$" + general(c.costUsd, 2) : "-");
        if (intervals) row.push_back(interval("$" + general(c.costLow, 2), "$" + general(c.costHigh, 2)));
        t.push_back(row);
    }
    std::vector<bool> right(head.size(), true);
    right[0] = right[1] = false;
    std::cout << "\n" << table(t, right);
    if (p.fitted) {
        if (p.bootstrap > 0)
            std::cout << "\nbootstrap: " << p.bootstrap << " resamples of the pairs (seed " << p.seed
                      << "), percentiles 2.5% and 97.5%; " << p.bootstrapNonIncreasing
                      << " had b <= 0 (N* = +inf: kept, they widen the upper end)"
                      << (p.bootstrapRedrawn > 0 ? "; " + std::to_string(p.bootstrapRedrawn) +
                                                       " drew a single size and were drawn again"
                                                 : std::string())
                      << "\n";
        else
            std::cout << "\nno bootstrap (--bootstrap 0): no intervals\n";
        if (!p.band.empty()) {
            std::cout << "\n95% confidence band of the line (t(0.975, " << f.dof << ") = " << fixed(f.t975, 3)
                      << "):\n";
            std::vector<std::vector<std::string>> b = {{"log10 N", "fitted a", "95% band of a"}};
            const double lo = p.band.front().log10Size, hi = p.band.back().log10Size;
            for (double x = std::ceil(lo); x <= hi; x += 2) {
                const BandPoint q = lineBand(f, x);
                b.push_back({fixed(x, 0), fixed(std::pow(10.0, q.log10Rate), 4),
                             interval(fixed(std::pow(10.0, q.low), 4), fixed(std::pow(10.0, q.high), 4))});
            }
            std::cout << table(b, {true, true, true});
        } else {
            std::cout << "\nno standard errors or band: two points fit a line exactly\n";
        }
    }
    const ProjectionOptions& o = p.options;
    std::cout
        << "\n† reconstructions read off the paper's figure, not its stated assumptions (survival-game.md "
           "§9.4): year = "
        << general(o.baseYear, 6) << " + " << general(o.doublingYears, 4) << "·log2(N / "
        << general(o.sizeAtBaseYear, 3) << "); H100s = N·" << general(o.bytesPerParam, 3)
        << " bytes / 80 GB; cost = H100s·$" << general(o.gpuPriceUsd, 6) << "\n";
}

} // namespace

int cmdProjectScaling(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kProjectScalingSpec, argv);
    if (!parsed) return kOk;
    const Args& args = *parsed;
    const bool sample = args.has("--sample"), line = args.has("--line"), file = !args.positional.empty();
    const bool columns = args.has("--size-column") || args.has("--rate-column") || args.has("--label-column");
    if (int(sample) + int(line) + int(file) != 1)
        throw UsageError(int(sample) + int(line) + int(file) == 0
                             ? "give FILE.csv, --sample or --line C,B"
                             : "give only one of FILE.csv, --sample and --line C,B");
    if (!file && columns)
        throw UsageError("--size-column, --rate-column and --label-column name the columns of FILE.csv");
    if (line)
        for (const char* opt : {"--only", "--bootstrap", "--seed"})
            if (args.has(opt)) throw UsageError(std::string(opt) + " applies to fitted data, not to --line");

    ProjectionOptions o;
    if (args.has("--bootstrap")) o.bootstrap = parseInt("--bootstrap", args.value("--bootstrap"), 0, 100000);
    if (args.has("--seed")) o.seed = parseSeed(args.value("--seed"));
    o.doublingYears = positiveOption(args, "--doubling-years", o.doublingYears);
    o.sizeAtBaseYear = positiveOption(args, "--n-2025", o.sizeAtBaseYear);
    o.bytesPerParam = positiveOption(args, "--bytes-per-param", o.bytesPerParam);
    o.gpuPriceUsd = positiveOption(args, "--gpu-price", o.gpuPriceUsd);

    ScalingProjection projection;
    std::string dataKind, dataName, dataText;
    const std::string filter = args.value("--only");
    if (line) {
        projection = projectLine(parseLine(args.value("--line")), o);
    } else {
        std::vector<ScalingPoint> points;
        if (sample) {
            points = sampleScalingPoints();
            dataKind = "sample";
            dataName = std::string(kSampleDecayRatesName);
            dataText = dataName + " (shipped sample, read off the paper's perf.png)";
        } else {
            ScalingCsvOptions csv;
            csv.sizeColumn = args.value("--size-column", csv.sizeColumn);
            csv.rateColumn = args.value("--rate-column", csv.rateColumn);
            csv.labelColumn = args.value("--label-column");
            dataKind = "file";
            dataName = args.positional[0];
            dataText = dataName;
            points = readScalingCsv(dataName, csv);
        }
        if (args.has("--only")) points = selectByLabel(points, filter);
        projection = projectScaling(points, o);
    }
    if (args.has("--json"))
        std::cout << jsonText(toJson(projection, dataKind, dataName, filter)) << std::endl;
    else
        printText(projection, dataText, filter);
    return kOk;
}

} // namespace tb::cli

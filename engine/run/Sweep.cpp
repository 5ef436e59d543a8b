#include "run/Sweep.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/Rng.h"
#include "core/Text.h"
#include "run/RunText.h"

namespace tb {

namespace {

using P = Param;
using T = ParamType;

/// A path's steps: a key, or an index into an array.
struct PathStep {
    std::string key;
    std::size_t index = 0;
    bool isIndex = false;
};

/// "policies[0].epsilon" -> policies, [0], epsilon; nothing when the text is not such a path.
std::optional<std::vector<PathStep>> parsePath(const std::string& path) {
    std::vector<PathStep> steps;
    std::size_t i = 0;
    const std::size_t n = path.size();
    if (n == 0 || n > 200) return std::nullopt;
    while (i < n) {
        if (path[i] == '[') {
            const std::size_t close = path.find(']', i);
            if (close == std::string::npos || close == i + 1 || steps.empty()) return std::nullopt;
            std::size_t index = 0;
            for (std::size_t k = i + 1; k < close; ++k) {
                if (path[k] < '0' || path[k] > '9' || close - i - 1 > 6) return std::nullopt;
                index = index * 10 + std::size_t(path[k] - '0');
            }
            steps.push_back({"", index, true});
            i = close + 1;
            if (i < n && path[i] == '.') {
                ++i;
                if (i == n) return std::nullopt;
            } else if (i < n && path[i] != '[')
                return std::nullopt;
            continue;
        }
        std::size_t end = i;
        while (end < n && path[end] != '.' && path[end] != '[') ++end;
        if (end == i) return std::nullopt;
        steps.push_back({path.substr(i, end - i), 0, false});
        i = end;
        if (i < n && path[i] == '.') {
            ++i;
            if (i == n) return std::nullopt;
        }
    }
    return steps;
}

/// The value at `steps` in `j`, or null when there is none.
Json* at(Json& j, const std::vector<PathStep>& steps) {
    Json* cur = &j;
    for (const PathStep& s : steps) {
        if (s.isIndex) {
            if (!cur->is_array() || s.index >= cur->size()) return nullptr;
            cur = &(*cur)[s.index];
        } else {
            if (!cur->is_object() || !cur->contains(s.key)) return nullptr;
            cur = &(*cur)[s.key];
        }
    }
    return cur;
}

/// "policies[].epsilon" for ParamSpec::find.
std::string specPath(const std::vector<PathStep>& steps) {
    std::string out;
    for (const PathStep& s : steps) {
        if (s.isIndex)
            out += "[]";
        else
            out += (out.empty() ? "" : ".") + s.key;
    }
    // A trailing index is an item of a list parameter: the list's own Param.
    while (out.size() >= 2 && out.compare(out.size() - 2, 2, "[]") == 0) out.resize(out.size() - 2);
    return out;
}

/// "means[3]" for "environment.means[3]".
std::string shortName(const std::string& path) {
    std::size_t dot = path.rfind('.');
    return dot == std::string::npos ? path : path.substr(dot + 1);
}

constexpr std::uint64_t kSweepStream = 0x5357454550ULL; // "SWEEP"

/// Replaces the sweep paths' problems found by the kind's ParamSpec for one value with the sweep's path.
void mapIssues(const std::vector<Issue>& found, const std::string& where, const std::string& value,
               std::vector<Issue>& out) {
    for (const Issue& i : found)
        out.push_back({where, fill(run_text::kSweepValueInvalid, {value, i.toString()})});
}

} // namespace

std::string sweepValueText(const Json& v) {
    if (v.is_number_unsigned()) return std::to_string(v.get<std::uint64_t>());
    if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
    if (v.is_number()) return formatNumber(v.get<double>());
    return v.dump();
}

const Json* sweepValueAt(const Json& config, const std::string& path) {
    const auto steps = parsePath(path);
    return steps ? at(const_cast<Json&>(config), *steps) : nullptr;
}

const ParamSpec& sweepSpec() {
    static const ParamSpec spec(
        {P::make(T::ObjectList, "parameters", TB_TR("engine", "Swept parameters"),
                 TB_TR("engine", "one or two parameters, each with values, a range or a number of seeds"))
             .req()
             .items(1, 2)
             .withFields({
                 P::make(T::String, "path", TB_TR("engine", "Path"),
                         TB_TR("engine", "JSON path of a numeric parameter, e.g. policies[0].epsilon, "
                                         "environment.means[3] or seed")),
                 P::make(T::RealList, "values", TB_TR("engine", "Values"),
                         TB_TR("engine", "the values to run, in order"))
                     .items(1, 1000),
                 P::make(T::Object, "range", TB_TR("engine", "Range"),
                         TB_TR("engine", "count values from `from` to `to`, both included, evenly spaced on "
                                         "a linear or log scale"))
                     .withFields({
                         P::make(T::Real, "from", TB_TR("engine", "From"), TB_TR("engine", "first value"))
                             .req(),
                         P::make(T::Real, "to", TB_TR("engine", "To"), TB_TR("engine", "last value")).req(),
                         P::make(T::Int, "count", TB_TR("engine", "Count"),
                                 TB_TR("engine", "number of values, ends included"))
                             .req()
                             .range(2, 1000),
                         P::make(T::Enum, "scale", TB_TR("engine", "Scale"),
                                 TB_TR("engine", "linear: equal steps; log: equal ratios (from and to > 0)"))
                             .oneOf({"linear", "log"})
                             .def("linear"),
                     }),
                 P::make(T::Int, "seeds", TB_TR("engine", "Seeds"),
                         TB_TR("engine", "run the sweep under this many seeds derived from the config's "
                                         "seed (no path: the axis is the seed)"))
                     .range(1, 1000),
             }),
         P::make(T::String, "metric", TB_TR("engine", "Metric"),
                 TB_TR("engine", "the Series metric drawn against the swept parameters (default: the "
                                 "kind's headline metric)"))});
    return spec;
}

bool hasSweep(const Json& config) {
    return config.is_object() && config.contains("sweep");
}

std::size_t SweepPlan::cells() const {
    std::size_t n = 1;
    for (const auto& a : axes) n *= a.values.size();
    return n;
}

std::vector<std::size_t> SweepPlan::coords(std::size_t cell) const {
    std::vector<std::size_t> c(axes.size());
    for (std::size_t k = axes.size(); k-- > 0;) {
        c[k] = cell % axes[k].values.size();
        cell /= axes[k].values.size();
    }
    return c;
}

std::uint64_t SweepPlan::cellSeed(std::size_t cell) const {
    const auto c = coords(cell);
    for (std::size_t k = 0; k < axes.size(); ++k)
        if (axes[k].path == "seed") return axes[k].values[c[k]].get<std::uint64_t>();
    return mixSeed(base.value("seed", std::uint64_t(0)), kSweepStream, cell);
}

Json SweepPlan::cellConfig(std::size_t cell) const {
    Json out = base;
    const auto c = coords(cell);
    for (std::size_t k = 0; k < axes.size(); ++k) {
        const auto steps = parsePath(axes[k].path);
        if (Json* v = steps ? at(out, *steps) : nullptr) *v = axes[k].values[c[k]];
    }
    out["seed"] = cellSeed(cell);
    return kind->spec().withDefaults(out);
}

std::string SweepPlan::cellText(std::size_t cell) const {
    const auto c = coords(cell);
    std::string out;
    for (std::size_t k = 0; k < axes.size(); ++k)
        out += (k ? ", " : "") + axes[k].name + "=" + sweepValueText(axes[k].values[c[k]]);
    return out;
}

std::vector<double> SweepPlan::axisNumbers(std::size_t axis) const {
    std::vector<double> out;
    for (const Json& v : axes[axis].values)
        out.push_back(v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN());
    return out;
}

namespace {

/// Plans the sweep, adding every problem to `issues`; the plan is usable only when `issues` stays empty.
SweepPlan plan(const Json& config, const PrepareOptions& options, std::vector<Issue>& issues) {
    SweepPlan p;
    if (!config.is_object()) {
        issues.push_back({"", TB_TR("engine", "the config must be a JSON object")});
        return p;
    }
    Json base = config;
    base.erase("sweep");
    // The base: every problem a run of it would have (the limits are checked on the whole sweep below).
    {
        PrepareOptions noLimits = options;
        noLimits.allowLong = true;
        ResourceLimits unlimited;
        unlimited.memoryBytes = std::numeric_limits<double>::infinity();
        noLimits.limits = &unlimited;
        auto found = validate(base, noLimits);
        if (!found.empty()) {
            issues.insert(issues.end(), found.begin(), found.end());
            return p;
        }
    }
    p.kind = findKind(base["kind"].get<std::string>());
    p.base = p.kind->spec().withDefaults(base);
    if (!config.contains("sweep")) {
        issues.push_back({"sweep", TB_TR("engine", "is required: a sweep config carries a \"sweep\" block")});
        return p;
    }
    const Json& block = config.at("sweep");
    for (Issue i : sweepSpec().validate(block)) {
        i.path = i.path.empty() ? "sweep" : "sweep." + i.path;
        issues.push_back(i);
    }
    if (!issues.empty()) return p;
    const Json filledBlock = sweepSpec().withDefaults(block);

    // The metric.
    const auto series = seriesMetrics(*p.kind);
    if (filledBlock.contains("metric")) {
        p.metric = filledBlock["metric"].get<std::string>();
        std::string names;
        bool found = false;
        for (const auto& m : series) {
            names += (names.empty() ? "" : ", ") + m.name;
            found = found || m.name == p.metric;
        }
        if (!found)
            issues.push_back({"sweep.metric", fill(run_text::kSweepMetricUnknown,
                                                   {truncateText(escapeForTerminal(p.metric), 60), names})});
    } else {
        for (const auto& m : series)
            if (m.headline) p.metric = m.name;
        if (p.metric.empty() && !series.empty()) p.metric = series.front().name;
    }

    const Json& params = filledBlock["parameters"];
    for (std::size_t k = 0; k < params.size(); ++k) {
        const Json& item = params[k];
        const std::string where = "sweep.parameters[" + std::to_string(k) + "]";
        const int given =
            int(item.contains("values")) + int(item.contains("range")) + int(item.contains("seeds"));
        if (given != 1) {
            issues.push_back({where, TB_TR("engine", "give exactly one of values, range or seeds")});
            continue;
        }
        SweepAxis axis;
        if (item.contains("seeds")) {
            if (item.contains("path") && item["path"].get<std::string>() != "seed") {
                issues.push_back(
                    {where + ".path", TB_TR("engine", "seeds sweep the seed: leave out the path, "
                                                      "or write \"seed\"")});
                continue;
            }
            axis.path = "seed";
            axis.seeds = true;
            const auto n = item["seeds"].get<std::int64_t>();
            const std::uint64_t seed = p.base.value("seed", std::uint64_t(0));
            for (std::int64_t s = 0; s < n; ++s)
                axis.values.push_back(mixSeed(seed, kSweepStream + 1, std::uint64_t(s)));
        } else if (!item.contains("path")) {
            issues.push_back({where + ".path", TB_TR("engine", "is required with values or a range")});
            continue;
        } else {
            axis.path = item["path"].get<std::string>();
        }
        axis.name = shortName(axis.path);
        const auto steps = parsePath(axis.path);
        const std::string shownPath = truncateText(escapeForTerminal(axis.path), 80);
        if (!steps) {
            issues.push_back({where + ".path", fill(run_text::kSweepNotAPath, {shownPath})});
            continue;
        }
        const Param* param = p.kind->spec().find(specPath(*steps));
        Json probe = p.base;
        Json* target = at(probe, *steps);
        if (!target || (!param && target->is_number())) {
            issues.push_back({where + ".path", fill(run_text::kSweepNoValue, {shownPath})});
            continue;
        }
        if (!target->is_number()) {
            issues.push_back({where + ".path", fill(run_text::kSweepNotNumber, {shownPath})});
            continue;
        }
        if (axis.path == "replicates")
            issues.push_back({where + ".path", fill(run_text::kSweepFixed, {shownPath})});
        axis.label = param->label.empty() ? axis.name : param->label;
        const bool integer =
            param->type == T::Int || param->type == T::IntList || param->unsigned64 || axis.path == "seed";
        if (item.contains("values")) {
            for (const Json& v : item["values"]) axis.values.push_back(v);
        } else if (item.contains("range")) {
            const Json& r = item["range"];
            const double from = r["from"].get<double>(), to = r["to"].get<double>();
            const auto count = r["count"].get<std::int64_t>();
            axis.log = r["scale"].get<std::string>() == "log";
            if (axis.log && !(from > 0 && to > 0)) {
                issues.push_back(
                    {where + ".range", TB_TR("engine", "a log range needs from > 0 and to > 0")});
                continue;
            }
            for (std::int64_t i = 0; i < count; ++i) {
                const double t = double(i) / double(count - 1);
                double x = axis.log ? std::exp(std::log(from) + t * (std::log(to) - std::log(from)))
                                    : from + t * (to - from);
                // Inner points to 4 significant digits, so that labels read 0.0266, not 0.026591479484724956;
                // the ends exactly as written.
                if (x != 0 && std::isfinite(x)) {
                    const double scale = std::pow(10.0, 3 - std::floor(std::log10(std::fabs(x))));
                    x = std::round(x * scale) / scale;
                }
                if (i == 0) x = from;
                if (i == count - 1) x = to;
                if (integer) {
                    const double rounded = std::round(x);
                    if (!axis.values.empty() && axis.values.back().get<double>() == rounded) continue;
                    axis.values.push_back(std::int64_t(rounded));
                } else {
                    axis.values.push_back(x);
                }
            }
        }
        // Every value alone must give a valid config.
        const std::string valuesWhere = where + (item.contains("range") ? ".range" : ".values");
        for (std::size_t i = 0; i < axis.values.size() && !axis.seeds; ++i) {
            Json cfg = p.base;
            *at(cfg, *steps) = axis.values[i];
            const auto found = p.kind->spec().validate(cfg);
            if (!found.empty())
                mapIssues(found,
                          item.contains("values") ? valuesWhere + "[" + std::to_string(i) + "]" : valuesWhere,
                          sweepValueText(axis.values[i]), issues);
        }
        p.axes.push_back(std::move(axis));
    }
    if (!issues.empty()) return p;
    if (p.axes.size() == 2 && p.axes[0].path == p.axes[1].path)
        issues.push_back({"sweep.parameters[1].path", TB_TR("engine", "sweeps the same parameter as "
                                                                      "parameters[0]")});
    if (p.axes.size() == 2 && p.axes[0].seeds && p.axes[1].seeds)
        issues.push_back({"sweep.parameters[1]", TB_TR("engine", "only one axis can be seeds")});
    if (p.cells() > kMaxSweepCells)
        issues.push_back(
            {"sweep.parameters",
             fill(run_text::kSweepTooMany, {std::to_string(p.cells()), std::to_string(kMaxSweepCells)})});
    if (!issues.empty()) return p;
    // Combinations (two axes whose values constrain each other): every cell must be valid.
    if (p.axes.size() == 2)
        for (std::size_t c = 0; c < p.cells() && issues.size() < ParamSpec::kMaxIssues; ++c) {
            const auto found = p.kind->spec().validate(p.cellConfig(c));
            if (!found.empty()) mapIssues(found, "sweep.parameters", p.cellText(c), issues);
        }
    p.config = p.base;
    p.config["sweep"] = block;
    if (!issues.empty()) return p;
    // The limits, on the whole sweep.
    for (Issue i : costIssues(sweepCost(p), options)) {
        i.message = fill(run_text::kSweepWhole, {std::to_string(p.cells()), i.message});
        issues.push_back(i);
    }
    return p;
}

} // namespace

Cost sweepCost(const SweepPlan& p) {
    Cost out;
    double simulation = 0, steps = 0, heaviest = -1;
    const std::size_t n = p.cells();
    // Cells of one sweep differ in a value or two: estimate a spread sample of them (at most 64) and scale.
    const std::size_t stride = std::max<std::size_t>(1, n / 64);
    std::size_t sampled = 0;
    for (std::size_t c = 0; c < n; c += stride) {
        const Cost cell = estimateCost(*p.kind, p.cellConfig(c));
        simulation += costTotal(cell.simulation);
        steps += cell.steps;
        ++sampled;
        const double mem = costTotal(cell.memory) + costTotal(cell.precompute) * 1e9;
        if (mem > heaviest) {
            heaviest = mem;
            out.memory = cell.memory;
            out.precompute = cell.precompute;
            out.runs = cell.runs;
            out.replicates = cell.replicates;
            out.checkpoints = cell.checkpoints;
            out.categories = cell.categories;
        }
    }
    const double scale = double(n) / double(sampled);
    out.steps = steps * scale;
    out.simulation.push_back(
        {"sweep.parameters", fill(run_text::kSweepCells, {std::to_string(n)}), simulation * scale});
    return out;
}

std::vector<Issue> validateSweep(const Json& config, const PrepareOptions& options) {
    std::vector<Issue> issues;
    plan(config, options, issues);
    if (issues.size() > ParamSpec::kMaxIssues) issues.resize(ParamSpec::kMaxIssues);
    return issues;
}

SweepPlan planSweep(const Json& config, const PrepareOptions& options) {
    std::vector<Issue> issues;
    SweepPlan p = plan(config, options, issues);
    if (issues.size() > ParamSpec::kMaxIssues) issues.resize(ParamSpec::kMaxIssues);
    if (!issues.empty()) throw InputError(issues);
    return p;
}

} // namespace tb

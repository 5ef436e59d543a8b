#include "core/Kind.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/Tr.h"

namespace tb {

const char* toString(MetricScope scope) {
    switch (scope) {
    case MetricScope::PerCategory:
        return "category";
    case MetricScope::Pooled:
        return "pooled";
    case MetricScope::Profile:
        return "profile";
    case MetricScope::Series:
        break;
    }
    return "series";
}

std::optional<MetricScope> metricScopeFromString(std::string_view text) {
    if (text == "series") return MetricScope::Series;
    if (text == "category") return MetricScope::PerCategory;
    if (text == "pooled") return MetricScope::Pooled;
    if (text == "profile") return MetricScope::Profile;
    return std::nullopt;
}

namespace {
constexpr const char* kBytes = TB_TR("engine", "%1 bytes");
constexpr const char* kDays = TB_TR("engine", "%1 days");
} // namespace

std::string bytesText(double bytes) {
    static const char* const units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    int u = 0;
    while (bytes >= 1024 && u < 6) {
        bytes /= 1024;
        ++u;
    }
    char buf[48];
    if (u == 0) {
        std::snprintf(buf, sizeof buf, "%.0f", bytes);
        return fill(kBytes, {buf});
    }
    std::snprintf(buf, sizeof buf, "%.3g %s", bytes, units[u]);
    return buf;
}

std::string secondsText(double s) {
    char buf[48];
    if (s < 60)
        std::snprintf(buf, sizeof buf, "%.2g s", s);
    else if (s < 3600)
        std::snprintf(buf, sizeof buf, "%.2g min", s / 60);
    else if (s < 86400 * 3)
        std::snprintf(buf, sizeof buf, "%.3g h", s / 3600);
    else {
        std::snprintf(buf, sizeof buf, "%.3g", s / 86400);
        return fill(kDays, {buf});
    }
    return buf;
}

const std::vector<const char*>& coreTextPatterns() {
    static const std::vector<const char*> all = [] {
        std::vector<const char*> out = validationTextPatterns();
        out.push_back(kBytes);
        out.push_back(kDays);
        return out;
    }();
    return all;
}

std::string countText(double n) {
    char buf[48];
    std::snprintf(buf, sizeof buf, n < 1e6 && n == std::floor(n) ? "%.0f" : "%.3g", n);
    return buf;
}

std::vector<MetricDecl> seriesMetrics(const Kind& kind) {
    std::vector<MetricDecl> out;
    for (const auto& m : kind.metrics())
        if (m.scope == MetricScope::Series) out.push_back(m);
    return out;
}

std::vector<MetricDecl> categoryMetrics(const Kind& kind) {
    std::vector<MetricDecl> out;
    for (const auto& m : kind.metrics())
        if (m.scope == MetricScope::PerCategory) out.push_back(m);
    return out;
}

std::vector<MetricDecl> pooledMetrics(const Kind& kind) {
    std::vector<MetricDecl> out;
    for (const auto& m : kind.metrics())
        if (m.scope == MetricScope::Pooled) out.push_back(m);
    return out;
}

std::vector<MetricDecl> profileMetrics(const Kind& kind) {
    std::vector<MetricDecl> out;
    for (const auto& m : kind.metrics())
        if (m.scope == MetricScope::Profile) out.push_back(m);
    return out;
}

bool derivesFromData(const Kind& kind) {
    for (const auto& m : kind.metrics())
        if (m.scope == MetricScope::Pooled || m.scope == MetricScope::Profile) return true;
    return false;
}

double costTotal(const std::vector<CostTerm>& terms) {
    double sum = 0;
    for (const CostTerm& t : terms) sum += t.amount;
    return sum;
}

double costSeconds(const Cost& cost) {
    return costTotal(cost.precompute) + costTotal(cost.simulation);
}

Json Kind::coarse(const Json& config, double fraction) const {
    Json out = config;
    if (const auto it = config.find("replicates"); it != config.end() && it->is_number_integer()) {
        const std::int64_t r = it->get<std::int64_t>();
        out["replicates"] = std::clamp<std::int64_t>(std::int64_t(std::ceil(double(r) * fraction)), 1, r);
    }
    return out;
}

} // namespace tb

#include "core/Kind.h"

namespace tb {

const char* toString(MetricScope scope) {
    return scope == MetricScope::PerCategory ? "category" : "series";
}

std::optional<MetricScope> metricScopeFromString(std::string_view text) {
    if (text == "series") return MetricScope::Series;
    if (text == "category") return MetricScope::PerCategory;
    return std::nullopt;
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

} // namespace tb

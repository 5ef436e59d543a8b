#include "core/Kind.h"

namespace tb {

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

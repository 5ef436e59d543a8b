#include "stats/Holm.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace tb::stats {

std::vector<double> holmAdjust(std::span<const double> p) {
    for (double v : p)
        if (!(v >= 0 && v <= 1)) throw std::invalid_argument("Holm: a p-value is outside [0, 1]");
    const std::size_t m = p.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return p[x] < p[y]; });
    std::vector<double> adjusted(m);
    double running = 0;
    for (std::size_t i = 0; i < m; ++i) {
        running = std::max(running, std::min(1.0, double(m - i) * p[order[i]]));
        adjusted[order[i]] = running;
    }
    return adjusted;
}

} // namespace tb::stats

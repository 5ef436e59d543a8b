#pragma once
// Holm-Bonferroni step-down adjustment of a family of p-values (Holm 1979; docs/statistics.md).
#include <span>
#include <vector>

namespace tb::stats {

/// Adjusted p-values, in the order given: with p_(1) <= ... <= p_(m) sorted ascending (ties in input order),
///   adj_(i) = max_{j <= i} min(1, (m - j + 1) p_(j)).
/// They are monotone in the raw p-values and capped at 1; rejecting where adj < alpha is Holm's procedure,
/// which controls the family-wise error at alpha under any dependence. Every p must lie in [0, 1]
/// (std::invalid_argument otherwise).
std::vector<double> holmAdjust(std::span<const double> p);

} // namespace tb::stats

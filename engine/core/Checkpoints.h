#pragma once
#include <cstdint>
#include <vector>

namespace tb {

/// The fixed grid of steps at which a run records values: the union of about maxPoints/2 log-spaced and
/// maxPoints/2 evenly spaced steps in [1, horizon], sorted, without duplicates, always ending at `horizon`.
/// Pure integer-exact output for a given (horizon, maxPoints), so every machine records at the same steps.
std::vector<std::int64_t> checkpointGrid(std::int64_t horizon, int maxPoints = 200);

} // namespace tb

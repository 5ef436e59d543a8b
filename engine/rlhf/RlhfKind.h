#pragma once
// The RLHF Kind (docs/rlhf.md): a synthetic world in which proxy reward models are fitted on noisy
// preferences and policies are optimised against them, exactly over every prompt's candidates, so that
// Goodhart's law shows: the proxy keeps rising while the gold reward peaks and falls.
#include "core/Kind.h"

namespace tb::rlhf {

const Kind& rlhfKind();

/// The n grid of best-of-n and the beta grid of the tilt of a validated, defaults-filled config.
std::vector<double> nGridOf(const Json& config);
std::vector<double> betaGridOf(const Json& config);

} // namespace tb::rlhf

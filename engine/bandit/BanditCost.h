#pragma once
// What a bandit config costs to run (memory, set-up, simulation time), estimated from the config alone before
// anything is allocated. The numbers and how they were measured are in docs/bandits.md ("Limits").
#include "core/Kind.h"

namespace tb::bandit {

/// `config` has passed validation and has its defaults filled in.
Cost estimateBanditCost(const Json& config);
/// The patterns of the estimate's descriptions (tb::fill), for Kind::textPatterns().
const std::vector<const char*>& costTextPatterns();

/// Estimated nanoseconds per pull of a policy type on K arms, from the rates measured on the development VM
/// (one thread) at K = 10 and K = 1000, interpolated linearly in K.
double nanosecondsPerPull(const std::string& policyType, int K);

} // namespace tb::bandit

#pragma once
#include "core/ParamSpec.h"

namespace tb::bandit {
/// The ParamSpec of a bandit config (see docs/bandits.md for the shape).
ParamSpec makeBanditSpec();
/// The patterns of its cross-field checks' messages (tb::fill), for Kind::textPatterns().
const std::vector<const char*>& specTextPatterns();
} // namespace tb::bandit

#pragma once
#include "core/ParamSpec.h"

namespace tb::bandit {
/// The ParamSpec of a bandit config (see docs/bandits.md for the shape).
ParamSpec makeBanditSpec();
} // namespace tb::bandit

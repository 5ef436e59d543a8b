#pragma once
// The multi-armed bandit family: ParamSpec, metrics, environments and policies (see docs/bandits.md).
#include "core/Kind.h"

namespace tb::bandit {

/// The registered bandit kind (a process-wide singleton).
const Kind& banditKind();

} // namespace tb::bandit

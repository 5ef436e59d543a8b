#pragma once
// The RLHF ParamSpec (docs/rlhf.md): the world, the gold reward, the optimisers' grids, training, and the
// compared pipelines (RLHF with a proxy reward model, or DPO).
#include "core/ParamSpec.h"

namespace tb::rlhf {

ParamSpec makeRlhfSpec();
/// The patterns of its cross-field checks' messages (tb::fill), for Kind::textPatterns().
const std::vector<const char*>& specTextPatterns();

} // namespace tb::rlhf

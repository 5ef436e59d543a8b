#pragma once
// The survival-game ParamSpec (docs/survival.md): subjects, tasks per replicate, the attempt cap, the
// analysis.
#include "core/ParamSpec.h"

namespace tb::survival {

ParamSpec makeSurvivalSpec();
/// The patterns of its cross-field checks' messages (tb::fill), for Kind::textPatterns().
const std::vector<const char*>& specTextPatterns();

} // namespace tb::survival

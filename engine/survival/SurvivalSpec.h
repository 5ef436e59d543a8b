#pragma once
// The survival-game ParamSpec (docs/survival.md): subjects, tasks per replicate, the attempt cap, the
// analysis.
#include "core/ParamSpec.h"

namespace tb::survival {

ParamSpec makeSurvivalSpec();

} // namespace tb::survival

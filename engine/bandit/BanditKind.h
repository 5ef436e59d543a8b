#pragma once
// The multi-armed bandit family: ParamSpec, metrics, environments and policies (see docs/bandits.md).
#include "core/Kind.h"

namespace tb::bandit {

/// The registered bandit kind (a process-wide singleton).
const Kind& banditKind();

/// Lai–Robbins constant of Bernoulli arms with these means: C = sum over arms with mu_k < mu* of
/// (mu* - mu_k) / kl(mu_k, mu*), so that liminf E[R_T] / ln T >= C for every uniformly good policy (Lai &
/// Robbins 1985). An arm's term is 0 when mu* = 1 (kl(mu_k, 1) is infinite).
double laiRobbinsConstant(const std::vector<double>& means);

} // namespace tb::bandit

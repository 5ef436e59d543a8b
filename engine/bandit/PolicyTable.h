#pragma once
// The one list of bandit policies. Everything that names a policy — the config's "type" names, the
// ParamSpec's policy variants, default labels, the factory of the simulation loop and the cost estimate — is
// built from AllPolicies and the traits each policy struct carries (Policies.h). Adding a policy is writing
// its struct and adding it to this list.
#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "bandit/Policies.h"

namespace tb::bandit {

template <class... P> struct PolicyList { using Variant = std::variant<P...>; };

using AllPolicies =
    PolicyList<UniformPolicy, EpsilonGreedyPolicy, SoftmaxPolicy, EtcPolicy, Ucb1Policy, UcbVPolicy,
               MossPolicy, KlUcbPolicy, ThompsonBetaPolicy, ThompsonGaussianPolicy, VarTsPolicy,
               BayesUcbPolicy, Exp3Policy, SwUcbPolicy, DUcbPolicy, DTsPolicy>;

/// One policy's state, whatever its type: the simulation loop visits it once per slice of rounds.
using PolicyVariant = AllPolicies::Variant;

/// A row of the policy table: a policy's traits as values.
struct PolicyTraits {
    std::string type;
    VariantSpec (*spec)();
    std::string (*label)(const Json& params);
    PolicyVariant (*make)(const PolicyContext& context, const Json& params);
    double nsPerPull10, nsPerPullPerArm;
    double (*windowBytes)(const Json& params, double horizon);
};

/// Every policy, in documentation order.
const std::vector<PolicyTraits>& policyTable();
/// The patterns of the policies' default labels ("ε-greedy (ε=%1)"), for Kind::textPatterns().
const std::vector<const char*>& policyTextPatterns();
/// The index of `type` in policyTable(); throws InputError for an unknown type.
std::size_t policyIndex(const std::string& type);

} // namespace tb::bandit

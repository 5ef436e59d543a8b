#include "bandit/PolicyTable.h"

namespace tb::bandit {

namespace {

template <class P> PolicyTraits traitsOf() {
    double (*window)(const Json&, double) = nullptr;
    if constexpr (requires(const Json& j) { P::windowBytes(j, 1.0); })
        window = &P::windowBytes;
    else
        window = [](const Json&, double) { return 0.0; };
    return {P::kType,
            &P::spec,
            &P::label,
            [](const PolicyContext& c, const Json& params) -> PolicyVariant { return P(c, params); },
            P::kNsPerPull10,
            P::kNsPerPullPerArm,
            window};
}

template <class... P> std::vector<PolicyTraits> table(PolicyList<P...>) {
    return {traitsOf<P>()...};
}

} // namespace

const std::vector<PolicyTraits>& policyTable() {
    static const std::vector<PolicyTraits> all = table(AllPolicies{});
    return all;
}

const std::vector<const char*>& policyTextPatterns() {
    using namespace label_patterns;
    static const std::vector<const char*> all = {
        kEpsilonDecaying,  kEpsilon, kKlUcb, kSoftmax, kEtc, kUcbV,
        kThompsonGaussian, kExp3,    kSwUcb, kDUcb,    kDTs, kBayesUcb};
    return all;
}

std::size_t policyIndex(const std::string& type) {
    const auto& all = policyTable();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].type == type) return i;
    throw InputError({{"type", "unknown policy type '" + type + "'"}});
}

} // namespace tb::bandit

// The bandit ParamSpec: every key of a bandit config, its range and default, and the cross-field checks.
#include "bandit/BanditSpec.h"

#include "bandit/BanditModel.h"
#include "bandit/PolicyTable.h"

namespace tb::bandit {

namespace {

using P = Param;
using T = ParamType;

std::vector<VariantSpec> environments() {
    return {
        {"bernoulli",
         "Bernoulli arms",
         "arm k pays 1 with probability means[k], else 0",
         {P::make(T::RealList, "means", "Means", "success probability of each arm")
              .req()
              .range(0, 1)
              .items(2, 1000)
              .item("arm")}},
        {"gaussian",
         "Gaussian arms",
         "arm k pays means[k] + sqrt(variances[k]) * N(0, 1)",
         {P::make(T::RealList, "means", "Means", "mean reward of each arm").req().items(2, 1000).item("arm"),
          P::make(T::RealList, "variances", "Variances", "reward variance of each arm (> 0)")
              .req()
              .above(0)
              .items(2, 1000)
              .sameLength("means")
              .item("arm", 1.0)}},
        {"piecewise",
         "Piecewise-stationary",
         "arm means change at the segment starts (change points); the best arm is re-evaluated in each "
         "segment",
         {P::make(T::Enum, "arms", "Arm law", "reward law of the arms in every segment")
              .oneOf({"bernoulli", "gaussian"})
              .def("bernoulli"),
          P::make(T::RealList, "variances", "Variances", "gaussian arms: reward variance of each arm (> 0)")
              .req()
              .above(0)
              .items(2, 1000)
              .item("arm", 1.0)
              .onlyWhen("arms", "gaussian"),
          P::make(T::ObjectList, "segments", "Segments",
                  "stationary stretches: first start 0, starts strictly increasing and < horizon")
              .req()
              .items(1, 100000)
              .withFields(
                  {P::make(T::Int, "start", "Start", "first round (0-based) of the segment").req().atLeast(0),
                   P::make(T::RealList, "means", "Means", "arm means in this segment")
                       .req()
                       .items(2, 1000)})}},
        {"adversarial",
         "Oblivious adversarial",
         "a reward table fixed before play: given rows (cycled over the horizon) or generated",
         {P::make(T::RealMatrix, "table", "Reward table",
                  "rows x arms rewards in [0, 1], cycled over the horizon")
              .range(0, 1)
              .items(1, 1000000)
              .rowItems(2, 1000),
          P::make(
              T::Enum, "generator", "Generator",
              "ucb1-trap: every arm pays 1 except the one UCB1 would pick, which pays 0.1 (k+1)/K (UCB1's "
              "regret is linear); doubling-blocks: block b (length block * 2^b) pays 1 on arm b mod K only; "
              "random: i.i.d. uniform entries from the seed")
              .oneOf({"ucb1-trap", "doubling-blocks", "random"}),
          P::make(T::Int, "arms", "Arms", "number of arms (generated tables; must match a given table)")
              .range(2, 1000),
          P::make(T::Int, "block", "First block", "doubling-blocks: length of the first block")
              .atLeast(1)
              .onlyWhen("generator", "doubling-blocks")}},
    };
}

std::vector<VariantSpec> policies() {
    std::vector<VariantSpec> all;
    for (const auto& t : policyTable()) all.push_back(t.spec());
    return all;
}

void extraChecks(const Json& c, std::vector<Issue>& issues) {
    const std::int64_t horizon = c.at("horizon").get<std::int64_t>();
    const Json& e = c.at("environment");
    const std::string type = e.at("type").get<std::string>();
    if (type == "piecewise") {
        const bool gauss = e.at("arms").get<std::string>() == "gaussian";
        const Json& segs = e.at("segments");
        const std::size_t K = segs.at(0).at("means").size();
        for (std::size_t i = 0; i < segs.size(); ++i) {
            const std::string sp = indexPath("environment.segments", i);
            const std::int64_t start = segs[i].at("start").get<std::int64_t>();
            if (i == 0 && start != 0) issues.push_back({sp + ".start", "the first segment must start at 0"});
            if (i > 0 && start <= segs[i - 1].at("start").get<std::int64_t>())
                issues.push_back(
                    {sp + ".start", std::to_string(start) + " must be greater than the previous start " +
                                        std::to_string(segs[i - 1].at("start").get<std::int64_t>())});
            if (start >= horizon)
                issues.push_back(
                    {sp + ".start", std::to_string(start) + " must be < horizon " + std::to_string(horizon)});
            const Json& means = segs[i].at("means");
            if (means.size() != K)
                issues.push_back({sp + ".means", "has " + std::to_string(means.size()) +
                                                     " items but segments[0].means has " +
                                                     std::to_string(K)});
            if (!gauss)
                for (std::size_t k = 0; k < means.size(); ++k) {
                    const double m = means[k].get<double>();
                    if (!(m >= 0 && m <= 1))
                        issues.push_back(
                            {indexPath(sp + ".means", k), formatNumber(m) + " is outside [0, 1]"});
                }
        }
        // Variances are required with gaussian arms and refused otherwise (Param::onlyWhen).
        if (gauss && e.at("variances").size() != K)
            issues.push_back({"environment.variances", "has " + std::to_string(e.at("variances").size()) +
                                                           " items but the segments have " +
                                                           std::to_string(K) + " arms"});
    } else if (type == "adversarial") {
        const bool hasTable = e.contains("table"), hasGen = e.contains("generator");
        if (hasTable == hasGen)
            issues.push_back({"environment", hasTable ? "give either \"table\" or \"generator\", not both"
                                                      : "needs a \"table\" or a \"generator\""});
        if (hasTable && e.contains("arms") && e.at("table").at(0).size() != e.at("arms").get<std::size_t>())
            issues.push_back({"environment.table[0]", "has " + std::to_string(e.at("table").at(0).size()) +
                                                          " items but environment.arms is " +
                                                          std::to_string(e.at("arms").get<std::size_t>())});
        if (hasGen && e.at("generator").get<std::string>() == "ucb1-trap" && horizon > 100000000)
            issues.push_back(
                {"environment.generator", "ucb1-trap stores one arm per round: horizon must be <= 1e+08"});
    }
}

} // namespace

ParamSpec makeBanditSpec() {
    std::vector<Param> top = experimentHeaderParams("bandit");
    top.insert(
        top.end(),
        {
            P::make(T::Int, "replicates", "Replicates", "independent repetitions").range(1, 1000000).def(100),
            P::make(T::Int, "horizon", "Horizon", "rounds T per replicate")
                .range(1, 1e10)
                .def(10000)
                .unitIs("pulls"),
            P::make(T::Variant, "environment", "Environment", "the arms").req().withVariants(environments()),
            P::make(T::VariantList, "policies", "Policies", "compared policies (each one run)")
                .req()
                .items(1, 64)
                .item("policy")
                .withFields(
                    {P::make(T::String, "label", "Label", "display label (default: type and parameters)")
                         .items(1)})
                .withVariants(policies()),
        });
    return ParamSpec(std::move(top), extraChecks);
}

} // namespace tb::bandit

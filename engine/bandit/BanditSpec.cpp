// The bandit ParamSpec: every key of a bandit config, its range and default, and the cross-field checks.
#include "bandit/BanditSpec.h"

#include "bandit/BanditModel.h"
#include "bandit/PolicyTable.h"

namespace tb::bandit {

namespace {

using P = Param;
using T = ParamType;

// Messages of the cross-field checks built from parts (tb::fill), listed in specTextPatterns().
constexpr const char* kAfterPreviousStart = TB_TR("engine", "%1 must be greater than the previous start %2");
constexpr const char* kBeforeHorizon = TB_TR("engine", "%1 must be < horizon %2");
constexpr const char* kSegmentMeans = TB_TR("engine", "has %1 items but segments[0].means has %2");
constexpr const char* kSegmentVariances = TB_TR("engine", "has %1 items but the segments have %2 arms");
constexpr const char* kTableArms = TB_TR("engine", "has %1 items but environment.arms is %2");

std::vector<VariantSpec> environments() {
    return {
        {"bernoulli",
         TB_TR("engine", "Bernoulli arms"),
         TB_TR("engine", "arm k pays 1 with probability means[k], else 0"),
         {P::make(T::RealList, "means", TB_TR("engine", "Means"),
                  TB_TR("engine", "success probability of each arm"))
              .req()
              .range(0, 1)
              .items(2, 1000)
              .item(TB_TR("engine", "arm"))}},
        {"gaussian",
         TB_TR("engine", "Gaussian arms"),
         TB_TR("engine", "arm k pays means[k] + sqrt(variances[k]) * N(0, 1)"),
         {P::make(T::RealList, "means", TB_TR("engine", "Means"), TB_TR("engine", "mean reward of each arm"))
              .req()
              .items(2, 1000)
              .item(TB_TR("engine", "arm")),
          P::make(T::RealList, "variances", TB_TR("engine", "Variances"),
                  TB_TR("engine", "reward variance of each arm (> 0)"))
              .req()
              .above(0)
              .items(2, 1000)
              .sameLength("means")
              .item(TB_TR("engine", "arm"), 1.0)}},
        {"piecewise",
         TB_TR("engine", "Piecewise-stationary"),
         TB_TR("engine",
               "arm means change at the segment starts (change points); the best arm is re-evaluated in each "
               "segment"),
         {P::make(T::Enum, "arms", TB_TR("engine", "Arm law"),
                  TB_TR("engine", "reward law of the arms in every segment"))
              .oneOf({"bernoulli", "gaussian"})
              .def("bernoulli"),
          P::make(T::RealList, "variances", TB_TR("engine", "Variances"),
                  TB_TR("engine", "gaussian arms: reward variance of each arm (> 0)"))
              .req()
              .above(0)
              .items(2, 1000)
              .item(TB_TR("engine", "arm"), 1.0)
              .onlyWhen("arms", "gaussian"),
          P::make(T::ObjectList, "segments", TB_TR("engine", "Segments"),
                  TB_TR("engine",
                        "stationary stretches: first start 0, starts strictly increasing and < horizon"))
              .req()
              .items(1, 100000)
              .withFields({P::make(T::Int, "start", TB_TR("engine", "Start"),
                                   TB_TR("engine", "first round (0-based) of the segment"))
                               .req()
                               .atLeast(0),
                           P::make(T::RealList, "means", TB_TR("engine", "Means"),
                                   TB_TR("engine", "arm means in this segment"))
                               .req()
                               .items(2, 1000)})}},
        {"adversarial",
         TB_TR("engine", "Oblivious adversarial"),
         TB_TR("engine",
               "a reward table fixed before play: given rows (cycled over the horizon) or generated"),
         {P::make(T::RealMatrix, "table", TB_TR("engine", "Reward table"),
                  TB_TR("engine", "rows x arms rewards in [0, 1], cycled over the horizon"))
              .range(0, 1)
              .items(1, 1000000)
              .rowItems(2, 1000),
          P::make(T::Enum, "generator", TB_TR("engine", "Generator"),
                  TB_TR("engine", "ucb1-trap: every arm pays 1 except the one UCB1 would pick, which pays "
                                  "0.1 (k+1)/K (UCB1's "
                                  "regret is linear); doubling-blocks: block b (length block * 2^b) pays 1 "
                                  "on arm b mod K only; "
                                  "random: i.i.d. uniform entries from the seed"))
              .oneOf({"ucb1-trap", "doubling-blocks", "random"}),
          P::make(T::Int, "arms", TB_TR("engine", "Arms"),
                  TB_TR("engine", "number of arms (generated tables; must match a given table)"))
              .range(2, 1000),
          P::make(T::Int, "block", TB_TR("engine", "First block"),
                  TB_TR("engine", "doubling-blocks: length of the first block"))
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
            if (i == 0 && start != 0)
                issues.push_back({sp + ".start", TB_TR("engine", "the first segment must start at 0")});
            if (i > 0 && start <= segs[i - 1].at("start").get<std::int64_t>())
                issues.push_back(
                    {sp + ".start", fill(kAfterPreviousStart,
                                         {std::to_string(start),
                                          std::to_string(segs[i - 1].at("start").get<std::int64_t>())})});
            if (start >= horizon)
                issues.push_back(
                    {sp + ".start", fill(kBeforeHorizon, {std::to_string(start), std::to_string(horizon)})});
            const Json& means = segs[i].at("means");
            if (means.size() != K)
                issues.push_back(
                    {sp + ".means", fill(kSegmentMeans, {std::to_string(means.size()), std::to_string(K)})});
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
            issues.push_back(
                {"environment.variances",
                 fill(kSegmentVariances, {std::to_string(e.at("variances").size()), std::to_string(K)})});
    } else if (type == "adversarial") {
        const bool hasTable = e.contains("table"), hasGen = e.contains("generator");
        if (hasTable == hasGen)
            issues.push_back(
                {"environment", hasTable ? TB_TR("engine", "give either \"table\" or \"generator\", not both")
                                         : TB_TR("engine", "needs a \"table\" or a \"generator\"")});
        if (hasTable && e.contains("arms") && e.at("table").at(0).size() != e.at("arms").get<std::size_t>())
            issues.push_back({"environment.table[0]",
                              fill(kTableArms, {std::to_string(e.at("table").at(0).size()),
                                                std::to_string(e.at("arms").get<std::size_t>())})});
        if (hasGen && e.at("generator").get<std::string>() == "ucb1-trap" && horizon > 100000000)
            issues.push_back(
                {"environment.generator",
                 TB_TR("engine", "ucb1-trap stores one arm per round: horizon must be <= 1e+08")});
    }
}

} // namespace

const std::vector<const char*>& specTextPatterns() {
    static const std::vector<const char*> all = {kAfterPreviousStart, kBeforeHorizon, kSegmentMeans,
                                                 kSegmentVariances, kTableArms};
    return all;
}

ParamSpec makeBanditSpec() {
    std::vector<Param> top = experimentHeaderParams("bandit");
    top.insert(
        top.end(),
        {
            P::make(T::Int, "replicates", TB_TR("engine", "Replicates"),
                    TB_TR("engine", "independent repetitions"))
                .range(1, 1000000)
                .def(100),
            P::make(T::Int, "horizon", TB_TR("engine", "Horizon"), TB_TR("engine", "rounds T per replicate"))
                .range(1, 1e10)
                .def(10000)
                .unitIs(TB_TR("engine", "pulls")),
            P::make(T::Variant, "environment", TB_TR("engine", "Environment"), TB_TR("engine", "the arms"))
                .req()
                .withVariants(environments()),
            P::make(T::VariantList, "policies", TB_TR("engine", "Policies"),
                    TB_TR("engine", "compared policies (each one run)"))
                .req()
                .items(1, 64)
                .item(TB_TR("engine", "policy"))
                .withFields({P::make(T::String, "label", TB_TR("engine", "Label"),
                                     TB_TR("engine", "display label (default: type and parameters)"))
                                 .items(1)})
                .withVariants(policies()),
        });
    return ParamSpec(std::move(top), extraChecks);
}

} // namespace tb::bandit

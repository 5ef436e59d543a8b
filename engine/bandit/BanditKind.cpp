#include "bandit/BanditKind.h"

#include "bandit/BanditCost.h"
#include "bandit/BanditExperiment.h"
#include "bandit/BanditSpec.h"

namespace tb::bandit {

namespace {

class BanditKind : public Kind {
public:
    BanditKind() : m_spec(makeBanditSpec()) {
        m_metrics = {
            {"pseudo_regret", "Cumulative pseudo-regret", "", true, "regret", MetricScope::Series, "", true},
            {"realized_regret", "Cumulative realized regret", "", true, "realized", MetricScope::Series, "",
             false},
            {"optimal_arm_fraction", "Fraction of optimal pulls", "", false, "optimal", MetricScope::Series,
             "", false},
            {"average_reward", "Average reward", "", false, "reward", MetricScope::Series, "", false},
            {"pulls", "Pulls per arm", "pulls", false, "pulls", MetricScope::PerCategory, "arm", false},
        };
    }
    std::string name() const override { return "bandit"; }
    std::string label() const override { return "Multi-armed bandit"; }
    const ParamSpec& spec() const override { return m_spec; }
    const std::vector<MetricDecl>& metrics() const override { return m_metrics; }
    std::string stepUnit() const override { return "pulls"; }
    std::string variantsKey() const override { return "policies"; }
    Cost estimate(const Json& config) const override { return estimateBanditCost(config); }
    std::unique_ptr<Experiment> create(const Json& config) const override {
        return std::make_unique<BanditExperiment>(config);
    }

private:
    ParamSpec m_spec;
    std::vector<MetricDecl> m_metrics;
};

} // namespace

const Kind& banditKind() {
    static const BanditKind kind;
    return kind;
}

} // namespace tb::bandit

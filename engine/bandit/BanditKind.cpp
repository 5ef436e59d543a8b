#include "bandit/BanditKind.h"

#include "bandit/BanditCost.h"
#include "bandit/BanditExperiment.h"
#include "bandit/BanditSpec.h"
#include "bandit/KlUcb.h"

#include <algorithm>
#include <cmath>

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
    std::vector<ReferenceCurve> references(const Json& config,
                                           const std::vector<std::int64_t>& grid) const override {
        // Lai–Robbins on the regret of stationary Bernoulli arms only: for other laws the constant differs,
        // and for non-stationary or adversarial rewards the bound does not apply.
        const Json* env =
            config.is_object() && config.contains("environment") ? &config["environment"] : nullptr;
        if (!env || !env->is_object() || env->value("type", std::string()) != "bernoulli" ||
            !env->contains("means") || !(*env)["means"].is_array())
            return {};
        std::vector<double> means;
        for (const Json& m : (*env)["means"]) {
            if (!m.is_number()) return {};
            means.push_back(m.get<double>());
        }
        const double c = laiRobbinsConstant(means);
        std::vector<double> values;
        values.reserve(grid.size());
        for (std::int64_t t : grid) values.push_back(c * std::log(double(std::max<std::int64_t>(t, 1))));
        const std::string note =
            "asymptotic lower bound C ln t of the expected regret of every uniformly good "
            "policy, C = sum (mu* - mu_k) / kl(mu_k, mu*) = " +
            std::to_string(c) + "; finite-horizon regret can lie below it";
        ReferenceCurve pseudo{"pseudo_regret", "Lai–Robbins asymptotic bound", note, values};
        ReferenceCurve realized{"realized_regret", "Lai–Robbins asymptotic bound", note, std::move(values)};
        return {std::move(pseudo), std::move(realized)};
    }
    std::unique_ptr<Experiment> create(const Json& config) const override {
        return std::make_unique<BanditExperiment>(config);
    }

private:
    ParamSpec m_spec;
    std::vector<MetricDecl> m_metrics;
};

} // namespace

double laiRobbinsConstant(const std::vector<double>& means) {
    if (means.empty()) return 0.0;
    const double best = *std::max_element(means.begin(), means.end());
    if (best >= 1.0) return 0.0;
    double c = 0.0;
    for (double m : means)
        if (m < best) c += (best - m) / klBernoulli(m, best);
    return c;
}

const Kind& banditKind() {
    static const BanditKind kind;
    return kind;
}

} // namespace tb::bandit

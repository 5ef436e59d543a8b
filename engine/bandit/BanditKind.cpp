#include "bandit/BanditKind.h"

#include "bandit/BanditCost.h"
#include "bandit/BanditExperiment.h"
#include "bandit/BanditSpec.h"
#include "bandit/KlUcb.h"
#include "bandit/PolicyTable.h"
#include "bandit/Stepper.h"

#include <algorithm>
#include <cmath>

namespace tb::bandit {

namespace {

constexpr const char* kBoundNote = TB_TR(
    "engine", "asymptotic lower bound C ln t of the expected regret of every uniformly good policy, C = sum "
              "(mu* - mu_k) / kl(mu_k, mu*) = %1; finite-horizon regret can lie below it");

class BanditKind : public Kind {
public:
    BanditKind() : m_spec(makeBanditSpec()) {
        m_metrics = {
            {"pseudo_regret", TB_TR("engine", "Cumulative pseudo-regret"), "", true, "regret",
             MetricScope::Series, "", true},
            {"realized_regret", TB_TR("engine", "Cumulative realized regret"), "", true, "realized",
             MetricScope::Series, "", false},
            {"optimal_arm_fraction", TB_TR("engine", "Fraction of optimal pulls"), "", false, "optimal",
             MetricScope::Series, "", false},
            {"average_reward", TB_TR("engine", "Average reward"), "", false, "reward", MetricScope::Series,
             "", false},
            {"pulls", TB_TR("engine", "Pulls per arm"), TB_TR("engine", "pulls"), false, "pulls",
             MetricScope::PerCategory, TB_TR("engine", "arm"), false},
        };
    }
    std::string name() const override { return "bandit"; }
    std::string label() const override { return TB_TR("engine", "Multi-armed bandit"); }
    const ParamSpec& spec() const override { return m_spec; }
    const std::vector<MetricDecl>& metrics() const override { return m_metrics; }
    std::string stepUnit() const override { return TB_TR("engine", "pulls"); }
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
        const std::string note = fill(kBoundNote, {std::to_string(c)});
        const char* label = TB_TR("engine", "Lai–Robbins asymptotic bound");
        ReferenceCurve pseudo{"pseudo_regret", label, note, values};
        ReferenceCurve realized{"realized_regret", label, note, std::move(values)};
        return {std::move(pseudo), std::move(realized)};
    }
    std::unique_ptr<Experiment> create(const Json& config) const override {
        return std::make_unique<BanditExperiment>(config);
    }
    std::vector<const char*> textPatterns() const override {
        std::vector<const char*> all = {kBoundNote, kArmName};
        for (const auto* list :
             {&policyTextPatterns(), &specTextPatterns(), &costTextPatterns(), &Stepper::textPatterns()})
            all.insert(all.end(), list->begin(), list->end());
        return all;
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

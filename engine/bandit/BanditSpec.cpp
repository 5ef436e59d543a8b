// The bandit ParamSpec: every key of a bandit config, its range and default, and the cross-field checks.
#include "bandit/BanditSpec.h"

#include "bandit/BanditModel.h"

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
              .items(2, 1000)}},
        {"gaussian",
         "Gaussian arms",
         "arm k pays means[k] + sqrt(variances[k]) * N(0, 1)",
         {P::make(T::RealList, "means", "Means", "mean reward of each arm").req().items(2, 1000),
          P::make(T::RealList, "variances", "Variances", "reward variance of each arm (> 0)")
              .req()
              .above(0)
              .items(2, 1000)
              .sameLength("means")}},
        {"piecewise",
         "Piecewise-stationary",
         "arm means change at the segment starts (change points); the best arm is re-evaluated in each "
         "segment",
         {P::make(T::Enum, "arms", "Arm law", "reward law of the arms in every segment")
              .oneOf({"bernoulli", "gaussian"})
              .def("bernoulli"),
          P::make(T::RealList, "variances", "Variances", "gaussian arms: reward variance of each arm (> 0)")
              .above(0)
              .items(2, 1000),
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
          P::make(T::Int, "block", "First block", "doubling-blocks: length of the first block").atLeast(1)}},
    };
}

std::vector<VariantSpec> policies() {
    return {
        {"uniform", "Uniform", "pulls an arm uniformly at random every round", {}},
        {"epsilon-greedy",
         "ε-greedy",
         "explore (uniform arm) with probability ε_t, else the best empirical mean; fixed: ε_t = ε; "
         "decaying: ε_t = min(1, c K / (d^2 t))",
         {P::make(T::Real, "epsilon", "ε", "exploration probability (fixed schedule)").range(0, 1).def(0.1),
          P::make(T::Enum, "schedule", "Schedule", "fixed ε or the decaying ε_t = min(1, c K / (d^2 t))")
              .oneOf({"fixed", "decaying"})
              .def("fixed"),
          P::make(T::Real, "c", "c", "decaying schedule: scale c").above(0).def(1.0).adv(),
          P::make(T::Real, "d", "d", "decaying schedule: assumed smallest gap d")
              .above(0)
              .atMost(1)
              .def(0.1)
              .adv()}},
        {"softmax",
         "Softmax (Boltzmann)",
         "P(k) ∝ exp(mean_k / τ)",
         {P::make(T::Real, "temperature", "τ", "temperature").above(0).def(0.1)}},
        {"etc",
         "Explore-then-commit",
         "pulls every arm m times (round robin), then commits to the best empirical mean",
         {P::make(T::Int, "m", "m", "exploration pulls per arm").atLeast(1).def(50)}},
        {"ucb1", "UCB1", "mean_k + sqrt(2 ln t / N_k), t = pulls so far", {}},
        {"ucb-v",
         "UCB-V",
         "mean_k + sqrt(2 V_k ζ ln t / N_k) + 3 b ζ ln t / N_k, V_k the empirical variance",
         {P::make(T::Real, "b", "b", "reward range").above(0).def(1.0),
          P::make(T::Real, "zeta", "ζ", "exploration factor").above(0).def(1.0)}},
        {"moss", "MOSS", "mean_k + sqrt(max(0, ln(T / (K N_k))) / N_k), T the horizon", {}},
        {"kl-ucb",
         "KL-UCB",
         "max { q : N_k kl(mean_k, q) <= ln t + c ln ln t } (Bernoulli kl, exact solve)",
         {P::make(T::Real, "c", "c", "weight of the ln ln t term").atLeast(0).def(0.0),
          P::make(T::Bool, "lazy", "Lazy bounds",
                  "skip exact solves when closed-form bounds already decide the argmax (same result)")
              .def(true)
              .adv()}},
        {"thompson-beta",
         "Thompson sampling (Beta)",
         "theta_k ~ Beta(1 + S_k, 1 + F_k); rewards outside {0, 1} are binarised",
         {}},
        {"thompson-gaussian",
         "Thompson sampling (Gaussian)",
         "theta_k ~ N(mean_k, sigma^2 / N_k) (known variance, flat prior)",
         {P::make(T::Real, "sigma", "σ", "assumed reward standard deviation").above(0).def(1.0)}},
        {"var-ts",
         "VarTS (normal–gamma)",
         "lambda ~ Gamma(a_n, rate b_n), theta ~ N(mu_n, 1 / (k_n lambda)) per arm",
         {P::make(T::Real, "k0", "κ0", "prior pseudo-count of the mean").above(0).def(1.0).adv(),
          P::make(T::Real, "a0", "α0", "prior gamma shape").above(0).def(0.5).adv(),
          P::make(T::Real, "b0", "β0", "prior gamma rate").above(0).def(0.25).adv(),
          P::make(T::Real, "mu0", "μ0", "prior mean").def(0.0).adv()}},
        {"bayes-ucb",
         "Bayes-UCB",
         "quantile 1 - 1/(t (ln T)^c) of Beta(1 + S_k, 1 + F_k); rewards outside {0, 1} are binarised",
         {P::make(T::Real, "c", "c", "exponent of ln T").atLeast(0).def(0.0),
          P::make(T::Bool, "lazy", "Lazy bounds",
                  "skip exact quantiles when binomial tail bounds already decide the argmax (same result)")
              .def(true)
              .adv()}},
        {"exp3",
         "EXP3",
         "p_k = (1 - γ) w_k / Σw + γ/K, w_k *= exp(γ x / (p_k K)); default γ = min(1, sqrt(K ln K / ((e-1) "
         "T)))",
         {P::make(T::Real, "gamma", "γ", "exploration rate (default from the horizon)").above(0).atMost(1)}},
        {"sw-ucb",
         "Sliding-window UCB",
         "window mean_k + sqrt(alpha ln min(t, τ) / N_k) over the last τ rounds",
         {P::make(T::Int, "tau", "τ", "window length").range(1, 1e7).def(1000),
          P::make(T::Real, "alpha", "α", "exploration factor").above(0).def(1.0)}},
        {"d-ucb",
         "Discounted UCB",
         "X_k / N_k + sqrt(alpha ln n / (2 N_k)), counts and sums discounted by γ each round",
         {P::make(T::Real, "gamma", "γ", "discount").above(0).below(1).def(0.99),
          P::make(T::Real, "alpha", "α", "exploration factor").above(0).def(1.0)}},
        {"d-ts",
         "Discounted Thompson",
         "Beta(1 + S_k, 1 + F_k) with S, F discounted by γ each round",
         {P::make(T::Real, "gamma", "γ", "discount").above(0).atMost(1).def(0.95)}},
    };
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
        if (gauss && !e.contains("variances"))
            issues.push_back({"environment.variances", "is required when arms is \"gaussian\""});
        if (gauss && e.contains("variances") && e.at("variances").size() != K)
            issues.push_back({"environment.variances", "has " + std::to_string(e.at("variances").size()) +
                                                           " items but the segments have " +
                                                           std::to_string(K) + " arms"});
        if (!gauss && e.contains("variances"))
            issues.push_back({"environment.variances", "is only used when arms is \"gaussian\""});
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
        if (e.contains("block") && !(hasGen && e.at("generator").get<std::string>() == "doubling-blocks"))
            issues.push_back({"environment.block", "is only used with the doubling-blocks generator"});
    }
}

} // namespace

ParamSpec makeBanditSpec() {
    std::vector<Param> top = {
        P::make(T::Enum, "kind", "Kind", "experiment family").oneOf({"bandit"}).req(),
        P::make(T::String, "name", "Name", "name of the experiment").def("bandit"),
        P::make(T::String, "description", "Description", "one-line description").def(""),
        P::make(T::Int, "seed", "Seed",
                "master seed, any integer in [0, 2^64 - 1]: same config and seed give bit-identical results")
            .atLeast(0)
            .uint64Values()
            .def(1),
        P::make(T::Int, "replicates", "Replicates", "independent repetitions").range(1, 1000000).def(100),
        P::make(T::Int, "horizon", "Horizon", "rounds T per replicate")
            .range(1, 1e10)
            .def(10000)
            .unitIs("pulls"),
        P::make(T::Variant, "environment", "Environment", "the arms").req().withVariants(environments()),
        P::make(T::VariantList, "policies", "Policies", "compared policies (each one run)")
            .req()
            .items(1, 64)
            .withFields({P::make(T::String, "label", "Label", "display label (default: type and parameters)")
                             .items(1)})
            .withVariants(policies()),
    };
    return ParamSpec(std::move(top), extraChecks);
}

} // namespace tb::bandit

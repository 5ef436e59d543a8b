// The RLHF ParamSpec: every key of an rlhf config, its range and default, and the cross-field checks.
#include "rlhf/RlhfSpec.h"

namespace tb::rlhf {

namespace {

using P = Param;
using T = ParamType;

std::vector<Param> labelFields() {
    return {
        P::make(T::Int, "pairs", "Comparisons",
                "labelled comparison pairs drawn from π0 for the reward model")
            .range(10, 1000000)
            .def(2000),
        P::make(T::Real, "temperature", "Label temperature",
                "Bradley–Terry labels P(a ≻ b) = σ((g_a − g_b) / T) from the gold g; 0: the higher gold "
                "always wins")
            .range(0, 100)
            .def(1.0),
        P::make(T::Real, "flipRate", "Label flips", "share of labels flipped at random (annotator noise)")
            .range(0, 0.5)
            .def(0.0),
    };
}

std::vector<Param> onlineFields() {
    return {
        P::make(T::Int, "relabelEvery", "Relabel every",
                "online RLHF: every this many training steps, new pairs are drawn from the current policy, "
                "labelled by the current gold and added, and the reward model is refitted; 0: offline")
            .range(0, 1000000)
            .def(0)
            .unitIs("steps"),
        P::make(T::Int, "pairs", "Pairs per relabel", "pairs added at each relabelling")
            .range(1, 100000)
            .def(200),
        P::make(T::Int, "keep", "Pairs kept",
                "the reward model is refitted on the most recent this many pairs (forgets preferences that "
                "have drifted away); 0: all pairs")
            .range(0, 10000000)
            .def(0),
    };
}

std::vector<VariantSpec> pipelines() {
    return {
        {"rlhf",
         "RLHF (reward model + policy optimisation)",
         "a Bradley–Terry reward model (or ensemble) is fitted on the labelled pairs; best-of-n and the "
         "KL-regularised optimum are computed exactly against it, and a policy is trained on it step by step",
         {P::make(T::Object, "rewardModel", "Reward model", "the proxy reward model")
              .withFields({
                  P::make(
                      T::Enum, "basis", "Basis",
                      "linear: r = w·x on the visible features; quadratic: also their squares and pairwise "
                      "products (more capacity: it can learn the gold's curvature, or overfit noise)")
                      .oneOf({"linear", "quadratic"})
                      .def("linear"),
                  P::make(T::Real, "l2", "L2", "ridge penalty λ/2 |w|² of the logistic regression")
                      .range(1e-6, 1e6)
                      .def(1.0),
                  P::make(T::Int, "members", "Ensemble members", "reward models aggregated into one proxy")
                      .range(1, 32)
                      .def(1),
                  P::make(T::Bool, "bootstrap", "Bootstrap members",
                          "each member fits its own bootstrap resample of the pairs")
                      .def(true),
                  P::make(
                      T::Real, "priorScale", "Random prior σ",
                      "each member's L2 pulls towards its own random prior mean ~ N(0, σ²) (Osband et al.'s "
                      "randomised priors): the seed-to-seed variability a convex model otherwise lacks, "
                      "large "
                      "where the pairs say little; 0: plain L2 towards 0")
                      .range(0, 100)
                      .def(0.0),
                  P::make(T::Enum, "aggregator", "Aggregator",
                          "mean; worst-case min_i R_i; uncertainty-weighted mean − λ·(population variance); "
                          "soft-min −b ln mean exp(−R_i/b)")
                      .oneOf({"mean", "worst-case", "uncertainty-weighted", "soft-min"})
                      .def("mean"),
                  P::make(T::Real, "lambda", "UWO λ", "weight of the population variance (Coste et al.: 0.5)")
                      .range(0, 1000)
                      .def(0.5),
                  P::make(T::Real, "softMinB", "Soft-min b",
                          "soft-min temperature: b → 0 worst case, b → ∞ mean")
                      .range(1e-3, 1e6)
                      .def(1.0),
                  P::make(T::Real, "smoothing", "Data smoothing",
                          "iterative data smoothing rate (Zhu et al. 2024): y ← (1 − b) y + b σ(r_a − r_b) "
                          "between refits; 0: off")
                      .range(0, 1)
                      .def(0.0),
                  P::make(T::Int, "smoothingRounds", "Smoothing rounds", "refits with smoothed labels")
                      .range(1, 100)
                      .def(3),
              })
              .def(Json::object()),
          P::make(T::Object, "optimizer", "Training",
                  "policy-gradient training on the logits against the proxy")
              .withFields({
                  P::make(
                      T::Enum, "method", "Method",
                      "pg: θ ← θ + η·K·∇θ(E_π[r] − β_KL·KL), exact; npg: θ ← θ + η(r − β_KL·ln π/π0), the "
                      "natural gradient, whose iterates are the tilt at β = 1/(η t)")
                      .oneOf({"npg", "pg"})
                      .def("npg"),
                  P::make(T::Real, "learningRate", "Learning rate η", "step size").range(1e-6, 100).def(0.02),
                  P::make(T::Real, "klPenalty", "KL penalty β_KL", "weight of KL(π‖π0) in the objective")
                      .range(0, 1000)
                      .def(0.0),
              })
              .def(Json::object())}},
        {"dpo",
         "DPO (no reward model)",
         "direct preference optimisation on the same labelled pairs: a feature-linear policy π ∝ π0·exp(φ·x) "
         "descends the DPO loss −ln σ(β φ·(x_w − x_l))",
         {P::make(T::Real, "beta", "DPO β",
                  "DPO temperature (its optimum is the tilt of the implicit reward at β)")
              .range(1e-4, 100)
              .def(0.1),
          P::make(T::Real, "learningRate", "Learning rate η", "gradient step on the mean DPO loss")
              .range(1e-6, 1e6)
              .def(1.0)}},
    };
}

void extraChecks(const Json& c, std::vector<Issue>& issues) {
    const Json& w = c.at("world");
    const std::int64_t F = w.at("features").get<std::int64_t>();
    const std::int64_t C = F + (w.at("length").at("enabled").get<bool>() ? 1 : 0);
    if (w.at("distribution").get<std::string>() == "student-t" && !(w.value("dof", 5.0) > 2))
        issues.push_back({"world.dof", "must be above 2 for a variance-normalised Student-t"});
    if (std::int64_t(w.at("referenceWeights").size()) > C)
        issues.push_back({"world.referenceWeights", "has " + std::to_string(w.at("referenceWeights").size()) +
                                                        " entries for " + std::to_string(C) +
                                                        " feature columns"});
    const Json& t = c.at("tilt");
    if (!(t.at("betaMin").get<double>() < t.at("betaMax").get<double>()))
        issues.push_back({"tilt.betaMin", formatNumber(t.at("betaMin").get<double>()) +
                                              " is not below tilt.betaMax (" +
                                              formatNumber(t.at("betaMax").get<double>()) + ")"});
    const Json& g = c.at("gold");
    for (const char* key : {"weights", "kappa", "thresholds"})
        if (std::int64_t(g.at(key).size()) > F)
            issues.push_back({std::string("gold.") + key, "has " + std::to_string(g.at(key).size()) +
                                                              " entries for " + std::to_string(F) +
                                                              " features"});
    if (g.at("driftFeature").get<std::int64_t>() >= F)
        issues.push_back({"gold.driftFeature", std::to_string(g.at("driftFeature").get<std::int64_t>()) +
                                                   " is not a feature index (0 to " + std::to_string(F - 1) +
                                                   ")"});
    bool anyGold = false;
    for (const auto& v : g.at("weights")) anyGold = anyGold || v.get<double>() != 0;
    for (const auto& v : g.at("kappa")) anyGold = anyGold || v.get<double>() != 0;
    if (!anyGold && w.at("length").at("goldWeight").get<double>() == 0)
        issues.push_back(
            {"gold.weights", "the gold reward is zero for every response: give a feature a weight"});
    const Json& ps = c.at("pipelines");
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const Json& f = ps[i].at("features");
        for (std::size_t k = 0; k < f.size(); ++k)
            if (f[k].get<std::int64_t>() >= C)
                issues.push_back({indexPath(indexPath("pipelines", i) + ".features", k),
                                  std::to_string(f[k].get<std::int64_t>()) +
                                      " is not a feature column (0 to " + std::to_string(C - 1) +
                                      (C > F ? ", the last being length" : "") + ")"});
    }
}

} // namespace

ParamSpec makeRlhfSpec() {
    std::vector<Param> world = {
        P::make(T::Int, "prompts", "Prompts", "prompts, each with its own candidate responses")
            .range(1, 1000)
            .def(10),
        P::make(T::Int, "candidates", "Candidates K", "responses per prompt (best-of-n wants K ≫ n)")
            .range(2, 1000000)
            .def(4000),
        P::make(T::Int, "features", "Features", "feature dimensions of a response").range(1, 32).def(4),
        P::make(T::Enum, "distribution", "Feature law",
                "feature distribution (Student-t is variance-normalised)")
            .oneOf({"gaussian", "student-t"})
            .def("gaussian"),
        P::make(T::Real, "dof", "Student-t ν",
                "degrees of freedom of Student-t features (heavier tails: smaller)")
            .range(2, 1000)
            .def(5)
            .onlyWhen("distribution", "student-t"),
        P::make(T::Object, "length", "Length feature",
                "an extra feature (the last column) correlated with quality in the labelled data")
            .withFields({
                P::make(T::Bool, "enabled", "Length feature", "add the length feature").def(false),
                P::make(T::Real, "correlation", "Correlation",
                        "its correlation with the gold's linear part under π0")
                    .range(-1, 1)
                    .def(0.6),
                P::make(T::Real, "goldWeight", "True effect", "its weight in the gold reward")
                    .range(-100, 100)
                    .def(0.0),
            })
            .def(Json::object()),
        P::make(T::RealList, "referenceWeights", "π0 weights b",
                "reference policy π0 = softmax(b·x / τ0) over the candidates; empty or zeros: uniform")
            .range(-100, 100)
            .items(0, 33)
            .def(Json::array()),
        P::make(T::Real, "referenceTemperature", "π0 temperature τ0", "temperature of π0's softmax")
            .range(1e-3, 1e3)
            .def(1.0),
    };
    std::vector<Param> gold = {
        P::make(T::RealList, "weights", "Gold weights w_g",
                "g(x) = w_g·x − Σ κ_j softplus(x_j − t_j)², standardised under π0 per prompt")
            .range(-100, 100)
            .items(0, 32)
            .def(Json::array({1.0, 2.0})),
        P::make(T::RealList, "kappa", "Saturation κ", "strength of each feature's saturating penalty")
            .range(0, 100)
            .items(0, 32)
            .def(Json::array({0.0, 1.25})),
        P::make(T::RealList, "thresholds", "Thresholds t", "where each penalty sets in")
            .range(-100, 100)
            .items(0, 32)
            .def(Json::array({0.0, 1.0})),
        P::make(T::Real, "drift", "Gold drift",
                "rotation of w_g per 1000 training steps (changing preferences)")
            .range(-360, 360)
            .def(0.0)
            .unitIs("°"),
        P::make(T::Int, "driftFeature", "Drift towards", "the feature axis w_g rotates towards")
            .range(0, 31)
            .def(2)
            .adv(),
    };
    std::vector<Param> top = experimentHeaderParams("rlhf");
    top.insert(
        top.end(),
        {
            P::make(T::Int, "replicates", "Worlds",
                    "independent worlds (features, labels, reward models); curves are averaged")
                .range(1, 10000)
                .def(4),
            P::make(T::Object, "world", "World", "prompts, candidate responses and the reference policy π0")
                .withFields(std::move(world))
                .def(Json::object()),
            P::make(T::Object, "gold", "Gold reward",
                    "the true reward, with a saturating part to overoptimise")
                .withFields(std::move(gold))
                .def(Json::object()),
            P::make(T::Int, "heldOutPairs", "Held-out pairs",
                    "pairs from π0 labelled like the training pairs, for accuracy")
                .range(0, 1000000)
                .def(1000)
                .adv(),
            P::make(T::Object, "bestOfN", "Best-of-n", "exact best-of-n against the proxy")
                .withFields(
                    {P::make(T::Int, "maxN", "Largest n", "n runs over a log grid from 1")
                         .range(2, 1e9)
                         .def(10000),
                     P::make(T::Int, "points", "Points", "points of the n grid").range(2, 1000).def(40)})
                .def(Json::object()),
            P::make(T::Object, "tilt", "KL-regularised optimum", "π_β ∝ π0·exp(r/β) over a β grid")
                .withFields(
                    {P::make(T::Real, "betaMin", "Smallest β", "strongest optimisation")
                         .range(1e-6, 1e6)
                         .def(0.1),
                     P::make(T::Real, "betaMax", "Largest β", "weakest optimisation")
                         .range(1e-6, 1e6)
                         .def(20.0),
                     P::make(T::Int, "points", "Points", "points of the β grid").range(2, 1000).def(100)})
                .def(Json::object()),
            P::make(T::Int, "steps", "Training steps", "policy-optimisation steps of every pipeline")
                .range(1, 100000000)
                .def(1000)
                .unitIs("steps"),
            P::make(T::VariantList, "pipelines", "Pipelines", "compared pipelines (each one run)")
                .req()
                .items(1, 32)
                .item("pipeline", Json{{"type", "rlhf"}})
                .withFields(
                    {P::make(T::String, "label", "Label", "display label").items(1),
                     P::make(T::Object, "labels", "Labels", "how the comparison pairs are labelled")
                         .withFields(labelFields())
                         .def(Json::object()),
                     P::make(T::IntList, "features", "Visible features",
                             "feature columns the reward model (or the DPO policy) sees; empty: all")
                         .range(0, 32)
                         .items(0, 33)
                         .def(Json::array()),
                     P::make(T::Object, "online", "Online", "iterated RLHF: relabel from the current policy")
                         .withFields(onlineFields())
                         .def(Json::object())})
                .withVariants(pipelines()),
        });
    return ParamSpec(std::move(top), extraChecks);
}

} // namespace tb::rlhf

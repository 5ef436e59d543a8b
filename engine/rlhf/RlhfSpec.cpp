// The RLHF ParamSpec: every key of an rlhf config, its range and default, and the cross-field checks.
#include "rlhf/RlhfSpec.h"

namespace tb::rlhf {

namespace {

using P = Param;
using T = ParamType;

// Messages of the cross-field checks built from parts (tb::fill), listed in specTextPatterns().
constexpr const char* kReferenceWeights = TB_TR("engine", "has %1 entries for %2 feature columns");
constexpr const char* kBetaOrder = TB_TR("engine", "%1 is not below tilt.betaMax (%2)");
constexpr const char* kGoldEntries = TB_TR("engine", "has %1 entries for %2 features");
constexpr const char* kFeatureIndex = TB_TR("engine", "%1 is not a feature index (0 to %2)");
constexpr const char* kFeatureColumn = TB_TR("engine", "%1 is not a feature column (0 to %2)");
constexpr const char* kFeatureColumnLength =
    TB_TR("engine", "%1 is not a feature column (0 to %2, the last being length)");

std::vector<Param> labelFields() {
    return {
        P::make(T::Int, "pairs", TB_TR("engine", "Comparisons"),
                TB_TR("engine", "labelled comparison pairs drawn from π0 for the reward model"))
            .range(10, 1000000)
            .def(2000),
        P::make(
            T::Real, "temperature", TB_TR("engine", "Label temperature"),
            TB_TR("engine",
                  "Bradley–Terry labels P(a ≻ b) = σ((g_a − g_b) / T) from the gold g; 0: the higher gold "
                  "always wins"))
            .range(0, 100)
            .def(1.0),
        P::make(T::Real, "flipRate", TB_TR("engine", "Label flips"),
                TB_TR("engine", "share of labels flipped at random (annotator noise)"))
            .range(0, 0.5)
            .def(0.0),
    };
}

std::vector<Param> onlineFields() {
    return {
        P::make(
            T::Int, "relabelEvery", TB_TR("engine", "Relabel every"),
            TB_TR("engine",
                  "online RLHF: every this many training steps, new pairs are drawn from the current policy, "
                  "labelled by the current gold and added, and the reward model is refitted; 0: offline"))
            .range(0, 1000000)
            .def(0)
            .unitIs(TB_TR("engine", "steps")),
        P::make(T::Int, "pairs", TB_TR("engine", "Pairs per relabel"),
                TB_TR("engine", "pairs added at each relabelling"))
            .range(1, 100000)
            .def(200),
        P::make(
            T::Int, "keep", TB_TR("engine", "Pairs kept"),
            TB_TR("engine",
                  "the reward model is refitted on the most recent this many pairs (forgets preferences that "
                  "have drifted away); 0: all pairs"))
            .range(0, 10000000)
            .def(0),
    };
}

std::vector<VariantSpec> pipelines() {
    return {
        {"rlhf",
         TB_TR("engine", "RLHF (reward model + policy optimisation)"),
         TB_TR(
             "engine",
             "a Bradley–Terry reward model (or ensemble) is fitted on the labelled pairs; best-of-n and the "
             "KL-regularised optimum are computed exactly against it, and a policy is trained on it step by "
             "step"),
         {P::make(T::Object, "rewardModel", TB_TR("engine", "Reward model"),
                  TB_TR("engine", "the proxy reward model"))
              .withFields({
                  P::make(
                      T::Enum, "basis", TB_TR("engine", "Basis"),
                      TB_TR("engine",
                            "linear: r = w·x on the visible features; quadratic: also their squares and "
                            "pairwise "
                            "products (more capacity: it can learn the gold's curvature, or overfit noise)"))
                      .oneOf({"linear", "quadratic"})
                      .def("linear"),
                  P::make(T::Real, "l2", TB_TR("engine", "L2"),
                          TB_TR("engine", "ridge penalty λ/2 |w|² of the logistic regression"))
                      .range(1e-6, 1e6)
                      .def(1.0),
                  P::make(T::Int, "members", TB_TR("engine", "Ensemble members"),
                          TB_TR("engine", "reward models aggregated into one proxy"))
                      .range(1, 32)
                      .def(1),
                  P::make(T::Bool, "bootstrap", TB_TR("engine", "Bootstrap members"),
                          TB_TR("engine", "each member fits its own bootstrap resample of the pairs"))
                      .def(true),
                  P::make(
                      T::Real, "priorScale", TB_TR("engine", "Random prior σ"),
                      TB_TR(
                          "engine",
                          "each member's L2 pulls towards its own random prior mean ~ N(0, σ²) (Osband et "
                          "al.'s "
                          "randomised priors): the seed-to-seed variability a convex model otherwise lacks, "
                          "large "
                          "where the pairs say little; 0: plain L2 towards 0"))
                      .range(0, 100)
                      .def(0.0),
                  P::make(
                      T::Enum, "aggregator", TB_TR("engine", "Aggregator"),
                      TB_TR(
                          "engine",
                          "mean; worst-case min_i R_i; uncertainty-weighted mean − λ·(population variance); "
                          "soft-min −b ln mean exp(−R_i/b)"))
                      .oneOf({"mean", "worst-case", "uncertainty-weighted", "soft-min"})
                      .def("mean"),
                  P::make(T::Real, "lambda", TB_TR("engine", "UWO λ"),
                          TB_TR("engine", "weight of the population variance (Coste et al.: 0.5)"))
                      .range(0, 1000)
                      .def(0.5),
                  P::make(T::Real, "softMinB", TB_TR("engine", "Soft-min b"),
                          TB_TR("engine", "soft-min temperature: b → 0 worst case, b → ∞ mean"))
                      .range(1e-3, 1e6)
                      .def(1.0),
                  P::make(
                      T::Real, "smoothing", TB_TR("engine", "Data smoothing"),
                      TB_TR("engine",
                            "iterative data smoothing rate (Zhu et al. 2024): y ← (1 − b) y + b σ(r_a − r_b) "
                            "between refits; 0: off"))
                      .range(0, 1)
                      .def(0.0),
                  P::make(T::Int, "smoothingRounds", TB_TR("engine", "Smoothing rounds"),
                          TB_TR("engine", "refits with smoothed labels"))
                      .range(1, 100)
                      .def(3),
              })
              .def(Json::object()),
          P::make(T::Object, "optimizer", TB_TR("engine", "Training"),
                  TB_TR("engine", "policy-gradient training on the logits against the proxy"))
              .withFields({
                  P::make(T::Enum, "method", TB_TR("engine", "Method"),
                          TB_TR("engine", "pg: θ ← θ + η·K·∇θ(E_π[r] − β_KL·KL), exact; npg: θ ← θ + η(r − "
                                          "β_KL·ln π/π0), the "
                                          "natural gradient, whose iterates are the tilt at β = 1/(η t)"))
                      .oneOf({"npg", "pg"})
                      .def("npg"),
                  P::make(T::Real, "learningRate", TB_TR("engine", "Learning rate η"),
                          TB_TR("engine", "step size"))
                      .range(1e-6, 100)
                      .def(0.02),
                  P::make(T::Real, "klPenalty", TB_TR("engine", "KL penalty β_KL"),
                          TB_TR("engine", "weight of KL(π‖π0) in the objective"))
                      .range(0, 1000)
                      .def(0.0),
              })
              .def(Json::object())}},
        {"dpo",
         TB_TR("engine", "DPO (no reward model)"),
         TB_TR("engine", "direct preference optimisation on the same labelled pairs: a feature-linear policy "
                         "π ∝ π0·exp(φ·x) "
                         "descends the DPO loss −ln σ(β φ·(x_w − x_l))"),
         {P::make(T::Real, "beta", TB_TR("engine", "DPO β"),
                  TB_TR("engine", "DPO temperature (its optimum is the tilt of the implicit reward at β)"))
              .range(1e-4, 100)
              .def(0.1),
          P::make(T::Real, "learningRate", TB_TR("engine", "Learning rate η"),
                  TB_TR("engine", "gradient step on the mean DPO loss"))
              .range(1e-6, 1e6)
              .def(1.0)}},
    };
}

void extraChecks(const Json& c, std::vector<Issue>& issues) {
    const Json& w = c.at("world");
    const std::int64_t F = w.at("features").get<std::int64_t>();
    const std::int64_t C = F + (w.at("length").at("enabled").get<bool>() ? 1 : 0);
    if (w.at("distribution").get<std::string>() == "student-t" && !(w.value("dof", 5.0) > 2))
        issues.push_back(
            {"world.dof", TB_TR("engine", "must be above 2 for a variance-normalised Student-t")});
    if (std::int64_t(w.at("referenceWeights").size()) > C)
        issues.push_back(
            {"world.referenceWeights",
             fill(kReferenceWeights, {std::to_string(w.at("referenceWeights").size()), std::to_string(C)})});
    const Json& t = c.at("tilt");
    if (!(t.at("betaMin").get<double>() < t.at("betaMax").get<double>()))
        issues.push_back({"tilt.betaMin", fill(kBetaOrder, {formatNumber(t.at("betaMin").get<double>()),
                                                            formatNumber(t.at("betaMax").get<double>())})});
    const Json& g = c.at("gold");
    for (const char* key : {"weights", "kappa", "thresholds"})
        if (std::int64_t(g.at(key).size()) > F)
            issues.push_back({std::string("gold.") + key,
                              fill(kGoldEntries, {std::to_string(g.at(key).size()), std::to_string(F)})});
    if (g.at("driftFeature").get<std::int64_t>() >= F)
        issues.push_back({"gold.driftFeature",
                          fill(kFeatureIndex, {std::to_string(g.at("driftFeature").get<std::int64_t>()),
                                               std::to_string(F - 1)})});
    bool anyGold = false;
    for (const auto& v : g.at("weights")) anyGold = anyGold || v.get<double>() != 0;
    for (const auto& v : g.at("kappa")) anyGold = anyGold || v.get<double>() != 0;
    if (!anyGold && w.at("length").at("goldWeight").get<double>() == 0)
        issues.push_back(
            {"gold.weights",
             TB_TR("engine", "the gold reward is zero for every response: give a feature a weight")});
    const Json& ps = c.at("pipelines");
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const Json& f = ps[i].at("features");
        for (std::size_t k = 0; k < f.size(); ++k)
            if (f[k].get<std::int64_t>() >= C)
                issues.push_back({indexPath(indexPath("pipelines", i) + ".features", k),
                                  fill(C > F ? kFeatureColumnLength : kFeatureColumn,
                                       {std::to_string(f[k].get<std::int64_t>()), std::to_string(C - 1)})});
    }
}

} // namespace

const std::vector<const char*>& specTextPatterns() {
    static const std::vector<const char*> all = {kReferenceWeights, kBetaOrder,     kGoldEntries,
                                                 kFeatureIndex,     kFeatureColumn, kFeatureColumnLength};
    return all;
}

ParamSpec makeRlhfSpec() {
    std::vector<Param> world = {
        P::make(T::Int, "prompts", TB_TR("engine", "Prompts"),
                TB_TR("engine", "prompts, each with its own candidate responses"))
            .range(1, 1000)
            .def(10),
        P::make(T::Int, "candidates", TB_TR("engine", "Candidates K"),
                TB_TR("engine", "responses per prompt (best-of-n wants K ≫ n)"))
            .range(2, 1000000)
            .def(4000),
        P::make(T::Int, "features", TB_TR("engine", "Features"),
                TB_TR("engine", "feature dimensions of a response"))
            .range(1, 32)
            .def(4),
        P::make(T::Enum, "distribution", TB_TR("engine", "Feature law"),
                TB_TR("engine", "feature distribution (Student-t is variance-normalised)"))
            .oneOf({"gaussian", "student-t"})
            .def("gaussian"),
        P::make(T::Real, "dof", TB_TR("engine", "Student-t ν"),
                TB_TR("engine", "degrees of freedom of Student-t features (heavier tails: smaller)"))
            .range(2, 1000)
            .def(5)
            .onlyWhen("distribution", "student-t"),
        P::make(T::Object, "length", TB_TR("engine", "Length feature"),
                TB_TR("engine",
                      "an extra feature (the last column) correlated with quality in the labelled data"))
            .withFields({
                P::make(T::Bool, "enabled", TB_TR("engine", "Length feature"),
                        TB_TR("engine", "add the length feature"))
                    .def(false),
                P::make(T::Real, "correlation", TB_TR("engine", "Correlation"),
                        TB_TR("engine", "its correlation with the gold's linear part under π0"))
                    .range(-1, 1)
                    .def(0.6),
                P::make(T::Real, "goldWeight", TB_TR("engine", "True effect"),
                        TB_TR("engine", "its weight in the gold reward"))
                    .range(-100, 100)
                    .def(0.0),
            })
            .def(Json::object()),
        P::make(T::RealList, "referenceWeights", TB_TR("engine", "π0 weights b"),
                TB_TR("engine",
                      "reference policy π0 = softmax(b·x / τ0) over the candidates; empty or zeros: uniform"))
            .range(-100, 100)
            .items(0, 33)
            .def(Json::array()),
        P::make(T::Real, "referenceTemperature", TB_TR("engine", "π0 temperature τ0"),
                TB_TR("engine", "temperature of π0's softmax"))
            .range(1e-3, 1e3)
            .def(1.0),
    };
    std::vector<Param> gold = {
        P::make(
            T::RealList, "weights", TB_TR("engine", "Gold weights w_g"),
            TB_TR("engine", "g(x) = w_g·x − Σ κ_j softplus(x_j − t_j)², standardised under π0 per prompt"))
            .range(-100, 100)
            .items(0, 32)
            .def(Json::array({1.0, 2.0})),
        P::make(T::RealList, "kappa", TB_TR("engine", "Saturation κ"),
                TB_TR("engine", "strength of each feature's saturating penalty"))
            .range(0, 100)
            .items(0, 32)
            .def(Json::array({0.0, 1.25})),
        P::make(T::RealList, "thresholds", TB_TR("engine", "Thresholds t"),
                TB_TR("engine", "where each penalty sets in"))
            .range(-100, 100)
            .items(0, 32)
            .def(Json::array({0.0, 1.0})),
        P::make(T::Real, "drift", TB_TR("engine", "Gold drift"),
                TB_TR("engine", "rotation of w_g per 1000 training steps (changing preferences)"))
            .range(-360, 360)
            .def(0.0)
            .unitIs(TB_TR("engine", "°")),
        P::make(T::Int, "driftFeature", TB_TR("engine", "Drift towards"),
                TB_TR("engine", "the feature axis w_g rotates towards"))
            .range(0, 31)
            .def(2)
            .adv(),
    };
    std::vector<Param> top = experimentHeaderParams("rlhf");
    top.insert(
        top.end(),
        {
            P::make(
                T::Int, "replicates", TB_TR("engine", "Worlds"),
                TB_TR("engine", "independent worlds (features, labels, reward models); curves are averaged"))
                .range(1, 10000)
                .def(4),
            P::make(T::Object, "world", TB_TR("engine", "World"),
                    TB_TR("engine", "prompts, candidate responses and the reference policy π0"))
                .withFields(std::move(world))
                .def(Json::object()),
            P::make(T::Object, "gold", TB_TR("engine", "Gold reward"),
                    TB_TR("engine", "the true reward, with a saturating part to overoptimise"))
                .withFields(std::move(gold))
                .def(Json::object()),
            P::make(T::Int, "heldOutPairs", TB_TR("engine", "Held-out pairs"),
                    TB_TR("engine", "pairs from π0 labelled like the training pairs, for accuracy"))
                .range(0, 1000000)
                .def(1000)
                .adv(),
            P::make(T::Object, "bestOfN", TB_TR("engine", "Best-of-n"),
                    TB_TR("engine", "exact best-of-n against the proxy"))
                .withFields({P::make(T::Int, "maxN", TB_TR("engine", "Largest n"),
                                     TB_TR("engine", "n runs over a log grid from 1"))
                                 .range(2, 1e9)
                                 .def(10000),
                             P::make(T::Int, "points", TB_TR("engine", "Points"),
                                     TB_TR("engine", "points of the n grid"))
                                 .range(2, 1000)
                                 .def(40)})
                .def(Json::object()),
            P::make(T::Object, "tilt", TB_TR("engine", "KL-regularised optimum"),
                    TB_TR("engine", "π_β ∝ π0·exp(r/β) over a β grid"))
                .withFields({P::make(T::Real, "betaMin", TB_TR("engine", "Smallest β"),
                                     TB_TR("engine", "strongest optimisation"))
                                 .range(1e-6, 1e6)
                                 .def(0.1),
                             P::make(T::Real, "betaMax", TB_TR("engine", "Largest β"),
                                     TB_TR("engine", "weakest optimisation"))
                                 .range(1e-6, 1e6)
                                 .def(20.0),
                             P::make(T::Int, "points", TB_TR("engine", "Points"),
                                     TB_TR("engine", "points of the β grid"))
                                 .range(2, 1000)
                                 .def(100)})
                .def(Json::object()),
            P::make(T::Int, "steps", TB_TR("engine", "Training steps"),
                    TB_TR("engine", "policy-optimisation steps of every pipeline"))
                .range(1, 100000000)
                .def(1000)
                .unitIs(TB_TR("engine", "steps")),
            P::make(T::VariantList, "pipelines", TB_TR("engine", "Pipelines"),
                    TB_TR("engine", "compared pipelines (each one run)"))
                .req()
                .items(1, 32)
                .item(TB_TR("engine", "pipeline"), Json{{"type", "rlhf"}})
                .withFields(
                    {P::make(T::String, "label", TB_TR("engine", "Label"), TB_TR("engine", "display label"))
                         .items(1),
                     P::make(T::Object, "labels", TB_TR("engine", "Labels"),
                             TB_TR("engine", "how the comparison pairs are labelled"))
                         .withFields(labelFields())
                         .def(Json::object()),
                     P::make(T::IntList, "features", TB_TR("engine", "Visible features"),
                             TB_TR("engine",
                                   "feature columns the reward model (or the DPO policy) sees; empty: all"))
                         .range(0, 32)
                         .items(0, 33)
                         .def(Json::array()),
                     P::make(T::Object, "online", TB_TR("engine", "Online"),
                             TB_TR("engine", "iterated RLHF: relabel from the current policy"))
                         .withFields(onlineFields())
                         .def(Json::object())})
                .withVariants(pipelines()),
        });
    return ParamSpec(std::move(top), extraChecks);
}

} // namespace tb::rlhf

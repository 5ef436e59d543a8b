#pragma once
// Preference labels and proxy reward models (reference rlhf.md §4, §5, §7): comparison pairs labelled from
// the gold reward by Bradley–Terry with a temperature and flip noise; Bradley–Terry logistic regression with
// L2, fitted by Newton's method with an Eigen LDLT factorisation; ensembles of bootstrap members with the
// aggregators mean, worst case, uncertainty-weighted and soft-min; iterative data smoothing.
#include <cstdint>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "core/Rng.h"
#include "rlhf/World.h"

namespace tb::rlhf {

struct Pair {
    int prompt = 0, a = 0, b = 0;
    double y = 0;     ///< label: 1 when a is preferred (soft in data smoothing)
    double goldY = 0; ///< the noise-free order: 1 when g_a > g_b, 0.5 on a tie
};

struct LabelSpec {
    std::int64_t pairs = 2000;
    double temperature = 1; ///< Bradley–Terry P(a > b) = sigma((g_a - g_b) / T); 0: deterministic
    double flipRate = 0;    ///< each label flipped with this probability
};

/// Draws `count` pairs, prompt j mod P, both responses from the per-prompt cumulative distributions `cdf`
/// (pi0 or the current policy; a pair of equal responses is redrawn), and labels them from the prompts'
/// current gold. `pick` draws responses, `coins` two uniforms per pair (Bradley–Terry, flip), so label specs
/// that differ only in temperature or flip rate see the same pairs and the same coins.
std::vector<Pair> drawPairs(const World& world, const std::vector<std::vector<double>>& cdf,
                            std::int64_t count, const LabelSpec& labels, Rng& pick, Rng& coins,
                            int firstPrompt = 0);
/// The running sums of `p` (a cumulative distribution for sampleIndex).
std::vector<double> cumulative(const Eigen::ArrayXd& p);
/// Per-prompt cumulative sums of pi0.
std::vector<std::vector<double>> referenceCdf(const World& world);

enum class Aggregator { Mean, WorstCase, UncertaintyWeighted, SoftMin };

struct RewardModelSpec {
    std::vector<int> columns; ///< feature columns the proxy sees (empty: all)
    bool quadratic = false;   ///< also squares and pairwise products of those columns (more capacity)
    double l2 = 1;
    int members = 1;
    bool bootstrap = true; ///< members (when more than one) fit bootstrap resamples of the pairs
    double priorScale = 0; ///< each member's L2 pulls towards its own random prior mean ~ N(0, scale² I)
    Aggregator aggregator = Aggregator::Mean;
    double lambda = 0.5;  ///< UWO: mean - lambda * population variance (Coste et al.)
    double softMinB = 1;  ///< soft-min temperature b: -b ln mean exp(-R_i / b)
    double smoothing = 0; ///< iterative data smoothing rate beta (0: off)
    int smoothingRounds = 3;
};

/// Fits w minimising sum_j c_j [softplus(w.dx_j) - y_j w.dx_j] + l2/2 |w - prior|^2 by Newton's method with
/// backtracking, from `w0`. `dx` is pairs x columns; `counts` the bootstrap multiplicities (all 1 without);
/// `prior` the centre of the L2 penalty (empty: zero).
Eigen::VectorXd fitBradleyTerry(const Eigen::MatrixXd& dx, const Eigen::ArrayXd& y,
                                const Eigen::ArrayXd& counts, double l2, const Eigen::VectorXd& w0,
                                const Eigen::VectorXd& prior = {});

/// A fitted proxy: member weights over all columns (zero where not seen) and per-prompt scores.
class RewardModel {
public:
    RewardModel(const RewardModelSpec& spec, int columns) : m_spec(spec), m_columns(columns) {}
    /// Fits every member on `pairs` (member m on bootstrap counts drawn from streams (seed, replicate, m,
    /// round) when there is more than one member); warm-starts from the previous fit.
    void fit(const World& world, std::vector<Pair> pairs, std::uint64_t seed, int replicate, int round);
    /// Aggregated proxy of every candidate of every prompt, standardised under pi0 per prompt, and the
    /// ensemble's population variance in the same units.
    void score(const World& world, std::vector<Eigen::ArrayXd>& proxy,
               std::vector<Eigen::ArrayXd>& spread) const;
    /// The proxy's basis of feature rows: the seen columns, then (quadratic) their squares and pairwise
    /// products.
    Eigen::MatrixXd basis(const Eigen::MatrixXd& x) const;
    const std::vector<Eigen::VectorXd>& members() const { return m_w; }
    const RewardModelSpec& spec() const { return m_spec; }

private:
    RewardModelSpec m_spec;
    int m_columns;
    std::vector<Eigen::VectorXd> m_w;
};

/// Share of `pairs` that per-prompt `scores` order as their labels (first) and as the gold (second); ties
/// count 1/2.
std::pair<double, double> pairAccuracy(const std::vector<Eigen::ArrayXd>& scores,
                                       const std::vector<Pair>& pairs);

/// Aggregates member scores (rows: candidates, columns: members) into one score per candidate.
Eigen::ArrayXd aggregateMembers(const Eigen::MatrixXd& scores, const RewardModelSpec& spec);
Aggregator aggregatorFromString(const std::string& s);

} // namespace tb::rlhf

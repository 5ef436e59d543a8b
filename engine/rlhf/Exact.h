#pragma once
// Exact optimisers over a finite candidate set (docs/rlhf.md, reference rlhf.md §3): best-of-n by order
// statistics and the KL-regularised optimum by exponential tilting, with no sampling. Every function works on
// one prompt: reference probabilities p (summing to one), proxy scores r and any number of other
// per-candidate values (gold, ensemble variance) whose expectation under the optimised policy is wanted.
#include <cstddef>
#include <span>
#include <vector>

#include <Eigen/Dense>

namespace tb::rlhf {

/// Expectations under one optimised policy q of one prompt.
struct PolicyPoint {
    double kl = 0;                ///< KL(q || p) in nats, exact
    std::vector<double> expected; ///< E_q[values[v]] for every value vector passed in
};

/// The candidates of one prompt sorted by proxy score with their ties grouped, ready for best-of-n at any n.
class BestOfN {
public:
    /// `p` reference probabilities, `r` proxy scores, `values` per-candidate vectors to average (gold, ...).
    /// `ascending`, when given, is the candidates' order by ascending r with ties by index (sortByScore).
    BestOfN(std::span<const double> p, std::span<const double> r,
            const std::vector<std::span<const double>>& values, std::span<const std::size_t> ascending = {});
    /// The best-of-n policy (n draws with replacement from p, the highest proxy kept, ties broken uniformly):
    /// q(i) = p_i / P_G (F_G^n - F_{G-1}^n) for i in tie group G (reference §3.3). Groups whose weight is
    /// below e^-50 of the top's are skipped (their total weight is below 2e-22).
    PolicyPoint at(double n) const;
    /// q itself, in the original candidate order (for tests and Monte Carlo checks).
    std::vector<double> weights(double n) const;
    std::size_t groups() const { return m_groupP.size(); }

private:
    Eigen::ArrayXd m_groupP;          ///< P_G, ascending proxy
    Eigen::ArrayXd m_logGroupP;       ///< ln P_G
    Eigen::ArrayXd m_logF;            ///< ln F_G (F_G = P(proxy <= group G)), from tail sums near 1
    Eigen::MatrixXd m_groupMeans;     ///< groups x values: p-weighted mean of each value within the group
    std::vector<std::size_t> m_order; ///< candidates in ascending proxy order
    std::vector<std::size_t> m_groupEnd;
    std::vector<double> m_p;
    std::size_t m_nValues = 0;
};

/// The KL-regularised optimum pi_beta(i) = p_i exp(r_i / beta) / Z (reference §3.1), by log-sum-exp from the
/// top proxy score down; terms below e^-50 of the top's are skipped.
///
/// For the betas >= `betaMin` it is evaluated on clusters of neighbouring scores: for a cluster with centre c
/// and half-width h, sum_k p_k v_k e^{s (r_k - m)} = e^{s (c - m)} sum_j s^j M_j with the moments
/// M_j = sum_k p_k v_k (r_k - c)^j / j! (s = 1/beta), and every cluster is narrow enough that s h <= 1 for
/// every s at which it is not skipped, so 20 terms leave a truncation error below 4e-19 of the cluster's
/// weight. Clusters widen with their distance from the top score (a far cluster only counts at small s), so a
/// prompt has about a hundred of them instead of K candidates: one exp per cluster instead of per candidate.
/// Smaller betas are summed candidate by candidate. Both agree with direct summation to rounding (tests:
/// 1e-12).
class Tilt {
public:
    Tilt(std::span<const double> p, std::span<const double> r,
         const std::vector<std::span<const double>>& values, double betaMin = 0,
         std::span<const std::size_t> ascending = {});
    /// beta > 0; also returns ln Z (with the maximum score m: ln Z = m / beta + ln sum p e^{(r - m)/beta}).
    PolicyPoint at(double beta, double* logZ = nullptr) const;
    std::vector<double> weights(double beta) const;

private:
    PolicyPoint direct(double beta, double* logZ) const;
    std::vector<std::size_t> m_order; ///< descending proxy
    Eigen::ArrayXd m_r, m_p, m_logP;  ///< in descending proxy order
    Eigen::MatrixXd m_values;         ///< candidates (descending proxy) x values
    std::size_t m_nValues = 0;
    double m_logPMax = 0;
    double m_sMax = 0;            ///< clusters serve s = 1/beta <= this
    std::vector<double> m_centre; ///< per cluster
    std::vector<double> m_top;    ///< per cluster: its highest score
    std::vector<double>
        m_moments; ///< [(cluster * kTerms + j) * (2 + nValues) + v]: v = 0 p, 1 p r, 2.. p value
};

/// Indices of `r` by ascending value, ties by index (a total order independent of the sort's implementation).
std::vector<std::size_t> sortByScore(std::span<const double> r);

/// KL of best-of-n for a continuous proxy (no ties): ln n - (n - 1) / n, an upper bound in general.
double bonKlBound(double n);

/// The unbiased best-of-n estimator's weights over N samples sorted ascending (reference §3.4): w_i =
/// C(i - 1, n - 1) / C(N, n) for i = n..N (1-based), the probability that sample i is the maximum of a random
/// n-subset drawn without replacement. Computed with lgamma; they sum to one.
std::vector<double> unbiasedBonWeights(std::size_t N, std::size_t n);

/// Grids: `points` values of n from 1 to maxN, log-spaced and rounded to distinct integers (1 and maxN kept).
std::vector<double> bonGrid(double maxN, int points);
/// `points` values of beta log-spaced from betaMax down to betaMin (increasing optimisation pressure).
std::vector<double> betaGrid(double betaMin, double betaMax, int points);

} // namespace tb::rlhf

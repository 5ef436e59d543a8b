#pragma once
// AdaStop (Mathieu et al., "AdaStop: adaptive statistical testing for sound comparisons of Deep RL agents",
// arXiv 2306.10882): a sequential group permutation test that compares L agents pairwise, n runs per agent
// per interim, at most K interims, with family-wise error alpha, stopping as soon as every pair is decided.
// docs/statistics.md has the algorithm, its choices and the tests.
#include <cstdint>
#include <span>
#include <vector>

#include "core/Rng.h"

namespace tb::stats {

enum class AdaStopDecision { Continue, Equal, Larger, Smaller };
const char* toString(AdaStopDecision d);
/// A pair's decision said by the metric's direction: "A better", "B better", "equal" or "undecided".
const char* verdictText(AdaStopDecision d, bool lowerIsBetter);

struct AdaStopOptions {
    int n = 5;                ///< runs per agent per interim
    int interims = 5;         ///< K: at most this many interims
    int permutations = 10000; ///< B: permutation paths (all of them when there are at most B)
    double alpha = 0.01;      ///< family-wise error
    double beta = 0;          ///< error spent on early acceptance (0: pairs are accepted only at the end)
    std::uint64_t seed = 0;   ///< the permutations' pcg64 stream: same seed and data, same decisions
};

struct AdaStopPair {
    int a = 0, b = 0; ///< agents, a < b
    AdaStopDecision decision = AdaStopDecision::Continue;
    int decidedAt = 0; ///< the interim (1 .. K) that decided it; 0 while it continues
    /// Sum over interims of (mean of a's batch - mean of b's batch) = interims x (mean a - mean b) while
    /// every batch has n values; frozen once decided. Larger means a's values are larger.
    double statistic = 0;
};

/// What one interim computed.
struct AdaStopInterim {
    double rejectBoundary = 0; ///< a pair is rejected (larger/smaller) when |statistic| > this
    double acceptBoundary = 0; ///< ... accepted (equal) when |statistic| < this (-inf without beta)
    double levelSpent = 0;     ///< alpha spent up to and including this interim
    double powerSpent = 0;     ///< beta spent likewise
    bool exact = false;        ///< every permutation path was enumerated (else B random ones)
    int paths = 0;             ///< permutation paths (alive or not)
};

/// Feed it one batch per interim: n values per agent (an agent in no undecided pair may give none; its values
/// are not used). After each batch every undecided pair may be decided; after K batches the undecided ones
/// are declared equal.
///
/// Per pair c = (a, b) and interim k, the statistic adds the block difference of means. Its permutation
/// distribution reassigns the interim's block - the n values of every agent still in an undecided pair -
/// among those agents (one permutation of the whole block per path and interim, so the pairs' statistics
/// keep their joint distribution; the identity path is always included). With two agents the C(2n, n)
/// splits are enumerated while the paths number at most B; otherwise B random paths are followed. A path
/// "dies" when its max over undecided pairs of |statistic| crossed an earlier rejection boundary, so the
/// boundary of interim k comes from the conditional distribution: the smallest attained value b with
/// (level spent) + #(alive paths with max > b) / #paths <= alpha k / K. Pairs are rejected one at a time
/// (step-down, the largest |statistic| first) while the largest remaining |statistic| exceeds the boundary
/// recomputed over the remaining pairs.
class AdaStop {
public:
    /// std::invalid_argument for agents < 2, n < 1, interims < 1, permutations < 1, alpha or beta out of
    /// range.
    AdaStop(int agents, const AdaStopOptions& options);

    /// The next interim's values: batch[agent] holds n finite values (or nothing when !needsAgent(agent)).
    /// std::invalid_argument for a wrong shape; std::logic_error once finished().
    void addInterim(std::span<const std::vector<double>> batch);

    bool finished() const { return m_finished; }
    int interimsDone() const { return int(m_interims.size()); }
    /// Whether the agent is in a pair still undecided (it must then give n values at the next interim).
    bool needsAgent(int agent) const;
    const std::vector<AdaStopPair>& pairs() const { return m_pairs; }
    const std::vector<AdaStopInterim>& interims() const { return m_interims; }
    const AdaStopOptions& options() const { return m_options; }
    int agents() const { return m_agents; }

private:
    /// Adds to stats[c] of every undecided pair the difference of means of its agents when in-play agent
    /// slot j gets the block values z[order[j n .. j n + n - 1]].
    void addBlock(const std::vector<double>& z, const std::uint32_t* order, double* stats) const;
    void drawBlock(const std::vector<double>& z, double* stats, bool identity);
    void enumerateBlock(const std::vector<double>& z, double* stats, std::uint64_t index);

    int m_agents = 0;
    AdaStopOptions m_options;
    std::vector<AdaStopPair> m_pairs;
    std::vector<int> m_active; ///< indices of undecided pairs
    std::vector<AdaStopInterim> m_interims;
    bool m_finished = false;

    std::vector<int> m_inPlay; ///< this interim's agents (those in an undecided pair)
    std::vector<int> m_slot;   ///< agent -> its slot in m_inPlay, -1 when out
    mutable std::vector<double> m_means;
    std::vector<std::uint32_t> m_order;                ///< scratch for enumerated splits
    double m_groupSize = 0;                            ///< two agents: C(2n, n) splits of a block
    std::vector<std::vector<std::uint32_t>> m_subsets; ///< two agents: every n-subset of 2n (when <= B)
    std::vector<std::uint32_t> m_shuffle;              ///< scratch for random assignments
    bool m_exact = false;
    std::size_t m_paths = 0;
    std::vector<char> m_alive;
    std::vector<double> m_pathStats; ///< paths x pairs
    Rng m_rng;
    double m_levelSpent = 0, m_powerSpent = 0;
};

} // namespace tb::stats

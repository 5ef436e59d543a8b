#include "stats/AdaStop.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace tb::stats {

const char* verdictText(AdaStopDecision d, bool lowerIsBetter) {
    switch (d) {
    case AdaStopDecision::Equal:
        return "equal";
    case AdaStopDecision::Continue:
        return "undecided";
    case AdaStopDecision::Larger:
        return lowerIsBetter ? "B better" : "A better";
    case AdaStopDecision::Smaller:
        return lowerIsBetter ? "A better" : "B better";
    }
    return "undecided";
}

const char* toString(AdaStopDecision d) {
    switch (d) {
    case AdaStopDecision::Equal:
        return "equal";
    case AdaStopDecision::Larger:
        return "larger";
    case AdaStopDecision::Smaller:
        return "smaller";
    case AdaStopDecision::Continue:
        break;
    }
    return "continue";
}

namespace adastop_detail {
/// Tolerance on summed probabilities (level spent + tail <= level): they are sums of multiples of 1/paths.
constexpr double kLevelSlack = 1e-12;

/// C(m, k) as a double (exact while below 2^53; +inf beyond the double range).
double binomial(int m, int k) {
    double c = 1;
    for (int i = 1; i <= k; ++i) c = c * double(m - k + i) / double(i);
    return std::round(c);
}

/// Every k-subset of {0 .. m-1} in lexicographic order (the first is {0 .. k-1}: the identity).
std::vector<std::vector<std::uint32_t>> allSubsets(int m, int k) {
    std::vector<std::vector<std::uint32_t>> out;
    std::vector<std::uint32_t> s(static_cast<std::size_t>(k));
    std::iota(s.begin(), s.end(), 0u);
    while (true) {
        out.push_back(s);
        int i = k - 1;
        while (i >= 0 && s[std::size_t(i)] == std::uint32_t(m - k + i)) --i;
        if (i < 0) break;
        ++s[std::size_t(i)];
        for (int j = i + 1; j < k; ++j) s[std::size_t(j)] = s[std::size_t(j - 1)] + 1;
    }
    return out;
}
} // namespace adastop_detail

AdaStop::AdaStop(int agents, const AdaStopOptions& o)
    : m_agents(agents), m_options(o), m_rng(makeRng(o.seed, 0x61646173746f70ULL /* "adastop" */)) {
    if (agents < 2) throw std::invalid_argument("AdaStop needs at least 2 agents");
    if (o.n < 1) throw std::invalid_argument("AdaStop: n must be at least 1");
    if (o.interims < 1) throw std::invalid_argument("AdaStop: the number of interims K must be at least 1");
    if (o.permutations < 1) throw std::invalid_argument("AdaStop: B must be at least 1");
    if (!(o.alpha > 0 && o.alpha < 1)) throw std::invalid_argument("AdaStop: alpha must be in (0, 1)");
    if (!(o.beta >= 0 && o.beta < 1)) throw std::invalid_argument("AdaStop: beta must be in [0, 1)");
    for (int i = 0; i < agents; ++i)
        for (int j = i + 1; j < agents; ++j) {
            AdaStopPair p;
            p.a = i;
            p.b = j;
            m_active.push_back(int(m_pairs.size()));
            m_pairs.push_back(p);
        }
    // Two agents: the C(2n, n) splits of a block can be enumerated (all paths while there are at most B).
    if (agents == 2) {
        m_groupSize = adastop_detail::binomial(2 * o.n, o.n);
        if (m_groupSize <= double(o.permutations)) m_subsets = adastop_detail::allSubsets(2 * o.n, o.n);
    }
    m_shuffle.resize(std::size_t(agents) * std::size_t(o.n));
    m_slot.assign(std::size_t(agents), -1);
}

bool AdaStop::needsAgent(int agent) const {
    for (int c : m_active)
        if (m_pairs[std::size_t(c)].a == agent || m_pairs[std::size_t(c)].b == agent) return true;
    return false;
}

void AdaStop::addBlock(const std::vector<double>& z, const std::uint32_t* order, double* stats) const {
    // Slot j of the in-play agents gets z[order[j n .. j n + n - 1]], summed in that order.
    const std::size_t n = std::size_t(m_options.n);
    double* means = m_means.data();
    for (std::size_t j = 0; j < m_inPlay.size(); ++j) {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i) sum += z[order[j * n + i]];
        means[j] = sum / double(n);
    }
    for (int c : m_active) {
        const auto& p = m_pairs[std::size_t(c)];
        stats[c] += means[m_slot[std::size_t(p.a)]] - means[m_slot[std::size_t(p.b)]];
    }
}

void AdaStop::drawBlock(const std::vector<double>& z, double* stats, bool identity) {
    const std::size_t size = z.size(), n = std::size_t(m_options.n);
    if (identity) {
        std::iota(m_shuffle.begin(), m_shuffle.begin() + std::ptrdiff_t(size), 0u);
    } else { // Fisher-Yates up to the last group: a uniform assignment whatever the starting order
        for (std::size_t i = 0; i + n < size; ++i)
            std::swap(m_shuffle[i], m_shuffle[i + uniformBelow(m_rng, size - i)]);
    }
    addBlock(z, m_shuffle.data(), stats);
}

void AdaStop::enumerateBlock(const std::vector<double>& z, double* stats, std::uint64_t index) {
    // Two agents: split `index` gives agent 0 the positions of subset `index` and agent 1 the others, both
    // ascending (subset 0 is the identity, summed exactly as drawBlock's identity).
    const std::size_t n = std::size_t(m_options.n);
    const auto& subset = m_subsets[index];
    std::size_t taken = 0, rest = n;
    for (std::uint32_t pos = 0; pos < 2 * n; ++pos) {
        if (taken < n && subset[taken] == pos)
            m_order[taken++] = pos;
        else
            m_order[rest++] = pos;
    }
    addBlock(z, m_order.data(), stats);
}

void AdaStop::addInterim(std::span<const std::vector<double>> batch) {
    if (m_finished) throw std::logic_error("AdaStop: every pair is already decided");
    if (int(batch.size()) != m_agents)
        throw std::invalid_argument("AdaStop: expected values for " + std::to_string(m_agents) +
                                    " agents, got " + std::to_string(batch.size()));
    const std::size_t n = std::size_t(m_options.n);
    for (int agent = 0; agent < m_agents; ++agent) {
        const auto& v = batch[std::size_t(agent)];
        const bool needed = needsAgent(agent);
        if (needed ? v.size() != n : !(v.empty() || v.size() == n))
            throw std::invalid_argument("AdaStop: agent " + std::to_string(agent) + " gave " +
                                        std::to_string(v.size()) + " values, expected " + std::to_string(n));
        if (needed)
            for (double x : v)
                if (!std::isfinite(x))
                    throw std::invalid_argument("AdaStop: agent " + std::to_string(agent) +
                                                " gave a value that is not finite");
    }
    const std::size_t nPairs = m_pairs.size();
    const int k = interimsDone();
    // The block: the values of every agent still in an undecided pair, agent after agent. Its permutations
    // reassign them among those agents (a group acting on the data, under which the block is exchangeable
    // when those agents are equal).
    m_inPlay.clear();
    std::fill(m_slot.begin(), m_slot.end(), -1);
    std::vector<double> z;
    for (int agent = 0; agent < m_agents; ++agent)
        if (needsAgent(agent)) {
            m_slot[std::size_t(agent)] = int(m_inPlay.size());
            m_inPlay.push_back(agent);
            z.insert(z.end(), batch[std::size_t(agent)].begin(), batch[std::size_t(agent)].end());
        }
    m_means.assign(m_inPlay.size(), 0.0);
    m_order.assign(z.size(), 0u);
    {
        std::vector<double> observed(nPairs, 0.0);
        std::iota(m_order.begin(), m_order.end(), 0u);
        addBlock(z, m_order.data(), observed.data()); // the identity: what was observed
        for (int c : m_active) m_pairs[std::size_t(c)].statistic += observed[std::size_t(c)];
    }

    // Extend the permutation paths by this interim's block permutations.
    const auto budget = double(m_options.permutations);
    if (k == 0) {
        m_exact = !m_subsets.empty() && m_groupSize <= budget;
        m_paths = m_exact ? std::size_t(m_groupSize) : std::size_t(m_options.permutations);
        m_alive.assign(m_paths, 1);
        m_pathStats.assign(m_paths * nPairs, 0.0);
        for (std::size_t p = 0; p < m_paths; ++p) {
            if (m_exact)
                enumerateBlock(z, &m_pathStats[p * nPairs], p);
            else
                drawBlock(z, &m_pathStats[p * nPairs], p == 0);
        }
    } else if (m_exact && double(m_paths) * m_groupSize <= budget) {
        // Every prefix times every block permutation: path index = prefix * G + block.
        const auto g = std::size_t(m_groupSize);
        std::vector<char> alive(m_paths * g);
        std::vector<double> stats(m_paths * g * nPairs);
        for (std::size_t prefix = 0; prefix < m_paths; ++prefix)
            for (std::size_t j = 0; j < g; ++j) {
                const std::size_t p = prefix * g + j;
                alive[p] = m_alive[prefix];
                std::copy_n(&m_pathStats[prefix * nPairs], nPairs, &stats[p * nPairs]);
                if (alive[p]) enumerateBlock(z, &stats[p * nPairs], j);
            }
        m_paths *= g;
        m_alive = std::move(alive);
        m_pathStats = std::move(stats);
    } else if (m_exact) {
        // Too many paths from here on: B paths, each a uniformly drawn (enumerated) prefix and a random
        // block; path 0 continues the identity path.
        m_exact = false;
        const std::size_t paths = std::size_t(m_options.permutations);
        std::vector<char> alive(paths);
        std::vector<double> stats(paths * nPairs);
        for (std::size_t p = 0; p < paths; ++p) {
            const std::size_t prefix = p == 0 ? 0 : std::size_t(uniformBelow(m_rng, m_paths));
            alive[p] = m_alive[prefix];
            std::copy_n(&m_pathStats[prefix * nPairs], nPairs, &stats[p * nPairs]);
            if (alive[p]) drawBlock(z, &stats[p * nPairs], p == 0);
        }
        m_paths = paths;
        m_alive = std::move(alive);
        m_pathStats = std::move(stats);
    } else {
        for (std::size_t p = 0; p < m_paths; ++p)
            if (m_alive[p]) drawBlock(z, &m_pathStats[p * nPairs], p == 0);
    }

    // Step-down: reject (or accept) one pair at a time on the conditional permutation distribution of the
    // max over the pairs still undecided.
    const double levelNow = m_options.alpha * double(k + 1) / double(m_options.interims);
    const double powerNow = m_options.beta * double(k + 1) / double(m_options.interims);
    const double paths = double(m_paths);
    AdaStopInterim info;
    info.exact = m_exact;
    info.paths = int(m_paths);
    double levelToAdd = 0, powerToAdd = 0;
    std::vector<double> maxima;
    maxima.reserve(m_paths);
    while (!m_active.empty()) {
        maxima.clear();
        for (std::size_t p = 0; p < m_paths; ++p) {
            if (!m_alive[p]) continue;
            double mx = 0;
            for (int c : m_active) mx = std::max(mx, std::abs(m_pathStats[p * nPairs + std::size_t(c)]));
            maxima.push_back(mx);
        }
        std::sort(maxima.begin(), maxima.end());
        // Rejection boundary: the smallest attained value whose upper tail still fits in the level.
        double reject = std::numeric_limits<double>::infinity();
        levelToAdd = 0;
        for (std::size_t i = 0; i < maxima.size();) {
            std::size_t e = i;
            while (e < maxima.size() && maxima[e] == maxima[i]) ++e;
            const double tail = double(maxima.size() - e) / paths; // P(max > value, alive)
            if (m_levelSpent + tail <= levelNow + adastop_detail::kLevelSlack) {
                reject = maxima[i];
                levelToAdd = tail;
                break;
            }
            i = e;
        }
        // Acceptance boundary: the largest attained value whose lower tail fits in the power.
        double accept = -std::numeric_limits<double>::infinity();
        powerToAdd = 0;
        if (m_options.beta > 0)
            for (std::size_t e = maxima.size(); e > 0;) {
                std::size_t i = e;
                while (i > 0 && maxima[i - 1] == maxima[e - 1]) --i;
                const double tail = double(i) / paths; // P(max < value, alive)
                if (m_powerSpent + tail <= powerNow + adastop_detail::kLevelSlack) {
                    accept = maxima[e - 1];
                    powerToAdd = tail;
                    break;
                }
                e = i;
            }
        info.rejectBoundary = reject;
        info.acceptBoundary = accept;
        // The pairs with the largest and smallest |statistic| (first in pair order on ties).
        int hi = m_active.front(), lo = m_active.front();
        for (int c : m_active) {
            const double s = std::abs(m_pairs[std::size_t(c)].statistic);
            if (s > std::abs(m_pairs[std::size_t(hi)].statistic)) hi = c;
            if (s < std::abs(m_pairs[std::size_t(lo)].statistic)) lo = c;
        }
        int decided = -1;
        if (std::abs(m_pairs[std::size_t(hi)].statistic) > reject) {
            decided = hi;
            m_pairs[std::size_t(hi)].decision =
                m_pairs[std::size_t(hi)].statistic > 0 ? AdaStopDecision::Larger : AdaStopDecision::Smaller;
        } else if (std::abs(m_pairs[std::size_t(lo)].statistic) < accept) {
            decided = lo;
            m_pairs[std::size_t(lo)].decision = AdaStopDecision::Equal;
        }
        if (decided < 0) break;
        m_pairs[std::size_t(decided)].decidedAt = k + 1;
        m_active.erase(std::find(m_active.begin(), m_active.end(), decided));
    }
    m_levelSpent += levelToAdd;
    m_powerSpent += powerToAdd;
    info.levelSpent = m_levelSpent;
    info.powerSpent = m_powerSpent;
    m_interims.push_back(info);

    // Paths whose max over the undecided pairs crossed the boundary would have stopped here: later
    // boundaries are computed without them.
    for (std::size_t p = 0; p < m_paths; ++p) {
        if (!m_alive[p]) continue;
        double mx = 0;
        for (int c : m_active) mx = std::max(mx, std::abs(m_pathStats[p * nPairs + std::size_t(c)]));
        if (mx > info.rejectBoundary) m_alive[p] = 0;
    }
    if (k + 1 == m_options.interims) {
        for (int c : m_active) {
            m_pairs[std::size_t(c)].decision = AdaStopDecision::Equal;
            m_pairs[std::size_t(c)].decidedAt = k + 1;
        }
        m_active.clear();
    }
    if (m_active.empty()) m_finished = true;
}

} // namespace tb::stats

#include "bandit/BanditExperiment.h"

#include <algorithm>
#include <variant>

#include "bandit/PolicyTable.h"
#include "core/Checkpoints.h"
#include "core/Sampling.h"

namespace tb::bandit {

namespace {

// ---- Environments as seen by the pull loop
// ---------------------------------------------------------------------

struct BernoulliArms {
    const double* means;
    static constexpr bool kTracksOptimal = false;
    [[gnu::always_inline]] double draw(int k, Rng& r, std::int64_t) const {
        return double(r() >> 11) * 0x1.0p-53 < means[k] ? 1.0 : 0.0; // uniform01(r), inlined
    }
    bool optimal(int, std::int64_t) const { return false; }
};

struct GaussianArms {
    const double* means;
    const double* sds;
    static constexpr bool kTracksOptimal = false;
    [[gnu::always_inline]] double draw(int k, Rng& r, std::int64_t) const {
        return means[k] + sds[k] * normal01(r);
    }
    bool optimal(int, std::int64_t) const { return false; }
};

struct AdversarialArms {
    const BanditExperiment* ex;
    static constexpr bool kTracksOptimal = true;
    double draw(int k, Rng&, std::int64_t t) const { return adversarialReward(ex->env(), t, k); }
    bool optimal(int k, std::int64_t t) const { return ex->adversarialOptimal(t, k); }
};

/// The state of one policy in one replicate.
struct RunState {
    PolicyVariant policy;
    /// The policy's own stream (tie-breaks, sampling, binarisation).
    Rng rng;
    /// Stream of each arm: the n-th pull of arm k consumes the same draws in every run.
    std::vector<Rng> arms;
    std::vector<std::int64_t> counts, segCounts;
    double sumX = 0, regretBase = 0, optBase = 0, muStarBase = 0;
    std::int64_t optPulls = 0, segStartT = 0;
    std::size_t seg = 0;
};

class BanditReplicate : public ReplicateSim {
public:
    BanditReplicate(const BanditExperiment& ex, int replicate, PullHook hook)
        : m_ex(ex), m_hook(std::move(hook)) {
        const int K = ex.env().K;
        for (std::size_t i = 0; i < ex.policies().size(); ++i) {
            RunState s{policyTable()[ex.policies()[i].index].make(ex.context(), ex.policies()[i].params),
                       makeRng(ex.seed(), std::uint64_t(replicate), 2000000 + i),
                       {},
                       std::vector<std::int64_t>(std::size_t(K), 0),
                       std::vector<std::int64_t>(std::size_t(K), 0)};
            s.arms.reserve(std::size_t(K));
            for (int k = 0; k < K; ++k)
                s.arms.push_back(makeRng(ex.seed(), std::uint64_t(replicate), 1000 + std::uint64_t(k)));
            m_runs.push_back(std::move(s));
        }
    }

    bool advance(std::size_t cp, std::int64_t step, std::span<double> out,
                 const std::stop_token& stop) override {
        for (std::size_t i = 0; i < m_runs.size(); ++i) {
            if (!play(i, m_t, step, stop)) return false;
            writeMetrics(i, cp, step, out.subspan(i * 4, 4));
        }
        m_t = step;
        return true;
    }

    void finalCategories(std::span<double> out) override {
        const std::size_t K = std::size_t(m_ex.env().K);
        for (std::size_t i = 0; i < m_runs.size(); ++i)
            for (std::size_t k = 0; k < K; ++k) out[i * K + k] = double(m_runs[i].counts[k]);
    }

private:
    template <class Env, class Pol, bool Hooked>
    void loop(std::size_t run, RunState& s, const Env& env, Pol& pol, std::int64_t t0, std::int64_t t1) {
        Rng g = s.rng;
        Rng* arms = s.arms.data();
        std::int64_t* counts = s.counts.data();
        double sumX = s.sumX;
        std::int64_t opt = s.optPulls;
        for (std::int64_t t = t0; t < t1; ++t) {
            const int a = pol.select(t, g);
            const double x = env.draw(a, arms[a], t);
            pol.update(a, x, g);
            ++counts[a];
            sumX += x;
            if constexpr (Env::kTracksOptimal) opt += env.optimal(a, t) ? 1 : 0;
            if constexpr (Hooked) m_hook(run, t, a, x);
        }
        s.rng = g;
        s.sumX = sumX;
        s.optPulls = opt;
    }

    /// Rounds between two looks at the stop token: a stop lands within 4 096 rounds of the slowest policy
    /// (a few milliseconds), and the look costs nothing measurable.
    static constexpr std::int64_t kStopCheckRounds = 4096;

    /// Plays rounds [t0, t1); false when stopped before t1.
    template <class Env>
    bool dispatch(std::size_t run, RunState& s, const Env& env, std::int64_t t0, std::int64_t t1,
                  const std::stop_token& stop) {
        return std::visit(
            [&](auto& pol) {
                for (std::int64_t t = t0; t < t1;) {
                    if (stop.stop_requested()) return false;
                    const std::int64_t next = t1 - t > kStopCheckRounds ? t + kStopCheckRounds : t1;
                    if (m_hook)
                        loop<Env, std::decay_t<decltype(pol)>, true>(run, s, env, pol, t, next);
                    else
                        loop<Env, std::decay_t<decltype(pol)>, false>(run, s, env, pol, t, next);
                    t = next;
                }
                return true;
            },
            s.policy);
    }

    void foldSegment(RunState& s, std::int64_t boundary) {
        const auto& means = m_ex.env().segments[s.seg].means;
        const double best = *std::max_element(means.begin(), means.end());
        for (std::size_t k = 0; k < means.size(); ++k) {
            const double n = double(s.counts[k] - s.segCounts[k]);
            s.regretBase += (best - means[k]) * n;
            if (means[k] == best) s.optBase += n;
            s.segCounts[k] = s.counts[k];
        }
        s.muStarBase += best * double(boundary - s.segStartT);
        s.segStartT = boundary;
        ++s.seg;
    }

    /// Plays rounds [t0, t1) of one run; false when stopped before t1.
    bool play(std::size_t run, std::int64_t t0, std::int64_t t1, const std::stop_token& stop) {
        RunState& s = m_runs[run];
        const EnvModel& env = m_ex.env();
        if (env.type == EnvType::Adversarial) return dispatch(run, s, AdversarialArms{&m_ex}, t0, t1, stop);
        while (t0 < t1) {
            const bool last = s.seg + 1 >= env.segments.size();
            const std::int64_t segEnd = last ? t1 : env.segments[s.seg + 1].start;
            if (!last && t0 >= segEnd) {
                foldSegment(s, segEnd);
                continue;
            }
            const std::int64_t end = std::min(t1, segEnd);
            const double* means = env.segments[s.seg].means.data();
            const bool done = env.arms == ArmType::Bernoulli
                                  ? dispatch(run, s, BernoulliArms{means}, t0, end, stop)
                                  : dispatch(run, s, GaussianArms{means, env.sds.data()}, t0, end, stop);
            if (!done) return false;
            t0 = end;
        }
        return true;
    }

    void writeMetrics(std::size_t run, std::size_t cp, std::int64_t t, std::span<double> out) {
        const RunState& s = m_runs[run];
        const EnvModel& env = m_ex.env();
        const double td = double(t);
        double pseudo, realized, opt;
        if (env.type == EnvType::Adversarial) {
            const double* cum = &m_ex.adversarialCumulative()[cp * std::size_t(env.K)];
            const double best = *std::max_element(cum, cum + env.K);
            pseudo = best - s.sumX;
            realized = pseudo;
            opt = double(s.optPulls);
        } else {
            const auto& means = env.segments[s.seg].means;
            const double best = *std::max_element(means.begin(), means.end());
            pseudo = s.regretBase;
            opt = s.optBase;
            for (std::size_t k = 0; k < means.size(); ++k) {
                const double n = double(s.counts[k] - s.segCounts[k]);
                pseudo += (best - means[k]) * n;
                if (means[k] == best) opt += n;
            }
            realized = s.muStarBase + best * double(t - s.segStartT) - s.sumX;
        }
        out[0] = pseudo;
        out[1] = realized;
        out[2] = opt / td;
        out[3] = s.sumX / td;
    }

    const BanditExperiment& m_ex;
    PullHook m_hook;
    std::vector<RunState> m_runs;
    std::int64_t m_t = 0;
};

} // namespace

BanditExperiment::BanditExperiment(const Json& config) {
    m_env = parseEnvironment(config);
    for (const auto& p : config.at("policies")) m_policies.push_back(parsePolicy(p));
    m_seed = config.at("seed").get<std::uint64_t>();
    m_horizon = config.at("horizon").get<std::int64_t>();
    m_grid = checkpointGrid(m_horizon, 200);
    // ln t for every round, shared read-only by all replicates (bit-identical to calling std::log in the
    // loop).
    const std::int64_t n = std::min<std::int64_t>(m_horizon + 1, std::int64_t(1) << 21);
    m_lnTable.resize(std::size_t(n));
    m_ucbTable.resize(std::size_t(n));
    m_invSqrtTable.resize(std::size_t(n));
    for (std::int64_t t = 1; t < n; ++t) {
        m_lnTable[std::size_t(t)] = std::log(double(t));
        m_ucbTable[std::size_t(t)] = std::sqrt(2.0 * m_lnTable[std::size_t(t)]);
        m_invSqrtTable[std::size_t(t)] = 1.0 / std::sqrt(double(t));
    }
    m_ctx.K = m_env.K;
    m_ctx.horizon = m_horizon;
    m_ctx.lnTable = m_lnTable.data();
    m_ctx.ucbTable = m_ucbTable.data();
    m_ctx.invSqrtTable = m_invSqrtTable.data();
    m_ctx.lnSize = n;
    if (m_env.type == EnvType::Adversarial && m_env.source == AdvSource::Ucb1Trap) {
        // Replay UCB1 itself (the same code, so the same bits) against the table as it is being built.
        m_env.trapArm.resize(std::size_t(m_horizon));
        Ucb1Policy ucb(m_ctx, Json::object());
        Rng unused = makeRng(m_seed, 0xAD7);
        for (std::int64_t t = 0; t < m_horizon; ++t) {
            const int a = ucb.select(t, unused);
            m_env.trapArm[std::size_t(t)] = std::uint16_t(a);
            ucb.update(a, adversarialReward(m_env, t, a), unused);
        }
    }
    if (m_env.type == EnvType::Adversarial) {
        const std::size_t K = std::size_t(m_env.K);
        m_advCum.assign(m_grid.size() * K, 0.0);
        std::vector<double> acc(K, 0.0);
        std::int64_t t = 0;
        for (std::size_t c = 0; c < m_grid.size(); ++c) {
            for (; t < m_grid[c]; ++t)
                for (std::size_t k = 0; k < K; ++k) acc[k] += adversarialReward(m_env, t, int(k));
            std::copy(acc.begin(), acc.end(), m_advCum.begin() + std::ptrdiff_t(c * K));
        }
    }
}

bool BanditExperiment::adversarialOptimal(std::int64_t t, int k) const {
    const double x = adversarialReward(m_env, t, k);
    for (int j = 0; j < m_env.K; ++j)
        if (adversarialReward(m_env, t, j) > x) return false;
    return true;
}

std::vector<RunSpec> BanditExperiment::runs() const {
    std::vector<RunSpec> r;
    for (const auto& p : m_policies) r.push_back({p.label, p.params});
    return r;
}

std::vector<std::string> BanditExperiment::categoryNames() const {
    std::vector<std::string> n;
    for (int k = 0; k < m_env.K; ++k)
        n.push_back(fill(kArmName, {std::to_string(k)})); // 0-based, as in environment.means[k]
    return n;
}

std::unique_ptr<ReplicateSim> BanditExperiment::makeReplicate(int replicate) const {
    return std::make_unique<BanditReplicate>(*this, replicate, PullHook{});
}

std::unique_ptr<ReplicateSim> BanditExperiment::makeReplicateWithHook(int replicate, PullHook hook) const {
    return std::make_unique<BanditReplicate>(*this, replicate, std::move(hook));
}

} // namespace tb::bandit

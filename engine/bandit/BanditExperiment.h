#pragma once
// The bandit Experiment and its replicate simulation.
#include <functional>
#include <memory>

#include "bandit/BanditModel.h"
#include "bandit/PolicyCommon.h"
#include "core/Kind.h"

namespace tb::bandit {

/// The name of arm k among the categories ("arm 0": 0-based, as in environment.means[k]); a pattern
/// (tb::fill).
inline constexpr const char* kArmName = TB_TR("engine", "arm %1");

/// Called for every pull when set (tests only; slows the loop): (run, round t, arm, reward).
using PullHook = std::function<void(std::size_t run, std::int64_t t, int arm, double reward)>;

class BanditExperiment : public Experiment {
public:
    explicit BanditExperiment(const Json& config);
    std::vector<RunSpec> runs() const override;
    std::vector<std::int64_t> grid() const override { return m_grid; }
    std::size_t categories() const override { return std::size_t(m_env.K); }
    std::vector<std::string> categoryNames() const override;
    std::unique_ptr<ReplicateSim> makeReplicate(int replicate) const override;

    /// Same as makeReplicate, with a hook observing every pull (for CRN tests).
    std::unique_ptr<ReplicateSim> makeReplicateWithHook(int replicate, PullHook hook) const;

    const EnvModel& env() const { return m_env; }
    const std::vector<PolicyModel>& policies() const { return m_policies; }
    const PolicyContext& context() const { return m_ctx; }
    std::uint64_t seed() const { return m_seed; }
    std::int64_t horizon() const { return m_horizon; }
    /// Adversarial: cumulative reward of each arm over rounds [0, grid[cp]) (row-major cp x K).
    const std::vector<double>& adversarialCumulative() const { return m_advCum; }
    /// Adversarial: 1 when arm k's table value is maximal in round t.
    bool adversarialOptimal(std::int64_t t, int k) const;

private:
    EnvModel m_env;
    std::vector<PolicyModel> m_policies;
    std::uint64_t m_seed = 0;
    std::int64_t m_horizon = 0;
    std::vector<std::int64_t> m_grid;
    std::vector<double> m_lnTable, m_ucbTable, m_invSqrtTable;
    PolicyContext m_ctx;
    std::vector<double> m_advCum;
};

} // namespace tb::bandit

#pragma once
// One compared pipeline of the RLHF world (docs/rlhf.md): its labels, its proxy reward model (or none, for
// DPO), the exact best-of-n and KL-regularised curves against that proxy, and step-by-step training of a
// policy over every prompt's candidates, with the metrics the kind reports at checkpoints.
#include <cstdint>
#include <stop_token>
#include <string>
#include <vector>

#include "rlhf/RewardModel.h"
#include "rlhf/World.h"

namespace tb::rlhf {

enum class Method {
    NaturalPg, ///< theta <- theta + eta (r - beta_KL ln(pi/pi0)): the tilt path (beta = 1/(eta t) without
               ///< penalty)
    VanillaPg, ///< theta <- theta + eta K grad_theta (E_pi[r] - beta_KL KL), exact gradient on the logits
    Dpo,       ///< feature-linear policy pi ~ pi0 exp(phi . x) trained on the DPO loss of the labelled pairs
};

struct PipelineSpec {
    std::string label;
    LabelSpec labels;
    RewardModelSpec rewardModel; ///< unused by DPO except `columns` (the features the policy sees)
    Method method = Method::NaturalPg;
    double learningRate = 0.02;
    double klPenalty = 0;
    double dpoBeta = 0.1;
    std::int64_t relabelEvery =
        0; ///< online: new pairs from the current policy every this many steps (0: off)
    std::int64_t relabelPairs = 200;
    std::int64_t keepPairs = 0; ///< online: refit on the most recent this many pairs (0: all)

    static PipelineSpec fromConfig(const Json& pipeline); ///< one validated item of "pipelines"
};

/// Means over prompts of one policy's expectations.
struct StepMetrics {
    double gold = 0, proxy = 0, kl = 0, winRate = 0.5, correlation = 0, spread = 0;
};

/// The curves of one pipeline against its initial proxy, averaged over prompts: best-of-n over `nGrid` and
/// the tilt over `betaGrid` (gains relative to pi0).
struct Curves {
    std::vector<double> bonKl, bonGold, bonProxy, bonSpread;
    std::vector<double> tiltKl, tiltGold, tiltProxy, tiltSpread;
    bool stopped = false; ///< cut short by the stop token: incomplete, not to be used
};

class Pipeline {
public:
    Pipeline(const PipelineSpec& spec, World& world, std::uint64_t seed, int replicate, int index,
             std::int64_t heldOutPairs);
    /// Labels, fits the proxy (not for DPO); call once before the rest.
    void start();
    /// Exact best-of-n and tilt curves against the initial proxy (empty for DPO). `stop` is looked at between
    /// prompts (each costs ~points x candidates x 4 ns); once requested the result is marked stopped.
    Curves curves(const std::vector<double>& nGrid, const std::vector<double>& betaGrid,
                  const std::stop_token& stop = {}) const;
    /// Trains up to `step` (relabelling on the way in online mode). False when stopped first.
    bool trainTo(std::int64_t step, const std::stop_token& stop);
    /// The current policy's metrics at the current step (sets the world's gold to this step).
    StepMetrics metrics();
    /// Held-out preference accuracy of the current proxy: against the labels, and against the gold order.
    std::pair<double, double> heldOutAccuracy() const;
    std::int64_t step() const { return m_step; }
    /// The current proxy of every prompt, standardised under pi0 (empty for DPO).
    const std::vector<Eigen::ArrayXd>& proxy() const { return m_proxy; }
    /// The policy's logits of prompt c relative to pi0 (ln(pi/pi0) up to a constant).
    const Eigen::ArrayXd& policyLogits(std::size_t c) const { return logits(c); }
    bool isDpo() const { return m_spec.method == Method::Dpo; }

private:
    void relabel();
    void refit();
    /// Per-prompt logits of the policy relative to pi0 (ln(pi/pi0) up to a constant).
    const Eigen::ArrayXd& logits(std::size_t prompt) const;
    void dpoScores(std::vector<Eigen::ArrayXd>& scores) const;
    std::vector<int> columns() const;

    PipelineSpec m_spec;
    World& m_world;
    std::uint64_t m_seed;
    int m_replicate, m_index;
    std::int64_t m_heldOutCount;
    std::vector<Pair> m_pairs, m_heldOut;
    RewardModel m_rm;
    std::vector<Eigen::ArrayXd> m_proxy, m_spread; ///< per prompt, standardised under pi0
    std::vector<Eigen::ArrayXd> m_theta;           ///< per prompt (RLHF)
    Eigen::VectorXd m_phi;                         ///< DPO, over columns()
    Eigen::MatrixXd m_dpoDx;                       ///< DPO pair differences over columns()
    Eigen::ArrayXd m_dpoY;
    std::vector<int> m_dpoColumns;                   ///< DPO: the feature columns phi weighs
    mutable std::vector<Eigen::ArrayXd> m_dpoLogits; ///< DPO: per prompt, for step m_dpoLogitsStep
    mutable std::vector<std::int64_t> m_dpoLogitsStep;
    std::int64_t m_step = 0;
    int m_round = 0;
};

} // namespace tb::rlhf

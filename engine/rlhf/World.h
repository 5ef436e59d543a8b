#pragma once
// The synthetic RLHF world (docs/rlhf.md, reference rlhf.md §1 and §9): prompts, each with K candidate
// responses given as feature vectors; a reference policy pi0; a gold reward with a saturating part,
// standardised under pi0 per prompt. No language model: everything downstream is exact over the candidates.
#include <cstdint>
#include <stop_token>
#include <vector>

#include <Eigen/Dense>

#include "core/JsonText.h"

namespace tb::rlhf {

struct WorldSpec {
    int prompts = 10, candidates = 4000, features = 4;
    bool studentT = false;
    double dof = 5;                       ///< Student-t degrees of freedom (> 2), variance-normalised
    bool length = false;                  ///< an extra "length" feature (the last column)
    double lengthCorrelation = 0.6;       ///< its correlation with the gold's linear part under pi0
    double lengthWeight = 0;              ///< its true effect in the gold reward
    std::vector<double> referenceWeights; ///< pi0 = softmax(b . x / tau0); empty or zero: uniform
    double referenceTemperature = 1;
    std::vector<double> goldWeights;    ///< w_g, one per (non-length) feature
    std::vector<double> goldKappa;      ///< kappa_j of the saturating part
    std::vector<double> goldThresholds; ///< t_j
    double driftDegreesPer1000 = 0;     ///< rotation of w_g per 1000 training steps
    int driftFeature = 0;               ///< towards this feature's axis

    static WorldSpec fromConfig(const Json& config); ///< config validated, defaults filled
    int columns() const { return features + (length ? 1 : 0); }
};

struct Prompt {
    Eigen::MatrixXd x;         ///< K x columns
    Eigen::ArrayXd p, logP;    ///< pi0
    Eigen::ArrayXd goldRaw;    ///< gold before standardisation (at drift angle 0)
    Eigen::ArrayXd gold;       ///< standardised under pi0 at the current drift angle
    Eigen::ArrayXd goldMidCdf; ///< P_pi0(g < g_i) + P_pi0(g = g_i) / 2: the win probability vs pi0
    double goldAngle = 0;      ///< the drift angle `gold` is computed for
};

class World {
public:
    /// World of replicate `replicate`: its features and pi0 come from the streams (seed, replicate, ...).
    /// `stop` is looked at between prompts: once it is requested the world is left incomplete (stopped()).
    World(const WorldSpec& spec, std::uint64_t seed, int replicate, const std::stop_token& stop = {});
    /// Construction was cut short by its stop token: the world is incomplete and must not be used.
    bool stopped() const { return m_stopped; }
    const WorldSpec& spec() const { return m_spec; }
    std::vector<Prompt>& prompts() { return m_prompts; }
    const std::vector<Prompt>& prompts() const { return m_prompts; }
    /// The gold of every prompt at training step `step` (drift rotates the linear weights); cheap when the
    /// angle is unchanged.
    void setGoldStep(std::int64_t step);
    /// The gold reward of feature rows `x` at drift angle `angle`, not standardised.
    Eigen::ArrayXd goldOf(const Eigen::MatrixXd& x, double angle) const;

private:
    void standardiseGold(Prompt& pr, double angle);
    WorldSpec m_spec;
    std::vector<Prompt> m_prompts;
    bool m_stopped = false;
};

/// Samples an index from probabilities given as a cumulative sum (last entry ~ 1).
int sampleIndex(const std::vector<double>& cdf, double u);

} // namespace tb::rlhf

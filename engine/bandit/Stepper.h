#pragma once
// Step mode (docs/bandits.md, "Step mode"): one compared policy of a bandit config played one pull at a time
// on replicate 0, exactly as the batch run plays it (the same arm and policy streams, the same select() and
// update()), with everything a teaching view shows after each pull: per-arm pulls and means, the values that
// decided the round (PolicyExplain.h), a one-sentence reason, and the cumulative pseudo-regret counted pull
// by pull from the true means in force at each pull, which the user may change between pulls.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bandit/BanditExperiment.h"
#include "bandit/PolicyExplain.h"
#include "bandit/PolicyTable.h"

namespace tb::bandit {

/// One pull: its round t (0-based), arm, reward, and the pseudo-regret it cost (best true mean minus the
/// chosen arm's, both as in force at that pull).
struct StepPull {
    std::int64_t t = 0;
    int arm = 0;
    double reward = 0;
    double regret = 0;
};

/// A change of an arm's true mean made between pulls: it applies from round t on.
struct MeanChange {
    std::int64_t t = 0;
    int arm = 0;
    double from = 0, to = 0;
};

/// The sentence that says why the last arm was chosen: a marked pattern (core/Tr.h) and its arguments, so the
/// window can translate the pattern and fill it again; text() is the English sentence. Argument %1 is the
/// policy's display name (marked too: its VariantSpec label), arms are 0-based numbers, numbers have three
/// significant digits.
struct StepReason {
    const char* pattern = "";
    std::vector<std::string> args;
    std::string text() const;
};

class Stepper {
public:
    /// Pulls recorded in history(): the first 2^16 (2 MiB; the counts, sums and regret go on beyond).
    static constexpr std::size_t kHistoryLimit = std::size_t(1) << 16;
    /// Points kept in regretTrace() before it is thinned to every other point.
    static constexpr std::size_t kTraceLimit = 4096;

    /// `config` is a bandit config (validated here with the kind's ParamSpec, defaults filled) and `policy`
    /// the position of the played policy in its "policies". Throws InputError for an invalid config, an
    /// adversarial environment (unsupportedReason()) or a policy position out of range.
    Stepper(const Json& config, std::size_t policy);
    ~Stepper();
    Stepper(const Stepper&) = delete;
    Stepper& operator=(const Stepper&) = delete;

    /// Why step mode cannot play `config` ("" when it can, or when the config is not a bandit config at all:
    /// validation reports that). Adversarial environments have no true means to show, drag or count regret
    /// against, so step mode refuses them; piecewise environments follow their schedule.
    static std::string unsupportedReason(const Json& config);

    const Json& config() const { return m_config; }
    int arms() const { return m_K; }
    std::int64_t horizon() const { return m_horizon; }
    std::size_t policy() const { return m_policy; }
    /// Labels of every compared policy of the config (as in the plots), and the played policy's display name
    /// (its type's name: "UCB1", "Thompson sampling (Beta)", a marked string).
    std::vector<std::string> policyLabels() const;
    const std::string& label() const { return m_label; }
    const std::string& policyName() const { return m_name; }
    bool bernoulli() const { return m_bernoulli; }
    /// Gaussian arms: each arm's reward standard deviation (empty for Bernoulli arms).
    const std::vector<double>& rewardSds() const { return m_sds; }

    /// Pulls made so far (the round of the next pull).
    std::int64_t round() const { return m_t; }
    bool finished() const { return m_t >= m_horizon; }

    /// One pull, explained. False (nothing done) at the horizon.
    bool step();
    /// Up to `n` pulls; only the last is explained (the others run at close to the batch loop's speed).
    /// Returns the number of pulls made.
    std::int64_t advance(std::int64_t n);
    /// Up to `n` pulls, stopping early once `deadline` has passed (the clock is read every 256 pulls); the
    /// last pull is explained. Returns the number made.
    std::int64_t advanceUntil(std::int64_t n, std::chrono::steady_clock::time_point deadline);

    /// Sets arm k's true mean for the following pulls (Bernoulli: the probability of a 1, clamped to [0, 1];
    /// Gaussian: the mean, the variance unchanged) and returns the value set. Piecewise environments: until
    /// the next segment starts, whose means then apply. Throws InputError for an arm out of range or a value
    /// that is not finite.
    double setTrueMean(int arm, double value);
    /// The true means in force for the next pull.
    const std::vector<double>& trueMeans() const { return m_means; }
    /// The largest of them.
    double bestMean() const { return m_best; }
    /// Arms whose true mean is the largest (best arms), as 0/1.
    std::vector<char> bestArms() const;
    const std::vector<MeanChange>& meanChanges() const { return m_changes; }

    /// Per arm: pulls, reward sums, empirical means (NaN before the arm's first pull).
    const std::vector<std::int64_t>& pulls() const { return m_pulls; }
    const std::vector<double>& rewardSums() const { return m_sums; }
    double empiricalMean(int arm) const;
    /// Σ over pulls of (best true mean − chosen arm's true mean), both as in force at that pull.
    double cumulativeRegret() const { return m_regret; }
    double cumulativeReward() const { return m_reward; }

    /// The last pull (t = −1 before the first).
    const StepPull& last() const { return m_last; }
    /// The explanation of the last explained pull (the last pull, after step() and advance()).
    const Explanation& explanation() const { return m_explanation; }
    /// Why the last pull's arm was chosen.
    StepReason reason() const;
    /// The first kHistoryLimit pulls.
    const std::vector<StepPull>& history() const { return m_history; }
    /// (round, cumulative regret after that many pulls), thinned to at most kTraceLimit points: every
    /// traceStride() rounds from 0.
    const std::vector<std::pair<std::int64_t, double>>& regretTrace() const { return m_trace; }
    std::int64_t traceStride() const { return m_stride; }

    /// The English patterns of reason() and of the errors built from parts (for the window's translations).
    static const std::vector<const char*>& textPatterns();

private:
    template <class P> std::int64_t play(P& pol, std::int64_t n, bool explainLast);
    std::int64_t run(std::int64_t n, bool explainLast);
    void enterSegment(std::size_t s);
    void updateBest();
    void record(std::int64_t t, int arm, double x);

    Json m_config;
    std::size_t m_policy = 0;
    std::unique_ptr<BanditExperiment> m_ex;
    std::optional<PolicyVariant> m_pol; ///< set by the constructor (a variant of policies has no default)
    Rng m_rng, m_display;
    std::vector<Rng> m_armRng;
    int m_K = 0;
    std::int64_t m_horizon = 0;
    bool m_bernoulli = true;
    std::string m_label, m_name;
    std::vector<double> m_means, m_sds;
    double m_best = 0;
    std::size_t m_segment = 0;
    std::vector<MeanChange> m_changes;
    std::int64_t m_t = 0;
    std::vector<std::int64_t> m_pulls;
    std::vector<double> m_sums;
    double m_regret = 0, m_reward = 0;
    StepPull m_last{-1, -1, 0, 0};
    Explanation m_explanation;
    std::vector<StepPull> m_history;
    std::vector<std::pair<std::int64_t, double>> m_trace;
    std::int64_t m_stride = 1;
};

} // namespace tb::bandit

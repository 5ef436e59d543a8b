#pragma once
// Step mode's view into a policy (docs/bandits.md, "Step mode"): what decided one round, read from the
// policy's own state right after its select() and before its update(). The hooks are free functions, one
// overload per policy that has one; the Stepper detects them with `requires` (a policy without one gets
// pulls, means and a generic sentence), so the policies' select() and update() and the batch loop are
// untouched. Each hook reuses the policy's state and functions (the index arrays select() fills, klUcbIndex,
// BayesUcbPolicy::quantile, drawFull and betaTail) rather than a second copy of its formulas.
#include <cstdint>
#include <limits>
#include <vector>

#include "bandit/Policies.h"

namespace tb::bandit {

/// How the policy chose this round's arm.
enum class Decision {
    Generic, ///< the policy has no explanation hook
    Initial, ///< the first pulls: every arm once, round robin (ETC: m rounds per arm)
    Uniform, ///< a uniform arm (the uniform policy)
    Index,   ///< the largest index (UCB1, UCB-V, MOSS, KL-UCB, Bayes-UCB)
    Sample,  ///< the largest posterior sample (Thompson variants)
    Explore, ///< ε-greedy: a uniform arm with probability ε_t
    Exploit, ///< ε-greedy: the largest empirical mean
    Draw,    ///< a draw from the policy's probabilities (softmax, EXP3)
    Commit,  ///< explore-then-commit: the arm it committed to
};

/// The posterior law drawn per arm (Thompson variants): Beta(p1, p2); Normal(mean p1, sd p2); the marginal
/// of the mean under a normal–gamma posterior, Student t with p3 degrees of freedom, location p1, scale p2.
enum class PosteriorLaw { None, Beta, Normal, StudentT };

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Explanation {
    Decision decision = Decision::Generic;
    int chosen = -1;
    int ties =
        1; ///< arms sharing the chosen arm's value (Index, Sample, Exploit); > 1: a random draw broke it
    /// Per arm, the value this round's rule compared: the index (Index), the posterior sample (Sample), the
    /// empirical mean (Exploit, Explore: what the greedy choice would have compared), the probability (Draw).
    /// NaN where the rule had none (Initial rounds, Generic).
    std::vector<double> value;
    /// Sample: 1 when select() drew the value; 0 when select() only established that it was below `bound`
    /// (Thompson-Beta's exact tail test, see Policies.h) and the value shown is a display completion drawn
    /// from the posterior truncated to [0, bound] with a separate stream (so the law of what is shown is the
    /// law of a full draw, and the simulation's streams are not touched).
    std::vector<char> exact;
    std::vector<double> bound;
    /// Index policies: the policy's mean of the arm (`mean`: the empirical mean it uses, clamped as the
    /// policy does; Bayes-UCB: the posterior mean) and an interval [lo, hi] with hi = the index; lo mirrors
    /// it: mean − bonus (UCB1, UCB-V, MOSS), the lower KL bound (KL-UCB), the lower posterior quantile
    /// (Bayes-UCB). NaN when unknown.
    std::vector<double> mean, lo, hi;
    /// Thompson variants: the posterior of each arm's mean.
    PosteriorLaw law = PosteriorLaw::None;
    std::vector<double> p1, p2, p3;
    double epsilon = kNaN;     ///< ε-greedy: ε_t of this round
    double temperature = kNaN; ///< softmax: τ
    double gamma = kNaN;       ///< EXP3: γ
    std::int64_t explore = 0;  ///< ETC: rounds of round-robin exploration (m K)

    void reset(int K, Decision d, int chosenArm);
};

/// What a hook needs beyond the policy's state: the round, the chosen arm, a copy of the policy's stream as
/// it was before select() (hooks that must know what select() drew replay its draws on the copy), and a
/// stream for display-only draws.
struct ExplainInput {
    std::int64_t t = 0;
    int chosen = 0;
    Rng before;
    Rng* display = nullptr;
};

void explainPolicy(const UniformPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const EpsilonGreedyPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const SoftmaxPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const EtcPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const Ucb1Policy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const UcbVPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const MossPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const KlUcbPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const BayesUcbPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const ThompsonBetaPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const ThompsonGaussianPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const VarTsPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const DTsPolicy& p, const ExplainInput& in, Explanation& out);
void explainPolicy(const Exp3Policy& p, const ExplainInput& in, Explanation& out);

/// Whether policy type P has an explanation hook.
template <class P>
inline constexpr bool kExplains = requires(const P& p, const ExplainInput& in, Explanation& out) {
    explainPolicy(p, in, out);
};

} // namespace tb::bandit

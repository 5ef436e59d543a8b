#pragma once
// The parsed form of a validated bandit config: environment and policies, independent of JSON.
#include <cstdint>
#include <string>
#include <vector>

#include "core/ParamSpec.h"

namespace tb::bandit {

enum class EnvType { Bernoulli, Gaussian, Piecewise, Adversarial };
enum class ArmType { Bernoulli, Gaussian };
enum class AdvSource { Table, DoublingBlocks, Random, Ucb1Trap };

/// One stationary stretch of the environment: rounds [start, next start) use `means`.
struct Segment {
    std::int64_t start = 0;
    std::vector<double> means;
};

struct EnvModel {
    EnvType type = EnvType::Bernoulli;
    ArmType arms = ArmType::Bernoulli; ///< reward law of stochastic arms (bernoulli, gaussian, piecewise)
    int K = 0;
    std::vector<Segment> segments; ///< stochastic environments; a stationary one has a single segment at 0
    std::vector<double> sds;       ///< Gaussian arms: standard deviations (sqrt of the configured variances)
    // Adversarial (oblivious) environments.
    AdvSource source = AdvSource::Table;
    std::vector<double> table; ///< rows x K, row-major; round t uses row t mod rows
    std::int64_t rows = 0;
    std::int64_t block = 100;    ///< doubling-blocks: length of the first block
    std::uint64_t tableSeed = 0; ///< random generator: hash key
    std::vector<std::uint16_t>
        trapArm; ///< ucb1-trap: the arm UCB1 picks in round t (filled by the experiment)
};

struct PolicyModel {
    std::size_t index = 0; ///< position in policyTable() (PolicyTable.h)
    std::string typeName;
    std::string label;
    Json params; ///< the policy's config object with defaults filled
};

/// Every policy type name, in documentation order (from the policy table).
const std::vector<std::string>& policyTypeNames();

/// Parses a validated config (defaults filled).
EnvModel parseEnvironment(const Json& config);
PolicyModel parsePolicy(const Json& policy);

/// A readable default label with the parameters, e.g. "ε-greedy (ε=0.1)".
std::string defaultLabel(const Json& policy);

/// Value of arm k's reward in round t (0-based) of an adversarial environment.
double adversarialReward(const EnvModel& env, std::int64_t t, int k);

} // namespace tb::bandit

#include "bandit/BanditCost.h"

#include "bandit/PolicyTable.h"

#include <algorithm>
#include <cstdint>

namespace tb::bandit {

namespace {

constexpr double kRngBytes = 32;           // one pcg64 stream per arm and run
constexpr double kCountBytes = 16;         // pull counts per arm (total and in the current segment)
constexpr double kPolicyBytesPerArm = 128; // per-arm policy state (the largest, VarTS, is about 100 bytes)
constexpr double kRunFixedBytes = 512;     // per run and replicate: vectors, policy object, allocator slack
constexpr double kReplicateFixedBytes = 256;
constexpr double kNsPerTableCell = 4; // adversarial pre-computation: one reward evaluated and summed
constexpr double kNsPerTrapCell = 6;  // ucb1-trap: UCB1 replayed against the table, plus the sums

// What each term counts, filled by tb::fill; costTextPatterns() lists them for the window.
constexpr const char* kArmStates =
    TB_TR("engine", "replicates × policies × arms = %1 × %2 × %3 = %4 per-arm states of about %5 bytes");
constexpr const char* kWindows = TB_TR(
    "engine", "replicates × window rounds (sw-ucb τ, at most the horizon) = %1 × %2 rounds of 12 bytes");
constexpr const char* kTable = TB_TR("engine", "the reward table: %1 rows × %2 arms of 8 bytes");
constexpr const char* kTrap =
    TB_TR("engine", "ucb1-trap: the arm UCB1 picks in each of %1 rounds, 2 bytes each");
constexpr const char* kTableSums =
    TB_TR("engine", "horizon × arms = %1 × %2 = %3 table entries summed before the first pull");
constexpr const char* kPulls =
    TB_TR("engine", "replicates × policies × horizon = %1 × %2 × %3 = %4 pulls on %5 "
                    "arms; the slowest policy, %6, at about %7 ns per pull");

std::string armsPath(const Json& env) {
    const std::string type = env.at("type").get<std::string>();
    if (type == "piecewise") return "environment.segments[0].means";
    if (type == "adversarial") return env.contains("table") ? "environment.table[0]" : "environment.arms";
    return "environment.means";
}

int armCount(const Json& env) {
    const std::string type = env.at("type").get<std::string>();
    if (type == "piecewise") return int(env.at("segments").at(0).at("means").size());
    if (type == "adversarial")
        return env.contains("table") ? int(env.at("table").at(0).size()) : env.value("arms", 2);
    return int(env.at("means").size());
}

} // namespace

const std::vector<const char*>& costTextPatterns() {
    static const std::vector<const char*> all = {kArmStates, kWindows, kTable, kTrap, kTableSums, kPulls};
    return all;
}

double nanosecondsPerPull(const std::string& policyType, int K) {
    const PolicyTraits& t = policyTable()[policyIndex(policyType)];
    return t.nsPerPull10 + t.nsPerPullPerArm * std::max(0, K - 10);
}

Cost estimateBanditCost(const Json& config) {
    const Json& env = config.at("environment");
    const std::string envType = env.at("type").get<std::string>();
    const int K = armCount(env);
    const double R = double(config.at("replicates").get<std::int64_t>());
    const double T = double(config.at("horizon").get<std::int64_t>());
    const Json& policies = config.at("policies");
    const double P = double(policies.size());
    const std::string arms = armsPath(env);

    Cost c;
    c.runs = P;
    c.replicates = R;
    c.checkpoints = std::min(T, 201.0);
    c.categories = K;
    c.steps = R * P * T;

    // Memory: the per-arm state of every run of every replicate (the Runner creates all replicates at once),
    // the sliding windows of SW-UCB, and the tables shared by all replicates.
    c.memory.push_back({"replicates, policies, " + arms,
                        fill(kArmStates, {countText(R), countText(P), std::to_string(K), countText(R * P * K),
                                          countText(kRngBytes + kCountBytes + kPolicyBytesPerArm)}),
                        R * (kReplicateFixedBytes +
                             P * (kRunFixedBytes + K * (kRngBytes + kCountBytes + kPolicyBytesPerArm)))});
    double window = 0; // per replicate
    for (const auto& p : policies)
        window += policyTable()[policyIndex(p.at("type").get<std::string>())].windowBytes(p, T);
    if (window > 0)
        c.memory.push_back({"replicates, policies[].tau",
                            fill(kWindows, {countText(R), countText(window / 12)}), R * window});
    c.memory.push_back({"horizon", TB_TR("engine", "ln t tables for t < min(horizon, 2^21)"),
                        3 * 8 * std::min(T + 1, double(1 << 21))});

    double envNsPerPull = 0;
    if (envType == "gaussian" || (envType == "piecewise" && env.value("arms", std::string()) == "gaussian"))
        envNsPerPull = 10; // one normal draw per pull
    if (envType == "adversarial") {
        const bool table = env.contains("table");
        const std::string gen = table ? "" : env.at("generator").get<std::string>();
        if (table) {
            const double rows = double(env.at("table").size());
            c.memory.push_back(
                {"environment.table", fill(kTable, {countText(rows), std::to_string(K)}), rows * K * 8});
        }
        if (gen == "ucb1-trap") c.memory.push_back({"horizon", fill(kTrap, {countText(T)}), T * 2});
        c.memory.push_back({"horizon, " + arms, TB_TR("engine", "cumulative rewards per checkpoint and arm"),
                            c.checkpoints * K * 8});
        // Set-up: the regret against the best fixed arm needs every arm's cumulative reward, so every table
        // entry of every round is evaluated once (ucb1-trap also replays UCB1 to build its table).
        const double cellNs = gen == "ucb1-trap" ? kNsPerTrapCell : kNsPerTableCell;
        c.precompute.push_back({"horizon, " + arms,
                                fill(kTableSums, {countText(T), std::to_string(K), countText(T * K)}),
                                T * K * cellNs * 1e-9});
        // Per pull, "is the pulled arm optimal in this round" compares it with the other arms' rewards: with
        // ties (ucb1-trap, doubling-blocks) it scans all K arms; with continuous rewards it stops early.
        envNsPerPull = (gen == "ucb1-trap" || gen == "doubling-blocks") ? 2.0 * K : 10 + 0.1 * K;
    }
    c.precompute.push_back({"horizon", TB_TR("engine", "ln t tables"), std::min(T, double(1 << 21)) * 20e-9});

    double nsPerReplicateRound = 0;
    std::string slowest;
    double slowestNs = -1;
    for (const auto& p : policies) {
        const std::string type = p.at("type").get<std::string>();
        const double ns = nanosecondsPerPull(type, K) + envNsPerPull;
        nsPerReplicateRound += ns;
        if (ns > slowestNs) {
            slowestNs = ns;
            slowest = type;
        }
    }
    c.simulation.push_back({"replicates, horizon, policies",
                            fill(kPulls, {countText(R), countText(P), countText(T), countText(c.steps),
                                          std::to_string(K), slowest, countText(slowestNs)}),
                            R * T * nsPerReplicateRound * 1e-9});
    return c;
}

} // namespace tb::bandit

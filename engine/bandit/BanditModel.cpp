#include "bandit/BanditModel.h"

#include <bit>
#include <cmath>
#include <sstream>

#include "bandit/PolicyTable.h"
#include "core/Rng.h"

namespace tb::bandit {

namespace {

std::vector<double> numbers(const Json& a) {
    std::vector<double> v;
    for (const auto& x : a) v.push_back(x.get<double>());
    return v;
}

} // namespace

const std::vector<std::string>& policyTypeNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n;
        for (const auto& t : policyTable()) n.push_back(t.type);
        return n;
    }();
    return names;
}

EnvModel parseEnvironment(const Json& config) {
    const Json& e = config.at("environment");
    const std::string type = e.at("type").get<std::string>();
    EnvModel m;
    if (type == "bernoulli" || type == "gaussian") {
        m.type = type == "bernoulli" ? EnvType::Bernoulli : EnvType::Gaussian;
        m.arms = type == "bernoulli" ? ArmType::Bernoulli : ArmType::Gaussian;
        m.segments.push_back({0, numbers(e.at("means"))});
        if (m.arms == ArmType::Gaussian)
            for (double v : numbers(e.at("variances"))) m.sds.push_back(std::sqrt(v));
        m.K = int(m.segments[0].means.size());
    } else if (type == "piecewise") {
        m.type = EnvType::Piecewise;
        m.arms =
            e.value("arms", std::string("bernoulli")) == "gaussian" ? ArmType::Gaussian : ArmType::Bernoulli;
        for (const auto& s : e.at("segments"))
            m.segments.push_back({s.at("start").get<std::int64_t>(), numbers(s.at("means"))});
        m.K = int(m.segments[0].means.size());
        if (m.arms == ArmType::Gaussian)
            for (double v : numbers(e.at("variances"))) m.sds.push_back(std::sqrt(v));
    } else {
        m.type = EnvType::Adversarial;
        if (e.contains("table")) {
            m.source = AdvSource::Table;
            const Json& t = e.at("table");
            m.rows = std::int64_t(t.size());
            m.K = int(t.at(0).size());
            for (const auto& row : t)
                for (const auto& x : row) m.table.push_back(x.get<double>());
        } else {
            const std::string g = e.at("generator").get<std::string>();
            m.source = g == "random"            ? AdvSource::Random
                       : g == "doubling-blocks" ? AdvSource::DoublingBlocks
                                                : AdvSource::Ucb1Trap;
            m.K = e.value("arms", 2);
            m.block = e.value("block", std::int64_t(100));
            m.tableSeed = mixSeed(config.value("seed", std::uint64_t(0)), 0xAD7E45A1ULL);
        }
    }
    return m;
}

double adversarialReward(const EnvModel& env, std::int64_t t, int k) {
    switch (env.source) {
    case AdvSource::Table:
        return env.table[std::size_t((t % env.rows) * env.K + k)];
    case AdvSource::DoublingBlocks: {
        // Block b covers rounds [L (2^b - 1), L (2^(b+1) - 1)); its best arm is b mod K and pays 1, the
        // others 0.
        const std::uint64_t q = std::uint64_t(t / env.block) + 1;
        const int b = 63 - std::countl_zero(q); // floor(log2(q))
        return (b % env.K) == k ? 1.0 : 0.0;
    }
    case AdvSource::Ucb1Trap:
        // Every arm pays 1 except the one UCB1 picks in this round, which pays 0.1 (k + 1) / K (distinct per
        // arm, so UCB1's indices never tie and its random tie-break cannot leave the simulated path).
        return env.trapArm[std::size_t(t)] == k ? 0.1 * double(k + 1) / double(env.K) : 1.0;
    case AdvSource::Random:
        return double(
                   mix64(env.tableSeed ^ mix64(std::uint64_t(t) * std::uint64_t(env.K) + std::uint64_t(k))) >>
                   11) *
               0x1.0p-53;
    }
    return 0.0;
}

PolicyModel parsePolicy(const Json& policy) {
    PolicyModel m;
    m.typeName = policy.at("type").get<std::string>();
    m.index = policyIndex(m.typeName);
    m.params = policy;
    m.label = policy.contains("label") ? policy.at("label").get<std::string>() : defaultLabel(policy);
    return m;
}

std::string defaultLabel(const Json& p) {
    return policyTable()[policyIndex(p.at("type").get<std::string>())].label(p);
}

} // namespace tb::bandit

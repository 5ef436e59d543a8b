#include "survival/Subjects.h"

#include <algorithm>
#include <bit>
#include <boost/math/special_functions/erf.hpp>
#include <boost/random/binomial_distribution.hpp>
#include <cmath>
#include <variant>

#include "bandit/PolicyTable.h"
#include "core/Error.h"
#include "core/Sampling.h"
#include "survival/TailAnalysis.h"

namespace tb::survival {

namespace {

Outcome capped(double k, std::int64_t cap) {
    // k may be +inf or beyond int64 (p underflowed): censored at kMaxFailures, a lower bound.
    if (cap > 0 && !(k < double(cap))) return {cap, true};
    if (!(k < double(kMaxFailures))) return {kMaxFailures, true};
    return {std::int64_t(k), false};
}

/// K ~ Geometric(p) on {0, 1, ...}: floor(ln U / ln(1 - p)) (U in (0, 1), so K is finite for p > 0).
double geometric(Rng& g, double p) {
    if (p >= 1.0) return 0.0;
    if (!(p > 0.0)) return INFINITY;
    return std::floor(std::log(uniformOpen01(g)) / std::log1p(-p));
}

class BetaGeometric : public Subject {
public:
    BetaGeometric(double a, double b) : m_draw(a, b) {}
    std::unique_ptr<Subject> clone() const override { return std::make_unique<BetaGeometric>(*this); }
    Outcome solve(Rng& g, std::int64_t cap) override { return m_draw(g, cap); }

private:
    BetaGeometricSampler m_draw;
};

class Zeta : public Subject {
public:
    explicit Zeta(double a) : m_a(a) {}
    std::unique_ptr<Subject> clone() const override { return std::make_unique<Zeta>(*this); }
    Outcome solve(Rng& g, std::int64_t cap) override {
        return capped(double(sampleZeta(g, m_a, 1) - 1), cap);
    }

private:
    double m_a;
};

class Rank : public Subject {
public:
    Rank(std::int64_t n, double a, double b, double noise) : m_n(n), m_a(a), m_b(b), m_noise(noise) {}
    std::unique_ptr<Subject> clone() const override { return std::make_unique<Rank>(*this); }
    Outcome solve(Rng& g, std::int64_t cap) override {
        // The correct candidate's score: the (1 - u) normal quantile (u = the share of distractors expected
        // above it, the task's difficulty) plus noise. Distractors are i.i.d. N(0, 1), so the number scored
        // strictly above s is exactly Binomial(N - 1, P(Z > s)) (ties have probability 0).
        const double u = beta(g, m_a, m_b);
        double above = u;
        if (m_noise > 0) {
            const double s = -std::sqrt(2.0) * boost::math::erfc_inv(2.0 * (1.0 - u)) + m_noise * normal01(g);
            above = 0.5 * boost::math::erfc(s / std::sqrt(2.0));
        }
        above = std::clamp(above, 0.0, 1.0);
        boost::random::binomial_distribution<std::int64_t, double> bin(m_n - 1, above);
        return capped(double(bin(g)), cap);
    }

private:
    std::int64_t m_n;
    double m_a, m_b, m_noise;
};

class Enumeration : public Subject {
public:
    Enumeration(std::int64_t n, bool memory) : m_n(n), m_memory(memory) {}
    std::unique_ptr<Subject> clone() const override { return std::make_unique<Enumeration>(*this); }
    Outcome solve(Rng& g, std::int64_t cap) override {
        if (m_memory) return capped(double(uniformBelow(g, std::uint64_t(m_n))), cap);
        return capped(geometric(g, 1.0 / double(m_n)), cap);
    }

private:
    std::int64_t m_n;
    bool m_memory;
};

class BanditSearch : public Subject {
public:
    BanditSearch(int arms, double payoff, Json policy, std::int64_t cap)
        : m_arms(arms), m_payoff(payoff), m_policy(std::move(policy)) {
        // ln t tables up to the cap (at most 2^21 entries; beyond, the context computes them).
        const std::int64_t n = std::min<std::int64_t>(std::max<std::int64_t>(cap, 1) + 1, 1 << 21);
        m_tables = std::make_shared<Tables>();
        m_tables->ln.resize(std::size_t(n));
        m_tables->ucb.resize(std::size_t(n));
        m_tables->invSqrt.resize(std::size_t(n));
        for (std::int64_t t = 1; t < n; ++t) {
            m_tables->ln[std::size_t(t)] = std::log(double(t));
            m_tables->ucb[std::size_t(t)] = std::sqrt(2.0 * std::log(double(t)));
            m_tables->invSqrt[std::size_t(t)] = 1.0 / std::sqrt(double(t));
        }
        m_ctx.K = arms;
        m_ctx.horizon = cap;
        m_ctx.lnTable = m_tables->ln.data();
        m_ctx.ucbTable = m_tables->ucb.data();
        m_ctx.invSqrtTable = m_tables->invSqrt.data();
        m_ctx.lnSize = n;
        m_type = bandit::policyIndex(m_policy.at("type").get<std::string>());
    }
    std::unique_ptr<Subject> clone() const override { return std::make_unique<BanditSearch>(*this); }
    Outcome solve(Rng& g, std::int64_t cap) override {
        // A fresh policy per task: it knows nothing of where the paying arm was last time.
        bandit::PolicyVariant policy = bandit::policyTable()[m_type].make(m_ctx, m_policy);
        const int target = int(uniformBelow(g, std::uint64_t(m_arms)));
        return std::visit(
            [&](auto& pol) -> Outcome {
                for (std::int64_t t = 0; t < cap; ++t) {
                    const int arm = pol.select(t, g);
                    const double reward =
                        arm == target && (m_payoff >= 1.0 || uniform01(g) < m_payoff) ? 1 : 0;
                    pol.update(arm, reward, g);
                    if (reward > 0) return {t, false};
                }
                return {cap, true};
            },
            policy);
    }

private:
    struct Tables {
        std::vector<double> ln, ucb, invSqrt;
    };
    int m_arms;
    double m_payoff;
    Json m_policy;
    std::size_t m_type = 0;
    std::shared_ptr<Tables> m_tables;
    bandit::PolicyContext m_ctx;
};

/// Replays observed counts in a random order: each task draws one of the remaining observations uniformly
/// (sampling without replacement over the cells with a Fenwick tree), so the running mean is that of a
/// random permutation of the data and the pooled counts are exactly the data.
class Observed : public Subject {
public:
    Observed(const Json& params) {
        auto addCells = [&](const Json& m, bool censored) {
            for (const auto& row : m) {
                m_cells.push_back({std::int64_t(row.at(0).get<double>()), censored});
                m_counts.push_back(std::int64_t(row.at(1).get<double>()));
            }
        };
        addCells(params.at("counts"), false);
        addCells(params.at("censored"), true);
        m_tree.assign(m_counts.size() + 1, 0);
        for (std::size_t i = 0; i < m_counts.size(); ++i) update(i, m_counts[i]);
        for (std::int64_t c : m_counts) m_left += c;
        m_total = m_left;
    }
    std::unique_ptr<Subject> clone() const override { return std::make_unique<Observed>(*this); }
    std::int64_t available() const override { return m_total; }
    Outcome solve(Rng& g, std::int64_t cap) override {
        if (m_left <= 0) throw RuntimeError("observed counts exhausted");
        std::int64_t j = std::int64_t(uniformBelow(g, std::uint64_t(m_left)));
        // Descend the Fenwick tree to the cell holding the j-th remaining observation.
        std::size_t pos = 0;
        std::size_t step = std::bit_floor(m_tree.size() - 1);
        for (; step > 0; step >>= 1)
            if (pos + step < m_tree.size() && m_tree[pos + step] <= j) {
                pos += step;
                j -= m_tree[pos];
            }
        update(pos, -1);
        --m_left;
        const Cell& c = m_cells[pos];
        if (c.censored) return {cap > 0 ? std::min(c.value, cap) : c.value, true};
        if (cap > 0 && c.value >= cap) return {cap, true};
        return {c.value, false};
    }

private:
    struct Cell {
        std::int64_t value;
        bool censored;
    };
    void update(std::size_t i, std::int64_t delta) {
        for (std::size_t k = i + 1; k < m_tree.size(); k += k & (~k + 1)) m_tree[k] += delta;
    }
    std::vector<Cell> m_cells;
    std::vector<std::int64_t> m_counts, m_tree;
    std::int64_t m_left = 0, m_total = 0;
};

} // namespace

BetaGeometricSampler::BetaGeometricSampler(double alpha, double beta) : m_x(alpha), m_y(beta) {}

Outcome BetaGeometricSampler::operator()(Rng& g, std::int64_t cap) const {
    const double x = m_x(g), y = m_y(g);
    // p = x / (x + y); 1 - p = y / (x + y), computed without cancellation when p is near 1.
    if (!(y > 0.0)) return {0, false};            // p = 1: solved at once
    if (!(x > 0.0)) return capped(INFINITY, cap); // p = 0 (underflow): never solved, censored
    const double ln1mP = std::log(y / (x + y));
    if (!(ln1mP < 0.0)) return capped(INFINITY, cap);
    return capped(std::floor(std::log(uniformOpen01(g)) / ln1mP), cap);
}

std::unique_ptr<Subject> makeSubject(const Json& p, std::int64_t cap) {
    const std::string type = p.at("type").get<std::string>();
    if (type == "beta-geometric") return std::make_unique<BetaGeometric>(p.at("alpha"), p.at("beta"));
    if (type == "zeta") return std::make_unique<Zeta>(p.at("a"));
    if (type == "rank")
        return std::make_unique<Rank>(p.at("candidates"), p.at("alpha"), p.at("beta"), p.at("noise"));
    if (type == "enumeration") return std::make_unique<Enumeration>(p.at("candidates"), p.at("memory"));
    if (type == "bandit")
        return std::make_unique<BanditSearch>(p.at("arms"), p.at("payoff"), p.at("policy"), cap);
    if (type == "observed") return std::make_unique<Observed>(p);
    throw InputError("unknown subject type \"" + type + "\"");
}

double subjectNsPerTask(const Json& p, std::int64_t cap) {
    const std::string type = p.at("type").get<std::string>();
    if (type == "beta-geometric") return 70;
    if (type == "zeta") return 60;
    if (type == "rank") return 150;
    if (type == "enumeration") return 20;
    if (type == "observed") return 60;
    const double arms = p.at("arms").get<double>(), payoff = p.at("payoff").get<double>();
    const double pulls = std::min(double(cap), 2.0 * arms / payoff);
    return 200 + pulls * (20 + 0.5 * arms);
}

namespace {
// Default labels built from parts (tb::fill), listed in subjectTextPatterns().
constexpr const char* kBetaGeometric = TB_TR("engine", "Beta–geometric α=%1 β=%2");
constexpr const char* kZeta = TB_TR("engine", "Zeta a=%1");
constexpr const char* kRank = TB_TR("engine", "Rank N=%1 α=%2");
constexpr const char* kRankNoise = TB_TR("engine", "Rank N=%1 α=%2 σ=%3");
constexpr const char* kEnumeration = TB_TR("engine", "Enumeration N=%1");
constexpr const char* kGuessing = TB_TR("engine", "Blind guessing N=%1");
constexpr const char* kSearching = TB_TR("engine", "%1 searching %2 arms");
constexpr const char* kObserved = TB_TR("engine", "Observed: %1");
} // namespace

const std::vector<const char*>& subjectTextPatterns() {
    static const std::vector<const char*> all = {kBetaGeometric, kZeta,     kRank,      kRankNoise,
                                                 kEnumeration,   kGuessing, kSearching, kObserved};
    return all;
}

std::string subjectLabel(const Json& p) {
    const std::string type = p.at("type").get<std::string>();
    auto num = [&](const char* key) { return formatNumber(p.at(key).get<double>()); };
    if (type == "beta-geometric") return fill(kBetaGeometric, {num("alpha"), num("beta")});
    if (type == "zeta") return fill(kZeta, {num("a")});
    if (type == "rank")
        return p.at("noise").get<double>() > 0
                   ? fill(kRankNoise, {num("candidates"), num("alpha"), num("noise")})
                   : fill(kRank, {num("candidates"), num("alpha")});
    if (type == "enumeration")
        return fill(p.at("memory").get<bool>() ? kEnumeration : kGuessing, {num("candidates")});
    if (type == "bandit") {
        const std::string pol = p.at("policy").at("type").get<std::string>();
        const auto& t = bandit::policyTable()[bandit::policyIndex(pol)];
        return fill(kSearching, {t.label(p.at("policy")), num("arms")});
    }
    const std::string src = p.value("source", std::string());
    return src.empty() ? std::string(TB_TR("engine", "Observed")) : fill(kObserved, {src});
}

} // namespace tb::survival

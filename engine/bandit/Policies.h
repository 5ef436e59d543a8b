#pragma once
// Policies. Each is a plain struct with
//   int select(std::int64_t t, Rng& g)   // t = pulls made so far (0-based round index); g = the policy's
//   stream void update(int arm, double reward, Rng& g)
// and no virtual calls or allocation per pull: the simulation loop is a template over (environment, policy).
// Formulas and defaults are documented in docs/bandits.md.
#include <algorithm>
#include <cmath>
#include <vector>

#include "bandit/KlUcb.h"
#include "bandit/PolicyCommon.h"
#include "core/ParamSpec.h"
#include "core/Sampling.h"

namespace tb::bandit {

/// Counts, sums and empirical means per arm.
struct Empirical {
    std::vector<double> n, s, mean;
    explicit Empirical(int K) : n(std::size_t(K), 0.0), s(std::size_t(K), 0.0), mean(std::size_t(K), 0.0) {}
    void add(int a, double x) {
        n[std::size_t(a)] += 1.0;
        s[std::size_t(a)] += x;
        mean[std::size_t(a)] = s[std::size_t(a)] / n[std::size_t(a)];
    }
};

struct UniformPolicy {
    int K;
    UniformPolicy(const PolicyContext& c, const Json&) : K(c.K) {}
    int select(std::int64_t, Rng& g) { return int(uniformBelow(g, std::uint64_t(K))); }
    void update(int, double, Rng&) {}
};

struct EpsilonGreedyPolicy {
    int K;
    double eps, cKd2;
    bool decaying;
    Empirical e;
    EpsilonGreedyPolicy(const PolicyContext& c, const Json& p)
        : K(c.K), eps(p.at("epsilon").get<double>()),
          cKd2(p.at("c").get<double>() * c.K / (p.at("d").get<double>() * p.at("d").get<double>())),
          decaying(p.at("schedule").get<std::string>() == "decaying"), e(c.K) {}
    int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        const double et = decaying ? std::min(1.0, cKd2 / double(t)) : eps;
        if (uniform01(g) < et) return int(uniformBelow(g, std::uint64_t(K)));
        return argmaxRandomTie(e.mean.data(), K, g);
    }
    void update(int a, double x, Rng&) { e.add(a, x); }
};

struct Ucb1Policy {
    const PolicyContext* ctx;
    int K;
    Empirical e;
    std::vector<double> isq, idx;
    Ucb1Policy(const PolicyContext& c, const Json&)
        : ctx(&c), K(c.K), e(c.K), isq(std::size_t(c.K), 0.0), idx(std::size_t(c.K), 0.0) {}
    int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        const double b = std::sqrt(2.0 * ctx->ln(t));
        const double* m = e.mean.data();
        const double* q = isq.data();
        double* ix = idx.data();
        for (int k = 0; k < K; ++k) ix[k] = m[k] + b * q[k];
        return argmaxRandomTie(ix, K, g);
    }
    void update(int a, double x, Rng&) {
        e.add(a, x);
        isq[std::size_t(a)] = 1.0 / std::sqrt(e.n[std::size_t(a)]);
    }
};

struct KlUcbPolicy {
    const PolicyContext* ctx;
    int K;
    double c;
    bool lazy;
    Empirical e;
    std::vector<double> p, idx;
    KlUcbPolicy(const PolicyContext& cx, const Json& j)
        : ctx(&cx), K(cx.K), c(j.at("c").get<double>()), lazy(j.at("lazy").get<bool>()), e(cx.K),
          p(std::size_t(cx.K), 0.0), idx(std::size_t(cx.K), 0.0) {}
    double threshold(std::int64_t t) const {
        const double lt = ctx->ln(t);
        return c > 0.0 ? lt + c * std::max(0.0, std::log(lt)) : lt;
    }
    int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        const double lt = threshold(t);
        for (int k = 0; k < K; ++k)
            idx[std::size_t(k)] = klUcbIndex(p[std::size_t(k)], lt / e.n[std::size_t(k)]);
        return argmaxRandomTie(idx.data(), K, g);
    }
    void update(int a, double x, Rng&) {
        e.add(a, x);
        p[std::size_t(a)] = std::clamp(e.mean[std::size_t(a)], 0.0, 1.0);
    }
};

struct ThompsonBetaPolicy {
    int K;
    std::vector<double> s, f, theta;
    ThompsonBetaPolicy(const PolicyContext& c, const Json&)
        : K(c.K), s(std::size_t(c.K), 0.0), f(std::size_t(c.K), 0.0), theta(std::size_t(c.K), 0.0) {}
    int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        for (int k = 0; k < K; ++k)
            theta[std::size_t(k)] = beta(g, 1.0 + s[std::size_t(k)], 1.0 + f[std::size_t(k)]);
        return argmaxRandomTie(theta.data(), K, g);
    }
    void update(int a, double x, Rng& g) {
        const double b = binarize(x, g);
        s[std::size_t(a)] += b;
        f[std::size_t(a)] += 1.0 - b;
    }
};

} // namespace tb::bandit

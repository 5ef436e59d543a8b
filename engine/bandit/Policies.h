#pragma once
// Policies. Each is a plain struct with
//   int select(std::int64_t t, Rng& g)   // t = pulls made so far (0-based round index); g = the policy's
//   stream void update(int arm, double reward, Rng& g)
// and no virtual calls or allocation per pull: the simulation loop is a template over (environment, policy).
// Each also carries its traits, from which the policy table (PolicyTable.h) builds everything else — the
// config's "type" names, the ParamSpec, default labels, the factory and the cost estimate:
//   static constexpr const char* kType;               // the config's "type"
//   static constexpr double kNsPerPull10, kNsPerPullPerArm;  // one-thread ns per pull with 10 arms, and per
//                                                     // extra arm (measured on the development VM: the speed
//                                                     // table and one 1000-arm Bernoulli run)
//   static VariantSpec spec();                        // label, one-line formula, parameters with
//   ranges/defaults static std::string label(const Json& params);     // default display label with
//   distinguishing parameters static double windowBytes(const Json& params, double horizon);  // optional:
//   per-replicate memory beyond
//                                                     // the per-arm state (SW-UCB's window)
// Adding a policy: write its struct here and add it to AllPolicies in PolicyTable.h. Formulas and defaults
// are documented in docs/bandits.md.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "bandit/KlUcb.h"
#include "bandit/PolicyCommon.h"
#include "core/ParamSpec.h"
#include "core/Sampling.h"

namespace tb::bandit {

/// A number in a default label: the shortest text that reads back to it ("0.1", "1000").
inline std::string labelNumber(const Json& v) {
    return formatNumber(v.get<double>());
}

/// The default labels with parameters, filled by tb::fill; policyTextPatterns() lists them for the window.
namespace label_patterns {
inline constexpr const char* kEpsilonDecaying = TB_TR("engine", "ε-greedy (decaying, c=%1, d=%2)");
inline constexpr const char* kEpsilon = TB_TR("engine", "ε-greedy (ε=%1)");
inline constexpr const char* kKlUcb = TB_TR("engine", "KL-UCB (c=%1)");
inline constexpr const char* kSoftmax = TB_TR("engine", "Softmax (τ=%1)");
inline constexpr const char* kEtc = TB_TR("engine", "Explore-then-commit (m=%1)");
inline constexpr const char* kUcbV = TB_TR("engine", "UCB-V (b=%1, ζ=%2)");
inline constexpr const char* kThompsonGaussian = TB_TR("engine", "Thompson (Gaussian, σ=%1)");
inline constexpr const char* kExp3 = TB_TR("engine", "EXP3 (γ=%1)");
inline constexpr const char* kSwUcb = TB_TR("engine", "SW-UCB (τ=%1)");
inline constexpr const char* kDUcb = TB_TR("engine", "D-UCB (γ=%1)");
inline constexpr const char* kDTs = TB_TR("engine", "D-TS (γ=%1)");
inline constexpr const char* kBayesUcb = TB_TR("engine", "Bayes-UCB (c=%1)");
} // namespace label_patterns

/// Counts, sums and empirical means per arm.
struct Empirical {
    std::vector<double> n, s, mean;
    explicit Empirical(int K) : n(std::size_t(K), 0.0), s(std::size_t(K), 0.0), mean(std::size_t(K), 0.0) {}
    [[gnu::always_inline]] void add(int a, double x) {
        n[std::size_t(a)] += 1.0;
        s[std::size_t(a)] += x;
        mean[std::size_t(a)] = s[std::size_t(a)] / n[std::size_t(a)];
    }
};

struct UniformPolicy {
    static constexpr const char* kType = "uniform";
    static VariantSpec spec() {
        return {kType,
                TB_TR("engine", "Uniform"),
                TB_TR("engine", "pulls an arm uniformly at random every round"),
                {}};
    }
    static std::string label(const Json&) { return TB_TR("engine", "Uniform"); }
    static constexpr double kNsPerPull10 = 17, kNsPerPullPerArm = 0;
    int K;
    UniformPolicy(const PolicyContext& c, const Json&) : K(c.K) {}
    [[gnu::always_inline]] int select(std::int64_t, Rng& g) { return int(uniformBelow(g, std::uint64_t(K))); }
    [[gnu::always_inline]] void update(int, double, Rng&) {}
};

struct EpsilonGreedyPolicy {
    static constexpr const char* kType = "epsilon-greedy";
    static VariantSpec spec() {
        return {
            kType,
            TB_TR("engine", "ε-greedy"),
            TB_TR("engine",
                  "explore (uniform arm) with probability ε_t, else the best empirical mean; fixed: ε_t = ε; "
                  "decaying: ε_t = min(1, c K / (d^2 t))"),
            {Param::make(ParamType::Real, "epsilon", TB_TR("engine", "ε"),
                         TB_TR("engine", "exploration probability (fixed schedule)"))
                 .range(0, 1)
                 .def(0.1),
             Param::make(ParamType::Enum, "schedule", TB_TR("engine", "Schedule"),
                         TB_TR("engine", "fixed ε or the decaying ε_t = min(1, c K / (d^2 t))"))
                 .oneOf({"fixed", "decaying"})
                 .def("fixed"),
             Param::make(ParamType::Real, "c", TB_TR("engine", "c"),
                         TB_TR("engine", "decaying schedule: scale c"))
                 .above(0)
                 .def(1.0)
                 .adv(),
             Param::make(ParamType::Real, "d", TB_TR("engine", "d"),
                         TB_TR("engine", "decaying schedule: assumed smallest gap d"))
                 .above(0)
                 .atMost(1)
                 .def(0.1)
                 .adv()}};
    }
    static std::string label(const Json& p) {
        if (p.value("schedule", std::string("fixed")) == "decaying")
            return fill(label_patterns::kEpsilonDecaying, {labelNumber(p.at("c")), labelNumber(p.at("d"))});
        return fill(label_patterns::kEpsilon, {labelNumber(p.at("epsilon"))});
    }
    static constexpr double kNsPerPull10 = 42, kNsPerPullPerArm = 1.2;
    int K;
    double eps, cKd2;
    bool decaying;
    Empirical e;
    EpsilonGreedyPolicy(const PolicyContext& c, const Json& p)
        : K(c.K), eps(p.at("epsilon").get<double>()),
          cKd2(p.at("c").get<double>() * c.K / (p.at("d").get<double>() * p.at("d").get<double>())),
          decaying(p.at("schedule").get<std::string>() == "decaying"), e(c.K) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        const double et = decaying ? std::min(1.0, cKd2 / double(t)) : eps;
        if (uniform01(g) < et) return int(uniformBelow(g, std::uint64_t(K)));
        return argmaxRandomTie(e.mean.data(), K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) { e.add(a, x); }
};

struct Ucb1Policy {
    static constexpr const char* kType = "ucb1";
    static VariantSpec spec() {
        return {kType,
                TB_TR("engine", "UCB1"),
                TB_TR("engine", "mean_k + sqrt(2 ln t / N_k), t = pulls so far"),
                {}};
    }
    static std::string label(const Json&) { return TB_TR("engine", "UCB1"); }
    static constexpr double kNsPerPull10 = 32, kNsPerPullPerArm = 1.74;
    const PolicyContext* ctx;
    int K;
    Empirical e;
    std::vector<double> isq, idx;
    Ucb1Policy(const PolicyContext& c, const Json&)
        : ctx(&c), K(c.K), e(c.K), isq(std::size_t(c.K), 0.0), idx(std::size_t(c.K), 0.0) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        const double b = ctx->sqrt2ln(t);
        const double* m = e.mean.data();
        const double* q = isq.data();
        double* ix = idx.data();
        for (int k = 0; k < K; ++k) ix[k] = m[k] + b * q[k];
        return argmaxRandomTie(ix, K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) {
        e.add(a, x);
        isq[std::size_t(a)] = ctx->invSqrt(std::int64_t(e.n[std::size_t(a)]));
    }
};

/// KL-UCB with an exact argmax that avoids most index solves. With A_k = N_k (p ln p + (1-p) ln(1-p)) (fixed
/// per pull),
///     N_k kl(p_k, q) = A_k - S_k ln q - F_k ln(1 - q)
/// is > ln t (plus a rounding margin) exactly when k's index is below q, and <= ln t - margin when it is
/// above, because kl(p, .) increases on [p, 1]: one pair of logs of a pivot q places every arm with one
/// multiply-add. Stage 1 takes the arm j chosen last round and a closed-form lower bound of its index,
/// rounded down to a grid point whose logs are tabulated, as the pivot: if every other arm is below it, j
/// wins with no solve. Stage 1b (the shortcut that still pays when means are low and the bound is loose, or
/// when another arm has overtaken j) takes the midpoint of the two highest approximate indices (a first-order
/// extrapolation from each arm's last solve, in p and ln t / N) and certifies the leader above it and every
/// other arm below it. Stage 2 solves j exactly and every arm that may reach it; the argmax (and its random
/// tie-break) is then the same as solving every arm. `lazy = false` solves every arm every round (the
/// reference the tests compare against).
struct KlUcbPolicy {
    static constexpr const char* kType = "kl-ucb";
    static VariantSpec spec() {
        return {
            kType,
            TB_TR("engine", "KL-UCB"),
            TB_TR("engine", "max { q : N_k kl(mean_k, q) <= ln t + c ln ln t } (Bernoulli kl, exact solve)"),
            {Param::make(ParamType::Real, "c", TB_TR("engine", "c"),
                         TB_TR("engine", "weight of the ln ln t term"))
                 .atLeast(0)
                 .def(0.0),
             Param::make(
                 ParamType::Bool, "lazy", TB_TR("engine", "Lazy bounds"),
                 TB_TR("engine",
                       "skip exact solves when closed-form bounds already decide the argmax (same result)"))
                 .def(true)
                 .adv()}};
    }
    static std::string label(const Json& p) {
        return p.at("c").get<double>() == 0 ? TB_TR("engine", "KL-UCB")
                                            : fill(label_patterns::kKlUcb, {labelNumber(p.at("c"))});
    }
    static constexpr double kNsPerPull10 = 140, kNsPerPullPerArm = 14;
    const PolicyContext* ctx;
    int K;
    double c;
    bool lazy;
    int last = 0;
    bool fitted = false; ///< every arm has been solved once (the approximations below exist)
    std::vector<double> n, invN, sum, p, A, S, F, idx; ///< invN = 1 / N
    /// At each arm's last solve: index q0 at (p0, d0 = threshold / N), and the partial derivatives of kl(p,
    /// q) there, as 1 / gq with gq = d/dq = (q - p) / (q (1 - q)), and gp = d/dp = ln(p (1 - q) / (q (1 -
    /// p))).
    std::vector<double> q0, p0, d0, invGq, gp;
    KlUcbPolicy(const PolicyContext& cx, const Json& j)
        : ctx(&cx), K(cx.K), c(j.at("c").get<double>()), lazy(j.at("lazy").get<bool>()),
          n(std::size_t(cx.K), 0.0), invN(std::size_t(cx.K), 0.0), sum(std::size_t(cx.K), 0.0),
          p(std::size_t(cx.K), 0.0), A(std::size_t(cx.K), 0.0), S(std::size_t(cx.K), 0.0),
          F(std::size_t(cx.K), 0.0), idx(std::size_t(cx.K), 0.0), q0(std::size_t(cx.K), 0.0),
          p0(std::size_t(cx.K), 0.0), d0(std::size_t(cx.K), 0.0), invGq(std::size_t(cx.K), 0.0),
          gp(std::size_t(cx.K), 0.0) {}
    double threshold(std::int64_t t) const {
        const double lt = ctx->ln(t);
        return c > 0.0 ? lt + c * std::max(0.0, std::log(lt)) : lt;
    }
    /// Rounding margin of N kl(p, q) computed as A - S ln q - F ln(1 - q), compared with ln t.
    [[gnu::always_inline]] static double tolerance(double a, double sl, double fl, double lt) {
        return 1e-9 * (std::abs(a) + std::abs(sl) + std::abs(fl) + lt);
    }
    /// True when arm i's index is certainly below q (N kl(p, q) > ln t beyond a rounding margin).
    [[gnu::always_inline]] bool below(std::size_t i, double q, double lq, double l1q, double lt) const {
        if (p[i] >= q) return false;
        const double a = A[i], sl = S[i] * lq, fl = F[i] * l1q;
        return a - sl - fl > lt + tolerance(a, sl, fl, lt);
    }
    /// True when arm i's index is certainly at least q (p >= q, or N kl(p, q) <= ln t - margin).
    [[gnu::always_inline]] bool above(std::size_t i, double q, double lq, double l1q, double lt) const {
        if (p[i] >= q) return true;
        const double a = A[i], sl = S[i] * lq, fl = F[i] * l1q;
        return a - sl - fl <= lt - tolerance(a, sl, fl, lt);
    }
    /// Every other arm's index is certainly below the pivot (whose logs come from a table), itself <= j's
    /// index.
    [[gnu::always_inline]] bool beatsAllOthers(std::size_t j, const KlPivot& pv, double lt) const {
        for (std::size_t i = 0; i < std::size_t(K); ++i)
            if (i != j && !below(i, pv.q, pv.lnQ, pv.ln1mQ, lt)) return false;
        return true;
    }
    /// Records an exact solve for the approximations (a heuristic: they only choose pivots, which are then
    /// certified).
    void fit(std::size_t i, double q, double d) {
        q0[i] = q;
        p0[i] = p[i];
        d0[i] = d;
        const double pi = p[i];
        if (q < 1.0 && q > pi && pi > 0.0 && pi < 1.0) {
            invGq[i] = q * (1.0 - q) / (q - pi);
            gp[i] = (std::log(pi) - std::log(q)) - (std::log1p(-pi) - std::log1p(-q));
        } else { // at the ends the index is flat in d and p to first order here: keep it
            invGq[i] = 0.0;
            gp[i] = 0.0;
        }
    }
    [[gnu::always_inline]] double approx(std::size_t i, double lt) const {
        return q0[i] + ((lt * invN[i] - d0[i]) - gp[i] * (p[i] - p0[i])) * invGq[i];
    }
    double solve(std::size_t i, double lt) {
        const double d = lt / n[i], q = klUcbIndex(p[i], d);
        fit(i, q, d);
        return q;
    }
    int solveAll(double lt, Rng& g) {
        for (int k = 0; k < K; ++k)
            idx[std::size_t(k)] =
                lazy ? solve(std::size_t(k), lt) : klUcbIndex(p[std::size_t(k)], lt / n[std::size_t(k)]);
        fitted = lazy;
        return last = argmaxRandomTie(idx.data(), K, g);
    }
    /// Stage 1b: the leader of the approximations above the midpoint of the two highest, every other arm
    /// below it. Returns the leader, or -1.
    int midpointPivot(double lt) const {
        const TopTwo top = topTwo(K, [&](std::size_t i) { return approx(i, lt); });
        const std::size_t w = top.arm;
        const double x = 0.5 * (top.best + top.second);
        if (!(x > 0.0 && x < 1.0)) return -1;
        const double lq = std::log(x), l1q = std::log1p(-x);
        if (!above(w, x, lq, l1q, lt)) return -1;
        for (std::size_t i = 0; i < std::size_t(K); ++i)
            if (i != w && !below(i, x, lq, l1q, lt)) return -1;
        return int(w);
    }
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        const double lt = threshold(t);
        if (!lazy || !fitted) return solveAll(lt, g);
        const std::size_t j = std::size_t(last);
        // Stage 1, no solve: a closed-form lower bound of j's index as the pivot.
        const double lb = klLocalLower(p[j], lt / n[j]);
        KlPivot pv{};
        if (klGridPivot(lb, pv) && pv.q > 0.0 && beatsAllOthers(j, pv, lt)) return last;
        // Stage 1b, no solve: the midpoint of the approximate indices as the pivot.
        if (const int w = midpointPivot(lt); w >= 0) return last = w;
        // Stage 2: j's exact index as the pivot; solve only the arms that may reach it.
        const double ij = solve(j, lt);
        if (ij >= 1.0) return solveAll(lt, g);
        const double lq = std::log(ij), l1q = std::log1p(-ij);
        bool any = false;
        for (int k = 0; k < K; ++k) {
            const std::size_t i = std::size_t(k);
            double v = kNegInf;
            if (i != j) {
                if (!below(i, ij, lq, l1q, lt)) {
                    v = solve(i, lt);
                    any = true;
                }
            } else {
                v = ij;
            }
            idx[i] = v;
        }
        if (!any) return last;
        return last = argmaxRandomTie(idx.data(), K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) {
        const std::size_t i = std::size_t(a);
        n[i] += 1.0;
        invN[i] = 1.0 / n[i];
        sum[i] += x;
        const double q = std::clamp(sum[i] / n[i], 0.0, 1.0);
        p[i] = q;
        const std::int64_t ni = std::int64_t(n[i]);
        if (sum[i] == std::floor(sum[i]) && sum[i] >= 0.0 && sum[i] <= n[i] && ni < ctx->lnSize) {
            // 0/1 rewards: A = S ln S + F ln F - N ln N from the shared ln table, no log call per pull.
            const std::int64_t si = std::int64_t(sum[i]), fi = ni - si;
            S[i] = double(si);
            F[i] = double(fi);
            A[i] = (si > 0 ? S[i] * ctx->lnTable[si] : 0.0) + (fi > 0 ? F[i] * ctx->lnTable[fi] : 0.0) -
                   n[i] * ctx->lnTable[ni];
        } else {
            S[i] = n[i] * q;
            F[i] = n[i] * (1.0 - q);
            A[i] = (q > 0.0 ? S[i] * std::log(q) : 0.0) + (q < 1.0 ? F[i] * std::log1p(-q) : 0.0);
        }
    }
};

/// Thompson sampling with Beta(1, 1) priors: pull argmax_k theta_k, theta_k ~ Beta(1 + S_k, 1 + F_k).
/// The argmax is exact but does not draw every theta_k: the arm with the highest posterior mean (the leader)
/// is drawn in full (Beta = X / (X + Y), X ~ Gamma(1 + S), Y ~ Gamma(1 + F)), then every other arm is asked
/// by betaTail() whether its theta exceeds the best so far, which for an arm that cannot win usually costs
/// one uniform and a comparison of binary exponents instead of two gamma draws. Arms betaTail() leaves
/// undecided are drawn in full. The win probabilities are checked against numerical integration in
/// tests/engine_bandit. On classic-10-arm this makes a round about 1.8x faster than drawing all 2K gammas.
struct ThompsonBetaPolicy {
    static constexpr const char* kType = "thompson-beta";
    static VariantSpec spec() {
        return {kType,
                TB_TR("engine", "Thompson sampling (Beta)"),
                TB_TR("engine", "theta_k ~ Beta(1 + S_k, 1 + F_k); rewards outside {0, 1} are binarised"),
                {}};
    }
    static std::string label(const Json&) { return TB_TR("engine", "Thompson (Beta)"); }
    static constexpr double kNsPerPull10 = 165, kNsPerPullPerArm = 8;
    int K;
    const PolicyContext* ctx;
    std::vector<double> s, f;
    /// ln B(1 + S_k, 1 + F_k), updated by one exact ratio per pull from the shared ln table; its rounding
    /// error grows like N 2^-53 ln N, the same order as the error of evaluating ln f(m) from it.
    std::vector<double> lnB;
    std::vector<GammaSampler> ga, gb; ///< Gamma(1 + S_k) and Gamma(1 + F_k), constants cached per arm
    int lead = 0;                     ///< an arm of highest posterior mean (1 + S) / (2 + S + F)
    /// ln of the envelope mass up to which betaTail() is used (0.5): the tail path costs a few ns + mass * 40
    /// ns, a full draw about 40 ns. Any mass <= 1 gives the same law; this one only decides speed.
    static constexpr double kLnTailMass = -0.69314718055994530942;

    ThompsonBetaPolicy(const PolicyContext& c, const Json&)
        : K(c.K), ctx(&c), s(std::size_t(c.K), 0.0), f(std::size_t(c.K), 0.0), lnB(std::size_t(c.K), 0.0),
          ga(std::size_t(c.K), GammaSampler(1.0)), gb(std::size_t(c.K), GammaSampler(1.0)) {}

    [[gnu::always_inline]] double drawFull(int k, Rng& g) const {
        const double x = ga[std::size_t(k)].draw(g); // shapes >= 1: no small-shape branch
        const double y = gb[std::size_t(k)].draw(g);
        return x / (x + y);
    }
    double posteriorMean(int k) const {
        return (1.0 + s[std::size_t(k)]) / (2.0 + s[std::size_t(k)] + f[std::size_t(k)]);
    }
    /// The betaTail() threshold: a grid point m* <= best with tabulated logarithms (klGridPivot), else best
    /// itself. Any threshold <= best is exact: an arm found above m* is then compared with best as usual.
    static void setThreshold(BetaThreshold& th, double best) {
        KlPivot pv{};
        if (klGridPivot(best, pv))
            th.set(pv.q, pv.lnQ, pv.ln1mQ);
        else
            th.set(best);
    }

    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        double best = drawFull(lead, g);
        int arg = lead, ties = 1;
        BetaThreshold th;
        setThreshold(th, best);
        for (int k = 0; k < K; ++k) {
            if (k == lead) continue;
            const std::size_t i = std::size_t(k);
            double x = betaTail(g, s[i], f[i], lnB[i], th, kLnTailMass);
            if (x == kBetaUndecided) x = drawFull(k, g);
            if (x > best) {
                best = x;
                arg = k;
                ties = 1;
                setThreshold(th, best);
            } else if (x == best) {
                // Exact ties among drawn values (vanishingly rare): uniform among them, reservoir-style.
                if (uniformBelow(g, std::uint64_t(++ties)) == 0) arg = k;
            }
        }
        return arg;
    }
    [[gnu::always_inline]] void update(int a, double x, Rng& g) {
        const std::size_t i = std::size_t(a);
        const double before = posteriorMean(a);
        // B(a + 1, b) = B(a, b) a / (a + b) and B(a, b + 1) = B(a, b) b / (a + b), with a = 1 + S, b = 1 + F.
        const std::int64_t n = std::int64_t(s[i] + f[i]) + 2;
        if (binarize(x, g) == 1.0) {
            lnB[i] += ctx->ln(std::int64_t(s[i]) + 1) - ctx->ln(n);
            s[i] += 1.0;
            ga[i].setShape(1.0 + s[i]);
        } else {
            lnB[i] += ctx->ln(std::int64_t(f[i]) + 1) - ctx->ln(n);
            f[i] += 1.0;
            gb[i].setShape(1.0 + f[i]);
        }
        const double after = posteriorMean(a);
        if (a == lead && after < before) {
            lead = 0;
            for (int k = 1; k < K; ++k)
                if (posteriorMean(k) > posteriorMean(lead)) lead = k;
        } else if (after > posteriorMean(lead) || (after == posteriorMean(lead) && a < lead)) {
            lead = a;
        }
    }
};

struct SoftmaxPolicy {
    static constexpr const char* kType = "softmax";
    static VariantSpec spec() {
        return {
            kType,
            TB_TR("engine", "Softmax (Boltzmann)"),
            TB_TR("engine", "P(k) ∝ exp(mean_k / τ)"),
            {Param::make(ParamType::Real, "temperature", TB_TR("engine", "τ"), TB_TR("engine", "temperature"))
                 .above(0)
                 .def(0.1)}};
    }
    static std::string label(const Json& p) {
        return fill(label_patterns::kSoftmax, {labelNumber(p.at("temperature"))});
    }
    static constexpr double kNsPerPull10 = 125, kNsPerPullPerArm = 4.9;
    int K;
    double invTemp;
    Empirical e;
    std::vector<double> w;
    SoftmaxPolicy(const PolicyContext& c, const Json& p)
        : K(c.K), invTemp(1.0 / p.at("temperature").get<double>()), e(c.K), w(std::size_t(c.K), 0.0) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        const double* m = e.mean.data();
        double mx = m[0];
        for (int k = 1; k < K; ++k) mx = std::max(mx, m[k]);
        double total = 0.0;
        for (int k = 0; k < K; ++k) total += (w[std::size_t(k)] = std::exp((m[k] - mx) * invTemp));
        double u = uniform01(g) * total;
        for (int k = 0; k < K - 1; ++k) {
            u -= w[std::size_t(k)];
            if (u < 0.0) return k;
        }
        return K - 1;
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) { e.add(a, x); }
};

struct EtcPolicy {
    static constexpr const char* kType = "etc";
    static VariantSpec spec() {
        return {
            kType,
            TB_TR("engine", "Explore-then-commit"),
            TB_TR("engine", "pulls every arm m times (round robin), then commits to the best empirical mean"),
            {Param::make(ParamType::Int, "m", TB_TR("engine", "m"),
                         TB_TR("engine", "exploration pulls per arm"))
                 .atLeast(1)
                 .def(50)}};
    }
    static std::string label(const Json& p) { return fill(label_patterns::kEtc, {labelNumber(p.at("m"))}); }
    static constexpr double kNsPerPull10 = 8, kNsPerPullPerArm = 0;
    int K;
    std::int64_t explore;
    int committed = -1;
    Empirical e;
    // m >= horizon explores throughout: bounding m by the horizon keeps m K from overflowing (m may be up to
    // 2^63 - 1).
    EtcPolicy(const PolicyContext& c, const Json& p)
        : K(c.K),
          explore(std::min(p.at("m").get<std::int64_t>(), std::max<std::int64_t>(c.horizon, 1)) * c.K),
          e(c.K) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < explore) return int(t % K);
        if (committed < 0) committed = argmaxRandomTie(e.mean.data(), K, g);
        return committed;
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) { e.add(a, x); }
};

struct UcbVPolicy {
    static constexpr const char* kType = "ucb-v";
    static VariantSpec spec() {
        return {
            kType,
            TB_TR("engine", "UCB-V"),
            TB_TR("engine",
                  "mean_k + sqrt(2 V_k ζ ln t / N_k) + 3 b ζ ln t / N_k, V_k the empirical variance"),
            {Param::make(ParamType::Real, "b", TB_TR("engine", "b"), TB_TR("engine", "reward range"))
                 .above(0)
                 .def(1.0),
             Param::make(ParamType::Real, "zeta", TB_TR("engine", "ζ"), TB_TR("engine", "exploration factor"))
                 .above(0)
                 .def(1.0)}};
    }
    static std::string label(const Json& p) {
        return fill(label_patterns::kUcbV, {labelNumber(p.at("b")), labelNumber(p.at("zeta"))});
    }
    static constexpr double kNsPerPull10 = 101, kNsPerPullPerArm = 7.4;
    const PolicyContext* ctx;
    int K;
    double b, zeta;
    std::vector<double> n, mean, m2, idx;
    UcbVPolicy(const PolicyContext& c, const Json& p)
        : ctx(&c), K(c.K), b(p.at("b").get<double>()), zeta(p.at("zeta").get<double>()),
          n(std::size_t(c.K), 0.0), mean(std::size_t(c.K), 0.0), m2(std::size_t(c.K), 0.0),
          idx(std::size_t(c.K), 0.0) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        const double e = zeta * ctx->ln(t);
        for (int k = 0; k < K; ++k) {
            const std::size_t i = std::size_t(k);
            const double v =
                m2[i] / n[i]; // empirical (biased) variance, as in Audibert, Munos & Szepesvari 2009
            idx[i] = mean[i] + std::sqrt(2.0 * v * e / n[i]) + 3.0 * b * e / n[i];
        }
        return argmaxRandomTie(idx.data(), K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) {
        const std::size_t i = std::size_t(a);
        n[i] += 1.0;
        const double delta = x - mean[i];
        mean[i] += delta / n[i];
        m2[i] += delta * (x - mean[i]);
    }
};

struct MossPolicy {
    static constexpr const char* kType = "moss";
    static VariantSpec spec() {
        return {kType,
                TB_TR("engine", "MOSS"),
                TB_TR("engine", "mean_k + sqrt(max(0, ln(T / (K N_k))) / N_k), T the horizon"),
                {}};
    }
    static std::string label(const Json&) { return TB_TR("engine", "MOSS"); }
    static constexpr double kNsPerPull10 = 36, kNsPerPullPerArm = 1.38;
    int K;
    double horizonOverK;
    Empirical e;
    std::vector<double> idx; ///< constant between pulls of the arm: recomputed only for the pulled arm
    MossPolicy(const PolicyContext& c, const Json&)
        : K(c.K), horizonOverK(double(c.horizon) / c.K), e(c.K), idx(std::size_t(c.K), 0.0) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        return argmaxRandomTie(idx.data(), K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) {
        e.add(a, x);
        const std::size_t i = std::size_t(a);
        idx[i] = e.mean[i] + std::sqrt(std::max(0.0, std::log(horizonOverK / e.n[i])) / e.n[i]);
    }
};

struct ThompsonGaussianPolicy {
    static constexpr const char* kType = "thompson-gaussian";
    static VariantSpec spec() {
        return {kType,
                TB_TR("engine", "Thompson sampling (Gaussian)"),
                TB_TR("engine", "theta_k ~ N(mean_k, sigma^2 / N_k) (known variance, flat prior)"),
                {Param::make(ParamType::Real, "sigma", TB_TR("engine", "σ"),
                             TB_TR("engine", "assumed reward standard deviation"))
                     .above(0)
                     .def(1.0)}};
    }
    static std::string label(const Json& p) {
        return fill(label_patterns::kThompsonGaussian, {labelNumber(p.at("sigma"))});
    }
    static constexpr double kNsPerPull10 = 128, kNsPerPullPerArm = 11;
    int K;
    double sigma;
    Empirical e;
    std::vector<double> sd, theta;
    ThompsonGaussianPolicy(const PolicyContext& c, const Json& p)
        : K(c.K), sigma(p.at("sigma").get<double>()), e(c.K), sd(std::size_t(c.K), 0.0),
          theta(std::size_t(c.K), 0.0) {}
    /// Posterior standard deviation of arm k's mean: sigma / sqrt(N_k) (flat prior, known variance).
    double posteriorSd(int k) const { return sd[std::size_t(k)]; }
    double posteriorMean(int k) const { return e.mean[std::size_t(k)]; }
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        for (int k = 0; k < K; ++k)
            theta[std::size_t(k)] = e.mean[std::size_t(k)] + sd[std::size_t(k)] * normal01(g);
        return argmaxRandomTie(theta.data(), K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) {
        e.add(a, x);
        sd[std::size_t(a)] = sigma / std::sqrt(e.n[std::size_t(a)]);
    }
};

struct VarTsPolicy {
    static constexpr const char* kType = "var-ts";
    static VariantSpec spec() {
        return {
            kType,
            TB_TR("engine", "VarTS (normal–gamma)"),
            TB_TR("engine", "lambda ~ Gamma(a_n, rate b_n), theta ~ N(mu_n, 1 / (k_n lambda)) per arm"),
            {Param::make(ParamType::Real, "k0", TB_TR("engine", "κ0"),
                         TB_TR("engine", "prior pseudo-count of the mean"))
                 .above(0)
                 .def(1.0)
                 .adv(),
             Param::make(ParamType::Real, "a0", TB_TR("engine", "α0"), TB_TR("engine", "prior gamma shape"))
                 .above(0)
                 .def(0.5)
                 .adv(),
             Param::make(ParamType::Real, "b0", TB_TR("engine", "β0"), TB_TR("engine", "prior gamma rate"))
                 .above(0)
                 .def(0.25)
                 .adv(),
             Param::make(ParamType::Real, "mu0", TB_TR("engine", "μ0"), TB_TR("engine", "prior mean"))
                 .def(0.0)
                 .adv()}};
    }
    static std::string label(const Json&) { return TB_TR("engine", "VarTS"); }
    static constexpr double kNsPerPull10 = 290, kNsPerPullPerArm = 22;
    int K;
    double k0, a0, b0, mu0;
    std::vector<double> n, xbar, m2, muN, kN, rateN, theta;
    std::vector<GammaSampler> shapeN;
    VarTsPolicy(const PolicyContext& c, const Json& p)
        : K(c.K), k0(p.at("k0").get<double>()), a0(p.at("a0").get<double>()), b0(p.at("b0").get<double>()),
          mu0(p.at("mu0").get<double>()), n(std::size_t(c.K), 0.0), xbar(std::size_t(c.K), 0.0),
          m2(std::size_t(c.K), 0.0), muN(std::size_t(c.K), mu0), kN(std::size_t(c.K), k0),
          rateN(std::size_t(c.K), b0), theta(std::size_t(c.K), 0.0), shapeN(std::size_t(c.K)) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        for (int k = 0; k < K; ++k) {
            const std::size_t i = std::size_t(k);
            // precision ~ Gamma(shape a_n, RATE b_n) = Gamma(a_n, 1) / b_n, floored at 1e-4 (banditbench)
            const double lambda = std::max(shapeN[i](g) / rateN[i], 1e-4);
            theta[i] = muN[i] + normal01(g) / std::sqrt(kN[i] * lambda);
        }
        return argmaxRandomTie(theta.data(), K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) {
        const std::size_t i = std::size_t(a);
        n[i] += 1.0;
        const double delta = x - xbar[i]; // Welford: M2 += (x - old mean)(x - new mean)
        xbar[i] += delta / n[i];
        m2[i] += delta * (x - xbar[i]);
        kN[i] = k0 + n[i];
        muN[i] = (k0 * mu0 + n[i] * xbar[i]) / kN[i];
        rateN[i] = b0 + 0.5 * m2[i] + k0 * n[i] * (xbar[i] - mu0) * (xbar[i] - mu0) / (2.0 * kN[i]);
        shapeN[i].setShape(a0 + 0.5 * n[i]);
    }
};

struct Exp3Policy {
    static constexpr const char* kType = "exp3";
    static VariantSpec spec() {
        return {
            kType,
            TB_TR("engine", "EXP3"),
            TB_TR("engine",
                  "p_k = (1 - γ) w_k / Σw + γ/K, w_k *= exp(γ x / (p_k K)); default γ = min(1, sqrt(K ln K / "
                  "((e-1) "
                  "T)))"),
            {Param::make(ParamType::Real, "gamma", TB_TR("engine", "γ"),
                         TB_TR("engine", "exploration rate (default from the horizon)"))
                 .above(0)
                 .atMost(1)}};
    }
    static std::string label(const Json& p) {
        return p.contains("gamma") && !p.at("gamma").is_null()
                   ? fill(label_patterns::kExp3, {labelNumber(p.at("gamma"))})
                   : TB_TR("engine", "EXP3");
    }
    static constexpr double kNsPerPull10 = 133, kNsPerPullPerArm = 6.8;
    int K;
    double gamma;
    std::vector<double> logw, p;
    Exp3Policy(const PolicyContext& c, const Json& j)
        : K(c.K), logw(std::size_t(c.K), 0.0), p(std::size_t(c.K), 0.0) {
        if (j.contains("gamma") && !j.at("gamma").is_null())
            gamma = j.at("gamma").get<double>();
        else
            gamma = std::min(
                1.0, std::sqrt(c.K * std::log(double(c.K)) / ((std::exp(1.0) - 1.0) * double(c.horizon))));
    }
    [[gnu::always_inline]] int select(std::int64_t, Rng& g) {
        double mx = logw[0];
        for (int k = 1; k < K; ++k) mx = std::max(mx, logw[std::size_t(k)]);
        double total = 0.0;
        for (int k = 0; k < K; ++k) total += (p[std::size_t(k)] = std::exp(logw[std::size_t(k)] - mx));
        const double mix = (1.0 - gamma) / total, floor = gamma / K;
        for (int k = 0; k < K; ++k) p[std::size_t(k)] = p[std::size_t(k)] * mix + floor;
        double u = uniform01(g);
        for (int k = 0; k < K - 1; ++k) {
            u -= p[std::size_t(k)];
            if (u < 0.0) return k;
        }
        return K - 1;
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) {
        const double r = std::clamp(x, 0.0, 1.0);
        logw[std::size_t(a)] += gamma * (r / p[std::size_t(a)]) / K;
    }
};

struct SwUcbPolicy {
    static constexpr const char* kType = "sw-ucb";
    static VariantSpec spec() {
        return {kType,
                TB_TR("engine", "Sliding-window UCB"),
                TB_TR("engine", "window mean_k + sqrt(alpha ln min(t, τ) / N_k) over the last τ rounds"),
                {Param::make(ParamType::Int, "tau", TB_TR("engine", "τ"), TB_TR("engine", "window length"))
                     .range(1, 1e7)
                     .def(1000),
                 Param::make(ParamType::Real, "alpha", TB_TR("engine", "α"),
                             TB_TR("engine", "exploration factor"))
                     .above(0)
                     .def(1.0)}};
    }
    static std::string label(const Json& p) {
        return fill(label_patterns::kSwUcb, {labelNumber(p.at("tau"))});
    }
    static constexpr double kNsPerPull10 = 86, kNsPerPullPerArm = 6.3;
    /// The sliding window: min(τ, horizon) rounds of (arm, reward), 12 bytes each, per replicate.
    static double windowBytes(const Json& p, double horizon) {
        return std::min(horizon, double(p.at("tau").get<std::int64_t>())) * 12;
    }
    const PolicyContext* ctx;
    int K;
    std::int64_t tau;
    double alpha;
    std::vector<int> ringArm;
    std::vector<double> ringX;
    std::int64_t pushed = 0;
    std::vector<double> n, s, idx;
    SwUcbPolicy(const PolicyContext& c, const Json& p)
        : ctx(&c), K(c.K), tau(p.at("tau").get<std::int64_t>()), alpha(p.at("alpha").get<double>()),
          ringArm(std::size_t(std::min(tau, std::max<std::int64_t>(c.horizon, 1)))), ringX(ringArm.size()),
          n(std::size_t(c.K), 0.0), s(std::size_t(c.K), 0.0), idx(std::size_t(c.K), 0.0) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        const double lt = alpha * ctx->ln(std::min(t, tau));
        for (int k = 0; k < K; ++k) {
            const std::size_t i = std::size_t(k);
            idx[i] =
                n[i] > 0.0 ? s[i] / n[i] + std::sqrt(lt / n[i]) : std::numeric_limits<double>::infinity();
        }
        return argmaxRandomTie(idx.data(), K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) {
        const std::size_t slot = std::size_t(pushed % std::int64_t(ringArm.size()));
        if (pushed >= tau) { // evict the round that leaves the window of the last tau rounds
            const std::size_t o = std::size_t(ringArm[slot]);
            n[o] -= 1.0;
            s[o] -= ringX[slot];
            if (n[o] == 0.0) s[o] = 0.0; // no drift survives an empty window
        }
        ringArm[slot] = a;
        ringX[slot] = x;
        n[std::size_t(a)] += 1.0;
        s[std::size_t(a)] += x;
        ++pushed;
    }
};

struct DUcbPolicy {
    static constexpr const char* kType = "d-ucb";
    static VariantSpec spec() {
        return {kType,
                TB_TR("engine", "Discounted UCB"),
                TB_TR("engine",
                      "X_k / N_k + sqrt(alpha ln n / (2 N_k)), counts and sums discounted by γ each round"),
                {Param::make(ParamType::Real, "gamma", TB_TR("engine", "γ"), TB_TR("engine", "discount"))
                     .above(0)
                     .below(1)
                     .def(0.99),
                 Param::make(ParamType::Real, "alpha", TB_TR("engine", "α"),
                             TB_TR("engine", "exploration factor"))
                     .above(0)
                     .def(1.0)}};
    }
    static std::string label(const Json& p) {
        return fill(label_patterns::kDUcb, {labelNumber(p.at("gamma"))});
    }
    static constexpr double kNsPerPull10 = 135, kNsPerPullPerArm = 7.2;
    int K;
    double gamma, alpha;
    std::vector<double> n, s, idx;
    DUcbPolicy(const PolicyContext& c, const Json& p)
        : K(c.K), gamma(p.at("gamma").get<double>()), alpha(p.at("alpha").get<double>()),
          n(std::size_t(c.K), 0.0), s(std::size_t(c.K), 0.0), idx(std::size_t(c.K), 0.0) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        double ng = 0.0;
        for (int k = 0; k < K; ++k) ng += n[std::size_t(k)];
        const double b = 0.5 * alpha * std::log(std::max(ng, 1.0));
        for (int k = 0; k < K; ++k) {
            const std::size_t i = std::size_t(k);
            idx[i] =
                n[i] > 1e-300 ? s[i] / n[i] + std::sqrt(b / n[i]) : std::numeric_limits<double>::infinity();
        }
        return argmaxRandomTie(idx.data(), K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng&) {
        for (int k = 0; k < K; ++k) {
            n[std::size_t(k)] *= gamma;
            s[std::size_t(k)] *= gamma;
        }
        n[std::size_t(a)] += 1.0;
        s[std::size_t(a)] += x;
    }
};

struct DTsPolicy {
    static constexpr const char* kType = "d-ts";
    static VariantSpec spec() {
        return {kType,
                TB_TR("engine", "Discounted Thompson"),
                TB_TR("engine", "Beta(1 + S_k, 1 + F_k) with S, F discounted by γ each round"),
                {Param::make(ParamType::Real, "gamma", TB_TR("engine", "γ"), TB_TR("engine", "discount"))
                     .above(0)
                     .atMost(1)
                     .def(0.95)}};
    }
    static std::string label(const Json& p) {
        return fill(label_patterns::kDTs, {labelNumber(p.at("gamma"))});
    }
    static constexpr double kNsPerPull10 = 422, kNsPerPullPerArm = 31;
    int K;
    double gamma;
    std::vector<double> s, f, theta;
    DTsPolicy(const PolicyContext& c, const Json& p)
        : K(c.K), gamma(p.at("gamma").get<double>()), s(std::size_t(c.K), 0.0), f(std::size_t(c.K), 0.0),
          theta(std::size_t(c.K), 0.0) {}
    [[gnu::always_inline]] int select(std::int64_t t, Rng& g) {
        if (t < K) return int(t);
        for (int k = 0; k < K; ++k) {
            const double x = GammaSampler(1.0 + s[std::size_t(k)]).draw(g);
            const double y = GammaSampler(1.0 + f[std::size_t(k)]).draw(g);
            theta[std::size_t(k)] = x / (x + y);
        }
        return argmaxRandomTie(theta.data(), K, g);
    }
    [[gnu::always_inline]] void update(int a, double x, Rng& g) {
        const double r = binarize(x, g);
        for (int k = 0; k < K; ++k) {
            s[std::size_t(k)] *= gamma;
            f[std::size_t(k)] *= gamma;
        }
        s[std::size_t(a)] += r;
        f[std::size_t(a)] += 1.0 - r;
    }
};

/// P(Bin(n, q) <= S) = P(X > q) for X ~ Beta(S + 1, n - S) (integer S < n), as PMF(S) times the sum of
/// PMF(i) / PMF(S) over i <= S. Summed downwards from i = S, the terms' ratios i (1-q) / ((n-i+1) q)
/// decrease, so a partial sum is a lower bound and partial sum + last term * r / (1 - r) (r the next ratio)
/// an upper bound. Needs q > S / (n + 1), where every ratio is below 1.
struct TailSum {
    double lo = 1, hi = 1; ///< bounds on the sum, relative to PMF(S); lo is the partial sum
    bool ok = false;       ///< false when q <= S / (n + 1) or q >= 1: no bounds
};
/// Adds the terms four at a time (one division per four) until hi - lo <= tol * lo, or lo >= stopAbove, or
/// hi < stopBelow (a caller that only needs to compare the sum with a threshold stops as soon as it can).
TailSum binomialTailSum(double S, double n, double q, double tol, double stopBelow = 0.0,
                        double stopAbove = std::numeric_limits<double>::infinity());

/// ln P(Bin(n, q) <= S) within [lnLo, lnHi] (relative width about 1e-12), from lnC = ln C(n, S) and the logs
/// of q and 1 - q; ok is false when q <= S / (n + 1).
struct BinomialTail {
    double lnLo = 0, lnHi = 0, sum = 1; ///< ln bounds of the tail; sum = tail / PMF(S) (lower)
    bool ok = false;
};
BinomialTail binomialLowerTail(double lnC, double S, double n, double q, double lq, double l1q);

/// Bayes-UCB (Kaufmann, Cappé & Garivier 2012): the quantile 1 - delta, delta = 1/(t (ln T)^c), of the
/// posterior Beta(1 + S_k, 1 + F_k); rewards outside {0, 1} are binarised. The index is Boost.Math's
/// ibetac_inv (5-7 µs a call), and `lazy = false` calls it for every arm every round (the reference).
/// The lazy argmax is exact but rarely calls it: with X ~ Beta(S + 1, F + 1) and n = N + 1, P(X > q) =
/// P(Bin(n, q) <= S), whose series (binomialTailSum) bounds it from both sides, so "arm k's quantile is below
/// q" and "above q" can be certified without the quantile. Each round a pivot x is set midway between the two
/// highest approximate quantiles (a normal-style extrapolation, refreshed whenever a quantile is solved); the
/// leader is certified above x and every other arm below x - 4e-9, most of them by the series' first term and
/// ratio alone (O(1)), the others by as many terms as the decision needs. Only when that fails are the
/// contenders' quantiles bracketed to 2e-9 (Newton on the series), and ibetac_inv is called only for arms
/// whose brackets come within 4e-9 of the best one (near-ties; arms with identical counts tie exactly
/// without it). The random tie-break then runs over exactly the arms full recomputation would find tied.
struct BayesUcbPolicy {
    static constexpr const char* kType = "bayes-ucb";
    static VariantSpec spec() {
        return {kType,
                TB_TR("engine", "Bayes-UCB"),
                TB_TR("engine", "quantile 1 - 1/(t (ln T)^c) of Beta(1 + S_k, 1 + F_k); rewards outside {0, "
                                "1} are binarised"),
                {Param::make(ParamType::Real, "c", TB_TR("engine", "c"), TB_TR("engine", "exponent of ln T"))
                     .atLeast(0)
                     .def(0.0),
                 Param::make(ParamType::Bool, "lazy", TB_TR("engine", "Lazy bounds"),
                             TB_TR("engine", "skip exact quantiles when binomial tail bounds already decide "
                                             "the argmax (same result)"))
                     .def(true)
                     .adv()}};
    }
    static std::string label(const Json& p) {
        return p.at("c").get<double>() == 0 ? TB_TR("engine", "Bayes-UCB")
                                            : fill(label_patterns::kBayesUcb, {labelNumber(p.at("c"))});
    }
    static constexpr double kNsPerPull10 = 1490, kNsPerPullPerArm = 626;
    const PolicyContext* ctx;
    int K;
    double c, logLogPow;
    bool lazy;
    std::vector<double> s, f;
    /// ln C(n, S) by Neumaier summation (sum, compensation, their total) and a bound of its rounding error.
    std::vector<double> lnC, lnCComp, lnCTotal, lnCErr;
    /// Posterior mean and sd, and the approximate quantile mean + sd (z0 + zSlope (ld - ld0)): the quantile
    /// in posterior sds, linear in ld = ln(1/delta), refreshed whenever the quantile is bracketed.
    std::vector<double> mean, sd, z0, zSlope, ld0;
    std::vector<double> idx, lo, hi; ///< per round: ibetac_inv values, certified quantile brackets
    std::vector<char> cand;
    BayesUcbPolicy(const PolicyContext& cx, const Json& j);
    double quantile(std::size_t k, double tailProb) const;
    int select(std::int64_t t, Rng& g);
    [[gnu::always_inline]] void update(int a, double x, Rng& g) {
        const std::size_t i = std::size_t(a);
        const double r = binarize(x, g);
        const double n = s[i] + f[i] + 1.0; // binomial size before the pull
        // ln C(n, S) -> ln C(n + 1, S + r): C(n+1, S+1) = C(n, S) (n+1)/(S+1), C(n+1, S) = C(n, S)
        // (n+1)/(n+1-S). Neumaier summation keeps the accumulated rounding to the logs' own (bounded in
        // lnCErr), which the certification margins include.
        const double step =
            r == 1.0 ? std::log((n + 1.0) / (s[i] + 1.0)) : std::log((n + 1.0) / (n + 1.0 - s[i]));
        const double sum = lnC[i] + step;
        lnCComp[i] += std::abs(lnC[i]) >= std::abs(step) ? (lnC[i] - sum) + step : (step - sum) + lnC[i];
        lnC[i] = sum;
        lnCTotal[i] = sum + lnCComp[i];
        lnCErr[i] += 2.3e-16 * (step + 1.0);
        s[i] += r;
        f[i] += 1.0 - r;
        const double a1 = s[i] + 1.0, ab = s[i] + f[i] + 2.0; // Beta(a1, ab - a1)
        mean[i] = a1 / ab;
        sd[i] = std::sqrt(mean[i] * (1.0 - mean[i]) / (ab + 1.0));
    }

private:
    /// ln PMF(S) of Bin(n, q) for arm k from the logs of q and 1 - q, and the margin that covers its rounding
    /// (of lnC and of the products; each product and log is good to a few ulps, which 4e-15 relative covers
    /// with room) and the series' (~1e-13), in ln-probability.
    [[gnu::always_inline]] double lnPmfS(std::size_t k, double lq, double l1q, double ld, double& e) const {
        const double c = lnCTotal[k], prod = s[k] * lq + (f[k] + 1.0) * l1q; // prod <= 0 <= c
        e = 1e-9 + lnCErr[k] + 4e-15 * (c - prod + ld);
        return c + prod;
    }
    /// True when P(X_k > x) > delta is certified (the quantile is above x).
    bool above(std::size_t k, double x, double lq, double l1q, double ld) const;
    /// True when arm k's quantile is certified below x - kGap.
    bool belowWithGap(std::size_t k, double x, double lq, double l1q, double ld) const;
    double approx(std::size_t k, double ld) const {
        return mean[k] + sd[k] * (z0[k] + zSlope[k] * (ld - ld0[k]));
    }
    /// Certified bracket lo[k] < Q_k < hi[k] about kWidth wide; refreshes the approximation. False when the
    /// quantile is not in the series' range (q <= S / (n + 1)).
    bool bracket(std::size_t k, double ld);
    int exactArgmax(double tail, Rng& g);
};

} // namespace tb::bandit

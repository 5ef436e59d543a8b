// Step mode's explanation hooks (PolicyExplain.h): what decided a round, from the policy's state after
// select().
#include "bandit/PolicyExplain.h"

#include <algorithm>
#include <cmath>

#include <boost/math/special_functions/beta.hpp>

namespace tb::bandit {

void Explanation::reset(int K, Decision d, int chosenArm) {
    const std::size_t n = std::size_t(K);
    decision = d;
    chosen = chosenArm;
    ties = 1;
    value.assign(n, kNaN);
    exact.assign(n, 1);
    bound.assign(n, kNaN);
    mean.assign(n, kNaN);
    lo.assign(n, kNaN);
    hi.assign(n, kNaN);
    law = PosteriorLaw::None;
    p1.clear();
    p2.clear();
    p3.clear();
    epsilon = temperature = gamma = kNaN;
    explore = 0;
}

namespace {

/// Arms whose value equals the chosen arm's (the random tie-break drew among them).
int tiesOf(const Explanation& e) {
    const double v = e.value[std::size_t(e.chosen)];
    return int(std::count(e.value.begin(), e.value.end(), v));
}

/// Empirical means of the arms pulled so far (NaN for the others).
void meansOf(const std::vector<double>& n, const std::vector<double>& mean, Explanation& out) {
    for (std::size_t k = 0; k < n.size(); ++k) out.mean[k] = n[k] > 0.0 ? mean[k] : kNaN;
}

/// Index policies: value = hi = the index, lo = mean − bonus.
void symmetricIndex(const std::vector<double>& idx, Explanation& out) {
    for (std::size_t k = 0; k < idx.size(); ++k) {
        out.value[k] = out.hi[k] = idx[k];
        out.lo[k] = out.mean[k] - (idx[k] - out.mean[k]);
    }
    out.ties = tiesOf(out);
}

/// Sample policies: the values select() drew and left in `theta`.
void samples(const std::vector<double>& theta, Explanation& out) {
    out.value = theta;
    out.ties = tiesOf(out);
}

} // namespace

void explainPolicy(const UniformPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, Decision::Uniform, in.chosen);
}

void explainPolicy(const EpsilonGreedyPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Exploit, in.chosen);
    meansOf(p.e.n, p.e.mean, out);
    if (in.t < p.K) return;
    // select() drew one uniform first and explored when it fell below ε_t: replay that draw.
    const double et = p.decaying ? std::min(1.0, p.cKd2 / double(in.t)) : p.eps;
    Rng g = in.before;
    out.epsilon = et;
    out.value = p.e.mean;
    if (uniform01(g) < et)
        out.decision = Decision::Explore;
    else
        out.ties = tiesOf(out);
}

void explainPolicy(const SoftmaxPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Draw, in.chosen);
    meansOf(p.e.n, p.e.mean, out);
    out.temperature = 1.0 / p.invTemp;
    if (in.t < p.K) return;
    double total = 0.0; // select() left the unnormalised weights exp((mean − max) / τ) in w
    for (double w : p.w) total += w;
    for (std::size_t k = 0; k < p.w.size(); ++k) out.value[k] = p.w[k] / total;
}

void explainPolicy(const EtcPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.explore ? Decision::Initial : Decision::Commit, in.chosen);
    meansOf(p.e.n, p.e.mean, out);
    out.explore = p.explore;
    if (out.decision == Decision::Commit) out.value = p.e.mean;
}

void explainPolicy(const Ucb1Policy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Index, in.chosen);
    meansOf(p.e.n, p.e.mean, out);
    if (in.t >= p.K) symmetricIndex(p.idx, out); // select() filled idx with mean + sqrt(2 ln t / N)
}

void explainPolicy(const UcbVPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Index, in.chosen);
    meansOf(p.n, p.mean, out);
    if (in.t >= p.K) symmetricIndex(p.idx, out);
}

void explainPolicy(const MossPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Index, in.chosen);
    meansOf(p.e.n, p.e.mean, out);
    if (in.t >= p.K) symmetricIndex(p.idx, out); // cached per arm, recomputed at each pull of the arm
}

void explainPolicy(const KlUcbPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Index, in.chosen);
    meansOf(p.n, p.p, out);
    if (in.t < p.K) return;
    // The lazy argmax solves only the arms that may win; every index is what `lazy: false` computes, and the
    // lower KL bound is the same solve mirrored (kl(p, q) = kl(1 − p, 1 − q)).
    const double lt = p.threshold(in.t);
    for (std::size_t k = 0; k < std::size_t(p.K); ++k) {
        const double d = lt / p.n[k];
        out.value[k] = out.hi[k] = klUcbIndex(p.p[k], d);
        out.lo[k] = 1.0 - klUcbIndex(1.0 - p.p[k], d);
    }
    out.ties = tiesOf(out);
}

void explainPolicy(const BayesUcbPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Index, in.chosen);
    out.law = PosteriorLaw::Beta;
    for (std::size_t k = 0; k < std::size_t(p.K); ++k) {
        // The posterior mean (1 + S) / (2 + N) of the binarised rewards: the quantile is its upper bound.
        out.mean[k] = p.mean[k];
        out.p1.push_back(1.0 + p.s[k]);
        out.p2.push_back(1.0 + p.f[k]);
    }
    if (in.t < p.K) return;
    const double tail = std::exp(-(p.ctx->ln(in.t) + p.logLogPow)); // delta = 1 / (t (ln T)^c)
    for (std::size_t k = 0; k < std::size_t(p.K); ++k) {
        out.value[k] = out.hi[k] = p.quantile(k, tail);
        out.lo[k] = boost::math::ibeta_inv(1.0 + p.s[k], 1.0 + p.f[k], tail);
    }
    out.ties = tiesOf(out);
}

void explainPolicy(const ThompsonBetaPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Sample, in.chosen);
    out.law = PosteriorLaw::Beta;
    for (std::size_t k = 0; k < std::size_t(p.K); ++k) {
        const double n = p.s[k] + p.f[k];
        out.mean[k] = n > 0.0 ? p.s[k] / n : kNaN;
        out.p1.push_back(1.0 + p.s[k]);
        out.p2.push_back(1.0 + p.f[k]);
    }
    if (in.t < p.K) return;
    // Replays select() on a copy of its stream: the same draws in the same order, so the same values and the
    // same argmax. An arm the tail test placed below the threshold was never drawn in full; its value is
    // completed for display from the posterior truncated to [0, threshold].
    Rng g = in.before;
    double best = p.drawFull(p.lead, g);
    out.value[std::size_t(p.lead)] = best;
    int arg = p.lead, ties = 1;
    BetaThreshold th;
    ThompsonBetaPolicy::setThreshold(th, best);
    for (int k = 0; k < p.K; ++k) {
        if (k == p.lead) continue;
        const std::size_t i = std::size_t(k);
        double x = betaTail(g, p.s[i], p.f[i], p.lnB[i], th, ThompsonBetaPolicy::kLnTailMass);
        if (x == kBetaUndecided) {
            x = p.drawFull(k, g);
            out.value[i] = x;
        } else if (x == 0.0) { // below th.m, not drawn
            const double a = 1.0 + p.s[i], b = 1.0 + p.f[i];
            const double mass = boost::math::ibeta(a, b, th.m);
            const double u = in.display ? uniformOpen01(*in.display) : 0.5;
            out.value[i] = mass > 0.0 ? std::min(th.m, boost::math::ibeta_inv(a, b, u * mass)) : th.m;
            out.exact[i] = 0;
            out.bound[i] = th.m;
        } else {
            out.value[i] = x;
        }
        if (x > best) {
            best = x;
            arg = k;
            ties = 1;
            ThompsonBetaPolicy::setThreshold(th, best);
        } else if (x == best) {
            if (uniformBelow(g, std::uint64_t(++ties)) == 0) arg = k;
        }
    }
    out.ties = ties;
    if (arg != in.chosen) out.decision = Decision::Generic; // cannot happen: the replay is select() itself
}

void explainPolicy(const ThompsonGaussianPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Sample, in.chosen);
    meansOf(p.e.n, p.e.mean, out);
    out.law = PosteriorLaw::Normal;
    for (std::size_t k = 0; k < std::size_t(p.K); ++k) {
        out.p1.push_back(p.e.mean[k]);
        out.p2.push_back(p.e.n[k] > 0.0 ? p.sd[k] : kNaN); // no posterior before the first pull (flat prior)
    }
    if (in.t >= p.K) samples(p.theta, out);
}

void explainPolicy(const VarTsPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Sample, in.chosen);
    meansOf(p.n, p.xbar, out);
    out.law = PosteriorLaw::StudentT;
    for (std::size_t k = 0; k < std::size_t(p.K); ++k) {
        // The marginal of theta under the normal–gamma posterior: Student t with 2 a_n degrees of freedom,
        // location mu_n and scale sqrt(b_n / (a_n k_n)) (the sampler's floor of lambda at 1e-4 aside).
        const double a = p.a0 + 0.5 * p.n[k];
        out.p1.push_back(p.muN[k]);
        out.p2.push_back(std::sqrt(p.rateN[k] / (a * p.kN[k])));
        out.p3.push_back(2.0 * a);
    }
    if (in.t >= p.K) samples(p.theta, out);
}

void explainPolicy(const DTsPolicy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, in.t < p.K ? Decision::Initial : Decision::Sample, in.chosen);
    out.law = PosteriorLaw::Beta;
    for (std::size_t k = 0; k < std::size_t(p.K); ++k) {
        const double n = p.s[k] + p.f[k];
        out.mean[k] = n > 0.0 ? p.s[k] / n : kNaN; // discounted
        out.p1.push_back(1.0 + p.s[k]);
        out.p2.push_back(1.0 + p.f[k]);
    }
    if (in.t >= p.K) samples(p.theta, out);
}

void explainPolicy(const Exp3Policy& p, const ExplainInput& in, Explanation& out) {
    out.reset(p.K, Decision::Draw, in.chosen);
    out.gamma = p.gamma;
    out.value = p.p; // select() left the mixed probabilities (1 − γ) w / Σw + γ / K in p
}

} // namespace tb::bandit

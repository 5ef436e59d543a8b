#include "rlhf/RewardModel.h"
#include "rlhf/Logistic.h"

#include "core/Sampling.h"

#include <algorithm>
#include <cmath>

namespace tb::rlhf {

namespace {

constexpr std::uint64_t kBootstrap = 0xB007, kPrior = 0xB008;

double loss(const Eigen::MatrixXd& dx, const Eigen::ArrayXd& y, const Eigen::ArrayXd& c, double l2,
            const Eigen::VectorXd& w, const Eigen::VectorXd& prior) {
    const Eigen::ArrayXd z = (dx * w).array();
    double s = 0;
    for (Eigen::Index j = 0; j < z.size(); ++j) s += c[j] * (softplus(z[j]) - y[j] * z[j]);
    return s + 0.5 * l2 * (w - prior).squaredNorm();
}

} // namespace

Aggregator aggregatorFromString(const std::string& s) {
    if (s == "worst-case") return Aggregator::WorstCase;
    if (s == "uncertainty-weighted") return Aggregator::UncertaintyWeighted;
    if (s == "soft-min") return Aggregator::SoftMin;
    return Aggregator::Mean;
}

std::vector<double> cumulative(const Eigen::ArrayXd& p) {
    std::vector<double> c(std::size_t(p.size()));
    double s = 0;
    for (Eigen::Index i = 0; i < p.size(); ++i) c[std::size_t(i)] = (s += p[i]);
    return c;
}

std::vector<std::vector<double>> referenceCdf(const World& world) {
    std::vector<std::vector<double>> out;
    for (const Prompt& pr : world.prompts()) out.push_back(cumulative(pr.p));
    return out;
}

std::vector<Pair> drawPairs(const World& world, const std::vector<std::vector<double>>& cdf,
                            std::int64_t count, const LabelSpec& labels, Rng& pick, Rng& coins,
                            int firstPrompt) {
    std::vector<Pair> out;
    out.reserve(std::size_t(count));
    const int P = int(world.prompts().size());
    for (std::int64_t j = 0; j < count; ++j) {
        Pair q;
        q.prompt = int((firstPrompt + j) % P);
        const auto& c = cdf[std::size_t(q.prompt)];
        q.a = sampleIndex(c, uniform01(pick));
        q.b = q.a;
        for (int tries = 0; q.b == q.a && tries < 64; ++tries) q.b = sampleIndex(c, uniform01(pick));
        const Prompt& pr = world.prompts()[std::size_t(q.prompt)];
        const double d = pr.gold[q.a] - pr.gold[q.b];
        const double u1 = uniform01(coins), u2 = uniform01(coins);
        q.goldY = d > 0 ? 1.0 : (d < 0 ? 0.0 : 0.5);
        bool aWins;
        if (labels.temperature > 0)
            aWins = u1 < sigmoid(d / labels.temperature);
        else
            aWins = d > 0 || (d == 0 && u1 < 0.5);
        if (u2 < labels.flipRate) aWins = !aWins;
        q.y = aWins ? 1.0 : 0.0;
        out.push_back(q);
    }
    return out;
}

Eigen::VectorXd fitBradleyTerry(const Eigen::MatrixXd& dx, const Eigen::ArrayXd& y, const Eigen::ArrayXd& c,
                                double l2, const Eigen::VectorXd& w0, const Eigen::VectorXd& priorIn) {
    const Eigen::Index d = dx.cols();
    const Eigen::VectorXd prior = priorIn.size() == d ? priorIn : Eigen::VectorXd::Zero(d);
    Eigen::VectorXd w = w0.size() == d ? w0 : Eigen::VectorXd::Zero(d);
    double f = loss(dx, y, c, l2, w, prior);
    const double scale = std::max(1.0, c.sum());
    for (int it = 0; it < 100; ++it) {
        const Eigen::ArrayXd z = (dx * w).array();
        Eigen::ArrayXd s(z.size()), h(z.size());
        for (Eigen::Index j = 0; j < z.size(); ++j) {
            s[j] = sigmoid(z[j]);
            h[j] = c[j] * s[j] * (1 - s[j]);
        }
        const Eigen::VectorXd grad = dx.transpose() * (c * (s - y)).matrix() + l2 * (w - prior);
        if (grad.lpNorm<Eigen::Infinity>() < 1e-10 * scale) break;
        Eigen::MatrixXd H = dx.transpose() * h.matrix().asDiagonal() * dx;
        H.diagonal().array() += l2 + 1e-12 * scale;
        const Eigen::VectorXd step = H.ldlt().solve(grad);
        double t = 1;
        Eigen::VectorXd next = w - step;
        double fn = loss(dx, y, c, l2, next, prior);
        while (fn > f && t > 1e-10) { // backtracking: Newton steps overshoot on nearly separable data
            t *= 0.5;
            next = w - t * step;
            fn = loss(dx, y, c, l2, next, prior);
        }
        if (!(fn <= f)) break;
        const bool small = (next - w).lpNorm<Eigen::Infinity>() < 1e-12 * (1 + w.lpNorm<Eigen::Infinity>());
        w = next;
        f = fn;
        if (small) break;
    }
    return w;
}

Eigen::MatrixXd RewardModel::basis(const Eigen::MatrixXd& x) const {
    std::vector<int> cols = m_spec.columns;
    if (cols.empty())
        for (int j = 0; j < m_columns; ++j) cols.push_back(j);
    const auto c = Eigen::Index(cols.size());
    const Eigen::Index dim = m_spec.quadratic ? c + c * (c + 1) / 2 : c;
    Eigen::MatrixXd b(x.rows(), dim);
    for (Eigen::Index k = 0; k < c; ++k) b.col(k) = x.col(cols[std::size_t(k)]);
    if (m_spec.quadratic) {
        Eigen::Index at = c;
        for (Eigen::Index i = 0; i < c; ++i)
            for (Eigen::Index j = i; j < c; ++j) b.col(at++) = (b.col(i).array() * b.col(j).array()).matrix();
    }
    return b;
}

void RewardModel::fit(const World& world, std::vector<Pair> pairs, std::uint64_t seed, int replicate,
                      int round) {
    // Pair differences in the proxy's basis: phi(x_a) - phi(x_b).
    Eigen::MatrixXd xa(Eigen::Index(pairs.size()), m_columns), xb(Eigen::Index(pairs.size()), m_columns);
    for (std::size_t j = 0; j < pairs.size(); ++j) {
        const Prompt& pr = world.prompts()[std::size_t(pairs[j].prompt)];
        xa.row(Eigen::Index(j)) = pr.x.row(pairs[j].a);
        xb.row(Eigen::Index(j)) = pr.x.row(pairs[j].b);
    }
    const Eigen::MatrixXd dx = basis(xa) - basis(xb);
    const Eigen::Index dim = dx.cols();
    const auto N = Eigen::Index(pairs.size());
    const int M = std::max(1, m_spec.members);
    std::vector<Eigen::VectorXd> previous = std::move(m_w);
    m_w.assign(std::size_t(M), Eigen::VectorXd::Zero(dim));
    for (int m = 0; m < M; ++m) {
        Eigen::ArrayXd counts = Eigen::ArrayXd::Ones(N);
        // Seed variability of a convex model: a random prior mean per member (Osband et al.'s randomised
        // prior functions), from its own stream; the same for every refit of the member.
        Eigen::VectorXd prior;
        if (m_spec.priorScale > 0) {
            Rng g = makeRng(seed, std::uint64_t(replicate), kPrior, std::uint64_t(m));
            prior.resize(dim);
            for (Eigen::Index k = 0; k < dim; ++k) prior[k] = m_spec.priorScale * normal01(g);
        }
        if (M > 1 && m_spec.bootstrap) {
            counts.setZero();
            Rng g = makeRng(seed, std::uint64_t(replicate), kBootstrap,
                            std::uint64_t(m) << 32 | std::uint64_t(round));
            for (Eigen::Index k = 0; k < N; ++k) counts[Eigen::Index(uniformBelow(g, std::uint64_t(N)))] += 1;
        }
        const Eigen::VectorXd w0 =
            std::size_t(m) < previous.size() ? previous[std::size_t(m)] : Eigen::VectorXd::Zero(dim);
        Eigen::ArrayXd y(N);
        for (Eigen::Index j = 0; j < N; ++j) y[j] = pairs[std::size_t(j)].y;
        Eigen::VectorXd w = fitBradleyTerry(dx, y, counts, m_spec.l2, w0, prior);
        // Iterative data smoothing (Zhu, Jordan & Jiao 2024): soft labels move towards the model's own
        // predictions, y <- (1 - b) y + b sigma(r_a - r_b), and the model is refitted on them.
        for (int s = 0; m_spec.smoothing > 0 && s < m_spec.smoothingRounds; ++s) {
            const Eigen::ArrayXd z = (dx * w).array();
            for (Eigen::Index j = 0; j < N; ++j)
                y[j] = (1 - m_spec.smoothing) * y[j] + m_spec.smoothing * sigmoid(z[j]);
            w = fitBradleyTerry(dx, y, counts, m_spec.l2, w, prior);
        }
        m_w[std::size_t(m)] = w;
    }
}

Eigen::ArrayXd aggregateMembers(const Eigen::MatrixXd& s, const RewardModelSpec& spec) {
    const Eigen::Index M = s.cols();
    if (M == 1) return s.col(0).array();
    const Eigen::ArrayXd mean = s.rowwise().mean().array();
    switch (spec.aggregator) {
    case Aggregator::WorstCase:
        return s.rowwise().minCoeff().array();
    case Aggregator::UncertaintyWeighted: {
        // Population variance, not the standard deviation (Coste et al. and their code).
        const Eigen::ArrayXd var = (s.array().colwise() - mean).square().rowwise().sum() / double(M);
        return mean - spec.lambda * var;
    }
    case Aggregator::SoftMin: {
        // -b ln (1/k) sum exp(-R_i / b), by log-sum-exp around the minimum.
        const double b = spec.softMinB;
        const Eigen::ArrayXd lo = s.rowwise().minCoeff().array();
        Eigen::ArrayXd acc = Eigen::ArrayXd::Zero(s.rows());
        for (Eigen::Index m = 0; m < M; ++m) acc += (-(s.col(m).array() - lo) / b).exp();
        return lo - b * (acc / double(M)).log();
    }
    case Aggregator::Mean:
        break;
    }
    return mean;
}

void RewardModel::score(const World& world, std::vector<Eigen::ArrayXd>& proxy,
                        std::vector<Eigen::ArrayXd>& spread) const {
    proxy.clear();
    spread.clear();
    for (const Prompt& pr : world.prompts()) {
        const Eigen::MatrixXd b = basis(pr.x);
        Eigen::MatrixXd s(pr.x.rows(), Eigen::Index(m_w.size()));
        for (std::size_t m = 0; m < m_w.size(); ++m) s.col(Eigen::Index(m)) = b * m_w[m];
        Eigen::ArrayXd agg = aggregateMembers(s, m_spec);
        const double mean = (pr.p * agg).sum();
        const double var = (pr.p * (agg - mean).square()).sum();
        const double sd = var > 0 ? std::sqrt(var) : 1.0;
        proxy.push_back((agg - mean) / sd);
        const Eigen::ArrayXd mm = s.rowwise().mean().array();
        const double M = double(m_w.size());
        spread.push_back((s.array().colwise() - mm).square().rowwise().sum() / M / (sd * sd));
    }
}

std::pair<double, double> pairAccuracy(const std::vector<Eigen::ArrayXd>& scores,
                                       const std::vector<Pair>& pairs) {
    if (pairs.empty()) return {NAN, NAN};
    double label = 0, gold = 0;
    for (const Pair& q : pairs) {
        const Eigen::ArrayXd& r = scores[std::size_t(q.prompt)];
        const double pred = r[q.a] > r[q.b] ? 1.0 : (r[q.a] < r[q.b] ? 0.0 : 0.5);
        label += pred == 0.5 ? 0.5 : (pred == (q.y >= 0.5 ? 1.0 : 0.0) ? 1.0 : 0.0);
        gold += pred == 0.5 || q.goldY == 0.5 ? 0.5 : (pred == q.goldY ? 1.0 : 0.0);
    }
    return {label / double(pairs.size()), gold / double(pairs.size())};
}

} // namespace tb::rlhf

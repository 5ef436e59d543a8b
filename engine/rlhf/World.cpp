#include "rlhf/World.h"
#include "rlhf/Logistic.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/Rng.h"
#include "core/Sampling.h"

namespace tb::rlhf {

namespace {

// Stream coordinates of the world (the labels and reward models use others).
constexpr std::uint64_t kFeatures = 0x57A1, kLength = 0x57A2;

} // namespace

WorldSpec WorldSpec::fromConfig(const Json& c) {
    WorldSpec s;
    const Json& w = c.at("world");
    s.prompts = int(w.at("prompts").get<std::int64_t>());
    s.candidates = int(w.at("candidates").get<std::int64_t>());
    s.features = int(w.at("features").get<std::int64_t>());
    s.studentT = w.at("distribution").get<std::string>() == "student-t";
    s.dof = w.value("dof", 5.0); // only given with Student-t features
    const Json& len = w.at("length");
    s.length = len.at("enabled").get<bool>();
    s.lengthCorrelation = len.at("correlation").get<double>();
    s.lengthWeight = len.at("goldWeight").get<double>();
    s.referenceWeights = w.at("referenceWeights").get<std::vector<double>>();
    s.referenceTemperature = w.at("referenceTemperature").get<double>();
    const Json& g = c.at("gold");
    s.goldWeights = g.at("weights").get<std::vector<double>>();
    s.goldKappa = g.at("kappa").get<std::vector<double>>();
    s.goldThresholds = g.at("thresholds").get<std::vector<double>>();
    s.driftDegreesPer1000 = g.at("drift").get<double>();
    s.driftFeature = int(g.at("driftFeature").get<std::int64_t>());
    // Lists shorter than the features count as zeros beyond their end.
    s.goldWeights.resize(std::size_t(s.features), 0.0);
    s.goldKappa.resize(std::size_t(s.features), 0.0);
    s.goldThresholds.resize(std::size_t(s.features), 0.0);
    return s;
}

World::World(const WorldSpec& spec, std::uint64_t seed, int replicate, const std::stop_token& stop)
    : m_spec(spec) {
    const int K = spec.candidates, F = spec.features, C = spec.columns();
    const double tScale = spec.studentT ? std::sqrt((spec.dof - 2) / spec.dof) : 1.0;
    Eigen::VectorXd wg(F);
    for (int j = 0; j < F; ++j) wg[j] = spec.goldWeights[std::size_t(j)];
    const double wNorm = wg.norm();
    bool uniform = true;
    for (double b : spec.referenceWeights) uniform = uniform && b == 0;
    m_prompts.resize(std::size_t(spec.prompts));
    for (int c = 0; c < spec.prompts; ++c) {
        if (stop.stop_requested()) { // every prompt draws from its own streams: nothing later depends on this
            m_stopped = true;
            return;
        }
        Prompt& pr = m_prompts[std::size_t(c)];
        Rng g = makeRng(seed, std::uint64_t(replicate), kFeatures, std::uint64_t(c));
        pr.x.resize(K, C);
        for (int i = 0; i < K; ++i)
            for (int j = 0; j < F; ++j) {
                double z = normal01(g);
                if (spec.studentT) z *= tScale / std::sqrt(2 * gamma1(g, spec.dof / 2) / spec.dof);
                pr.x(i, j) = z;
            }
        if (spec.length) {
            // Correlated with the gold's linear part (standardised: unit-variance features) under pi0.
            Rng gl = makeRng(seed, std::uint64_t(replicate), kLength, std::uint64_t(c));
            const double rho = spec.lengthCorrelation, rest = std::sqrt(std::max(0.0, 1 - rho * rho));
            for (int i = 0; i < K; ++i) {
                const double q = wNorm > 0 ? pr.x.row(i).head(F).dot(wg) / wNorm : 0.0;
                pr.x(i, F) = rho * q + rest * normal01(gl);
            }
        }
        pr.logP.resize(K);
        if (uniform) {
            pr.logP.setConstant(-std::log(double(K)));
        } else {
            Eigen::VectorXd b = Eigen::VectorXd::Zero(C);
            for (std::size_t j = 0; j < spec.referenceWeights.size() && int(j) < C; ++j)
                b[Eigen::Index(j)] = spec.referenceWeights[j];
            Eigen::ArrayXd logits = (pr.x * b).array() / spec.referenceTemperature;
            const double m = logits.maxCoeff();
            const double lse = m + std::log((logits - m).exp().sum());
            pr.logP = logits - lse;
        }
        pr.p = pr.logP.exp();
        pr.goldRaw = goldOf(pr.x, 0.0);
        standardiseGold(pr, 0.0);
    }
}

Eigen::ArrayXd World::goldOf(const Eigen::MatrixXd& x, double angle) const {
    const int F = m_spec.features;
    Eigen::VectorXd w(F);
    for (int j = 0; j < F; ++j) w[j] = m_spec.goldWeights[std::size_t(j)];
    if (angle != 0) {
        // Rotate w_g by `angle` in the plane spanned by w_g and the drift feature's axis.
        const double n = w.norm();
        Eigen::VectorXd u = Eigen::VectorXd::Unit(F, m_spec.driftFeature);
        if (n > 0) {
            u -= u.dot(w / n) * (w / n);
            if (u.norm() > 1e-12) w = std::cos(angle) * w + std::sin(angle) * n * u.normalized();
        }
    }
    Eigen::ArrayXd g = (x.leftCols(F) * w).array();
    for (int j = 0; j < F; ++j) {
        const double kappa = m_spec.goldKappa[std::size_t(j)];
        if (kappa == 0) continue;
        const double t = m_spec.goldThresholds[std::size_t(j)];
        for (Eigen::Index i = 0; i < g.size(); ++i) {
            const double s = softplus(x(i, j) - t);
            g[i] -= kappa * s * s;
        }
    }
    if (m_spec.length && m_spec.lengthWeight != 0) g += m_spec.lengthWeight * x.col(F).array();
    return g;
}

void World::standardiseGold(Prompt& pr, double angle) {
    Eigen::ArrayXd g = angle == 0 ? pr.goldRaw : goldOf(pr.x, angle);
    const double mean = (pr.p * g).sum();
    const double var = (pr.p * (g - mean).square()).sum();
    pr.gold = (g - mean) / (var > 0 ? std::sqrt(var) : 1.0);
    pr.goldAngle = angle;
    // Mid-CDF of gold under pi0 over ties.
    const Eigen::Index K = pr.gold.size();
    std::vector<std::pair<double, Eigen::Index>> keyed(static_cast<std::size_t>(K));
    for (Eigen::Index i = 0; i < K; ++i) keyed[std::size_t(i)] = {pr.gold[i], i};
    std::sort(keyed.begin(), keyed.end());
    std::vector<Eigen::Index> order(static_cast<std::size_t>(K));
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = keyed[i].second;
    pr.goldMidCdf.resize(K);
    double below = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        double P = 0;
        while (j < order.size() && pr.gold[order[j]] == pr.gold[order[i]]) P += pr.p[order[j++]];
        for (std::size_t k = i; k < j; ++k) pr.goldMidCdf[order[k]] = below + P / 2;
        below += P;
        i = j;
    }
}

void World::setGoldStep(std::int64_t step) {
    const double angle = m_spec.driftDegreesPer1000 * M_PI / 180.0 * double(step) / 1000.0;
    for (Prompt& pr : m_prompts)
        if (pr.goldAngle != angle) standardiseGold(pr, angle);
}

int sampleIndex(const std::vector<double>& cdf, double u) {
    const double target = u * cdf.back();
    const auto it = std::upper_bound(cdf.begin(), cdf.end(), target);
    return int(std::min<std::ptrdiff_t>(it - cdf.begin(), std::ptrdiff_t(cdf.size()) - 1));
}

} // namespace tb::rlhf

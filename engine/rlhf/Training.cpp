#include "rlhf/Training.h"
#include "rlhf/Logistic.h"

#include <algorithm>
#include <cmath>

#include "rlhf/Exact.h"

namespace tb::rlhf {

namespace {

// Stream coordinates (the world uses others).
constexpr std::uint64_t kPairs = 0xA1, kCoins = 0xA2, kHeld = 0xA3, kHeldCoins = 0xA4, kOnline = 0xA5,
                        kOnlineCoins = 0xA6;

std::span<const double> span(const Eigen::ArrayXd& a) {
    return {a.data(), std::size_t(a.size())};
}

/// pi = softmax(l + logP); returns ln sum exp(l + logP) (so ln(pi/p) = l - that).
double policy(const Eigen::ArrayXd& l, const Eigen::ArrayXd& logP, Eigen::ArrayXd& pi) {
    const Eigen::ArrayXd a = l + logP;
    const double m = a.maxCoeff();
    pi = (a - m).exp();
    const double S = pi.sum();
    pi /= S;
    return m + std::log(S);
}

} // namespace

PipelineSpec PipelineSpec::fromConfig(const Json& j) {
    PipelineSpec s;
    s.label = j.value("label", std::string());
    const Json& l = j.at("labels");
    s.labels.pairs = l.at("pairs").get<std::int64_t>();
    s.labels.temperature = l.at("temperature").get<double>();
    s.labels.flipRate = l.at("flipRate").get<double>();
    const std::string type = j.at("type").get<std::string>();
    for (const auto& c : j.at("features")) s.rewardModel.columns.push_back(int(c.get<std::int64_t>()));
    if (type == "dpo") {
        s.method = Method::Dpo;
        s.dpoBeta = j.at("beta").get<double>();
        s.learningRate = j.at("learningRate").get<double>();
    } else {
        const Json& rm = j.at("rewardModel");
        s.rewardModel.l2 = rm.at("l2").get<double>();
        s.rewardModel.quadratic = rm.at("basis").get<std::string>() == "quadratic";
        s.rewardModel.members = int(rm.at("members").get<std::int64_t>());
        s.rewardModel.bootstrap = rm.at("bootstrap").get<bool>();
        s.rewardModel.priorScale = rm.at("priorScale").get<double>();
        s.rewardModel.aggregator = aggregatorFromString(rm.at("aggregator").get<std::string>());
        s.rewardModel.lambda = rm.at("lambda").get<double>();
        s.rewardModel.softMinB = rm.at("softMinB").get<double>();
        s.rewardModel.smoothing = rm.at("smoothing").get<double>();
        s.rewardModel.smoothingRounds = int(rm.at("smoothingRounds").get<std::int64_t>());
        const Json& o = j.at("optimizer");
        s.method = o.at("method").get<std::string>() == "npg" ? Method::NaturalPg : Method::VanillaPg;
        s.learningRate = o.at("learningRate").get<double>();
        s.klPenalty = o.at("klPenalty").get<double>();
    }
    const Json& on = j.at("online");
    s.relabelEvery = on.at("relabelEvery").get<std::int64_t>();
    s.relabelPairs = on.at("pairs").get<std::int64_t>();
    s.keepPairs = on.at("keep").get<std::int64_t>();
    return s;
}

Pipeline::Pipeline(const PipelineSpec& spec, World& world, std::uint64_t seed, int replicate, int index,
                   std::int64_t heldOutPairs)
    : m_spec(spec), m_world(world), m_seed(seed), m_replicate(replicate), m_index(index),
      m_heldOutCount(heldOutPairs), m_rm(spec.rewardModel, world.spec().columns()) {}

std::vector<int> Pipeline::columns() const {
    std::vector<int> cols = m_spec.rewardModel.columns;
    if (cols.empty())
        for (int j = 0; j < m_world.spec().columns(); ++j) cols.push_back(j);
    return cols;
}

void Pipeline::start() {
    m_world.setGoldStep(0);
    const auto cdf = referenceCdf(m_world);
    // The same streams for every pipeline: pipelines differing in pair count share a prefix of the pairs,
    // and those differing in temperature or flip rate see the same coins (common random numbers).
    Rng pick = makeRng(m_seed, std::uint64_t(m_replicate), kPairs);
    Rng coins = makeRng(m_seed, std::uint64_t(m_replicate), kCoins);
    m_pairs = drawPairs(m_world, cdf, m_spec.labels.pairs, m_spec.labels, pick, coins);
    Rng hPick = makeRng(m_seed, std::uint64_t(m_replicate), kHeld);
    Rng hCoins = makeRng(m_seed, std::uint64_t(m_replicate), kHeldCoins);
    m_heldOut = drawPairs(m_world, cdf, m_heldOutCount, m_spec.labels, hPick, hCoins);
    const std::size_t P = m_world.prompts().size();
    if (isDpo()) {
        m_dpoColumns = columns();
        m_phi = Eigen::VectorXd::Zero(Eigen::Index(m_dpoColumns.size()));
        m_dpoLogits.assign(P, Eigen::ArrayXd());
        m_dpoLogitsStep.assign(P, -1);
    } else {
        m_theta.clear();
        for (const Prompt& pr : m_world.prompts()) m_theta.push_back(Eigen::ArrayXd::Zero(pr.p.size()));
    }
    refit();
}

void Pipeline::refit() {
    if (isDpo()) {
        const std::vector<int>& cols = m_dpoColumns;
        m_dpoDx.resize(Eigen::Index(m_pairs.size()), Eigen::Index(cols.size()));
        m_dpoY.resize(Eigen::Index(m_pairs.size()));
        for (std::size_t j = 0; j < m_pairs.size(); ++j) {
            const Pair& q = m_pairs[j];
            const Prompt& pr = m_world.prompts()[std::size_t(q.prompt)];
            for (std::size_t k = 0; k < cols.size(); ++k)
                m_dpoDx(Eigen::Index(j), Eigen::Index(k)) = pr.x(q.a, cols[k]) - pr.x(q.b, cols[k]);
            m_dpoY[Eigen::Index(j)] = q.y;
        }
        return;
    }
    m_rm.fit(m_world, m_pairs, m_seed, m_replicate, m_round);
    m_rm.score(m_world, m_proxy, m_spread);
}

void Pipeline::relabel() {
    m_world.setGoldStep(m_step);
    std::vector<std::vector<double>> cdf;
    Eigen::ArrayXd pi;
    for (std::size_t c = 0; c < m_world.prompts().size(); ++c) {
        policy(logits(c), m_world.prompts()[c].logP, pi);
        cdf.push_back(cumulative(pi));
    }
    ++m_round;
    const std::uint64_t key = std::uint64_t(m_index) << 32 | std::uint64_t(m_round);
    Rng pick = makeRng(m_seed, std::uint64_t(m_replicate), kOnline, key);
    Rng coins = makeRng(m_seed, std::uint64_t(m_replicate), kOnlineCoins, key);
    auto more = drawPairs(m_world, cdf, m_spec.relabelPairs, m_spec.labels, pick, coins);
    m_pairs.insert(m_pairs.end(), more.begin(), more.end());
    if (m_spec.keepPairs > 0 && std::int64_t(m_pairs.size()) > m_spec.keepPairs)
        m_pairs.erase(m_pairs.begin(), m_pairs.end() - std::ptrdiff_t(m_spec.keepPairs));
    refit();
}

const Eigen::ArrayXd& Pipeline::logits(std::size_t c) const {
    if (!isDpo()) return m_theta[c];
    // phi changes only in trainTo, which advances the step: the logits of a step are computed once.
    Eigen::ArrayXd& l = m_dpoLogits[c];
    if (m_dpoLogitsStep[c] == m_step) return l;
    const Prompt& pr = m_world.prompts()[c];
    l = Eigen::ArrayXd::Zero(pr.p.size());
    for (std::size_t k = 0; k < m_dpoColumns.size(); ++k)
        l += m_phi[Eigen::Index(k)] * pr.x.col(m_dpoColumns[k]).array();
    m_dpoLogitsStep[c] = m_step;
    return l;
}

bool Pipeline::trainTo(std::int64_t step, const std::stop_token& stop) {
    Eigen::ArrayXd pi;
    const double eta = m_spec.learningRate, beta = m_spec.klPenalty;
    while (m_step < step) {
        if ((m_step & 15) == 0 && stop.stop_requested()) return false;
        if (m_spec.relabelEvery > 0 && m_step > 0 && m_step % m_spec.relabelEvery == 0 &&
            m_round < int(m_step / m_spec.relabelEvery))
            relabel();
        if (isDpo()) {
            // DPO on a feature-linear policy: ln(pi(a)/pi0(a)) - ln(pi(b)/pi0(b)) = phi . (x_a - x_b), so the
            // loss is -ln sigma(beta phi . dx) per pair (mean over pairs), descended by gradient steps.
            const Eigen::ArrayXd z = m_spec.dpoBeta * (m_dpoDx * m_phi).array();
            Eigen::ArrayXd s(z.size());
            for (Eigen::Index j = 0; j < z.size(); ++j) s[j] = sigmoid(z[j]);
            const Eigen::VectorXd grad = m_spec.dpoBeta * (m_dpoDx.transpose() * (s - m_dpoY).matrix()) /
                                         double(std::max<Eigen::Index>(1, z.size()));
            m_phi -= eta * grad;
        } else {
            for (std::size_t c = 0; c < m_theta.size(); ++c) {
                Eigen::ArrayXd& th = m_theta[c];
                const Eigen::ArrayXd& r = m_proxy[c];
                if (m_spec.method == Method::NaturalPg) {
                    // ln(pi/pi0) = theta - const, and a constant shift of the logits changes nothing.
                    th += eta * (r - beta * th);
                } else {
                    // Vanilla policy gradient, exact: d/d theta_i (E_pi[r] - beta KL) = pi_i (r_i - E_pi[r])
                    // - beta pi_i (ln(pi_i/p_i) - KL), scaled by K so that eta means what it means for npg at
                    // the start (pi = p uniform). Fused into four passes over the candidates.
                    const Prompt& pr = m_world.prompts()[c];
                    const double m = (th + pr.logP).maxCoeff();
                    pi = (th + pr.logP - m).exp();
                    const double S = pi.sum();
                    const double er = (pi * r).sum() / S;
                    const double scale = eta * double(th.size()) / S;
                    if (beta > 0) {
                        const double lse = m + std::log(S);
                        const double kl = (pi * (th - lse)).sum() / S;
                        th += scale * pi * ((r - er) - beta * ((th - lse) - kl));
                    } else {
                        th += scale * pi * (r - er);
                    }
                }
            }
        }
        ++m_step;
    }
    return true;
}

void Pipeline::dpoScores(std::vector<Eigen::ArrayXd>& scores) const {
    scores.clear();
    for (std::size_t c = 0; c < m_world.prompts().size(); ++c) scores.push_back(logits(c));
}

StepMetrics Pipeline::metrics() {
    m_world.setGoldStep(m_step);
    StepMetrics out;
    out.winRate = 0;
    const double P = double(m_world.prompts().size());
    Eigen::ArrayXd pi;
    for (std::size_t c = 0; c < m_world.prompts().size(); ++c) {
        const Prompt& pr = m_world.prompts()[c];
        const Eigen::ArrayXd& l = logits(c);
        const double lse = policy(l, pr.logP, pi);
        Eigen::ArrayXd implicit;
        if (isDpo()) {
            // The implicit reward ln(pi/pi0), standardised under pi0 like a fitted proxy.
            const double mean = (pr.p * l).sum();
            const double var = (pr.p * (l - mean).square()).sum();
            implicit = var > 0 ? Eigen::ArrayXd((l - mean) / std::sqrt(var)) : Eigen::ArrayXd::Zero(l.size());
        }
        const Eigen::ArrayXd& r = isDpo() ? implicit : m_proxy[c];
        const double eg = (pi * pr.gold).sum(), eg0 = (pr.p * pr.gold).sum();
        const double er = (pi * r).sum(), er0 = (pr.p * r).sum();
        out.gold += (eg - eg0) / P;
        out.proxy += (er - er0) / P;
        out.kl += std::max(0.0, (pi * (l - lse)).sum()) / P;
        out.winRate += (pi * pr.goldMidCdf).sum() / P;
        const double cov = (pi * (r - er) * (pr.gold - eg)).sum();
        const double vr = (pi * (r - er).square()).sum(), vg = (pi * (pr.gold - eg).square()).sum();
        out.correlation += (vr > 0 && vg > 0 ? cov / std::sqrt(vr * vg) : 0.0) / P;
        if (!isDpo()) out.spread += (pi * m_spread[c]).sum() / P;
    }
    return out;
}

std::pair<double, double> Pipeline::heldOutAccuracy() const {
    if (isDpo()) {
        std::vector<Eigen::ArrayXd> s;
        dpoScores(s);
        return pairAccuracy(s, m_heldOut);
    }
    return pairAccuracy(m_proxy, m_heldOut);
}

Curves Pipeline::curves(const std::vector<double>& nGrid, const std::vector<double>& betaGrid,
                        const std::stop_token& stop) const {
    Curves c;
    if (isDpo()) return c;
    const double P = double(m_world.prompts().size());
    c.bonKl.assign(nGrid.size(), 0.0);
    c.bonGold = c.bonProxy = c.bonSpread = c.bonKl;
    c.tiltKl.assign(betaGrid.size(), 0.0);
    const double betaMin = betaGrid.empty() ? 0.0 : *std::min_element(betaGrid.begin(), betaGrid.end());
    c.tiltGold = c.tiltProxy = c.tiltSpread = c.tiltKl;
    for (std::size_t k = 0; k < m_world.prompts().size(); ++k) {
        if (stop.stop_requested()) {
            c.stopped = true;
            return c;
        }
        const Prompt& pr = m_world.prompts()[k];
        const std::vector<std::span<const double>> values = {span(pr.gold), span(m_proxy[k]),
                                                             span(m_spread[k])};
        const double g0 = (pr.p * pr.gold).sum(), r0 = (pr.p * m_proxy[k]).sum();
        const std::vector<std::size_t> order = sortByScore(span(m_proxy[k]));
        const BestOfN bon(span(pr.p), span(m_proxy[k]), values, order);
        for (std::size_t i = 0; i < nGrid.size(); ++i) {
            const PolicyPoint q = bon.at(nGrid[i]);
            c.bonKl[i] += q.kl / P;
            c.bonGold[i] += (q.expected[0] - g0) / P;
            c.bonProxy[i] += (q.expected[1] - r0) / P;
            c.bonSpread[i] += q.expected[2] / P;
        }
        const Tilt tilt(span(pr.p), span(m_proxy[k]), values, betaMin, order);
        for (std::size_t i = 0; i < betaGrid.size(); ++i) {
            const PolicyPoint q = tilt.at(betaGrid[i]);
            c.tiltKl[i] += q.kl / P;
            c.tiltGold[i] += (q.expected[0] - g0) / P;
            c.tiltProxy[i] += (q.expected[1] - r0) / P;
            c.tiltSpread[i] += q.expected[2] / P;
        }
    }
    return c;
}

} // namespace tb::rlhf

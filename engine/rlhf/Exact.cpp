#include "rlhf/Exact.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace tb::rlhf {

namespace {

// Weights below e^-50 of the top's are left out: at most 2e-22 of the mass, far below a double's resolution
// of the sums they would join.
constexpr double kSkip = 50;
// Taylor terms of a cluster of the tilt (s h <= 1: the first omitted term is below 1/20! = 4e-19 of the
// cluster weight).
constexpr int kTerms = 20;
constexpr auto kInverse = [] {
    std::array<double, kTerms> a{};
    for (int j = 1; j < kTerms; ++j) a[std::size_t(j)] = 1.0 / j;
    return a;
}();

/// Descending order: ties keep index order too (the ascending order reversed within each tie run).
std::vector<std::size_t> descending(std::span<const double> r, std::span<const std::size_t> ascending) {
    std::vector<std::size_t> asc =
        ascending.empty() ? sortByScore(r) : std::vector<std::size_t>(ascending.begin(), ascending.end());
    std::vector<std::size_t> out;
    out.reserve(asc.size());
    for (std::size_t end = asc.size(); end > 0;) {
        std::size_t begin = end - 1;
        while (begin > 0 && r[asc[begin - 1]] == r[asc[end - 1]]) --begin;
        out.insert(out.end(), asc.begin() + std::ptrdiff_t(begin), asc.begin() + std::ptrdiff_t(end));
        end = begin;
    }
    return out;
}

} // namespace

std::vector<std::size_t> sortByScore(std::span<const double> r) {
    // (score, index) pairs sorted contiguously; ties keep index order, so the result never depends on the
    // sort's implementation.
    std::vector<std::pair<double, std::size_t>> keyed(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) keyed[i] = {r[i], i};
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::size_t> order(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) order[i] = keyed[i].second;
    return order;
}

BestOfN::BestOfN(std::span<const double> p, std::span<const double> r,
                 const std::vector<std::span<const double>>& values, std::span<const std::size_t> ascending)
    : m_order(ascending.empty() ? sortByScore(r)
                                : std::vector<std::size_t>(ascending.begin(), ascending.end())),
      m_p(p.begin(), p.end()), m_nValues(values.size()) {
    const std::size_t K = r.size();
    std::vector<double> groupP, means;
    for (std::size_t i = 0; i < K;) {
        std::size_t j = i;
        double P = 0;
        while (j < K && r[m_order[j]] == r[m_order[i]]) P += p[m_order[j++]];
        groupP.push_back(P);
        m_groupEnd.push_back(j);
        for (std::size_t v = 0; v < m_nValues; ++v) {
            double s = 0;
            for (std::size_t k = i; k < j; ++k) s += p[m_order[k]] * values[v][m_order[k]];
            means.push_back(P > 0 ? s / P : 0.0);
        }
        i = j;
    }
    const auto G = Eigen::Index(groupP.size());
    m_groupP = Eigen::Map<const Eigen::ArrayXd>(groupP.data(), G);
    m_logGroupP = m_groupP.log();
    m_groupMeans.resize(G, Eigen::Index(m_nValues));
    for (Eigen::Index g = 0; g < G; ++g)
        for (std::size_t v = 0; v < m_nValues; ++v)
            m_groupMeans(g, Eigen::Index(v)) = means[std::size_t(g) * m_nValues + v];
    // ln F_G from the prefix sum where F is small and from the tail sum near 1 (log1p), so neither end loses
    // digits.
    m_logF.resize(G);
    std::vector<double> tail(std::size_t(G), 0.0);
    for (Eigen::Index g = G; g-- > 1;)
        tail[std::size_t(g - 1)] = tail[std::size_t(g)] + groupP[std::size_t(g)];
    double prefix = 0;
    for (Eigen::Index g = 0; g < G; ++g) {
        prefix += groupP[std::size_t(g)];
        m_logF[g] = prefix < 0.5 ? std::log(prefix) : std::log1p(-tail[std::size_t(g)]);
    }
}

PolicyPoint BestOfN::at(double n) const {
    PolicyPoint out;
    out.expected.assign(m_nValues, 0.0);
    const Eigen::Index G = m_groupP.size();
    if (G == 0) return out;
    if (n <= 1) { // q = p exactly
        const Eigen::VectorXd e = m_groupMeans.transpose() * m_groupP.matrix();
        for (std::size_t v = 0; v < m_nValues; ++v) out.expected[v] = e[Eigen::Index(v)];
        return out;
    }
    // Groups with n ln F_G < -50 weigh less than e^-50 together (F_G^n bounds all of them): skipped. ln F is
    // increasing, so they are a prefix.
    const double* lf = m_logF.data();
    const Eigen::Index g0 = std::partition_point(lf, lf + G, [&](double x) { return n * x < -kSkip; }) - lf;
    const Eigen::Index m = G - g0;
    if (m == 0) return out;
    // Q_G = F_G^n - F_{G-1}^n with F^n = e^{n ln F} (vectorised, one exp per group). The difference loses
    // at most a relative 1e-16 F_G^n / Q_G ~ 1e-16 / (n P_G) of Q_G, i.e. 1e-12 at P_G = 1e-4, n = 2.
    Eigen::ArrayXd E(m + 1);
    E[0] = g0 > 0 ? std::exp(n * m_logF[g0 - 1]) : 0.0;
    E.tail(m) = (n * m_logF.segment(g0, m)).exp();
    const Eigen::ArrayXd Q = (E.tail(m) - E.head(m)).max(0.0);
    const Eigen::ArrayXd logQ = Q.log();
    // KL = sum_G Q_G ln(Q_G / P_G): q_i / p_i is constant within a tie group.
    out.kl = std::max(0.0, (Q > 0).select(Q * (logQ - m_logGroupP.segment(g0, m)), 0.0).sum());
    const Eigen::VectorXd e = m_groupMeans.middleRows(g0, m).transpose() * Q.matrix();
    for (std::size_t v = 0; v < m_nValues; ++v) out.expected[v] = e[Eigen::Index(v)];
    return out;
}

std::vector<double> BestOfN::weights(double n) const {
    std::vector<double> q(m_p.size(), 0.0);
    std::size_t begin = 0;
    for (Eigen::Index g = 0; g < m_groupP.size(); ++g) {
        const double F = std::exp(n * m_logF[g]);
        const double Fb = g > 0 ? std::exp(n * m_logF[g - 1]) : 0.0;
        const double Q = n <= 1 ? m_groupP[g] : F - Fb;
        for (std::size_t k = begin; k < m_groupEnd[std::size_t(g)]; ++k)
            q[m_order[k]] = m_groupP[g] > 0 ? m_p[m_order[k]] / m_groupP[g] * Q : 0.0;
        begin = m_groupEnd[std::size_t(g)];
    }
    return q;
}

Tilt::Tilt(std::span<const double> p, std::span<const double> r,
           const std::vector<std::span<const double>>& values, double betaMin,
           std::span<const std::size_t> ascending)
    : m_order(descending(r, ascending)), m_nValues(values.size()) {
    const auto K = Eigen::Index(r.size());
    // Stored in descending proxy order, so the candidates that count at a small beta are a prefix.
    m_r.resize(K);
    m_p.resize(K);
    m_values.resize(K, Eigen::Index(m_nValues));
    for (Eigen::Index k = 0; k < K; ++k) {
        const std::size_t i = m_order[std::size_t(k)];
        m_r[k] = r[i];
        m_p[k] = p[i];
        for (std::size_t v = 0; v < m_nValues; ++v) m_values(k, Eigen::Index(v)) = values[v][i];
    }
    m_logP = m_p.log();
    m_logPMax = K > 0 ? m_logP.maxCoeff() : 0.0;
    if (K == 0 || !(betaMin > 0)) return;
    if (m_nValues > 14) throw std::invalid_argument("Tilt: at most 14 value vectors");
    m_sMax = 1 / betaMin;
    // Clusters from the top down. A cluster whose highest score lies D below the top is skipped once
    // s D > 50 + ln(p_max / p_0), so it serves s <= min(sMax, (50 + ln(p_max/p_0)) / D) and may be 2 / that
    // wide (s h <= 1 with h its half-width).
    const double m = m_r[0], budget = kSkip + (m_logPMax - m_logP[0]);
    const std::size_t V = 2 + m_nValues;
    for (Eigen::Index k = 0; k < K;) {
        const double top = m_r[k], D = m - top;
        const double sLimit = D > 0 ? std::min(m_sMax, budget / D) : m_sMax;
        const double width = 2 / sLimit;
        Eigen::Index end = k + 1;
        while (end < K && top - m_r[end] <= width) ++end;
        const double c = (top + m_r[end - 1]) / 2;
        m_centre.push_back(c);
        m_top.push_back(top);
        const std::size_t base = m_moments.size();
        m_moments.resize(base + std::size_t(kTerms) * V, 0.0);
        if (end == k + 1) { // a single candidate at the centre: only the j = 0 moment
            m_moments[base] = m_p[k];
            m_moments[base + 1] = m_p[k] * m_r[k];
            for (std::size_t v = 0; v < m_nValues; ++v)
                m_moments[base + 2 + v] = m_p[k] * m_values(k, Eigen::Index(v));
            k = end;
            continue;
        }
        double weight[16];
        double power[kTerms];
        for (Eigen::Index i = k; i < end; ++i) {
            const double d = m_r[i] - c;
            power[0] = 1;
            for (int j = 1; j < kTerms; ++j) power[j] = power[j - 1] * d * kInverse[j];
            weight[0] = m_p[i];
            weight[1] = m_p[i] * m_r[i];
            for (std::size_t v = 0; v < m_nValues && v < 14; ++v)
                weight[2 + v] = m_p[i] * m_values(i, Eigen::Index(v));
            for (int j = 0; j < kTerms; ++j) {
                double* row = &m_moments[base + std::size_t(j) * V];
                for (std::size_t v = 0; v < V; ++v) row[v] += weight[v] * power[j];
            }
        }
        k = end;
    }
}

PolicyPoint Tilt::direct(double beta, double* logZ) const {
    PolicyPoint out;
    out.expected.assign(m_nValues, 0.0);
    const Eigen::Index K = m_r.size();
    const double m = m_r[0];
    // Every skipped term is below p_max e^{z}; keep the candidates with z >= -50 - ln(p_max / p_0), a prefix
    // of the descending scores.
    const double stopAt = -kSkip - (m_logPMax - m_logP[0]);
    const double* r = m_r.data();
    const Eigen::Index cut = std::max<Eigen::Index>(
        1, std::partition_point(r, r + K, [&](double x) { return (x - m) / beta >= stopAt; }) - r);
    const Eigen::ArrayXd z = (m_r.head(cut) - m) / beta;
    const Eigen::ArrayXd w = m_p.head(cut) * z.exp();
    const double S = w.sum(), Sz = (w * z).sum();
    const double lnS = std::log(S);
    const Eigen::VectorXd e = m_values.topRows(cut).transpose() * w.matrix();
    for (std::size_t v = 0; v < m_nValues; ++v) out.expected[v] = e[Eigen::Index(v)] / S;
    // KL = E_pi[ln(pi/p)] = E_pi[z] - ln S (the reference's E[r]/beta - ln Z with r shifted by m).
    out.kl = std::max(0.0, Sz / S - lnS);
    if (logZ) *logZ = m / beta + lnS;
    return out;
}

PolicyPoint Tilt::at(double beta, double* logZ) const {
    if (m_r.size() == 0) {
        PolicyPoint out;
        out.expected.assign(m_nValues, 0.0);
        return out;
    }
    const double s = 1 / beta;
    if (m_centre.empty() || s > m_sMax * (1 + 1e-12)) return direct(beta, logZ);
    const double m = m_r[0], stopAt = -kSkip - (m_logPMax - m_logP[0]);
    const std::size_t V = 2 + m_nValues;
    std::vector<double> sums(V, 0.0), acc(V);
    for (std::size_t c = 0; c < m_centre.size(); ++c) {
        if (s * (m_top[c] - m) < stopAt) break; // this cluster and all below: < e^-50 of the top term
        const double e = std::exp(s * (m_centre[c] - m));
        const double* M = &m_moments[c * std::size_t(kTerms) * V];
        for (std::size_t v = 0; v < V; ++v) acc[v] = M[std::size_t(kTerms - 1) * V + v];
        for (int j = kTerms - 2; j >= 0; --j)
            for (std::size_t v = 0; v < V; ++v) acc[v] = acc[v] * s + M[std::size_t(j) * V + v];
        for (std::size_t v = 0; v < V; ++v) sums[v] += e * acc[v];
    }
    PolicyPoint out;
    const double S = sums[0];
    const double lnS = std::log(S);
    out.expected.resize(m_nValues);
    for (std::size_t v = 0; v < m_nValues; ++v) out.expected[v] = sums[2 + v] / S;
    // E_pi[z] = s (E_pi[r] - m).
    out.kl = std::max(0.0, s * (sums[1] / S - m) - lnS);
    if (logZ) *logZ = m * s + lnS;
    return out;
}

std::vector<double> Tilt::weights(double beta) const {
    std::vector<double> w(std::size_t(m_r.size()), 0.0);
    if (m_r.size() == 0) return w;
    const double m = m_r[0];
    double S = 0;
    for (Eigen::Index k = 0; k < m_r.size(); ++k) S += m_p[k] * std::exp((m_r[k] - m) / beta);
    for (Eigen::Index k = 0; k < m_r.size(); ++k)
        w[m_order[std::size_t(k)]] = m_p[k] * std::exp((m_r[k] - m) / beta) / S;
    return w;
}

double bonKlBound(double n) {
    return std::log(n) - (n - 1) / n;
}

std::vector<double> unbiasedBonWeights(std::size_t N, std::size_t n) {
    std::vector<double> w(N, 0.0);
    if (n == 0 || n > N) return w;
    const double logC =
        std::lgamma(double(N) + 1) - std::lgamma(double(n) + 1) - std::lgamma(double(N - n) + 1);
    for (std::size_t i = n; i <= N; ++i) // C(i - 1, n - 1) / C(N, n), 1-based i
        w[i - 1] =
            std::exp(std::lgamma(double(i)) - std::lgamma(double(n)) - std::lgamma(double(i - n) + 1) - logC);
    return w;
}

std::vector<double> bonGrid(double maxN, int points) {
    std::vector<double> out;
    points = std::max(points, 2);
    for (int i = 0; i < points; ++i) {
        const double n = std::round(std::exp(std::log(maxN) * double(i) / double(points - 1)));
        if (out.empty() || n > out.back()) out.push_back(n);
    }
    if (out.back() != std::round(maxN)) out.push_back(std::round(maxN));
    return out;
}

std::vector<double> betaGrid(double betaMin, double betaMax, int points) {
    std::vector<double> out;
    points = std::max(points, 2);
    const double a = std::log(betaMax), b = std::log(betaMin);
    for (int i = 0; i < points; ++i) out.push_back(std::exp(a + (b - a) * double(i) / double(points - 1)));
    return out;
}

} // namespace tb::rlhf

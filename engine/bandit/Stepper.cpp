// Step mode: one policy of a bandit config, one pull at a time (Stepper.h, docs/bandits.md "Step mode").
#include "bandit/Stepper.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <variant>

#include "bandit/BanditSpec.h"
#include "core/Sampling.h"

namespace tb::bandit {

namespace {

// The reason sentences; %1 is the policy's display name, arms are 0-based.
constexpr const char* kInitial = TB_TR("engine", "%1 pulls every arm once first: round %2 goes to arm %3.");
constexpr const char* kRoundRobin =
    TB_TR("engine", "%1 is exploring round robin (%2 pulls per arm before it commits): arm %3.");
constexpr const char* kCommit =
    TB_TR("engine", "%1 committed to arm %2, the best empirical mean (%3) after exploring.");
constexpr const char* kUniform = TB_TR("engine", "%1 picked arm %2 uniformly at random.");
constexpr const char* kIndex =
    TB_TR("engine", "%1 chose arm %2: its index %3 (mean %4 + bonus %5) was the highest.");
constexpr const char* kIndexTie = TB_TR(
    "engine",
    "%1 chose arm %2: its index %3 (mean %4 + bonus %5) tied for the highest; a random draw broke the tie.");
constexpr const char* kSample = TB_TR("engine", "%1 chose arm %2: its posterior sample %3 was the highest.");
constexpr const char* kSampleTie = TB_TR(
    "engine", "%1 chose arm %2: its posterior sample %3 tied for the highest; a random draw broke the tie.");
constexpr const char* kExplore =
    TB_TR("engine", "%1 explored: a uniform draw (probability ε = %2) picked arm %3.");
constexpr const char* kExploit =
    TB_TR("engine", "%1 exploited (probability 1 − ε = %2): arm %3 has the highest empirical mean, %4.");
constexpr const char* kExploitTie = TB_TR(
    "engine", "%1 exploited (probability 1 − ε = %2): arm %3 ties for the highest empirical mean, %4; a "
              "random draw broke the tie.");
constexpr const char* kDraw = TB_TR("engine", "%1 drew arm %2 at random; its probability was %3.");
constexpr const char* kGeneric = TB_TR("engine", "%1 chose arm %2.");
constexpr const char* kAdversarial =
    TB_TR("engine", "Step mode plays stochastic arms: an adversarial environment has no true means to show, "
                    "drag or count regret against. Choose a Bernoulli, Gaussian or piecewise environment.");
constexpr const char* kNoPolicy = TB_TR("engine", "there is no policy at position %1");
constexpr const char* kArmRange = TB_TR("engine", "arm %1 is not an arm of this environment");
constexpr const char* kNotFinite = TB_TR("engine", "a true mean must be a finite number");

/// Three significant digits: 0.612, 0.05, 12.3.
std::string num(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.3g", v);
    return b;
}

/// The coordinate of the display stream (Thompson-Beta's completions): no stream of the simulation uses it.
constexpr std::uint64_t kDisplayStream = 3000000;

} // namespace

std::string StepReason::text() const {
    std::string out;
    const std::string_view p = pattern ? pattern : "";
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == '%' && i + 1 < p.size() && p[i + 1] >= '1' && p[i + 1] <= '9') {
            const std::size_t n = std::size_t(p[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += p[i];
    }
    return out;
}

const std::vector<const char*>& Stepper::textPatterns() {
    static const std::vector<const char*> all = {kInitial,    kRoundRobin, kCommit,    kUniform,  kIndex,
                                                 kIndexTie,   kSample,     kSampleTie, kExplore,  kExploit,
                                                 kExploitTie, kDraw,       kGeneric,   kNoPolicy, kArmRange};
    return all;
}

std::string Stepper::unsupportedReason(const Json& config) {
    if (!config.is_object() || !config.contains("environment")) return {};
    const Json& e = config.at("environment");
    if (e.is_object() && e.value("type", std::string()) == "adversarial") return kAdversarial;
    return {};
}

Stepper::Stepper(const Json& config, std::size_t policy) : m_policy(policy) {
    const ParamSpec spec = makeBanditSpec();
    if (auto issues = spec.validate(config); !issues.empty()) throw InputError(std::move(issues));
    m_config = spec.withDefaults(config);
    if (const std::string why = unsupportedReason(m_config); !why.empty()) throw InputError(why);
    m_ex = std::make_unique<BanditExperiment>(m_config);
    const auto& policies = m_ex->policies();
    if (policy >= policies.size())
        throw InputError({{"policies", fill(kNoPolicy, {std::to_string(policy)})}});
    const PolicyModel& pm = policies[policy];
    const PolicyTraits& traits = policyTable()[pm.index];
    m_pol.emplace(traits.make(m_ex->context(), pm.params));
    m_label = pm.label;
    m_name = traits.spec().label;
    // Replicate 0's streams, exactly as BanditReplicate makes them.
    const std::uint64_t seed = m_ex->seed();
    m_rng = makeRng(seed, 0, 2000000 + policy);
    m_display = makeRng(seed, 0, kDisplayStream + policy);
    const EnvModel& env = m_ex->env();
    m_K = env.K;
    m_horizon = m_ex->horizon();
    m_bernoulli = env.arms == ArmType::Bernoulli;
    m_sds = env.sds;
    for (int k = 0; k < m_K; ++k) m_armRng.push_back(makeRng(seed, 0, 1000 + std::uint64_t(k)));
    m_pulls.assign(std::size_t(m_K), 0);
    m_sums.assign(std::size_t(m_K), 0.0);
    m_explanation.reset(m_K, Decision::Generic, -1);
    m_trace.push_back({0, 0.0});
    enterSegment(0);
}

Stepper::~Stepper() = default;

std::vector<std::string> Stepper::policyLabels() const {
    std::vector<std::string> out;
    for (const auto& p : m_ex->policies()) out.push_back(p.label);
    return out;
}

void Stepper::enterSegment(std::size_t s) {
    m_segment = s;
    m_means = m_ex->env().segments[s].means;
    updateBest();
}

void Stepper::updateBest() {
    m_best = *std::max_element(m_means.begin(), m_means.end());
}

std::vector<char> Stepper::bestArms() const {
    std::vector<char> out(m_means.size());
    for (std::size_t k = 0; k < m_means.size(); ++k) out[k] = m_means[k] == m_best ? 1 : 0;
    return out;
}

double Stepper::setTrueMean(int arm, double value) {
    if (arm < 0 || arm >= m_K) throw InputError(fill(kArmRange, {std::to_string(arm)}));
    if (!std::isfinite(value)) throw InputError(kNotFinite);
    if (m_bernoulli) value = std::clamp(value, 0.0, 1.0);
    const double from = m_means[std::size_t(arm)];
    if (from == value) return value;
    if (!m_changes.empty() && m_changes.back().t == m_t && m_changes.back().arm == arm)
        m_changes.back().to = value; // a drag between two pulls is one change
    else
        m_changes.push_back({m_t, arm, from, value});
    m_means[std::size_t(arm)] = value;
    updateBest();
    return value;
}

double Stepper::empiricalMean(int arm) const {
    const std::size_t k = std::size_t(arm);
    return m_pulls[k] > 0 ? m_sums[k] / double(m_pulls[k]) : kNaN;
}

void Stepper::record(std::int64_t t, int arm, double x) {
    const std::size_t k = std::size_t(arm);
    const double r = m_best - m_means[k];
    ++m_pulls[k];
    m_sums[k] += x;
    m_regret += r;
    m_reward += x;
    m_last = {t, arm, x, r};
    if (m_history.size() < kHistoryLimit) m_history.push_back(m_last);
    if ((t + 1) % m_stride == 0) {
        m_trace.push_back({t + 1, m_regret});
        if (m_trace.size() > kTraceLimit) {
            m_stride *= 2;
            std::size_t w = 0;
            for (const auto& p : m_trace)
                if (p.first % m_stride == 0) m_trace[w++] = p;
            m_trace.resize(w);
        }
    }
}

template <class P> std::int64_t Stepper::play(P& pol, std::int64_t n, bool explainLast) {
    Rng g = m_rng;
    const double* sds = m_sds.data();
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t t = m_t;
        int a;
        if (explainLast && i + 1 == n) {
            const Rng before = g;
            a = pol.select(t, g);
            if constexpr (kExplains<P>)
                explainPolicy(pol, ExplainInput{t, a, before, &m_display}, m_explanation);
            else
                m_explanation.reset(m_K, Decision::Generic, a);
            // Means the hook leaves unknown are the empirical means (before this pull, as the hook's are).
            for (int k = 0; k < m_K; ++k)
                if (std::isnan(m_explanation.mean[std::size_t(k)]))
                    m_explanation.mean[std::size_t(k)] = empiricalMean(k);
        } else {
            a = pol.select(t, g);
        }
        // The batch loop's environments (BanditExperiment.cpp), with the means in force now.
        Rng& r = m_armRng[std::size_t(a)];
        const double x = m_bernoulli ? (double(r() >> 11) * 0x1.0p-53 < m_means[std::size_t(a)] ? 1.0 : 0.0)
                                     : m_means[std::size_t(a)] + sds[a] * normal01(r);
        pol.update(a, x, g);
        record(t, a, x);
        m_t = t + 1;
    }
    m_rng = g;
    return n;
}

std::int64_t Stepper::run(std::int64_t n, bool explainLast) {
    n = std::min(n, m_horizon - m_t);
    const auto& segments = m_ex->env().segments;
    std::int64_t done = 0;
    while (done < n) {
        if (m_segment + 1 < segments.size() && m_t >= segments[m_segment + 1].start) {
            enterSegment(m_segment + 1);
            continue;
        }
        std::int64_t chunk = n - done;
        if (m_segment + 1 < segments.size()) chunk = std::min(chunk, segments[m_segment + 1].start - m_t);
        const bool explain = explainLast && done + chunk == n;
        done += std::visit([&](auto& pol) { return play(pol, chunk, explain); }, *m_pol);
    }
    // The means shown for the next pull are those of the segment it falls in.
    if (m_segment + 1 < segments.size() && m_t >= segments[m_segment + 1].start) enterSegment(m_segment + 1);
    return n;
}

bool Stepper::step() {
    return run(1, true) == 1;
}

std::int64_t Stepper::advance(std::int64_t n) {
    return n > 0 ? run(n, true) : 0;
}

std::int64_t Stepper::advanceUntil(std::int64_t n, std::chrono::steady_clock::time_point deadline) {
    constexpr std::int64_t kBlock = 256;
    n = std::min(n, m_horizon - m_t);
    std::int64_t done = 0;
    while (n - done > 1 && (done == 0 || std::chrono::steady_clock::now() < deadline))
        done += run(std::min(kBlock, n - done - 1), false);
    if (done < n) done += run(1, true);
    return done;
}

StepReason Stepper::reason() const {
    StepReason r;
    const Explanation& e = m_explanation;
    if (m_last.t < 0 || e.chosen < 0) return r;
    const std::size_t c = std::size_t(e.chosen);
    const std::string arm = std::to_string(e.chosen);
    switch (e.decision) {
    case Decision::Initial:
        if (e.explore > 0)
            r = {kRoundRobin, {m_name, std::to_string(e.explore / m_K), arm}};
        else
            r = {kInitial, {m_name, std::to_string(m_last.t), arm}};
        break;
    case Decision::Uniform:
        r = {kUniform, {m_name, arm}};
        break;
    case Decision::Index:
        r = {e.ties > 1 ? kIndexTie : kIndex,
             {m_name, arm, num(e.value[c]), num(e.mean[c]), num(e.value[c] - e.mean[c])}};
        break;
    case Decision::Sample:
        r = {e.ties > 1 ? kSampleTie : kSample, {m_name, arm, num(e.value[c])}};
        break;
    case Decision::Explore:
        r = {kExplore, {m_name, num(e.epsilon), arm}};
        break;
    case Decision::Exploit:
        r = {e.ties > 1 ? kExploitTie : kExploit, {m_name, num(1.0 - e.epsilon), arm, num(e.value[c])}};
        break;
    case Decision::Draw:
        r = {kDraw, {m_name, arm, num(e.value[c])}};
        break;
    case Decision::Commit:
        r = {kCommit, {m_name, arm, num(e.value[c])}};
        break;
    case Decision::Generic:
        r = {kGeneric, {m_name, arm}};
        break;
    }
    return r;
}

} // namespace tb::bandit

#pragma once
// Subjects of the survival game (../shared/reference/survival-game.md §8; docs/survival.md): each solves one
// task instance per call and reports K, the failures before its first success, or that it reached the attempt
// cap (K >= cap, right-censored). Each draws only from the Rng it is given.
#include <cstdint>
#include <memory>
#include <vector>

#include "bandit/PolicyCommon.h"
#include "core/ParamSpec.h"
#include "core/Rng.h"
#include "core/Sampling.h"

namespace tb::survival {

/// One task's outcome: K failures, or censored at `value` (= the cap: the subject failed that many times).
struct Outcome {
    std::int64_t value = 0;
    bool censored = false;
};

/// Largest K recorded exactly; a Beta–geometric draw with p below ~1e-15 would exceed it and is recorded as
/// censored at this value (documented: it is a lower bound, never a success).
inline constexpr std::int64_t kMaxFailures = 1000000000000000; // 1e15

/// Per-experiment data a subject may share across replicates (a bandit policy's ln tables).
class Subject {
public:
    virtual ~Subject() = default;
    /// A fresh per-replicate state (most subjects have none beyond the Rng).
    virtual std::unique_ptr<Subject> clone() const = 0;
    /// One task instance. `cap` 0 means no cap.
    virtual Outcome solve(Rng& g, std::int64_t cap) = 0;
    /// Tasks this subject can solve (observed counts: how many were observed; others: unlimited).
    virtual std::int64_t available() const { return INT64_MAX; }
};

/// The subject described by `params` (a validated, defaults-filled subjects[i] object).
std::unique_ptr<Subject> makeSubject(const Json& params, std::int64_t cap);
/// One-core nanoseconds per task of the subject `params` with `cap`, from the config alone (no allocation;
/// measured by tests/benchmarks/bench_survival).
double subjectNsPerTask(const Json& params, std::int64_t cap);
/// Default display label ("Beta–geometric α=1.5 β=1").
std::string subjectLabel(const Json& params);
/// The patterns of subjectLabel() (tb::fill), for Kind::textPatterns().
const std::vector<const char*>& subjectTextPatterns();

/// The Beta–geometric draw, exposed for the benchmark: p = X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta)
/// (samplers set up once), K = floor(ln U / ln(1 - p)) with ln(1 - p) = ln(Y / (X + Y)).
class BetaGeometricSampler {
public:
    BetaGeometricSampler(double alpha, double beta);
    Outcome operator()(Rng& g, std::int64_t cap) const;

private:
    GammaSampler m_x, m_y;
};

} // namespace tb::survival

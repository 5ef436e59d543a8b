#pragma once
// Internals shared by the tail-analysis sources (TailAnalysis.h is the public interface). Everything here
// works on x = K + 1.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <limits>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "core/Pooled.h"
#include "core/Rng.h"
#include "survival/TailAnalysis.h"

namespace tb::survival::detail {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Pooled observations on x = K + 1: distinct exact values ascending with their counts, and distinct
/// censoring values x_c ascending (the observation is only known to be >= x_c) with theirs.
struct TailData {
    std::vector<std::int64_t> x, n;   ///< exact
    std::vector<std::int64_t> cx, cn; ///< right-censored
    std::int64_t exactTotal = 0, censoredTotal = 0;

    std::int64_t total() const { return exactTotal + censoredTotal; }
    bool censored() const { return censoredTotal > 0; }
    void clear();
    static TailData from(const PooledCounts& failures);
};

/// ln zeta(a, xs[i]) for ascending xs >= 1: the top value directly, the others by adding x^-a downward from
/// the next one (§5.2: upward subtraction would lose precision), or directly again across a wide gap where a
/// direct evaluation is cheaper than the sum.
void lnZetaDownward(double a, const std::int64_t* xs, std::size_t m, double* out);

/// The rejection sampler of sampleZeta() with its constants computed once (the bootstrap draws millions).
class ZetaSampler {
public:
    ZetaSampler(double alpha, std::int64_t xmin);
    std::int64_t operator()(Rng& g) const;

private:
    double am1_, negInvAm1_, xmin_, bOverBm1_;
};

/// Too many observations for plfit's array of doubles (8 bytes each): the own MLE is used instead.
inline constexpr std::int64_t kPlfitMaxObservations = 50'000'000;
/// Above this much scan work (the sum of every candidate's tail size) the own MLE replaces plfit
/// (PowerLawFit.cpp).
inline constexpr double kPlfitMaxScanWork = 2e7;
/// The own scan tries every distinct value up to this many of them; beyond, every value up to 100 and then
/// kScanPerDecade per decade.
inline constexpr std::size_t kScanAllDistinct = 300;
inline constexpr double kScanPerDecade = 30;

/// Installs plfit's non-aborting error handler, once per process (thread-safe).
void ensurePlfitErrorHandler();

/// plfit_discrete (default L-BFGS alpha search, KS xmin scan, no finite-size correction, no p-value) on the
/// expansion of `d` into `buffer`. Fails (ok = false, message in *error) on censored data, fewer than 3
/// distinct values, or a plfit error code.
PowerLawFit fitWithPlfit(const TailData& d, std::vector<double>& buffer, std::string* error);

/// The censoring-aware MLE (Brent over a in [1.0001, 20]) at every candidate xmin with the KS choice of xmin.
PowerLawFit fitOwnMle(const TailData& d, std::string* error);

/// The censoring-aware MLE at one xmin.
PowerLawFit fitOwnMleAt(const TailData& d, std::int64_t xmin, std::string* error);

/// FitMethod::Automatic on TailData.
PowerLawFit fitAutomatic(const TailData& d, std::vector<double>& buffer, std::string* error);

/// 1 / sqrt(observed information) at (a, xmin): n_tail d²/da² ln zeta(a, xmin) minus, per censored value c,
/// count_c d²/da² ln zeta(a, c) (central second differences). Without censoring this is the §5.3 formula.
double alphaStandardError(const TailData& d, double a, std::int64_t xmin);

/// The semi-parametric bootstrap GoF (bootstrapGof() on TailData).
Gof bootstrapGof(const TailData& d, const PowerLawFit& fit, int refits, std::uint64_t seed, int threads,
                 const std::stop_token& stop);

/// The nonparametric level bootstrap: replicate b, from makeRng(seed, 0x1E7, b), resamples the N pooled
/// observations with replacement (exact multinomial over the (value, censored) cells) and refits them with
/// FitMethod::Automatic (xmin re-scanned). alphas[b] is the refit's a, NaN when it failed or did not run
/// (ran[b] = 0 when stopped first).
void levelBootstrap(const TailData& d, int resamples, std::uint64_t seed, int threads,
                    const std::stop_token& stop, std::vector<double>& alphas,
                    std::vector<unsigned char>& ran);

/// hillEstimate(), olsSlope() and vuongTests() on TailData.
Hill hillFrom(const TailData& d, int k);
Ols olsFrom(const TailData& d, std::int64_t kMin, std::int64_t kMax, bool logBins);
std::vector<Vuong> vuongFrom(const TailData& d, const PowerLawFit& fit);

/// Logarithmic bin edges over the integers [lo, hi]: 10 bins per decade, each at least one integer wide;
/// bin j is [edges[j], edges[j + 1]).
std::vector<std::int64_t> logBinEdges(std::int64_t lo, std::int64_t hi);

/// Exact multinomial resampling by inversion of uniformBelow(total) over cumulative counts, with a guide
/// table (Chen & Asau) so a draw costs O(1) on average instead of a binary search.
class CountSampler {
public:
    explicit CountSampler(const std::vector<std::int64_t>& counts);
    std::int64_t total() const { return total_; }
    /// Index of the cell holding observation r in [0, total).
    std::size_t cellOf(std::uint64_t r) const;

private:
    std::vector<std::int64_t> cum_; ///< cum_[i] = observations in cells 0..i
    std::vector<std::uint32_t> guide_;
    std::int64_t total_ = 0;
    std::uint64_t guideDiv_ = 1;
};

/// Runs makeWorker()(b) for every b in [0, count) on `threads` std::jthread workers (0: all hardware
/// threads), each worker built once by makeWorker() (its own buffers) and taking indexes from an atomic
/// counter, until all ran or `stop` is requested. ran[b] = 1 for the indexes that completed: results stored
/// per index make the outcome independent of the thread count and of scheduling. No exception leaves a worker
/// thread: one that throws (out of memory) just stops taking indexes.
template <class MakeWorker>
void forEachIndex(int count, int threads, const std::stop_token& stop, std::vector<unsigned char>& ran,
                  const MakeWorker& makeWorker) {
    ran.assign(std::size_t(std::max(count, 0)), 0);
    if (count <= 0) return;
    if (threads <= 0) threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min(threads, count);
    std::atomic<int> next{0};
    auto run = [&]() noexcept {
        try {
            auto work = makeWorker();
            for (;;) {
                if (stop.stop_requested()) return;
                const int b = next.fetch_add(1, std::memory_order_relaxed);
                if (b >= count) return;
                work(b);
                ran[std::size_t(b)] = 1;
            }
        } catch (...) {
        }
    };
    std::vector<std::jthread> pool;
    try {
        for (int t = 1; t < threads; ++t) pool.emplace_back(run);
    } catch (...) {
        // No more threads could be started: the ones running and this one share the work.
    }
    run();
}

} // namespace tb::survival::detail

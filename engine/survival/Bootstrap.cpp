// The two tail bootstraps: the semi-parametric goodness-of-fit p-value (§5.5) and the nonparametric level
// bootstrap (§7). Replicate b draws only from its own stream makeRng(seed, stream, b) and its result is
// stored at index b, so the outcome is bit-identical for any thread count.
#include <algorithm>
#include <cmath>
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "survival/TailAnalysis.h"
#include "survival/TailDetail.h"

namespace tb::survival {

namespace detail {

namespace {

constexpr std::uint64_t kGofStream = 0x60F;
constexpr std::uint64_t kLevelStream = 0x1E7;

/// Synthetic tail draws are counted per value in a dense window above xmin (almost all draws of a zeta law
/// land there) and sorted only beyond it, so building the pooled synthetic sample costs no full sort.
constexpr std::int64_t kDenseWindow = 4096;

/// Appends the dense window counts and the sorted overflow values to d (exact part, ascending).
void appendTail(TailData& d, std::int64_t xmin, const std::vector<std::int64_t>& dense,
                std::vector<std::int64_t>& overflow) {
    for (std::size_t o = 0; o < dense.size(); ++o) {
        if (dense[o] == 0) continue;
        d.x.push_back(xmin + std::int64_t(o));
        d.n.push_back(dense[o]);
        d.exactTotal += dense[o];
    }
    std::sort(overflow.begin(), overflow.end());
    for (std::size_t i = 0; i < overflow.size();) {
        std::size_t j = i;
        while (j < overflow.size() && overflow[j] == overflow[i]) ++j;
        d.x.push_back(overflow[i]);
        d.n.push_back(std::int64_t(j - i));
        d.exactTotal += std::int64_t(j - i);
        i = j;
    }
}

/// plfit_discrete allocates and frees two arrays of n doubles on every call (its sorted copy of the data and
/// the merge buffer of glibc's qsort). With glibc's default thresholds those come from fresh mmap or brk
/// pages each time (above 128 KiB, and the heap top is trimmed back on free), and page faults took about a
/// third of a 10^5-point refit (perf). Raising the mmap and trim thresholds to fit the refits' arrays keeps
/// those pages across refits. The setting is process-wide and only ever raised (bounded by 32 MiB per
/// allocation and 256 MiB kept), so the cost is memory held for reuse, never behaviour.
void keepRefitMemory(std::int64_t observations, int threads) {
#if defined(__GLIBC__)
    static std::mutex mutex;
    static std::size_t mmapThreshold = 0;
    constexpr std::size_t kMaxMmapThreshold = std::size_t(32) << 20, kMaxTrim = std::size_t(256) << 20;
    const std::size_t array = std::size_t(std::max<std::int64_t>(observations, 0)) * sizeof(double) + 4096;
    const std::size_t wanted = std::min(array, kMaxMmapThreshold);
    const std::lock_guard lock(mutex);
    if (wanted <= std::max<std::size_t>(mmapThreshold, 128 << 10)) return;
    const std::size_t workers = std::size_t(std::max(threads, 1));
    mmapThreshold = wanted;
    mallopt(M_MMAP_THRESHOLD, int(wanted));
    mallopt(M_TRIM_THRESHOLD, int(std::min(kMaxTrim, 4 * wanted * workers)));
#else
    (void)observations;
    (void)threads;
#endif
}

} // namespace

Gof bootstrapGof(const TailData& d, const PowerLawFit& fit, int refits, std::uint64_t seed, int threads,
                 const std::stop_token& stop) {
    Gof out;
    if (!fit.ok || refits <= 0 || d.total() <= 0) return out;
    const std::int64_t total = d.total();
    const std::int64_t xmin = fit.xmin;
    // The empirical part: exact values below xmin (censored values are all >= xmin in a fit that allowed
    // them).
    const std::size_t nBelowCells = std::size_t(std::lower_bound(d.x.begin(), d.x.end(), xmin) - d.x.begin());
    const std::vector<std::int64_t> belowCounts(d.n.begin(), d.n.begin() + std::ptrdiff_t(nBelowCells));
    const CountSampler below(belowCounts);
    const std::uint64_t nBelow = std::uint64_t(below.total());
    // Censored data: a synthetic x at or above the smallest censoring value is censored there, as the
    // experiment's cap would have censored it.
    const std::int64_t cap = d.censored() ? d.cx.front() : std::numeric_limits<std::int64_t>::max();
    const ZetaSampler zeta(fit.alpha, xmin);
    const bool viaPlfit = fit.viaPlfit;
    const double dData = fit.ks;
    if (viaPlfit) keepRefitMemory(total, threads > 0 ? threads : int(std::thread::hardware_concurrency()));

    // outcome[b]: 1 when D_syn >= D, 0 when smaller, 2 when the synthetic sample could not be fitted.
    std::vector<unsigned char> outcome(std::size_t(refits), 0), ran;
    struct Worker {
        const TailData& d;
        std::size_t nBelowCells;
        const CountSampler& below;
        std::uint64_t nBelow;
        std::int64_t total, xmin, cap;
        const ZetaSampler& zeta;
        bool viaPlfit;
        double dData;
        std::uint64_t seed;
        std::vector<unsigned char>& outcome;
        std::vector<std::int64_t> counts{}, dense{}, overflow{};
        std::vector<double> buffer{};
        TailData syn{};
        std::string error{};

        void operator()(int b) {
            Rng g = makeRng(seed, kGofStream, std::uint64_t(b));
            counts.assign(nBelowCells, 0);
            dense.assign(std::size_t(kDenseWindow), 0);
            overflow.clear();
            std::int64_t censored = 0;
            for (std::int64_t i = 0; i < total; ++i) {
                // Point i comes from the body with probability n_below / N (so n1 ~ Binomial(N, n_below /
                // N)), uniformly over the observations below xmin, and from the fitted law otherwise.
                if (nBelow > 0) { // xmin = 1 has no body: no draw needed
                    const std::uint64_t r = uniformBelow(g, std::uint64_t(total));
                    if (r < nBelow) {
                        ++counts[below.cellOf(r)];
                        continue;
                    }
                }
                const std::int64_t x = zeta(g);
                if (x >= cap) {
                    ++censored;
                } else if (x - xmin < kDenseWindow) {
                    ++dense[std::size_t(x - xmin)];
                } else {
                    overflow.push_back(x);
                }
            }
            syn.clear();
            for (std::size_t c = 0; c < nBelowCells; ++c) {
                if (counts[c] == 0) continue;
                syn.x.push_back(d.x[c]);
                syn.n.push_back(counts[c]);
                syn.exactTotal += counts[c];
            }
            appendTail(syn, xmin, dense, overflow);
            if (censored > 0) {
                syn.cx.push_back(cap);
                syn.cn.push_back(censored);
                syn.censoredTotal = censored;
            }
            const PowerLawFit f = viaPlfit ? fitWithPlfit(syn, buffer, &error) : fitOwnMle(syn, &error);
            outcome[std::size_t(b)] = !f.ok ? 2 : (f.ks >= dData ? 1 : 0);
        }
    };
    forEachIndex(refits, threads, stop, ran, [&] {
        return Worker{d, nBelowCells, below, nBelow, total, xmin, cap, zeta, viaPlfit, dData, seed, outcome};
    });
    int greater = 0;
    for (int b = 0; b < refits; ++b) {
        if (!ran[std::size_t(b)]) continue;
        const unsigned char o = outcome[std::size_t(b)];
        if (o == 2) {
            ++out.failed;
            continue;
        }
        ++out.refits;
        greater += o;
    }
    if (out.refits > 0) out.p = double(greater) / double(out.refits);
    return out;
}

void levelBootstrap(const TailData& d, int resamples, std::uint64_t seed, int threads,
                    const std::stop_token& stop, std::vector<double>& alphas,
                    std::vector<unsigned char>& ran) {
    alphas.assign(std::size_t(std::max(resamples, 0)), kNaN);
    ran.assign(alphas.size(), 0);
    if (resamples <= 0 || d.total() <= 0) return;
    // Cells: the exact values, then the censoring values.
    std::vector<std::int64_t> cellCounts(d.n);
    cellCounts.insert(cellCounts.end(), d.cn.begin(), d.cn.end());
    const CountSampler cells(cellCounts);
    const std::int64_t total = d.total();
    const std::size_t nExactCells = d.x.size();
    if (!d.censored())
        keepRefitMemory(total, threads > 0 ? threads : int(std::thread::hardware_concurrency()));

    struct Worker {
        const TailData& d;
        const CountSampler& cells;
        std::int64_t total;
        std::size_t nExactCells;
        std::uint64_t seed;
        std::vector<double>& alphas;
        std::vector<std::int64_t> counts{};
        std::vector<double> buffer{};
        TailData syn{};
        std::string error{};

        void operator()(int b) {
            Rng g = makeRng(seed, kLevelStream, std::uint64_t(b));
            counts.assign(nExactCells + d.cx.size(), 0);
            for (std::int64_t i = 0; i < total; ++i)
                ++counts[cells.cellOf(uniformBelow(g, std::uint64_t(total)))];
            syn.clear();
            for (std::size_t c = 0; c < nExactCells; ++c) {
                if (counts[c] == 0) continue;
                syn.x.push_back(d.x[c]);
                syn.n.push_back(counts[c]);
                syn.exactTotal += counts[c];
            }
            for (std::size_t c = 0; c < d.cx.size(); ++c) {
                const std::int64_t k = counts[nExactCells + c];
                if (k == 0) continue;
                syn.cx.push_back(d.cx[c]);
                syn.cn.push_back(k);
                syn.censoredTotal += k;
            }
            const PowerLawFit f = fitAutomatic(syn, buffer, &error);
            alphas[std::size_t(b)] = f.ok ? f.alpha : kNaN;
        }
    };
    forEachIndex(resamples, threads, stop, ran,
                 [&] { return Worker{d, cells, total, nExactCells, seed, alphas}; });
}

} // namespace detail

Gof bootstrapGof(const PooledCounts& failures, const PowerLawFit& fit, int refits, std::uint64_t seed,
                 int threads, std::stop_token stop) {
    return detail::bootstrapGof(detail::TailData::from(failures), fit, refits, seed, threads, stop);
}

} // namespace tb::survival

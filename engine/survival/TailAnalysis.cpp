// analyzeTail: descriptives, the power-law fit, both bootstraps, Hill, OLS, Vuong, the curves and the
// warnings.
#include "survival/TailAnalysis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "survival/TailDetail.h"

namespace tb::survival {

namespace {

using detail::kNaN;
using detail::TailData;

std::string format(const char* fmt, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}

/// Up to `count` distinct integers from lo to hi, spaced evenly on a log scale (both ends included).
std::vector<std::int64_t> logSpaced(std::int64_t lo, std::int64_t hi, int count) {
    std::vector<std::int64_t> out;
    if (hi < lo) return out;
    const double l0 = std::log(double(lo)), l1 = std::log(double(hi));
    for (int j = 0; j < count; ++j) {
        const double t = count == 1 ? 0.0 : double(j) / double(count - 1);
        const auto v = std::clamp<std::int64_t>(std::llround(std::exp(l0 + t * (l1 - l0))), lo, hi);
        if (out.empty() || v > out.back()) out.push_back(v);
    }
    return out;
}

/// Linear-interpolation quantile (type 7) of sorted values.
double quantile(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) return kNaN;
    const double h = p * double(sorted.size() - 1);
    const auto i = std::size_t(std::floor(h));
    if (i + 1 >= sorted.size()) return sorted.back();
    return sorted[i] + (h - double(i)) * (sorted[i + 1] - sorted[i]);
}

void descriptives(const TailData& d, const PooledCounts& failures, TailAnalysis& r) {
    r.n = d.total();
    r.nCensored = d.censoredTotal;
    std::int64_t zeros = 0;
    for (const auto& [k, c] : failures.exact)
        if (k == 0) zeros += c;
    r.zeroFraction = r.n > 0 ? double(zeros) / double(r.n) : 0.0;
    // Mean and variance of K over the exact observations, by Welford's update per cell (long double: counts
    // can be in the billions).
    long double mean = 0, m2 = 0, seen = 0;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        const long double k = d.x[i] - 1, c = d.n[i];
        const long double total = seen + c, delta = k - mean;
        mean += delta * c / total;
        m2 += delta * delta * seen * c / total;
        seen = total;
    }
    r.mean = seen > 0 ? double(mean) : kNaN;
    r.variance = seen > 1 ? double(m2 / (seen - 1)) : kNaN;
}

void curves(const TailData& d, TailAnalysis& r) {
    const double n = double(r.n);
    if (r.n == 0) return;
    // Histogram of the exact observations on logarithmic bins, as a density per observation.
    if (!d.x.empty()) {
        const auto edges = detail::logBinEdges(1, d.x.back());
        std::size_t i = 0;
        for (std::size_t j = 0; j + 1 < edges.size(); ++j) {
            std::int64_t count = 0;
            while (i < d.x.size() && d.x[i] < edges[j + 1]) count += d.n[i++];
            if (count == 0) continue;
            const double width = double(edges[j + 1] - edges[j]);
            r.histogram.push_back(
                {std::sqrt(double(edges[j]) * double(edges[j + 1] - 1)), double(count) / (width * n)});
        }
    }
    // Empirical P(X >= x) at every distinct value, a censored point counting as >= its value.
    std::vector<std::pair<std::int64_t, std::int64_t>> all;
    for (std::size_t i = 0; i < d.x.size(); ++i) all.emplace_back(d.x[i], d.n[i]);
    for (std::size_t j = 0; j < d.cx.size(); ++j) all.emplace_back(d.cx[j], d.cn[j]);
    std::sort(all.begin(), all.end());
    std::int64_t atOrAbove = r.n;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i;
        std::int64_t here = 0;
        while (j < all.size() && all[j].first == all[i].first) here += all[j++].second;
        r.survival.push_back({double(all[i].first), double(atOrAbove) / n});
        atOrAbove -= here;
        i = j;
    }
    // Fitted PMF and survival, scaled by the tail share so they overlay the empirical curves.
    if (r.fit.ok) {
        const double a = r.fit.alpha, share = double(r.fit.nTail) / n;
        const std::int64_t top = std::max(all.back().first, r.fit.xmin + 1);
        const auto xs = logSpaced(r.fit.xmin, top, 200);
        std::vector<double> lnz(xs.size());
        detail::lnZetaDownward(a, xs.data(), xs.size(), lnz.data());
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double x = double(xs[i]);
            r.fittedPmf.push_back({x, share * std::exp(-a * std::log(x) - lnz[0])});
            r.fittedSurvival.push_back({x, share * std::exp(lnz[i] - lnz[0])});
        }
    }
}

void hillCurves(const TailData& d, TailAnalysis& r) {
    if (d.exactTotal < 2) return;
    for (std::int64_t k : logSpaced(1, d.exactTotal - 1, 400)) {
        const Hill h = detail::hillFrom(d, int(std::min<std::int64_t>(k, std::numeric_limits<int>::max())));
        if (!std::isfinite(h.alpha)) continue; // ties at the threshold: H_k = 0
        const double band = 1.96 * h.alpha / std::sqrt(double(h.k));
        r.hillPlot.push_back({double(h.k), h.alpha});
        r.hillBandLow.push_back({double(h.k), h.alpha - band});
        r.hillBandHigh.push_back({double(h.k), h.alpha + band});
    }
}

} // namespace

namespace {
// Warnings built from parts (tb::fill), listed in tailTextPatterns().
constexpr const char* kCensored =
    TB_TR("engine",
          "%1 observations are right-censored (K >= cap): the power-law fit keeps them as survival terms; "
          "Hill, OLS, the mean and the variance use the exact ones only");
constexpr const char* kMeanInfinite =
    TB_TR("engine", "fitted a = %1 <= 2: the mean of K is infinite (Limited)");
constexpr const char* kVarianceInfinite =
    TB_TR("engine", "fitted a = %1 <= 3: the variance of K is infinite");
constexpr const char* kTooLittle = TB_TR("engine", "too little data: only %1 points in the tail");
constexpr const char* kGofFailed = TB_TR("engine", "%1 goodness-of-fit refits could not be fitted");
constexpr const char* kRuledOut = TB_TR("engine", "bootstrap p = %1 <= 0.1: power law ruled out");
constexpr const char* kLevelFailed = TB_TR("engine", "%1 level-bootstrap refits could not be fitted");
} // namespace

const std::vector<const char*>& tailTextPatterns() {
    static const std::vector<const char*> all = {kFitFailed, kCensored,  kMeanInfinite, kVarianceInfinite,
                                                 kTooLittle, kGofFailed, kRuledOut,     kLevelFailed};
    return all;
}

TailAnalysis analyzeTail(const PooledCounts& failures, const TailOptions& options) {
    TailAnalysis r;
    r.levelProbability.fill(kNaN);
    const TailData d = TailData::from(failures);
    descriptives(d, failures, r);
    if (r.n == 0) {
        r.warnings.push_back(TB_TR("engine", "no observations"));
        return r;
    }
    if (r.nCensored > 0) r.warnings.push_back(fill(kCensored, {std::to_string(r.nCensored)}));

    // The primary estimate.
    std::string error;
    std::vector<double> buffer;
    if (d.exactTotal > detail::kPlfitMaxObservations && !d.censored())
        r.warnings.push_back(
            TB_TR("engine", "too many observations for plfit's array: the own MLE was used"));
    r.fit = detail::fitAutomatic(d, buffer, &error);
    buffer = {};
    if (!r.fit.ok) {
        r.warnings.push_back(fill(kFitFailed, {error.empty() ? TB_TR("engine", "failed") : error}));
    } else {
        const double a = r.fit.alpha;
        r.level = levelOf(a);
        r.meanInfinite = r.level == Level::Limited;
        r.varianceInfinite = r.level != Level::Autonomous;
        if (r.meanInfinite)
            r.warnings.push_back(fill(kMeanInfinite, {format("%.3f", a)}));
        else if (r.varianceInfinite)
            r.warnings.push_back(fill(kVarianceInfinite, {format("%.3f", a)}));
        if (r.fit.nTail < 10) r.warnings.push_back(fill(kTooLittle, {std::to_string(r.fit.nTail)}));
        if (!r.fit.viaPlfit && (a <= 1.0001 + 1e-6 || a >= 20.0 - 1e-6))
            r.warnings.push_back(TB_TR("engine", "fitted a is at the edge of the search range [1.0001, 20]"));

        if (options.bootstrap > 0) {
            const Gof g = detail::bootstrapGof(d, r.fit, options.bootstrap, options.seed, options.threads,
                                               options.stop);
            r.pValue = g.p;
            r.pRefits = g.refits;
            if (g.failed > 0) r.warnings.push_back(fill(kGofFailed, {std::to_string(g.failed)}));
            if (r.pValue <= 0.1) r.warnings.push_back(fill(kRuledOut, {format("%.3f", r.pValue)}));
        }
        if (options.levelBootstrap > 0) {
            std::vector<double> alphas;
            std::vector<unsigned char> ran;
            detail::levelBootstrap(d, options.levelBootstrap, options.seed, options.threads, options.stop,
                                   alphas, ran);
            int failed = 0;
            for (std::size_t b = 0; b < alphas.size(); ++b) {
                if (!ran[b]) continue;
                if (std::isfinite(alphas[b]))
                    r.bootstrapAlphas.push_back(alphas[b]);
                else
                    ++failed;
            }
            if (failed > 0) r.warnings.push_back(fill(kLevelFailed, {std::to_string(failed)}));
            std::sort(r.bootstrapAlphas.begin(), r.bootstrapAlphas.end());
            r.levelResamples = int(r.bootstrapAlphas.size());
            if (r.levelResamples > 0) {
                r.levelProbability.fill(0.0);
                for (double a2 : r.bootstrapAlphas) r.levelProbability[std::size_t(levelOf(a2))] += 1.0;
                for (double& p : r.levelProbability) p /= double(r.levelResamples);
                r.alphaLow = quantile(r.bootstrapAlphas, 0.025);
                r.alphaHigh = quantile(r.bootstrapAlphas, 0.975);
            }
        }
        r.alternatives = detail::vuongFrom(d, r.fit);
    }

    // Hill on the exact observations. k defaults to sqrt(n) (arch's default), and at most the exact part of
    // the KS tail: the whole tail would reach down to x = 1 when xmin = 1, where ties of the discrete values
    // bias Hill badly (a zeta(2.5) sample of 8e4 gave a = 4.45 with k = n_tail, 2.5 with k = sqrt(n)).
    {
        std::int64_t k = options.hillK;
        if (k <= 0) {
            k = std::max<std::int64_t>(1, std::llround(std::sqrt(double(d.exactTotal))));
            if (r.fit.ok)
                k = std::min<std::int64_t>(k, std::max<std::int64_t>(1, r.fit.nTail - r.fit.nTailCensored));
        }
        const Hill h = detail::hillFrom(d, int(std::min<std::int64_t>(k, std::numeric_limits<int>::max())));
        r.hillK = h.k;
        r.alphaHill = h.alpha;
        r.alphaHillSe = h.se;
    }
    const Ols ols = detail::olsFrom(d, options.olsKMin, options.olsKMax, options.olsLogBins);
    r.olsSlope = ols.slope;
    r.olsKMin = ols.kMin;
    r.olsKMax = ols.kMax;
    r.olsPoints = ols.points;
    if (ols.points < 2)
        r.warnings.push_back(TB_TR("engine", "OLS slope: fewer than 2 non-empty bins in the range"));

    curves(d, r);
    hillCurves(d, r);
    return r;
}

} // namespace tb::survival

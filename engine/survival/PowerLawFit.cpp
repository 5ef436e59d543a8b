// The discrete power-law fit (§5.3, §5.4): plfit_discrete for uncensored data, the own censoring-aware MLE
// otherwise, both with the KS choice of xmin, and the standard error of a.
//
// plfit and threads. plfit_discrete with p_value_method = PLFIT_P_VALUE_SKIP is reentrant: it sorts its own
// copy of the data, and its L-BFGS search (lbfgs.c) and Hurwitz zeta (hzeta.c) keep no static state; the only
// mutable globals of libplfit 0.9.4 (nm on libplfit.a) are the error handler pointer (error.c, written once
// below before any call, then only read), a warning flag of the golden-section search (gss.c: continuous fits
// only) and the static cache of plfit_rbinom (rbinom.c, used by plfit's own resampling and p-value, which we
// never call: those are not thread-safe, and without an rng they use rand()). So refits run concurrently
// without a lock.
#include <algorithm>
#include <cmath>
#include <mutex>

#include <boost/math/tools/minima.hpp>

#include "survival/TailAnalysis.h"
#include "survival/TailDetail.h"

#include <plfit.h>
#include <plfit_error.h>

namespace tb::survival {

namespace detail {

namespace {
constexpr double kAlphaLow = 1.0001, kAlphaHigh = 20.0;
constexpr int kBrentBits = 26; // brent_find_minima's limit for double (digits / 2): a to about 3e-8
} // namespace

void TailData::clear() {
    x.clear();
    n.clear();
    cx.clear();
    cn.clear();
    exactTotal = censoredTotal = 0;
}

TailData TailData::from(const PooledCounts& failures) {
    TailData d;
    d.x.reserve(failures.exact.size());
    d.n.reserve(failures.exact.size());
    for (const auto& [k, c] : failures.exact) {
        if (k < 0 || c <= 0) continue; // K >= 0 by definition; nothing else is a failure count
        d.x.push_back(k + 1);
        d.n.push_back(c);
        d.exactTotal += c;
    }
    for (const auto& [k, c] : failures.atLeast) {
        if (c <= 0) continue;
        // K >= k with k < 0 says nothing beyond K >= 0.
        const std::int64_t xc = std::max<std::int64_t>(k, 0) + 1;
        if (!d.cx.empty() && d.cx.back() == xc) {
            d.cn.back() += c;
        } else {
            d.cx.push_back(xc);
            d.cn.push_back(c);
        }
        d.censoredTotal += c;
    }
    return d;
}

void ensurePlfitErrorHandler() {
    static std::once_flag once;
    // plfit's default handler aborts the process on any error (even "xmin must be at least 1").
    std::call_once(once, [] { plfit_set_error_handler(plfit_error_handler_ignore); });
}

double alphaStandardError(const TailData& d, double a, std::int64_t xmin) {
    std::int64_t nTail = 0;
    for (std::size_t i = 0; i < d.x.size(); ++i)
        if (d.x[i] >= xmin) nTail += d.n[i];
    for (std::size_t j = 0; j < d.cx.size(); ++j)
        if (d.cx[j] >= xmin) nTail += d.cn[j];
    if (nTail <= 0 || !(a > 1.0)) return kNaN;
    // Central second difference: h = 1e-3 keeps the truncation error (h² f''''/12) near 1e-7 relative and the
    // rounding error (1e-16 |ln zeta| / h²) near 1e-9; it shrinks near a = 1 so that a - h stays above 1.
    const double h = std::min(1e-3, 0.5 * (a - 1.0));
    auto second = [&](double q) {
        return (lnHurwitzZeta(a + h, q) - 2.0 * lnHurwitzZeta(a, q) + lnHurwitzZeta(a - h, q)) / (h * h);
    };
    double info = double(nTail) * second(double(xmin));
    for (std::size_t j = 0; j < d.cx.size(); ++j)
        if (d.cx[j] >= xmin) info -= double(d.cn[j]) * second(double(d.cx[j]));
    return info > 0.0 ? 1.0 / std::sqrt(info) : kNaN;
}

PowerLawFit fitWithPlfit(const TailData& d, std::vector<double>& buffer, std::string* error) {
    PowerLawFit fit;
    auto fail = [&](const std::string& message) {
        if (error) *error = message;
        return fit;
    };
    if (d.censored()) return fail(TB_TR("engine", "plfit cannot fit censored observations"));
    if (d.x.size() < 3) return fail(TB_TR("engine", "too little data: fewer than 3 distinct values"));
    if (d.exactTotal > kPlfitMaxObservations)
        return fail(TB_TR("engine", "too many observations for plfit's array"));
    ensurePlfitErrorHandler();
    buffer.resize(std::size_t(d.exactTotal));
    double* out = buffer.data();
    for (std::size_t i = 0; i < d.x.size(); ++i) out = std::fill_n(out, d.n[i], double(d.x[i]));

    plfit_discrete_options_t options;
    plfit_discrete_options_init(&options);
    options.finite_size_correction = 0;
    options.alpha_method = PLFIT_LBFGS;          // the default; its search is bounded below by 1 only
    options.p_value_method = PLFIT_P_VALUE_SKIP; // the library default is EXACT (2 500 refits)
    options.rng = nullptr;
    plfit_result_t result{};
    const int rc = plfit_discrete(buffer.data(), buffer.size(), &options, &result);
    if (rc != PLFIT_SUCCESS) return fail(std::string("plfit_discrete failed: ") + plfit_strerror(rc));
    if (!(result.alpha > 1.0) || !std::isfinite(result.alpha) || !(result.xmin >= 1.0))
        return fail(TB_TR("engine", "plfit_discrete returned no usable exponent"));

    fit.alpha = result.alpha;
    fit.xmin = std::llround(result.xmin);
    fit.ks = result.D;
    fit.logLikelihood = result.L;
    fit.viaPlfit = true;
    for (std::size_t i = 0; i < d.x.size(); ++i)
        if (d.x[i] >= fit.xmin) fit.nTail += d.n[i];
    fit.alphaSe = alphaStandardError(d, fit.alpha, fit.xmin);
    fit.ok = true;
    return fit;
}

namespace {

/// The own MLE: sums precomputed once so that each xmin costs the Brent search plus one KS pass.
class OwnFitter {
public:
    explicit OwnFitter(const TailData& d) : d_(d) {
        const std::size_t e = d.x.size();
        sufN_.assign(e + 1, 0);
        sufLn_.assign(e + 1, 0.0);
        for (std::size_t i = e; i-- > 0;) {
            sufN_[i] = sufN_[i + 1] + d.n[i];
            sufLn_[i] = sufLn_[i + 1] + double(d.n[i]) * std::log(double(d.x[i]));
        }
        cMin_ = d.cx.empty() ? std::numeric_limits<std::int64_t>::max() : d.cx.front();
        // KS points: distinct exact values up to the smallest censoring value, and that value itself. For
        // x <= x_c,min the empirical P(X < x) is exact: every censored point is known to be >= x_c,min.
        std::int64_t below = 0;
        for (std::size_t i = 0; i < e && d.x[i] <= cMin_; ++i) {
            pts_.push_back(d.x[i]);
            ptsBelow_.push_back(below);
            below += d.n[i];
        }
        if (d.censored() && (pts_.empty() || pts_.back() != cMin_)) {
            pts_.push_back(cMin_);
            ptsBelow_.push_back(below);
        }
    }

    std::int64_t smallestCensored() const { return cMin_; }

    PowerLawFit fitAt(std::int64_t xmin) {
        PowerLawFit fit;
        if (xmin < 1 || xmin > cMin_) return fit;
        const std::size_t i = std::size_t(std::lower_bound(d_.x.begin(), d_.x.end(), xmin) - d_.x.begin());
        const std::int64_t nExact = sufN_[i];
        const std::int64_t nTail = nExact + d_.censoredTotal;
        if (nTail <= 0) return fit;
        const double sumLn = sufLn_[i];
        const double q = double(xmin);
        // -ln L(a) = a sum ln x_i + n_tail ln zeta(a, xmin) - sum_c count_c ln zeta(a, x_c)
        auto negLogL = [&](double a) {
            double v = a * sumLn + double(nTail) * lnHurwitzZeta(a, q);
            for (std::size_t j = 0; j < d_.cx.size(); ++j)
                v -= double(d_.cn[j]) * lnHurwitzZeta(a, double(d_.cx[j]));
            return v;
        };
        std::uintmax_t iterations = 200;
        const auto [a, f] =
            boost::math::tools::brent_find_minima(negLogL, kAlphaLow, kAlphaHigh, kBrentBits, iterations);
        fit.alpha = a;
        fit.logLikelihood = -f;
        fit.xmin = xmin;
        fit.nTail = nTail;
        fit.nTailCensored = d_.censoredTotal;

        // KS distance over the KS points >= xmin, with xmin itself first.
        const std::size_t k0 = std::size_t(std::lower_bound(pts_.begin(), pts_.end(), xmin) - pts_.begin());
        evalPts_.clear();
        evalBelow_.clear();
        const std::int64_t belowXmin = d_.exactTotal - nExact;
        if (k0 == pts_.size() || pts_[k0] != xmin) {
            evalPts_.push_back(xmin);
            evalBelow_.push_back(belowXmin);
        }
        evalPts_.insert(evalPts_.end(), pts_.begin() + std::ptrdiff_t(k0), pts_.end());
        evalBelow_.insert(evalBelow_.end(), ptsBelow_.begin() + std::ptrdiff_t(k0), ptsBelow_.end());
        lnz_.resize(evalPts_.size());
        lnZetaDownward(a, evalPts_.data(), evalPts_.size(), lnz_.data());
        double dMax = 0.0;
        const double inv = 1.0 / double(nTail);
        for (std::size_t k = 0; k < evalPts_.size(); ++k) {
            // |P_emp(X < x) - P_fit(X < x)| with P_fit(X < x) = 1 - zeta(a, x)/zeta(a, xmin) = -expm1(...).
            const double dist =
                std::fabs(double(evalBelow_[k] - belowXmin) * inv + std::expm1(lnz_[k] - lnz_[0]));
            dMax = std::max(dMax, dist);
        }
        fit.ks = dMax;
        fit.ok = std::isfinite(a) && std::isfinite(dMax);
        return fit;
    }

    PowerLawFit scan(std::string* error) {
        // Distinct support points (exact values and censoring values): at least three must remain in the
        // tail, as in plfit, so the two largest are never candidates.
        std::vector<std::int64_t> support(d_.x);
        support.insert(support.end(), d_.cx.begin(), d_.cx.end());
        std::sort(support.begin(), support.end());
        support.erase(std::unique(support.begin(), support.end()), support.end());
        if (support.size() < 3) {
            if (error) *error = TB_TR("engine", "too little data: fewer than 3 distinct values");
            return {};
        }
        const std::int64_t limit = support[support.size() - 2]; // candidates below the second largest
        PowerLawFit best;
        best.ks = std::numeric_limits<double>::infinity();
        // Every distinct value is a candidate while there are at most kScanAllDistinct of them; beyond, every
        // value up to 100 and then kScanPerDecade per decade, which keeps a scan over data with 10^4–10^6
        // distinct values (uniform or rank-like counts) to milliseconds instead of minutes.
        const bool thin = d_.x.size() > kScanAllDistinct;
        double nextThin = 0;
        for (std::size_t i = 0; i < d_.x.size() && d_.x[i] < limit && d_.x[i] <= cMin_; ++i) {
            if (thin && d_.x[i] > 100) {
                if (double(d_.x[i]) < nextThin) continue;
                nextThin = double(d_.x[i]) * std::pow(10.0, 1.0 / kScanPerDecade);
            }
            PowerLawFit f = fitAt(d_.x[i]);
            if (f.ok && f.ks < best.ks) best = f; // strict: the smallest xmin wins a tie, as in plfit
        }
        if (!best.ok) {
            if (error)
                *error = d_.censored()
                             ? TB_TR("engine", "no candidate xmin at or below the smallest censoring value")
                             : TB_TR("engine", "no candidate xmin could be fitted");
            return {};
        }
        best.alphaSe = alphaStandardError(d_, best.alpha, best.xmin);
        return best;
    }

private:
    const TailData& d_;
    std::vector<std::int64_t> sufN_;
    std::vector<double> sufLn_;
    std::int64_t cMin_ = 0;
    std::vector<std::int64_t> pts_, ptsBelow_, evalPts_, evalBelow_;
    std::vector<double> lnz_;
};

} // namespace

PowerLawFit fitOwnMle(const TailData& d, std::string* error) {
    if (d.total() == 0) {
        if (error) *error = TB_TR("engine", "no observations");
        return {};
    }
    return OwnFitter(d).scan(error);
}

PowerLawFit fitOwnMleAt(const TailData& d, std::int64_t xmin, std::string* error) {
    OwnFitter fitter(d);
    if (xmin > fitter.smallestCensored()) {
        if (error) *error = TB_TR("engine", "xmin is above the smallest censoring value");
        return {};
    }
    PowerLawFit fit = fitter.fitAt(xmin);
    if (!fit.ok) {
        if (error) *error = TB_TR("engine", "no observation at or above xmin");
        return fit;
    }
    fit.alphaSe = alphaStandardError(d, fit.alpha, fit.xmin);
    return fit;
}

PowerLawFit fitAutomatic(const TailData& d, std::vector<double>& buffer, std::string* error) {
    if (d.censored() || d.exactTotal > kPlfitMaxObservations) return fitOwnMle(d, error);
    // plfit's scan fits every distinct value with an L-BFGS over the whole tail: about the sum of the tail
    // sizes of all candidates in work. Heavy tails keep that small (most candidates have short tails); data
    // with many distinct values and long tails (a uniform K over 10^4 candidates) would take minutes per fit.
    double scanWork = 0;
    std::int64_t tail = d.exactTotal;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        scanWork += double(tail);
        tail -= d.n[i];
    }
    if (scanWork > kPlfitMaxScanWork) return fitOwnMle(d, error);
    return fitWithPlfit(d, buffer, error);
}

} // namespace detail

PowerLawFit fitPowerLaw(const PooledCounts& failures, FitMethod method, std::vector<std::string>* warnings) {
    const detail::TailData d = detail::TailData::from(failures);
    std::string error;
    std::vector<double> buffer;
    PowerLawFit fit;
    switch (method) {
    case FitMethod::Automatic:
        fit = detail::fitAutomatic(d, buffer, &error);
        break;
    case FitMethod::Plfit:
        fit = detail::fitWithPlfit(d, buffer, &error);
        break;
    case FitMethod::OwnMle:
        fit = detail::fitOwnMle(d, &error);
        break;
    }
    if (!fit.ok && warnings)
        warnings->push_back(fill(kFitFailed, {error.empty() ? TB_TR("engine", "failed") : error}));
    return fit;
}

PowerLawFit fitPowerLawAt(const PooledCounts& failures, std::int64_t xmin) {
    return detail::fitOwnMleAt(detail::TailData::from(failures), xmin, nullptr);
}

} // namespace tb::survival

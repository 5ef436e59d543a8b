// ln zeta(s, q) by Euler–Maclaurin (§5.2) and its downward accumulation over many q.
#include <cmath>

#include "survival/TailAnalysis.h"
#include "survival/TailDetail.h"

namespace tb::survival {

namespace {
// B_2j / (2j)! for j = 1..7 (B_2 = 1/6, B_4 = -1/30, B_6 = 1/42, B_8 = -1/30, B_10 = 5/66, B_12 = -691/2730,
// B_14 = 7/6).
constexpr double kEmCoefficients[7] = {1.0 / 12.0,         -1.0 / 720.0,     1.0 / 30240.0,
                                       -1.0 / 1209600.0,   1.0 / 47900160.0, -691.0 / 1307674368000.0,
                                       1.0 / 74724249600.0};
constexpr int kDirectTerms = 12;
} // namespace

double lnHurwitzZeta(double s, double q) {
    if (!(s > 1.0) || !(q > 0.0) || !std::isfinite(s) || !std::isfinite(q)) return detail::kNaN;
    // Everything is scaled by q^s so that no term under- or overflows for any q (ln zeta(s, q) is about
    // -(s - 1) ln q for large q): ln zeta = -s ln q + ln( sum_{n<N} (1 + n/q)^-s + EM tail * q^s ).
    double direct = 0.0;
    for (int n = kDirectTerms - 1; n >= 1; --n)
        direct += std::exp(-s * std::log1p(n / q)); // small terms first
    direct += 1.0;
    const double w = kDirectTerms + q;
    const double r = std::exp(-s * std::log1p(kDirectTerms / q)); // (w / q)^-s
    // Tail sum_{n>=N} (n + q)^-s = w^-s [ w/(s-1) + 1/2 + sum_j B_2j/(2j)! s(s+1)...(s+2j-2) w^(1-2j) ].
    double corr = 0.0, rising = s, wPower = 1.0 / w;
    const double invW2 = wPower * wPower;
    for (int j = 1; j <= 7; ++j) {
        corr += kEmCoefficients[j - 1] * rising * wPower;
        rising *= (s + 2 * j - 1) * (s + 2 * j);
        wPower *= invW2;
    }
    const double tail = r * (w / (s - 1.0) + 0.5 + corr);
    return -s * std::log(q) + std::log(direct + tail);
}

namespace detail {

void lnZetaDownward(double a, const std::int64_t* xs, std::size_t m, double* out) {
    if (m == 0) return;
    // A direct evaluation costs about as much as summing 12 terms, so gaps wider than this are bridged by
    // one.
    constexpr std::int64_t kMaxSummedGap = 16;
    out[m - 1] = lnHurwitzZeta(a, double(xs[m - 1]));
    for (std::size_t i = m - 1; i-- > 0;) {
        const std::int64_t lo = xs[i], hi = xs[i + 1];
        if (hi - lo > kMaxSummedGap) {
            out[i] = lnHurwitzZeta(a, double(lo));
            continue;
        }
        // zeta(a, lo) = zeta(a, hi) + sum_{k=lo}^{hi-1} k^-a, summed relative to zeta(a, hi) (no underflow).
        const double ref = out[i + 1];
        double sum = 0.0;
        for (std::int64_t k = hi - 1; k >= lo; --k) sum += std::exp(-a * std::log(double(k)) - ref);
        out[i] = ref + std::log1p(sum);
    }
}

} // namespace detail
} // namespace tb::survival

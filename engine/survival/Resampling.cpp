// Samplers of the tail bootstraps: the discrete power law (Devroye's rejection, as plfit_rzeta, §5.6) and
// exact multinomial resampling of pooled counts, both over tb::Rng only.
#include <cmath>

#include "survival/TailAnalysis.h"
#include "survival/TailDetail.h"

namespace tb::survival {

namespace detail {

namespace {
// Draws are kept below 2^62 so that x and K = x - 1 fit std::int64_t with room to spare. The law is thereby
// conditioned on X < 2^62: that changes nothing measurable unless alpha - 1 is tiny (P(X >= 2^62) is about
// (xmin / 2^62)^(alpha - 1): 1e-8 at alpha = 1.4).
constexpr double kMaxDraw = 0x1.0p62;
} // namespace

ZetaSampler::ZetaSampler(double alpha, std::int64_t xmin)
    : am1_(alpha - 1.0), negInvAm1_(-1.0 / (alpha - 1.0)), xmin_(double(xmin)) {
    // b = (1 + 1/xmin)^(alpha - 1); the acceptance test uses b / (b - 1), with b - 1 by expm1 (no
    // cancellation for large xmin or alpha near 1).
    const double bm1 = std::expm1(am1_ * std::log1p(1.0 / xmin_));
    bOverBm1_ = (1.0 + bm1) / bm1;
}

std::int64_t ZetaSampler::operator()(Rng& g) const {
    for (;;) {
        const double u = uniform01(g), v = uniform01(g);
        // Envelope Y = floor(xmin (1 - U)^(-1/(alpha - 1))) (1 - U in (0, 1], so Y >= xmin up to rounding).
        const double y = std::floor(xmin_ * std::pow(1.0 - u, negInvAm1_));
        if (!(y >= xmin_) || !(y < kMaxDraw)) continue;
        // Accept if V Y (T - 1) / (b - 1) * b <= T xmin, T = ((Y + 1) / Y)^(alpha - 1). T by one pow, as in
        // plfit: T - 1 (about (alpha - 1) / Y) then carries a relative error near 2e-16 Y, 1e-9 at Y = 1e7
        // and harmless at any Y a sample reaches; expm1(log1p()) would cost a second transcendental call per
        // draw.
        const double t = std::pow((y + 1.0) / y, am1_);
        const double tm1 = t - 1.0;
        if (v * y * tm1 * bOverBm1_ <= t * xmin_) return std::int64_t(y);
    }
}

CountSampler::CountSampler(const std::vector<std::int64_t>& counts) {
    cum_.resize(counts.size());
    std::int64_t c = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) cum_[i] = c += counts[i];
    total_ = c;
    if (total_ <= 0) return;
    // Guide table: guide_[t] = first cell whose cumulative count exceeds t * guideDiv_, so the search for r
    // starts at guide_[r / guideDiv_] and moves on by about one cell on average.
    const std::uint64_t slots =
        std::max<std::uint64_t>(1, std::min<std::uint64_t>(2 * counts.size(), total_));
    guideDiv_ = (std::uint64_t(total_) + slots - 1) / slots;
    guide_.resize(std::size_t((std::uint64_t(total_) - 1) / guideDiv_ + 1));
    std::size_t cell = 0;
    for (std::size_t t = 0; t < guide_.size(); ++t) {
        const std::uint64_t r = t * guideDiv_;
        while (std::uint64_t(cum_[cell]) <= r) ++cell;
        guide_[t] = std::uint32_t(cell);
    }
}

std::size_t CountSampler::cellOf(std::uint64_t r) const {
    std::size_t cell = guide_[std::size_t(r / guideDiv_)];
    while (std::uint64_t(cum_[cell]) <= r) ++cell;
    return cell;
}

} // namespace detail

std::int64_t sampleZeta(Rng& g, double alpha, std::int64_t xmin) {
    if (!(alpha > 1.0) || xmin < 1) return 0; // outside the law's domain: documented precondition
    return detail::ZetaSampler(alpha, xmin)(g);
}

} // namespace tb::survival

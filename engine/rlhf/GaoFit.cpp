#include "rlhf/GaoFit.h"

#include <cmath>

namespace tb::rlhf {

double gaoValue(GaoForm form, double alpha, double beta, double d) {
    if (d <= 0) return 0;
    return form == GaoForm::BestOfN ? d * (alpha - beta * d) : d * (alpha - beta * std::log(d));
}

GaoFit fitGao(GaoForm form, const std::vector<double>& d, const std::vector<double>& y) {
    // Linear in (alpha, beta): y = alpha u + beta v with u = d and v = -d^2 (best-of-n) or -d ln d (RL).
    double suu = 0, suv = 0, svv = 0, suy = 0, svy = 0, sy = 0, syy = 0;
    GaoFit f;
    for (std::size_t i = 0; i < d.size() && i < y.size(); ++i) {
        if (!(d[i] > 0) || !std::isfinite(y[i])) continue;
        const double u = d[i], v = form == GaoForm::BestOfN ? -d[i] * d[i] : -d[i] * std::log(d[i]);
        suu += u * u, suv += u * v, svv += v * v, suy += u * y[i], svy += v * y[i];
        sy += y[i], syy += y[i] * y[i];
        ++f.points;
    }
    const double det = suu * svv - suv * suv;
    if (f.points < 3 || !(std::fabs(det) > 1e-300)) return f;
    f.alpha = (suy * svv - svy * suv) / det;
    f.beta = (svy * suu - suy * suv) / det;
    double ssr = 0;
    for (std::size_t i = 0; i < d.size() && i < y.size(); ++i) {
        if (!(d[i] > 0) || !std::isfinite(y[i])) continue;
        const double e = y[i] - gaoValue(form, f.alpha, f.beta, d[i]);
        ssr += e * e;
    }
    const double sst = syy - sy * sy / f.points;
    f.r2 = sst > 0 ? 1 - ssr / sst : NAN;
    if (f.beta > 0) {
        if (form == GaoForm::BestOfN) {
            f.dStar = f.alpha / (2 * f.beta);
            f.rStar = f.alpha * f.alpha / (4 * f.beta);
        } else {
            f.dStar = std::exp(f.alpha / f.beta - 1);
            f.rStar = f.beta * f.dStar;
        }
    } else {
        f.dStar = f.rStar = NAN;
    }
    f.ok = true;
    return f;
}

} // namespace tb::rlhf

#pragma once
// Gao, Schulman & Hilton's functional forms for reward-model overoptimisation (reference rlhf.md §2.1, §2.8):
// best-of-n R(d) = d (alpha - beta d) and RL R(d) = d (alpha - beta ln d), d = sqrt(KL), fitted by least
// squares with no intercept (points with d = 0 dropped), with R^2 and the peak.
#include <vector>

namespace tb::rlhf {

enum class GaoForm { BestOfN, Rl };

struct GaoFit {
    bool ok = false;
    double alpha = 0, beta = 0;
    double r2 = 0;    ///< 1 - SS_res / SS_tot (SS_tot about the mean of y)
    double dStar = 0; ///< argmax; NaN when beta <= 0 (no turnover)
    double rStar = 0; ///< the maximum; NaN when beta <= 0
    int points = 0;
};

GaoFit fitGao(GaoForm form, const std::vector<double>& d, const std::vector<double>& y);
/// The fitted curve at d.
double gaoValue(GaoForm form, double alpha, double beta, double d);

} // namespace tb::rlhf

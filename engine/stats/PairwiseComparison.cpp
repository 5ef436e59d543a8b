#include "stats/PairwiseComparison.h"

#include <stdexcept>

#include "stats/Holm.h"

namespace tb::stats {

const char* toString(Verdict v) {
    switch (v) {
    case Verdict::Larger:
        return "larger";
    case Verdict::Smaller:
        return "smaller";
    case Verdict::Equal:
        break;
    }
    return "equal";
}

std::vector<PairComparison> compareAllPairs(std::span<const std::vector<double>> samples,
                                            const ComparisonOptions& o) {
    if (!(o.alpha > 0 && o.alpha < 1)) throw std::invalid_argument("alpha must be in (0, 1)");
    std::vector<PairComparison> pairs;
    for (std::size_t i = 0; i < samples.size(); ++i)
        for (std::size_t j = i + 1; j < samples.size(); ++j) {
            PairComparison c;
            c.a = int(i);
            c.b = int(j);
            c.welch = welchTest(samples[i], samples[j]);
            c.mannWhitney = mannWhitney(samples[i], samples[j]);
            c.hedgesG = hedgesG(samples[i], samples[j]);
            BootstrapOptions bo = o.bootstrap;
            bo.stream = pairs.size();
            c.intervals = bootstrapEffectSizes(samples[i], samples[j], bo);
            pairs.push_back(c);
        }
    std::vector<double> pw, pm;
    for (const auto& c : pairs) {
        pw.push_back(c.welch.p);
        pm.push_back(c.mannWhitney.p);
    }
    const auto hw = holmAdjust(pw), hm = holmAdjust(pm);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        auto& c = pairs[k];
        c.welchHolm = hw[k];
        c.mannWhitneyHolm = hm[k];
        if (c.welchHolm < o.alpha && c.welch.difference != 0)
            c.verdict = c.welch.difference > 0 ? Verdict::Larger : Verdict::Smaller;
        if (c.mannWhitneyHolm < o.alpha && c.mannWhitney.superiority != 0.5)
            c.verdictMannWhitney = c.mannWhitney.superiority > 0.5 ? Verdict::Larger : Verdict::Smaller;
    }
    return pairs;
}

} // namespace tb::stats

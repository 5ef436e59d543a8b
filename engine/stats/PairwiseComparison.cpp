#include "stats/PairwiseComparison.h"

#include <cmath>
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
        pairs[k].welchHolm = hw[k];
        pairs[k].mannWhitneyHolm = hm[k];
    }
    decideVerdicts(pairs, o.alpha);
    return pairs;
}

void decideVerdicts(std::span<PairComparison> pairs, double alpha) {
    if (!(alpha > 0 && alpha < 1)) throw std::invalid_argument("alpha must be in (0, 1)");
    for (auto& c : pairs) {
        c.verdict = Verdict::Equal;
        c.verdictMannWhitney = Verdict::Equal;
        if (c.welchHolm < alpha && c.welch.difference != 0)
            c.verdict = c.welch.difference > 0 ? Verdict::Larger : Verdict::Smaller;
        if (c.mannWhitneyHolm < alpha && c.mannWhitney.superiority != 0.5)
            c.verdictMannWhitney = c.mannWhitney.superiority > 0.5 ? Verdict::Larger : Verdict::Smaller;
    }
}

int betterSample(const PairComparison& p, bool lowerIsBetter) {
    if (p.verdict == Verdict::Equal) return -1;
    const bool aLarger = p.verdict == Verdict::Larger;
    return aLarger != lowerIsBetter ? p.a : p.b;
}

FiniteSample finiteSample(std::span<const double> raw) {
    FiniteSample out;
    for (double v : raw) {
        if (std::isfinite(v))
            out.values.push_back(v);
        else
            ++out.missing;
    }
    return out;
}

FiniteComparison compareFinite(std::span<const std::vector<double>> raw, const ComparisonOptions& options) {
    FiniteComparison out;
    std::vector<int> index; // raw index of each compared sample
    std::vector<std::vector<double>> compared;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        out.samples.push_back(finiteSample(raw[i]));
        if (out.samples.back().comparable()) {
            index.push_back(int(i));
            compared.push_back(out.samples.back().values);
        }
    }
    out.pairs = compareAllPairs(compared, options);
    for (auto& p : out.pairs) {
        p.a = index[std::size_t(p.a)];
        p.b = index[std::size_t(p.b)];
    }
    return out;
}

} // namespace tb::stats

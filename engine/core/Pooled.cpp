#include "core/Pooled.h"

#include <algorithm>

namespace tb {

namespace {
std::int64_t sum(const std::vector<PooledCounts::Entry>& v) {
    std::int64_t s = 0;
    for (const auto& e : v) s += e.second;
    return s;
}

void merge(std::vector<PooledCounts::Entry>& into, const std::vector<PooledCounts::Entry>& from) {
    if (from.empty()) return;
    if (into.empty()) {
        into = from;
        return;
    }
    std::vector<PooledCounts::Entry> out;
    out.reserve(into.size() + from.size());
    auto a = into.cbegin();
    auto b = from.cbegin();
    while (a != into.cend() || b != from.cend()) {
        if (b == from.cend() || (a != into.cend() && a->first < b->first))
            out.push_back(*a++);
        else if (a == into.cend() || b->first < a->first)
            out.push_back(*b++);
        else {
            out.emplace_back(a->first, a->second + b->second);
            ++a;
            ++b;
        }
    }
    into.swap(out);
}

std::vector<PooledCounts::Entry> compress(std::vector<std::int64_t>& values) {
    std::sort(values.begin(), values.end());
    std::vector<PooledCounts::Entry> out;
    for (std::size_t i = 0; i < values.size();) {
        std::size_t j = i;
        while (j < values.size() && values[j] == values[i]) ++j;
        out.emplace_back(values[i], std::int64_t(j - i));
        i = j;
    }
    return out;
}
} // namespace

std::int64_t PooledCounts::exactTotal() const {
    return sum(exact);
}
std::int64_t PooledCounts::censoredTotal() const {
    return sum(atLeast);
}

void PooledCounts::add(const PooledCounts& other) {
    merge(exact, other.exact);
    merge(atLeast, other.atLeast);
}

void PooledCounts::addAll(const std::vector<const PooledCounts*>& parts) {
    auto gather = [&](auto member) {
        std::size_t n = 0;
        for (const PooledCounts* p : parts) n += (p->*member).size();
        if (n == 0) return std::vector<Entry>{};
        std::vector<Entry> all;
        all.reserve(n);
        for (const PooledCounts* p : parts) all.insert(all.end(), (p->*member).begin(), (p->*member).end());
        std::sort(all.begin(), all.end());
        std::vector<Entry> out;
        for (const Entry& e : all)
            if (!out.empty() && out.back().first == e.first)
                out.back().second += e.second;
            else
                out.push_back(e);
        return out;
    };
    merge(exact, gather(&PooledCounts::exact));
    merge(atLeast, gather(&PooledCounts::atLeast));
}

void PooledCounts::addRaw(std::vector<std::int64_t>& exactValues, std::vector<std::int64_t>& censoredValues) {
    merge(exact, compress(exactValues));
    merge(atLeast, compress(censoredValues));
}

void PooledTally::compressRaw() {
    std::vector<std::int64_t> none;
    m_compressed.addRaw(m_raw, none);
    m_raw.clear();
}

void PooledTally::take(PooledCounts& out) {
    PooledCounts part;
    for (std::int64_t v = 0; v < kDense; ++v)
        if (m_dense[std::size_t(v)] > 0) {
            part.exact.emplace_back(v, m_dense[std::size_t(v)]);
            m_dense[std::size_t(v)] = 0;
        }
    std::vector<std::int64_t> high;
    high.swap(m_raw);
    std::vector<std::int64_t> cens;
    cens.swap(m_censored);
    part.addRaw(high, cens);
    part.add(m_compressed);
    m_compressed = PooledCounts{};
    out.add(part);
}

} // namespace tb

#pragma once
// Values pooled across replicates: every observation of an integer quantity (a failure count K), kept as a
// count per distinct value rather than as per-replicate means. An observation is either exact or
// right-censored
// ("at least v": a trial stopped at a cap before it ended). Summing counts is exact and order-free, so pooled
// data are bit-identical for any thread count.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace tb {

struct PooledCounts {
    using Entry = std::pair<std::int64_t, std::int64_t>; ///< (value, count), count > 0
    std::vector<Entry> exact;                            ///< ascending, unique values
    std::vector<Entry> atLeast; ///< right-censored: observations known only to be >= value; ascending, unique

    std::int64_t exactTotal() const;
    std::int64_t censoredTotal() const;
    std::int64_t total() const { return exactTotal() + censoredTotal(); }
    bool empty() const { return exact.empty() && atLeast.empty(); }
    /// Adds `other`'s counts (a linear merge).
    void add(const PooledCounts& other);
    /// Adds the counts of every part (one sort of all their entries, then one merge).
    void addAll(const std::vector<const PooledCounts*>& parts);
    /// Sorts and compresses raw observations into counts and adds them.
    void addRaw(std::vector<std::int64_t>& exactValues, std::vector<std::int64_t>& censoredValues);
    bool operator==(const PooledCounts&) const = default;
};

/// Collects the observations of one replicate between two checkpoints cheaply: small values in a dense table,
/// the rest raw; take() hands them over as counts and starts afresh.
class PooledTally {
public:
    static constexpr std::int64_t kDense = 4096;
    PooledTally() : m_dense(std::size_t(kDense), 0) {}
    void add(std::int64_t value) {
        if (value >= 0 && value < kDense)
            ++m_dense[std::size_t(value)];
        else
            m_raw.push_back(value);
        if (m_raw.size() >= kCompressAt) compressRaw();
    }
    void addCensored(std::int64_t value) { m_censored.push_back(value); }
    /// Moves everything added since the last take() into `out` (added to what it holds).
    void take(PooledCounts& out);

private:
    static constexpr std::size_t kCompressAt = std::size_t(1) << 20;
    void compressRaw();
    std::vector<std::int64_t> m_dense;
    std::vector<std::int64_t> m_raw, m_censored;
    PooledCounts m_compressed; ///< raw values compressed when there were many of them
};

} // namespace tb

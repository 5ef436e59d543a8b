#pragma once
// Values pooled across replicates: every observation of an integer quantity (a failure count K), kept as a
// count per distinct value rather than as per-replicate means. An observation is either exact or right-censored
// ("at least v": a trial stopped at a cap before it ended). Summing counts is exact and order-free, so pooled
// data are bit-identical for any thread count.
#include <cstdint>
#include <utility>
#include <vector>

namespace tb {

struct PooledCounts {
    using Entry = std::pair<std::int64_t, std::int64_t>; ///< (value, count), count > 0
    std::vector<Entry> exact;   ///< ascending, unique values
    std::vector<Entry> atLeast; ///< right-censored: observations known only to be >= value; ascending, unique

    std::int64_t exactTotal() const;
    std::int64_t censoredTotal() const;
    std::int64_t total() const { return exactTotal() + censoredTotal(); }
    bool empty() const { return exact.empty() && atLeast.empty(); }
    /// Adds `other`'s counts (a linear merge).
    void add(const PooledCounts& other);
    /// Sorts and compresses raw observations into counts and adds them.
    void addRaw(std::vector<std::int64_t>& exactValues, std::vector<std::int64_t>& censoredValues);
    bool operator==(const PooledCounts&) const = default;
};

} // namespace tb

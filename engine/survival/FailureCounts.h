#pragma once
// Reading measured failure counts (the Survival Game's K: failed attempts before the first success, §2.1)
// from a user's file into PooledCounts, for tail analysis of data measured elsewhere (e.g. by the paper's
// notebooks).
//
// Format. Either a plain list, one count per line, or a CSV file with a header and the counts in a named
// column. Blank lines and lines starting with '#' are skipped. A count is a non-negative decimal integer
// ("0", "17"), or ">=N" for a right-censored trial known only to have K >= N (the correct answer was not
// among the N candidates searched: the notebooks write such trials as -1 or -2 and drop them; here they are
// kept, §3.4). Negative numbers are refused with that explanation. No other spelling is accepted ("≥N", "+3",
// "3.0", "1e3"), so nothing is read approximately.
//
// Detection: with FailureCountOptions::column the first data line is the header; without it, a first data
// line that has a comma and a field that is not a count is a header too, and the column must then be named.
#include <cstdint>
#include <istream>
#include <string>

#include "core/Pooled.h"

namespace tb::survival {

struct FailureCountOptions {
    /// CSV column holding the counts; "": a plain list (one count per line).
    std::string column = {};
    /// > 0: every count >= cap is censored at cap (K >= cap), and so is ">=N" with N >= cap: a trial that
    /// reached the cap is known only to have K >= cap (a search over cap candidates). 0: no cap.
    std::int64_t cap = 0;
};

/// Refused before reading (a list of 2 GiB holds some 10^8 counts), and a line this long is not a count.
inline constexpr std::uintmax_t kMaxFailureFileBytes = std::uintmax_t(2) << 30;
inline constexpr std::size_t kMaxFailureLineBytes = std::size_t(1) << 20;

/// Reads a failure-count file (see above) after refusing what is not a regular file of at most
/// kMaxFailureFileBytes. Throws InputError: each problem located "FILE:LINE" with the offending content
/// quoted and escaped ("counts.txt:7: \"abc\": expected a non-negative integer failure count or >=N"), at
/// most 20 of them; no data at all is an error too.
PooledCounts readFailureCounts(const std::string& path, const FailureCountOptions& options = {});
/// The same from a stream; `source` names it in messages.
PooledCounts parseFailureCounts(std::istream& in, const std::string& source,
                                const FailureCountOptions& options = {});

} // namespace tb::survival

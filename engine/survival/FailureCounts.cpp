#include "survival/FailureCounts.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <system_error>
#include <vector>

#include "core/Error.h"
#include "survival/DataText.h"
#include "survival/TextInput.h"

namespace tb::survival {

namespace dt = data_text;

namespace {

/// Raw values are compressed into the counts every this many, so memory stays bounded by the number of
/// distinct values, not by the file.
constexpr std::size_t kFlushEvery = std::size_t(1) << 20;

struct Value {
    std::int64_t k = 0;
    bool censored = false;
};

bool allDigits(std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Parses one trimmed count. Returns null and sets `out`, or the pattern of the message (its %1 the quoted
/// content; %2 of kValueBeyond the largest count).
const char* parseCount(std::string_view text, Value& out) {
    if (text.empty()) return dt::kValueEmpty;
    out = {};
    std::string_view digits = text;
    if (digits.starts_with(">=")) {
        out.censored = true;
        digits = trimBlanks(digits.substr(2));
    } else if (digits.size() > 1 && digits.front() == '-' && allDigits(digits.substr(1))) {
        return dt::kValueNegative;
    }
    if (!allDigits(digits)) return dt::kValueExpected;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out.k);
    if (ec == std::errc::result_out_of_range) return dt::kValueBeyond;
    if (ec != std::errc() || ptr != digits.data() + digits.size()) return dt::kValueExpected;
    return nullptr;
}

/// The message of a count that parseCount() refused with `pattern`, `quoted` being the quoted count.
std::string countProblem(const char* pattern, const std::string& quoted) {
    return fill(pattern, {quoted, std::to_string(std::numeric_limits<std::int64_t>::max())});
}

class Reader {
public:
    Reader(std::istream& in, const std::string& source, const FailureCountOptions& o)
        : m_lines(in, source, kMaxFailureLineBytes), m_options(o) {}

    PooledCounts read() {
        if (m_options.cap < 0) throw InputError(std::vector<Issue>{{"cap", dt::kCapAtLeastOne}});
        std::string line;
        bool first = true;
        while (m_lines.next(line)) {
            if (isBlankOrComment(line)) continue;
            if (first) {
                first = false;
                if (startHeader(line)) continue;
            }
            if (m_column < 0)
                plainLine(line);
            else
                csvLine(line);
        }
        flush();
        if (!m_issues.empty()) throw InputError(m_issues);
        if (m_counts.empty()) {
            const bool none = m_lines.lineNumber() == 0;
            throw InputError(std::vector<Issue>{
                {none ? m_lines.source() : m_lines.where(), none            ? dt::kEmptyFile
                                                            : m_column >= 0 ? dt::kOnlyCommentsHeader
                                                                            : dt::kOnlyComments}});
        }
        return std::move(m_counts);
    }

private:
    /// True when `line` (the first data line) is a header: always with a named column, else when it has a
    /// comma and a field that is not a count.
    bool startHeader(const std::string& line) {
        const std::string bad = splitCsvRecord(line, m_fields);
        if (m_options.column.empty()) {
            if (!bad.empty() || m_fields.size() < 2) return false;
            Value v;
            const bool header = std::any_of(m_fields.begin(), m_fields.end(), [&](const std::string& f) {
                return parseCount(f, v) != nullptr;
            });
            if (header) fatal(fill(dt::kCsvHeader, {listColumns(m_fields)}));
            return false;
        }
        if (!bad.empty()) fatal(fill(dt::kHeaderProblem, {quoteContent(line), bad}));
        m_header = m_fields;
        for (std::size_t i = 0; i < m_header.size(); ++i)
            if (m_header[i] == m_options.column) {
                if (m_column >= 0)
                    fatal(fill(dt::kColumnTwice, {quoteContent(m_options.column),
                                                  std::to_string(m_column + 1), std::to_string(i + 1)}));
                m_column = int(i);
            }
        if (m_column < 0)
            fatal(fill(dt::kNoCountColumn, {quoteContent(m_options.column), listColumns(m_header)}));
        m_headerLine = m_lines.lineNumber();
        return true;
    }

    void plainLine(const std::string& line) {
        const std::string_view text = trimBlanks(line);
        Value v;
        const char* bad = parseCount(text, v);
        if (!bad) return add(v);
        if (bad == dt::kValueExpected && text.find(',') != std::string_view::npos)
            bad = dt::kValueExpectedOnePerLine;
        problem(countProblem(bad, quoteContent(text)));
    }

    void csvLine(const std::string& line) {
        if (const std::string bad = splitCsvRecord(line, m_fields); !bad.empty())
            return problem(fill(dt::kContentProblem, {quoteContent(line), bad}));
        if (m_fields.size() != m_header.size())
            return problem(
                fill(dt::kFieldCount, {quoteContent(line), std::to_string(m_fields.size()),
                                       std::to_string(m_headerLine), std::to_string(m_header.size())}));
        const std::string& field = m_fields[std::size_t(m_column)];
        Value v;
        if (const char* bad = parseCount(field, v))
            return problem(m_options.column + ": " + countProblem(bad, quoteContent(field)));
        add(v);
    }

    void add(Value v) {
        const std::int64_t cap = m_options.cap;
        if (cap > 0 && v.k >= cap) v = {cap, true};
        (v.censored ? m_censored : m_exact).push_back(v.k);
        if (m_exact.size() + m_censored.size() >= kFlushEvery) flush();
    }

    void flush() {
        m_counts.addRaw(m_exact, m_censored);
        m_exact.clear();
        m_censored.clear();
    }

    void problem(std::string message) {
        m_issues.push_back({m_lines.where(), std::move(message)});
        if (m_issues.size() >= kMaxInputIssues) {
            m_issues.push_back(
                {m_lines.where(), fill(dt::kStoppedReading, {std::to_string(kMaxInputIssues)})});
            throw InputError(m_issues);
        }
    }

    [[noreturn]] void fatal(std::string message) {
        m_issues.push_back({m_lines.where(), std::move(message)});
        throw InputError(m_issues);
    }

    LineReader m_lines;
    const FailureCountOptions& m_options;
    std::vector<std::string> m_fields, m_header;
    int m_column = -1;
    std::int64_t m_headerLine = 0;
    std::vector<std::int64_t> m_exact, m_censored;
    PooledCounts m_counts;
    std::vector<Issue> m_issues;
};

} // namespace

PooledCounts parseFailureCounts(std::istream& in, const std::string& source,
                                const FailureCountOptions& options) {
    return Reader(in, source, options).read();
}

PooledCounts readFailureCounts(const std::string& path, const FailureCountOptions& options) {
    const auto in = openDataFile(path, kMaxFailureFileBytes, dt::kFailureCountFiles);
    return parseFailureCounts(*in, path, options);
}

} // namespace tb::survival

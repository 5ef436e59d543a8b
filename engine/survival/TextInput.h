#pragma once
// Reading users' data files line by line (the scaling pairs and the failure counts): the file checks done
// before reading, a streaming line reader that bounds the length of a line, minimal RFC 4180 field splitting,
// and the way offending content is quoted in messages. Every problem is an InputError located as "FILE:LINE".
#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tb::survival {

/// A data file's reading stops after this many located problems (the message list stays readable).
inline constexpr std::size_t kMaxInputIssues = 20;

/// Opens a data file for reading after checking, before reading anything, that it is a regular file of at
/// most `maxBytes` (a folder, /dev/zero or a FIFO is refused; a FIFO would otherwise block the open). `what`
/// names the kind of file in the size message ("failure-count files"). Throws InputError naming the path.
std::unique_ptr<std::istream> openDataFile(const std::string& path, std::uintmax_t maxBytes,
                                           const std::string& what);

/// The lines of a text, read in blocks so that no line longer than `maxLineBytes` is ever held in memory.
/// A line is returned without its "\n" and without a "\r" before it; a UTF-8 byte-order mark at the very
/// start is dropped (spreadsheets write one).
class LineReader {
public:
    LineReader(std::istream& in, std::string source, std::size_t maxLineBytes);
    /// The next line into `line`; false at the end. Throws InputError "SOURCE:N: the line is longer than …".
    bool next(std::string& line);
    /// Number of the line last returned, from 1.
    std::int64_t lineNumber() const { return m_line; }
    /// "SOURCE:N" of the line last returned: the location every message starts with.
    std::string where() const { return m_source + ":" + std::to_string(m_line); }
    const std::string& source() const { return m_source; }

private:
    bool refill();
    std::istream& m_in;
    std::string m_source;
    std::size_t m_maxLine;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0, m_end = 0;
    std::int64_t m_line = 0;
    bool m_eof = false, m_first = true;
};

/// `text` without leading and trailing spaces and tabs.
std::string_view trimBlanks(std::string_view text);

/// True for a line that carries no data: blank, or a comment (its first non-blank character is '#').
bool isBlankOrComment(std::string_view line);

/// Offending content as messages show it: in double quotes, escaped like a JSON string (control characters,
/// invalid UTF-8 as \xHH), cut after 60 characters with "…", so a message is always one readable line.
std::string quoteContent(std::string_view content);

/// Splits one CSV record (RFC 4180 without line breaks inside quotes): fields separated by commas; a field
/// that starts with '"' is quoted, with "" standing for one quote, and ends at its closing quote. Blanks
/// around a field (and around a quoted field) are dropped. Returns "" on success, else what is wrong ("an
/// unterminated quoted field", "text after the closing quote of field 2").
std::string splitCsvRecord(std::string_view line, std::vector<std::string>& fields);

/// The header's column names, quoted and separated for a message: "N_params", "decay_rate", "label_guess".
std::string listColumns(const std::vector<std::string>& header);

} // namespace tb::survival

#include "survival/TextInput.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/Error.h"
#include "core/Text.h"
#include "survival/DataText.h"

namespace tb::survival {

namespace dt = data_text;

namespace {
constexpr std::size_t kBlockBytes = std::size_t(1) << 16;

std::string sizeText(double bytes) {
    char buf[48];
    if (bytes >= double(1ULL << 30))
        std::snprintf(buf, sizeof buf, "%.2f GiB", bytes / double(1ULL << 30));
    else if (bytes >= double(1ULL << 20))
        std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / double(1ULL << 20));
    else {
        std::snprintf(buf, sizeof buf, "%.0f", bytes);
        return fill(dt::kBytes, {buf});
    }
    return buf;
}

InputError fileError(const std::string& path, const std::string& message) {
    return InputError(std::vector<Issue>{{path, message}});
}
} // namespace

std::unique_ptr<std::istream> openDataFile(const std::string& path, std::uintmax_t maxBytes,
                                           const std::string& what) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st))
        throw fileError(path, fill(dt::kCannotOpen, {ec ? ec.message() : std::string(dt::kNoSuchFile)}));
    if (fs::is_directory(st)) throw fileError(path, dt::kIsFolder);
    // Checked before opening: opening a FIFO would wait for a writer, and /dev/zero never ends.
    if (!fs::is_regular_file(st)) throw fileError(path, dt::kNotRegular);
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) throw fileError(path, fill(dt::kCannotRead, {ec.message()}));
    if (size > maxBytes)
        throw fileError(path,
                        fill(dt::kTooLarge, {sizeText(double(size)), what, sizeText(double(maxBytes))}));
    errno = 0;
    auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*in)
        throw fileError(path, fill(dt::kCannotOpen, {errno ? std::strerror(errno) : dt::kUnknownError}));
    return in;
}

LineReader::LineReader(std::istream& in, std::string source, std::size_t maxLineBytes)
    : m_in(in), m_source(std::move(source)), m_maxLine(maxLineBytes), m_buffer(kBlockBytes) {}

bool LineReader::refill() {
    if (m_eof) return false;
    m_in.read(m_buffer.data(), std::streamsize(m_buffer.size()));
    const std::streamsize got = m_in.gcount();
    if (m_in.bad())
        throw InputError(std::vector<Issue>{{m_source + ":" + std::to_string(m_line + 1), dt::kIoError}});
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    m_pos = 0;
    m_end = std::size_t(got);
    if (m_first) {
        m_first = false;
        if (m_end >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0) m_pos = 3;
    }
    return true;
}

bool LineReader::next(std::string& line) {
    line.clear();
    bool any = false; // something (perhaps an empty line's "\n") belongs to this line
    for (;;) {
        if (m_pos == m_end && !refill()) {
            if (!any) return false;
            break; // a last line without "\n"
        }
        const char* begin = m_buffer.data() + m_pos;
        const void* nl = std::memchr(begin, '\n', m_end - m_pos);
        const std::size_t take = nl ? std::size_t(static_cast<const char*>(nl) - begin) : m_end - m_pos;
        if (line.size() + take > m_maxLine)
            throw InputError(std::vector<Issue>{{m_source + ":" + std::to_string(m_line + 1),
                                                 fill(dt::kLineTooLong, {sizeText(double(m_maxLine))})}});
        line.append(begin, take);
        m_pos += take;
        any = true;
        if (nl) {
            ++m_pos;
            break;
        }
    }
    ++m_line;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

std::string_view trimBlanks(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

bool isBlankOrComment(std::string_view line) {
    const std::string_view t = trimBlanks(line);
    return t.empty() || t.front() == '#';
}

std::string quoteContent(std::string_view content) {
    return jsonQuote(truncateText(content, 60));
}

std::string splitCsvRecord(std::string_view line, std::vector<std::string>& fields) {
    fields.clear();
    std::size_t i = 0;
    for (;;) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        std::string field;
        if (i < line.size() && line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field += line[i++];
            }
            if (!closed) return fill(dt::kFieldUnclosed, {std::to_string(fields.size() + 1)});
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
            if (i < line.size() && line[i] != ',')
                return fill(dt::kTextAfterQuote, {std::to_string(fields.size() + 1)});
        } else {
            const std::size_t comma = line.find(',', i);
            const std::size_t stop = comma == std::string_view::npos ? line.size() : comma;
            field = std::string(trimBlanks(line.substr(i, stop - i)));
            if (field.find('"') != std::string::npos)
                return fill(dt::kQuoteInside, {std::to_string(fields.size() + 1)});
            i = stop;
        }
        fields.push_back(std::move(field));
        if (i >= line.size()) return {};
        ++i; // the comma
        if (i == line.size()) {
            fields.emplace_back(); // a trailing comma ends with an empty field
            return {};
        }
    }
}

std::string listColumns(const std::vector<std::string>& header) {
    std::string out;
    for (const auto& h : header) out += (out.empty() ? "" : ", ") + quoteContent(h);
    return out;
}

} // namespace tb::survival

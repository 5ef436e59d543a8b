#include "core/JsonText.h"

#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "core/Error.h"
#include "core/Text.h"

namespace tb {

namespace {

bool plainKey(const std::string& key) {
    if (key.empty()) return false;
    for (unsigned char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '-'))
            return false;
    return true;
}

/// The exact integer a JSON number token such as "3.0", "1e3" or "9.007199254740993e15" stands for, when it
/// is a whole number within [-2^63, 2^64 - 1]; nothing otherwise. Computed from the digits, never through a
/// double (which holds every integer only up to 2^53).
std::optional<Json> integerFromToken(const std::string& token) {
    std::size_t i = 0;
    const bool negative = i < token.size() && token[i] == '-';
    if (negative) ++i;
    std::string digits;     // mantissa digits without the decimal point
    std::int64_t scale = 0; // value = digits × 10^scale
    for (; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i) digits += token[i];
    if (i < token.size() && token[i] == '.')
        for (++i; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i) {
            digits += token[i];
            --scale;
        }
    if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        const bool negExp = i < token.size() && token[i] == '-';
        if (i < token.size() && (token[i] == '-' || token[i] == '+')) ++i;
        std::int64_t e = 0;
        for (; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i)
            e = std::min<std::int64_t>(e * 10 + (token[i] - '0'), 100000); // beyond: certainly not an int64
        scale += negExp ? -e : e;
    }
    if (i != token.size() || digits.empty()) return std::nullopt;
    while (scale < 0 && !digits.empty() && digits.back() == '0') { // trailing zeros of the fraction
        digits.pop_back();
        ++scale;
    }
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos) return Json(std::uint64_t(0)); // 0.0, -0e5
    if (scale < 0) return std::nullopt;                            // a fraction remains
    digits.erase(0, first);
    if (std::int64_t(digits.size()) + scale > 20) return std::nullopt;
    std::uint64_t v = 0;
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    for (std::size_t k = 0; k < digits.size() + std::size_t(scale); ++k) {
        const unsigned d = k < digits.size() ? unsigned(digits[k] - '0') : 0u;
        if (v > (kMax - d) / 10) return std::nullopt;
        v = v * 10 + d;
    }
    if (!negative) return Json(v);
    if (v > std::uint64_t(1) << 63) return std::nullopt;
    return Json(std::int64_t(0) - std::int64_t(v - 1) - 1); // exact for -2^63 too
}

/// Input iterator over the text that publishes how far nlohmann's lexer has read, so the SAX handler can
/// locate keys (the lexer reports positions only with errors).
struct TrackingIterator {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;
    const char* p = nullptr;
    const char** reached = nullptr;
    reference operator*() const { return *p; }
    TrackingIterator& operator++() {
        ++p;
        *reached = p;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackingIterator& o) const { return p == o.p; }
    bool operator!=(const TrackingIterator& o) const { return p != o.p; }
};

/// Builds the document like nlohmann's DOM parser while tracking the JSON path of the value being read.
class Builder : public nlohmann::json_sax<Json> {
public:
    Builder(const std::string& text, const std::string& source, const char** reached)
        : m_text(text), m_source(source), m_reached(reached) {}

    bool null() override { return place(Json(nullptr)); }
    bool boolean(bool v) override { return place(Json(v)); }
    bool number_integer(number_integer_t v) override { return place(Json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return place(Json(v)); }
    // A number written with a fraction or exponent that is nevertheless a whole number (3.0, 1e3, 1e19) is
    // kept as that exact integer, so integer parameters see exactly what was written.
    bool number_float(number_float_t v, const string_t& token) override {
        if (auto i = integerFromToken(token)) return place(std::move(*i));
        return place(Json(v));
    }
    bool string(string_t& v) override { return place(Json(std::move(v))); }
    bool binary(binary_t&) override { return place(Json()); } // not produced by the JSON lexer

    bool start_object(std::size_t) override { return open(Json::object(), true); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(Json::array(), false); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        Frame& f = m_stack.back();
        // The lexer has just read the key's closing quote; find its opening quote (the first '"' before it
        // that is not escaped, i.e. not preceded by an odd number of backslashes).
        const std::size_t end = std::size_t(*m_reached - m_text.data());
        std::size_t at = end >= 2 ? end - 2 : 0;
        while (at > 0) {
            if (m_text[at] == '"') {
                std::size_t slashes = 0;
                while (at > slashes && m_text[at - 1 - slashes] == '\\') ++slashes;
                if (slashes % 2 == 0) break;
            }
            --at;
        }
        f.key = k;
        f.afterKey = true;
        const auto [it, inserted] = f.keyOffsets.emplace(k, at);
        f.duplicate = !inserted;
        if (f.duplicate)
            m_issues.push_back({location(at) + ": " + joinPath(f.path, k),
                                "duplicate key (first at line " + lineColumn(it->second, " column ") +
                                    "); a key may appear only once in an object"});
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& ex) override {
        const std::string path = currentPath();
        if (ex.id == 406) { // out_of_range.406: a number beyond the range of a double
            const std::size_t start = position >= lastToken.size() ? position - lastToken.size() : 0;
            std::string shown = lastToken;
            if (shown.size() > 24)
                shown = shown.substr(0, 20) + "… (" + std::to_string(lastToken.size()) + " characters)";
            m_issues.push_back({location(start) + (path.empty() ? "" : ": " + path),
                                shown + " is outside the range of a double (finite magnitudes up to "
                                        "1.8e308)"});
            return false;
        }
        std::string what = ex.what();
        if (const auto pos = what.find("syntax error"); pos != std::string::npos) what = what.substr(pos);
        m_issues.push_back({location(position > 0 ? position - 1 : 0) + (path.empty() ? "" : ": " + path),
                            "invalid JSON: " + what});
        return false;
    }

    Json& root() { return m_root; }
    std::vector<Issue>& issues() { return m_issues; }

private:
    struct Frame {
        Json* value = nullptr;
        bool object = false;
        std::string path;
        std::string key;
        bool afterKey = false, duplicate = false;
        std::map<std::string, std::size_t> keyOffsets; ///< objects: byte offset of each key's first quote
    };

    std::string currentPath() const {
        if (m_stack.empty()) return "";
        const Frame& f = m_stack.back();
        if (f.object) return f.afterKey ? joinPath(f.path, f.key) : f.path;
        return indexPath(f.path, f.value->size());
    }

    Json* insert(Json&& v) {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        Frame& f = m_stack.back();
        if (!f.object) {
            f.value->push_back(std::move(v)); // no pointer into this array is held while it grows
            return &f.value->back();
        }
        f.afterKey = false;
        if (f.duplicate) { // read on to report every problem, but keep the first value
            m_discarded.push_back(std::move(v));
            return &m_discarded.back();
        }
        Json& slot = (*f.value)[f.key];
        slot = std::move(v);
        return &slot;
    }

    bool place(Json&& v) {
        insert(std::move(v));
        return true;
    }

    bool open(Json&& container, bool object) {
        if (m_stack.size() >= kMaxJsonDepth) {
            const std::size_t end = std::size_t(*m_reached - m_text.data());
            m_issues.push_back(
                {location(end > 0 ? end - 1 : 0) + ": " + currentPath(),
                 "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels of arrays and objects"});
            return false;
        }
        std::string path = currentPath();
        Frame f;
        f.value = insert(std::move(container));
        f.object = object;
        f.path = std::move(path);
        m_stack.push_back(std::move(f));
        return true;
    }

    bool close() {
        m_stack.pop_back();
        return true;
    }

    /// "line 3 column 14" style pieces from a byte offset; columns count UTF-8 code points.
    std::string lineColumn(std::size_t offset, const char* separator) const {
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i < offset && i < m_text.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(m_text[i]);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++column;
            }
        }
        return std::to_string(line) + separator + std::to_string(column);
    }
    std::string location(std::size_t offset) const { return m_source + ":" + lineColumn(offset, ":"); }

    const std::string& m_text;
    const std::string& m_source;
    const char** m_reached;
    Json m_root;
    std::vector<Frame> m_stack;
    std::deque<Json> m_discarded; // values of duplicate keys (a deque: pointers into it stay valid)
    std::vector<Issue> m_issues;
};

} // namespace

std::string joinPath(const std::string& parent, const std::string& key) {
    if (!plainKey(key)) return parent + "[" + jsonQuote(key) + "]";
    return parent.empty() ? key : parent + "." + key;
}

std::string indexPath(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

Json parseJsonText(const std::string& text, const std::string& source) {
    const char* reached = text.data();
    Builder builder(text, source, &reached);
    const TrackingIterator first{text.data(), &reached}, last{text.data() + text.size(), &reached};
    const bool ok = Json::sax_parse(first, last, &builder);
    if (!ok || !builder.issues().empty()) {
        if (builder.issues().empty()) builder.issues().push_back({source, "invalid JSON"});
        throw InputError(std::move(builder.issues()));
    }
    return std::move(builder.root());
}

Json readJsonFile(const std::string& path) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below like any non-regular file.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        throw InputError(std::vector<Issue>{
            {path, std::string("cannot open the file for reading: ") + std::strerror(errno)}});
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        throw InputError(
            std::vector<Issue>{{path, std::string("cannot read the file: ") + std::strerror(errno)}});
    if (S_ISDIR(st.st_mode))
        throw InputError(std::vector<Issue>{{path, "is a folder, not a JSON config file"}});
    if (!S_ISREG(st.st_mode))
        throw InputError(std::vector<Issue>{
            {path, "is not a regular file (a device, FIFO or socket); give a JSON config file"}});
    auto tooLarge = [&](double bytes) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "the file is %.1f MiB; config files are limited to %zu MiB",
                      bytes / 1048576.0, kMaxConfigFileBytes >> 20);
        return InputError(std::vector<Issue>{{path, buf}});
    };
    if (std::uint64_t(st.st_size) > kMaxConfigFileBytes) throw tooLarge(double(st.st_size));
    std::string text;
    text.resize(std::size_t(st.st_size) + 1);
    std::size_t used = 0;
    for (;;) {
        if (used == text.size()) {
            if (text.size() > kMaxConfigFileBytes) throw tooLarge(double(text.size())); // it grew
            text.resize(std::min(text.size() * 2 + 4096, kMaxConfigFileBytes + 1));
        }
        const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            throw InputError(
                std::vector<Issue>{{path, std::string("cannot read the file: ") + std::strerror(errno)}});
        if (n == 0) break;
        used += std::size_t(n);
    }
    text.resize(used);
    return parseJsonText(text, path);
}

} // namespace tb

#include "core/Text.h"

#include <cstdint>
#include <cstdio>

#include "core/Error.h"

namespace tb {

namespace {

/// Decodes the UTF-8 sequence at text[i]. Returns its length (1..4) and sets `cp`, or 0 when the bytes at i
/// are not a well-formed sequence (Unicode Table 3-7: well-formed UTF-8 byte sequences).
std::size_t decode(std::string_view text, std::size_t i, char32_t& cp) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0; // no overlong 3-byte forms
        if (b0 == 0xED) hi = 0x9F; // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90; // no overlong 4-byte forms
        if (b0 == 0xF4) hi = 0x8F; // nothing above U+10FFFF
    } else {
        return 0; // continuation byte, C0/C1 (overlong 2-byte) or F5..FF
    }
    if (i + len > text.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const unsigned char b = byte(i + k);
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    return len;
}

bool isBidiOrSeparator(char32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
}

void appendHexByte(std::string& out, unsigned char b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", b);
    out += buf;
}

void appendU(std::string& out, char32_t cp) {
    char buf[12];
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
    out += buf;
}

/// Calls onCodePoint(cp, bytes) for every well-formed UTF-8 sequence of `text` and onInvalidByte(byte) for
/// every byte that is not part of one, in order.
template <class OnCodePoint, class OnInvalidByte>
void forEachCodePoint(std::string_view text, OnCodePoint&& onCodePoint, OnInvalidByte&& onInvalidByte) {
    char32_t cp = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = decode(text, i, cp);
        if (len == 0) {
            onInvalidByte(static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        onCodePoint(cp, text.substr(i, len));
        i += len;
    }
}

} // namespace

std::size_t firstInvalidUtf8(std::string_view text) noexcept {
    char32_t cp = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = decode(text, i, cp);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

void requireValidUtf8(std::string_view text, const std::string& path) {
    const std::size_t at = firstInvalidUtf8(text);
    if (at == std::string_view::npos) return;
    char buf[96];
    std::snprintf(buf, sizeof buf, "invalid UTF-8 at byte %zu (0x%02x): text must be UTF-8", at,
                  static_cast<unsigned>(static_cast<unsigned char>(text[at])));
    throw InputError(std::vector<Issue>{{path, buf}});
}

std::string escapeForTerminal(std::string_view text, LineBreaks lineBreaks) {
    std::string out;
    out.reserve(text.size());
    forEachCodePoint(
        text,
        [&](char32_t cp, std::string_view bytes) {
            if (cp == '\n')
                out += lineBreaks == LineBreaks::Keep ? "\n" : "\\n";
            else if (cp == '\r')
                out += "\\r";
            else if (cp == '\t')
                out += "\\t";
            else if (cp < 0x20 || cp == 0x7F)
                appendHexByte(out, static_cast<unsigned char>(cp));
            else if ((cp >= 0x80 && cp <= 0x9F) || isBidiOrSeparator(cp))
                appendU(out, cp);
            else
                out.append(bytes);
        },
        [&](unsigned char byte) { appendHexByte(out, byte); });
    return out;
}

std::string jsonQuote(std::string_view text) {
    std::string out = "\"";
    out.reserve(text.size() + 2);
    forEachCodePoint(
        text,
        [&](char32_t cp, std::string_view bytes) {
            switch (cp) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || isBidiOrSeparator(cp))
                    appendU(out, cp);
                else
                    out.append(bytes);
            }
        },
        [&](unsigned char byte) { appendHexByte(out, byte); });
    return out + "\"";
}

std::string terminalSafeJson(std::string_view dumped) {
    std::string out;
    out.reserve(dumped.size());
    char32_t cp = 0;
    for (std::size_t i = 0; i < dumped.size();) {
        const std::size_t len = decode(dumped, i, cp);
        if (len == 0) { // a JSON writer never produces this; keep the output printable anyway
            appendHexByte(out, static_cast<unsigned char>(dumped[i]));
            ++i;
            continue;
        }
        if (cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || isBidiOrSeparator(cp))
            appendU(out, cp);
        else
            out.append(dumped.substr(i, len));
        i += len;
    }
    return out;
}

std::string truncateText(std::string_view text, std::size_t maxChars) {
    std::size_t chars = 0, i = 0;
    char32_t cp = 0;
    while (i < text.size()) {
        if (chars == maxChars) return std::string(text.substr(0, i)) + "…";
        const std::size_t len = decode(text, i, cp);
        i += len == 0 ? 1 : len;
        ++chars;
    }
    return std::string(text);
}

} // namespace tb

#pragma once
// Text helpers for untrusted strings: strict UTF-8 validation, and escaping for printing on a terminal or in
// a one-line message. Config keys and values, labels, names, notes, tags, file paths and error messages can
// all come from users; printed raw, a newline splits a message in two and an escape sequence (ESC, a C1
// control such as U+009B CSI) can rewrite the screen. Nothing here depends on Qt.
#include <cstddef>
#include <string>
#include <string_view>

namespace tb {

/// Byte offset of the first byte of `text` that is not part of a well-formed UTF-8 sequence (RFC 3629: no
/// overlong forms, no surrogates U+D800..U+DFFF, nothing above U+10FFFF, no truncated or stray continuation
/// bytes), or std::string_view::npos when the whole text is valid UTF-8.
std::size_t firstInvalidUtf8(std::string_view text) noexcept;

/// True when `text` is entirely well-formed UTF-8 (see firstInvalidUtf8). This is the check for every text
/// that is stored or exported (notes, tags, names, labels): SQLite, JSON writers and Qt all assume UTF-8.
inline bool isValidUtf8(std::string_view text) noexcept {
    return firstInvalidUtf8(text) == std::string_view::npos;
}

/// Throws InputError at `path` ("note TEXT", "policies[0].label", ...) when `text` is not valid UTF-8:
/// "invalid UTF-8 at byte 3 (0xff): text must be UTF-8". Use it before storing user text.
void requireValidUtf8(std::string_view text, const std::string& path);

enum class LineBreaks {
    Escape, ///< "\n" becomes the two characters \n: the result is one line (messages, table cells)
    Keep,   ///< "\n" is kept (multi-line blocks such as a pretty-printed config); "\r" is still escaped
};

/// `text` made safe to print on a terminal: every C0 control (U+0000..U+001F, with \n, \r and \t written as
/// such and the others as \xHH), DEL (\x7f), every C1 control (U+0080..U+009F, written \u0080..\u009f), the
/// line and paragraph separators U+2028/U+2029 and the bidirectional overrides and isolates
/// (U+202A..U+202E, U+2066..U+2069, written \u202e...) are escaped, and every byte that is not valid UTF-8 is
/// written \xHH. Everything else, including readable non-ASCII text such as "ε-greedy" or "τ=1000", is kept
/// as it is. Backslashes are kept, so the escaping is for display only (it cannot be reversed).
std::string escapeForTerminal(std::string_view text, LineBreaks lineBreaks = LineBreaks::Escape);

/// `text` as a JSON string literal with its quotes, escaped like JSON (\" \\ \n \t \u0001 ...) and, beyond
/// what JSON requires, with DEL, C1 controls, U+2028/U+2029 and bidi controls escaped as \uXXXX, so the
/// literal is safe on a terminal. Bytes that are not valid UTF-8 (never the case for text parsed from JSON)
/// are written \xHH. Used for odd keys in JSON paths: environment[""], policies[0]["a\nb"].
std::string jsonQuote(std::string_view text);

/// A JSON dump made safe for a terminal without changing its meaning: DEL, C1 controls, U+2028/U+2029 and
/// bidi controls are replaced by their \uXXXX escapes (they can only occur inside strings, where the escape
/// is equivalent). Other non-ASCII text stays readable.
std::string terminalSafeJson(std::string_view dumped);

/// `text` shortened to at most `maxChars` code points, with "…" at the end when it was cut.
std::string truncateText(std::string_view text, std::size_t maxChars);

} // namespace tb

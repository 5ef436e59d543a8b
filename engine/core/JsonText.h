#pragma once
// Reading JSON from users strictly: every problem located by line:column and JSON path, nothing silently
// lost. nlohmann::json's own parse() accepts duplicate keys (the last one wins) and reports a number beyond
// the range of a double with a bare library message; parseJsonText() runs nlohmann's parser through a SAX
// handler that tracks the JSON path, refuses both with their location, and bounds the nesting depth.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

namespace tb {

using Json = nlohmann::json;

/// Largest config file readJsonFile() accepts: 16 MiB (the shipped presets are under 2 KiB; a 1 000-arm
/// adversarial table of 8 000 rows is about 16 MiB). Larger files are refused before they are read.
inline constexpr std::size_t kMaxConfigFileBytes = std::size_t(16) << 20;

/// Deepest nesting of arrays and objects parseJsonText() accepts (a bandit config is 4 levels deep). Deeper
/// documents are refused: copying or printing them would recurse once per level.
inline constexpr std::size_t kMaxJsonDepth = 64;

/// "root.key", "root[3]": JSON paths as every message prints them. A key that is not a plain name (letters,
/// digits, '_' and '-') is quoted and escaped like a JSON string, so the path stays on one line and shows
/// empty or odd keys: environment[""], policies[0]["a\nb"], ["ε"].
std::string joinPath(const std::string& parent, const std::string& key);
std::string indexPath(const std::string& parent, std::size_t index);

/// Parses JSON text. Throws InputError whose issues are located as "SOURCE:LINE:COLUMN" followed by the JSON
/// path of the value concerned ("cfg.json:3:14: environment.means[1]"), for: syntax errors and invalid
/// UTF-8, numbers outside the range of a double (1e309, a 400-digit integer), duplicate keys (every
/// duplicate, with the line:column of the first occurrence), and nesting deeper than kMaxJsonDepth.
/// Columns count characters (UTF-8 code points), from 1. A number written with a fraction or an exponent
/// that is a whole number in [-2^63, 2^64 - 1] (3.0, 1e3, 9.007199254740993e15) becomes that exact integer,
/// computed from its digits rather than through a double.
Json parseJsonText(const std::string& text, const std::string& source);

/// Reads and parses a JSON file with parseJsonText(). Refuses, before reading anything, what is not a
/// regular file (a folder, /dev/zero, a FIFO or socket) and files over kMaxConfigFileBytes. Every failure is
/// an InputError naming the file.
Json readJsonFile(const std::string& path);

} // namespace tb

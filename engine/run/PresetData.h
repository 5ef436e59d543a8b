#pragma once
// Generated at build time from resources/presets/*.json (see engine/CMakeLists.txt,
// cmake/EmbedPresets.cmake).
#include <string>
#include <utility>
#include <vector>

namespace tb {
/// (name, JSON text) of every shipped preset, sorted by name.
const std::vector<std::pair<std::string, std::string>>& presetSources();
} // namespace tb

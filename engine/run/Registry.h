#pragma once
// The registry of experiment kinds. Adding a family is one folder plus one line in Registry.cpp.
#include <memory>
#include <string>
#include <vector>

#include "core/Kind.h"
#include "core/Prepared.h"

namespace tb {

const std::vector<const Kind*>& kinds();
const Kind* findKind(const std::string& name);

/// Validates `config` against its kind's ParamSpec and prepares it. Throws InputError listing every problem
/// with its JSON path (an unknown or missing "kind" included).
Prepared prepare(const Json& config);

/// Presets shipped in resources/presets (compiled in): name, one-line description, config.
struct Preset {
    std::string name;
    std::string description;
    Json config;
};
const std::vector<Preset>& presets();
const Preset* findPreset(const std::string& name);

/// Loads "preset:NAME" or a JSON file path. Throws InputError on an unknown preset, unreadable file or bad
/// JSON.
Json loadConfigArgument(const std::string& arg);

} // namespace tb

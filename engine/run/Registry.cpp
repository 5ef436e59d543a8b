#include "run/Registry.h"

#include "bandit/BanditKind.h"
#include "run/PresetData.h"

namespace tb {

const std::vector<const Kind*>& kinds() {
    static const std::vector<const Kind*> all = {
        &bandit::banditKind(),
    };
    return all;
}

const Kind* findKind(const std::string& name) {
    for (const Kind* k : kinds())
        if (k->name() == name) return k;
    return nullptr;
}

Prepared prepare(const Json& config) {
    if (!config.is_object()) throw InputError(std::vector<Issue>{{"", "the config must be a JSON object"}});
    std::string names;
    for (const Kind* k : kinds()) names += (names.empty() ? "" : ", ") + k->name();
    if (!config.contains("kind")) throw InputError({{"kind", "is required (one of: " + names + ")"}});
    if (!config["kind"].is_string())
        throw InputError({{"kind", "expected a string (one of: " + names + ")"}});
    const Kind* kind = findKind(config["kind"].get<std::string>());
    if (!kind)
        throw InputError({{"kind", "'" + config["kind"].get<std::string>() + "' is not one of: " + names}});
    auto issues = kind->spec().validate(config);
    if (!issues.empty()) throw InputError(std::move(issues));
    Prepared p;
    p.kind = kind;
    p.config = kind->spec().withDefaults(config);
    p.experiment = kind->create(p.config);
    p.seed = p.config.value("seed", std::uint64_t(0));
    p.replicates = p.config.value("replicates", 1);
    return p;
}

const std::vector<Preset>& presets() {
    static const std::vector<Preset> all = [] {
        std::vector<Preset> out;
        for (const auto& [name, text] : presetSources()) {
            Json j = parseJsonText(text, "preset:" + name);
            out.push_back({name, j.value("description", std::string()), j});
        }
        return out;
    }();
    return all;
}

const Preset* findPreset(const std::string& name) {
    for (const auto& p : presets())
        if (p.name == name) return &p;
    return nullptr;
}

Json loadConfigArgument(const std::string& arg) {
    const std::string prefix = "preset:";
    if (arg.rfind(prefix, 0) == 0) {
        const std::string name = arg.substr(prefix.size());
        if (const Preset* p = findPreset(name)) return p->config;
        std::string names;
        for (const auto& p : presets()) names += (names.empty() ? "" : ", ") + p.name;
        throw InputError({{arg, "unknown preset (available: " + names + ")"}});
    }
    return readJsonFile(arg);
}

} // namespace tb

#include "Cli.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "core/Text.h"

namespace tb::cli {

namespace {
const OptionSpec kHelpOption{"--help", "", "show this help and exit", "-h"};
}

std::string usageText(const CommandSpec& spec) {
    std::ostringstream o;
    o << "Usage: trialbench-cli " << spec.name << (spec.synopsis.empty() ? "" : " " + spec.synopsis) << "\n\n"
      << spec.summary << "\n";
    if (!spec.details.empty()) o << "\n" << spec.details << "\n";
    std::vector<OptionSpec> all = spec.options;
    all.push_back(kHelpOption);
    o << "\nOptions:\n";
    std::size_t width = 0;
    std::vector<std::string> heads;
    for (const auto& opt : all) {
        std::string h = (opt.shortName.empty() ? "" : opt.shortName + ", ") + opt.name;
        if (!opt.valueName.empty()) h += " " + opt.valueName;
        width = std::max(width, h.size());
        heads.push_back(h);
    }
    for (std::size_t i = 0; i < all.size(); ++i)
        o << "  " << heads[i] << std::string(width - heads[i].size() + 2, ' ') << all[i].help << "\n";
    o << "\nExit codes: 0 ok, 1 runtime failure, 2 bad input or usage (details in docs/cli.md).\n";
    return o.str();
}

std::optional<Args> parseArgs(const CommandSpec& spec, const std::vector<std::string>& argv) {
    Args args;
    bool onlyPositional = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (onlyPositional || a.empty() || a[0] != '-' || a == "-") {
            args.positional.push_back(a);
            continue;
        }
        if (a == "--") {
            onlyPositional = true;
            continue;
        }
        if (a == "--help" || a == "-h") {
            std::cout << usageText(spec);
            return std::nullopt;
        }
        std::string name = a, value;
        bool inlineValue = false;
        if (const auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
            inlineValue = true;
        }
        const OptionSpec* opt = nullptr;
        for (const auto& o : spec.options)
            if (o.name == name || (!o.shortName.empty() && o.shortName == name)) opt = &o;
        if (!opt) {
            // A negative number is a positional value (e.g. `note 3 -1`), not an option.
            if (a.size() > 1 && (std::isdigit(static_cast<unsigned char>(a[1])) || a[1] == '.')) {
                args.positional.push_back(a);
                continue;
            }
            throw UsageError("unknown option '" + name + "' for '" + spec.name + "'");
        }
        if (opt->valueName.empty()) {
            if (inlineValue) throw UsageError("option " + opt->name + " takes no value");
            args.values[opt->name] = "";
        } else {
            if (!inlineValue) {
                if (i + 1 >= argv.size())
                    throw UsageError("option " + opt->name + " needs a value " + opt->valueName);
                value = argv[++i];
            }
            args.values[opt->name] = value;
        }
    }
    if (args.positional.size() < spec.minPositional)
        throw UsageError("'" + spec.name + "' needs " + spec.synopsis.substr(0, spec.synopsis.find(" [")));
    if (args.positional.size() > spec.maxPositional)
        throw UsageError("unexpected argument '" + args.positional[spec.maxPositional] + "' for '" +
                         spec.name + "'");
    return args;
}

namespace {
/// The whole of `text` as a decimal integer, or nothing (trailing characters, overflow and "" are refused).
std::optional<long long> wholeInteger(const std::string& text) {
    std::size_t used = 0;
    try {
        const long long v = std::stoll(text, &used);
        if (used == text.size()) return v;
    } catch (...) {
    }
    return std::nullopt;
}
} // namespace

int parseInt(const std::string& option, const std::string& text, int min, int max) {
    const auto parsed = wholeInteger(text);
    if (!parsed) throw UsageError(option + ": '" + text + "' is not an integer");
    const long long v = *parsed;
    if (v < min || v > max)
        throw UsageError(option + ": " + text + " is outside [" + std::to_string(min) + ", " +
                         std::to_string(max) + "]");
    return int(v);
}

std::int64_t parseId(const std::string& text) {
    const auto v = wholeInteger(text);
    if (!v || *v <= 0)
        throw UsageError("'" + text +
                         "' is not an experiment id (a positive integer, see `trialbench-cli list`)");
    return *v;
}

std::string dbPathOf(const Args& args) {
    if (args.has("--db") && args.value("--db").empty())
        throw UsageError("--db: the store path must not be empty (omit --db for the default store)");
    return RunStore::resolvePath(args.value("--db"));
}

const std::string& utf8Argument(const std::string& text, const std::string& what) {
    requireValidUtf8(text, what);
    return text;
}

std::string shown(const std::string& text) {
    return escapeForTerminal(text);
}

std::string jsonText(const Json& j, int indent) {
    return terminalSafeJson(j.dump(indent, ' ', false, Json::error_handler_t::replace));
}

std::string jsonText(const nlohmann::ordered_json& j, int indent) {
    return terminalSafeJson(j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

std::unique_ptr<RunStore> openForReading(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return nullptr;
    // Read-write when the location allows it (stale running experiments get marked interrupted); read-only
    // where this user cannot write (another user's store, a read-only mount): reading needs no write access.
    const std::string folder = std::filesystem::path(path).parent_path().string();
    const bool writable =
        ::access(path.c_str(), W_OK) == 0 && ::access(folder.empty() ? "." : folder.c_str(), W_OK) == 0;
    return std::make_unique<RunStore>(path, writable ? RunStore::Mode::ReadWriteExisting
                                                     : RunStore::Mode::ReadOnly);
}

std::string meanPlusMinus(double mean, double half) {
    if (!std::isfinite(mean)) return "-";
    char buf[96];
    if (!std::isfinite(half) || half <= 0) {
        std::snprintf(buf, sizeof buf, "%.4g", mean);
        return buf;
    }
    const int decimals = std::clamp(1 - int(std::floor(std::log10(half))), 0, 8);
    std::snprintf(buf, sizeof buf, "%.*f ± %.*f", decimals, mean, decimals, half);
    return buf;
}

namespace {
/// Display width of UTF-8 text (counts code points; enough for ± and the labels we print).
std::size_t displayWidth(const std::string& s) {
    std::size_t w = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++w;
    return w;
}
} // namespace

std::string table(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& rightAlign) {
    std::vector<std::size_t> width;
    for (const auto& r : rows)
        for (std::size_t c = 0; c < r.size(); ++c) {
            if (width.size() <= c) width.push_back(0);
            width[c] = std::max(width[c], displayWidth(r[c]));
        }
    std::string out;
    for (const auto& r : rows) {
        std::string line;
        for (std::size_t c = 0; c < r.size(); ++c) {
            const std::string pad(width[c] - displayWidth(r[c]), ' ');
            const bool right = c < rightAlign.size() && rightAlign[c];
            line += right ? pad + r[c] : r[c] + (c + 1 < r.size() ? pad : "");
            if (c + 1 < r.size()) line += "  ";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

nlohmann::ordered_json derivedSummaryJson(const Derivation& d) {
    using OJson = nlohmann::ordered_json;
    auto num = [](double v) { return std::isfinite(v) ? OJson(v) : OJson(nullptr); };
    OJson estimates = OJson::object();
    for (const Estimate& e : d.estimates) estimates[e.name] = num(e.value);
    OJson verdicts = OJson::object();
    for (const Verdict& v : d.verdicts) {
        OJson probs = OJson::object();
        for (std::size_t k = 0; k < v.classes.size(); ++k)
            probs[v.classes[k]] = num(k < v.probabilities.size() ? v.probabilities[k] : NAN);
        verdicts[v.name] = {{"point", v.point >= 0 && std::size_t(v.point) < v.classes.size()
                                          ? OJson(v.classes[std::size_t(v.point)])
                                          : OJson(nullptr)},
                            {"probabilities", probs},
                            {"basis", v.basis}};
    }
    return OJson{
        {"basis", d.basis}, {"warnings", d.warnings}, {"estimates", estimates}, {"verdicts", verdicts}};
}

std::string derivedText(const std::string& runLabel, const Derivation& d) {
    std::string out = "analysis of " + shown(runLabel) + ": " + shown(d.basis) + "\n";
    char buf[64];
    for (const Verdict& v : d.verdicts) {
        out +=
            "  " + shown(v.label) + ": " +
            (v.point >= 0 && std::size_t(v.point) < v.classes.size() ? shown(v.classes[std::size_t(v.point)])
                                                                     : std::string("-"));
        std::string probs;
        for (std::size_t k = 0; k < v.classes.size() && k < v.probabilities.size(); ++k) {
            if (!std::isfinite(v.probabilities[k])) continue;
            std::snprintf(buf, sizeof buf, "%.3f", v.probabilities[k]);
            probs += (probs.empty() ? "" : ", ") + std::string("P(") + shown(v.classes[k]) + ") " + buf;
        }
        out += probs.empty() ? "\n" : "  (" + probs + "; " + shown(v.basis) + ")\n";
    }
    std::vector<std::vector<std::string>> rows;
    for (const Estimate& e : d.estimates) {
        if (!std::isfinite(e.value)) continue;
        std::snprintf(buf, sizeof buf, "%.6g", e.value);
        rows.push_back({"  " + shown(e.label), buf, shown(e.note)});
    }
    if (!rows.empty()) {
        rows.insert(rows.begin(), {"  estimate", "value", "how"});
        out += table(rows, {false, true, false});
    }
    for (const std::string& w : d.warnings) out += "  warning: " + shown(w) + "\n";
    return out;
}

} // namespace tb::cli

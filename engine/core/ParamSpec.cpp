#include "core/ParamSpec.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <sstream>

#include "core/Text.h"
#include "core/Tr.h"

namespace tb {

std::vector<Param> experimentHeaderParams(const std::string& kind) {
    using P = Param;
    using T = ParamType;
    return {
        P::make(T::Enum, "kind", TB_TR("engine", "Kind"), TB_TR("engine", "experiment family"))
            .oneOf({kind})
            .req(),
        P::make(T::String, "name", TB_TR("engine", "Name"), TB_TR("engine", "name of the experiment"))
            .def(kind),
        P::make(T::String, "description", TB_TR("engine", "Description"),
                TB_TR("engine", "one-line description"))
            .def(""),
        P::make(T::Int, "seed", TB_TR("engine", "Seed"),
                TB_TR("engine", "master seed, any integer in [0, 2^64 - 1]: same config and seed give "
                                "bit-identical results"))
            .atLeast(0)
            .uint64Values()
            .def(1),
    };
}

std::string formatNumber(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

namespace {

// Validation messages built from parts (tb::fill), listed in coreTextPatterns() for the window.
constexpr const char* kGotInteger = TB_TR("engine", "expected an integer, got %1");
constexpr const char* kIntegerOutside = TB_TR("engine", "expected an integer in [%1, %2], got %3");
constexpr const char* kGotFraction = TB_TR("engine", "expected an integer, got a number %1");
constexpr const char* kInexact =
    TB_TR("engine", "%1 is not exact as an integer: above 2^53 = 9007199254740992, "
                    "write the integer with digits only (no fraction or exponent)");
constexpr const char* kIsOutside = TB_TR("engine", "%1 is outside %2");
constexpr const char* kMustBe = TB_TR("engine", "%1 must be %2");
constexpr const char* kGotNumber = TB_TR("engine", "expected a number, got %1");
constexpr const char* kGotFinite = TB_TR("engine", "expected a finite number, got %1");
constexpr const char* kAtLeastItem = TB_TR("engine", "expected at least %1 item, got %2");
constexpr const char* kAtLeastItems = TB_TR("engine", "expected at least %1 items, got %2");
constexpr const char* kAtMostItems = TB_TR("engine", "expected at most %1 items, got %2");
constexpr const char* kGotObject = TB_TR("engine", "expected an object, got %1");
constexpr const char* kUnknownKey = TB_TR("engine", "unknown key (expected one of: %1)");
constexpr const char* kOnlyUsedWhen = TB_TR("engine", "is only used when %1 is \"%2\"");
constexpr const char* kRequiredHelp = TB_TR("engine", "is required (%1)");
constexpr const char* kRequiredWhen = TB_TR("engine", "is required when %1 is \"%2\"");
constexpr const char* kSameLength = TB_TR("engine", "has %1 items but '%2' has %3");
constexpr const char* kRequiredOneOf = TB_TR("engine", "is required (one of: %1)");
constexpr const char* kGotString = TB_TR("engine", "expected a string, got %1");
constexpr const char* kNotOneOf = TB_TR("engine", "%1 is not one of: %2");
constexpr const char* kGotBoolean = TB_TR("engine", "expected true or false, got %1");
constexpr const char* kBadUtf8 = TB_TR("engine", "invalid UTF-8 at byte %1");
constexpr const char* kGotNumbers = TB_TR("engine", "expected an array of numbers, got %1");
constexpr const char* kGotRows = TB_TR("engine", "expected an array of arrays of numbers, got %1");
constexpr const char* kRowTooWide = TB_TR("engine", "has %1 items; at most %2 are allowed");
constexpr const char* kRowTooShortOne = TB_TR("engine", "has %1 item; at least %2 are needed");
constexpr const char* kRowTooShort = TB_TR("engine", "has %1 items; at least %2 are needed");
constexpr const char* kRowWidth = TB_TR("engine", "has %1 items but row 0 has %2");
constexpr const char* kGotObjects = TB_TR("engine", "expected an array of objects, got %1");
constexpr const char* kMoreProblems = TB_TR("engine", "... and %1 more problems");

std::string typeName(const Json& v) {
    switch (v.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return TB_TR("engine", "a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return TB_TR("engine", "an integer");
    case Json::value_t::number_float:
        return TB_TR("engine", "a number");
    case Json::value_t::string:
        return TB_TR("engine", "a string");
    case Json::value_t::array:
        return TB_TR("engine", "an array");
    case Json::value_t::object:
        return TB_TR("engine", "an object");
    default:
        return TB_TR("engine", "an unsupported value");
    }
}

/// A user's string inside a message: quoted, escaped onto one line, shortened.
std::string quoted(const std::string& s) {
    return "'" + truncateText(escapeForTerminal(s), 60) + "'";
}

std::string joinChoices(const std::vector<std::string>& c) {
    std::string s;
    for (const auto& x : c) s += (s.empty() ? "" : ", ") + x;
    return s;
}

std::string rangeText(const Param& p) {
    const bool lo = std::isfinite(p.min), hi = std::isfinite(p.max);
    if (lo && hi)
        return std::string(p.minExclusive ? "(" : "[") + formatNumber(p.min) + ", " + formatNumber(p.max) +
               (p.maxExclusive ? ")" : "]");
    if (lo) return std::string(p.minExclusive ? "> " : ">= ") + formatNumber(p.min);
    if (hi) return std::string(p.maxExclusive ? "< " : "<= ") + formatNumber(p.max);
    return TB_TR("engine", "any number");
}

bool inRange(const Param& p, double x) {
    if (p.minExclusive ? !(x > p.min) : !(x >= p.min)) return false;
    if (p.maxExclusive ? !(x < p.max) : !(x <= p.max)) return false;
    return true;
}

// ---- Exact integers. JSON integers arrive as int64 or uint64 and are compared as integers, never through a
// double (a double holds every integer only up to 2^53).

/// An integer in [-2^64 + 1, 2^64 - 1] as sign and magnitude; zero is never negative.
struct WideInt {
    bool negative = false;
    std::uint64_t magnitude = 0;
    std::string text() const { return (negative ? "-" : "") + std::to_string(magnitude); }
    double toDouble() const { return negative ? -double(magnitude) : double(magnitude); }
};

bool operator<(WideInt a, WideInt b) {
    if (a.negative != b.negative) return a.negative;
    return a.negative ? a.magnitude > b.magnitude : a.magnitude < b.magnitude;
}

WideInt fromInt64(std::int64_t v) {
    if (v >= 0) return {false, std::uint64_t(v)};
    return {true, std::uint64_t(0) - std::uint64_t(v)}; // exact for INT64_MIN too
}

constexpr double kTwo53 = 9007199254740992.0;
constexpr double kTwo64 = 18446744073709551616.0;

/// `x`, an integral double with |x| < 2^64, as a WideInt (exact: such doubles convert to uint64 exactly).
WideInt fromIntegralDouble(double x) {
    if (x < 0) return {true, std::uint64_t(-x)};
    return {false, std::uint64_t(x)};
}

WideInt domainMin(const Param& p) {
    return p.unsigned64 ? WideInt{} : fromInt64(std::numeric_limits<std::int64_t>::min());
}
WideInt domainMax(const Param& p) {
    return p.unsigned64 ? WideInt{false, std::numeric_limits<std::uint64_t>::max()}
                        : fromInt64(std::numeric_limits<std::int64_t>::max());
}

/// The smallest and largest integers the Int parameter `p` accepts: its [min, max] rounded inwards,
/// within the domain of its type (int64, or uint64 for p.unsigned64).
std::pair<WideInt, WideInt> intBounds(const Param& p) {
    WideInt lo = domainMin(p), hi = domainMax(p);
    if (std::isfinite(p.min) && p.min > lo.toDouble()) {
        double c = std::ceil(p.min);
        if (p.minExclusive && c == p.min) c += 1;
        if (c >= kTwo64) return {domainMax(p), domainMin(p)}; // empty
        lo = std::max(lo, fromIntegralDouble(c), [](WideInt a, WideInt b) { return a < b; });
    }
    if (std::isfinite(p.max) && p.max < hi.toDouble()) {
        double f = std::floor(p.max);
        if (p.maxExclusive && f == p.max) f -= 1;
        if (f <= -kTwo64) return {domainMax(p), domainMin(p)}; // empty
        hi = std::min(hi, fromIntegralDouble(f), [](WideInt a, WideInt b) { return a < b; });
    }
    return {lo, hi};
}

/// The exact integer value of `v`: JSON integers, and floats that are whole numbers of magnitude at most
/// 2^53 (every such integer is exactly one double, so 3.0 is the integer 3). Nothing otherwise.
std::optional<WideInt> exactInteger(const Json& v) {
    if (v.is_number_unsigned()) return WideInt{false, v.get<std::uint64_t>()};
    if (v.is_number_integer()) return fromInt64(v.get<std::int64_t>());
    if (v.is_number_float()) {
        const double x = v.get<double>();
        if (std::isfinite(x) && std::floor(x) == x && std::abs(x) <= kTwo53) return fromIntegralDouble(x);
    }
    return std::nullopt;
}

/// The value as a message shows it: integers exactly, other numbers in shortest round-trip form.
std::string numberText(const Json& v) {
    if (v.is_number_integer() || v.is_number_unsigned()) return v.dump();
    return formatNumber(v.get<double>());
}

void checkInteger(const Param& p, const Json& v, const std::string& path, std::vector<Issue>& issues) {
    if (!v.is_number()) {
        issues.push_back({path, fill(kGotInteger, {typeName(v)})});
        return;
    }
    const auto [lo, hi] = intBounds(p);
    const std::string outside = fill(kIntegerOutside, {lo.text(), hi.text(), numberText(v)});
    if (v.is_number_float()) {
        const double x = v.get<double>();
        if (!std::isfinite(x) || std::floor(x) != x) {
            issues.push_back({path, fill(kGotFraction, {formatNumber(x)})});
            return;
        }
        if (std::abs(x) > kTwo53) { // a double this large stands for many integers: never guess which
            const bool beyond = std::abs(x) >= kTwo64; // else x converts exactly
            if (beyond || fromIntegralDouble(x) < lo || hi < fromIntegralDouble(x))
                issues.push_back({path, outside});
            else
                issues.push_back({path, fill(kInexact, {formatNumber(x)})});
            return;
        }
    }
    const WideInt w = *exactInteger(v);
    if (w < domainMin(p) || domainMax(p) < w) {
        issues.push_back({path, outside});
        return;
    }
    if (w < lo || hi < w) {
        const bool both = std::isfinite(p.min) && std::isfinite(p.max);
        issues.push_back({path, fill(both ? kIsOutside : kMustBe, {numberText(v), rangeText(p)})});
    }
}

void checkNumber(const Param& p, const Json& v, const std::string& path, bool integer,
                 std::vector<Issue>& issues) {
    if (integer) {
        checkInteger(p, v, path, issues);
        return;
    }
    if (!v.is_number()) {
        issues.push_back({path, fill(kGotNumber, {typeName(v)})});
        return;
    }
    const double x = v.get<double>();
    if (!std::isfinite(x)) {
        issues.push_back({path, fill(kGotFinite, {formatNumber(x)})});
        return;
    }
    if (!inRange(p, x)) {
        const bool both = std::isfinite(p.min) && std::isfinite(p.max);
        issues.push_back({path, fill(both ? kIsOutside : kMustBe, {formatNumber(x), rangeText(p)})});
    }
}

/// An Int value that validation accepts, as a JSON integer (3.0 becomes 3), so that readers of a validated
/// config can use get<std::int64_t>() (get<std::uint64_t>() for unsigned64) without a conversion.
Json normalizedInteger(const Param& p, Json v) {
    if (!v.is_number_float()) return v;
    const auto w = exactInteger(v);
    if (!w || *w < domainMin(p) || domainMax(p) < *w) return v;
    if (w->negative) return Json(std::int64_t(0) - std::int64_t(w->magnitude));
    return Json(w->magnitude);
}

void checkListSize(const Param& p, const Json& v, const std::string& path, std::vector<Issue>& issues) {
    if (v.size() < p.minItems)
        issues.push_back({path, fill(p.minItems == 1 ? kAtLeastItem : kAtLeastItems,
                                     {std::to_string(p.minItems), std::to_string(v.size())})});
    if (v.size() > p.maxItems)
        issues.push_back({path, fill(kAtMostItems, {std::to_string(p.maxItems), std::to_string(v.size())})});
}

void validateValue(const Param& p, const Json& v, const std::string& path, std::vector<Issue>& issues);

void validateObject(const std::vector<Param>& fields, const std::vector<Param>* extraFields, const Json& v,
                    const std::string& path, bool allowType, std::vector<Issue>& issues) {
    if (!v.is_object()) {
        issues.push_back({path, fill(kGotObject, {typeName(v)})});
        return;
    }
    std::vector<const Param*> all;
    for (const auto& f : fields) all.push_back(&f);
    if (extraFields)
        for (const auto& f : *extraFields) all.push_back(&f);
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (allowType && it.key() == "type") continue;
        bool known = false;
        for (const Param* f : all) known = known || f->key == it.key();
        if (!known) {
            std::vector<std::string> names;
            if (allowType) names.push_back("type");
            for (const Param* f : all) names.push_back(f->key);
            issues.push_back({joinPath(path, it.key()), fill(kUnknownKey, {joinChoices(names)})});
        }
    }
    for (const Param* f : all) {
        const std::string fp = joinPath(path, f->key);
        const std::optional<bool> applies = ParamSpec::applies(*f, v, all);
        if (applies == false) {
            if (v.contains(f->key)) issues.push_back({fp, fill(kOnlyUsedWhen, {f->whenKey, f->whenValue})});
            continue;
        }
        if (!v.contains(f->key)) {
            if (f->required && applies)
                issues.push_back({fp, f->whenKey.empty() ? fill(kRequiredHelp, {f->help})
                                                         : fill(kRequiredWhen, {f->whenKey, f->whenValue})});
            continue;
        }
        validateValue(*f, v.at(f->key), fp, issues);
    }
    for (const Param* f : all) {
        if (f->sameLengthAs.empty() || !v.contains(f->key) || !v.contains(f->sameLengthAs)) continue;
        const Json& a = v.at(f->key);
        const Json& b = v.at(f->sameLengthAs);
        if (a.is_array() && b.is_array() && a.size() != b.size())
            issues.push_back(
                {joinPath(path, f->key),
                 fill(kSameLength, {std::to_string(a.size()), f->sameLengthAs, std::to_string(b.size())})});
    }
}

void validateVariant(const Param& p, const Json& v, const std::string& path, std::vector<Issue>& issues) {
    if (!v.is_object()) {
        issues.push_back({path, fill(kGotObject, {typeName(v)})});
        return;
    }
    std::vector<std::string> types;
    for (const auto& var : p.variants) types.push_back(var.type);
    if (!v.contains("type")) {
        issues.push_back({joinPath(path, "type"), fill(kRequiredOneOf, {joinChoices(types)})});
        return;
    }
    const Json& t = v.at("type");
    if (!t.is_string()) {
        issues.push_back({joinPath(path, "type"), fill(kGotString, {typeName(t)})});
        return;
    }
    const VariantSpec* var = ParamSpec::variant(p, t.get<std::string>());
    if (!var) {
        issues.push_back(
            {joinPath(path, "type"), fill(kNotOneOf, {quoted(t.get<std::string>()), joinChoices(types)})});
        return;
    }
    validateObject(var->fields, &p.fields, v, path, true, issues);
}

void validateValue(const Param& p, const Json& v, const std::string& path, std::vector<Issue>& issues) {
    switch (p.type) {
    case ParamType::Int:
        checkNumber(p, v, path, true, issues);
        break;
    case ParamType::Real:
        checkNumber(p, v, path, false, issues);
        break;
    case ParamType::Bool:
        if (!v.is_boolean()) issues.push_back({path, fill(kGotBoolean, {typeName(v)})});
        break;
    case ParamType::String:
        if (!v.is_string())
            issues.push_back({path, fill(kGotString, {typeName(v)})});
        else if (v.get<std::string>().size() < p.minItems)
            issues.push_back({path, TB_TR("engine", "must not be empty")});
        else if (const auto bad = firstInvalidUtf8(v.get<std::string>()); bad != std::string::npos)
            issues.push_back({path, fill(kBadUtf8, {std::to_string(bad)})});
        break;
    case ParamType::Enum:
        if (!v.is_string())
            issues.push_back({path, fill(kGotString, {typeName(v)})});
        else {
            const auto s = v.get<std::string>();
            bool ok = false;
            for (const auto& c : p.choices) ok = ok || c == s;
            if (!ok) issues.push_back({path, fill(kNotOneOf, {quoted(s), joinChoices(p.choices)})});
        }
        break;
    case ParamType::RealList:
    case ParamType::IntList:
        if (!v.is_array()) {
            issues.push_back({path, fill(kGotNumbers, {typeName(v)})});
            break;
        }
        checkListSize(p, v, path, issues);
        for (std::size_t i = 0; i < v.size(); ++i)
            checkNumber(p, v[i], indexPath(path, i), p.type == ParamType::IntList, issues);
        break;
    case ParamType::RealMatrix: {
        if (!v.is_array()) {
            issues.push_back({path, fill(kGotRows, {typeName(v)})});
            break;
        }
        checkListSize(p, v, path, issues);
        std::size_t width = 0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            const std::string rp = indexPath(path, i);
            if (!v[i].is_array()) {
                issues.push_back({rp, fill(kGotNumbers, {typeName(v[i])})});
                continue;
            }
            if (i == 0) {
                width = v[i].size();
                if (width > p.maxRowItems)
                    issues.push_back(
                        {rp, fill(kRowTooWide, {std::to_string(width), std::to_string(p.maxRowItems)})});
                else if (width < p.minRowItems && width > 0)
                    issues.push_back({rp, fill(width == 1 ? kRowTooShortOne : kRowTooShort,
                                               {std::to_string(width), std::to_string(p.minRowItems)})});
            } else if (v[i].size() != width)
                issues.push_back({rp, fill(kRowWidth, {std::to_string(v[i].size()), std::to_string(width)})});
            if (v[i].empty()) issues.push_back({rp, TB_TR("engine", "must not be empty")});
            for (std::size_t j = 0; j < v[i].size(); ++j)
                checkNumber(p, v[i][j], indexPath(rp, j), false, issues);
        }
        break;
    }
    case ParamType::Object:
        validateObject(p.fields, nullptr, v, path, false, issues);
        break;
    case ParamType::ObjectList:
        if (!v.is_array()) {
            issues.push_back({path, fill(kGotObjects, {typeName(v)})});
            break;
        }
        checkListSize(p, v, path, issues);
        for (std::size_t i = 0; i < v.size(); ++i)
            validateObject(p.fields, nullptr, v[i], indexPath(path, i), false, issues);
        break;
    case ParamType::Variant:
        validateVariant(p, v, path, issues);
        break;
    case ParamType::VariantList:
        if (!v.is_array()) {
            issues.push_back({path, fill(kGotObjects, {typeName(v)})});
            break;
        }
        checkListSize(p, v, path, issues);
        for (std::size_t i = 0; i < v.size(); ++i) validateVariant(p, v[i], indexPath(path, i), issues);
        break;
    }
}

Json fillObject(const std::vector<Param>& fields, const std::vector<Param>* extra, Json obj);

Json fillValue(const Param& p, Json v) {
    switch (p.type) {
    case ParamType::Int:
        return normalizedInteger(p, std::move(v));
    case ParamType::IntList:
        if (v.is_array())
            for (auto& e : v) e = normalizedInteger(p, std::move(e));
        return v;
    case ParamType::Object:
        return fillObject(p.fields, nullptr, std::move(v));
    case ParamType::ObjectList:
        if (v.is_array())
            for (auto& e : v) e = fillObject(p.fields, nullptr, std::move(e));
        return v;
    case ParamType::Variant:
        if (v.is_object() && v.contains("type") && v["type"].is_string())
            if (const auto* var = ParamSpec::variant(p, v["type"].get<std::string>()))
                return fillObject(var->fields, &p.fields, std::move(v));
        return v;
    case ParamType::VariantList:
        if (v.is_array())
            for (auto& e : v)
                if (e.is_object() && e.contains("type") && e["type"].is_string())
                    if (const auto* var = ParamSpec::variant(p, e["type"].get<std::string>()))
                        e = fillObject(var->fields, &p.fields, std::move(e));
        return v;
    default:
        return v;
    }
}

Json fillObject(const std::vector<Param>& fields, const std::vector<Param>* extra, Json obj) {
    if (!obj.is_object()) return obj;
    std::vector<const Param*> all;
    for (const auto& f : fields) all.push_back(&f);
    if (extra)
        for (const auto& f : *extra) all.push_back(&f);
    for (const Param* f : all) {
        if (obj.contains(f->key))
            obj[f->key] = fillValue(*f, std::move(obj[f->key]));
        else if (!f->defaultValue.is_null() && ParamSpec::applies(*f, obj, all) == true)
            obj[f->key] = fillValue(*f, f->defaultValue);
    }
    return obj;
}

const char* typeLabel(ParamType t) {
    switch (t) {
    case ParamType::Int:
        return "integer";
    case ParamType::Real:
        return "number";
    case ParamType::Bool:
        return "boolean";
    case ParamType::String:
        return "string";
    case ParamType::Enum:
        return "one of";
    case ParamType::RealList:
        return "array of numbers";
    case ParamType::IntList:
        return "array of integers";
    case ParamType::RealMatrix:
        return "array of arrays of numbers";
    case ParamType::Object:
        return "object";
    case ParamType::ObjectList:
        return "array of objects";
    case ParamType::Variant:
        return "object selected by \"type\"";
    case ParamType::VariantList:
        return "array of objects selected by \"type\"";
    }
    return "";
}

void describeFields(const std::vector<Param>& fields, const std::string& path, std::ostringstream& out);

void describeParam(const Param& p, const std::string& path, std::ostringstream& out) {
    out << "  " << path << " (" << typeLabel(p.type);
    if (p.type == ParamType::Enum) out << " " << joinChoices(p.choices);
    if (p.type == ParamType::Int || p.type == ParamType::Real || p.type == ParamType::RealList ||
        p.type == ParamType::IntList || p.type == ParamType::RealMatrix)
        if (std::isfinite(p.min) || std::isfinite(p.max)) out << ", " << rangeText(p);
    if (!p.unit.empty()) out << ", " << p.unit;
    out << (p.required ? ", required" : "");
    if (!p.whenKey.empty()) out << ", only when " << p.whenKey << " is \"" << p.whenValue << "\"";
    if (!p.defaultValue.is_null()) out << ", default " << p.defaultValue.dump();
    out << ")\n      " << p.help << "\n";
    if (p.type == ParamType::Object || p.type == ParamType::ObjectList)
        describeFields(p.fields, p.type == ParamType::ObjectList ? path + "[]" : path, out);
    if (p.type == ParamType::Variant || p.type == ParamType::VariantList) {
        const std::string base = p.type == ParamType::VariantList ? path + "[]" : path;
        describeFields(p.fields, base, out);
        for (const auto& v : p.variants) {
            out << "  " << base << ".type = \"" << v.type << "\": " << v.label << " — " << v.help << "\n";
            describeFields(v.fields, base, out);
        }
    }
}

void describeFields(const std::vector<Param>& fields, const std::string& path, std::ostringstream& out) {
    for (const auto& f : fields) describeParam(f, joinPath(path, f.key), out);
}

const Param* findIn(const std::vector<Param>& fields, const std::vector<std::string>& parts, std::size_t i) {
    for (const auto& f : fields) {
        if (f.key != parts[i]) continue;
        if (i + 1 == parts.size()) return &f;
        if (const Param* r = findIn(f.fields, parts, i + 1)) return r;
        for (const auto& v : f.variants)
            if (const Param* r = findIn(v.fields, parts, i + 1)) return r;
    }
    return nullptr;
}

} // namespace

ParamSpec::ParamSpec(std::vector<Param> topLevel, ExtraCheck extra)
    : m_fields(std::move(topLevel)), m_extra(std::move(extra)) {}

std::vector<Issue> ParamSpec::validate(const Json& config) const {
    std::vector<Issue> issues;
    validateObject(m_fields, nullptr, config, "", false, issues);
    if (issues.empty() && m_extra) m_extra(withDefaults(config), issues);
    if (issues.size() > kMaxIssues) { // a table of bad values would otherwise print a million lines
        const std::size_t more = issues.size() - kMaxIssues;
        issues.resize(kMaxIssues);
        issues.push_back({"", fill(kMoreProblems, {std::to_string(more)})});
    }
    return issues;
}

Json ParamSpec::withDefaults(const Json& config) const {
    return fillObject(m_fields, nullptr, config);
}

std::string ParamSpec::describe() const {
    std::ostringstream out;
    describeFields(m_fields, "", out);
    return out.str();
}

const Param* ParamSpec::find(const std::string& path) const {
    std::vector<std::string> parts;
    std::string cur;
    for (char c : path) {
        if (c == '.') {
            parts.push_back(cur);
            cur.clear();
        } else if (c != '[' && c != ']')
            cur += c;
    }
    parts.push_back(cur);
    return findIn(m_fields, parts, 0);
}

const VariantSpec* ParamSpec::variant(const Param& p, const std::string& type) {
    for (const auto& v : p.variants)
        if (v.type == type) return &v;
    return nullptr;
}

std::optional<bool> ParamSpec::applies(const Param& field, const Json& object,
                                       const std::vector<const Param*>& siblings) {
    if (field.whenKey.empty()) return true;
    const Param* sibling = nullptr;
    for (const Param* s : siblings)
        if (s->key == field.whenKey) sibling = s;
    const Json v = object.is_object() && object.contains(field.whenKey) ? object.at(field.whenKey)
                   : sibling                                            ? sibling->defaultValue
                                                                        : Json();
    if (v.is_null()) return false;
    if (!v.is_string()) return std::nullopt;
    const std::string s = v.get<std::string>();
    if (sibling && std::find(sibling->choices.begin(), sibling->choices.end(), s) == sibling->choices.end())
        return std::nullopt;
    return s == field.whenValue;
}

} // namespace tb

namespace tb {

const std::vector<const char*>& validationTextPatterns() {
    static const std::vector<const char*> all = {
        kGotInteger, kIntegerOutside, kGotFraction,  kInexact,      kIsOutside,   kMustBe,
        kGotNumber,  kGotFinite,      kAtLeastItem,  kAtLeastItems, kAtMostItems, kGotObject,
        kUnknownKey, kOnlyUsedWhen,   kRequiredHelp, kRequiredWhen, kSameLength,  kRequiredOneOf,
        kGotString,  kNotOneOf,       kGotBoolean,   kBadUtf8,      kGotNumbers,  kGotRows,
        kRowTooWide, kRowTooShortOne, kRowTooShort,  kRowWidth,     kGotObjects,  kMoreProblems,
    };
    return all;
}

} // namespace tb

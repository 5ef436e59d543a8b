#pragma once
// ParamSpec: the one description of a kind's configuration. It validates a JSON config (every problem
// reported with its JSON path), fills defaults, documents the CLI, and is what the GUI builds its parameter
// form from.
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "core/JsonText.h"
#include "core/Tr.h"

namespace tb {

enum class ParamType {
    Int,         ///< integer number
    Real,        ///< floating-point number
    Bool,        ///< true/false
    String,      ///< free text
    Enum,        ///< one string of `choices`
    RealList,    ///< array of numbers, each within [min, max]
    IntList,     ///< array of integers, each within [min, max]
    RealMatrix,  ///< array of equally long arrays of numbers, each within [min, max]
    Object,      ///< object with the fixed `fields`
    ObjectList,  ///< array of objects, each with the fixed `fields`
    Variant,     ///< object whose "type" selects one of `variants`, each with its own fields
    VariantList, ///< array of Variant objects (e.g. the compared policies)
};

struct Param;

/// One alternative of a Variant: its "type" value and the fields that apply to it.
struct VariantSpec {
    std::string type;  ///< value of the "type" key, e.g. "ucb1"
    std::string label; ///< display name, e.g. "UCB1"
    std::string help;  ///< one line, with the exact formula where there is one
    std::vector<Param> fields;
};

struct Param {
    std::string key;   ///< JSON key within the parent object
    std::string label; ///< short display label
    std::string help;  ///< one-line help
    std::string unit;  ///< unit shown beside the value ("" for none)
    ParamType type = ParamType::Real;
    bool required = false;
    Json defaultValue; ///< null: no default
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    bool minExclusive = false, maxExclusive = false;
    std::vector<std::string> choices; ///< Enum
    std::size_t minItems = 0;         ///< lists
    std::size_t maxItems = std::numeric_limits<std::size_t>::max();
    std::size_t minRowItems = 0; ///< RealMatrix: items per row (all rows have the width of row 0)
    std::size_t maxRowItems = std::numeric_limits<std::size_t>::max();
    std::string sameLengthAs; ///< lists: key of a sibling list this one must match in length ("" = none)
    std::string itemName;     ///< lists: what one item is ("arm"); the GUI labels rows "Arm 0", "Arm 1", ...
    Json itemDefault;         ///< lists: the value of an item the GUI adds or fills in (null: none)
    /// Used only when the sibling Enum `whenKey` has the value `whenValue` (e.g. a piecewise environment's
    /// variances, only when arms is "gaussian"): given otherwise it is a problem, `required` means required
    /// when the condition holds, and the GUI shows the field only then.
    std::string whenKey, whenValue;
    std::vector<Param> fields;         ///< Object, ObjectList
    std::vector<VariantSpec> variants; ///< Variant, VariantList
    bool advanced = false;             ///< GUI may fold it away
    /// Int, IntList: values are in [0, 2^64 - 1] (read with get<std::uint64_t>()) instead of the int64 range
    /// (get<std::int64_t>()). Integers are always checked exactly, never through a double.
    bool unsigned64 = false;

    // Fluent construction: Param::make(ParamType::Real, "epsilon", "ε", "help").range(0, 1).def(0.1)
    static Param make(ParamType type, std::string key, std::string label, std::string help) {
        Param p;
        p.type = type;
        p.key = std::move(key);
        p.label = std::move(label);
        p.help = std::move(help);
        return p;
    }
    Param& req() {
        required = true;
        return *this;
    }
    Param& def(Json v) {
        defaultValue = std::move(v);
        return *this;
    }
    Param& unitIs(std::string u) {
        unit = std::move(u);
        return *this;
    }
    Param& range(double lo, double hi) {
        min = lo;
        max = hi;
        return *this;
    }
    Param& atLeast(double lo) {
        min = lo;
        return *this;
    }
    Param& above(double lo) {
        min = lo;
        minExclusive = true;
        return *this;
    }
    Param& atMost(double hi) {
        max = hi;
        return *this;
    }
    Param& below(double hi) {
        max = hi;
        maxExclusive = true;
        return *this;
    }
    Param& items(std::size_t lo, std::size_t hi = std::numeric_limits<std::size_t>::max()) {
        minItems = lo;
        maxItems = hi;
        return *this;
    }
    Param& rowItems(std::size_t lo, std::size_t hi) {
        minRowItems = lo;
        maxRowItems = hi;
        return *this;
    }
    Param& sameLength(std::string key) {
        sameLengthAs = std::move(key);
        return *this;
    }
    Param& item(std::string name, Json defaultItem = Json()) {
        itemName = std::move(name);
        itemDefault = std::move(defaultItem);
        return *this;
    }
    Param& onlyWhen(std::string key, std::string value) {
        whenKey = std::move(key);
        whenValue = std::move(value);
        return *this;
    }
    Param& oneOf(std::vector<std::string> c) {
        choices = std::move(c);
        return *this;
    }
    Param& withFields(std::vector<Param> f) {
        fields = std::move(f);
        return *this;
    }
    Param& withVariants(std::vector<VariantSpec> v) {
        variants = std::move(v);
        return *this;
    }
    Param& adv() {
        advanced = true;
        return *this;
    }
    Param& uint64Values() {
        unsigned64 = true;
        return *this;
    }
};

/// A kind's configuration description plus cross-field checks the generic rules cannot express.
class ParamSpec {
public:
    static constexpr std::size_t kMaxIssues = 100;
    using ExtraCheck = std::function<void(const Json& config, std::vector<Issue>& issues)>;

    ParamSpec() = default;
    ParamSpec(std::vector<Param> topLevel, ExtraCheck extra = {});

    const std::vector<Param>& fields() const { return m_fields; }

    /// Every problem of `config`, with JSON paths; empty when valid. Unknown keys are problems too (a typo
    /// must not be silently ignored). Extra checks run only when the generic ones pass. At most kMaxIssues
    /// are listed, then one line says how many more there are.
    std::vector<Issue> validate(const Json& config) const;

    /// `config` with every missing optional value filled from its default (recursively, variants included),
    /// and every Int value that validation accepts as a JSON integer (3.0 becomes 3).
    Json withDefaults(const Json& config) const;

    /// Plain-text reference of every parameter (for `trialbench-cli help-config KIND` and docs).
    std::string describe() const;

    /// The Param at a path such as "environment.means" or "policies[].epsilon" (variant fields searched too).
    const Param* find(const std::string& path) const;

    /// The variant named `type` of the Variant/VariantList parameter `p`, or nullptr.
    static const VariantSpec* variant(const Param& p, const std::string& type);

    /// Whether `field` applies in `object`, the object holding it with the fields `siblings` (see
    /// Param::whenKey): true without a condition; false when the sibling's value (or its default) is
    /// missing or another choice; nothing when that value is not one of the sibling's choices (a problem
    /// of the sibling, reported there).
    static std::optional<bool> applies(const Param& field, const Json& object,
                                       const std::vector<const Param*>& siblings);

private:
    std::vector<Param> m_fields;
    ExtraCheck m_extra;
};

/// Shortest round-trip text of a number, e.g. 1.4 -> "1.4", 1e-9 -> "1e-09" style avoided: "1e-9".
std::string formatNumber(double v);

/// The patterns of validate()'s messages built from parts (tb::fill), for the window's translations.
const std::vector<const char*>& validationTextPatterns();

/// The keys every experiment config starts with: "kind" (must be `kind`), "name" (default `kind`),
/// "description" and "seed".
std::vector<Param> experimentHeaderParams(const std::string& kind);

} // namespace tb

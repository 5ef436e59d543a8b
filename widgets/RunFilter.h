#pragma once
// RunFilter: the run browser's filter expressions, e.g. `final.pseudo_regret < 50 and params.horizon =
// 10000`. A recursive-descent parser builds an AST that is evaluated against one experiment at a time
// (nothing is translated to SQL). The grammar (also in docs/gui.md):
//
//   expr       := orExpr
//   orExpr     := andExpr ( "or" andExpr )*
//   andExpr    := notExpr ( "and" notExpr )*
//   notExpr    := "not" notExpr | primary
//   primary    := "(" expr ")" | operand [ compareOp operand | ["not"] "like" TEXT | "~" TEXT ]
//   compareOp  := "=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">="
//   operand    := FIELD | NUMBER | TEXT
//   FIELD      := id | name | kind | status | created | finished | replicates | runs | seed | best | value |
//                 notes | tags | params.KEY | final.METRIC | tags.KEY   (KEY segments:
//                 [A-Za-z_][A-Za-z0-9_-]* with optional list items [N], or `any text`, joined by ".":
//                 params.policies[0].type)
//   NUMBER     := [+-] digits [. digits] [e [+-] digits]
//   TEXT       := '…' or "…" (a doubled quote stands for itself)
//
// Keywords and fixed field names are case-insensitive. A field alone is true when the run has it (a tag, a
// parameter, a stored final value). A comparison with a missing value is false. Two numbers (or a number and
// a text that reads as one) compare as numbers, two texts compare case-insensitively. LIKE matches a whole
// text with % (any run of characters) and _ (one character); ~ searches a regular expression; both ignore
// case.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace tb::ui {

/// A value a filter reads from a run: missing, a number or a text.
struct FilterValue {
    enum Type { Missing, Number, Text };
    Type type = Missing;
    double number = 0;
    QString text;

    static FilterValue ofNumber(double v); ///< NaN is Missing
    static FilterValue ofText(const QString& t);
    bool isMissing() const { return type == Missing; }
    /// The value as text (numbers with up to 15 significant digits).
    QString toText() const;
};

/// Reads a field of the run being tested, by its canonical name ("id", "params.horizon", "tags.owner").
using FilterRecord = std::function<FilterValue(const QString& field)>;

struct FilterNode;

class RunFilter {
    Q_DECLARE_TR_FUNCTIONS(RunFilter)
public:
    /// A parse error: `column` is 1-based, in characters of the filter text.
    struct Error {
        int column = 0;
        QString message;
        QString toString() const;
    };

    RunFilter();
    ~RunFilter();
    RunFilter(RunFilter&&) noexcept;
    RunFilter& operator=(RunFilter&&) noexcept;

    /// Parses `text`. On failure isValid() is false and error() says where and why.
    static RunFilter parse(const QString& text);
    /// True when `text` is meant as an expression rather than quick-filter words: it starts (after "(" or
    /// "not") with params./final./tags., or with a field name followed by an operator. "thompson" or
    /// "ε-greedy (ε=0.1)" are words.
    static bool looksLikeExpression(const QString& text);
    /// The fixed field names (without the params./final./tags. families).
    static const QStringList& fieldNames();
    /// True for a fixed field name or params.KEY, final.KEY, tags.KEY (case-insensitive prefix).
    static bool isField(const QString& name);

    bool isValid() const { return m_root != nullptr; }
    const Error& error() const { return m_error; }
    bool matches(const FilterRecord& record) const;
    /// Canonical, fully parenthesised form (for tests and tooltips): `((a < 1) or (b = 'x'))`.
    QString canonical() const;
    /// The canonical names of the fields the expression reads.
    QStringList fields() const;

private:
    std::unique_ptr<FilterNode> m_root;
    Error m_error;
};

} // namespace tb::ui

#include "RunFilter.h"

#include <QRegularExpression>
#include <cmath>
#include <optional>
#include <vector>

namespace tb::ui {

// --- Values
// --------------------------------------------------------------------------------------------------------

FilterValue FilterValue::ofNumber(double v) {
    FilterValue out;
    if (std::isnan(v)) return out;
    out.type = Number;
    out.number = v;
    return out;
}

FilterValue FilterValue::ofText(const QString& t) {
    FilterValue out;
    out.type = Text;
    out.text = t;
    return out;
}

QString FilterValue::toText() const {
    switch (type) {
    case Number:
        return QString::number(number, 'g', 15);
    case Text:
        return text;
    case Missing:
        break;
    }
    return {};
}

// --- Tokens
// --------------------------------------------------------------------------------------------------------

namespace {

enum class Tok { Field, Number, Text, Op, LParen, RParen, And, Or, Not, Like, End };
enum class Cmp { Eq, Ne, Lt, Le, Gt, Ge, Like, NotLike, Regex };

struct Token {
    Tok type = Tok::End;
    int column = 0; ///< 1-based
    QString text;   ///< as written (a field's canonical name, a text's value)
    double number = 0;
    Cmp op = Cmp::Eq;
};

const QStringList kFamilies = {QStringLiteral("params."), QStringLiteral("final."), QStringLiteral("tags.")};

bool identStart(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}
bool identPart(QChar c) {
    return identStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}
bool digit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// A field's canonical name: fixed names and family prefixes lower-case, keys as written.
QString canonicalField(const QString& name) {
    for (const QString& f : kFamilies)
        if (name.startsWith(f, Qt::CaseInsensitive)) return f + name.mid(f.size());
    return name.toLower();
}

struct Lexer {
    explicit Lexer(const QString& text) : s(text) {}
    const QString& s;
    int i = 0;
    std::optional<RunFilter::Error> error;

    void fail(int column, const QString& message) {
        if (!error) error = RunFilter::Error{column, message};
    }

    /// One identifier segment at i: a word or a `quoted` key. Empty (with an error) when there is none.
    QString segment() {
        if (i < s.size() && s[i] == QLatin1Char('`')) {
            const int start = i++;
            QString out;
            while (i < s.size() && s[i] != QLatin1Char('`')) out += s[i++];
            if (i >= s.size()) {
                fail(start + 1, RunFilter::tr("the name quoted with ` is not closed"));
                return {};
            }
            ++i;
            if (out.isEmpty()) fail(start + 1, RunFilter::tr("empty name between ` `"));
            return out;
        }
        if (i >= s.size() || !identStart(s[i])) {
            fail(i + 1, RunFilter::tr("expected a name after '.'"));
            return {};
        }
        const int start = i;
        while (i < s.size() && identPart(s[i])) ++i;
        QString out = s.mid(start, i - start);
        while (i < s.size() && s[i] == QLatin1Char('[')) { // a list item: policies[0]
            const int open = i++;
            const int first = i;
            while (i < s.size() && digit(s[i])) ++i;
            if (i == first || i >= s.size() || s[i] != QLatin1Char(']')) {
                fail(open + 1, RunFilter::tr("expected an item number and ']' after '['"));
                return {};
            }
            ++i;
            out += s.mid(open, i - open);
        }
        return out;
    }

    std::vector<Token> run() {
        std::vector<Token> out;
        while (!error) {
            while (i < s.size() && s[i].isSpace()) ++i;
            Token t;
            t.column = i + 1;
            if (i >= s.size()) {
                out.push_back(t);
                break;
            }
            const QChar c = s[i];
            const QChar n = i + 1 < s.size() ? s[i + 1] : QChar();
            if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                t.type = c == QLatin1Char('(') ? Tok::LParen : Tok::RParen;
                t.text = c;
                ++i;
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                t.type = Tok::Text;
                ++i;
                bool closed = false;
                while (i < s.size()) {
                    if (s[i] == c) {
                        if (i + 1 < s.size() && s[i + 1] == c) {
                            t.text += c;
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    t.text += s[i++];
                }
                if (!closed) fail(t.column, RunFilter::tr("the text opened here has no closing %1").arg(c));
            } else if (digit(c) || (c == QLatin1Char('.') && digit(n)) ||
                       ((c == QLatin1Char('-') || c == QLatin1Char('+')) &&
                        (digit(n) || (n == QLatin1Char('.') && i + 2 < s.size() && digit(s[i + 2]))))) {
                static const QRegularExpression number(
                    QStringLiteral("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?"));
                const auto m = number.match(s, i, QRegularExpression::NormalMatch,
                                            QRegularExpression::AnchorAtOffsetMatchOption);
                t.type = Tok::Number;
                t.text = m.captured(0);
                t.number = t.text.toDouble();
                i += int(m.capturedLength(0));
                if (i < s.size() && identPart(s[i]))
                    fail(i + 1, RunFilter::tr("unexpected '%1' after the number %2").arg(s[i]).arg(t.text));
            } else if (c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('<') ||
                       c == QLatin1Char('>') || c == QLatin1Char('~')) {
                t.type = Tok::Op;
                const QString two = s.mid(i, 2);
                if (two == QLatin1String("=="))
                    t.op = Cmp::Eq;
                else if (two == QLatin1String("!=") || two == QLatin1String("<>"))
                    t.op = Cmp::Ne;
                else if (two == QLatin1String("<="))
                    t.op = Cmp::Le;
                else if (two == QLatin1String(">="))
                    t.op = Cmp::Ge;
                else if (c == QLatin1Char('='))
                    t.op = Cmp::Eq;
                else if (c == QLatin1Char('<'))
                    t.op = Cmp::Lt;
                else if (c == QLatin1Char('>'))
                    t.op = Cmp::Gt;
                else if (c == QLatin1Char('~'))
                    t.op = Cmp::Regex;
                else {
                    fail(t.column, RunFilter::tr("'!' must be followed by '=' (use \"not\" to negate)"));
                    break;
                }
                const bool isTwo = two == QLatin1String("==") || two == QLatin1String("!=") ||
                                   two == QLatin1String("<>") || two == QLatin1String("<=") ||
                                   two == QLatin1String(">=");
                t.text = isTwo ? two : QString(c);
                i += isTwo ? 2 : 1;
            } else if (identStart(c) || c == QLatin1Char('`')) {
                QString name = segment();
                while (!error && i < s.size() && s[i] == QLatin1Char('.')) {
                    ++i;
                    name += QLatin1Char('.') + segment();
                }
                const QString lower = name.toLower();
                if (lower == QLatin1String("and"))
                    t.type = Tok::And;
                else if (lower == QLatin1String("or"))
                    t.type = Tok::Or;
                else if (lower == QLatin1String("not"))
                    t.type = Tok::Not;
                else if (lower == QLatin1String("like"))
                    t.type = Tok::Like;
                else
                    t.type = Tok::Field;
                t.text = t.type == Tok::Field ? name : lower;
            } else {
                fail(t.column, RunFilter::tr("unexpected character '%1'").arg(c));
            }
            out.push_back(t);
        }
        return out;
    }
};

QString describe(const Token& t) {
    switch (t.type) {
    case Tok::End:
        return RunFilter::tr("the end of the filter");
    case Tok::Text:
        return QStringLiteral("'%1'").arg(t.text);
    default:
        return QStringLiteral("'%1'").arg(t.text);
    }
}

} // namespace

// --- The tree
// ------------------------------------------------------------------------------------------------------

struct FilterNode {
    enum Type { And, Or, Not, Compare, Exists } type = Exists;
    std::unique_ptr<FilterNode> a, b;
    // Compare and Exists: lhs (and rhs) are a field or a literal.
    struct Operand {
        bool isField = false;
        QString field;
        FilterValue literal;
        FilterValue value(const FilterRecord& record) const { return isField ? record(field) : literal; }
        QString text() const {
            if (isField) return field;
            if (literal.type == FilterValue::Text)
                return QLatin1Char('\'') +
                       QString(literal.text).replace(QLatin1Char('\''), QStringLiteral("''")) +
                       QLatin1Char('\'');
            return literal.toText();
        }
    };
    Operand lhs, rhs;
    Cmp op = Cmp::Eq;
    QRegularExpression pattern; ///< LIKE and ~
};

namespace {

const char* opText(Cmp op) {
    switch (op) {
    case Cmp::Eq:
        return "=";
    case Cmp::Ne:
        return "!=";
    case Cmp::Lt:
        return "<";
    case Cmp::Le:
        return "<=";
    case Cmp::Gt:
        return ">";
    case Cmp::Ge:
        return ">=";
    case Cmp::Like:
        return "like";
    case Cmp::NotLike:
        return "not like";
    case Cmp::Regex:
        return "~";
    }
    return "?";
}

/// A LIKE pattern as an anchored, case-insensitive regular expression.
QRegularExpression likePattern(const QString& like) {
    QString re;
    for (QChar c : like) {
        if (c == QLatin1Char('%'))
            re += QStringLiteral(".*");
        else if (c == QLatin1Char('_'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DotMatchesEverythingOption);
}

std::optional<double> asNumber(const FilterValue& v) {
    if (v.type == FilterValue::Number) return v.number;
    if (v.type != FilterValue::Text) return std::nullopt;
    bool ok = false;
    const double d = v.text.trimmed().toDouble(&ok);
    if (!ok || std::isnan(d)) return std::nullopt;
    return d;
}

bool compare(const FilterNode& n, const FilterRecord& record) {
    const FilterValue l = n.lhs.value(record);
    if (l.isMissing()) return false;
    if (n.op == Cmp::Like || n.op == Cmp::NotLike || n.op == Cmp::Regex) {
        const bool hit = n.pattern.match(l.toText()).hasMatch(); // LIKE patterns are anchored, ~ searches
        return n.op == Cmp::NotLike ? !hit : hit;
    }
    const FilterValue r = n.rhs.value(record);
    if (r.isMissing()) return false;
    int order = 0;
    const bool numeric = l.type == FilterValue::Number || r.type == FilterValue::Number;
    if (numeric) {
        const auto a = asNumber(l), b = asNumber(r);
        if (!a || !b) return n.op == Cmp::Ne; // a number and a text that is not one: only "differs" holds
        order = *a < *b ? -1 : (*a > *b ? 1 : 0);
    } else {
        order = QString::compare(l.text, r.text, Qt::CaseInsensitive);
    }
    switch (n.op) {
    case Cmp::Eq:
        return order == 0;
    case Cmp::Ne:
        return order != 0;
    case Cmp::Lt:
        return order < 0;
    case Cmp::Le:
        return order <= 0;
    case Cmp::Gt:
        return order > 0;
    case Cmp::Ge:
        return order >= 0;
    default:
        return false;
    }
}

bool evaluate(const FilterNode& n, const FilterRecord& record) {
    switch (n.type) {
    case FilterNode::And:
        return evaluate(*n.a, record) && evaluate(*n.b, record);
    case FilterNode::Or:
        return evaluate(*n.a, record) || evaluate(*n.b, record);
    case FilterNode::Not:
        return !evaluate(*n.a, record);
    case FilterNode::Exists:
        return !n.lhs.value(record).isMissing();
    case FilterNode::Compare:
        return compare(n, record);
    }
    return false;
}

QString canonicalText(const FilterNode& n) {
    switch (n.type) {
    case FilterNode::And:
        return QStringLiteral("(%1 and %2)").arg(canonicalText(*n.a), canonicalText(*n.b));
    case FilterNode::Or:
        return QStringLiteral("(%1 or %2)").arg(canonicalText(*n.a), canonicalText(*n.b));
    case FilterNode::Not:
        return QStringLiteral("(not %1)").arg(canonicalText(*n.a));
    case FilterNode::Exists:
        return n.lhs.text();
    case FilterNode::Compare:
        return QStringLiteral("(%1 %2 %3)").arg(n.lhs.text(), QLatin1String(opText(n.op)), n.rhs.text());
    }
    return {};
}

void collectFields(const FilterNode& n, QStringList& out) {
    if (n.a) collectFields(*n.a, out);
    if (n.b) collectFields(*n.b, out);
    for (const auto* o : {&n.lhs, &n.rhs})
        if (o->isField && !out.contains(o->field)) out << o->field;
}

/// Recursive descent over the tokens; the first error wins.
class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : m_t(std::move(tokens)) {}

    std::unique_ptr<FilterNode> parse() {
        auto root = orExpr();
        if (!m_error && peek().type != Tok::End) {
            if (peek().type == Tok::RParen)
                fail(peek(), RunFilter::tr("')' without a matching '('"));
            else
                fail(peek(),
                     RunFilter::tr("expected \"and\", \"or\" or the end, found %1").arg(describe(peek())));
        }
        return m_error ? nullptr : std::move(root);
    }
    const std::optional<RunFilter::Error>& error() const { return m_error; }

private:
    const Token& peek() const { return m_t[m_i]; }
    const Token& take() { return m_t[m_i < m_t.size() - 1 ? m_i++ : m_i]; }
    void fail(const Token& at, const QString& message) {
        if (!m_error) m_error = RunFilter::Error{at.column, message};
    }

    std::unique_ptr<FilterNode> binary(FilterNode::Type type, std::unique_ptr<FilterNode> a,
                                       std::unique_ptr<FilterNode> b) {
        auto n = std::make_unique<FilterNode>();
        n->type = type;
        n->a = std::move(a);
        n->b = std::move(b);
        return n;
    }

    std::unique_ptr<FilterNode> orExpr() {
        auto left = andExpr();
        while (!m_error && peek().type == Tok::Or) {
            take();
            auto right = andExpr();
            left = binary(FilterNode::Or, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<FilterNode> andExpr() {
        auto left = notExpr();
        while (!m_error && peek().type == Tok::And) {
            take();
            auto right = notExpr();
            left = binary(FilterNode::And, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<FilterNode> notExpr() {
        if (peek().type == Tok::Not) {
            take();
            return binary(FilterNode::Not, notExpr(), nullptr);
        }
        return primary();
    }

    std::optional<FilterNode::Operand> operand() {
        const Token& t = peek();
        FilterNode::Operand o;
        switch (t.type) {
        case Tok::Field:
            if (!RunFilter::isField(t.text)) {
                fail(t, RunFilter::tr("unknown field '%1' (fields: %2, params.KEY, final.METRIC, tags.KEY; "
                                      "quote text: '%1')")
                            .arg(t.text, RunFilter::fieldNames().join(QStringLiteral(", "))));
                return std::nullopt;
            }
            o.isField = true;
            o.field = canonicalField(t.text);
            break;
        case Tok::Number:
            o.literal = FilterValue::ofNumber(t.number);
            break;
        case Tok::Text:
            o.literal = FilterValue::ofText(t.text);
            break;
        default:
            fail(t, RunFilter::tr("expected a field, a number or quoted text, found %1").arg(describe(t)));
            return std::nullopt;
        }
        take();
        return o;
    }

    std::unique_ptr<FilterNode> primary() {
        if (peek().type == Tok::LParen) {
            const Token open = take();
            auto inner = orExpr();
            if (m_error) return nullptr;
            if (peek().type != Tok::RParen) {
                fail(peek(), RunFilter::tr("expected ')' to close the '(' at column %1, found %2")
                                 .arg(open.column)
                                 .arg(describe(peek())));
                return nullptr;
            }
            take();
            return inner;
        }
        const Token first = peek();
        auto lhs = operand();
        if (!lhs) return nullptr;
        auto n = std::make_unique<FilterNode>();
        n->lhs = *lhs;
        const Token& t = peek();
        const bool notLike = t.type == Tok::Not && m_i + 1 < m_t.size() && m_t[m_i + 1].type == Tok::Like;
        if (t.type == Tok::Like || notLike || (t.type == Tok::Op && t.op == Cmp::Regex)) {
            const Token opToken = take();
            if (notLike) take();
            n->type = FilterNode::Compare;
            n->op = notLike ? Cmp::NotLike : (opToken.type == Tok::Like ? Cmp::Like : Cmp::Regex);
            const Token& rhs = peek();
            if (rhs.type != Tok::Text) {
                fail(rhs, RunFilter::tr("%1 needs quoted text on its right, found %2")
                              .arg(QLatin1String(opText(n->op)), describe(rhs)));
                return nullptr;
            }
            n->rhs.literal = FilterValue::ofText(rhs.text);
            if (n->op == Cmp::Regex) {
                n->pattern = QRegularExpression(rhs.text, QRegularExpression::CaseInsensitiveOption);
                if (!n->pattern.isValid()) {
                    fail(rhs, RunFilter::tr("invalid regular expression: %1 (at character %2 of the pattern)")
                                  .arg(n->pattern.errorString())
                                  .arg(n->pattern.patternErrorOffset() + 1));
                    return nullptr;
                }
            } else {
                n->pattern = likePattern(rhs.text);
            }
            take();
            return n;
        }
        if (t.type == Tok::Op) {
            n->type = FilterNode::Compare;
            n->op = t.op;
            const Token opToken = take();
            if (peek().type == Tok::End) {
                fail(peek(), RunFilter::tr("expected a value after '%1'").arg(opToken.text));
                return nullptr;
            }
            auto rhs = operand();
            if (!rhs) return nullptr;
            n->rhs = *rhs;
            return n;
        }
        if (!lhs->isField) {
            fail(first,
                 RunFilter::tr("%1 alone is not a condition: compare it with a field").arg(describe(first)));
            return nullptr;
        }
        n->type = FilterNode::Exists;
        return n;
    }

    std::vector<Token> m_t;
    std::size_t m_i = 0;
    std::optional<RunFilter::Error> m_error;
};

} // namespace

// --- RunFilter
// -----------------------------------------------------------------------------------------------------

QString RunFilter::Error::toString() const {
    return tr("column %1: %2").arg(column).arg(message);
}

RunFilter::RunFilter() = default;
RunFilter::~RunFilter() = default;
RunFilter::RunFilter(RunFilter&&) noexcept = default;
RunFilter& RunFilter::operator=(RunFilter&&) noexcept = default;

const QStringList& RunFilter::fieldNames() {
    static const QStringList names = {
        QStringLiteral("id"),         QStringLiteral("name"),    QStringLiteral("kind"),
        QStringLiteral("status"),     QStringLiteral("created"), QStringLiteral("finished"),
        QStringLiteral("replicates"), QStringLiteral("runs"),    QStringLiteral("seed"),
        QStringLiteral("best"),       QStringLiteral("value"),   QStringLiteral("notes"),
        QStringLiteral("tags")};
    return names;
}

bool RunFilter::isField(const QString& name) {
    for (const QString& f : kFamilies)
        if (name.startsWith(f, Qt::CaseInsensitive)) return name.size() > f.size();
    return fieldNames().contains(name.toLower());
}

bool RunFilter::looksLikeExpression(const QString& text) {
    Lexer lexer(text);
    const std::vector<Token> tokens = lexer.run(); // up to the first lexical error
    std::size_t i = 0;
    while (i < tokens.size() && (tokens[i].type == Tok::LParen || tokens[i].type == Tok::Not)) ++i;
    if (i >= tokens.size() || tokens[i].type != Tok::Field) return false;
    for (const QString& f : kFamilies)
        if (tokens[i].text.startsWith(f, Qt::CaseInsensitive)) return true;
    if (!fieldNames().contains(tokens[i].text.toLower())) return false;
    if (i + 1 >= tokens.size()) return false;
    const Tok next = tokens[i + 1].type;
    return next == Tok::Op || next == Tok::Like ||
           (next == Tok::Not && i + 2 < tokens.size() && tokens[i + 2].type == Tok::Like);
}

RunFilter RunFilter::parse(const QString& text) {
    RunFilter out;
    Lexer lexer(text);
    std::vector<Token> tokens = lexer.run();
    if (lexer.error) {
        out.m_error = *lexer.error;
        return out;
    }
    if (tokens.size() == 1) {
        out.m_error = {1, tr("the filter is empty")};
        return out;
    }
    Parser parser(std::move(tokens));
    out.m_root = parser.parse();
    if (parser.error()) out.m_error = *parser.error();
    return out;
}

bool RunFilter::matches(const FilterRecord& record) const {
    return m_root && evaluate(*m_root, record);
}

QString RunFilter::canonical() const {
    return m_root ? canonicalText(*m_root) : QString();
}

QStringList RunFilter::fields() const {
    QStringList out;
    if (m_root) collectFields(*m_root, out);
    return out;
}

} // namespace tb::ui

#include "QtText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>

#include "run/Registry.h"

namespace tb::ui {

namespace {

/// A pattern of the engine ("early stop (step %1)") as a regular expression matching the whole text, with a
/// capture group per placeholder.
struct Pattern {
    QByteArray source; ///< the pattern itself, UTF-8, as lupdate saw it
    QRegularExpression re;
    QList<int> placeholders; ///< the N of %N of each capture group, in order
    qsizetype literal = 0;   ///< characters outside the placeholders: the more, the more specific
};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> all = [] {
        static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
        std::vector<Pattern> out;
        for (const std::string& text : tb::textPatterns()) {
            Pattern p;
            p.source = QByteArray::fromStdString(text);
            const QString s = QString::fromStdString(text);
            QString re = QStringLiteral("^");
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(s); it.hasNext();) {
                const auto m = it.next();
                re += QRegularExpression::escape(s.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*?)");
                p.literal += m.capturedStart() - at;
                p.placeholders << m.captured(1).toInt();
                at = m.capturedEnd();
            }
            re += QRegularExpression::escape(s.mid(at)) + QStringLiteral("$");
            p.literal += s.size() - at;
            p.re = QRegularExpression(re, QRegularExpression::DotMatchesEverythingOption);
            p.re.optimize();
            out.push_back(std::move(p));
        }
        // The most specific first: "%1: fit α of %2 †" before "%1 fit %2".
        std::stable_sort(out.begin(), out.end(),
                         [](const Pattern& a, const Pattern& b) { return a.literal > b.literal; });
        return out;
    }();
    return all;
}

/// `pattern` (a translation, with %1 … %9) filled with `args` in one pass.
QString fillPattern(const QString& pattern, const QHash<int, QString>& args) {
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1] >= QLatin1Char('1') &&
            pattern[i + 1] <= QLatin1Char('9')) {
            const int n = pattern[i + 1].unicode() - '0';
            if (const auto a = args.constFind(n); a != args.constEnd()) {
                out += *a;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString translate(const QString& text, int depth) {
    if (text.isEmpty()) return text;
    const QByteArray utf8 = text.toUtf8();
    const QString whole = QCoreApplication::translate("engine", utf8.constData());
    if (whole != text || depth >= 4) return whole;
    for (const Pattern& p : patterns()) {
        const auto m = p.re.match(text);
        if (!m.hasMatch()) continue;
        QHash<int, QString> args;
        for (int g = 0; g < p.placeholders.size(); ++g)
            args.insert(p.placeholders[g], translate(m.captured(g + 1), depth + 1));
        return fillPattern(QCoreApplication::translate("engine", p.source.constData()), args);
    }
    return text;
}

/// Translations already made, dropped whenever the translators change (Qt sends LanguageChange to the
/// application when one is installed or removed).
class Cache : public QObject {
public:
    QMutex mutex;
    QHash<QString, QString> texts;

    /// Starts watching the application for language changes (once there is one).
    void watch() {
        auto* app = QCoreApplication::instance();
        if (!app || m_watched == app) return;
        m_watched = app;
        texts.clear();
        moveToThread(app->thread());
        app->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
            QMutexLocker lock(&mutex);
            texts.clear();
        }
        return false;
    }

private:
    QCoreApplication* m_watched = nullptr;
};

Cache& cache() {
    static Cache* c = new Cache; // never destroyed: it may be asked after QCoreApplication is gone
    return *c;
}

} // namespace

QString tre(const std::string& text) {
    if (text.empty()) return QString();
    const QString source = QString::fromStdString(text);
    const auto* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return translate(source, 0); // uncached off the GUI
    Cache& c = cache();
    {
        QMutexLocker lock(&c.mutex);
        c.watch();
        if (const auto it = c.texts.constFind(source); it != c.texts.constEnd()) return *it;
    }
    const QString out = translate(source, 0);
    QMutexLocker lock(&c.mutex);
    if (c.texts.size() > 20000) c.texts.clear(); // numbers in texts make them many; keep the cache bounded
    c.texts.insert(source, out);
    return out;
}

QString trIssue(const Issue& issue) {
    return issue.path.empty() ? tre(issue.message)
                              : qs(issue.path) + QStringLiteral(": ") + tre(issue.message);
}

QString trIssues(const std::vector<Issue>& issues) {
    QString out;
    for (const Issue& i : issues) {
        if (!out.isEmpty()) out += QLatin1Char('\n');
        out += trIssue(i);
    }
    return out;
}

} // namespace tb::ui

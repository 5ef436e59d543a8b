#include "Lessons.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <set>

#include "QtText.h"
#include "core/Error.h"
#include "run/Registry.h"
#include "store/RunStore.h"

namespace tb::gui {

using ui::qs;

namespace {

constexpr qint64 kMaxLessonBytes = 1 << 20;

[[noreturn]] void fail(const std::string& path, const std::string& message) {
    throw InputError(std::vector<Issue>{{path, message}});
}

LessonText textAt(const Json& parent, const std::string& key, const std::string& path, bool required = true) {
    LessonText t;
    const std::string at = joinPath(path, key);
    if (!parent.contains(key)) {
        if (required) fail(at, "missing: a text (a string, or an object of strings by language with \"en\")");
        return t;
    }
    const Json& v = parent.at(key);
    if (v.is_string()) {
        t.byLanguage.insert(QStringLiteral("en"), qs(v.get<std::string>()));
    } else if (v.is_object()) {
        static const QRegularExpression localeName(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!localeName.match(qs(it.key())).hasMatch())
                fail(joinPath(at, it.key()), "not a language: expected a Qt locale name such as de or zh_CN");
            if (!it->is_string()) fail(joinPath(at, it.key()), "expected a string");
            t.byLanguage.insert(qs(it.key()), qs(it->get<std::string>()));
        }
        if (!t.byLanguage.contains(QStringLiteral("en"))) fail(at, "the English text (\"en\") is missing");
    } else {
        fail(at, "expected a string or an object of strings by language");
    }
    for (const QString& s : std::as_const(t.byLanguage))
        if (s.trimmed().isEmpty()) fail(at, "a text is empty");
    return t;
}

void onlyKeys(const Json& object, const std::string& path, std::initializer_list<const char*> keys) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return it.key() == k; })) {
            std::string known;
            for (const char* k : keys) known += (known.empty() ? "" : ", ") + std::string(k);
            fail(joinPath(path, it.key()), "unknown key (a lesson step has: " + known + ")");
        }
}

std::vector<Issue> prefixed(const std::vector<Issue>& issues, const std::string& prefix) {
    std::vector<Issue> out;
    for (const Issue& i : issues) out.push_back({i.path.empty() ? prefix : prefix + "." + i.path, i.message});
    return out;
}

} // namespace

QString LessonText::in(const QString& locale) const {
    if (auto it = byLanguage.find(locale); it != byLanguage.end()) return *it;
    const QString language = locale.section(QLatin1Char('_'), 0, 0);
    if (auto it = byLanguage.find(language); it != byLanguage.end()) return *it;
    return byLanguage.value(QStringLiteral("en"));
}

Json Lesson::configForStep(std::size_t step) const {
    Json c = config;
    for (const auto& [pointer, value] : steps.at(step).set) c[Json::json_pointer(pointer)] = value;
    return c;
}

Lesson parseLesson(const std::string& text, const QString& file) {
    const Json j = parseJsonText(text, file.toStdString());
    if (!j.is_object()) fail("", "a lesson is a JSON object (docs/lessons.md)");
    for (auto it = j.begin(); it != j.end(); ++it) {
        static const std::set<std::string> known{"format",  "version", "id",          "order", "title",
                                                 "summary", "config",  "explanation", "show",  "try"};
        if (!known.count(it.key()))
            fail(joinPath("", it.key()),
                 "unknown key (a lesson has: format, version, id, order, title, summary, "
                 "config, show, explanation, try)");
    }
    if (j.value("format", Json()) != "trialbench-lesson")
        fail("format", "expected \"trialbench-lesson\" (is this a lesson file?)");
    if (!j.contains("version") || !j.at("version").is_number_integer())
        fail("version", "expected the integer 1");
    if (j.at("version").get<std::int64_t>() != 1)
        fail("version", "version " + j.at("version").dump() + " is newer than this TrialBench reads (1)");
    Lesson l;
    l.file = file;
    if (!j.contains("id") || !j.at("id").is_string()) fail("id", "missing: a string of a-z, 0-9 and -");
    l.id = qs(j.at("id").get<std::string>());
    static const QRegularExpression idForm(QStringLiteral("^[a-z0-9-]+$"));
    if (!idForm.match(l.id).hasMatch()) fail("id", "expected only a-z, 0-9 and -");
    if (j.contains("order")) {
        if (!j.at("order").is_number()) fail("order", "expected a number");
        l.order = j.at("order").get<double>();
    }
    l.title = textAt(j, "title", "");
    l.summary = textAt(j, "summary", "");
    l.explanation = textAt(j, "explanation", "");
    if (!j.contains("config") || !j.at("config").is_object())
        fail("config", "missing: an experiment config object");
    l.config = j.at("config");
    if (auto issues = validate(l.config); !issues.empty()) throw InputError(prefixed(issues, "config"));

    const Kind* kind = findKind(l.config.at("kind").get<std::string>());
    if (j.contains("show")) {
        if (!j.at("show").is_string()) fail("show", "expected a metric name or a plot id");
        l.show = qs(j.at("show").get<std::string>());
        std::set<std::string> names;
        for (const auto& m : kind->metrics()) {
            names.insert(m.name);
            names.insert(m.plot);
        }
        for (const auto& p : kind->plots()) names.insert(p.id);
        if (!names.count(l.show.toStdString())) {
            std::string list;
            for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
            fail("show", "'" + l.show.toStdString() + "' is neither a metric nor a plot of kind " +
                             kind->name() + " (" + list + ")");
        }
    }

    if (!j.contains("try") || !j.at("try").is_array()) fail("try", "missing: an array of 3 steps");
    const Json& steps = j.at("try");
    if (steps.size() != 3) fail("try", "expected exactly 3 steps, found " + std::to_string(steps.size()));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::string at = indexPath("try", i);
        const Json& s = steps[i];
        if (!s.is_object()) fail(at, "expected an object with title, set and predict");
        onlyKeys(s, at, {"title", "set", "predict"});
        LessonStep step;
        step.title = textAt(s, "title", at);
        step.predict = textAt(s, "predict", at);
        if (!s.contains("set") || !s.at("set").is_array() || s.at("set").empty())
            fail(joinPath(at, "set"), "expected a non-empty array of {\"path\": JSON Pointer, \"value\": …}");
        for (std::size_t k = 0; k < s.at("set").size(); ++k) {
            const std::string sat = indexPath(joinPath(at, "set"), k);
            const Json& change = s.at("set")[k];
            if (!change.is_object() || !change.contains("path") || !change.at("path").is_string() ||
                !change.contains("value"))
                fail(sat, "expected {\"path\": JSON Pointer, \"value\": any JSON}");
            onlyKeys(change, sat, {"path", "value"});
            const std::string path = change.at("path").get<std::string>();
            Json::json_pointer pointer;
            try {
                pointer = Json::json_pointer(path);
            } catch (const Json::exception&) {
                fail(joinPath(sat, "path"), "'" + path + "' is not a JSON Pointer (/key/0/key)");
            }
            if (pointer.empty()) fail(joinPath(sat, "path"), "the whole config cannot be replaced");
            // The value there exists, or the path ends in a new key of an existing object (the schema
            // decides).
            const bool exists = l.config.contains(pointer);
            const auto parent = pointer.parent_pointer();
            if (!exists && !(l.config.contains(parent) && l.config.at(parent).is_object()))
                fail(joinPath(sat, "path"), "'" + path + "' is not in the lesson's config");
            step.set.emplace_back(path, change.at("value"));
        }
        l.steps.push_back(std::move(step));
        if (auto issues = validate(l.configForStep(i)); !issues.empty())
            throw InputError(prefixed(issues, at + " applied: config"));
    }
    return l;
}

Lesson readLesson(const QString& path) {
    QFile f(path);
    if (!QFileInfo(path).isFile()) fail("", path.toStdString() + ": not a file");
    if (f.size() > kMaxLessonBytes)
        fail("", path.toStdString() + ": " + std::to_string(f.size()) + " bytes; a lesson is at most 1 MiB");
    if (!f.open(QIODevice::ReadOnly))
        fail("", path.toStdString() + ": cannot be read (" + f.errorString().toStdString() + ")");
    const QByteArray bytes = f.readAll();
    try {
        return parseLesson(bytes.toStdString(), path);
    } catch (const InputError& e) {
        // Issues located by JSON path get the file in front; syntax errors carry it already.
        std::vector<Issue> issues;
        for (const Issue& i : e.issues())
            issues.push_back(i.toString().rfind(path.toStdString(), 0) == 0
                                 ? i
                                 : Issue{path.toStdString() + ": " + i.path, i.message});
        throw InputError(issues);
    }
}

LessonLibrary loadLessons(const QStringList& folders) {
    LessonLibrary lib;
    QStringList files;
    for (const QString& name :
         QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << QStringLiteral(":/lessons/") + name;
    for (const QString& folder : folders)
        for (const QString& name :
             QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << QDir(folder).filePath(name);
    std::set<QString> ids;
    for (const QString& file : files) {
        try {
            Lesson l = readLesson(file);
            l.builtIn = file.startsWith(QLatin1String(":/"));
            if (!ids.insert(l.id).second) {
                lib.problems << QStringLiteral("%1: id: the lesson id '%2' is already taken; skipped")
                                    .arg(QDir::toNativeSeparators(file), l.id);
                continue;
            }
            lib.lessons.push_back(std::move(l));
        } catch (const InputError& e) {
            lib.problems << qs(joinIssues(e.issues()));
        }
    }
    std::stable_sort(lib.lessons.begin(), lib.lessons.end(), [](const Lesson& a, const Lesson& b) {
        if (a.order != b.order) return a.order < b.order;
        return a.title.in(QStringLiteral("en")) < b.title.in(QStringLiteral("en"));
    });
    return lib;
}

QString userLessonFolder() {
    // Beside the CLI's default store: the same XDG rule, one place.
    return QFileInfo(qs(RunStore::dataHomePath())).dir().filePath(QStringLiteral("lessons"));
}

QString lessonLocale() {
    return QLocale().name();
}

} // namespace tb::gui

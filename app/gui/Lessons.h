#pragma once
// Lessons (docs/lessons.md): a JSON file holding an experiment config, an explanation shown beside the plots
// and three "try this" steps that change parameters and predict the outcome. Built-in lessons are embedded
// under
// :/lessons; a teacher adds one by dropping a file into userLessonFolder() or opening it (File > Open
// lesson…). Every lesson is checked when it is loaded: the format, its config like any config (tb::validate),
// each step's changed config, and its "show" tab; a problem names the file and the JSON path and the lesson
// is not loaded.
#include <QMap>
#include <QString>
#include <QStringList>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "core/JsonText.h"

namespace tb::gui {

/// A text in one or more languages ({"en": …, "de": …, "zh_CN": …} or one plain string, taken as "en").
struct LessonText {
    QMap<QString, QString> byLanguage;
    /// The text for `locale` ("de_AT"): the full name, then the language alone ("de"), then "en".
    QString in(const QString& locale) const;
};

struct LessonStep {
    LessonText title;
    LessonText predict;
    std::vector<std::pair<std::string, Json>> set; ///< JSON Pointer into the config, new value
};

struct Lesson {
    QString id;
    double order = std::numeric_limits<double>::infinity();
    LessonText title, summary, explanation;
    Json config;
    QString show; ///< metric name or plot id whose tab comes first ("" = the kind's first)
    std::vector<LessonStep> steps;
    QString file; ///< where it was read from (":/lessons/…" for a built-in one)
    bool builtIn = false;

    /// The lesson's config with step `step`'s changes applied (steps do not add up).
    Json configForStep(std::size_t step) const;
};

/// Parses and checks one lesson file's text. Throws InputError whose issues are located as
/// "FILE:LINE:COLUMN" (JSON syntax) or by JSON path ("try[1].set[0].path", "config.horizon").
Lesson parseLesson(const std::string& text, const QString& file);
/// Reads `path` (at most 1 MiB) and parses it; the same errors, and unreadable files.
Lesson readLesson(const QString& path);

struct LessonLibrary {
    std::vector<Lesson> lessons; ///< by order, then title in English
    QStringList problems;        ///< one line per file that was not loaded, with why
};
/// The built-in lessons and those in `folders` (every *.json, in name order); a later lesson whose id is
/// already taken is reported and skipped.
LessonLibrary loadLessons(const QStringList& folders);
/// $XDG_DATA_HOME/TrialBench/lessons (usually ~/.local/share/TrialBench/lessons).
QString userLessonFolder();
/// The language lessons are shown in: the UI language (QLocale's default, which the window sets).
QString lessonLocale();

} // namespace tb::gui

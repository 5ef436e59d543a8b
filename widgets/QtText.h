#pragma once
// The one conversion between the engine's UTF-8 std::string and QString used across widgets/ and app/gui, and
// the translation of the engine's display strings.
#include <QString>
#include <string>
#include <vector>

#include "core/Error.h"

namespace tb::ui {

inline QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// An English display string of the engine (a label, help, unit, note, warning, status or validation message,
/// marked with TB_TR in the engine: core/Tr.h) in the window's language: its translation in the context
/// "engine", else, for a string the engine built from parts with tb::fill ("ε-greedy (ε=0.1)", "xmin = 12"),
/// the translation of the first of tb::textPatterns() it matches, filled with its parts, each translated the
/// same way. Anything else (a user's label, a file name, a number) comes back as it is. On the GUI thread the
/// results are cached until the translators change.
QString tre(const std::string& text);

/// `issue` as the CLI prints it ("path: message"), its message translated with tre(); the path stays.
QString trIssue(const Issue& issue);
/// One issue per line, as trIssue().
QString trIssues(const std::vector<Issue>& issues);

} // namespace tb::ui

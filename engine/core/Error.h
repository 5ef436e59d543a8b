#pragma once
// Structured errors of the engine. Nothing here depends on Qt.
#include <stdexcept>
#include <string>
#include <vector>

namespace tb {

/// One problem with an input, located by its JSON path (e.g. "environment.means[3]") or file:line.
struct Issue {
    std::string path;    ///< JSON path, or "" when the problem concerns the whole document
    std::string message; ///< what is wrong and what was expected
    std::string toString() const { return path.empty() ? message : path + ": " + message; }
    bool operator==(const Issue&) const = default;
};

/// Bad input: a config, CSV or argument that cannot be used. CLI exit code 2.
class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Issue> issues);
    explicit InputError(const std::string& message) : InputError(std::vector<Issue>{{"", message}}) {}
    const std::vector<Issue>& issues() const noexcept { return m_issues; }

private:
    std::vector<Issue> m_issues;
};

/// A failure while doing valid work: I/O, a full disk, a refused database. CLI exit code 1.
class RuntimeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Joins issues one per line, as printed by the CLI and shown by the GUI.
std::string joinIssues(const std::vector<Issue>& issues);

} // namespace tb

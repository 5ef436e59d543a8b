#include "core/Error.h"

namespace tb {

std::string joinIssues(const std::vector<Issue>& issues) {
    std::string out;
    for (const auto& i : issues) {
        if (!out.empty()) out += '\n';
        out += i.toString();
    }
    return out;
}

InputError::InputError(std::vector<Issue> issues)
    : std::runtime_error(joinIssues(issues)), m_issues(std::move(issues)) {}

} // namespace tb

#include "core/Snapshot.h"

namespace tb {

namespace {
constexpr struct {
    RunStatus status;
    const char* text;
} kStatusText[] = {
    {RunStatus::Running, "running"},
    {RunStatus::Finished, "finished"},
    {RunStatus::Interrupted, "interrupted"},
    {RunStatus::Failed, "failed"},
};
} // namespace

const char* toString(RunStatus s) {
    for (const auto& e : kStatusText)
        if (e.status == s) return e.text;
    return "unknown";
}

std::optional<RunStatus> runStatusFromString(std::string_view text) {
    for (const auto& e : kStatusText)
        if (text == e.text) return e.status;
    return std::nullopt;
}

} // namespace tb

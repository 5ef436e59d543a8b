#pragma once
// The one conversion between the engine's UTF-8 std::string and QString used across widgets/ and app/gui.
#include <QString>
#include <string>

namespace tb::ui {

inline QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace tb::ui

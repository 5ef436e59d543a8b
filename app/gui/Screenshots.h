#pragma once
// A scripted tour of the window that writes the documentation screenshots (trialbench --screenshots DIR).
#include <QString>

namespace tb::gui {
class MainWindow;
/// Runs two experiments, pauses one mid-run, compares them, and saves PNGs into `dir`; quits when done.
void takeScreenshots(MainWindow* window, const QString& dir);
} // namespace tb::gui

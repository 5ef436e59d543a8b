#pragma once
// The application's icons, drawn with QPainter (crisp at every size and device pixel ratio, and independent
// of the Qt SVG plugin). resources/icons/*.svg hold the same drawings for the desktop file and documentation.
#include <QIcon>
#include <QString>

namespace tb::ui {

/// One of: trialbench, run, pause, step, stop, reset-view, export, open-run, rerun, compare, columns, delete.
QIcon icon(const QString& name);

} // namespace tb::ui

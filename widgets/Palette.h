#pragma once
// One colour-blind-safe palette for every plot and list: Okabe & Ito (2008), "Color Universal Design".
// Colour i always belongs to compared variant (policy) i, so a policy has the same colour everywhere.
#include <QColor>
#include <QFont>

namespace tb::ui {

/// Colour of the i-th compared variant (wraps around after the eight Okabe–Ito colours).
QColor seriesColor(int index);
/// Number of distinct colours before the palette repeats.
int seriesColorCount();
/// A lighter, opaque tint of `c` for confidence bands (mixes with white: no alpha blending needed).
QColor bandColor(const QColor& c, int alpha = 46);

/// Neutral colours of the plot chrome.
QColor axisColor();
QColor gridColor();
QColor textColor();

} // namespace tb::ui

#pragma once
// One colour-blind-safe palette for every plot and list: Okabe & Ito (2008), "Color Universal Design".
// Colour i always belongs to compared variant (policy) i, so a policy has the same colour everywhere.
#include <QColor>
#include <QFont>
#include <QObject>
#include <QString>
#include <functional>

class QWidget;
class QLabel;

namespace tb::ui {

/// Colour of the i-th compared variant (wraps around after the eight Okabe–Ito colours).
QColor seriesColor(int index);
/// `c` if it is a series colour of the other look (light or dark), the same series' colour in the current one
/// (alpha kept); any other colour unchanged. Plots drawn before a look change are recoloured with it.
QColor forLook(const QColor& c);
/// Number of distinct colours before the palette repeats.
int seriesColorCount();
/// A lighter, opaque tint of `c` for confidence bands (mixes with white: no alpha blending needed).
QColor bandColor(const QColor& c, int alpha = 46);

/// Neutral colours of the plot chrome (for the current look: light or dark).
QColor axisColor();
QColor gridColor();
QColor textColor();
QColor plotBackground();
/// Background of boxes drawn over a plot (legend, note, read-out): the plot background, nearly opaque.
QColor overlayBackground();
/// Secondary text (subtitles, counts, where a config came from) and warnings, readable on the current look.
QColor mutedTextColor();
QColor warningTextColor();
/// The band behind the run's title.
QColor headerBackground();
QColor headerBorder();

/// The process-wide look every plot and themed label follows: light or dark colours, and presenter mode
/// (thick lines and large markers; the fonts come from the application font, which the window scales).
struct Look {
    bool dark = false;
    bool presenter = false;
    bool operator==(const Look&) const = default;
};
Look look();
/// Line widths and marker sizes are multiplied by this (1, or 2.25 in presenter mode).
double lineScale();
/// Changes the look; every PlotPanel restyles itself at its next replot (it is asked for one) and every
/// followLook() widget gets its new style sheet.
void setLook(const Look& look);
/// Counts look changes, so a plot can tell that it is out of date.
int lookGeneration();

/// Emits changed() after setLook().
class LookNotifier : public QObject {
    Q_OBJECT
signals:
    void changed();
};
LookNotifier* lookNotifier();

/// Sets `w`'s style sheet from `sheet()` now and again whenever the look changes.
void followLook(QWidget* w, std::function<QString()> sheet);
/// A label in the muted text colour (or the warning colour), following the look.
void setMutedText(QLabel* label);
void setWarningText(QLabel* label);

} // namespace tb::ui

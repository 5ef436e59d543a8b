#include "Palette.h"

#include <QLabel>
#include <QWidget>
#include <array>

namespace tb::ui {

namespace {
// Okabe–Ito, reordered so that the first colours are the most distinct on white (yellow comes last; black is
// replaced by a dark grey so that it still reads as "a series" and not as an axis).
constexpr std::array<QRgb, 8> kOkabeIto = {
    0xFF0072B2, // blue
    0xFFE69F00, // orange
    0xFF009E73, // bluish green
    0xFFD55E00, // vermillion
    0xFF56B4E9, // sky blue
    0xFFCC79A7, // reddish purple
    0xFF4D4D4D, // dark grey (for black)
    0xFFC9B800, // yellow, darkened from #F0E442 so that it is visible on white
};

// On a dark background the grey that stands for black and the darkened yellow become light ones.
constexpr std::array<QRgb, 8> kOkabeItoDark = {
    0xFF0072B2, 0xFFE69F00, 0xFF009E73, 0xFFD55E00, 0xFF56B4E9, 0xFFCC79A7,
    0xFFC8C8C8, // light grey (for white)
    0xFFF0E442, // yellow as published
};

Look g_look;
int g_generation = 0;

} // namespace

QColor seriesColor(int index) {
    const int n = int(kOkabeIto.size());
    const auto& table = g_look.dark ? kOkabeItoDark : kOkabeIto;
    return QColor::fromRgb(table[std::size_t(((index % n) + n) % n)]);
}

QColor forLook(const QColor& c) {
    // The text colour also draws curves (reference lines such as the Lai–Robbins bound, fitted lines).
    constexpr QRgb lightText = 0xFF2B2F36, darkText = 0xFFE8EAED;
    if ((c.rgb() | 0xFF000000u) == (g_look.dark ? lightText : darkText)) {
        QColor out = textColor();
        out.setAlpha(c.alpha());
        return out;
    }
    const auto& from = g_look.dark ? kOkabeIto : kOkabeItoDark;
    const auto& to = g_look.dark ? kOkabeItoDark : kOkabeIto;
    for (std::size_t i = 0; i < from.size(); ++i)
        if ((c.rgb() | 0xFF000000u) == from[i] && from[i] != to[i]) {
            QColor out = QColor::fromRgb(to[i]);
            out.setAlpha(c.alpha());
            return out;
        }
    return c;
}

int seriesColorCount() {
    return int(kOkabeIto.size());
}

QColor bandColor(const QColor& c, int alpha) {
    QColor b = c;
    b.setAlpha(alpha);
    return b;
}

QColor axisColor() {
    return g_look.dark ? QColor(0x9a, 0xa1, 0xab) : QColor(0x70, 0x74, 0x7a);
}
QColor gridColor() {
    return g_look.dark ? QColor(0x3a, 0x40, 0x48) : QColor(0xe3, 0xe6, 0xea);
}
QColor textColor() {
    return g_look.dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x2b, 0x2f, 0x36);
}
QColor plotBackground() {
    return g_look.dark ? QColor(0x1e, 0x22, 0x27) : QColor(Qt::white);
}
QColor overlayBackground() {
    QColor c = plotBackground();
    c.setAlpha(230);
    return c;
}
QColor mutedTextColor() {
    return g_look.dark ? QColor(0xa9, 0xb0, 0xba) : QColor(0x5b, 0x63, 0x70);
}
QColor warningTextColor() {
    return g_look.dark ? QColor(0xff, 0xa0, 0x5c) : QColor(0xb0, 0x3a, 0x00);
}
QColor headerBackground() {
    return g_look.dark ? QColor(0x26, 0x2b, 0x31) : QColor(0xf6, 0xf7, 0xf9);
}
QColor headerBorder() {
    return g_look.dark ? QColor(0x3a, 0x40, 0x48) : QColor(0xe3, 0xe6, 0xea);
}

Look look() {
    return g_look;
}
double lineScale() {
    return g_look.presenter ? 2.25 : 1.0;
}
int lookGeneration() {
    return g_generation;
}
LookNotifier* lookNotifier() {
    static LookNotifier* notifier =
        new LookNotifier; // lives as long as the process (no static destruction order)
    return notifier;
}
void setLook(const Look& l) {
    if (l == g_look) return;
    g_look = l;
    ++g_generation;
    emit lookNotifier()->changed();
}

void followLook(QWidget* w, std::function<QString()> sheet) {
    w->setStyleSheet(sheet());
    QObject::connect(lookNotifier(), &LookNotifier::changed, w, [w, sheet] { w->setStyleSheet(sheet()); });
}
void setMutedText(QLabel* label) {
    followLook(label, [] { return QStringLiteral("color: %1;").arg(mutedTextColor().name()); });
}
void setWarningText(QLabel* label) {
    followLook(label, [] { return QStringLiteral("QLabel { color: %1; }").arg(warningTextColor().name()); });
}

} // namespace tb::ui

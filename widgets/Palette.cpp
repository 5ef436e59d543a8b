#include "Palette.h"

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
} // namespace

QColor seriesColor(int index) {
    const int n = int(kOkabeIto.size());
    return QColor::fromRgb(kOkabeIto[std::size_t(((index % n) + n) % n)]);
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
    return QColor(0x70, 0x74, 0x7a);
}
QColor gridColor() {
    return QColor(0xe3, 0xe6, 0xea);
}
QColor textColor() {
    return QColor(0x2b, 0x2f, 0x36);
}

} // namespace tb::ui

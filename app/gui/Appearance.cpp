#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <optional>

#include "Palette.h"

namespace tb::gui {

namespace {

struct SystemLook {
    QPalette palette;
    QString style;
    QFont font;
    QFont dockTitleFont; ///< QDockWidget titles have a font of their own
};

const SystemLook& systemLook() {
    static const SystemLook s{QApplication::palette(), QApplication::style()->name(), QApplication::font(),
                              QApplication::font("QDockWidgetTitle")};
    return s;
}

ThemeChoice g_theme = ThemeChoice::System;
bool g_presenter = false;

QPalette darkPalette() {
    // Fusion's roles on dark greys; links and highlight in the Okabe–Ito blue family so they read on the
    // dark.
    QPalette p;
    const QColor window(0x26, 0x2b, 0x31), base(0x1e, 0x22, 0x27), text(0xe8, 0xea, 0xed),
        disabledText(0x7d, 0x85, 0x90), button(0x30, 0x36, 0x3d), highlight(0x2a, 0x82, 0xc8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x39, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x44, 0x4b, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x40, 0x48));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x31, 0x37));
    p.setColor(QPalette::Dark, QColor(0x17, 0x1a, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0e, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::LinkVisited, QColor(0xcc, 0x79, 0xa7));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}

} // namespace

bool systemPrefersDark() {
    return systemLook().palette.color(QPalette::Window).lightness() < 128;
}

void applyAppearance(ThemeChoice theme, bool presenter) {
    const SystemLook& sys = systemLook(); // captured before anything changes
    g_theme = theme;
    g_presenter = presenter;
    switch (theme) {
    case ThemeChoice::System:
        if (QApplication::style()->name() != sys.style)
            QApplication::setStyle(QStyleFactory::create(sys.style));
        QApplication::setPalette(sys.palette);
        break;
    case ThemeChoice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    QFont font = sys.font, dockTitle = sys.dockTitleFont;
    if (presenter) {
        font.setPointSizeF(sys.font.pointSizeF() * kPresenterFontScale);
        dockTitle.setPointSizeF(sys.dockTitleFont.pointSizeF() * kPresenterFontScale);
    }
    QApplication::setFont(font);
    QApplication::setFont(dockTitle, "QDockWidgetTitle");
    ui::setLook({darkInForce(), presenter});
}

ThemeChoice currentTheme() {
    return g_theme;
}
bool presenterMode() {
    return g_presenter;
}
bool darkInForce() {
    return g_theme == ThemeChoice::Dark || (g_theme == ThemeChoice::System && systemPrefersDark());
}

QString themeName(ThemeChoice theme) {
    switch (theme) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeFromName(const QString& name) {
    if (name == QLatin1String("light")) return ThemeChoice::Light;
    if (name == QLatin1String("dark")) return ThemeChoice::Dark;
    return ThemeChoice::System;
}

} // namespace tb::gui

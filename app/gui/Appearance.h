#pragma once
// The window's appearance: a light or dark theme that follows the system unless the user picks one (View >
// Theme), and presenter mode (View > Presenter mode: full screen, fonts twice as large, lines 2.25 times as
// thick; the plots follow through ui::setLook, Palette.h).
#include <QString>

namespace tb::gui {

enum class ThemeChoice { System, Light, Dark };

/// Applies `theme` (style and palette of the application) and presenter mode (application font scaled by
/// kPresenterFontScale) and tells every plot (ui::setLook). The system's own palette and font, captured at
/// the first call, are what System and the normal mode return to.
void applyAppearance(ThemeChoice theme, bool presenter);
ThemeChoice currentTheme();
bool presenterMode();
/// Whether the look in force is dark (the choice, or for System the platform palette's window colour).
bool darkInForce();
/// The system's palette (as captured) is a dark one.
bool systemPrefersDark();

inline constexpr double kPresenterFontScale = 2.0;

/// "system", "light", "dark" (QSettings "view/theme") and back; unknown text is System.
QString themeName(ThemeChoice theme);
ThemeChoice themeFromName(const QString& name);

} // namespace tb::gui

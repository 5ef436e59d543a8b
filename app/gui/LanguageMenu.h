#pragma once
// View > Language: "System (…)" and every language of the window, by its own name.
#include <QCoreApplication>
#include <functional>

class QMenu;

namespace tb::gui {

class LanguageMenu {
    Q_DECLARE_TR_FUNCTIONS(tb::gui::LanguageMenu)
public:
    /// Adds the Language submenu to `parent` (objectName "languageMenu"; its actions "language-system",
    /// "language-en", …), with the current language (currentLanguage()) checked. Choosing one calls `choose`
    /// with its setting ("" for the system's); when it returns false (the language cannot change now) the
    /// check goes back to the current language.
    static QMenu* add(QMenu* parent, std::function<bool(const QString&)> choose);
};

} // namespace tb::gui

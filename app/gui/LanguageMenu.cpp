#include "LanguageMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>

#include "Translations.h"

namespace tb::gui {

QMenu* LanguageMenu::add(QMenu* parent, std::function<bool(const QString&)> choose) {
    QMenu* menu = parent->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString systemCode = languageCode(QLocale::system());
    QString systemName = systemCode;
    for (const Language& l : languages())
        if (l.code == systemCode) systemName = l.name;
    QList<std::pair<QString, QString>> entries{{QString(), tr("&System (%1)").arg(systemName)}};
    for (const Language& l : languages()) entries.append({l.code, l.name});
    for (const auto& [setting, text] : entries) {
        QAction* a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(setting == currentLanguage());
        a->setObjectName(QStringLiteral("language-") +
                         (setting.isEmpty() ? QStringLiteral("system") : setting));
        a->setData(setting);
        group->addAction(a);
    }
    QObject::connect(group, &QActionGroup::triggered, menu, [group, choose](QAction* chosen) {
        if (choose(chosen->data().toString())) return;
        for (QAction* a : group->actions()) a->setChecked(a->data().toString() == currentLanguage());
    });
    return menu;
}

} // namespace tb::gui

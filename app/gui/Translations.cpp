#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tb::gui {

namespace {
const char* const kTranslatorName = "tb-translator";

bool install(QTranslator* translator, bool loaded) {
    if (!loaded) {
        delete translator;
        return false;
    }
    translator->setObjectName(QLatin1String(kTranslatorName));
    return QCoreApplication::installTranslator(translator);
}
} // namespace

void installTranslations(QCoreApplication& app, const QLocale& locale) {
    for (QTranslator* old :
         app.findChildren<QTranslator*>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QString i18n = QStringLiteral(":/i18n");
    // The base: English plural forms, whatever the locale.
    auto* english = new QTranslator(&app);
    install(english, english->load(QStringLiteral("trialbench_en"), i18n));
    // On top: Qt's own strings and the locale's translation (if the locale is English, the same file again,
    // which is harmless). Loading by locale tries each of its UI languages (de_DE, de, …).
    auto* qt = new QTranslator(&app);
    install(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    auto* own = new QTranslator(&app);
    install(own, own->load(locale, QStringLiteral("trialbench"), QStringLiteral("_"), i18n));
}

} // namespace tb::gui

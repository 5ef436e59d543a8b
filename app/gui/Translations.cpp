#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
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

const QList<Language>& languages() {
    static const QList<Language> all = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return all;
}

namespace {
QLocale localeOf(const QString& code) {
    if (code == QLatin1String("de")) return QLocale(QLocale::German, QLocale::Germany);
    if (code == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString g_current;
} // namespace

QString languageCode(const QLocale& locale) {
    // The file installTranslations() would load for `locale`, and the language it says it is in ("de_DE").
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("trialbench"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        const QString language = translator.language();
        for (const Language& l : languages())
            if (language == l.code || language.startsWith(l.code + QLatin1Char('_'))) return l.code;
    }
    return QStringLiteral("en");
}

QLocale languageLocale(const QString& setting) {
    const QLocale system = QLocale::system();
    for (const Language& l : languages())
        if (l.code == setting) return languageCode(system) == l.code ? system : localeOf(l.code);
    return system;
}

QString savedLanguage() {
    return QSettings().value(QStringLiteral("language")).toString();
}

void saveLanguage(const QString& setting) {
    if (setting.isEmpty())
        QSettings().remove(QStringLiteral("language"));
    else
        QSettings().setValue(QStringLiteral("language"), setting);
}

void applyLanguage(QCoreApplication& app, const QString& setting) {
    const QLocale locale = languageLocale(setting);
    QLocale::setDefault(locale);
    installTranslations(app, locale);
    g_current = setting;
}

QString currentLanguage() {
    return g_current;
}

} // namespace tb::gui

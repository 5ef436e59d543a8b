#pragma once
// The window's translators and its language: one place that main(), the window's Language menu and the tests
// share.
#include <QList>
#include <QString>

class QCoreApplication;
class QLocale;

namespace tb::gui {

/// Installs TrialBench's translators on `app` for `locale`, replacing any installed by an earlier call.
/// English (`:/i18n/trialbench_en.qm`, which only carries the plural forms: "1 run", "2 runs") is always
/// installed first as the base, so a C, POSIX or unsupported locale still reads "1 replicate" and not
/// "1 replicate(s)". The locale's own translation, and Qt's, go on top: Qt asks the most recently
/// installed translator first. The translators are children of `app`.
void installTranslations(QCoreApplication& app, const QLocale& locale);

/// A language of the window: translations/trialbench_<code>.ts (English is the source language).
struct Language {
    QString code; ///< "en", "de", "zh_CN"
    QString name; ///< in the language itself: "English", "Deutsch", "简体中文"
};
/// The window's languages, English first.
const QList<Language>& languages();
/// The code of languages() that `locale` is shown in: its language's, else "en".
QString languageCode(const QLocale& locale);
/// The locale of a language setting: "" (or an unknown code) is the system's; a code of languages() is that
/// language, in the system's own locale when the system speaks it (its country's formats stay).
QLocale languageLocale(const QString& setting);

/// The language chosen in View > Language (QSettings key "language"): "" follows the system.
QString savedLanguage();
void saveLanguage(const QString& setting);

/// Installs the translations of `setting` (installTranslations) and makes its locale the default one, so that
/// numbers and dates follow the language of the texts. currentLanguage() says which setting is applied.
void applyLanguage(QCoreApplication& app, const QString& setting);
QString currentLanguage();

} // namespace tb::gui

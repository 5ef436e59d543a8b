#pragma once
// The window's translators: one place that main() and the tests share.
class QCoreApplication;
class QLocale;

namespace tb::gui {

/// Installs TrialBench's translators on `app` for `locale`, replacing any installed by an earlier call.
/// English (`:/i18n/trialbench_en.qm`, which only carries the plural forms: "1 run", "2 runs") is always
/// installed first as the base, so a C, POSIX or unsupported locale still reads "1 replicate" and not
/// "1 replicate(s)". The locale's own translation, and Qt's, go on top: Qt asks the most recently
/// installed translator first. The translators are children of `app`.
void installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace tb::gui

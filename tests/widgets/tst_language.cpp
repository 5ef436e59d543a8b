// The window's language (issue 12, item 6): View > Language switches between the system's language, English,
// German and Simplified Chinese at once. The window is rebuilt in the new language (WindowHost) and keeps its
// store, the form's config, what the centre shows and its tab; the switch is refused while a run is under
// way. The texts that change include those the engine provides (the plot titles are metric labels, the form's
// labels parameter labels): they are marked in the engine (TB_TR) and translated by the window.
#include <QtTest>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>

#include "EngineController.h"
#include "ExperimentPanel.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "RunPresenter.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"
#include "Translations.h"
#include "WindowHost.h"

using namespace tb;

namespace {

/// The texts of one language that the test expects in the window.
struct Expected {
    const char* setting;
    QString file;      ///< the File menu's title
    QString dock;      ///< the experiment dock's title
    QString plot;      ///< the regret plot's title (the engine's metric label)
    QString parameter; ///< the horizon's label in the form (the engine's parameter label)
    QString policy;    ///< a policy variant's label (the engine's), as the policy list shows it
    QChar decimalPoint;
};

const Expected kEnglish{"en",
                        QStringLiteral("&File"),
                        QStringLiteral("Experiment"),
                        QStringLiteral("Cumulative pseudo-regret"),
                        QStringLiteral("Horizon"),
                        QStringLiteral("Thompson sampling (Beta)"),
                        QLatin1Char('.')};
const Expected kGerman{"de",
                       QStringLiteral("&Datei"),
                       QStringLiteral("Experiment"),
                       QStringLiteral("Kumulativer Pseudo-Regret"),
                       QStringLiteral("Horizont"),
                       QStringLiteral("Thompson-Sampling (Beta)"),
                       QLatin1Char(',')};
const Expected kChinese{"zh_CN",
                        QStringLiteral("文件(&F)"),
                        QStringLiteral("实验"),
                        QStringLiteral("累积伪遗憾"),
                        QStringLiteral("时间范围"),
                        QStringLiteral("汤普森采样（Beta）"),
                        QLatin1Char('.')};

QStringList labelTexts(const QWidget* w) {
    QStringList out;
    for (const QLabel* l : w->findChildren<QLabel*>()) out << l->text();
    return out;
}

void check(const gui::MainWindow* w, const Expected& e) {
    QCOMPARE(gui::currentLanguage(), QString::fromLatin1(e.setting));
    QCOMPARE(w->menuBar()->actions().front()->text(), e.file);
    const auto* dock = w->findChild<QDockWidget*>(QStringLiteral("experimentDock"));
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), e.dock);
    // The regret tab of the preview: its title and the tab's text are the metric's label.
    QTRY_VERIFY(w->plots()->seriesPlot(QStringLiteral("pseudo_regret")));
    QCOMPARE(w->plots()->seriesPlot(QStringLiteral("pseudo_regret"))->title(), e.plot);
    QCOMPARE(w->plots()->tabs()->tabText(0), e.plot);
    const QStringList labels = labelTexts(w->form());
    QVERIFY2(labels.contains(e.parameter), qPrintable(labels.join(QStringLiteral(" | "))));
    // The policy type combo offers the variant labels; the Thompson (Beta) variant by its translated label.
    bool found = false;
    for (const QComboBox* c : w->form()->findChildren<QComboBox*>())
        for (int i = 0; i < c->count(); ++i) found = found || c->itemText(i) == e.policy;
    QVERIFY2(found, qPrintable(e.policy));
    QCOMPARE(QLocale().decimalPoint(), e.decimalPoint);
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchLanguageTest")); }
    void cleanupTestCase() {
        QSettings().clear();
        gui::applyLanguage(*qApp, QStringLiteral("en"));
    }

    // English → German → Chinese → English: the menus, the dock, the plot title and the parameter labels
    // change at once and back; the form's edited config, the store and the plot tab stay.
    void switchesTheWholeWindow() {
        gui::applyLanguage(*qApp, QStringLiteral("en"));
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::WindowHost host({store, QStringLiteral("preset:classic-10-arm"), false});
        check(host.window(), kEnglish);
        QVERIFY(host.window()->form()->setValueAt(QStringLiteral("horizon"), 2500));
        host.window()->plots()->tabs()->setCurrentIndex(2);

        int replaced = 0;
        connect(&host, &gui::WindowHost::windowReplaced, this, [&] { ++replaced; });
        for (const Expected* e : {&kGerman, &kChinese, &kEnglish}) {
            // As View > Language does it: the menu's action, then the queued rebuild.
            QMenu* menu = host.window()->findChild<QMenu*>(QStringLiteral("languageMenu"));
            QVERIFY(menu);
            QAction* action =
                menu->findChild<QAction*>(QStringLiteral("language-") + QLatin1String(e->setting));
            QVERIFY(action);
            const int before = replaced;
            action->trigger();
            QTRY_COMPARE(replaced, before + 1);
            check(host.window(), *e);
            QCOMPARE(host.window()->storePath(), store);
            QCOMPARE(host.window()->form()->config().at("horizon").get<int>(), 2500);
            QCOMPARE(host.window()->plots()->tabs()->currentIndex(), 2);
            QVERIFY(host.window()
                        ->findChild<QAction*>(QStringLiteral("language-") + QLatin1String(e->setting))
                        ->isChecked());
        }
    }

    // A preset stays selected as a preset; the stored run shown in the centre stays shown.
    void keepsThePresetAndTheStoredRun() {
        gui::applyLanguage(*qApp, QStringLiteral("en"));
        QTemporaryDir dir;
        gui::WindowHost host(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:close-5-arm"), false});
        gui::MainWindow* w = host.window();
        QVERIFY(w->form()->setValueAt(QStringLiteral("replicates"), 2));
        QVERIFY(w->form()->setValueAt(QStringLiteral("horizon"), 200));
        w->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(!w->engine()->isRunning() && w->engine()->experimentId() >= 0, 20000);
        const qint64 id = w->engine()->experimentId();
        QVERIFY(host.switchLanguage(QStringLiteral("de")));
        w = host.window();
        QCOMPARE(w->presenter()->shownStoredRuns(), QList<qint64>{id});
        QCOMPARE(w->plots()->seriesPlot(QStringLiteral("pseudo_regret"))->title(),
                 QStringLiteral("Kumulativer Pseudo-Regret"));
        // The preset's title, shown translated; the store keeps the name the run was given.
        QVERIFY(host.switchLanguage(QStringLiteral("en")));
        QCOMPARE(host.window()->experimentPanel()->presetName(), QString());
        host.window()->loadConfigArgument(QStringLiteral("preset:close-5-arm"));
        QVERIFY(host.switchLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(host.window()->experimentPanel()->presetName(), QStringLiteral("close-5-arm"));
        QCOMPARE(host.window()->presenter()->title(), QStringLiteral("均值接近的 5 臂伯努利"));
        QVERIFY(host.switchLanguage(QStringLiteral("en")));
    }

    // Never while a run is under way (here paused after one step): the window says why and stays.
    void refusedWhileRunning() {
        gui::applyLanguage(*qApp, QStringLiteral("en"));
        QTemporaryDir dir;
        gui::WindowHost host(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        gui::MainWindow* w = host.window();
        QVERIFY(w->form()->setValueAt(QStringLiteral("replicates"), 2));
        w->stepRun();
        QTRY_VERIFY(w->engine()->isRunning());
        QVERIFY(!w->requestLanguage(QStringLiteral("de")));
        QCOMPARE(w->lastError(), QStringLiteral("Wait for the current run to end, or stop it."));
        QVERIFY(!host.switchLanguage(QStringLiteral("de")));
        QCOMPARE(host.window(), w);
        QCOMPARE(gui::currentLanguage(), QStringLiteral("en"));
        QAction* german = w->findChild<QAction*>(QStringLiteral("language-de"));
        german->trigger(); // the menu: refused, and the check goes back to English
        QVERIFY(w->findChild<QAction*>(QStringLiteral("language-en"))->isChecked());
        w->stopRun();
        QTRY_VERIFY_WITH_TIMEOUT(!w->engine()->isRunning(), 20000);
    }

    // With settings on, the choice is remembered under "language" ("" removes it: follow the system).
    void theChoiceIsSaved() {
        QSettings().clear();
        gui::saveLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(gui::savedLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        gui::saveLanguage(QString());
        QCOMPARE(gui::savedLanguage(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        // The locale of a setting: the system's for "", else the language's.
        QCOMPARE(gui::languageLocale(QString()), QLocale::system());
        QCOMPARE(gui::languageLocale(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(gui::languageLocale(QStringLiteral("zh_CN")).language(), QLocale::Chinese);
        QCOMPARE(gui::languageCode(QLocale(QLocale::German, QLocale::Austria)), QStringLiteral("de"));
        QCOMPARE(gui::languageCode(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
        QCOMPARE(gui::languageCode(QLocale(QLocale::French, QLocale::France)), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"

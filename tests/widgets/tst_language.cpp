// The window's language (issue 12, item 6): View > Language switches between the system's language, English,
// German and Simplified Chinese at once. The window is rebuilt in the new language (WindowHost) and keeps its
// store, the form's config, what the centre shows and its tab; the switch is refused while a run is under
// way. The texts that change include those the engine provides (the plot titles are metric labels, the form's
// labels parameter labels): they are marked in the engine (TB_TR) and translated by the window.
#include <QtTest>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <sqlite3.h>

#include "Appearance.h"
#include "EngineController.h"
#include "ExperimentPanel.h"
#include "LessonPanel.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "QtText.h"
#include "RunPresenter.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"
#include "StepModePanel.h"
#include "StoreSession.h"
#include "Translations.h"
#include "WindowHost.h"
#include "core/Error.h"
#include "store/RunStore.h"
#include "survival/FailureCounts.h"

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

    // The errors of reading a user's data file and of opening a store come from the engine in English (the
    // CLI prints them as they are); the German window shows them in German, with the file's path, line and
    // quoted content kept as they are.
    void dataAndStoreErrorsFollowTheLanguage() {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.txt"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("1\n2\nabc\n-3\n");
        }
        // A foreign SQLite database: another application's mark and a table.
        const QString foreign = dir.filePath(QStringLiteral("other.db"));
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(foreign.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "PRAGMA application_id = 4660; CREATE TABLE t (x)", nullptr, nullptr,
                                  nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        const std::string badPath = bad.toStdString(), foreignPath = foreign.toStdString();

        // The engine's English, unchanged.
        try {
            survival::readFailureCounts(badPath);
            QFAIL("bad.txt was read");
        } catch (const InputError& e) {
            QCOMPARE(
                QString::fromStdString(e.what()),
                bad + QStringLiteral(":3: \"abc\": expected a non-negative integer failure count or >=N\n") +
                    bad +
                    QStringLiteral(":4: \"-3\": a negative count is how the notebooks mark \"not found\" "
                                   "(the correct answer was not among the candidates searched); write it "
                                   "as >=CAP, CAP being the number of candidates searched (K is at least "
                                   "that), or leave it out knowingly"));
        }
        try {
            RunStore store(foreignPath);
            QFAIL("the foreign database was opened");
        } catch (const RuntimeError& e) {
            QCOMPARE(QString::fromStdString(e.what()),
                     foreign + QStringLiteral(" is not a TrialBench store (an SQLite database of another "
                                              "application, application_id 0x1234); refusing to open it and "
                                              "leaving it untouched. Choose another file with --db PATH or "
                                              "TRIALBENCH_DB."));
        }

        gui::applyLanguage(*qApp, QStringLiteral("de"));
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:survival-capable"), false});
        QSignalSpy imported(&w, &gui::MainWindow::importFinished);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bad\\.txt:3:")));
        QVERIFY(w.importFailureCounts(bad));
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        const QString error = imported.first().at(1).toString();
        QCOMPARE(error,
                 bad +
                     QStringLiteral(":3: \"abc\": erwartet wird eine nicht negative ganze Zahl von "
                                    "Fehlversuchen oder >=N\n") +
                     bad +
                     QStringLiteral(":4: \"-3\": Eine negative Zahl ist die Markierung der Notebooks für "
                                    "„nicht gefunden“ (die richtige Antwort war nicht unter den durchsuchten "
                                    "Kandidaten); schreiben Sie sie als >=CAP, wobei CAP die Zahl der "
                                    "durchsuchten Kandidaten ist (K ist mindestens so groß), oder lassen Sie "
                                    "sie bewusst weg"));
        QCOMPARE(w.lastError(), error);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("other\\.db")));
        QVERIFY(!w.storeSession()->open(foreign));
        QCOMPARE(w.lastError(),
                 foreign +
                     QStringLiteral(" ist kein TrialBench-Speicher (eine SQLite-Datenbank einer anderen "
                                    "Anwendung, application_id 0x1234); die Datei wird nicht geöffnet und "
                                    "bleibt unverändert. Wählen Sie mit --db PATH oder TRIALBENCH_DB eine "
                                    "andere Datei."));
        QVERIFY(w.storePath() != foreign);

        gui::applyLanguage(*qApp, QStringLiteral("zh_CN"));
        QCOMPARE(
            ui::tre(foreignPath + " is not a TrialBench store (it is not an SQLite database); refusing to "
                                  "open it and leaving it untouched. Choose another file with --db PATH or "
                                  "TRIALBENCH_DB."),
            foreign + QStringLiteral(" 不是 TrialBench 存储（它不是 SQLite 数据库）；拒绝打开，文件保持不变。"
                                     "请用 --db PATH 或 TRIALBENCH_DB 选择其他文件。"));
        gui::applyLanguage(*qApp, QStringLiteral("en"));
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
    // Issue 12: a language change keeps the classroom's modes. Presenter mode, hidden controls, live tuning,
    // the open lesson (its text in the new language, not run again) and the step-mode panel (its policy and
    // its "Hide true means" choice) are all there in the new window; leaving presenter mode then restores
    // the controls.
    void keepsTheClassroomModes() {
        gui::applyLanguage(*qApp, QStringLiteral("en"));
        QTemporaryDir dir;
        gui::WindowHost host(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        gui::MainWindow* w = host.window();
        w->show();
        QVERIFY(w->openLesson(QStringLiteral("optimism-ucb")));
        QTRY_VERIFY_WITH_TIMEOUT(!w->engine()->isRunning(), 60000);
        const QString englishTitle = w->lessonPanel()->titleText();
        ui::StepModePanel* steps = w->showStepMode();
        QVERIFY(steps->policyBox()->count() >= 2);
        steps->policyBox()->setCurrentIndex(1);
        steps->hideTrueMeansBox()->setChecked(true);
        w->setLiveTuning(true);
        w->setPresenterMode(true);
        QVERIFY(w->controlsHidden());
        const int experiments = int(w->storeSession()->store()->listExperiments().size());

        QTRY_VERIFY_WITH_TIMEOUT(!w->engine()->isRunning(), 60000); // a language change waits for runs
        QVERIFY(host.switchLanguage(QStringLiteral("de")));
        w = host.window();
        QVERIFY(gui::presenterMode());
        QVERIFY(w->controlsHidden());
        QVERIFY(w->liveTuning());
        QVERIFY(w->lessonPanel());
        QCOMPARE(w->lessonPanel()->lesson().id, QStringLiteral("optimism-ucb"));
        QVERIFY(!w->lessonDock()->isHidden());
        QVERIFY(w->lessonPanel()->titleText() != englishTitle); // German now
        QVERIFY(!w->engine()->isRunning());                     // the lesson is not run again
        QCOMPARE(int(w->storeSession()->store()->listExperiments().size()), experiments);
        QVERIFY(w->stepModePanel());
        QCOMPARE(w->stepModePanel()->policyBox()->currentIndex(), 1);
        QVERIFY(w->stepModePanel()->hideTrueMeansBox()->isChecked());

        w->setPresenterMode(false);
        QVERIFY(!gui::presenterMode());
        QVERIFY(!w->controlsHidden());
        gui::applyLanguage(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"

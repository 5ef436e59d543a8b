// Issue 12 (classroom): shareable experiments (a saved config and "Copy as command" reproduce the window's
// run bit for bit through trialbench-cli).
#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include "Appearance.h"
#include "LessonPanel.h"
#include "Lessons.h"
#include "Palette.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"

#include "EngineController.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "RunPresenter.h"
#include "run/Registry.h"
#include "run/Runner.h"
#include "store/RunStore.h"

using namespace tb;

namespace {

/// Every stored series value of every run of experiment `id`, in order, keyed by run label and metric.
std::map<std::string, std::vector<double>> storedValues(const RunStore& store, std::int64_t id) {
    std::map<std::string, std::vector<double>> out;
    for (const auto& run : store.runs(id))
        for (const auto& m : store.metricDecls(id)) {
            auto& v = out[run.label + "/" + m.name];
            for (const auto& p : store.series(run.id, m.name)) {
                v.push_back(double(p.step));
                v.push_back(p.stats.mean);
                v.push_back(p.stats.q90);
            }
            for (double f : store.finalValues(run.id, m.name)) v.push_back(f);
        }
    return out;
}

QAction* actionNamed(QWidget* w, const QString& name) {
    return w->findChild<QAction*>(name);
}

QByteArray lessonText(const QString& id, const QString& stepPath, const QString& stepValue) {
    Json l = {
        {"format", "trialbench-lesson"},
        {"version", 1},
        {"id", id.toStdString()},
        {"title", {{"en", "A teacher's lesson"}, {"de", "Eine Lektion"}}},
        {"summary", "Two arms."},
        {"config",
         {{"kind", "bandit"},
          {"seed", 3},
          {"replicates", 4},
          {"horizon", 300},
          {"environment", {{"type", "bernoulli"}, {"means", {0.3, 0.6}}}},
          {"policies", Json::array({{{"type", "epsilon-greedy"}, {"epsilon", 0.1}}})}}},
        {"show", "pseudo_regret"},
        {"explanation", "<h3>The idea</h3><p>Explore.</p>"},
        {"try", Json::array({{{"title", "More exploration"},
                              {"set", Json::array({{{"path", stepPath.toStdString()},
                                                    {"value", Json::parse(stepValue.toStdString())}}})},
                              {"predict", "More regret."}},
                             {{"title", "Longer"},
                              {"set", Json::array({{{"path", "/horizon"}, {"value", 600}}})},
                              {"predict", "More regret."}},
                             {{"title", "Closer"},
                              {"set", Json::array({{{"path", "/environment/means"}, {"value", {0.5, 0.6}}}})},
                              {"predict", "Less regret."}}})}};
    // Pretty-printed (keys sorted, two-space indent, "key": value), so that the tests can edit the text.
    return QByteArray::fromStdString(l.dump(2));
}

QString problemOf(const QByteArray& text) {
    try {
        gui::parseLesson(text.toStdString(), QStringLiteral("t.json"));
    } catch (const InputError& e) {
        return QString::fromStdString(joinIssues(e.issues()));
    }
    return QString();
}

bool sanitized() {
    return qEnvironmentVariableIsSet("TB_SANITIZE");
}

} // namespace

class TestClassroom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchClassroomTest"));
        QSettings().clear();
    }

    // 12.5: "Copy as command" gives the trialbench-cli line that reproduces the window's run exactly: the
    // same store, the same series and per-replicate final values, bit for bit.
    void copyAsCommandReproducesTheWindowRun() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("it's here.sqlite")); // a quote to escape in the line
        gui::MainWindow w({db, QStringLiteral("preset:close-5-arm"), false});
        w.form()->setValueAt(QStringLiteral("replicates"), 3);
        w.form()->setValueAt(QStringLiteral("horizon"), 700);
        w.form()->setValueAt(QStringLiteral("seed"), 20261203);
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const qint64 windowRun = finished.first().at(0).toLongLong();

        QAction* copy = actionNamed(&w, QStringLiteral("copyCommandAction"));
        QVERIFY(copy);
        copy->trigger();
        const QString line = QGuiApplication::clipboard()->text();
        QVERIFY2(line.startsWith(QStringLiteral("trialbench-cli run --db '")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("\"seed\":20261203")), qPrintable(line));
        QVERIFY(!line.contains(QLatin1Char('\n')));

        QProcess sh;
        sh.setProcessChannelMode(QProcess::MergedChannels);
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("'%1'").arg(QStringLiteral(TB_CLI_PATH)) +
                                            line.mid(int(qstrlen("trialbench-cli")))});
        QVERIFY(sh.waitForFinished(120000));
        QVERIFY2(sh.exitCode() == 0, sh.readAll().constData());

        RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
        const auto list = store.listExperiments();
        QCOMPARE(int(list.size()), 2);
        const std::int64_t cliRun = list.front().id == windowRun ? list.back().id : list.front().id;
        QVERIFY(cliRun != windowRun);
        const auto a = storedValues(store, windowRun), b = storedValues(store, cliRun);
        QVERIFY(!a.empty());
        QVERIFY(a == b); // bit-identical doubles
    }

    // A preset unchanged is named, not spelled out; any change spells the whole config.
    void copyAsCommandNamesAnUnchangedPreset() {
        const Json preset = loadConfigArgument("preset:classic-10-arm");
        QCOMPARE(gui::cliCommand(preset, QString()),
                 QStringLiteral("trialbench-cli run preset:classic-10-arm"));
        Json changed = preset;
        changed["seed"] = 2;
        const QString line = gui::cliCommand(changed, QStringLiteral("/tmp/x.sqlite"));
        QVERIFY(line.startsWith(QStringLiteral("trialbench-cli run --db '/tmp/x.sqlite' '{")));
        QCOMPARE(parseJsonText(line.section(QLatin1Char('\''), 3, 3).toStdString(), "line"), changed);
    }

    // 12.5: a config saved from the window is a small file with the seed, and loading it gives the same
    // config.
    void savedConfigCarriesTheSeed() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:close-5-arm"), false});
        w.form()->setValueAt(QStringLiteral("seed"), 99);
        const QString path = dir.filePath(QStringLiteral("shared.trialbench.json"));
        QVERIFY(w.saveConfig(path));
        QVERIFY(QFileInfo(path).size() < 4096);
        const Json saved = readJsonFile(path.toStdString());
        QCOMPARE(saved.value("seed", 0), 99);
        gui::MainWindow other({dir.filePath(QStringLiteral("other.sqlite")), path, false});
        QCOMPARE(other.form()->config(), w.form()->config());
    }

    // 12.1: live tuning. Sliders appear under every number; changes re-run at once without recording; latest
    // wins: changes made while a run is under way stop it and only the newest config runs next (the ones in
    // between never run); the last result stays faint until the new one is complete; the final state is the
    // last value's complete run.
    void liveTuningLatestWins() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::MainWindow w({db, QStringLiteral("preset:close-5-arm"), false});
        w.form()->setValueAt(QStringLiteral("replicates"), 4);
        w.form()->setValueAt(QStringLiteral("horizon"), 3000);
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.setLiveTuning(true);
        QVERIFY(w.form()->sliderMode());
        auto* slider = w.form()->findChild<QSlider*>(QStringLiteral("horizon#slider"));
        QVERIFY(slider);
        QVERIFY(!slider->isHidden());
        QCOMPARE(w.tuneRuns(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!w.plots()->hasGhosts()); // complete: nothing faint

        // Three changes in a row, as a drag delivers them: the first starts a run, the second stops it and
        // waits, the third replaces the second. The form stays editable while tuning runs go.
        for (int h : {2600, 2200, 1800}) {
            w.form()->setValueAt(QStringLiteral("horizon"), h);
            QVERIFY(w.form()->isEnabled() && slider->isEnabled());
        }
        QCOMPARE(w.tuneRequests(), 4);
        QCOMPARE(w.tuneRuns(), 2);
        QVERIFY(w.plots()->hasGhosts());
        ui::SeriesPlot* regret = w.plots()->seriesPlot(QStringLiteral("pseudo_regret"));
        QVERIFY(regret);
        QCOMPARE(regret->ghostCount(), 5); // one faint curve per policy, and the Lai–Robbins bound
        QTRY_VERIFY_WITH_TIMEOUT(!w.engine()->isRunning() && finished.count() == 3, 60000);
        QCOMPARE(w.tuneRuns(), 3); // 2200 never ran
        QVERIFY(!w.plots()->hasGhosts());
        QCOMPARE(regret->ghostCount() + w.plots()->seriesPlot(QStringLiteral("pseudo_regret"))->ghostCount(),
                 0);
        const auto last = w.engine()->latest();
        QVERIFY(last);
        QCOMPARE(last->grid.back(), std::int64_t(1800));
        QCOMPARE(last->done, last->grid.size());

        // The slider edits the value like typing. Its scale was fitted when the sliders appeared (horizon
        // 3000): a factor 10 either side, logarithmic, kept while the value stays inside.
        slider->setValue(slider->maximum());
        QCOMPARE(w.form()->config().at("horizon").get<std::int64_t>(), std::int64_t(30000));
        slider->setValue(slider->maximum() / 2);
        QCOMPARE(w.form()->config().at("horizon").get<std::int64_t>(), std::int64_t(3000));
        slider->setValue(slider->minimum());
        QCOMPARE(w.form()->config().at("horizon").get<std::int64_t>(), std::int64_t(300));
        QTRY_VERIFY_WITH_TIMEOUT(!w.engine()->isRunning(), 60000);
        QCOMPARE(w.engine()->latest()->grid.back(), std::int64_t(300));
        auto* eps = w.form()->findChild<QSlider*>(QStringLiteral("policies[3].epsilon#slider"));
        if (eps) { // ε in [0, 1]: linear over the whole range
            eps->setValue(eps->maximum() / 2);
            QCOMPARE(w.form()->config().at("policies").at(3).at("epsilon").get<double>(), 0.5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!w.engine()->isRunning(), 60000);
        w.setLiveTuning(false);
        QVERIFY(slider->isHidden());
        // Nothing was recorded.
        QVERIFY(RunStore(db.toStdString(), RunStore::Mode::ReadOnly).listExperiments().empty());
    }

    // 12.1, the first pass: a change whose full run costs more than a preview's budget runs a cheaper config
    // of the same shape first (fewer replicates over the whole horizon), drawn at once and marked as a
    // preview; the full config then refines it, and the final state is exactly the full run of the last value
    // (the same bits as a Runner, hence trialbench-cli, running that config).
    void liveTuningPreviewThenFullResult() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        w.form()->setValueAt(QStringLiteral("replicates"), 50);
        w.form()->setValueAt(QStringLiteral("horizon"), 10000);
        const Json full = w.form()->config();
        const Json preview = w.tunePreviewConfig(full, gui::MainWindow::kTunePreviewSeconds);
        QVERIFY(preview.at("replicates").get<int>() < 50); // 50 x 10^4 pulls x 4 policies: over the budget
        QCOMPARE(preview.at("horizon").get<int>(), 10000); // the whole horizon
        QVERIFY(validate(preview).empty());

        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        QSignalSpy started(w.engine(), &gui::EngineController::started);
        w.setLiveTuning(true);
        QCOMPARE(w.tuneRuns(), 1);
        QCOMPARE(w.tunePreviews(), 1);
        QVERIFY(w.showsTunePreview());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000); // the preview
        QCOMPARE(RunStatus(finished.first().at(1).toInt()), RunStatus::Finished);
        // Drawn at once, complete over the horizon, with fewer replicates; marked as a preview; the full run
        // is under way and does not replace it before it has finished.
        QCOMPARE(w.tuneRefines(), 1);
        QVERIFY(w.showsTunePreview());
        QVERIFY(w.engine()->isRunning());
        auto shown = w.plots()->snapshot();
        QVERIFY(shown);
        QCOMPARE(shown->done, shown->grid.size());
        QCOMPARE(shown->grid.back(), std::int64_t(10000));
        QCOMPARE(int(shown->finalValues.at(0).at(0).size()), preview.at("replicates").get<int>());
        QVERIFY2(w.presenter()->subtitle().contains(QStringLiteral("Preview")),
                 qPrintable(w.presenter()->subtitle()));
        QTRY_VERIFY_WITH_TIMEOUT(started.count() >= 2, 60000);
        QCoreApplication::processEvents();
        if (w.engine()->isRunning())
            QCOMPARE(w.plots()->snapshot(), shown); // the refinement's partial curves are not drawn

        QTRY_VERIFY_WITH_TIMEOUT(!w.engine()->isRunning() && finished.count() == 2, 60000);
        QVERIFY(!w.showsTunePreview());
        QVERIFY(!w.plots()->hasGhosts());
        const auto last = w.plots()->snapshot();
        QVERIFY(last && last->status == RunStatus::Finished);
        QCOMPARE(int(last->finalValues.at(0).at(0).size()), 50);
        // Exactly the full run of the config.
        Runner reference(prepare(full));
        const auto ref = reference.run();
        QCOMPARE(last->grid, ref->grid);
        QVERIFY(last->seriesStats == ref->seriesStats);
        QVERIFY(last->finalValues == ref->finalValues);
        QVERIFY(last->categoryStats == ref->categoryStats);
        // The preview's replicates are the full run's first ones (streams from (seed, replicate) alone).
        for (std::size_t run = 0; run < shown->finalValues.size(); ++run)
            for (std::size_t m = 0; m < shown->finalValues[run].size(); ++m)
                for (std::size_t r = 0; r < shown->finalValues[run][m].size(); ++r)
                    QCOMPARE(shown->finalValues[run][m][r], ref->finalValues[run][m][r]);
        w.setLiveTuning(false);
    }

    // 12.1: latest wins during the preview too: changes made while a preview runs stop it, the ones in
    // between never run (neither preview nor full run), and the final state is the full run of the last
    // value.
    void liveTuningDropsStaleRequestsDuringThePreview() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        w.form()->setValueAt(QStringLiteral("replicates"), 50);
        w.form()->setValueAt(QStringLiteral("horizon"), 10000);
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.setLiveTuning(true);
        QTRY_VERIFY_WITH_TIMEOUT(!w.engine()->isRunning() && finished.count() == 2, 60000);
        const int runs = w.tuneRuns(), previews = w.tunePreviews(), refines = w.tuneRefines();
        finished.clear();

        const QString eps = QStringLiteral("policies[3].epsilon");
        w.form()->setValueAt(eps, 0.3); // its preview starts
        QVERIFY(w.showsTunePreview() && w.engine()->isRunning());
        w.form()->setValueAt(eps, 0.2);  // stops it and waits
        w.form()->setValueAt(eps, 0.05); // replaces 0.2, which never runs
        QCOMPARE(w.tuneRuns(), runs + 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            !w.engine()->isRunning() && w.tuneRuns() == runs + 2 && !w.showsTunePreview(), 60000);
        QCOMPARE(w.tunePreviews(), previews + 2); // 0.3 (stopped) and 0.05
        QCOMPARE(w.tuneRefines(), refines + 1);   // 0.05 only
        QCOMPARE(finished.count(), 3);            // 0.3's preview, 0.05's preview and full run
        const Prepared* p = w.engine()->prepared();
        QVERIFY(p);
        QCOMPARE(p->replicates, 50);
        QCOMPARE(p->config.at("policies").at(3).at("epsilon").get<double>(), 0.05);
        const auto last = w.plots()->snapshot();
        Runner reference(prepare(w.form()->config()));
        const auto ref = reference.run();
        QVERIFY(last->seriesStats == ref->seriesStats);
        QVERIFY(last->finalValues == ref->finalValues);
        w.setLiveTuning(false);
    }

    // 12.1, tables: in live tuning a slider under a table edits its current cell (per-arm means here), on the
    // scale rules of the scalar sliders (the column's range [0, 1] is narrow: linear over it), and a change
    // re-runs like any other.
    void liveTuningTableCellSlider() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:close-5-arm"), false});
        w.form()->setValueAt(QStringLiteral("replicates"), 2);
        w.form()->setValueAt(QStringLiteral("horizon"), 500);
        auto* cell = w.form()->findChild<QSlider*>(QStringLiteral("environment.means#cellSlider"));
        auto* table = w.form()->findChild<QTableWidget*>(QStringLiteral("environment.means"));
        QVERIFY(cell && table);
        QVERIFY(!cell->isVisibleTo(table->parentWidget())); // typed only, outside live tuning
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.setLiveTuning(true);
        QVERIFY(cell->isVisibleTo(table->parentWidget()));
        QTRY_VERIFY_WITH_TIMEOUT(!w.engine()->isRunning() && finished.count() >= 1, 60000);
        const int requests = w.tuneRequests(), runs = w.tuneRuns();
        table->setCurrentCell(2, 0);
        cell->setValue(cell->maximum());
        QCOMPARE(w.form()->config().at("environment").at("means").at(2).get<double>(), 1.0);
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("1"));
        QCOMPARE(w.tuneRequests(), requests + 1);
        QCOMPARE(w.tuneRuns(), runs + 1);
        cell->setValue(cell->maximum() / 4);
        QCOMPARE(w.form()->config().at("environment").at("means").at(2).get<double>(), 0.25);
        QTRY_VERIFY_WITH_TIMEOUT(!w.engine()->isRunning() && !w.showsTunePreview(), 60000);
        const Prepared* p = w.engine()->prepared();
        QVERIFY(p);
        QCOMPARE(p->config.at("environment").at("means").at(2).get<double>(), 0.25);
        // Another cell: the handle follows its value; typing into the cell moves the handle.
        table->setCurrentCell(0, 0);
        QCOMPARE(cell->value(), int(std::lround(0.30 * cell->maximum())));
        table->item(0, 0)->setText(QStringLiteral("0.5"));
        QCOMPARE(cell->value(), cell->maximum() / 2);
        QTRY_VERIFY_WITH_TIMEOUT(!w.engine()->isRunning(), 60000);
        w.setLiveTuning(false);
        QVERIFY(!cell->isVisibleTo(table->parentWidget()));
    }

    // 12.3: every shipped lesson loads (format, config and each step's changed config validate), there are at
    // least six, each has three steps with a prediction, its texts exist in English, German and Chinese, and
    // it opens in the window: explanation and steps in the Lesson dock, its config in the form, its run
    // started.
    void everyShippedLessonOpens() {
        const gui::LessonLibrary lib = gui::loadLessons({});
        QVERIFY2(lib.problems.isEmpty(), qPrintable(lib.problems.join(QLatin1Char('\n'))));
        QVERIFY(lib.lessons.size() >= 6);
        QStringList ids;
        for (const auto& l : lib.lessons) {
            ids << l.id;
            QVERIFY(l.builtIn);
            QCOMPARE(int(l.steps.size()), 3);
            for (const QString& lang :
                 {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}) {
                QVERIFY2(l.title.byLanguage.contains(lang), qPrintable(l.id + QLatin1Char(' ') + lang));
                QVERIFY2(l.explanation.byLanguage.contains(lang), qPrintable(l.id + QLatin1Char(' ') + lang));
                for (const auto& step : l.steps) QVERIFY(!step.predict.in(lang).isEmpty());
            }
            QVERIFY(l.explanation.in(QStringLiteral("en")).contains(QStringLiteral("<h3>")));
        }
        for (const char* topic : {"exploration", "ucb", "thompson", "variance", "goodhart", "heavy-tailed"})
            QVERIFY2(ids.join(QLatin1Char(' ')).contains(QLatin1String(topic)), topic);

        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        int runs = 0;
        for (const auto& l : lib.lessons) {
            QVERIFY(w.openLesson(l.id));
            ++runs;
            QVERIFY(w.lessonPanel());
            QCOMPARE(w.lessonPanel()->titleText(), l.title.in(QStringLiteral("en")));
            QVERIFY(w.lessonPanel()->explanationText().size() > 200);
            QVERIFY(!w.lessonDock()->isHidden());
            QVERIFY(w.engine()->isRunning());
            QCOMPARE(w.form()->config().value("seed", -1), l.config.value("seed", -2));
            if (sanitized()) { // a lesson's full run takes a minute under the sanitizers: stop it
                w.stopRun();
            }
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), runs, 120000);
            if (!sanitized() && !l.show.isEmpty()) {
                QTRY_VERIFY(w.plots()->tabOf(l.show) >= 0);
                QCOMPARE(w.plots()->tabs()->currentIndex(), w.plots()->tabOf(l.show));
            }
        }
    }

    // 12.3: "Try it" puts the step's change into the form and runs it; the prediction stays hidden until
    // asked.
    void tryStepAppliesTheChangeAndRuns() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            lessonText(QStringLiteral("mine"), QStringLiteral("/policies/0/epsilon"), QStringLiteral("0.5")));
        f.close();
        QVERIFY(w.openLessonFile(path));
        // Pressed while the lesson's own run is under way: that run stops and the step's run follows.
        QVERIFY(w.engine()->isRunning());
        gui::LessonPanel* panel = w.lessonPanel();
        QVERIFY(!panel->predictionLabel(0)->isVisibleTo(panel));
        panel->predictionButton(0)->click();
        QVERIFY(panel->predictionLabel(0)->isVisibleTo(panel));
        QCOMPARE(panel->predictionLabel(0)->text(), QStringLiteral("More regret."));
        panel->tryButton(0)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(w.form()->config().at("policies").at(0).at("epsilon").get<double>(), 0.5);
        QCOMPARE(w.form()->config().at("horizon").get<int>(), 300);
        QCOMPARE(w.engine()->latest()->done,
                 w.engine()->latest()->grid.size()); // the step's run went through
        // Steps do not add up: the second starts from the lesson's config (ε back to 0.1).
        panel->tryButton(1)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
        QCOMPARE(w.form()->config().at("policies").at(0).at("epsilon").get<double>(), 0.1);
        QCOMPARE(w.form()->config().at("horizon").get<int>(), 600);
    }

    // 12.3: a lesson file with a problem is refused with where the problem is; nothing is loaded.
    void badLessonsAreRefusedWithThePath() {
        QVERIFY(problemOf(lessonText("ok", "/policies/0/epsilon", "0.5")).isEmpty());
        QVERIFY2(problemOf(lessonText("ok", "/policies/3/epsilon", "0.5"))
                     .startsWith(QStringLiteral(
                         "try[0].set[0].path: '/policies/3/epsilon' is not in the lesson's config")),
                 qPrintable(problemOf(lessonText("ok", "/policies/3/epsilon", "0.5"))));
        const QString bad = problemOf(lessonText("ok", "/policies/0/epsilon", "1.5"));
        QVERIFY2(bad.startsWith(QStringLiteral("try[0] applied: config.policies[0].epsilon")),
                 qPrintable(bad));
        QVERIFY(problemOf(lessonText("Not An Id", "/horizon", "5")).startsWith(QStringLiteral("id:")));
        QByteArray unknown = lessonText("ok", "/horizon", "5");
        unknown.replace("\"show\"", "\"shows\"");
        QVERIFY(problemOf(unknown).startsWith(QStringLiteral("shows: unknown key")));
        QByteArray badShow = lessonText("ok", "/horizon", "5");
        badShow.replace("\"pseudo_regret\"", "\"gold_vs_d\"");
        QVERIFY(problemOf(badShow).startsWith(
            QStringLiteral("show: 'gold_vs_d' is neither a metric nor a plot")));
        QByteArray syntax = lessonText("ok", "/horizon", "5");
        syntax.replace("\"format\": \"trialbench-lesson\",", "\"format\": \"trialbench-lesson\",,");
        QVERIFY2(problemOf(syntax).contains(
                     QRegularExpression(QStringLiteral("^t\\.json:\\d+:\\d+: .*syntax error"))),
                 qPrintable(problemOf(syntax)));
        QByteArray newer = lessonText("ok", "/horizon", "5");
        newer.replace("\"version\": 1", "\"version\": 2");
        QVERIFY(problemOf(newer).contains(QStringLiteral("newer than this TrialBench reads")));
        QByteArray noEnglish = lessonText("ok", "/horizon", "5");
        noEnglish.replace("\"en\": \"A teacher's lesson\"", "\"fr\": \"A teacher's lesson\"");
        QVERIFY(problemOf(noEnglish).startsWith(QStringLiteral("title: the English text")));
    }

    // 12.3: a teacher's own lessons (the user lesson folder) are listed with the built-in ones; a taken id is
    // reported and skipped; the text is shown in the UI language with English where a translation is missing.
    void userFolderLessonsAreListed() {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.path().toUtf8());
        const QString folder = gui::userLessonFolder();
        QCOMPARE(folder, dir.path() + QStringLiteral("/TrialBench/lessons"));
        QVERIFY(QDir().mkpath(folder));
        for (const auto& [name, id] :
             {std::pair{"a.json", "teacher"}, std::pair{"b.json", "thompson-sampling"}}) {
            QFile f(folder + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(lessonText(QLatin1String(id), QStringLiteral("/horizon"), QStringLiteral("400")));
        }
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        QVERIFY(actionNamed(&w, QStringLiteral("lesson-teacher")));
        QCOMPARE(int(w.lessonLibrary().problems.size()), 1);
        QVERIFY(w.lessonLibrary().problems.front().contains(
            QStringLiteral("'thompson-sampling' is already taken")));
        const auto& lessons = w.lessonLibrary().lessons;
        const auto mine =
            std::find_if(lessons.begin(), lessons.end(), [](const auto& l) { return l.id == "teacher"; });
        QVERIFY(mine != lessons.end());
        QCOMPARE(mine->title.in(QStringLiteral("de_AT")), QStringLiteral("Eine Lektion"));
        QCOMPARE(mine->title.in(QStringLiteral("zh_CN")), QStringLiteral("A teacher's lesson"));
        QCOMPARE(lessons.back().id, QStringLiteral("teacher")); // no order: after the built-in ones
        qunsetenv("XDG_DATA_HOME");
    }

    // 12.4: presenter mode: fonts twice as large, plot lines 2.25 times as thick, controls hidden (the plots
    // and the lesson stay); off restores all of it. The dark look recolours the plots; light brings them
    // back.
    void presenterModeAndThemes() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lessonText(QStringLiteral("mine"), QStringLiteral("/horizon"), QStringLiteral("200")));
        f.close();
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        QVERIFY(w.openLessonFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        ui::SeriesPlot* plot = w.plots()->seriesPlot(QStringLiteral("pseudo_regret"));
        QVERIFY(plot);
        plot->plot()->replot();
        auto meanWidth = [&] {
            for (int i = 0; i < plot->plot()->graphCount(); ++i)
                if (plot->plot()->graph(i)->pen().style() == Qt::SolidLine &&
                    plot->plot()->graph(i)->pen().widthF() > 0)
                    return plot->plot()->graph(i)->pen().widthF();
            return 0.0;
        };
        const double normalWidth = meanWidth();
        QVERIFY(normalWidth > 0);
        const double normalFont = QApplication::font().pointSizeF();
        QDockWidget* experiment = w.findChild<QDockWidget*>(QStringLiteral("experimentDock"));

        w.setPresenterMode(true);
        QCOMPARE(QApplication::font().pointSizeF(), normalFont * gui::kPresenterFontScale);
        QVERIFY(w.controlsHidden());
        QVERIFY(!w.statusBar()->isVisible());
        QVERIFY(w.lessonDock()->isVisible());
        if (experiment) QVERIFY(!experiment->isVisible());
        plot->plot()->replot();
        QCOMPARE(meanWidth(), normalWidth * ui::lineScale());
        QVERIFY(ui::lineScale() >= 2);
        QCOMPARE(plot->plot()->xAxis->tickLabelFont().pointSizeF() > 2 * normalFont - 2, true);

        w.setTheme(gui::ThemeChoice::Dark);
        plot->plot()->replot();
        QVERIFY(plot->plot()->background().toImage().pixelColor(0, 0).lightness() < 60 ||
                ui::plotBackground().lightness() < 60);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(plot->plot()->xAxis->tickLabelColor().lightness() > 180);
        QCOMPARE(ui::seriesColor(6).lightness() > 150, true); // the grey that stands for black turns light

        w.setPresenterMode(false);
        w.setTheme(gui::ThemeChoice::Light);
        QCOMPARE(QApplication::font().pointSizeF(), normalFont);
        QVERIFY(!w.controlsHidden());
        QVERIFY(w.statusBar()->isVisible());
        plot->plot()->replot();
        QCOMPARE(meanWidth(), normalWidth);
        QVERIFY(plot->plot()->xAxis->tickLabelColor().lightness() < 100);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        w.setTheme(gui::ThemeChoice::System);
    }
};

QTEST_MAIN(TestClassroom)
#include "tst_classroom.moc"

// Widgets and the main window, offscreen: the generated form reports the CLI's messages at the fields, runs
// complete and fill the plots, Stop and closing leave interrupted records, the browser lists / filters /
// edits / deletes and sees runs written by another connection, exports hold exactly the stored data.
#include <QtTest>

#include <QApplication>
#include <QDragEnterEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <limits>

#include "CategoryPlot.h"
#include "CompareView.h"
#include "DistributionPlot.h"
#include "EngineController.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "RunBrowser.h"
#include "RunBrowserModel.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"
#include "WidgetTestSupport.h"
#include "run/Registry.h"
#include "store/RunStore.h"

using namespace tb;
using tb::test::record;
using tb::test::smallConfig;

namespace {

std::vector<Issue> cliIssues(const Json& config) {
    try {
        (void)prepare(config);
    } catch (const InputError& e) {
        return e.issues();
    }
    return {};
}

QString joined(const std::vector<Issue>& issues, const std::string& path) {
    QString s;
    for (const auto& i : issues)
        if (i.path == path)
            s += (s.isEmpty() ? QString() : QStringLiteral("\n")) + QString::fromStdString(i.toString());
    return s;
}

QList<QStringList> readCsv(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    QList<QStringList> rows;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty()) continue;
        // Our CSV quotes only the first (label) column.
        QStringList cells;
        if (line.startsWith(QLatin1Char('"'))) {
            const int close = int(line.indexOf(QLatin1String("\","), 1));
            cells << line.mid(1, close - 1);
            cells << line.mid(close + 2).split(QLatin1Char(','));
        } else
            cells = line.split(QLatin1Char(','));
        rows << cells;
    }
    return rows;
}

} // namespace

class TestWidgets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchTest"));
        QVERIFY(findKind("bandit"));
        QVERIFY(findPreset("classic-10-arm"));
    }

    void formIsGeneratedAndFilled() {
        ui::ParamForm form;
        form.setKind(findKind("bandit"));
        const Json preset = loadConfigArgument("preset:classic-10-arm");
        QVERIFY(form.setConfig(preset));
        QVERIFY2(form.isValid(), qPrintable(QString::fromStdString(joinIssues(form.issues()))));
        // The form's config is the preset with defaults filled, exactly what prepare() stores.
        QCOMPARE(prepare(form.config()).config, prepare(preset).config);
        QVERIFY(form.fieldWidget(QStringLiteral("environment.means")));
        QVERIFY(form.fieldWidget(QStringLiteral("policies")));
        QVERIFY(form.fieldWidget(QStringLiteral("horizon")));
    }

    void formValidationShowsTheCliMessageAtTheField() {
        ui::ParamForm form;
        form.setKind(findKind("bandit"));
        form.setConfig(loadConfigArgument("preset:classic-10-arm"));
        QSignalSpy validity(&form, &ui::ParamForm::validityChanged);

        // An arm mean outside [0, 1]: typed into the per-arm table.
        QVERIFY(form.setValueAt(QStringLiteral("environment.means[3]"), 1.4));
        QVERIFY(!form.isValid());
        QVERIFY(!validity.isEmpty() && !validity.last().at(0).toBool());
        const auto expected = cliIssues(form.config());
        QCOMPARE(int(expected.size()), 1);
        QCOMPARE(form.issueTextAt(QStringLiteral("environment.means[3]")),
                 joined(expected, "environment.means[3]"));
        QCOMPARE(form.issueTextAt(QStringLiteral("environment.means[3]")),
                 QStringLiteral("environment.means[3]: 1.4 is outside [0, 1]"));

        // Text that is not a number is reported as the CLI reports a string in the JSON.
        QVERIFY(form.setValueAt(QStringLiteral("environment.means[3]"), "abc"));
        QCOMPARE(form.issueTextAt(QStringLiteral("environment.means[3]")),
                 joined(cliIssues(form.config()), "environment.means[3]"));
        QVERIFY(form.issueTextAt(QStringLiteral("environment.means[3]"))
                    .contains(QLatin1String("expected a number")));

        // Fixed: valid again, no message left.
        QVERIFY(form.setValueAt(QStringLiteral("environment.means[3]"), 0.35));
        QVERIFY(form.isValid());
        QVERIFY(form.issueTextAt(QStringLiteral("environment.means[3]")).isEmpty());

        // A per-policy parameter out of range, on a policy of the list.
        int eps = -1;
        const Json policies = form.config()["policies"];
        for (std::size_t i = 0; i < policies.size(); ++i)
            if (policies[i]["type"] == "epsilon-greedy") eps = int(i);
        QVERIFY(eps >= 0);
        const std::string path = "policies[" + std::to_string(eps) + "].epsilon";
        QVERIFY(form.setValueAt(QString::fromStdString(path), 1.5));
        QVERIFY(!form.isValid());
        QCOMPARE(form.issueTextAt(QString::fromStdString(path)), joined(cliIssues(form.config()), path));
        QVERIFY(!form.issueTextAt(QString::fromStdString(path)).isEmpty());
    }

    void runButtonDisabledUntilFixed() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        QVERIFY(w.runButton()->isEnabled());
        w.form()->setValueAt(QStringLiteral("environment.means[0]"), -0.5);
        QVERIFY(!w.runButton()->isEnabled());
        w.form()->setValueAt(QStringLiteral("environment.means[0]"), 0.05);
        QVERIFY(w.runButton()->isEnabled());
    }

    void shortRunCompletesAndPlotsHoldEveryCheckpoint() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::MainWindow w({db, QStringLiteral("preset:classic-10-arm"), false});
        w.resize(1200, 800);
        w.show();
        w.form()->setValueAt(QStringLiteral("replicates"), 8);
        w.form()->setValueAt(QStringLiteral("horizon"), 3000);
        QVERIFY(w.form()->isValid());
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.startRun();
        QVERIFY(w.engine()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QCOMPARE(RunStatus(finished.first().at(1).toInt()), RunStatus::Finished);

        const auto snap = w.engine()->latest();
        QVERIFY(snap);
        const int checkpoints = int(snap->grid.size());
        QCOMPARE(int(snap->done), checkpoints);
        const int policies = int(snap->runs.size());
        QVERIFY(policies >= 2);
        for (const MetricDecl& m : snap->series) {
            ui::SeriesPlot* p = w.plots()->seriesPlot(QString::fromStdString(m.name));
            QVERIFY2(p, m.name.c_str());
            // Refill hidden tabs (live refills only the visible one).
            w.plots()->tabs()->setCurrentWidget(p);
            for (int r = 0; r < policies; ++r) QCOMPARE(p->plottedPoints(r), checkpoints);
        }
        ui::CategoryPlot* pulls = w.plots()->categoryPlot(QStringLiteral("pulls"));
        QVERIFY(pulls);
        w.plots()->tabs()->setCurrentWidget(pulls);
        for (int r = 0; r < policies; ++r) QCOMPARE(pulls->barCount(r), 10);
        ui::DistributionPlot* dist = w.plots()->distributionPlot();
        QVERIFY(dist);
        w.plots()->tabs()->setCurrentWidget(dist);
        QCOMPARE(int(dist->samples().size()), policies);
        QCOMPARE(int(dist->samples().front().values.size()), 8);

        // Recorded as finished, and listed by the browser.
        RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
        const auto rows = store.listExperiments();
        QCOMPARE(int(rows.size()), 1);
        QCOMPARE(rows.front().status, RunStatus::Finished);
        QTRY_COMPARE(w.browser()->model()->rowCount(), 1);
    }

    void stopMidRunLeavesAnInterruptedRecord() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::MainWindow w({db, QStringLiteral("preset:classic-10-arm"), false});
        w.form()->setValueAt(QStringLiteral("replicates"), 400);
        w.form()->setValueAt(QStringLiteral("horizon"), 2000000);
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(w.engine()->latest() && w.engine()->latest()->done >= 3, 60000);
        QVERIFY(w.stopButton()->isEnabled());
        w.stopRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(RunStatus(finished.first().at(1).toInt()), RunStatus::Interrupted);
        const auto snap = w.engine()->latest();
        QVERIFY(snap->done < snap->grid.size());
        RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
        const auto rows = store.listExperiments();
        QCOMPARE(int(rows.size()), 1);
        QCOMPARE(rows.front().status, RunStatus::Interrupted);
        // Every checkpoint the GUI saw aggregated is in the store.
        const auto runs = store.runs(rows.front().id);
        QVERIFY(int(store.series(runs.front().id, "pseudo_regret").size()) >= 3);
    }

    void closingMidRunStopsFlushesAndMarksInterrupted() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        {
            gui::MainWindow w({db, QStringLiteral("preset:classic-10-arm"), false});
            w.show();
            w.form()->setValueAt(QStringLiteral("replicates"), 400);
            w.form()->setValueAt(QStringLiteral("horizon"), 2000000);
            w.startRun();
            QTRY_VERIFY_WITH_TIMEOUT(w.engine()->latest() && w.engine()->latest()->done >= 2, 60000);
            // The GUI thread does not wait for the run to end: the close is refused for now, the run is
            // stopped, and the window closes once the engine has ended it and flushed the store.
            QVERIFY(!w.close());
            QVERIFY(w.engine()->isRunning());
            QVERIFY(w.isVisible() && !w.isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 60000);
            QVERIFY(!w.engine()->isRunning());
        }
        RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
        const auto rows = store.listExperiments();
        QCOMPARE(int(rows.size()), 1);
        QCOMPARE(rows.front().status, RunStatus::Interrupted);
    }

    void pauseAndStep() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        w.form()->setValueAt(QStringLiteral("replicates"), 4);
        w.form()->setValueAt(QStringLiteral("horizon"), 5000);
        // Step from idle: starts paused and runs exactly one checkpoint.
        auto done = [&] { return w.engine()->latest() ? int(w.engine()->latest()->done) : -1; };
        w.stepRun();
        QVERIFY(w.engine()->isRunning());
        QTRY_COMPARE(done(), 1);
        QVERIFY(w.engine()->isPaused());
        w.stepRun();
        QTRY_COMPARE(done(), 2);
        QVERIFY(w.engine()->isPaused());
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.togglePause(); // resume
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(w.engine()->latest()->done, w.engine()->latest()->grid.size());
    }

    void browserListsFiltersEditsDeletesAndSeesOtherWriters() {
        QTemporaryDir dir;
        const std::string db = dir.filePath(QStringLiteral("runs.sqlite")).toStdString();
        auto store = std::make_shared<RunStore>(db);
        const auto a = record(*store, smallConfig("alpha run"));
        record(*store, smallConfig("beta run"));
        record(*store, smallConfig("gamma run"));

        ui::RunBrowser browser;
        browser.setConfirmDeletes(false);
        browser.setPollInterval(20);
        browser.setStore(store);
        QCOMPARE(browser.model()->rowCount(), 3);
        QCOMPARE(browser.model()->rows().front().status, RunStatus::Finished);

        browser.setFilterText(QStringLiteral("ALPHA"));
        QCOMPARE(browser.proxy()->rowCount(), 1);
        browser.setFilterText(QString());
        QCOMPARE(browser.proxy()->rowCount(), 3);

        // Sort by name, both directions.
        browser.proxy()->sort(ui::RunBrowserModel::Name, Qt::AscendingOrder);
        QCOMPARE(browser.proxy()->index(0, ui::RunBrowserModel::Name).data().toString(),
                 QStringLiteral("alpha run"));
        browser.proxy()->sort(ui::RunBrowserModel::Name, Qt::DescendingOrder);
        QCOMPARE(browser.proxy()->index(0, ui::RunBrowserModel::Name).data().toString(),
                 QStringLiteral("gamma run"));

        // Tags and notes edited in place land in the store.
        const int row = browser.model()->rowOf(a);
        QVERIFY(browser.model()->setData(browser.model()->index(row, ui::RunBrowserModel::Tags),
                                         QStringLiteral("baseline, class"), Qt::EditRole));
        QVERIFY(browser.model()->setData(browser.model()->index(row, ui::RunBrowserModel::Notes),
                                         QStringLiteral("for the lecture"), Qt::EditRole));
        const auto edited = store->experiment(a);
        QVERIFY(edited);
        QCOMPARE(edited->notes, std::string("for the lecture"));
        QCOMPARE(int(edited->tags.size()), 2);
        browser.setFilterText(QStringLiteral("lecture"));
        QCOMPARE(browser.proxy()->rowCount(), 1);
        browser.setFilterText(QString());

        // Delete.
        browser.selectIds({a});
        QCOMPARE(browser.selectedIds(), QList<qint64>{a});
        browser.deleteSelected();
        QCOMPARE(browser.model()->rowCount(), 2);
        QCOMPARE(int(store->listExperiments().size()), 2);
        QVERIFY(!store->experiment(a));

        // Another connection (as the CLI would) records a run: it appears by polling dataVersion().
        {
            RunStore other(db);
            record(other, smallConfig("from the cli"));
        }
        QTRY_COMPARE(browser.model()->rowCount(), 3);
    }

    void exportsHoldExactlyTheStoredData() {
        QTemporaryDir dir;
        const std::string db = dir.filePath(QStringLiteral("runs.sqlite")).toStdString();
        RunStore store(db);
        const auto id = record(store, smallConfig("export me", 5, 2000));
        ui::SnapshotView view;
        view.resize(900, 600);
        view.show();
        view.setLive(false);
        view.setSnapshot(std::make_shared<const Snapshot>(store.loadSnapshot(id)), QStringLiteral("pulls"));
        ui::SeriesPlot* plot = view.seriesPlot(QStringLiteral("pseudo_regret"));
        QVERIFY(plot);
        const QString png = dir.filePath(QStringLiteral("regret.png")),
                      pdf = dir.filePath(QStringLiteral("regret.pdf")),
                      csv = dir.filePath(QStringLiteral("regret.csv"));
        QVERIFY(plot->exportPng(png));
        QVERIFY(plot->exportPdf(pdf));
        QVERIFY(plot->exportCsv(csv));
        QVERIFY(QFileInfo(png).size() > 1000);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QFile pf(pdf);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QCOMPARE(pf.read(4), QByteArray("%PDF"));
        QImage image(png);
        QVERIFY(!image.isNull());

        const auto rows = readCsv(csv);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.front(),
                 (QStringList{QStringLiteral("series"), QStringLiteral("step"), QStringLiteral("mean"),
                              QStringLiteral("ci_low"), QStringLiteral("ci_high")}));
        int compared = 0;
        std::size_t next = 1;
        for (const RunRow& run : store.runs(id)) {
            const auto series = store.series(run.id, "pseudo_regret");
            QVERIFY(!series.empty());
            for (const SeriesPoint& p : series) {
                QVERIFY(next < std::size_t(rows.size()));
                const QStringList& r = rows[qsizetype(next++)];
                QCOMPARE(r[0], QString::fromStdString(run.label));
                QCOMPARE(r[1].toLongLong(), qlonglong(p.step));
                QCOMPARE(r[2].toDouble(), p.stats.mean); // exact: 17 significant digits round-trip
                QCOMPARE(r[3].toDouble(), p.stats.ciLow);
                QCOMPARE(r[4].toDouble(), p.stats.ciHigh);
                ++compared;
            }
        }
        // Then the reference line as plotted (Lai–Robbins on Bernoulli arms), without an interval.
        QCOMPARE(plot->references().size(), 1);
        for (qsizetype k = 0; k < plot->references().front().x.size(); ++k) {
            QVERIFY(next < std::size_t(rows.size()));
            const QStringList& r = rows[qsizetype(next++)];
            QCOMPARE(r[0], plot->references().front().label);
            QCOMPARE(r[2].toDouble(), plot->references().front().mean[k]);
            QVERIFY(r[3].isEmpty() && r[4].isEmpty());
        }
        QCOMPARE(std::size_t(rows.size()), next);
        QVERIFY(compared > 10);

        // Category and distribution plots export too.
        ui::CategoryPlot* pulls = view.categoryPlot(QStringLiteral("pulls"));
        QVERIFY(pulls && pulls->exportCsv(dir.filePath(QStringLiteral("pulls.csv"))));
        QVERIFY(readCsv(dir.filePath(QStringLiteral("pulls.csv"))).size() ==
                1 + 10 * int(store.runs(id).size()));
        QVERIFY(view.distributionPlot()->exportPng(dir.filePath(QStringLiteral("dist.png"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("dist.png"))).size() > 1000);
    }

    void smoothingChangesThePlottedDataAndItsExport() {
        ui::SeriesPlot plot;
        ui::PlotCurve c;
        c.label = QStringLiteral("a");
        c.color = Qt::blue;
        for (int i = 0; i < 9; ++i) {
            c.x << i + 1;
            c.mean << (i % 2 ? 1.0 : 0.0);
        }
        plot.setCurves({c});
        QCOMPARE(plot.plotted(0).mean, c.mean);
        plot.setSmoothing(50);
        const auto s = plot.plotted(0).mean;
        QCOMPARE(s[0], 0.0); // ends shrink the window
        QCOMPARE(s[1], 0.5); // step 2: the average of the zig-zag 0, 1, 0 over steps [1, 3]
        QCOMPARE(plot.plottedPoints(0), 9);
    }

    // One replicate has no interval (NaN bounds, NULL in the store): the plots draw no band or error bar and
    // their CSV exports leave the fields empty, as the CLI's CSV does, instead of writing "nan".
    void missingIntervalsExportAsEmptyFields() {
        QTemporaryDir dir;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        ui::SeriesPlot series;
        ui::PlotCurve c;
        c.label = QStringLiteral("one replicate");
        c.color = Qt::blue;
        c.x = {1, 2};
        c.mean = {0.5, 0.25};
        c.lo = {nan, nan};
        c.hi = {nan, nan};
        series.setCurves({c});
        const QString seriesCsv = dir.filePath(QStringLiteral("series.csv"));
        QVERIFY(series.exportCsv(seriesCsv));
        QFile f(seriesCsv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("\"one replicate\",1,0.5,,\n")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(text));

        ui::CategoryPlot bars;
        ui::BarSeries b;
        b.label = QStringLiteral("one replicate");
        b.color = Qt::red;
        b.mean = {3, 7};
        b.lo = {nan, nan};
        b.hi = {nan, nan};
        bars.setData({QStringLiteral("arm 1"), QStringLiteral("arm 2")}, {b});
        const QString barsCsv = dir.filePath(QStringLiteral("bars.csv"));
        QVERIFY(bars.exportCsv(barsCsv));
        QFile g(barsCsv);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QString barsText = QString::fromUtf8(g.readAll());
        QVERIFY2(barsText.contains(QStringLiteral("\"one replicate\",\"arm 2\",7,,\n")),
                 qPrintable(barsText));
        QVERIFY(!barsText.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
        QCOMPARE(bars.barCount(0), 2);
    }

    void compareViewOverlaysAndListsDifferences() {
        QTemporaryDir dir;
        RunStore store(dir.filePath(QStringLiteral("runs.sqlite")).toStdString());
        const auto a = record(store, smallConfig("short", 4, 1000));
        const auto b = record(store, smallConfig("long", 4, 2000));
        std::vector<ui::CompareItem> items;
        for (auto id : {a, b})
            items.push_back({*store.experiment(id), store.loadSnapshot(id), store.config(id)});
        const int policies = int(items.front().snapshot.runs.size());
        ui::CompareView view;
        view.setItems(items);
        QCOMPARE(int(view.plot()->curves().size()), 2 * policies);
        // The same policy keeps its colour across experiments.
        QCOMPARE(view.plot()->curves()[0].color, view.plot()->curves()[policies].color);
        QStringList params;
        for (int r = 0; r < view.diffTable()->rowCount(); ++r) params << view.diffTable()->item(r, 0)->text();
        QVERIFY(params.contains(QStringLiteral("horizon")));
        QVERIFY(params.contains(QStringLiteral("name")));
        QVERIFY(!params.contains(QStringLiteral("seed")));
    }

    void loadsAndSavesConfigFiles() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        w.form()->setValueAt(QStringLiteral("horizon"), 1234);
        const QString path = dir.filePath(QStringLiteral("cfg.json"));
        QVERIFY(w.saveConfig(path));
        gui::MainWindow w2({dir.filePath(QStringLiteral("runs.sqlite")), path, false});
        QCOMPARE(w2.form()->config()["horizon"].get<int>(), 1234);
        QCOMPARE(prepare(w2.form()->config()).config, prepare(w.form()->config()).config);
    }

    void droppingAConfigFileFillsTheForm() {
        QTemporaryDir dir;
        Json c = loadConfigArgument("preset:classic-10-arm");
        c["horizon"] = 4321;
        const QString path = dir.filePath(QStringLiteral("dropped.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(c.dump()));
        }
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.form()->config()["horizon"].get<int>(), 4321);
    }

    // Issue 8.1/8.4 in the window: saving a config or exporting a plot onto the store (or its -wal), or
    // opening the store as a config, is refused; the store stays byte for byte and usable.
    void theWindowNeverWritesOverOrOpensItsStore() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::MainWindow w({db, QStringLiteral("preset:classic-10-arm"), false});
        {
            RunStore store(db.toStdString());
            record(store, smallConfig("kept", 3, 500));
        }
        // The store's bytes, read by another process: a descriptor opened and closed here would drop the
        // window's SQLite locks (the very fault under test).
        auto storeDigest = [&] {
            QProcess p;
            p.start(QStringLiteral("sha256sum"), {db});
            p.waitForFinished();
            return p.readAllStandardOutput();
        };
        const QByteArray before = storeDigest();
        QVERIFY(before.size() > 64);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("Cannot save the config: .*refusing to write to"));
        QVERIFY(!w.saveConfig(db));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("Cannot save the config: .*refusing to write to"));
        QVERIFY(!w.saveConfig(db + QStringLiteral("-wal")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("Cannot load the config: .*is an SQLite database"));
        QVERIFY(!w.loadConfigArgument(db));
        RunStore store(db.toStdString());
        ui::SnapshotView view;
        view.setLive(false);
        view.setSnapshot(std::make_shared<const Snapshot>(store.loadSnapshot(1)), QStringLiteral("pulls"));
        ui::SeriesPlot* plot = view.seriesPlot(QStringLiteral("pseudo_regret"));
        QVERIFY(plot);
        QString error;
        QVERIFY(!plot->exportPng(db, 400, 300, &error));
        QVERIFY2(error.contains(QStringLiteral("refusing to write to")), qPrintable(error));
        QVERIFY(!plot->exportPdf(db, 400, 300, &error));
        QVERIFY(!plot->exportCsv(db, &error));
        QCOMPARE(storeDigest(), before);
        QCOMPARE(store.listExperiments().size(), std::size_t(1));
        // Exports elsewhere leave no temporary file behind.
        QVERIFY(plot->exportPng(dir.filePath(QStringLiteral("ok.png")), 400, 300, &error));
        QVERIFY(plot->exportCsv(dir.filePath(QStringLiteral("ok.csv")), &error));
        QVERIFY(w.saveConfig(dir.filePath(QStringLiteral("ok.json"))));
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : files) QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
    }

    void aboutNamesTheLibraryVersions() {
        const QString v = gui::libraryVersions();
        for (const char* lib :
             {"Qt 6.", "QCustomPlot 2.", "Boost 1.", "Eigen 3.", "SQLite 3.", "nlohmann_json 3."})
            QVERIFY2(v.contains(QLatin1String(lib)), qPrintable(v));
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"

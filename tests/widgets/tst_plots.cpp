// Plots tell the truth (issue 9, items 5, 6 and 10, plot side): smoothing in step space keeps straight lines
// straight on the real uneven checkpoint grid and does not overshoot a jump; pulls per arm are shown while a
// run is paused and after it was stopped, with titles that say at which step; the Lai–Robbins line on
// Bernoulli regret; log y; the legend placed by the user and remembered; arms numbered from 0.
#include <QtTest>

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <qcustomplot.h>
#include <thread>

#include "CategoryPlot.h"
#include "DistributionPlot.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"
#include "bandit/BanditKind.h"
#include "core/Checkpoints.h"
#include "run/Registry.h"
#include "run/Runner.h"
#include "store/RunStore.h"

using namespace tb;

namespace {

Json config(const std::string& preset, int replicates, std::int64_t horizon) {
    Json c = loadConfigArgument("preset:" + preset);
    c["replicates"] = replicates;
    c["horizon"] = horizon;
    return c;
}

/// Runs `prepared` in a thread, pausing it once checkpoint `pauseAt` is done; returns when the paused
/// snapshot is published. The caller stops or resumes the runner and joins the thread.
struct PausedRun {
    Runner runner;
    std::thread thread;
    std::shared_ptr<const Snapshot> result;
    struct PauseAt : RunObserver {
        Runner* r = nullptr;
        std::size_t at = 0;
        void onCheckpoint(std::size_t cp, const Snapshot&) override {
            if (cp == at) r->setPaused(true);
        }
    } observer;
    PausedRun(const Json& config, std::size_t pauseAt) : runner(prepare(config), Runner::Options{2, 0.0}) {
        observer.r = &runner;
        observer.at = pauseAt;
        thread = std::thread([this] { result = runner.run(&observer); });
    }
    ~PausedRun() {
        runner.requestStop();
        if (thread.joinable()) thread.join();
    }
};

} // namespace

class TestPlots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_plots"));
        QSettings().clear();
    }

    // Issue 9.5: smoothing averaged over ±N checkpoints of the uneven log/linear grid, so a straight line
    // came out bent where the grid changes pace. On the real grids, at every setting, a line stays a line
    // (mean and band alike).
    void smoothingKeepsAStraightLineStraight() {
        for (std::int64_t horizon : {std::int64_t(10000), std::int64_t(1000000)}) {
            ui::SeriesPlot plot;
            ui::PlotCurve c;
            c.label = QStringLiteral("line");
            c.color = Qt::blue;
            for (std::int64_t t : checkpointGrid(horizon)) {
                c.x << double(t);
                c.mean << 3.0 + 0.25 * double(t);
                c.lo << 1.0 + 0.2 * double(t);
                c.hi << 5.0 + 0.3 * double(t);
            }
            plot.setCurves({c});
            for (int setting = 0; setting <= 50; ++setting) {
                plot.setSmoothing(setting);
                const ui::PlotCurve s = plot.plotted(0);
                for (qsizetype k = 0; k < c.x.size(); ++k)
                    for (auto [got, want] : {std::pair{s.mean[k], c.mean[k]}, std::pair{s.lo[k], c.lo[k]},
                                             std::pair{s.hi[k], c.hi[k]}})
                        QVERIFY2(
                            std::abs(got - want) <= 1e-9 * std::abs(want),
                            qPrintable(QStringLiteral("horizon %1, smoothing %2, step %3: %4 instead of %5")
                                           .arg(horizon)
                                           .arg(setting)
                                           .arg(c.x[k])
                                           .arg(got, 0, 'g', 17)
                                           .arg(want, 0, 'g', 17)));
            }
        }
    }

    // A jump stays monotone and within its two levels: no overshoot, no ringing, at every setting.
    void smoothingAJumpDoesNotOvershoot() {
        const auto grid = checkpointGrid(100000);
        for (double jumpAt : {50.0, 2000.0, 60000.0}) {
            ui::SeriesPlot plot;
            ui::PlotCurve c;
            c.label = QStringLiteral("step");
            c.color = Qt::red;
            for (std::int64_t t : grid) {
                c.x << double(t);
                c.mean << (double(t) < jumpAt ? 2.0 : 7.0);
            }
            plot.setCurves({c});
            for (int setting = 0; setting <= 50; setting += 5) {
                plot.setSmoothing(setting);
                const QVector<double> s = plot.plotted(0).mean;
                for (qsizetype k = 0; k < s.size(); ++k) {
                    QVERIFY2(s[k] >= 2.0 - 1e-12 && s[k] <= 7.0 + 1e-12,
                             qPrintable(QStringLiteral("jump at %1, smoothing %2: %3 at step %4")
                                            .arg(jumpAt)
                                            .arg(setting)
                                            .arg(s[k])
                                            .arg(c.x[k])));
                    if (k > 0)
                        QVERIFY2(s[k] >= s[k - 1] - 1e-12,
                                 qPrintable(QStringLiteral("jump at %1, smoothing %2: falls at step %3")
                                                .arg(jumpAt)
                                                .arg(setting)
                                                .arg(c.x[k])));
                }
                if (setting > 0) QVERIFY(s != c.mean); // it does smooth
            }
        }
    }

    // Issue 9.5: pulls per arm were empty during a run and while paused, and the distribution was titled
    // "Final" mid-run. Paused, the bars hold the counts at the last checkpoint (summing to its step) and the
    // titles say at which step the run stands. Arms are numbered from 0, as in environment.means[k] (9.6).
    void pausedRunShowsPullsPerArmAndHonestTitles() {
        PausedRun run(config("classic-10-arm", 4, 20000), 80);
        QTRY_VERIFY_WITH_TIMEOUT(run.runner.isPaused() && run.runner.latest()->done > 80, 20000);
        const auto snap = run.runner.latest();
        QCOMPARE(snap->status, RunStatus::Running);
        ui::SnapshotView view;
        view.setLive(true);
        view.setSnapshot(snap, QStringLiteral("pulls"));
        ui::CategoryPlot* pulls = view.categoryPlot(QStringLiteral("pulls"));
        QVERIFY(pulls);
        view.tabs()->setCurrentWidget(pulls);
        const QString step = QLocale().toString(qlonglong(snap->grid[snap->done - 1]));
        QCOMPARE(pulls->barCount(0), 10);
        QCOMPARE(pulls->categories().front(), QStringLiteral("arm 0"));
        QCOMPARE(pulls->categories().back(), QStringLiteral("arm 9"));
        QVERIFY(pulls->note().isEmpty());
        QCOMPARE(pulls->title(), QStringLiteral("Pulls per arm at step %1 (run in progress)").arg(step));
        for (const ui::BarSeries& b : pulls->series()) {
            double sum = 0;
            for (double v : b.mean) sum += v;
            QVERIFY(std::abs(sum - double(snap->grid[snap->done - 1])) < 1e-6);
        }
        view.tabs()->setCurrentWidget(view.distributionPlot());
        QCOMPARE(view.distributionPlot()->title(),
                 QStringLiteral("Cumulative pseudo-regret at step %1 across replicates (run in progress)")
                     .arg(step));

        // Stopped while paused: interrupted, counts kept; the titles say so.
        run.runner.requestStop();
        run.thread.join();
        QCOMPARE(run.result->status, RunStatus::Interrupted);
        view.setLive(false);
        view.setSnapshot(run.result);
        QCOMPARE(pulls->barCount(0), 10);
        QCOMPARE(pulls->title(), QStringLiteral("Pulls per arm at step %1 (run interrupted)").arg(step));
        QVERIFY(view.distributionPlot()->title().endsWith(QStringLiteral("(run interrupted)")));
    }

    // When the counts cannot be shown the plot says why in its own text instead of staying blank.
    void missingCountsAreExplainedInThePlot() {
        Snapshot s = *Runner(prepare(config("classic-10-arm", 2, 1000))).latest();
        ui::SnapshotView view;
        view.setSnapshot(std::make_shared<const Snapshot>(s), QStringLiteral("pulls"));
        ui::CategoryPlot* pulls = view.categoryPlot(QStringLiteral("pulls"));
        view.tabs()->setCurrentWidget(pulls);
        QVERIFY(!pulls->note().isEmpty()); // nothing done yet
        s.done = 5;
        s.status = RunStatus::Interrupted; // stopped inside a checkpoint: no counts
        view.setSnapshot(std::make_shared<const Snapshot>(s));
        QVERIFY2(pulls->note().contains(QStringLiteral("Not recorded")), qPrintable(pulls->note()));
        QCOMPARE(pulls->barCount(0), 0);
    }

    // Issue 9.5: the Lai–Robbins asymptotic lower bound on Bernoulli regret, on by default, hidden with its
    // check box (and then absent from the CSV); none for Gaussian arms.
    void laiRobbinsLineOnBernoulliRegret() {
        const Json c = config("classic-10-arm", 3, 5000);
        const auto snap = Runner(prepare(c), Runner::Options{2, 0.0}).run();
        ui::SnapshotView view;
        view.setSnapshot(snap, QStringLiteral("pulls"));
        ui::SeriesPlot* regret = view.seriesPlot(QStringLiteral("pseudo_regret"));
        QVERIFY(regret);
        QCOMPARE(regret->references().size(), 1);
        const ui::PlotCurve& bound = regret->references().front();
        QCOMPARE(bound.x.size(), qsizetype(snap->grid.size()));
        const double C = bandit::laiRobbinsConstant(c["environment"]["means"].get<std::vector<double>>());
        for (qsizetype k = 0; k < bound.x.size(); ++k) QCOMPARE(bound.mean[k], C * std::log(bound.x[k]));
        QVERIFY(regret->referencesVisible());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("regret.csv"));
        QVERIFY(regret->exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(bound.label));
        f.close();
        regret->setReferencesVisible(false);
        QVERIFY(regret->exportCsv(csv));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(f.readAll()).contains(bound.label));

        const auto gaussian = Runner(prepare(config("gaussian-unequal-variance", 2, 500))).latest();
        ui::SnapshotView other;
        other.setSnapshot(gaussian, QStringLiteral("pulls"));
        QVERIFY(other.seriesPlot(QStringLiteral("pseudo_regret"))->references().isEmpty());
    }

    // The line of a stored run comes from its stored config.
    void storedRunsHaveTheirLineToo() {
        QTemporaryDir dir;
        RunStore store(dir.filePath(QStringLiteral("runs.sqlite")).toStdString());
        Runner runner(prepare(config("classic-10-arm", 2, 800)), Runner::Options{1, 0.0});
        auto rec = store.recorder();
        const auto live = runner.run(rec.get());
        const Snapshot stored = store.loadSnapshot(rec->experimentId());
        QCOMPARE(stored.references.size(), live->references.size());
        QCOMPARE(stored.references.front().values, live->references.front().values);
        QCOMPARE(stored.categoryDone, stored.grid.size());
    }

    // Issue 9.10: log x and log y live in PlotPanel; series plots offer both, bar plots log y.
    void logAxesComeFromThePanel() {
        ui::SeriesPlot series;
        ui::CategoryPlot bars;
        ui::PlotCurve c;
        c.label = QStringLiteral("decades");
        c.color = Qt::blue;
        c.x = {1, 10, 100, 1000};
        c.mean = {0.5, 5, 50, 500};
        series.setCurves({c});
        series.setLogY(true);
        QCOMPARE(series.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(series.plot()->yAxis->range().lower > 0);
        QVERIFY(series.plot()->yAxis->range().lower <= 0.5 && series.plot()->yAxis->range().upper >= 500);
        series.setLogX(true);
        QCOMPARE(series.plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        ui::BarSeries b;
        b.label = QStringLiteral("pulls");
        b.color = Qt::red;
        b.mean = {3, 3000};
        bars.setData({QStringLiteral("arm 0"), QStringLiteral("arm 1")}, {b});
        bars.setLogY(true);
        QCOMPARE(bars.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        auto* qcpBars = qobject_cast<QCPBars*>(bars.plot()->plottable(0));
        QVERIFY(qcpBars);
        QCOMPARE(qcpBars->baseValue(), 0.5);
        // The toggles: both on series plots, only log y on bars.
        auto boxes = [](QWidget* w) {
            QStringList shown;
            for (auto* box : w->findChildren<QCheckBox*>())
                if (!box->isHidden()) shown << box->text();
            return shown;
        };
        QVERIFY(boxes(&series).contains(QStringLiteral("Log x")) &&
                boxes(&series).contains(QStringLiteral("Log y")));
        QVERIFY(!boxes(&bars).contains(QStringLiteral("Log x")) &&
                boxes(&bars).contains(QStringLiteral("Log y")));
    }

    // Issue 9.5: the legend covered the steep start of the curves. It goes where the user puts it: outside
    // right leaves the whole axis rect to the data; hidden hides it; the choice is kept per plot type.
    void legendPlacementIsTheUsers() {
        ui::PlotPanel::setRememberSettings(true);
        {
            ui::SeriesPlot plot;
            plot.resize(800, 500);
            plot.show();
            QVERIFY(QTest::qWaitForWindowExposed(&plot));
            ui::PlotCurve c;
            c.label = QStringLiteral("a policy with a long name");
            c.color = Qt::blue;
            c.x = {1, 2, 3};
            c.mean = {1, 2, 3};
            plot.setCurves({c});
            plot.setLegendPlace(ui::PlotPanel::LegendPlace::OutsideRight);
            plot.plot()->replot();
            const QRect axis = plot.plot()->axisRect()->outerRect();
            const QRect legend = plot.plot()->legend->outerRect();
            QVERIFY(plot.plot()->legend->visible());
            QVERIFY2(legend.left() >= axis.right(),
                     qPrintable(QStringLiteral("legend %1..%2, axis rect %3..%4")
                                    .arg(legend.left())
                                    .arg(legend.right())
                                    .arg(axis.left())
                                    .arg(axis.right())));
            QVERIFY(legend.height() <
                    axis.height()); // a box the size of its entries, not a full-height column
            plot.setLegendPlace(ui::PlotPanel::LegendPlace::BottomRight);
            plot.plot()->replot();
            const QRect inside = plot.plot()->legend->outerRect();
            QVERIFY(plot.plot()->axisRect()->rect().contains(inside));
            QVERIFY(inside.right() > plot.plot()->axisRect()->rect().center().x());
            QVERIFY(inside.top() > plot.plot()->axisRect()->rect().center().y());
            QCOMPARE(plot.plot()->plotLayout()->columnCount(), 1); // the outside column is gone
            plot.setLegendPlace(ui::PlotPanel::LegendPlace::Hidden);
            QVERIFY(!plot.plot()->legend->visible());
            plot.setLegendPlace(ui::PlotPanel::LegendPlace::TopRight);
        }
        ui::SeriesPlot again;
        QCOMPARE(again.legendPlace(), ui::PlotPanel::LegendPlace::TopRight);
        ui::CategoryPlot otherType; // another plot type keeps its own (the default)
        QCOMPARE(otherType.legendPlace(), ui::PlotPanel::LegendPlace::OutsideRight);
        ui::PlotPanel::setRememberSettings(false);
    }

    // Issue 9.10: SnapshotView and CompareView draw a Snapshot's curve with one function.
    void snapshotCurveTakesTheCheckpointsDone() {
        Snapshot s;
        s.grid = {1, 2, 5, 10};
        s.done = 3;
        AggStats a;
        a.mean = 1;
        a.ciLow = 0.5;
        a.ciHigh = 1.5;
        s.seriesStats = {{{a, a, a, a}}};
        const ui::PlotCurve c = ui::snapshotCurve(s, 0, 0);
        QCOMPARE(c.x, (QVector<double>{1, 2, 5}));
        QCOMPARE(c.hi, (QVector<double>{1.5, 1.5, 1.5}));
        QVERIFY(ui::snapshotCurve(s, 1, 0).x.isEmpty());
    }
};

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"

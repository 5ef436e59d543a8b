// The window's sweeps (issue 13.1): the line with its 95% band and the heatmap with its colour bar and hover
// read-out show exactly the engine's numbers; the dialog reports a bad value at its JSON path and refuses to
// run it; a sweep run from the window is stored as one experiment, can be stopped, shown again from the store
// and resumed to the values of an uninterrupted sweep.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <cmath>
#include <qcustomplot.h>

#include "SweepView.h"
#include "SweepWindow.h"
#include "ValuePlot.h"
#include "WidgetTestSupport.h"
#include "core/Stats.h"

using namespace tb;

namespace {

Json sweepOf(const char* block, int replicates = 4, std::int64_t horizon = 800) {
    Json c = test::smallConfig("sweep", replicates, horizon);
    c["sweep"] = Json::parse(block);
    return c;
}

std::vector<SweepCellResult> runCells(const SweepPlan& plan) {
    SweepRunner r(plan, nullptr, {});
    r.run();
    return r.cells();
}

} // namespace

class TestSweepWindow : public QObject {
    Q_OBJECT
private slots:
    void lineShowsTheMeansWithTheirBands() {
        const SweepPlan plan =
            planSweep(sweepOf(R"({"parameters":[{"path":"policies[3].epsilon","values":[0.02,0.1,0.4]}]})"));
        const auto cells = runCells(plan);
        ui::SweepView view;
        view.resize(900, 600);
        view.setSweep(plan, cells);
        QVERIFY(view.isLine());
        const SweepCurve curve = sweepCurve(plan, cells);
        const auto& curves = view.linePlot()->curves();
        QCOMPARE(curves.size(), qsizetype(4)); // one per policy
        QVERIFY(view.linePlot()->bandsVisible());
        for (int v = 0; v < 4; ++v) {
            QCOMPARE(curves[v].x.size(), qsizetype(3));
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(curves[v].x[i], curve.x[std::size_t(i)]);
                QCOMPARE(curves[v].y[i], curve.mean[std::size_t(v)][std::size_t(i)]);
                QCOMPARE(curves[v].lo[i], curve.low[std::size_t(v)][std::size_t(i)]);
                QCOMPARE(curves[v].hi[i], curve.high[std::size_t(v)][std::size_t(i)]);
            }
        }
        // ε-greedy's regret grows with ε on this problem (more exploration of bad arms).
        QVERIFY(curves[3].y[2] > curves[3].y[0]);
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("3 of 3 cells finished")));
    }

    void heatmapShowsEveryCellAndReadsOut() {
        const SweepPlan plan = planSweep(sweepOf(R"({"parameters":[
            {"path":"environment.means[8]","values":[0.5,0.9]},{"path":"policies[3].epsilon","values":[0.02,0.1,0.4]}]})"));
        auto cells = runCells(plan);
        cells[4].status = RunStatus::Running; // a cell not run yet: blank
        ui::SweepView view;
        view.resize(900, 600);
        view.show();
        view.setSweep(plan, cells);
        QVERIFY(!view.isLine());
        view.variantBox()->setCurrentIndex(3); // ε-greedy
        ui::SweepHeatmap* h = view.heatmap();
        QCOMPARE(h->colorMap()->data()->keySize(), 3);
        QCOMPARE(h->colorMap()->data()->valueSize(), 2);
        std::vector<double> scratch;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto k = plan.coords(c);
            const double shown = h->colorMap()->data()->cell(int(k[1]), int(k[0]));
            if (c == 4) {
                QVERIFY(std::isnan(shown));
                continue;
            }
            QCOMPARE(shown, aggregate(cells[c].finals[3], scratch).mean);
        }
        QVERIFY(h->colorScale()->axis()->label().contains(QStringLiteral("lower is better")));
        // The read-out of cell (means[8] = 0.9, ε = 0.02), and of the blank one.
        const AggStats s = aggregate(cells[3].finals[3], scratch);
        const QString text = h->cellText(0, 1);
        QVERIFY2(text.contains(QStringLiteral("means[8] = 0.9")) &&
                     text.contains(QStringLiteral("epsilon = 0.02")),
                 qPrintable(text));
        QVERIFY2(text.contains(QString::number(s.mean, 'g', 5)), qPrintable(text));
        QVERIFY(h->cellText(1, 1).contains(QStringLiteral("not run yet")));
        QVERIFY(h->cellText(5, 5).isEmpty());
        // Hovering with the mouse shows the same text in the tool row.
        QCustomPlot* p = h->plot();
        p->replot();
        const QPoint at(int(p->xAxis->coordToPixel(0)), int(p->yAxis->coordToPixel(1)));
        QMouseEvent move(QEvent::MouseMove, at, p->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(p, &move);
        QCOMPARE(h->readoutLabel()->text(), text);
    }

    void dialogReportsProblemsAtTheirPaths() {
        gui::SweepDialog dialog(test::smallConfig("dialog"), 0);
        auto& a = dialog.axis(0);
        const int eps = a.path->findData(QStringLiteral("policies[3].epsilon"));
        QVERIFY(eps >= 0);
        a.path->setCurrentIndex(eps);
        a.mode->setCurrentIndex(1); // a list of values
        a.values->setText(QStringLiteral("0.05, 1.5"));
        QVERIFY(!dialog.runButton()->isEnabled());
        QVERIFY2(dialog.problems().contains(QStringLiteral("sweep.parameters[0].values[1]")),
                 qPrintable(dialog.problems()));
        a.values->setText(QStringLiteral("0.05, 0.2"));
        QVERIFY(dialog.runButton()->isEnabled());
        auto& b = dialog.axis(1);
        b.path->setCurrentIndex(b.path->findData(QStringLiteral("#seeds")));
        b.seeds->setValue(3);
        const SweepPlan plan = planSweep(dialog.sweepConfig());
        QCOMPARE(plan.cells(), std::size_t(6));
        QVERIFY(plan.axes[1].seeds);
    }

    void windowRunsStopsAndResumes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        const Json config = sweepOf(
            R"({"parameters":[{"path":"policies[3].epsilon","values":[0.01,0.02,0.05,0.1,0.2,0.3,0.4,0.5]}]})",
            8, 60000);
        const SweepPlan plan = planSweep(config);
        // Stopped after its first cells.
        auto* w = gui::SweepWindow::startNew(plan, path, 2);
        QSignalSpy done(w, &gui::SweepWindow::finished);
        QTRY_VERIFY_WITH_TIMEOUT(w->view()->summaryLabel()->text().contains(QStringLiteral("1 of 8")) ||
                                     w->view()->summaryLabel()->text().contains(QStringLiteral("2 of 8")),
                                 60000);
        w->stopButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        const auto id = qint64(done[0][0].toLongLong());
        QCOMPARE(RunStatus(done[0][1].toInt()), RunStatus::Interrupted);
        QVERIFY(w->resumeButton()->isVisible() || !w->isVisible());
        delete w;
        // Shown again from the store, then resumed.
        auto* s = gui::SweepWindow::openStored(id, path, 2);
        QVERIFY(!s->resumeButton()->isHidden());
        QSignalSpy resumed(s, &gui::SweepWindow::finished);
        s->resumeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 120000);
        QCOMPARE(RunStatus(resumed[0][1].toInt()), RunStatus::Finished);
        QVERIFY(s->view()->summaryLabel()->text().contains(QStringLiteral("8 of 8 cells finished")));
        delete s;
        // The stored sweep equals one run without interruption.
        RunStore store(path.toStdString());
        const auto stored = loadSweepCells(store, id, plan);
        const auto reference = runCells(plan);
        for (std::size_t c = 0; c < 8; ++c) QVERIFY(stored[c].finals == reference[c].finals);
        QCOMPARE(store.experiment(id)->status, RunStatus::Finished);
    }
};

QTEST_MAIN(TestSweepWindow)
#include "tst_sweep_window.moc"

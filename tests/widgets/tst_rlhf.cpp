// The RLHF world in the window (issue 11, item 6): a run shows the value plots against sqrt(KL) first
// (best-of-n, the KL-regularised optimum and training, with Gao's fits and the early-stopping marker), the
// analysis with its "not verified" notes, and the training series updating live while training runs; the
// stored run reopens with the same curves; two stored RLHF runs compare on the value plots.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include "AnalysisView.h"
#include "CompareView.h"
#include "EngineController.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "QtText.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"
#include "ValuePlot.h"
#include "WidgetTestSupport.h"
#include "run/Registry.h"
#include "store/RunStore.h"

using namespace tb;
using ui::qs;

namespace {

/// A small RLHF world: 2 worlds of 3 prompts x 2 000 candidates, 400 training steps.
Json smallRlhf(const std::string& name, std::uint64_t seed) {
    Json c = findPreset("goodhart-kl-rl")->config;
    c["name"] = name;
    c["seed"] = seed;
    c["replicates"] = 2;
    c["world"]["prompts"] = 3;
    c["world"]["candidates"] = 2000;
    c["bestOfN"]["maxN"] = 100;
    c["steps"] = 400;
    return c;
}

const ui::ValueCurve* curveEndingWith(const ui::ValuePlot* plot, const QString& suffix) {
    for (const ui::ValueCurve& c : plot->curves())
        if (c.label.endsWith(suffix)) return &c;
    return nullptr;
}

} // namespace

class TestRlhf : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchRlhfTest"));
        QSettings().clear();
    }

    void runShowsCurvesFitsAnalysisAndLiveTraining() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:goodhart-kl-rl"), false});
        QVERIFY(w.loadConfig(smallRlhf("small", 1), QStringLiteral("test")));
        // The form shows the RLHF spec: the world, the gold and the pipelines.
        QVERIFY(w.form()->setValueAt(QStringLiteral("steps"), 400));
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.startRun();
        // Live: the training series have grown while the run is still going (or it ended very fast).
        QTRY_VERIFY_WITH_TIMEOUT(w.engine()->latest() && w.engine()->latest()->done >= 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const auto s = w.plots()->snapshot();
        QVERIFY(s && s->status == RunStatus::Finished);

        // The value plots come first, in the kind's order, then the analysis, then the series.
        QTabWidget* tabs = w.plots()->tabs();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Gold reward vs √KL"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Proxy reward vs √KL"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("Analysis"));
        ui::ValuePlot* gold = w.plots()->valuePlot(QStringLiteral("gold_vs_d"));
        QVERIFY(gold);
        tabs->setCurrentIndex(0);
        for (const QString& suffix :
             {QStringLiteral("Best-of-n (gold)"), QStringLiteral("KL-regularised optimum (gold)"),
              QStringLiteral("Training (gold)"), QStringLiteral("Best-of-n fit d(α − β d)"),
              QStringLiteral("KL-regularised fit d(α − β ln d)")}) {
            const ui::ValueCurve* c = curveEndingWith(gold, suffix);
            QVERIFY2(c, qPrintable(suffix));
            QVERIFY(c->x.size() > 5);
        }
        // Data are points (circles, squares, triangles), fits are lines; the first run's early-stopping
        // marker.
        QCOMPARE(int(curveEndingWith(gold, QStringLiteral("Best-of-n (gold)"))->style),
                 int(DerivedCurve::Style::Points));
        QCOMPARE(curveEndingWith(gold, QStringLiteral("KL-regularised optimum (gold)"))->pattern, 1);
        QCOMPARE(curveEndingWith(gold, QStringLiteral("Training (gold)"))->pattern, 2);
        bool marker = false;
        for (const ui::ValueCurve& c : gold->curves())
            marker = marker || (c.style == DerivedCurve::Style::Marker &&
                                c.label.contains(QStringLiteral("early stop")));
        QVERIFY(marker);

        // The analysis lists the Gao fits per run and says what is not verified.
        ui::AnalysisView* analysis = w.plots()->analysisView();
        QVERIFY(analysis);
        const Estimate* note = s->derived[0].estimate("bon_alpha");
        QVERIFY(note && qs(note->note).contains(QStringLiteral("not verified")));
        QVERIFY(qs(s->derived[0].estimate("tilt_drop_share")->note).contains(QStringLiteral("not verified")));
        // ... visibly, without hovering: the marked labels and the line above the table.
        QVERIFY(qs(s->derived[0].estimate("bon_alpha")->label).endsWith(QStringLiteral("†")));
        QVERIFY2(analysis->warningsText().contains(QStringLiteral("† not verified in the literature")),
                 qPrintable(analysis->warningsText()));

        // The training series: gold and proxy on one plot over steps, the reward drift on its own.
        ui::SeriesPlot* rewards = w.plots()->seriesPlot(QStringLiteral("gold_gain"));
        QVERIFY(rewards && rewards == w.plots()->seriesPlot(QStringLiteral("proxy_gain")));
        QVERIFY(w.plots()->seriesPlot(QStringLiteral("reward_gap")) != rewards);

        // Reopened from the store: the same derived curves (bit for bit) and estimates.
        RunStore store(w.storePath().toStdString(), RunStore::Mode::ReadOnly);
        const Snapshot stored = store.loadSnapshot(finished.first().at(0).toLongLong());
        QCOMPARE(stored.derived.size(), s->derived.size());
        for (std::size_t r = 0; r < s->derived.size(); ++r) {
            QCOMPARE(stored.derived[r].curves.size(), s->derived[r].curves.size());
            for (std::size_t c = 0; c < s->derived[r].curves.size(); ++c) {
                QCOMPARE(stored.derived[r].curves[c].y, s->derived[r].curves[c].y);
                QCOMPARE(stored.derived[r].curves[c].pattern, s->derived[r].curves[c].pattern);
            }
        }
    }

    // Bands stay readable: with more than three runs carrying bands they start switched off (overlapping
    // bands hid the curves of the 8-pipeline ensembles preset); the user's choice then sticks.
    void crowdedBandsStartOff() {
        ui::ValuePlot plot(PlotDecl{"p", "P", "x", "y", false, false, ""});
        auto curves = [](int runs) {
            QVector<ui::ValueCurve> out;
            for (int r = 0; r < runs; ++r) {
                ui::ValueCurve c;
                c.run = QStringLiteral("run %1").arg(r);
                c.label = c.run;
                c.x = {0, 1};
                c.y = {0, 1};
                c.lo = {0, 0.5};
                c.hi = {0, 1.5};
                out << c;
            }
            return out;
        };
        plot.setCurves(curves(3));
        QVERIFY(plot.bandsVisible());
        plot.setCurves(curves(8));
        QVERIFY(!plot.bandsVisible());
        QCheckBox* box = nullptr;
        for (QCheckBox* b : plot.findChildren<QCheckBox*>())
            if (b->text() == QStringLiteral("95% band")) box = b;
        QVERIFY(box);
        box->click();
        QVERIFY(plot.bandsVisible());
        plot.setCurves(curves(8));
        QVERIFY(plot.bandsVisible()); // chosen by the user: kept
        // With more than kLegendMax curves the fit lines leave the legend; the data points stay.
        QVector<ui::ValueCurve> many = curves(12);
        for (ui::ValueCurve& c : many) c.style = DerivedCurve::Style::Points;
        QVector<ui::ValueCurve> fits = curves(12);
        for (ui::ValueCurve& c : fits) c.label += QStringLiteral(" fit");
        many += fits;
        plot.setCurves(many);
        QCOMPARE(plot.plot()->legend->itemCount(), 12);
    }

    void storedRlhfRunsCompareOnTheirValuePlots() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        qint64 a = 0, b = 0;
        {
            RunStore store(db.toStdString());
            a = test::record(store, smallRlhf("one", 1));
            b = test::record(store, smallRlhf("two", 2));
        }
        gui::MainWindow w({db, QStringLiteral("preset:goodhart-kl-rl"), false});
        w.compareRuns({a, b});
        ui::CompareView* view = w.compareView();
        QVERIFY(view->selectView(QStringLiteral("Gold reward vs √KL")));
        ui::ValuePlot* plot = view->valuePlot();
        QVERIFY(plot);
        int fromA = 0, fromB = 0;
        for (const ui::ValueCurve& c : plot->curves()) {
            fromA += c.label.startsWith(QStringLiteral("#%1 ").arg(a)) ? 1 : 0;
            fromB += c.label.startsWith(QStringLiteral("#%1 ").arg(b)) ? 1 : 0;
        }
        QVERIFY(fromA > 5 && fromA == fromB);
    }
};

QTEST_MAIN(TestRlhf)
#include "tst_rlhf.moc"

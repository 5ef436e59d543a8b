// The compare view's statistical tests (issue 13, item 2): runs stored through the engine with known
// different means, compared in the window; the verdict and every p-value are tb::stats::compareAllPairs' on
// the same final values, α re-decides the verdicts, the runs of one experiment are compared from the run
// browser's context menu, runs with too few values get a note instead of a pair, and the latest request wins.
#include <QtTest>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <cmath>
#include <limits>

#include "CompareView.h"
#include "MainWindow.h"
#include "QtText.h"
#include "RunBrowser.h"
#include "RunPresenter.h"
#include "SeriesPlot.h"
#include "StatisticsView.h"
#include "WidgetTestSupport.h"
#include "stats/PairwiseComparison.h"
#include "store/RunStore.h"

using namespace tb;
using ui::StatisticsView;

namespace {

/// A small bandit experiment with the given policies (types), 8 replicates of 600 pulls on 5 arms: UCB1's
/// pseudo-regret is far below uniform sampling's (about 25 against 240), so every test decides.
Json banditConfig(const std::string& name, const std::vector<std::string>& policies, int replicates = 8) {
    Json p = Json::array();
    for (const auto& t : policies) p.push_back({{"type", t}});
    return {
        {"kind", "bandit"}, {"name", name},
        {"seed", 7},        {"replicates", replicates},
        {"horizon", 600},   {"environment", {{"type", "bernoulli"}, {"means", {0.1, 0.3, 0.5, 0.7, 0.9}}}},
        {"policies", p}};
}

/// Waits for the view's latest computation.
bool settled(StatisticsView* v) {
    return QTest::qWaitFor([v] { return !v->isComputing(); }, 20000);
}

QString cell(QTableWidget* t, int row, int column) {
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text() : QString();
}

double value(QTableWidget* t, int row, int column) {
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->data(StatisticsView::ValueRole).toDouble() : std::numeric_limits<double>::quiet_NaN();
}

/// The engine's comparison of the runs' stored final values of pseudo_regret, in the order given.
std::vector<stats::PairComparison>
engineComparison(const RunStore& store, const std::vector<std::int64_t>& runIds, double alpha = 0.05) {
    std::vector<std::vector<double>> samples;
    for (auto id : runIds) samples.push_back(store.finalValues(id, "pseudo_regret"));
    stats::ComparisonOptions o;
    o.alpha = alpha;
    return stats::compareAllPairs(samples, o);
}

/// The view's pair row equals the engine's pair: p-values and Holm exactly, estimates exactly.
void checkPair(QTableWidget* t, int row, const stats::PairComparison& p) {
    QCOMPARE(value(t, row, StatisticsView::PairWelchP), p.welch.p);
    QCOMPARE(value(t, row, StatisticsView::PairWelchHolm), p.welchHolm);
    QCOMPARE(value(t, row, StatisticsView::PairMannWhitneyP), p.mannWhitney.p);
    QCOMPARE(value(t, row, StatisticsView::PairMannWhitneyHolm), p.mannWhitneyHolm);
    QCOMPARE(value(t, row, StatisticsView::PairDifference), p.welch.difference);
    QCOMPARE(value(t, row, StatisticsView::PairSuperiority), p.mannWhitney.superiority);
    QCOMPARE(t->item(row, StatisticsView::PairVerdict)->data(StatisticsView::ValueRole).toInt(),
             int(p.verdict));
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchCompareTest"));
        QSettings().clear();
    }

    // Two experiments, one run each: UCB1 (low regret) against uniform sampling (high regret).
    void twoExperimentsGetTheEnginesVerdict() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        qint64 a = 0, b = 0;
        std::vector<stats::PairComparison> expected, strict;
        std::vector<std::int64_t> runIds;
        {
            RunStore store(db.toStdString());
            a = test::record(store, banditConfig("ucb", {"ucb1"}));
            b = test::record(store, banditConfig("uniform", {"uniform"}));
            runIds = {store.runs(a).at(0).id, store.runs(b).at(0).id};
            expected = engineComparison(store, runIds);
            strict = engineComparison(store, runIds, 0.01);
        }
        QCOMPARE(expected.size(), std::size_t(1));
        QCOMPARE(expected[0].verdict, stats::Verdict::Smaller); // UCB1's regret is smaller

        gui::MainWindow w({db, QStringLiteral("preset:classic-10-arm"), false});
        w.compareRuns({a, b});
        ui::CompareView* view = w.compareView();
        QCOMPARE(view->viewTabs()->count(), 2);
        QVERIFY(view->viewTabs()->isTabEnabled(1)); // a Series metric is chosen
        QVERIFY(view->showStatistics());
        QCOMPARE(view->currentView(), static_cast<QWidget*>(view->statisticsView()));
        StatisticsView* stats = view->statisticsView();
        QVERIFY(settled(stats));
        QCOMPARE(stats->alpha(), 0.05);

        // Every run with its replicates.
        QTableWidget* runs = stats->runsTable();
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(cell(runs, 0, StatisticsView::RunName), QStringLiteral("#%1 UCB1").arg(a));
        QCOMPARE(cell(runs, 1, StatisticsView::RunName), QStringLiteral("#%1 Uniform").arg(b));
        QCOMPARE(cell(runs, 0, StatisticsView::RunReplicates), QStringLiteral("8"));
        QCOMPARE(value(runs, 0, StatisticsView::RunMean), expected[0].welch.meanA);
        QCOMPARE(value(runs, 1, StatisticsView::RunMean), expected[0].welch.meanB);

        // One pair, the engine's numbers, and the verdict by the metric's direction: lower regret is better.
        QTableWidget* pairs = stats->pairsTable();
        QCOMPARE(pairs->rowCount(), 1);
        checkPair(pairs, 0, expected[0]);
        QCOMPARE(cell(pairs, 0, StatisticsView::PairVerdict), QStringLiteral("A better"));
        QCOMPARE(pairs->item(0, StatisticsView::PairVerdict)->data(StatisticsView::BetterRole).toInt(), 0);
        QVERIFY(pairs->item(0, StatisticsView::PairVerdict)->background().style() != Qt::NoBrush);
        QVERIFY(pairs->item(0, StatisticsView::PairVerdict)->toolTip().contains(QStringLiteral("lower")));
        // Each column explains itself.
        for (int c = 0; c < StatisticsView::PairColumnCount; ++c)
            QVERIFY2(!pairs->horizontalHeaderItem(c)->toolTip().isEmpty(), qPrintable(QString::number(c)));
        QVERIFY(stats->noteLabel()->isHidden());

        // α re-decides at once, without a computation, as the engine does.
        stats->alphaBox()->setCurrentIndex(0);
        QCOMPARE(stats->alpha(), 0.01);
        QVERIFY(!stats->isComputing());
        checkPair(pairs, 0, strict[0]);

        // Back to the curves, and to the tests again: nothing to compute again.
        view->viewTabs()->setCurrentIndex(0);
        QCOMPARE(view->currentView(), static_cast<QWidget*>(view->plot()));
        QSignalSpy spy(stats, &StatisticsView::computed);
        view->viewTabs()->setCurrentIndex(1);
        QVERIFY(!stats->isComputing());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(pairs->rowCount(), 1);
    }

    // One experiment with three policies, from the run browser's context menu: its runs compared, three
    // pairs.
    void runsOfOneExperimentFromTheBrowser() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        qint64 e = 0;
        std::vector<stats::PairComparison> expected;
        {
            RunStore store(db.toStdString());
            e = test::record(store, banditConfig("three", {"uniform", "ucb1", "thompson-beta"}));
            std::vector<std::int64_t> ids;
            for (const auto& r : store.runs(e)) ids.push_back(r.id);
            expected = engineComparison(store, ids);
        }
        QCOMPARE(expected.size(), std::size_t(3));
        gui::MainWindow w({db, QStringLiteral("preset:classic-10-arm"), false});
        w.browser()->refresh();
        w.browser()->selectIds({e});
        QAction* action = w.browser()->statisticsAction();
        QVERIFY(action->isEnabled()); // one experiment, three runs
        QVERIFY(!action->text().isEmpty());
        action->trigger();

        ui::CompareView* view = w.compareView();
        QCOMPARE(view->currentView(), static_cast<QWidget*>(view->statisticsView()));
        QCOMPARE(w.presenter()->shownStoredRuns(), QList<qint64>{e});
        QVERIFY(view->diffTable()->isHidden()); // one configuration: nothing differs
        StatisticsView* stats = view->statisticsView();
        QVERIFY(settled(stats));
        QTableWidget* pairs = stats->pairsTable();
        QCOMPARE(pairs->rowCount(), 3);
        for (int k = 0; k < 3; ++k) checkPair(pairs, k, expected[std::size_t(k)]);
        // Uniform (A of the first two pairs) is worse than UCB1 and Thompson sampling.
        QCOMPARE(cell(pairs, 0, StatisticsView::PairVerdict), QStringLiteral("B better"));
        QCOMPARE(cell(pairs, 1, StatisticsView::PairVerdict), QStringLiteral("B better"));
        QVERIFY(cell(pairs, 0, StatisticsView::PairA).endsWith(QStringLiteral("Uniform")));

        // A single experiment with a single run has nothing to compare.
        {
            RunStore store(db.toStdString());
            e = test::record(store, banditConfig("alone", {"ucb1"}));
        }
        w.browser()->refresh();
        w.browser()->selectIds({e});
        QVERIFY(!action->isEnabled());
    }

    // A run with fewer than 2 finite values gets a note, and no pair; the others are compared among
    // themselves, as compareFinite does.
    void runsWithTooFewValuesAreLeftOut() {
        Snapshot s;
        MetricDecl m;
        m.name = "score";
        m.label = "Score";
        m.lowerIsBetter = false;
        m.headline = true;
        s.series = {m};
        s.grid = {10, 20};
        s.done = 2;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<std::vector<double>> values = {
            {1.0, 1.2, 0.9, 1.1, 1.05}, {nan, 4.0, nan}, {2.0, 2.3, 1.9, 2.2, nan}};
        for (int r = 0; r < 3; ++r) {
            s.runs.push_back({"policy " + std::to_string(r), Json::object()});
            s.seriesStats.push_back({{AggStats{}, AggStats{}}});
            s.finalValues.push_back({values[std::size_t(r)]});
        }
        ui::CompareItem item;
        item.row.id = 5;
        item.row.name = "crafted";
        item.snapshot = s;
        item.config = Json::object();
        ui::CompareView view;
        view.setItems({item});
        QVERIFY(view.showStatistics());
        StatisticsView* stats = view.statisticsView();
        QVERIFY(settled(stats));
        QCOMPARE(stats->runsTable()->rowCount(), 3);
        QCOMPARE(cell(stats->runsTable(), 1, StatisticsView::RunReplicates), QStringLiteral("1 (2 missing)"));
        QVERIFY(!cell(stats->runsTable(), 1, StatisticsView::RunNote).isEmpty());
        QVERIFY(cell(stats->runsTable(), 0, StatisticsView::RunNote).isEmpty());
        QVERIFY(!stats->noteLabel()->isHidden());
        QVERIFY(stats->noteLabel()->text().contains(QStringLiteral("#5 policy 1")));

        const auto expected =
            stats::compareAllPairs(std::vector<std::vector<double>>{values[0], {2.0, 2.3, 1.9, 2.2}});
        QTableWidget* pairs = stats->pairsTable();
        QCOMPARE(pairs->rowCount(), 1);
        checkPair(pairs, 0, expected[0]);
        QVERIFY(cell(pairs, 0, StatisticsView::PairB).endsWith(QStringLiteral("policy 2")));
        // Higher is better here: policy 2's larger scores win.
        QCOMPARE(cell(pairs, 0, StatisticsView::PairVerdict), QStringLiteral("B better"));
    }

    // Requests made while a computation runs: only the latest is shown, and computed() once for it.
    void latestRequestWins() {
        StatisticsView view;
        QSignalSpy spy(&view, &StatisticsView::computed);
        std::vector<double> big(400), shifted(400);
        for (int i = 0; i < 400; ++i) {
            big[std::size_t(i)] = std::sin(i * 0.7) + i % 7;
            shifted[std::size_t(i)] = big[std::size_t(i)] + 0.5;
        }
        view.setRuns(
            QStringLiteral("Old"), true,
            {{QStringLiteral("a"), Qt::black, big, -1}, {QStringLiteral("b"), Qt::black, shifted, -1}});
        const std::vector<double> x = {1, 2, 3, 4}, y = {1.5, 2.5, 3.5, 4.5}, z = {10, 11, 12, 13};
        view.setRuns(QStringLiteral("New"), true,
                     {{QStringLiteral("x"), Qt::black, x, -1},
                      {QStringLiteral("y"), Qt::black, y, -1},
                      {QStringLiteral("z"), Qt::black, z, -1}});
        QVERIFY(view.isComputing());
        QVERIFY(settled(&view));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view.pairsTable()->rowCount(), 3);
        const auto expected = stats::compareAllPairs(std::vector<std::vector<double>>{x, y, z});
        for (int k = 0; k < 3; ++k) checkPair(view.pairsTable(), k, expected[std::size_t(k)]);
        QCOMPARE(cell(view.pairsTable(), 2, StatisticsView::PairA), QStringLiteral("y"));
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"

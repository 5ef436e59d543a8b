// The survival game in the window (issue 10, items 5 and 6): File > Import failure counts… reads a user's
// counts off the GUI thread and runs their analysis like Run (recorded, analysed, in the form to run again),
// a bad file is reported as FILE:LINE and stores nothing; the scaling projection view reproduces the
// reference crossings, exports what it plots and keeps its data when a CSV is bad. Item 7: stored survival
// experiments are compared like bandit runs: their value plots overlaid and their analyses side by side.
#include <QPushButton>
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <cmath>

#include "CompareView.h"
#include "EngineController.h"
#include "ImportCountsDialog.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "ProjectionView.h"
#include "QtText.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"
#include "ValuePlot.h"
#include "WidgetTestSupport.h"
#include "store/RunStore.h"

using namespace tb;
using ui::qs;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// `n` heavy-tailed counts K = floor(u^(-1/1.5)) - 1 (a tail exponent near 2.5), from a fixed LCG.
QByteArray heavyTailCounts(int n) {
    QByteArray out = "# failure counts\n";
    std::uint64_t s = 12345;
    for (int i = 0; i < n; ++i) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        const double u = (double(s >> 11) + 0.5) / 9007199254740992.0;
        out += QByteArray::number(qint64(std::floor(std::pow(u, -1.0 / 1.5))) - 1) + '\n';
    }
    return out;
}

/// A small survival experiment: one zeta subject, 2 000 tasks, a quick level bootstrap.
Json survivalConfig(const std::string& name, std::uint64_t seed) {
    Json c = Json::parse(R"({"kind":"survival","replicates":1,"tasks":2000,
        "subjects":[{"type":"zeta","a":2.5}],"analysis":{"bootstrap":0,"levelBootstrap":20}})");
    c["name"] = name;
    c["seed"] = seed;
    return c;
}

int experimentCount(const QString& storePath) {
    RunStore store(storePath.toStdString(), RunStore::Mode::ReadOnly);
    return int(store.listExperiments().size());
}

} // namespace

class TestSurvival : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchSurvivalTest"));
        QSettings().clear();
    }

    void csvHeaderGivesTheColumns() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("k.csv"));
        writeFile(csv, "# notebook output\n\nmodel,\"task, id\",K\nqwen,1,3\n");
        QCOMPARE(gui::csvHeaderColumns(csv),
                 (QStringList{QStringLiteral("model"), QStringLiteral("task, id"), QStringLiteral("K")}));
        const QString list = dir.filePath(QStringLiteral("k.txt"));
        writeFile(list, "3\n>=10\n");
        QVERIFY(gui::csvHeaderColumns(list).isEmpty());
        gui::ImportCountsDialog dialog(csv);
        QCOMPARE(dialog.column(), QStringLiteral("K")); // the likely column is chosen
        dialog.setPath(list);
        QCOMPARE(dialog.column(), QString());
        QCOMPARE(dialog.bootstrap(), 1000);
        QCOMPARE(dialog.cap(), 0);
    }

    // Item 5: the import runs like Run; the experiment is stored as survival with the file as its source,
    // its analysis has the decay rate a, and the form holds the config (Run runs it again).
    void importRunsTheAnalysisAndStoresIt() {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::MainWindow w({storePath, QStringLiteral("preset:survival-capable"), false});
        const QString counts = dir.filePath(QStringLiteral("counts.txt"));
        writeFile(counts, heavyTailCounts(400));
        QSignalSpy imported(&w, &gui::MainWindow::importFinished);
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        const int before = experimentCount(storePath);
        QVERIFY(w.importFailureCounts(counts, QString(), 0, 50));
        QVERIFY(w.isImporting() || imported.count() == 1); // read on a worker thread
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QVERIFY2(imported.first().at(0).toBool(), qPrintable(imported.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QCOMPARE(RunStatus(finished.first().at(1).toInt()), RunStatus::Finished);
        const qint64 id = finished.first().at(0).toLongLong();
        QVERIFY(id > 0);

        QCOMPARE(experimentCount(storePath), before + 1);
        RunStore store(storePath.toStdString(), RunStore::Mode::ReadOnly);
        const auto rows = store.listExperiments();
        QCOMPARE(rows.front().kind, std::string("survival"));
        QCOMPARE(rows.front().name, std::string("Imported: counts.txt"));
        const Json config = store.config(id);
        QCOMPARE(config.at("subjects").at(0).at("source").get<std::string>(), std::string("counts.txt"));
        QCOMPARE(config.at("subjects").at(0).at("type").get<std::string>(), std::string("observed"));

        // The analysis shown: the decay rate a of the 400 counts.
        QTRY_VERIFY_WITH_TIMEOUT(w.plots()->snapshot() && !w.plots()->snapshot()->derived.empty() &&
                                     !w.plots()->snapshot()->derived[0].quick,
                                 30000);
        const Estimate* a = w.plots()->snapshot()->derived[0].estimate("a");
        QVERIFY(a);
        QVERIFY2(std::isfinite(a->value) && a->value > 1.5 && a->value < 4,
                 qPrintable(QString::number(a->value)));

        // The form holds the imported config: Run analyses the same counts again.
        const Json form = w.form()->config();
        QCOMPARE(form.at("kind").get<std::string>(), std::string("survival"));
        QCOMPARE(form.at("subjects").at(0).at("counts"), config.at("subjects").at(0).at("counts"));
        QCOMPARE(form.at("name"), config.at("name"));
    }

    void importOfACsvColumnWithACap() {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::MainWindow w({storePath, QStringLiteral("preset:survival-capable"), false});
        const QString csv = dir.filePath(QStringLiteral("k.csv"));
        QByteArray text = "model,K\n";
        const QList<QByteArray> lines = heavyTailCounts(300).split('\n');
        for (const QByteArray& l : lines)
            if (!l.isEmpty() && !l.startsWith('#')) text += "m," + l + '\n';
        writeFile(csv, text);
        QSignalSpy imported(&w, &gui::MainWindow::importFinished);
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        QVERIFY(w.importFailureCounts(csv, QStringLiteral("K"), 10, 20));
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QVERIFY2(imported.first().at(0).toBool(), qPrintable(imported.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QCOMPARE(RunStatus(finished.first().at(1).toInt()), RunStatus::Finished);
        RunStore store(storePath.toStdString(), RunStore::Mode::ReadOnly);
        const Json config = store.config(finished.first().at(0).toLongLong());
        const Json censored = config.at("subjects").at(0).at("censored");
        QCOMPARE(int(censored.size()), 1); // the counts >= 10 are censored at 10
        QCOMPARE(censored.at(0).at(0).get<double>(), 10.0);
        QVERIFY(censored.at(0).at(1).get<double>() >= 2);
        for (const Json& pair : config.at("subjects").at(0).at("counts"))
            QVERIFY(pair.at(0).get<double>() < 10);
    }

    // Item 5: a bad line is reported as FILE:3 with its content; nothing runs and nothing is stored.
    void badFileIsReportedAndStoresNothing() {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::MainWindow w({storePath, QStringLiteral("preset:survival-capable"), false});
        const QString bad = dir.filePath(QStringLiteral("bad.txt"));
        writeFile(bad, "1\n2\nabc\n4\n");
        const int before = experimentCount(storePath);
        QSignalSpy imported(&w, &gui::MainWindow::importFinished);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^Cannot import failure counts: ")));
        QVERIFY(w.importFailureCounts(bad));
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QVERIFY(!imported.first().at(0).toBool());
        const QString error = imported.first().at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("bad.txt:3:")) && error.contains(QStringLiteral("abc")),
                 qPrintable(error));
        QCOMPARE(w.lastError(), error);
        QTest::qWait(200);
        QVERIFY(!w.engine()->isRunning());
        QCOMPARE(experimentCount(storePath), before);
        QCOMPARE(w.form()->config().value("name", std::string()),
                 std::string("Capable subjects: finite mean, infinite variance"));
    }

    // The window holds a connection to its store: reading the store (or its -wal/-shm) as failure counts or
    // (N, a) pairs through another descriptor would drop SQLite's locks when that descriptor closes. Refused
    // before anything is opened; the store keeps working.
    void storeFilesAreNeverReadAsData() {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::MainWindow w({storePath, QStringLiteral("preset:survival-capable"), false});
        const int before = experimentCount(storePath);
        QVERIFY(QFile::exists(storePath + QStringLiteral("-wal")));
        for (const QString& path : {storePath, storePath + QStringLiteral("-wal")}) {
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("^Cannot import failure counts: ")));
            QVERIFY(!w.importFailureCounts(path));
            QVERIFY2(w.lastError().contains(QStringLiteral("SQLite database")), qPrintable(w.lastError()));
            QVERIFY(!w.isImporting());
            QVERIFY(gui::csvHeaderColumns(path).isEmpty());
            ui::ProjectionView view;
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot read the")));
            QVERIFY(!view.openCsv(path));
            QVERIFY2(view.lastError().contains(QStringLiteral("SQLite database")), qPrintable(view.lastError()));
        }
        QCOMPARE(experimentCount(storePath), before);
        QVERIFY(w.runButton()->isEnabled());
    }

    // Item 6: the Qwen2.5 fit of the sample reproduces the reference crossings 10^17.3 and 10^26.2; the
    // paper's line gives 10^26.26; the bootstrap is quick enough for the GUI thread.
    void projectionOfTheSampleGivesTheReferenceCrossings() {
        ui::ProjectionView view;
        view.resize(900, 700);
        QCOMPARE(view.filterEdit()->text(), QStringLiteral("Qwen2.5"));
        QVERIFY(view.projection() && view.projection()->fitted);
        QCOMPARE(view.projection()->fit.n, std::int64_t(7));
        QString text = view.summaryText();
        QVERIFY2(text.contains(QStringLiteral("N* = 10^17.3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("26.2")) && text.contains(QStringLiteral("17.3")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("reconstruction")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("95% CI")), qPrintable(text));
        QVERIFY(!view.projection()->band.empty());

        view.setFilter(QStringLiteral("Qwen2.5"));

        view.setPaperLine(true);
        QVERIFY(view.paperLineBox()->isChecked());
        QVERIFY(view.projection() && !view.projection()->fitted);
        text = view.summaryText();
        QVERIFY2(text.contains(QStringLiteral("26.26")) && text.contains(QStringLiteral("17.33")),
                 qPrintable(text));
        view.setPaperLine(false);
        QVERIFY(view.projection()->fitted);

        // A filter that matches nothing: said below the plot, no line.
        view.setFilter(QStringLiteral("NoSuchModel"));
        QVERIFY(!view.projection());
        QVERIFY(!view.lastError().isEmpty());
        view.setFilter(QStringLiteral("Qwen2.5"));
        QVERIFY(view.lastError().isEmpty());
    }

    // The CSV export writes exactly the plotted points: the 30 sample points (7 fitted), the line, the band
    // and the two crossings.
    void projectionExportWritesThePlottedData() {
        QTemporaryDir dir;
        ui::ProjectionView view;
        const QString path = dir.filePath(QStringLiteral("projection.csv"));
        QString error;
        QVERIFY2(view.plot()->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.front(), QStringLiteral("series,N,a,a_low,a_high,N_low,N_high"));
        int rows = 0;
        for (const auto& s : view.plot()->series()) rows += int(s.n.size());
        QCOMPARE(lines.size() - 1, rows);
        auto count = [&](const QString& prefix) {
            return int(std::count_if(lines.begin(), lines.end(),
                                     [&](const QString& l) { return l.startsWith(prefix); }));
        };
        QCOMPARE(count(QStringLiteral("\"Fitted models\",")), 7);
        QCOMPARE(count(QStringLiteral("\"Other models\",")), int(survival::sampleScalingPoints().size()) - 7);
        QCOMPARE(count(QStringLiteral("\"Crossings\",")), 2);
        QVERIFY(count(QStringLiteral("\"Fitted line\",")) > 10);
        QVERIFY(count(QStringLiteral("\"95% band of the line\",")) > 10);
        // A fitted point, at full precision: the plotted (N, a) of the sample.
        const auto qwen = survival::selectByLabel(survival::sampleScalingPoints(), "Qwen2.5");
        const QString first = QStringLiteral("\"Fitted models\",%1,%2,")
                                  .arg(ui::csvNumber(qwen.front().size), ui::csvNumber(qwen.front().rate));
        QVERIFY2(count(first) == 1, qPrintable(first));
    }

    // A bad CSV: the message names FILE:LINE, the previous data stay.
    void badProjectionCsvKeepsTheData() {
        QTemporaryDir dir;
        ui::ProjectionView view;
        const QString good = dir.filePath(QStringLiteral("pairs.csv"));
        writeFile(
            good,
            "label,N_params,decay_rate\nA-1B,1e9,1.5\nA-10B,1e10,1.6\nA-100B,1e11,1.72\nB-1B,1e9,1.4\n");
        QVERIFY(view.openCsv(good));
        view.setFilter(QStringLiteral("A-"));
        QCOMPARE(view.source(), QStringLiteral("pairs.csv"));
        QCOMPARE(view.projection()->fit.n, std::int64_t(3));
        const QString before = view.summaryText();

        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        writeFile(bad, "label,N_params,decay_rate\nA-1B,1e9,1.5\nA-10B,ten,1.6\n");
        QSignalSpy failed(&view, &ui::ProjectionView::failed);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^Cannot read the \\(N, a\\) pairs: ")));
        QVERIFY(!view.openCsv(bad));
        QCOMPARE(failed.count(), 1);
        const QString error = failed.first().at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("bad.csv:3")) && error.contains(QStringLiteral("ten")),
                 qPrintable(error));
        QCOMPARE(view.lastError(), error);
        QCOMPARE(view.source(), QStringLiteral("pairs.csv"));
        QCOMPARE(view.projection()->fit.n, std::int64_t(3));
        QCOMPARE(view.summaryText(), before);
    }

    // View > Scaling projection… opens the view in a dock of the window.
    void windowOpensTheProjection() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:survival-capable"), false});
        QVERIFY(!w.projectionView());
        QAction* action = w.findChild<QAction*>(QStringLiteral("projectionAction"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(w.projectionView());
        QVERIFY(w.projectionView()->projection());
        QVERIFY(w.findChild<QAction*>(QStringLiteral("importCountsAction")));
    }

    // Item 7: two stored survival experiments compared. The box offers their value plots and the analysis
    // besides the Series metrics; a value plot overlays both experiments' curves (named "#id run — curve",
    // one colour per run label, patterned per experiment, guides once); the analysis is a table with a
    // column per run and the verdict's class and probabilities in its first row, exported as CSV.
    void comparisonOfSurvivalExperiments() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        qint64 a = 0, b = 0;
        Snapshot sa;
        {
            RunStore store(db.toStdString());
            a = test::record(store, survivalConfig("zeta one", 1));
            b = test::record(store, survivalConfig("zeta two", 2));
            sa = store.loadSnapshot(a);
        }
        QVERIFY(!sa.derived.empty() && !sa.derived[0].verdicts.empty());
        gui::MainWindow w({db, QStringLiteral("preset:survival-capable"), false});
        w.compareRuns({a, b});
        ui::CompareView* view = w.compareView();
        QComboBox* box = view->metricBox();
        QStringList entries;
        for (int i = 0; i < box->count(); ++i) entries << box->itemText(i);
        QCOMPARE(entries.mid(0, 4),
                 (QStringList{QStringLiteral("Failure-count distribution"), QStringLiteral("Survival curve"),
                              QStringLiteral("Hill plot"), QStringLiteral("Analysis")}));
        QVERIFY2(entries.contains(QStringLiteral("Mean failures per task")), qPrintable(entries.join(", ")));
        QCOMPARE(view->currentView(), static_cast<QWidget*>(view->valuePlot())); // the first value plot

        QVERIFY(view->selectView(QStringLiteral("Survival curve")));
        ui::ValuePlot* plot = view->valuePlot();
        QVERIFY(plot);
        QCOMPARE(view->currentView(), static_cast<QWidget*>(plot));
        QCOMPARE(plot->decl().id, std::string("tail_survival"));
        const QString run = qs(sa.runs[0].label);
        const QString prefixA = QStringLiteral("#%1 %2 — ").arg(a).arg(run);
        const QString prefixB = QStringLiteral("#%1 %2 — ").arg(b).arg(run);
        const ui::ValueCurve *fromA = nullptr, *fromB = nullptr;
        for (const ui::ValueCurve& c : plot->curves()) {
            if (c.label.startsWith(prefixA) && !fromA) fromA = &c;
            if (c.label.startsWith(prefixB) && !fromB) fromB = &c;
        }
        QVERIFY2(fromA && fromB,
                 qPrintable(plot->curves().isEmpty() ? QString() : plot->curves().front().label));
        QCOMPARE(fromA->color, fromB->color); // the same run label keeps its colour
        QCOMPARE(fromA->pattern, 0);
        QCOMPARE(fromB->pattern, 1); // the second experiment is dashed
        QCOMPARE(plot->exportSubject().experiment, QStringLiteral("runs #%1, #%2").arg(a).arg(b));

        // The Hill plot's level boundaries are guides of both experiments: drawn once.
        QVERIFY(view->selectView(QStringLiteral("Hill plot")));
        QCOMPARE(view->valuePlot()->decl().id, std::string("hill"));
        int guides = 0, curves = 0;
        for (const ui::ValueCurve& c : view->valuePlot()->curves()) (c.reference ? guides : curves)++;
        QCOMPARE(guides, 2);
        QVERIFY(curves >= 2);

        QVERIFY(view->selectView(QStringLiteral("Analysis")));
        QTableWidget* table = view->analysisTable();
        QCOMPARE(view->currentView(), table->parentWidget());
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("#%1 %2").arg(a).arg(run));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("#%1 %2").arg(b).arg(run));
        const Verdict& v = sa.derived[0].verdicts[0];
        QVERIFY(v.point >= 0);
        const QString point = qs(v.classes[std::size_t(v.point)]);
        QCOMPARE(table->verticalHeaderItem(0)->text(), qs(v.label));
        const QString cell = table->item(0, 0)->text();
        QVERIFY2(cell.startsWith(point + QStringLiteral(" (L ")) && cell.contains(QStringLiteral(" / C ")) &&
                     cell.contains(QStringLiteral(" / A ")),
                 qPrintable(cell));
        QCOMPARE(table->rowCount(), int(v.classes.empty() ? 0 : 1) + int(sa.derived[0].estimates.size()));

        // The CSV: a column per run, the verdict's class, its probabilities and the estimates in full
        // precision.
        const QString path = dir.filePath(QStringLiteral("estimates.csv"));
        QString error;
        QVERIFY2(view->exportAnalysisCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.front(),
                 QStringLiteral("name,label,unit,\"#%1 %2\",\"#%3 %2\"").arg(a).arg(run).arg(b));
        QVERIFY2(lines.at(1).startsWith(
                     QStringLiteral("\"%1\",\"%2\",\"\",\"%3\",").arg(qs(v.name), qs(v.label), point)),
                 qPrintable(lines.at(1)));
        const Estimate* rate = sa.derived[0].estimate("a");
        QVERIFY(rate);
        bool found = false;
        for (const QString& l : lines)
            found = found || (l.startsWith(QStringLiteral("\"a\",")) &&
                              l.section(QLatin1Char(','), 3, 3) == ui::csvNumber(rate->value));
        QVERIFY2(found, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.size(), 1 + int(1 + v.classes.size()) + int(sa.derived[0].estimates.size()));

        // Back to a Series metric: the step plot.
        QVERIFY(view->selectView(QStringLiteral("Mean failures per task")));
        QCOMPARE(view->currentView(), static_cast<QWidget*>(view->plot()));
        QCOMPARE(int(view->plot()->curves().size()), 2);
    }

    // A bandit comparison offers its Series metrics only, headline first, and shows the step plot.
    void comparisonOfBanditRunsOffersOnlyMetrics() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        qint64 a = 0, b = 0;
        Snapshot sa;
        {
            RunStore store(db.toStdString());
            a = test::record(store, test::smallConfig("first", 2, 200));
            b = test::record(store, test::smallConfig("second", 2, 200));
            sa = store.loadSnapshot(a);
        }
        gui::MainWindow w({db, QStringLiteral("preset:classic-10-arm"), false});
        w.compareRuns({a, b});
        ui::CompareView* view = w.compareView();
        QComboBox* box = view->metricBox();
        QCOMPARE(box->count(), int(sa.series.size()));
        for (int i = 0; i < box->count(); ++i) {
            bool isMetric = false;
            for (const MetricDecl& m : sa.series)
                isMetric = isMetric ||
                           (qs(m.name) == box->itemData(i).toString() && qs(m.label) == box->itemText(i));
            QVERIFY2(isMetric, qPrintable(box->itemText(i)));
        }
        for (const MetricDecl& m : sa.series)
            if (m.headline) QCOMPARE(box->itemData(0).toString(), qs(m.name));
        QCOMPARE(box->findText(QStringLiteral("Analysis")), -1);
        QCOMPARE(view->currentView(), static_cast<QWidget*>(view->plot()));
        QVERIFY(!view->valuePlot());
        QCOMPARE(int(view->plot()->curves().size()), 2 * int(sa.runs.size()));
    }
};

QTEST_MAIN(TestSurvival)
#include "tst_survival.moc"

// The main window's parts (issue 9): previews are prepared on the engine thread (latest edit wins), the
// window never runs without a store to record into, deleted runs leave every view, a paused run shows no
// stale throughput, and the first window fits a 1366x768 screen. This executable runs on an offscreen screen
// of 1366x768 (the offscreen platform's configfile option, set up in main()).
#include <QtTest>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryDir>

#include "CompareView.h"
#include "EngineController.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "RunBrowser.h"
#include "RunBrowserModel.h"
#include "RunPresenter.h"
#include "SeriesPlot.h"
#include "SnapshotView.h"
#include "WidgetTestSupport.h"
#include "run/Registry.h"
#include "store/RunStore.h"

using namespace tb;
using tb::test::record;
using tb::test::smallConfig;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

std::int64_t shownHorizon(const gui::MainWindow& w) {
    const auto s = w.plots()->snapshot();
    return s && !s->grid.empty() ? s->grid.back() : -1;
}

} // namespace

class TestWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchWindowTest"));
        QSettings().clear();
    }

    void cleanup() {
        qunsetenv("TRIALBENCH_DB");
        qunsetenv("XDG_DATA_HOME");
        QSettings().clear();
    }

    // 9.1: an edit is prepared on the engine thread, not in the edit's handler, and only the latest edit's
    // preview reaches the view.
    void previewIsPreparedOnTheEngineThreadLatestEditWins() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        QTRY_COMPARE(shownHorizon(w), 10000); // the preview of the preset
        int previews = 0;
        connect(w.engine(), &gui::EngineController::previewReady, this, [&] { ++previews; });
        for (int h : {1000, 2000, 3000}) QVERIFY(w.form()->setValueAt(QStringLiteral("horizon"), h));
        // Nothing was prepared by the edits themselves: the view still shows the old preview until the engine
        // thread answers.
        QCOMPARE(shownHorizon(w), 10000);
        QTRY_COMPARE(shownHorizon(w), 3000);
        QTest::qWait(300);
        QCOMPARE(previews, 1); // the two stale requests never reached the view
        QCOMPARE(shownHorizon(w), 3000);
        QVERIFY(w.presenter()->subtitle().startsWith(QStringLiteral("Ready")));
    }

    // 9.2: $TRIALBENCH_DB names another program's file: the refusal is reported, the window falls back to the
    // user's default store and says so in the status bar, and a run is recorded there.
    void foreignStoreFallsBackToTheDefaultStore() {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("notes.db"));
        writeFile(foreign, QByteArray("these are my notes, not a database\n").repeated(200));
        qputenv("TRIALBENCH_DB", foreign.toUtf8());
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("xdg")).toUtf8());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot open the store: ")));
        gui::MainWindow w({QString(), QStringLiteral("preset:classic-10-arm"), false});
        const QString fallback = dir.filePath(QStringLiteral("xdg/TrialBench/runs.sqlite"));
        QCOMPARE(w.storePath(), fallback);
        QVERIFY2(w.storeStatusText().contains(foreign), qPrintable(w.storeStatusText()));
        QVERIFY(w.runButton()->isEnabled());
        w.form()->setValueAt(QStringLiteral("replicates"), 2);
        w.form()->setValueAt(QStringLiteral("horizon"), 500);
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.first().at(0).toLongLong() >= 0);
        RunStore store(fallback.toStdString(), RunStore::Mode::ReadOnly);
        QCOMPARE(int(store.listExperiments().size()), 1);
    }

    // 9.2: neither the store given nor the default store opens: Run is disabled, with the reason in the
    // status bar, and nothing runs unrecorded.
    void noStoreDisablesRunWithTheReason() {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("notes.db"));
        writeFile(foreign, QByteArray("not a database\n").repeated(300));
        writeFile(dir.filePath(QStringLiteral("xdg/TrialBench/runs.sqlite")),
                  QByteArray("not a database either\n").repeated(300));
        qputenv("TRIALBENCH_DB", foreign.toUtf8());
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("xdg")).toUtf8());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot open the store: ")));
        gui::MainWindow w({QString(), QStringLiteral("preset:classic-10-arm"), false});
        QVERIFY(w.storePath().isEmpty());
        QVERIFY(w.form()->isValid());
        QVERIFY(!w.runButton()->isEnabled());
        QVERIFY(!w.stepButton()->isEnabled());
        QVERIFY2(w.storeStatusText().contains(QStringLiteral("Run is disabled")),
                 qPrintable(w.storeStatusText()));
        w.startRun();
        QVERIFY(!w.engine()->isRunning());
        w.stepRun();
        QVERIFY(!w.engine()->isRunning());
    }

    // 9.6: runs deleted in the browser leave the comparison, the stored-run view and the current-run view.
    void deletedRunsLeaveEveryView() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        gui::MainWindow w({db, QStringLiteral("preset:classic-10-arm"), false});
        qint64 a, b, c;
        {
            RunStore store(db.toStdString());
            a = record(store, smallConfig("a"));
            b = record(store, smallConfig("b"));
            c = record(store, smallConfig("c"));
        }
        w.browser()->refresh();
        w.browser()->setConfirmDeletes(false);
        w.compareRuns({a, b, c});
        const int policies = 4;
        QCOMPARE(int(w.compareView()->plot()->curves().size()), 3 * policies);

        w.browser()->selectIds({a});
        w.browser()->deleteSelected();
        QCOMPARE(w.presenter()->shownStoredRuns(), (QList<qint64>{b, c}));
        QCOMPARE(int(w.compareView()->plot()->curves().size()), 2 * policies);

        w.browser()->selectIds({b});
        w.browser()->deleteSelected();
        QCOMPARE(w.presenter()->shownStoredRuns(), QList<qint64>{c}); // one left: shown as a stored run
        QVERIFY(w.presenter()->subtitle().contains(QStringLiteral("#%1").arg(c)));

        w.browser()->selectIds({c});
        w.browser()->deleteSelected();
        QVERIFY(w.presenter()->shownStoredRuns().isEmpty());
        QVERIFY(!w.presenter()->subtitle().contains(QStringLiteral("#%1").arg(c)));

        // The current run, once deleted, is no longer shown.
        w.form()->setValueAt(QStringLiteral("replicates"), 2);
        w.form()->setValueAt(QStringLiteral("horizon"), 500);
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const qint64 current = finished.first().at(0).toLongLong();
        QVERIFY(current >= 0);
        QVERIFY(w.plots()->snapshot() && w.plots()->snapshot()->done > 0);
        QTRY_VERIFY(w.browser()->model()->rowCount() == 1);
        w.browser()->selectIds({current});
        w.browser()->deleteSelected();
        QVERIFY(!w.engine()->latest());
        QVERIFY(!w.plots()->snapshot() || w.plots()->snapshot()->done == 0);
        QVERIFY(!w.presenter()->subtitle().contains(QStringLiteral("Run #%1 ·").arg(current)));
    }

    // 9.6: while paused the throughput is not the last rate, and the header says Paused.
    void pausedRunShowsNoStaleThroughput() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        w.form()->setValueAt(QStringLiteral("replicates"), 400);
        w.form()->setValueAt(QStringLiteral("horizon"), 2000000);
        w.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(w.engine()->latest() && w.engine()->latest()->done >= 2, 60000);
        QTRY_VERIFY(w.presenter()->throughputText().contains(QStringLiteral("pulls/s")));
        w.togglePause();
        QVERIFY(w.engine()->isPaused());
        QTest::qWait(300); // snapshots published as the engine pauses are pulled meanwhile
        QVERIFY2(w.presenter()->throughputText().startsWith(QStringLiteral("paused")),
                 qPrintable(w.presenter()->throughputText()));
        QVERIFY2(w.presenter()->subtitle().startsWith(QStringLiteral("Paused")),
                 qPrintable(w.presenter()->subtitle()));
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.stopRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    }

    // 9.7: on a 1366x768 screen the first window, frame included, fits the screen's available area (it was
    // 1280x800 and hid the status bar).
    void firstWindowFitsTheScreen() {
        QScreen* screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QCOMPARE(screen->availableGeometry().size(), QSize(1366, 768));
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(screen->availableGeometry().contains(w.frameGeometry()),
                 qPrintable(QStringLiteral("frame %1x%2+%3+%4")
                                .arg(w.frameGeometry().width())
                                .arg(w.frameGeometry().height())
                                .arg(w.frameGeometry().x())
                                .arg(w.frameGeometry().y())));
        QVERIFY(w.statusBar()->isVisible());
        const QRect bar(w.statusBar()->mapToGlobal(QPoint(0, 0)), w.statusBar()->size());
        QVERIFY(screen->availableGeometry().contains(bar));
    }

    // 9.7: a restored geometry that no longer fits (saved on a larger screen) is moved and shrunk onto it.
    void restoredGeometryIsClampedToTheScreen() {
        const QRect screen(0, 0, 1366, 768);
        const QMargins frame(4, 30, 4, 4);
        // The first window: 1280x800 wanted, bounded by the screen and centred.
        const QRect first = gui::fitToScreen(screen, frame, QSize(1280, 800));
        QVERIFY(screen.contains(first.marginsAdded(frame)));
        QCOMPARE(first.width(), 1280);
        QCOMPARE(first.height(), 768 - 34);
        // Saved on a 2560x1440 screen, at its right.
        const QRect restored = gui::fitToScreen(screen, frame, QSize(1280, 800), QRect(1400, 200, 1100, 900));
        QVERIFY(screen.contains(restored.marginsAdded(frame)));
        QCOMPARE(restored.width(), 1100);
        QCOMPARE(restored.height(), 768 - 34);
        // One that fits stays where it was.
        const QRect kept(QRect(100, 80, 900, 600));
        QCOMPARE(gui::fitToScreen(screen, frame, QSize(1280, 800), kept), kept);
        // Through the window's settings.
        {
            QMainWindow big;
            big.setGeometry(1400, 200, 2400, 1300);
            QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
        }
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:classic-10-arm"), true});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(w.frameGeometry()));
    }
};

int main(int argc, char** argv) {
    // A 1366x768 screen for the offscreen platform (its configfile option), as on many laptops.
    QTemporaryDir config;
    if (qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QLatin1String("offscreen"))) {
        const QString path = config.filePath(QStringLiteral("screen.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return 2;
        f.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                    "logicalDpi": 96, "dpr": 1}]})");
        f.close();
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + path.toUtf8());
    }
    QApplication app(argc, argv);
    TestWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_window.moc"

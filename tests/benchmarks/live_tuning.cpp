// Live tuning benchmark (issue 12.1; not a unit test): the real window offscreen, live tuning on, a slider
// moved as a hand moves it. For each scenario it reports
//   - latency: from one slider move (after the window is idle) to the plot drawing the preview (live tuning's
//     first pass: the new value's result over the whole horizon from a cheaper config of the same shape, the
//     first replot after a run's end; target 150 ms) and to the plot drawing the complete result (the
//     replot after the full run's end): median and worst of 8 moves 100 ms apart (previews) and of 3 moves
//     made when the window is idle (complete results);
//   - drag: the slider moved one step every 16 ms for 2 s (a continuous drag): the longest stall of the event
//   loop
//     (lateness of a 5 ms timer; target 50 ms), how many runs started for how many moves (latest wins), and
//     the time from the end of the drag to the complete result for the last value.
// Scenarios: classic-10-arm at 50 replicates x 10^4 pulls (ε of ε-greedy), survival-capable with 10^5 trials
// per subject (β of the Beta–geometric subject), and each RLHF preset (labelled pairs of the first pipeline).
//
//   live_tuning [--only NAME] [--threads N] [--no-preview]
// (TB_TRACE=1 also prints when each run starts and ends; --no-preview: every change runs its full config
// only, the behaviour before the first pass, for comparison)
#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QRegularExpression>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "EngineController.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "SnapshotView.h"
#include "StallProbe.h"

namespace {

using tb::bench::StallProbe;

struct Scenario {
    QString name, preset;
    std::vector<std::pair<QString, tb::Json>> overrides;
    QString param; ///< JSON path of the field whose slider moves
};

/// Waits until the window has drawn the complete result of the last change: no run under way, nothing
/// pending, and a replot after the last run ended. Returns the ms since `clock` started, or -1 on timeout;
/// `firstDrawn` (if given) gets the ms to the first replot of a new run's data (the curve as far as
/// computed).
double waitForResult(tb::gui::MainWindow& w, const QElapsedTimer& clock, int timeoutMs = 600000,
                     double* firstDrawn = nullptr, double* previewDrawn = nullptr, bool previewOnly = false) {
    bool replotted = false, ended = false, startedRun = false;
    if (firstDrawn) *firstDrawn = -1;
    if (previewDrawn) *previewDrawn = -1;
    auto c0 = QObject::connect(w.engine(), &tb::gui::EngineController::started, [&] {
        if (qEnvironmentVariableIsSet("TB_TRACE"))
            std::fprintf(stderr, "  started %.1f\n", double(clock.nsecsElapsed()) / 1e6);
        startedRun = true;
    });
    auto c1 = QObject::connect(w.engine(), &tb::gui::EngineController::finished, [&] {
        if (qEnvironmentVariableIsSet("TB_TRACE"))
            std::fprintf(stderr, "  finished %.1f\n", double(clock.nsecsElapsed()) / 1e6);
        ended = !w.engine()->isRunning();
        replotted = false;
    });
    auto c2 = QObject::connect(w.plots(), &tb::ui::SnapshotView::replotted, [&] {
        // The first result drawn for the new value over its whole horizon: the preview (or the full result
        // when the change needs no preview).
        if (previewDrawn && *previewDrawn < 0 && w.tuneShownRequest() == w.tuneRequests())
            *previewDrawn = double(clock.nsecsElapsed()) / 1e6;
        if (startedRun && firstDrawn && *firstDrawn < 0 && w.engine()->latest() &&
            w.engine()->latest()->done > 0)
            *firstDrawn = double(clock.nsecsElapsed()) / 1e6;
        if (ended && !w.engine()->isRunning()) replotted = true;
    });
    double at = -1;
    while (clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        // A tab that is not a PlotPanel (the survival and RLHF analysis) emits no replotted(): the queued
        // redraw of a result is done once the events above are processed.
        if (previewDrawn && *previewDrawn < 0 && w.tuneShownRequest() == w.tuneRequests()) {
            QCoreApplication::processEvents();
            *previewDrawn = double(clock.nsecsElapsed()) / 1e6;
        }
        if (ended && !w.engine()->isRunning() && !replotted) {
            QCoreApplication::processEvents();
            replotted = true;
        }
        if (replotted && !w.engine()->isRunning()) {
            at = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
        if (previewOnly && previewDrawn && *previewDrawn >= 0) {
            at = *previewDrawn;
            break;
        }
    }
    QObject::disconnect(c0);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return at;
}

void runScenario(const Scenario& s, int threads, bool withPreviews) {
    QTemporaryDir dir;
    tb::gui::MainWindow w(
        {dir.filePath(QStringLiteral("tune.sqlite")), QStringLiteral("preset:") + s.preset, false});
    tb::Runner::Options opt;
    opt.threads = threads;
    w.engine()->setRunnerOptions(opt);
    w.setTunePreviewsEnabled(withPreviews);
    w.resize(1366, 768);
    w.show();
    for (const auto& [path, value] : s.overrides)
        if (!w.form()->setValueAt(path, value)) {
            std::fprintf(stderr, "%s: no field %s\n", qPrintable(s.name), qPrintable(path));
            std::exit(2);
        }
    QElapsedTimer clock;
    clock.start();
    w.setLiveTuning(true);
    double firstPreview = -1;
    const double first = waitForResult(w, clock, 600000, nullptr, &firstPreview, true);
    // A compared variant's fields show when it is selected in its list ("policies[3]" → row 3 of "policies").
    const QRegularExpression item(QStringLiteral("^([a-z]+)\\[(\\d+)\\]\\."));
    if (const auto m = item.match(s.param); m.hasMatch())
        if (auto* list = w.form()->findChild<QListWidget*>(m.captured(1)))
            list->setCurrentRow(m.captured(2).toInt());
    auto* slider = w.form()->findChild<QSlider*>(s.param + QStringLiteral("#slider"));
    if (!slider || first < 0) {
        QStringList names;
        for (auto* sl : w.form()->findChildren<QSlider*>()) names << sl->objectName();
        std::fprintf(stderr, "%s: no slider for %s (sliders: %s) or no first result (%.0f)\n",
                     qPrintable(s.name), qPrintable(s.param), qPrintable(names.join(QLatin1Char(' '))),
                     first);
        std::exit(2);
    }
    const auto tickAt = [&](int i, int of) {
        return slider->minimum() + (slider->maximum() - slider->minimum()) * (2 * i + 1) / (2 * of);
    };
    // Single moves as a hand makes them, 100 ms apart: 8 positions across the slider, each timed to its
    // preview drawn (a full run under way for the last position is stopped by the next move: latest wins).
    std::vector<double> latencies, firsts, previews;
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QElapsedTimer t;
        t.start();
        slider->setValue(tickAt(i, 8));
        double firstDrawn = -1, previewDrawn = -1;
        waitForResult(w, t, 600000, &firstDrawn, &previewDrawn, true);
        firsts.push_back(firstDrawn);
        previews.push_back(previewDrawn);
        if (qEnvironmentVariableIsSet("TB_TRACE"))
            std::fprintf(stderr, "  move %d: preview %.1f ms\n", i, previewDrawn);
    }
    // Moves after the window is idle, each timed to the complete result drawn (3: a full survival or RLHF
    // run takes seconds).
    for (int i = 0; i < 3; ++i) {
        while (w.engine()->isRunning()) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QTest::qWait(100);
        QElapsedTimer t;
        t.start();
        slider->setValue(tickAt(i, 3));
        double previewDrawn = -1;
        latencies.push_back(waitForResult(w, t, 600000, nullptr, &previewDrawn));
        if (qEnvironmentVariableIsSet("TB_TRACE"))
            std::fprintf(stderr, "  idle move %d: preview %.1f ms, complete %.1f ms\n", i, previewDrawn,
                         latencies.back());
    }
    std::sort(latencies.begin(), latencies.end());
    std::sort(firsts.begin(), firsts.end());
    std::sort(previews.begin(), previews.end());

    // A continuous drag: one step every 16 ms for 2 s, from one end towards the other.
    QTest::qWait(200);
    const int runsBefore = w.tuneRuns(), requestsBefore = w.tuneRequests(),
              previewRunsBefore = w.tunePreviews(), refinesBefore = w.tuneRefines();
    StallProbe probe;
    probe.start();
    QElapsedTimer drag;
    drag.start();
    int moves = 0;
    const int steps = 125;
    for (int i = 0; i < steps; ++i) {
        slider->setValue(slider->minimum() +
                         (slider->maximum() - slider->minimum()) * (i + 1) / (steps + 10));
        ++moves;
        while (drag.elapsed() < 16 * (i + 1)) QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    QElapsedTimer end;
    end.start();
    double endPreview = -1;
    const double endLatency = waitForResult(w, end, 120000, nullptr, &endPreview);
    probe.stop();
    std::printf(
        "[live tuning] %-22s one move -> preview drawn (whole horizon): median %6.1f ms, worst %6.1f ms "
        "of 8 (target 150 ms); complete result drawn: median %6.1f ms, worst %6.1f ms of 3; first "
        "partial curve median %6.1f ms | drag of %d moves in %.1f s: longest stall %5.1f ms (target 50 ms), "
        "%d "
        "changes started (%d previews, %d refinements) for %d changes; after the drag: preview %6.1f "
        "ms, complete %6.1f ms\n",
        qPrintable(s.name), previews[previews.size() / 2], previews.back(), latencies[latencies.size() / 2],
        latencies.back(), firsts[firsts.size() / 2], moves, double(drag.elapsed()) / 1e3, probe.stallMs(),
        w.tuneRuns() - runsBefore, w.tunePreviews() - previewRunsBefore, w.tuneRefines() - refinesBefore,
        w.tuneRequests() - requestsBefore, endPreview, endLatency);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QString only;
    int threads = 0;
    bool previews = true;
    for (int i = 1; i < argc; ++i)
        if (QLatin1String(argv[i]) == QLatin1String("--no-preview")) previews = false;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QLatin1String(argv[i]) == QLatin1String("--only")) only = QString::fromUtf8(argv[i + 1]);
        if (QLatin1String(argv[i]) == QLatin1String("--threads")) threads = std::atoi(argv[i + 1]);
    }
    const std::vector<Scenario> scenarios = {
        {QStringLiteral("classic-10-arm 50x1e4"),
         QStringLiteral("classic-10-arm"),
         {{QStringLiteral("replicates"), 50}, {QStringLiteral("horizon"), 10000}},
         QStringLiteral("policies[3].epsilon")},
        {QStringLiteral("survival-capable 1e5"),
         QStringLiteral("survival-capable"),
         {{QStringLiteral("replicates"), 1}, {QStringLiteral("tasks"), 100000}},
         // β, not α: the slider spans 1/10..10x the value, and α below 1 makes the mean failure count
         // infinite (with no attempt cap a run never ends); with α = 1.5 every β keeps it finite (β / (α -
         // 1)).
         QStringLiteral("subjects[0].beta")},
        {QStringLiteral("goodhart-best-of-n"),
         QStringLiteral("goodhart-best-of-n"),
         {},
         QStringLiteral("pipelines[0].labels.pairs")},
        {QStringLiteral("goodhart-kl-rl"),
         QStringLiteral("goodhart-kl-rl"),
         {},
         QStringLiteral("pipelines[0].labels.pairs")},
        {QStringLiteral("ensembles-vs-noise"),
         QStringLiteral("ensembles-vs-noise"),
         {},
         QStringLiteral("pipelines[0].labels.pairs")},
        {QStringLiteral("online-rlhf-drift"),
         QStringLiteral("online-rlhf-drift"),
         {},
         QStringLiteral("pipelines[0].labels.pairs")},
        {QStringLiteral("rlhf-vs-dpo"),
         QStringLiteral("rlhf-vs-dpo"),
         {},
         QStringLiteral("pipelines[0].labels.pairs")},
    };
    for (const Scenario& s : scenarios)
        if (only.isEmpty() || s.name.startsWith(only) || s.preset == only) runScenario(s, threads, previews);
    return 0;
}

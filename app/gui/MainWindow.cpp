#include "MainWindow.h"

#include <Eigen/Core>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QWindow>
#include <boost/version.hpp>
#include <cmath>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <qcustomplot.h>
#include <sqlite3.h>

#include "Appearance.h"
#include "CompareView.h"
#include "EngineController.h"
#include "ExperimentPanel.h"
#include "ExportPath.h"
#include "Icons.h"
#include "ImportCountsDialog.h"
#include "LanguageMenu.h"
#include "LessonPanel.h"
#include "Palette.h"
#include "ParamForm.h"
#include "PlotPanel.h"
#include "ProjectionView.h"
#include "QtText.h"
#include "RunBrowser.h"
#include "RunPresenter.h"
#include "SnapshotView.h"
#include "StepModePanel.h"
#include "StoreSession.h"
#include "SweepWindow.h"
#include "run/Registry.h"
#include "store/Export.h"
#include "store/StoreFile.h"
#include "survival/FailureCounts.h"
#include "survival/SurvivalKind.h"

#ifndef TB_VERSION
#define TB_VERSION "0.0.0"
#endif

namespace tb::gui {

using ui::qs;

namespace {
/// The first window's size, where the screen has room for it.
constexpr QSize kFirstSize(1280, 800);
} // namespace

QString libraryVersions() {
    QString boost = QStringLiteral(BOOST_LIB_VERSION);
    boost.replace(QLatin1Char('_'), QLatin1Char('.'));
    return QStringLiteral(
               "Qt %1 · QCustomPlot %2 · Boost %3 · Eigen %4.%5.%6 · SQLite %7 · nlohmann_json %8.%9.%10")
        .arg(QString::fromLatin1(qVersion()), QStringLiteral(QCUSTOMPLOT_VERSION_STR), boost)
        .arg(EIGEN_WORLD_VERSION)
        .arg(EIGEN_MAJOR_VERSION)
        .arg(EIGEN_MINOR_VERSION)
        .arg(QString::fromLatin1(sqlite3_libversion()))
        .arg(NLOHMANN_JSON_VERSION_MAJOR)
        .arg(NLOHMANN_JSON_VERSION_MINOR)
        .arg(NLOHMANN_JSON_VERSION_PATCH);
}

QRect fitToScreen(const QRect& available, const QMargins& frame, const QSize& wanted, const QRect& restored) {
    const QSize room = available.size().shrunkBy(frame);
    QRect outer; // the frame rectangle
    if (restored.isValid()) {
        outer = QRect(restored.topLeft(), restored.size().boundedTo(room)).marginsAdded(frame);
        // Move it (the least) onto the available area.
        if (outer.right() > available.right()) outer.moveRight(available.right());
        if (outer.bottom() > available.bottom()) outer.moveBottom(available.bottom());
        if (outer.left() < available.left()) outer.moveLeft(available.left());
        if (outer.top() < available.top()) outer.moveTop(available.top());
    } else {
        outer = QRect(QPoint(0, 0), wanted.boundedTo(room).grownBy(frame));
        outer.moveCenter(available.center());
    }
    return outer.marginsRemoved(frame);
}

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent), m_options(std::move(options)) {
    setObjectName(QStringLiteral("MainWindow"));
    ui::PlotPanel::setRememberSettings(m_options.useSettings); // the legend place of each plot type
    if (m_options.useSettings)
        applyAppearance(themeFromName(QSettings().value(QStringLiteral("view/theme")).toString()), false);
    setWindowIcon(ui::icon(QStringLiteral("trialbench")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_engine = new EngineController(this);
    m_session = new StoreSession(m_options.useSettings, this);

    // Centre: what is shown (the current run, a stored run or a comparison); progress in the status bar.
    m_presenter = new RunPresenter(m_engine, statusBar(), this);
    setCentralWidget(m_presenter->widget());

    // Left dock: the experiment.
    m_experimentDock = new QDockWidget(tr("Experiment"), this);
    m_experimentDock->setObjectName(QStringLiteral("experimentDock"));
    m_experimentDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_panel = new ExperimentPanel(m_experimentDock);
    m_experimentDock->setWidget(m_panel);
    addDockWidget(Qt::LeftDockWidgetArea, m_experimentDock);

    // Bottom dock: the run browser.
    m_browserDock = new QDockWidget(tr("Runs"), this);
    m_browserDock->setObjectName(QStringLiteral("browserDock"));
    m_browserDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                               QDockWidget::DockWidgetClosable);
    m_browser = new ui::RunBrowser(m_browserDock);
    m_browserDock->setWidget(m_browser);
    addDockWidget(Qt::BottomDockWidgetArea, m_browserDock);

    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeStatus"));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_storeLabel);

    buildMenus();

    connect(m_panel, &ExperimentPanel::runClicked, this, &MainWindow::startRun);
    connect(m_panel, &ExperimentPanel::pauseClicked, this, &MainWindow::togglePause);
    connect(m_panel, &ExperimentPanel::stepClicked, this, &MainWindow::stepRun);
    connect(m_panel, &ExperimentPanel::stopClicked, this, &MainWindow::stopRun);
    connect(m_panel, &ExperimentPanel::configEdited, this, [this] {
        updateControls();
        if (m_liveTuning)
            tune();
        else
            requestPreview();
    });
    connect(m_panel, &ExperimentPanel::presetLoaded, this, [this](const QString& name) {
        if (m_options.useSettings) QSettings().setValue(QStringLiteral("experiment/lastPreset"), name);
    });
    connect(m_panel, &ExperimentPanel::failed, this, &MainWindow::showError);
    connect(m_presenter, &RunPresenter::failed, this, &MainWindow::showError);
    connect(m_session, &StoreSession::failed, this, &MainWindow::showError);
    connect(m_session, &StoreSession::changed, this, &MainWindow::onStoreChanged);
    connect(m_session, &StoreSession::recentChanged, this, &MainWindow::rebuildRecentMenu);

    connect(m_browser, &ui::RunBrowser::openRequested, this, &MainWindow::openStoredRun);
    connect(m_browser, &ui::RunBrowser::rerunRequested, this, &MainWindow::rerunStored);
    connect(m_browser, &ui::RunBrowser::compareRequested, this, &MainWindow::compareRuns);
    connect(m_browser, &ui::RunBrowser::statisticsRequested, this, [this](const QList<qint64>& ids) {
        compareRuns(ids);
        if (m_presenter->shownStoredRuns() == ids) m_presenter->compareView()->showStatistics();
    });
    connect(m_browser, &ui::RunBrowser::deleted, this, &MainWindow::onDeleted);

    connect(m_engine, &EngineController::previewReady, m_presenter, &RunPresenter::showPreview);
    connect(m_engine, &EngineController::previewFailed, m_presenter, &RunPresenter::showPreviewProblem);
    connect(m_engine, &EngineController::started, this, [this] {
        if (m_tunePhase == TunePhase::Preview) m_tuneClock.start();
        m_presenter->runStarted();
        updateControls();
    });
    connect(m_engine, &EngineController::finished, this, &MainWindow::onFinished);
    connect(m_engine, &EngineController::recording, this, [this](qint64 id) {
        m_browser->refresh();
        m_presenter->runRecording(id);
        updateControls();
    });
    connect(m_engine, &EngineController::storeFailed, this, [this](const QString& msg) {
        showError(tr("The run is not recorded"),
                  tr("The store could not be opened for writing:\n%1").arg(msg));
    });

    m_session->openAtStart(m_options.storePath);

    // Config: argument, else the last preset, else classic-10-arm.
    bool loaded = false;
    if (!m_options.config.isEmpty()) loaded = loadConfigArgument(m_options.config);
    if (!loaded) {
        QString preset = m_options.useSettings
                             ? QSettings().value(QStringLiteral("experiment/lastPreset")).toString()
                             : QString();
        if (preset.isEmpty() || !findPreset(preset.toStdString())) preset = QStringLiteral("classic-10-arm");
        loaded = loadConfigArgument(QStringLiteral("preset:") + preset);
    }
    if (!loaded && !kinds().empty()) m_panel->setKind(kinds().front());

    bool restored = false;
    if (m_options.useSettings) {
        QSettings settings;
        restored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    }
    placeOnScreen(restored);
    resizeDocks({m_experimentDock}, {380}, Qt::Horizontal);
    resizeDocks({m_browserDock}, {std::min(220, height() / 4)}, Qt::Vertical);
    updateControls();
    requestPreview();
}

MainWindow::~MainWindow() {
    // A file still being read: its thread must end before it is destroyed (its result is dropped).
    if (m_importThread) {
        m_importThread->disconnect(this);
        m_importThread->wait();
        delete m_importThread;
    }
    m_engine->shutdown();
}

void MainWindow::placeOnScreen(bool restored) {
    if (isMaximized() || isFullScreen()) return;
    const QScreen* s = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!s) return;
    // The frame is known once the window has a native window; before that, allow for a title bar.
    const QMargins frame = windowHandle()
                               ? windowHandle()->frameMargins()
                               : QMargins(0, style()->pixelMetric(QStyle::PM_TitleBarHeight), 0, 0);
    setGeometry(fitToScreen(s->availableGeometry(), frame, kFirstSize, restored ? geometry() : QRect()));
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Shown for the first time: fit the window again with its real frame.
    if (!m_placed && !event->spontaneous()) {
        m_placed = true;
        placeOnScreen(true);
    }
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New store…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("New store"), QFileInfo(storePath()).absolutePath(), tr("TrialBench store (*.sqlite)"));
        if (!path.isEmpty()) openStore(path);
    });
    file->addAction(tr("&Open store…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open store"), QFileInfo(storePath()).absolutePath(),
                                         tr("TrialBench store (*.sqlite);;All files (*)"));
        if (!path.isEmpty()) openStore(path);
    });
    m_recentMenu = file->addMenu(tr("Recent stores"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* openCfg = file->addAction(tr("Open &config…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open config"), QString(),
                                         tr("TrialBench config (*.trialbench.json *.json);;All files (*)"));
        if (!path.isEmpty()) loadConfigArgument(path);
    });
    openCfg->setShortcut(QKeySequence::Open);
    QAction* openLessonAction = file->addAction(tr("Open &lesson…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open lesson"), userLessonFolder(),
                                                          tr("TrialBench lesson (*.json);;All files (*)"));
        if (!path.isEmpty()) openLessonFile(path);
    });
    openLessonAction->setObjectName(QStringLiteral("openLessonAction"));
    QAction* saveCfg = file->addAction(tr("&Save config…"), this, [this] {
        QString path =
            QFileDialog::getSaveFileName(this, tr("Save config"),
                                         qs(form()->config().value("name", std::string("experiment"))) +
                                             QStringLiteral(".trialbench.json"),
                                         tr("TrialBench config (*.trialbench.json);;JSON config (*.json)"));
        if (!path.isEmpty()) saveConfig(path);
    });
    saveCfg->setShortcut(QKeySequence::Save);
    QAction* copyCommand = file->addAction(tr("Copy as &command"), this, [this] {
        QGuiApplication::clipboard()->setText(cliCommand(form()->config(), storePath()));
        statusBar()->showMessage(tr("The trialbench-cli command for this config is on the clipboard."), 5000);
    });
    copyCommand->setObjectName(QStringLiteral("copyCommandAction"));
    copyCommand->setStatusTip(
        tr("Copy the trialbench-cli run line that runs this config into the same store"));
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import failure counts…"), this, &MainWindow::askImport);
    import->setObjectName(QStringLiteral("importCountsAction"));
    import->setStatusTip(
        tr("Analyse failure counts measured elsewhere (a list or a CSV column): tail fit and "
           "level, recorded as a survival run"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    m_runAction = run->addAction(ui::icon(QStringLiteral("run")), tr("&Run"), this, &MainWindow::startRun);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_pauseAction = run->addAction(ui::icon(QStringLiteral("pause")), tr("&Pause / Resume"), this,
                                   &MainWindow::togglePause);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_stepAction = run->addAction(ui::icon(QStringLiteral("step")), tr("S&tep"), this, &MainWindow::stepRun);
    m_stepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_stopAction = run->addAction(ui::icon(QStringLiteral("stop")), tr("&Stop"), this, &MainWindow::stopRun);
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    run->addSeparator();
    m_sweepAction = run->addAction(tr("S&weep…"), this, &MainWindow::startSweep);
    m_sweepAction->setStatusTip(tr("Run the config over a range of one or two parameters and plot the result "
                                   "against them"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_experimentDock->toggleViewAction()->setText(tr("Experiment panel"));
    m_browserDock->toggleViewAction()->setText(tr("Run browser"));
    view->addAction(m_experimentDock->toggleViewAction());
    view->addAction(m_browserDock->toggleViewAction());
    view->addSeparator();
    QAction* projection = view->addAction(tr("&Scaling projection…"), this, [this] { showProjection(); });
    projection->setObjectName(QStringLiteral("projectionAction"));
    projection->setStatusTip(tr("The survival game's scaling projection: decay rate against model size, the "
                                "fitted power law and the sizes where it reaches the Capable and Autonomous "
                                "levels"));
    QAction* stepMode = view->addAction(tr("S&tep mode (bandits)…"), this, [this] { showStepMode(); });
    stepMode->setObjectName(QStringLiteral("stepModeAction"));
    stepMode->setStatusTip(
        tr("Play one policy of the form's bandit config a pull at a time, see why it chose "
           "each arm, and drag the arms' true means during the run"));
    view->addSeparator();
    QMenu* theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    auto* themes = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> choices[] = {
        {ThemeChoice::System, systemPrefersDark() ? tr("&System (dark)") : tr("&System (light)")},
        {ThemeChoice::Light, tr("&Light")},
        {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto& [choice, text] : choices) {
        QAction* a = theme->addAction(text, this, [this, c = choice] { setTheme(c); });
        a->setCheckable(true);
        a->setChecked(currentTheme() == choice);
        a->setObjectName(QStringLiteral("theme-") + themeName(choice));
        themes->addAction(a);
    }
    m_liveTuningAction =
        view->addAction(tr("Live &tuning (sliders)"), this, [this](bool on) { setLiveTuning(on); });
    m_liveTuningAction->setCheckable(true);
    m_liveTuningAction->setObjectName(QStringLiteral("liveTuningAction"));
    m_liveTuningAction->setStatusTip(
        tr("A slider under every number of the form; moving one runs the experiment "
           "again at once (not recorded; Run records)"));
    view->addSeparator();
    m_presenterAction =
        view->addAction(tr("&Presenter mode"), this, [this](bool on) { setPresenterMode(on); });
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presenterAction->setObjectName(QStringLiteral("presenterAction"));
    m_presenterAction->setStatusTip(tr("Full screen, large fonts and thick lines for a classroom or a talk"));
    m_hideControlsAction =
        view->addAction(tr("&Hide controls"), this, [this](bool on) { setControlsHidden(on); });
    m_hideControlsAction->setCheckable(true);
    m_hideControlsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_hideControlsAction->setObjectName(QStringLiteral("hideControlsAction"));
    m_hideControlsAction->setStatusTip(
        tr("Only the plots (and the lesson): hide the experiment panel, the run "
           "browser and the status bar"));
    LanguageMenu::add(view, [this](const QString& setting) { return requestLanguage(setting); });

    m_lessonMenu = menuBar()->addMenu(tr("&Lessons"));
    m_lessonMenu->setObjectName(QStringLiteral("lessonMenu"));
    m_lessonMenu->setToolTipsVisible(true);
    reloadLessons();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About TrialBench"), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About TrialBench"));
        box.setIconPixmap(ui::icon(QStringLiteral("trialbench")).pixmap(64, 64));
        box.setText(
            tr("<h3>TrialBench %1</h3><p>A workbench for trial-and-error experiments: bandits, the survival "
               "game and RLHF simulations, stored and compared.</p>")
                .arg(QStringLiteral(TB_VERSION)));
        box.setInformativeText(tr("Built with %1").arg(libraryVersions()));
        box.exec();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::reloadLessons() {
    m_lessons = loadLessons({userLessonFolder()});
    m_lessonMenu->clear();
    const QString locale = lessonLocale();
    for (const Lesson& l : m_lessons.lessons) {
        QAction* a = m_lessonMenu->addAction(l.title.in(locale), this, [this, id = l.id] { openLesson(id); });
        a->setToolTip(l.summary.in(locale));
        a->setStatusTip(l.summary.in(locale));
        a->setObjectName(QStringLiteral("lesson-") + l.id);
    }
    if (!m_lessons.problems.isEmpty()) {
        const QStringList problems = m_lessons.problems;
        m_lessonMenu->addAction(
            tr("%n lesson file(s) could not be loaded…", nullptr, int(problems.size())), this,
            [this, problems] { showError(tr("Lessons not loaded"), problems.join(QStringLiteral("\n\n"))); });
    }
    m_lessonMenu->addSeparator();
    m_lessonMenu->addAction(tr("Open lesson &folder"), this, [] {
        QDir().mkpath(userLessonFolder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(userLessonFolder()));
    });
    m_lessonMenu->addAction(tr("&Reload lessons"), this, [this] { reloadLessons(); });
}

bool MainWindow::openLesson(const QString& id) {
    for (const Lesson& l : m_lessons.lessons)
        if (l.id == id) {
            showLesson(l);
            return true;
        }
    return false;
}

bool MainWindow::openLessonFile(const QString& path) {
    try {
        showLesson(readLesson(path));
        return true;
    } catch (const InputError& e) {
        showError(tr("Cannot open the lesson"), qs(joinIssues(e.issues())));
    } catch (const std::exception& e) {
        showError(tr("Cannot open the lesson"), QString::fromUtf8(e.what()));
    }
    return false;
}

void MainWindow::showLesson(const Lesson& lesson, bool run) {
    if (!m_lessonDock) {
        m_lessonDock = new QDockWidget(tr("Lesson"), this);
        m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
        m_lessonDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                                  QDockWidget::DockWidgetClosable);
        m_lessonPanel = new LessonPanel(m_lessonDock);
        m_lessonDock->setWidget(m_lessonPanel);
        // Beside the plots, in the experiment panel's place (one tab away): the window does not grow.
        addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
        tabifyDockWidget(m_experimentDock, m_lessonDock);
        connect(m_lessonPanel, &LessonPanel::runConfig, this,
                [this](const Json& config, const QString& source) { runLessonConfig(config, source); });
    }
    m_lessonPanel->setLesson(lesson);
    m_lessonDock->show();
    m_lessonDock->raise();
    if (!run) return;
    runLessonConfig(lesson.config, tr("Lesson: %1").arg(lesson.title.in(lessonLocale())));
    if (!lesson.show.isEmpty()) plots()->showTabWhenThere(lesson.show);
}

void MainWindow::runLessonConfig(const Json& config, const QString& source) {
    if (m_engine->isRunning()) {
        // The run under way stops first; this one starts when it has ended (onFinished).
        m_pendingRun = std::make_pair(config, source);
        stopRun();
        return;
    }
    if (!loadConfig(config, source)) return;
    startRun();
    if (m_lessonPanel && !m_lessonPanel->lesson().show.isEmpty())
        plots()->showTabWhenThere(m_lessonPanel->lesson().show);
}

void MainWindow::setLiveTuning(bool on, bool runNow) {
    m_liveTuning = on;
    m_liveTuningAction->setChecked(on);
    form()->setSliderMode(on);
    if (on) {
        statusBar()->showMessage(
            tr("Live tuning: each change runs again at once, without recording; Run records."), 8000);
        if (runNow) tune();
    } else {
        m_tunePending.reset();
        m_tuneFull.reset();
        if (m_tunePhase != TunePhase::None && m_engine->isRunning()) m_engine->stop();
        m_tunePhase = TunePhase::None;
        m_presenter->setTunePass(RunPresenter::TunePass::None);
        plots()->dropGhosts();
    }
}

void MainWindow::tune() {
    if (!m_liveTuning || !form()->isValid() || !m_session->store()) return;
    // Latest wins: only the newest config waits; a run under way is stopped (within one checkpoint) and the
    // newest config starts when it has ended (onFinished). Configs passed over in between are never run.
    m_tunePending = form()->config();
    ++m_tuneRequests;
    if (m_engine->isRunning()) {
        m_tuneStopped = m_tuneStopped || m_tuneRun;
        m_engine->stop();
        return;
    }
    startTune();
}

Json MainWindow::tunePreviewConfig(const Json& config, double wallSeconds) const {
    const Kind* kind = findKind(config.value("kind", std::string()));
    if (!kind) return config;
    try {
        return coarseConfig(*kind, kind->spec().withDefaults(config), wallSeconds, m_engine->runnerThreads());
    } catch (const std::exception&) { // a config the form let through but the kind cannot shrink
        return kind->spec().withDefaults(config);
    }
}

namespace {
/// Wall seconds `config` (complete) is estimated to take on `threads` cores (the Runner spreads replicates).
double tuneWallSeconds(const Json& config, int threads) {
    const Kind* kind = findKind(config.value("kind", std::string()));
    if (!kind) return 0;
    return costSeconds(estimateCost(*kind, config)) / runCores(config, threads);
}

/// "Preview (Replicates: 10 of 50, Tasks: 1 000 of 100 000)": the numbers the preview changed, labelled as in
/// the form.
QString tunePreviewNote(const Json& preview, const Json& full) {
    const Kind* kind = findKind(full.value("kind", std::string()));
    QStringList parts;
    std::function<void(const Json&, const Json&, const std::string&)> walk = [&](const Json& a, const Json& b,
                                                                                 const std::string& path) {
        if (a.is_object() && b.is_object()) {
            for (auto it = b.begin(); it != b.end(); ++it)
                if (a.contains(it.key()))
                    walk(a.at(it.key()), it.value(), path.empty() ? it.key() : path + "." + it.key());
        } else if (a.is_number() && b.is_number() && a != b) {
            const Param* p = kind ? kind->spec().find(path) : nullptr;
            const QLocale l;
            parts << MainWindow::tr("%1: %2 of %3")
                         .arg(p ? ui::tre(p->label) : qs(path), l.toString(a.get<double>(), 'g', 10),
                              l.toString(b.get<double>(), 'g', 10));
        }
    };
    walk(preview, full, std::string());
    return MainWindow::tr("Preview (%1)").arg(parts.join(QStringLiteral(", ")));
}
} // namespace

void MainWindow::startTune() {
    if (!m_tunePending) return;
    const Json config = *std::exchange(m_tunePending, std::nullopt);
    m_tuneRunRequest = m_tuneRequests; // the pending config is always the newest change
    plots()->keepGhosts();             // the last complete result stays faint until this one is complete
    m_tuneRun = true;
    ++m_tuneRuns;
    // The first pass: a config of the same shape that is estimated to take kTunePreviewSeconds (corrected by
    // what the last previews took), drawn at once; the full config refines it when it is done.
    const Json preview = tunePreviewConfig(config, kTunePreviewSeconds / m_tuneSpeed);
    const Kind* kind = findKind(config.value("kind", std::string()));
    if (!kind || !m_tunePreviewsOn || preview == kind->spec().withDefaults(config)) {
        m_tunePhase = TunePhase::None;
        m_tuneFull.reset();
        m_presenter->setTunePass(RunPresenter::TunePass::None);
        runConfig(config, false, false);
        return;
    }
    m_tunePhase = TunePhase::Preview;
    m_tuneFull = config;
    m_tuneNote = tunePreviewNote(preview, kind->spec().withDefaults(config));
    m_tuneEstimate = tuneWallSeconds(preview, m_engine->runnerThreads());
    ++m_tunePreviews;
    m_presenter->setTunePass(RunPresenter::TunePass::Preview, m_tuneNote);
    runConfig(preview, false, false);
}

void MainWindow::refineTune() {
    m_tunePhase = TunePhase::Refine;
    ++m_tuneRefines;
    m_presenter->setTunePass(RunPresenter::TunePass::Refine, m_tuneNote);
    runConfig(*std::exchange(m_tuneFull, std::nullopt), false, false);
}

void MainWindow::setTheme(ThemeChoice theme) {
    applyAppearance(theme, presenterMode());
    if (m_options.useSettings) QSettings().setValue(QStringLiteral("view/theme"), themeName(theme));
    if (QAction* a = findChild<QAction*>(QStringLiteral("theme-") + themeName(theme))) a->setChecked(true);
    onStoreChanged(); // the store line's colour
}

void MainWindow::setPresenterMode(bool on) {
    if (on == presenterMode()) return;
    applyAppearance(currentTheme(), on);
    m_presenterAction->setChecked(on);
    if (on) {
        m_normalRect = geometry();
        m_wasMaximized = isMaximized();
        m_controlsHiddenBeforePresenter = m_controlsHidden;
        showFullScreen();
        // Without a window manager (a kiosk, Xvfb) nothing honours the full-screen state: take the screen.
        if (screen()) setGeometry(screen()->geometry());
        setControlsHidden(true); // the plots and the lesson; View > Hide controls brings the rest back
        if (m_lessonDock) {
            m_lessonDock->setTitleBarWidget(new QWidget(m_lessonDock)); // no small title bar on a big screen
            // Once the full-screen geometry is in place: a third of the screen for the lesson.
            QTimer::singleShot(0, this, [this] {
                if (m_lessonDock && m_lessonDock->isVisible())
                    resizeDocks({m_lessonDock}, {std::max(420, width() / 3)}, Qt::Horizontal);
            });
        }
    } else {
        setControlsHidden(m_controlsHiddenBeforePresenter);
        if (m_lessonDock) {
            delete m_lessonDock->titleBarWidget();
            m_lessonDock->setTitleBarWidget(nullptr);
        }
        showNormal();
        if (m_wasMaximized) {
            showMaximized();
        } else if (m_normalRect.isValid()) {
            setGeometry(m_normalRect); // also where no window manager restores it
        }
    }
    onStoreChanged();
}

void MainWindow::setControlsHidden(bool hidden) {
    m_hideControlsAction->setChecked(hidden);
    if (hidden == m_controlsHidden) return;
    m_controlsHidden = hidden;
    QList<QDockWidget*> controls{m_experimentDock, m_browserDock};
    if (m_projectionDock) controls << m_projectionDock;
    if (hidden) {
        m_hiddenControls.clear();
        for (QDockWidget* d : controls)
            if (d->isVisible()) {
                m_hiddenControls << d;
                d->hide();
            }
        statusBar()->hide();
    } else {
        for (QDockWidget* d : std::as_const(m_hiddenControls)) d->show();
        m_hiddenControls.clear();
        statusBar()->show();
    }
}

bool MainWindow::requestLanguage(const QString& setting) {
    if (m_engine->isRunning() || isImporting()) {
        showError(tr("Cannot switch the language"), tr("Wait for the current run to end, or stop it."));
        return false;
    }
    emit languageChangeRequested(setting);
    return true;
}

ui::ParamForm* MainWindow::form() const {
    return m_panel->form();
}
ui::SnapshotView* MainWindow::plots() const {
    return m_presenter->plots();
}
ui::CompareView* MainWindow::compareView() const {
    return m_presenter->compareView();
}
QPushButton* MainWindow::runButton() const {
    return m_panel->runButton();
}
QPushButton* MainWindow::pauseButton() const {
    return m_panel->pauseButton();
}
QPushButton* MainWindow::stepButton() const {
    return m_panel->stepButton();
}
QPushButton* MainWindow::stopButton() const {
    return m_panel->stopButton();
}
int MainWindow::refreshCount() const {
    return m_presenter->refreshCount();
}
QString MainWindow::storePath() const {
    return m_session->path();
}
QString MainWindow::storeStatusText() const {
    return m_storeLabel->text();
}

bool MainWindow::loadConfigArgument(const QString& arg) {
    return m_panel->loadArgument(arg);
}

bool MainWindow::loadConfig(const Json& config, const QString& source) {
    return m_panel->loadConfig(config, source);
}

bool MainWindow::saveConfig(const QString& path) {
    // Never over a store (the open one, its -wal/-shm, or any other), and whole or not at all.
    try {
        if (const auto store = m_session->store())
            checkExportTarget(path.toStdString(), store->path());
        else
            checkNotAStoreFile(path.toStdString());
        writeFileAtomically(path.toStdString(), form()->config().dump(2) + "\n");
    } catch (const InputError& e) {
        showError(tr("Cannot save the config"), qs(joinIssues(e.issues())));
        return false;
    } catch (const std::exception& e) {
        showError(tr("Cannot save the config"), QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

bool MainWindow::openStore(const QString& path) {
    if (m_engine->isRunning()) {
        showError(tr("Cannot switch stores"), tr("Stop the current run first."));
        return false;
    }
    return m_session->open(path);
}

void MainWindow::onStoreChanged() {
    const auto store = m_session->store();
    m_engine->setStorePath(m_session->path());
    m_browser->setStore(store);
    const QString notice = m_session->notice();
    if (store) {
        const QString path = QDir::toNativeSeparators(m_session->path());
        m_storeLabel->setText(notice.isEmpty() ? tr("Store: %1").arg(path)
                                               : tr("⚠ Store: %1 (%2)").arg(path, notice));
        setWindowTitle(tr("TrialBench — %1").arg(QFileInfo(m_session->path()).fileName()));
    } else {
        m_storeLabel->setText(QStringLiteral("⚠ ") + notice);
        setWindowTitle(tr("TrialBench — no store"));
    }
    m_storeLabel->setToolTip(m_storeLabel->text());
    m_storeLabel->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((notice.isEmpty() ? ui::mutedTextColor() : ui::warningTextColor()).name()));
    updateControls();
}

void MainWindow::rebuildRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = m_session->recent();
    for (const QString& p : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(p), this, [this, p] { openStore(p); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::startRun() {
    start(false);
}

void MainWindow::start(bool paused) {
    if (m_engine->isRunning() || !form()->isValid() || !m_session->store()) return;
    runConfig(form()->config(), paused);
}

void MainWindow::runConfig(const Json& config, bool paused, bool record) {
    m_engine->start(config, paused, record);
    m_presenter->runRequested(qs(config.value("name", std::string("experiment"))));
    updateControls();
}

void MainWindow::askImport() {
    if (m_engine->isRunning() || isImporting()) {
        showError(tr("Cannot import failure counts"), tr("Wait for the current run to end, or stop it."));
        return;
    }
    // The file first; then its columns (from the header), a cap and the bootstrap.
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import failure counts"), QString(),
                                     tr("Failure counts (*.txt *.csv *.tsv *.dat);;All files (*)"));
    if (path.isEmpty()) return;
    ImportCountsDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty()) return;
    importFailureCounts(dialog.path(), dialog.column(), dialog.cap(), dialog.bootstrap());
}

bool MainWindow::importFailureCounts(const QString& path, const QString& column, qint64 cap, int bootstrap) {
    if (m_engine->isRunning() || isImporting()) {
        showError(tr("Cannot import failure counts"), tr("Wait for the current run to end, or stop it."));
        return false;
    }
    if (const QString refusal = ui::sqliteInputRefusal(path); !refusal.isEmpty()) {
        showError(tr("Cannot import failure counts"), refusal);
        return false;
    }
    if (!m_session->store()) {
        showError(tr("Cannot import failure counts"),
                  tr("There is no store to record the analysis in: %1").arg(m_session->notice()));
        return false;
    }
    // Always read on a worker thread: a list may hold up to 2 GiB of counts, and the GUI thread never waits.
    struct Result {
        std::optional<PooledCounts> counts;
        std::vector<Issue> issues; ///< the engine's, translated on the GUI thread
        std::string error;         ///< another failure's English message
    };
    auto result = std::make_shared<Result>();
    const std::string file = QFile::encodeName(path).toStdString();
    const survival::FailureCountOptions options{column.toStdString(), std::int64_t(cap)};
    m_importThread = QThread::create([result, file, options] {
        try {
            result->counts = survival::readFailureCounts(file, options);
        } catch (const InputError& e) {
            result->issues = e.issues();
        } catch (const std::exception& e) {
            result->error = e.what();
        }
    });
    m_importThread->setObjectName(QStringLiteral("importFailureCounts"));
    const QString source = QFileInfo(path).fileName();
    connect(m_importThread, &QThread::finished, this, [this, result, source, bootstrap] {
        m_importThread->deleteLater();
        m_importThread = nullptr;
        statusBar()->clearMessage();
        updateControls();
        if (!result->counts) {
            const QString error =
                result->issues.empty() ? ui::tre(result->error) : ui::trIssues(result->issues);
            showError(tr("Cannot import failure counts"), error);
            emit importFinished(false, error);
            return;
        }
        const Json config =
            survival::observedConfig(*result->counts, source.toStdString(),
                                     tr("Imported: %1").arg(source).toStdString(), bootstrap, bootstrap, 1);
        if (m_engine->isRunning() || !m_session->store()) { // a run started while the file was read
            const QString why = tr("A run started while the file was read; import it again.");
            showError(tr("Cannot import failure counts"), why);
            emit importFinished(false, why);
            return;
        }
        // The form holds the imported config too, so Run runs it again.
        if (loadConfig(config, source))
            m_panel->setSourceNote(tr("Imported from %1 — press Run to analyse it again").arg(source));
        runConfig(config, false);
        emit importFinished(true, QString());
    });
    statusBar()->showMessage(tr("Reading failure counts from %1…").arg(source));
    m_importThread->start();
    updateControls();
    return true;
}

void MainWindow::togglePause() {
    if (!m_engine->isRunning()) return;
    m_engine->setPaused(!m_engine->isPaused());
    m_presenter->refreshStatus();
    updateControls();
}

void MainWindow::stepRun() {
    // Step from idle: start paused, then run one checkpoint.
    if (!m_engine->isRunning()) start(true);
    if (!m_engine->isRunning()) return;
    if (!m_engine->isPaused()) m_engine->setPaused(true);
    m_engine->step();
    m_presenter->refreshStatus();
    updateControls();
}

void MainWindow::stopRun() {
    m_engine->stop();
}

void MainWindow::onFinished(qint64 id, int status, const QString& message) {
    const bool tuned = std::exchange(m_tuneRun, false);
    const TunePhase phase = std::exchange(m_tunePhase, TunePhase::None);
    // The engine's speed against the estimates (a loaded machine, a slower one): the next previews aim at
    // kTunePreviewSeconds of real time. A preview's whole run counts, from its start to its end: the
    // snapshot's elapsed time stops at the last checkpoint, before the analysis, which is most of a survival
    // preview's cost (measured against that, survival previews grew to 10-20 times their budget).
    if (tuned && phase == TunePhase::Preview && RunStatus(status) == RunStatus::Finished &&
        m_tuneEstimate > 0 && m_tuneClock.isValid()) {
        const double ratio = std::clamp(double(m_tuneClock.nsecsElapsed()) / 1e9 / m_tuneEstimate, 0.1, 20.0);
        m_tuneSpeed = std::clamp(std::sqrt(m_tuneSpeed * ratio), 0.1, 20.0);
    }
    m_tuneClock.invalidate();
    // A tuning run stopped for a newer change is not drawn: the newer change's preview comes next. That holds
    // for one that ended "finished" too: a Stop during a survival run's final analysis cuts its bootstraps
    // short, and a preview may complete while the Stop is on its way.
    const bool superseded =
        tuned && m_tunePending && !m_closing && (RunStatus(status) != RunStatus::Finished || m_tuneStopped);
    m_tuneStopped = false;
    if (tuned && RunStatus(status) == RunStatus::Finished && !superseded)
        m_tuneShownRequest = m_tuneRunRequest;
    if (superseded)
        m_presenter->runSuperseded();
    else
        m_presenter->runFinished(id, status, message);
    if (!tuned || id >= 0) m_browser->refresh();
    if (id >= 0) m_browser->selectIds({id});
    updateControls();
    if (m_closing) {
        close();
        return;
    }
    if (RunStatus(status) == RunStatus::Failed)
        showError(tr("The run failed"), message.isEmpty() ? tr("Unknown error") : message);
    if (!m_engine->latest()) requestPreview(); // nothing ran (a config that cannot run): back to the preview
    if (m_pendingRun) {
        const auto [config, source] = *std::exchange(m_pendingRun, std::nullopt);
        runLessonConfig(config, source);
    } else if (m_tunePending) {
        startTune(); // a newer change: its preview replaces this pass (latest wins)
    } else if (tuned && phase == TunePhase::Preview && m_tuneFull && m_liveTuning &&
               RunStatus(status) == RunStatus::Finished) {
        m_tuneRun = true;
        refineTune(); // the preview is drawn; the full config refines it
    } else {
        m_tuneFull.reset();
        m_presenter->setTunePass(RunPresenter::TunePass::None);
        if (tuned && RunStatus(status) == RunStatus::Finished)
            plots()->dropGhosts(); // the new result is complete: the faint previous one goes
    }
}

void MainWindow::onDeleted(const QList<qint64>& ids) {
    m_presenter->forget(m_session->store().get(), ids);
    if (!m_engine->latest()) requestPreview();
}

void MainWindow::updateControls() {
    const bool running = m_engine->isRunning();
    const bool paused = running && m_engine->isPaused();
    m_panel->setRunState(running, paused, m_session->store() ? QString() : m_session->notice(),
                         m_liveTuning && (!running || m_tuneRun));
    m_runAction->setEnabled(runButton()->isEnabled());
    m_pauseAction->setEnabled(running);
    m_stepAction->setEnabled(stepButton()->isEnabled());
    m_stopAction->setEnabled(running);
    // The browser reads "running" from the store; only the window knows the run is paused.
    m_browser->setLiveRun(running ? m_engine->experimentId() : -1, paused);
}

void MainWindow::requestPreview() {
    // Before the first run the centre previews the form's config (empty plots with their legends). It is
    // prepared on the engine thread; only the latest edit's preview is shown.
    if (m_engine->isRunning() || m_engine->latest() || !form()->isValid()) return;
    m_engine->requestPreview(form()->config());
}

ui::ProjectionView* MainWindow::showProjection() {
    if (!m_projectionDock) {
        m_projectionDock = new QDockWidget(tr("Scaling projection"), this);
        m_projectionDock->setObjectName(QStringLiteral("projectionDock"));
        m_projectionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                                      QDockWidget::DockWidgetClosable);
        m_projection = new ui::ProjectionView(m_projectionDock);
        m_projectionDock->setWidget(m_projection);
        addDockWidget(Qt::RightDockWidgetArea, m_projectionDock);
        resizeDocks({m_projectionDock}, {std::max(640, width() / 2)}, Qt::Horizontal);
    }
    m_projectionDock->show();
    m_projectionDock->raise();
    return m_projection;
}

ui::StepModePanel* MainWindow::showStepMode() {
    if (!m_stepModeDock) {
        m_stepModeDock = new QDockWidget(tr("Step mode"), this);
        m_stepModeDock->setObjectName(QStringLiteral("stepModeDock"));
        m_stepModeDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                                    QDockWidget::DockWidgetClosable);
        m_stepMode = new ui::StepModePanel(m_stepModeDock);
        m_stepModeDock->setWidget(m_stepMode);
        addDockWidget(Qt::RightDockWidgetArea, m_stepModeDock);
        // Docked at the right when the window has room for ten arms beside the plots, else floating over the
        // window (the user can dock it), so that opening it never pushes the window off the screen.
        const int room = width() - centralWidget()->minimumSizeHint().width() -
                         (m_experimentDock->isVisible() ? m_experimentDock->width() : 0);
        if (room >= 700) {
            resizeDocks({m_stepModeDock}, {std::min(room, std::max(700, width() / 2))}, Qt::Horizontal);
        } else {
            m_stepModeDock->setFloating(true);
            const QScreen* sc = screen() ? screen() : QGuiApplication::primaryScreen();
            const QRect avail = sc->availableGeometry();
            const QSize size(std::min(1100, avail.width() - 40), std::min(820, avail.height() - 60));
            m_stepModeDock->resize(size);
            m_stepModeDock->move(avail.center() - QPoint(size.width() / 2, size.height() / 2));
        }
        m_stepMode->setConfigSource([this] { return form()->config(); });
        connect(form(), &ui::ParamForm::configChanged, m_stepMode, &ui::StepModePanel::scheduleReload);
    }
    m_stepModeDock->show();
    m_stepModeDock->raise();
    return m_stepMode;
}

void MainWindow::showLive() {
    m_presenter->showLive();
}

/// A stored sweep with more runs than this opens in its sweep window only (its curves would be a blur).
constexpr std::size_t kSweepRunsShown = 40;

void MainWindow::openStoredRun(qint64 id) {
    const auto store = m_session->store();
    if (!store) return;
    // A sweep: its cells against its parameters, in a window of its own (Resume when it did not finish); its
    // runs in the main view too when they are few enough to tell apart.
    const bool sweep = !store->sweepCells(id).empty();
    if (const auto row = store->experiment(id);
        !sweep || (row && std::size_t(row->runCount) <= kSweepRunsShown))
        m_presenter->showStored(*store, id);
    try {
        if (sweep) {
            auto* w = SweepWindow::openStored(id, storePath(), m_engine->runnerThreads(), this);
            w->show();
        }
    } catch (const std::exception& e) {
        showError(tr("Cannot show the sweep"), ui::tre(e.what()));
    }
}

void MainWindow::startSweep() {
    SweepDialog dialog(form()->config(), m_engine->runnerThreads(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    try {
        auto* w = SweepWindow::startNew(planSweep(dialog.sweepConfig()), storePath(),
                                        m_engine->runnerThreads(), this);
        w->show();
    } catch (const std::exception& e) {
        showError(tr("Cannot run the sweep"), ui::tre(e.what()));
    }
}

void MainWindow::rerunStored(qint64 id) {
    const auto store = m_session->store();
    if (!store || m_engine->isRunning()) return;
    try {
        const Json config = store->config(id);
        if (loadConfig(config, tr("run #%1").arg(id)))
            m_panel->setSourceNote(tr("Configuration of run #%1 — press Run to run it again").arg(id));
    } catch (const std::exception& e) {
        showError(tr("Cannot load the run's configuration"), ui::tre(e.what()));
    }
}

void MainWindow::compareRuns(const QList<qint64>& ids) {
    if (const auto store = m_session->store()) m_presenter->compare(*store, ids);
}

void MainWindow::showError(const QString& title, const QString& text) {
    m_lastError = text;
    if (QApplication::platformName() == QLatin1String("offscreen")) {
        qWarning("%s: %s", qPrintable(title), qPrintable(text));
        return;
    }
    QMessageBox::warning(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_closing && m_options.useSettings) {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/state"), saveState());
    }
    if (m_engine->isRunning()) {
        // Closing mid-run: stop (within one checkpoint) and let the engine finish and flush the store, so the
        // run is recorded as interrupted with every completed checkpoint. The GUI thread does not wait: the
        // window is disabled, says so, and closes when the engine says the run has ended (onFinished).
        if (!m_closing) {
            m_closing = true;
            m_engine->stop();
            setEnabled(false);
            statusBar()->showMessage(tr("Stopping the run and saving it before closing…"));
        }
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QMimeData* md = event->mimeData();
    if (md->hasUrls() && !md->urls().isEmpty() && md->urls().front().isLocalFile() &&
        md->urls().front().toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || m_engine->isRunning()) return;
    if (loadConfigArgument(urls.front().toLocalFile())) event->acceptProposedAction();
}

namespace {
QString shellQuoted(const QString& s) {
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}
} // namespace

QString cliCommand(const Json& config, const QString& storePath) {
    QString line = QStringLiteral("trialbench-cli run");
    if (!storePath.isEmpty())
        line += QStringLiteral(" --db ") + shellQuoted(QDir::toNativeSeparators(storePath));
    for (const auto& preset : presets())
        if (preset.config == config) return line + QStringLiteral(" preset:") + qs(preset.name);
    return line + QLatin1Char(' ') +
           shellQuoted(qs(config.dump(-1, ' ', false, Json::error_handler_t::strict)));
}

} // namespace tb::gui

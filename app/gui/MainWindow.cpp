#include "MainWindow.h"

#include <Eigen/Core>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <boost/version.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <qcustomplot.h>
#include <sqlite3.h>

#include "CompareView.h"
#include "EngineController.h"
#include "Icons.h"
#include "ParamForm.h"
#include "PlotPanel.h"
#include "RunBrowser.h"
#include "RunBrowserModel.h"
#include "SnapshotView.h"
#include "store/Export.h"
#include "store/StoreFile.h"
#include "QtText.h"

#ifndef TB_VERSION
#define TB_VERSION "0.0.0"
#endif

namespace tb::gui {

using ui::qs;

namespace {
constexpr int kPullIntervalMs = 33;
constexpr int kMaxRecent = 8;
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

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent), m_options(std::move(options)) {
    setObjectName(QStringLiteral("MainWindow"));
    ui::PlotPanel::setRememberSettings(m_options.useSettings); // the legend place of each plot type
    setWindowIcon(ui::icon(QStringLiteral("trialbench")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_engine = new EngineController(this);

    // Centre: a header naming what is shown, then the plot tabs or a comparison.
    auto* centre = new QWidget(this);
    auto* cl = new QVBoxLayout(centre);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    auto* header = new QFrame(centre);
    header->setObjectName(QStringLiteral("header"));
    header->setStyleSheet(
        QStringLiteral("#header { background: #f6f7f9; border-bottom: 1px solid #e3e6ea; }"));
    auto* hl = new QHBoxLayout(header);
    hl->setContentsMargins(12, 8, 12, 8);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(1);
    m_title = new QLabel(header);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() + 2.5);
    tf.setBold(true);
    m_title->setFont(tf);
    m_subtitle = new QLabel(header);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5b6370;"));
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    hl->addLayout(titles, 1);
    m_backToLive = new QToolButton(header);
    m_backToLive->setText(tr("Back to the current run"));
    m_backToLive->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_backToLive->hide();
    connect(m_backToLive, &QToolButton::clicked, this, &MainWindow::showLive);
    hl->addWidget(m_backToLive);
    cl->addWidget(header);
    m_centre = new QStackedWidget(centre);
    m_plots = new ui::SnapshotView(m_centre);
    m_compare = new ui::CompareView(m_centre);
    m_centre->addWidget(m_plots);
    m_centre->addWidget(m_compare);
    cl->addWidget(m_centre, 1);
    setCentralWidget(centre);

    // Left dock: the experiment.
    m_experimentDock = new QDockWidget(tr("Experiment"), this);
    m_experimentDock->setObjectName(QStringLiteral("experimentDock"));
    m_experimentDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_experimentDock->setWidget(buildExperimentPanel());
    addDockWidget(Qt::LeftDockWidgetArea, m_experimentDock);

    // Bottom dock: the run browser.
    m_browserDock = new QDockWidget(tr("Runs"), this);
    m_browserDock->setObjectName(QStringLiteral("browserDock"));
    m_browserDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                               QDockWidget::DockWidgetClosable);
    m_browser = new ui::RunBrowser(m_browserDock);
    m_browserDock->setWidget(m_browser);
    addDockWidget(Qt::BottomDockWidgetArea, m_browserDock);
    connect(m_browser, &ui::RunBrowser::openRequested, this, &MainWindow::openStoredRun);
    connect(m_browser, &ui::RunBrowser::rerunRequested, this, &MainWindow::rerunStored);
    connect(m_browser, &ui::RunBrowser::compareRequested, this, &MainWindow::compareRuns);

    // Status bar.
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Idle"));
    m_throughput = new QLabel(this);
    m_throughput->setMinimumWidth(150);
    m_storeLabel = new QLabel(this);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeLabel->setStyleSheet(QStringLiteral("color: #5b6370;"));
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_throughput);
    statusBar()->addPermanentWidget(m_storeLabel);

    buildMenus();

    m_pullTimer = new QTimer(this);
    m_pullTimer->setInterval(kPullIntervalMs);
    m_pullTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pullTimer, &QTimer::timeout, this, &MainWindow::pull);
    connect(m_engine, &EngineController::finished, this, &MainWindow::onFinished);
    connect(m_engine, &EngineController::recording, this, [this](qint64) { m_browser->refresh(); });
    connect(m_engine, &EngineController::storeFailed, this, [this](const QString& msg) {
        showError(tr("The run is not recorded"),
                  tr("The store could not be opened for writing:\n%1").arg(msg));
    });

    QSettings settings;
    // Store: --db, else $TRIALBENCH_DB, else the last store used, else the CLI's default.
    QString store = m_options.storePath;
    if (store.isEmpty()) store = qEnvironmentVariable("TRIALBENCH_DB");
    if (store.isEmpty() && m_options.useSettings)
        store = settings.value(QStringLiteral("store/last")).toString();
    if (store.isEmpty()) store = qs(RunStore::resolvePath(""));
    if (!openStore(store) && store != qs(RunStore::resolvePath(""))) openStore(qs(RunStore::resolvePath("")));

    // Config: argument, else the last preset, else classic-10-arm.
    bool loaded = false;
    if (!m_options.config.isEmpty()) loaded = loadConfigArgument(m_options.config);
    if (!loaded) {
        QString preset = m_options.useSettings
                             ? settings.value(QStringLiteral("experiment/lastPreset")).toString()
                             : QString();
        if (preset.isEmpty() || !findPreset(preset.toStdString())) preset = QStringLiteral("classic-10-arm");
        loaded = loadConfigArgument(QStringLiteral("preset:") + preset);
    }
    if (!loaded && !kinds().empty()) setKind(kinds().front());

    resize(1280, 800);
    if (m_options.useSettings) {
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    }
    resizeDocks({m_experimentDock}, {380}, Qt::Horizontal);
    resizeDocks({m_browserDock}, {220}, Qt::Vertical);
    updateControls();
    showPreview();
    updateStatus(nullptr);
}

MainWindow::~MainWindow() {
    m_engine->shutdown();
}

QWidget* MainWindow::buildExperimentPanel() {
    auto* panel = new QWidget(this);
    auto* lay = new QVBoxLayout(panel);
    lay->setContentsMargins(8, 6, 8, 8);
    lay->setSpacing(8);

    auto* top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->setHorizontalSpacing(10);
    m_kindCombo = new QComboBox(panel);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    for (const Kind* k : kinds()) m_kindCombo->addItem(qs(k->label()), qs(k->name()));
    m_presetCombo = new QComboBox(panel);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->setToolTip(tr("Start from a shipped experiment"));
    top->addRow(tr("Kind"), m_kindCombo);
    top->addRow(tr("Preset"), m_presetCombo);
    lay->addLayout(top);
    m_presetHelp = new QLabel(panel);
    m_presetHelp->setWordWrap(true);
    m_presetHelp->setStyleSheet(QStringLiteral("color: #5b6370;"));
    lay->addWidget(m_presetHelp);

    m_form = new ui::ParamForm;
    auto* scroll = new QScrollArea(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* formHost = new QWidget;
    auto* fl = new QVBoxLayout(formHost);
    fl->setContentsMargins(0, 0, 6, 0);
    fl->addWidget(m_form);
    fl->addStretch(1);
    scroll->setWidget(formHost);
    lay->addWidget(scroll, 1);

    m_formState = new QLabel(panel);
    m_formState->setWordWrap(true);
    lay->addWidget(m_formState);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_run = new QPushButton(ui::icon(QStringLiteral("run")), tr("Run"), panel);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Run the experiment (Ctrl+R)"));
    m_run->setStyleSheet(QStringLiteral(
        "QPushButton { background: #0072B2; color: white; border: 1px solid #005a8c; border-radius: 4px;"
        " padding: 5px 14px; font-weight: 600; }"
        "QPushButton:hover { background: #0a7fc4; }"
        "QPushButton:disabled { background: #c9d3dc; border-color: #b7c2cc; color: #f4f6f8; }"));
    m_pause = new QPushButton(ui::icon(QStringLiteral("pause")), tr("Pause"), panel);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Pause between checkpoints; press again to resume"));
    m_step = new QPushButton(ui::icon(QStringLiteral("step")), tr("Step"), panel);
    m_step->setToolTip(tr("Run exactly one more checkpoint"));
    m_stop = new QPushButton(ui::icon(QStringLiteral("stop")), tr("Stop"), panel);
    m_stop->setToolTip(tr("Stop within one checkpoint; the run is kept as interrupted"));
    buttons->addWidget(m_run, 2);
    buttons->addWidget(m_pause, 1);
    buttons->addWidget(m_step, 1);
    buttons->addWidget(m_stop, 1);
    lay->addLayout(buttons);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        const Kind* k = findKind(m_kindCombo->itemData(i).toString().toStdString());
        if (k && k != m_kind) {
            setKind(k);
            if (m_presetCombo->count() > 1) m_presetCombo->setCurrentIndex(1);
        }
    });
    connect(m_presetCombo, &QComboBox::activated, this, [this](int i) {
        const QString name = m_presetCombo->itemData(i).toString();
        if (!name.isEmpty()) loadConfigArgument(QStringLiteral("preset:") + name);
    });
    connect(m_form, &ui::ParamForm::validityChanged, this, [this] {
        updateControls();
        showPreview();
    });
    connect(m_form, &ui::ParamForm::configChanged, this, [this] {
        // An edit makes the config custom; keep the preset selected only while it is unchanged.
        const QString name = m_presetCombo->currentData().toString();
        const Preset* p = name.isEmpty() ? nullptr : findPreset(name.toStdString());
        if (p && m_kind && m_kind->spec().withDefaults(p->config) != m_form->config())
            m_presetCombo->setCurrentIndex(0);
    });
    connect(m_run, &QPushButton::clicked, this, &MainWindow::startRun);
    connect(m_pause, &QPushButton::clicked, this, &MainWindow::togglePause);
    connect(m_step, &QPushButton::clicked, this, &MainWindow::stepRun);
    connect(m_stop, &QPushButton::clicked, this, &MainWindow::stopRun);
    return panel;
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
            QFileDialog::getOpenFileName(this, tr("Open config"), QString(), tr("JSON config (*.json)"));
        if (!path.isEmpty()) loadConfigArgument(path);
    });
    openCfg->setShortcut(QKeySequence::Open);
    QAction* saveCfg = file->addAction(tr("&Save config…"), this, [this] {
        QString path = QFileDialog::getSaveFileName(
            this, tr("Save config"),
            qs(m_form->config().value("name", std::string("experiment"))) + QStringLiteral(".json"),
            tr("JSON config (*.json)"));
        if (!path.isEmpty()) saveConfig(path);
    });
    saveCfg->setShortcut(QKeySequence::Save);
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

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_experimentDock->toggleViewAction()->setText(tr("Experiment panel"));
    m_browserDock->toggleViewAction()->setText(tr("Run browser"));
    view->addAction(m_experimentDock->toggleViewAction());
    view->addAction(m_browserDock->toggleViewAction());

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

void MainWindow::setKind(const Kind* kind) {
    if (!kind) return;
    m_kind = kind;
    {
        QSignalBlocker b(m_kindCombo);
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(qs(kind->name())));
    }
    if (m_form->kind() != kind) m_form->setKind(kind);
    fillPresets();
}

void MainWindow::fillPresets() {
    QSignalBlocker b(m_presetCombo);
    m_presetCombo->clear();
    m_presetCombo->addItem(tr("(custom)"), QString());
    for (const Preset& p : presets()) {
        if (!m_kind || p.config.value("kind", std::string()) != m_kind->name()) continue;
        m_presetCombo->addItem(qs(p.name), qs(p.name));
        m_presetCombo->setItemData(m_presetCombo->count() - 1, qs(p.description), Qt::ToolTipRole);
    }
}

bool MainWindow::loadConfigArgument(const QString& arg) {
    Json config;
    try {
        // A store dropped or opened as a config is refused before any descriptor of it is opened: closing one
        // would drop this process's SQLite locks on it.
        if (store::isSqliteFile(arg.toStdString()))
            throw InputError(std::vector<Issue>{
                {arg.toStdString(),
                 "is an SQLite database (a TrialBench store?), not a config; open stores with "
                 "File > Open store"}});
        config = tb::loadConfigArgument(arg.toStdString());
    } catch (const InputError& e) {
        showError(tr("Cannot load the config"), qs(joinIssues(e.issues())));
        return false;
    } catch (const std::exception& e) {
        showError(tr("Cannot load the config"), QString::fromUtf8(e.what()));
        return false;
    }
    if (!loadConfig(config, arg)) return false;
    const QString prefix = QStringLiteral("preset:");
    if (arg.startsWith(prefix)) {
        const int i = m_presetCombo->findData(arg.mid(prefix.size()));
        m_presetCombo->setCurrentIndex(std::max(0, i));
        const Preset* p = findPreset(arg.mid(prefix.size()).toStdString());
        m_presetHelp->setText(p ? qs(p->description) : QString());
        m_presetHelp->setVisible(p && !p->description.empty());
        if (m_options.useSettings)
            QSettings().setValue(QStringLiteral("experiment/lastPreset"), arg.mid(prefix.size()));
    } else {
        m_presetCombo->setCurrentIndex(0);
        m_presetHelp->setText(tr("Loaded from %1").arg(QFileInfo(arg).fileName()));
        m_presetHelp->show();
    }
    return true;
}

bool MainWindow::loadConfig(const Json& config, const QString& source) {
    if (!config.is_object()) {
        showError(tr("Cannot load the config"), tr("%1: the config must be a JSON object").arg(source));
        return false;
    }
    const Kind* kind = config.contains("kind") && config["kind"].is_string()
                           ? findKind(config["kind"].get<std::string>())
                           : m_kind;
    if (!kind) {
        try {
            (void)tb::prepare(config);
        } catch (const InputError& e) {
            showError(tr("Cannot load the config"),
                      source + QStringLiteral("\n") + qs(joinIssues(e.issues())));
        }
        return false;
    }
    setKind(kind);
    m_form->setConfig(config);
    updateControls();
    return true;
}

bool MainWindow::saveConfig(const QString& path) {
    // Never over a store (the open one, its -wal/-shm, or any other), and whole or not at all.
    try {
        if (m_store)
            checkExportTarget(path.toStdString(), m_store->path());
        else
            checkNotAStoreFile(path.toStdString());
        writeFileAtomically(path.toStdString(), m_form->config().dump(2) + "\n");
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
    std::shared_ptr<RunStore> store;
    try {
        store = std::make_shared<RunStore>(path.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Cannot open the store"), QString::fromUtf8(e.what()));
        return false;
    }
    m_store = store;
    m_engine->setStorePath(qs(store->path()));
    m_browser->setStore(store);
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(qs(store->path()))));
    m_storeLabel->setToolTip(m_storeLabel->text());
    setWindowTitle(tr("TrialBench — %1").arg(QFileInfo(qs(store->path())).fileName()));
    addRecentStore(qs(store->path()));
    if (m_options.useSettings) QSettings().setValue(QStringLiteral("store/last"), qs(store->path()));
    return true;
}

QString MainWindow::storePath() const {
    return m_store ? qs(m_store->path()) : QString();
}

void MainWindow::addRecentStore(const QString& path) {
    if (!m_options.useSettings) return;
    QSettings s;
    QStringList recent = s.value(QStringLiteral("store/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) recent.removeLast();
    s.setValue(QStringLiteral("store/recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = m_options.useSettings
                                   ? QSettings().value(QStringLiteral("store/recent")).toStringList()
                                   : QStringList();
    for (const QString& p : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(p), this, [this, p] { openStore(p); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::startRun() {
    if (m_engine->isRunning() || !m_form->isValid()) return;
    Prepared prepared;
    try {
        prepared = tb::prepare(m_form->config());
    } catch (const InputError& e) {
        showError(tr("The configuration has problems"), qs(joinIssues(e.issues())));
        return;
    } catch (const std::exception& e) {
        showError(tr("Cannot start the run"), QString::fromUtf8(e.what()));
        return;
    }
    m_liveTitle = qs(prepared.config.value("name", std::string("experiment")));
    m_lastVersion = ~0ull;
    m_plots->setLive(true);
    m_plots->setSnapshot(nullptr);
    m_engine->start(prepared, m_pause->isChecked());
    showLive();
    m_pullTimer->start();
    updateControls();
    pull();
}

void MainWindow::togglePause() {
    if (!m_engine->isRunning()) {
        m_pause->setChecked(false);
        return;
    }
    const bool paused = !m_engine->isPaused();
    m_engine->setPaused(paused);
    m_pause->setChecked(paused);
    updateControls();
}

void MainWindow::stepRun() {
    if (!m_engine->isRunning()) {
        // Step from idle: start paused, then run one checkpoint.
        m_pause->setChecked(true);
        startRun();
        if (!m_engine->isRunning()) {
            m_pause->setChecked(false);
            return;
        }
    }
    if (!m_engine->isPaused()) {
        m_engine->setPaused(true);
        m_pause->setChecked(true);
    }
    m_engine->step();
    updateControls();
}

void MainWindow::stopRun() {
    m_engine->stop();
}

void MainWindow::pull() {
    const auto snap = m_engine->latest();
    if (!snap || !m_showingLive) return;
    if (snap->version == m_lastVersion) return;
    m_lastVersion = snap->version;
    m_plots->setSnapshot(snap, m_engine->prepared() ? qs(m_engine->prepared()->kind->stepUnit()) : QString());
    ++m_refreshes;
    updateStatus(snap.get());
}

void MainWindow::onFinished(qint64 id, int status, const QString& message) {
    m_pullTimer->stop();
    m_pause->setChecked(false);
    // Draw the final snapshot exactly (adaptive sampling off).
    m_plots->setLive(false);
    m_lastVersion = ~0ull;
    if (m_showingLive) pull();
    const auto snap = m_engine->latest();
    updateStatus(snap.get());
    const QString st = ui::statusText(RunStatus(status));
    if (m_showingLive)
        setHeader(m_liveTitle,
                  id >= 0 ? tr("Run #%1 · %2%3")
                                .arg(id)
                                .arg(st, message.isEmpty() ? QString() : QStringLiteral(" — ") + message)
                          : st);
    m_browser->refresh();
    if (id >= 0) m_browser->selectIds({id});
    updateControls();
    if (RunStatus(status) == RunStatus::Failed)
        showError(tr("The run failed"), message.isEmpty() ? tr("Unknown error") : message);
    if (m_closing) close();
}

void MainWindow::updateStatus(const Snapshot* s) {
    if (!s) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("Idle"));
        m_throughput->clear();
        return;
    }
    const double frac = s->stepsTotal > 0 ? double(s->stepsDone) / double(s->stepsTotal) : 0.0;
    m_progress->setValue(int(frac * 1000));
    m_progress->setFormat(QStringLiteral("%1%").arg(QLocale().toString(frac * 100, 'f', 0)));
    const QString unit = m_engine->prepared() ? qs(m_engine->prepared()->kind->stepUnit()) : tr("steps");
    double rate = s->stepsPerSecond;
    QString rateText;
    if (rate >= 1e9)
        rateText = QLocale().toString(rate / 1e9, 'f', 2) + tr(" G");
    else if (rate >= 1e6)
        rateText = QLocale().toString(rate / 1e6, 'f', 1) + tr(" M");
    else if (rate >= 1e3)
        rateText = QLocale().toString(rate / 1e3, 'f', 1) + tr(" k");
    else
        rateText = QLocale().toString(rate, 'f', 0) + QLatin1Char(' ');
    m_throughput->setText(tr("%1%2/s").arg(rateText, unit));
    if (m_showingLive && m_engine->isRunning()) {
        const QString state = m_engine->isPaused() ? tr("Paused") : tr("Running");
        setHeader(m_liveTitle,
                  tr("%1 · checkpoint %2 of %3 · %4 replicates · %5 s")
                      .arg(state)
                      .arg(s->done)
                      .arg(s->grid.size())
                      .arg(QLocale().toString(m_engine->prepared() ? m_engine->prepared()->replicates : 0))
                      .arg(QLocale().toString(s->elapsedSeconds, 'f', 1)));
    }
}

void MainWindow::updateControls() {
    const bool running = m_engine->isRunning();
    const bool valid = m_form->isValid();
    const bool paused = running && m_engine->isPaused();
    m_run->setEnabled(!running && valid);
    m_runAction->setEnabled(m_run->isEnabled());
    m_pause->setEnabled(running);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseAction->setEnabled(running);
    m_step->setEnabled(valid && (!running || paused));
    m_stepAction->setEnabled(m_step->isEnabled());
    m_stop->setEnabled(running);
    m_stopAction->setEnabled(running);
    m_kindCombo->setEnabled(!running);
    m_presetCombo->setEnabled(!running);
    m_form->setEnabled(!running);
    if (!valid) {
        const int n = int(m_form->issues().size());
        m_formState->setText(
            tr("⚠ %n problem(s) in the configuration: fix the marked fields to run.", nullptr, n));
        m_formState->setStyleSheet(QStringLiteral("color: #b03a00;"));
    } else {
        m_formState->clear();
    }
    m_formState->setVisible(!valid);
}

void MainWindow::showPreview() {
    // Before a run: empty plots with the legends of the configured policies, so the window is ready to read.
    if (m_engine->isRunning() || m_engine->latest() || !m_showingLive || !m_form->isValid()) return;
    try {
        const Prepared prepared = tb::prepare(m_form->config());
        Runner preview(prepared);
        m_plots->setLive(false);
        m_plots->setSnapshot(preview.latest(), qs(prepared.kind->stepUnit()));
        setHeader(
            qs(prepared.config.value("name", std::string())),
            tr("Ready · %1 replicates · press Run to start").arg(QLocale().toString(prepared.replicates)));
    } catch (const std::exception&) {
    }
}

void MainWindow::setHeader(const QString& title, const QString& subtitle) {
    m_title->setText(title);
    m_subtitle->setText(subtitle);
}

void MainWindow::showLive() {
    m_showingLive = true;
    m_backToLive->hide();
    m_centre->setCurrentWidget(m_plots);
    m_lastVersion = ~0ull;
    const auto snap = m_engine->latest();
    if (snap) {
        m_plots->setLive(m_engine->isRunning());
        m_plots->setSnapshot(snap,
                             m_engine->prepared() ? qs(m_engine->prepared()->kind->stepUnit()) : QString());
        updateStatus(snap.get());
        if (!m_engine->isRunning()) {
            const QString st = ui::statusText(snap->status);
            setHeader(m_liveTitle, m_engine->experimentId() >= 0
                                       ? tr("Run #%1 · %2").arg(m_engine->experimentId()).arg(st)
                                       : st);
        }
    }
}

void MainWindow::openStoredRun(qint64 id) {
    if (!m_store) return;
    try {
        auto snap = std::make_shared<const Snapshot>(m_store->loadSnapshot(id));
        const auto row = m_store->experiment(id);
        const Kind* kind = row ? findKind(row->kind) : nullptr;
        m_showingLive = false;
        m_plots->setLive(false);
        m_plots->setSnapshot(snap, kind ? qs(kind->stepUnit()) : QString());
        m_centre->setCurrentWidget(m_plots);
        m_backToLive->setVisible(m_engine->latest() != nullptr);
        if (row)
            setHeader(qs(row->name),
                      tr("Stored run #%1 · %2 · %3 replicates · started %4")
                          .arg(id)
                          .arg(ui::statusText(row->status))
                          .arg(QLocale().toString(row->replicates))
                          .arg(qs(row->createdAt).replace(QLatin1Char('T'), QLatin1Char(' '))));
    } catch (const std::exception& e) {
        showError(tr("Cannot open the run"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::rerunStored(qint64 id) {
    if (!m_store || m_engine->isRunning()) return;
    try {
        const Json config = m_store->config(id);
        if (loadConfig(config, tr("run #%1").arg(id))) {
            m_presetCombo->setCurrentIndex(0);
            m_presetHelp->setText(tr("Configuration of run #%1 — press Run to run it again").arg(id));
            m_presetHelp->show();
        }
    } catch (const std::exception& e) {
        showError(tr("Cannot load the run's configuration"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::compareRuns(const QList<qint64>& ids) {
    if (!m_store || ids.size() < 2) return;
    std::vector<ui::CompareItem> items;
    try {
        for (qint64 id : ids) {
            ui::CompareItem item;
            const auto row = m_store->experiment(id);
            if (!row) continue;
            item.row = *row;
            item.snapshot = m_store->loadSnapshot(id);
            item.config = m_store->config(id);
            items.push_back(std::move(item));
        }
    } catch (const std::exception& e) {
        showError(tr("Cannot compare the runs"), QString::fromUtf8(e.what()));
        return;
    }
    m_showingLive = false;
    m_compare->setItems(std::move(items));
    m_centre->setCurrentWidget(m_compare);
    m_backToLive->setVisible(true);
    QStringList names;
    for (qint64 id : ids) names << QStringLiteral("#%1").arg(id);
    setHeader(tr("Comparison"), tr("Runs %1 overlaid; the table lists the parameters that differ")
                                    .arg(names.join(QStringLiteral(", "))));
}

void MainWindow::showError(const QString& title, const QString& text) {
    if (QApplication::platformName() == QLatin1String("offscreen")) {
        qWarning("%s: %s", qPrintable(title), qPrintable(text));
        return;
    }
    QMessageBox::warning(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_options.useSettings) {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/state"), saveState());
    }
    // Closing mid-run: stop (within one checkpoint), join the engine thread and flush the store, so the run
    // is recorded as interrupted with every completed checkpoint.
    m_pullTimer->stop();
    m_engine->shutdown();
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

} // namespace tb::gui

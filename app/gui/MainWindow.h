#pragma once
// MainWindow: experiment dock (kind, preset, generated parameter form, Run / Pause / Step / Stop), centre
// plot tabs (live or stored run, or a comparison), run-browser dock, status bar (progress, throughput, store
// path).
#include <QMainWindow>
#include <QPointer>
#include <memory>

#include "run/Registry.h"
#include "store/RunStore.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QMenu;
class QToolButton;
class QDockWidget;

namespace tb::ui {
class ParamForm;
class SnapshotView;
class RunBrowser;
class CompareView;
} // namespace tb::ui

namespace tb::gui {

class EngineController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        QString storePath;       ///< "" = RunStore::resolvePath("") (same default as the CLI)
        QString config;          ///< a JSON file or "preset:NAME" to load at start ("" = last preset)
        bool useSettings = true; ///< restore/save window state and last choices (tests switch it off)
    };
    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Parts, for tests and the benchmark.
    ui::ParamForm* form() const { return m_form; }
    ui::SnapshotView* plots() const { return m_plots; }
    ui::RunBrowser* browser() const { return m_browser; }
    ui::CompareView* compareView() const { return m_compare; }
    EngineController* engine() const { return m_engine; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* stopButton() const { return m_stop; }
    QString storePath() const;
    /// Number of snapshot pulls that led to a redraw (for the benchmark).
    int refreshCount() const { return m_refreshes; }

public slots:
    bool openStore(const QString& path);
    bool loadConfigArgument(const QString& arg); ///< a JSON file path or "preset:NAME"
    bool loadConfig(const Json& config, const QString& source);
    bool saveConfig(const QString& path);
    void startRun();
    void togglePause();
    void stepRun();
    void stopRun();
    void openStoredRun(qint64 id);
    void rerunStored(qint64 id);
    void compareRuns(const QList<qint64>& ids);
    void showLive();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    QWidget* buildExperimentPanel();
    void fillPresets();
    void setKind(const Kind* kind);
    void pull();
    void onFinished(qint64 id, int status, const QString& message);
    void updateControls();
    void updateStatus(const Snapshot* s);
    void setHeader(const QString& title, const QString& subtitle);
    void showPreview();
    void addRecentStore(const QString& path);
    void rebuildRecentMenu();
    void showError(const QString& title, const QString& text);

    Options m_options;
    EngineController* m_engine = nullptr;
    std::shared_ptr<RunStore> m_store;
    const Kind* m_kind = nullptr;

    QComboBox* m_kindCombo = nullptr;
    QComboBox* m_presetCombo = nullptr;
    QLabel* m_presetHelp = nullptr;
    ui::ParamForm* m_form = nullptr;
    QPushButton *m_run = nullptr, *m_pause = nullptr, *m_step = nullptr, *m_stop = nullptr;
    QLabel* m_formState = nullptr;

    QStackedWidget* m_centre = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QToolButton* m_backToLive = nullptr;
    ui::SnapshotView* m_plots = nullptr;
    ui::CompareView* m_compare = nullptr;
    ui::RunBrowser* m_browser = nullptr;
    QDockWidget* m_experimentDock = nullptr;
    QDockWidget* m_browserDock = nullptr;

    QProgressBar* m_progress = nullptr;
    QLabel* m_throughput = nullptr;
    QLabel* m_storeLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction *m_runAction = nullptr, *m_pauseAction = nullptr, *m_stepAction = nullptr,
            *m_stopAction = nullptr;

    QTimer* m_pullTimer = nullptr;
    std::uint64_t m_lastVersion = ~0ull;
    bool m_showingLive = true;
    bool m_closing = false;
    int m_refreshes = 0;
    QString m_liveTitle;
};

/// "Qt 6.4.2 · QCustomPlot 2.1.0 · Boost 1.81 · Eigen 3.4.0 · SQLite 3.40.1 · nlohmann_json 3.11.2"
QString libraryVersions();

} // namespace tb::gui

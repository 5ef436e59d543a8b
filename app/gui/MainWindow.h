#pragma once
// MainWindow composes the window's parts: the experiment dock (ExperimentPanel: kind, preset, generated
// parameter form, Run / Pause / Step / Stop), the centre and the run's status (RunPresenter: live or stored
// run, or a comparison), the run-browser dock, the store (StoreSession) and the engine thread
// (EngineController). It owns the menus, the window geometry and closing.
#include <QElapsedTimer>
#include <QMainWindow>
#include <QRect>
#include <optional>
#include <utility>

#include "Appearance.h"
#include "Lessons.h"
#include "core/JsonText.h"

class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QThread;

namespace tb::ui {
class ParamForm;
class SnapshotView;
class RunBrowser;
class CompareView;
class ProjectionView;
class StepModePanel;
} // namespace tb::ui

namespace tb::gui {

class EngineController;
class LessonPanel;
class ExperimentPanel;
class RunPresenter;
class StoreSession;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        QString storePath;       ///< "" = $TRIALBENCH_DB, else the last store, else the CLI's default
        QString config;          ///< a JSON file or "preset:NAME" to load at start ("" = last preset)
        bool useSettings = true; ///< restore/save window state and last choices (tests switch it off)
    };
    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Parts, for tests and the benchmark.
    ExperimentPanel* experimentPanel() const { return m_panel; }
    RunPresenter* presenter() const { return m_presenter; }
    StoreSession* storeSession() const { return m_session; }
    ui::ParamForm* form() const;
    ui::SnapshotView* plots() const;
    ui::RunBrowser* browser() const { return m_browser; }
    ui::CompareView* compareView() const;
    EngineController* engine() const { return m_engine; }
    QPushButton* runButton() const;
    QPushButton* pauseButton() const;
    QPushButton* stepButton() const;
    QPushButton* stopButton() const;
    QString storePath() const;
    /// The store's line in the status bar (its path, or why there is none).
    QString storeStatusText() const;
    /// Number of snapshot pulls that led to a redraw (for the benchmark).
    int refreshCount() const;
    /// The text of the last error the window reported (a message box, or a warning under offscreen).
    QString lastError() const { return m_lastError; }
    /// A failure-count file is being read (File > Import failure counts…).
    bool isImporting() const { return m_importThread != nullptr; }
    /// View > Scaling projection…: the projection view in a dock at the right (made at the first call).
    ui::ProjectionView* showProjection();
    const LessonLibrary& lessonLibrary() const { return m_lessons; }
    LessonPanel* lessonPanel() const { return m_lessonPanel; } ///< null until a lesson was opened
    QDockWidget* lessonDock() const { return m_lessonDock; }
    /// The projection view, null until it was first shown.
    ui::ProjectionView* projectionView() const { return m_projection; }
    /// View > Step mode (bandits)…: the step-mode panel in a dock at the right (made at the first call),
    /// playing the form's config.
    ui::StepModePanel* showStepMode();
    /// The step-mode panel, null until it was first shown.
    ui::StepModePanel* stepModePanel() const { return m_stepMode; }

    /// Wall time a tuning preview aims at (before the engine's measured speed corrects the estimates).
    static constexpr double kTunePreviewSeconds = 0.04;

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
    /// Run > Sweep…: sets up a sweep of the form's config (SweepDialog) and runs it in a SweepWindow.
    void startSweep();
    void compareRuns(const QList<qint64>& ids);
    void showLive();
    /// View > Language: asks for the window in `setting` ("" = the system's language, else a code of
    /// languages()) with languageChangeRequested(); refused (false, and the window says why) while a run or
    /// an import is under way. The window builds its texts once, so WindowHost rebuilds it in the language.
    bool requestLanguage(const QString& setting);
    /// View > Live tuning: sliders in the form; every change re-runs the config at once without recording it,
    /// latest wins (a run under way is stopped, configs passed over are dropped, never queued), and the last
    /// result stays faint in the plots until the new one is complete.
    /// `runNow` false: the sliders only, the next change runs (WindowHost restoring the mode in a new
    /// window).
    void setLiveTuning(bool on, bool runNow = true);
    bool liveTuning() const { return m_liveTuning; }
    /// Tuning runs started and changes asked for since the window opened (for tests and the benchmark).
    /// tuneRuns() counts each change that started running (its preview, or its full run when it needs none);
    /// tunePreviews() the previews among them, tuneRefines() the full runs started after a preview.
    int tuneRuns() const { return m_tuneRuns; }
    int tuneRequests() const { return m_tuneRequests; }
    int tunePreviews() const { return m_tunePreviews; }
    /// The change (its number in tuneRequests()) whose result, preview or full, the plots show last.
    int tuneShownRequest() const { return m_tuneShownRequest; }
    int tuneRefines() const { return m_tuneRefines; }
    /// Whether tuning changes run a preview first (on by default; off: every change runs its full config
    /// only, as before issue 12's first pass, for the benchmark's comparison).
    void setTunePreviewsEnabled(bool on) { m_tunePreviewsOn = on; }
    /// The plots show a preview (the first pass of a tuning change) and not yet its full result.
    bool showsTunePreview() const { return m_tunePhase != TunePhase::None; }
    /// The config a tuning change runs first (Kind::coarse through tb::coarseConfig), estimated to take about
    /// `wallSeconds`; `config` itself (with its defaults) when it is that cheap already.
    Json tunePreviewConfig(const Json& config, double wallSeconds) const;

    /// View > Theme: System (follows the platform palette), Light or Dark; remembered with settings on.
    void setTheme(ThemeChoice theme);
    /// View > Presenter mode: full screen, fonts twice as large, thick lines; off restores the window.
    void setPresenterMode(bool on);
    /// View > Hide controls: only the centre (plots) and the lesson stay; the docks that were open come back.
    void setControlsHidden(bool hidden);
    bool controlsHidden() const { return m_controlsHidden; }
    /// Lessons > a lesson: its config into the form, run, its explanation and steps in the Lesson dock, its
    /// "show" tab in front. False for an unknown id.
    bool openLesson(const QString& id);
    /// File > Open lesson…: reads and checks the file (docs/lessons.md); a problem is shown, nothing changes.
    bool openLessonFile(const QString& path);
    /// `lesson` in the Lesson dock as it was in another window, without loading or running its config
    /// (WindowHost, after a language change: the form and the plots are restored separately).
    void restoreLesson(const Lesson& lesson) { showLesson(lesson, false); }
    /// The built-in and user lessons again (Lessons > Reload lessons).
    void reloadLessons();
    /// File > Import failure counts… after its dialog: reads the counts of `path` (a plain list, or the CSV
    /// `column`; counts >= `cap` censored when cap > 0) on a worker thread, then loads the survival config
    /// that analyses them ("Imported: <file name>", survival::observedConfig) into the form and runs it like
    /// Run does: recorded, shown live with its analysis, listed in the run browser. A file that cannot be
    /// read is reported (each problem as FILE:LINE with the content) and nothing is stored or run.
    /// importFinished() follows unless this returns false (a run or an import under way, no store).
    bool importFailureCounts(const QString& path, const QString& column = QString(), qint64 cap = 0,
                             int bootstrap = 1000);

signals:
    /// An import ended: `ok` with its run started, else `error` says why (shown to the user too).
    void importFinished(bool ok, const QString& error);
    /// View > Language chose `setting` and nothing is running (requestLanguage()).
    void languageChangeRequested(const QString& setting);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void showLesson(const Lesson& lesson, bool run = true);
    /// Loads `config` into the form and runs it; a run under way is stopped first and this one follows.
    void runLessonConfig(const Json& config, const QString& source);
    void start(bool paused);
    void runConfig(const Json& config, bool paused, bool record = true);
    void tune();
    void startTune();
    /// The preview of the change under way is complete: run its full config, or the newer change.
    void refineTune();
    void askImport();
    void onFinished(qint64 id, int status, const QString& message);
    void onStoreChanged();
    void onDeleted(const QList<qint64>& ids);
    void updateControls();
    void requestPreview();
    void rebuildRecentMenu();
    void showError(const QString& title, const QString& text);
    void placeOnScreen(bool restored);

    Options m_options;
    EngineController* m_engine = nullptr;
    StoreSession* m_session = nullptr;
    ExperimentPanel* m_panel = nullptr;
    RunPresenter* m_presenter = nullptr;
    ui::RunBrowser* m_browser = nullptr;
    QDockWidget* m_experimentDock = nullptr;
    QDockWidget* m_browserDock = nullptr;
    QDockWidget* m_projectionDock = nullptr;
    ui::ProjectionView* m_projection = nullptr;
    QDockWidget* m_stepModeDock = nullptr;
    ui::StepModePanel* m_stepMode = nullptr;
    QLabel* m_storeLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction *m_runAction = nullptr, *m_pauseAction = nullptr, *m_stepAction = nullptr,
            *m_stopAction = nullptr, *m_sweepAction = nullptr;
    QThread* m_importThread = nullptr;
    QAction *m_presenterAction = nullptr, *m_hideControlsAction = nullptr;
    QRect m_normalRect;
    bool m_wasMaximized = false;
    bool m_controlsHidden = false;
    bool m_controlsHiddenBeforePresenter = false;
    QList<QDockWidget*> m_hiddenControls;
    LessonLibrary m_lessons;
    QMenu* m_lessonMenu = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    LessonPanel* m_lessonPanel = nullptr;
    std::optional<std::pair<Json, QString>> m_pendingRun;
    QAction* m_liveTuningAction = nullptr;
    bool m_liveTuning = false, m_tuneRun = false;
    bool m_tuneStopped = false;        ///< the tuning run under way was stopped for a newer change
    std::optional<Json> m_tunePending; ///< the newest config asked for while a run was under way
    /// Live tuning's two passes: the preview (a cheaper config of the same shape) runs first and is drawn at
    /// once; then the full config refines it unless a newer change came.
    enum class TunePhase { None, Preview, Refine };
    TunePhase m_tunePhase = TunePhase::None;
    bool m_tunePreviewsOn = true;
    std::optional<Json> m_tuneFull; ///< the full config of the preview under way
    QString m_tuneNote;             ///< what the preview leaves out ("Preview (Replicates: 10 of 50)")
    double m_tuneEstimate = 0;      ///< the preview's estimated wall seconds
    double m_tuneSpeed = 1;         ///< measured / estimated wall time of the last previews (geometric)
    QElapsedTimer m_tuneClock;      ///< since the preview under way started running
    int m_tuneRuns = 0, m_tuneRequests = 0, m_tunePreviews = 0, m_tuneRefines = 0;
    int m_tuneRunRequest = 0, m_tuneShownRequest = 0; ///< the change the run under way is for; the one shown
    QString m_lastError;
    bool m_closing = false;
    bool m_placed = false; ///< fitted to the screen with its real frame (at the first show)
};

/// The geometry for a window that would like `wanted` (client size) on a screen whose available area is
/// `available`, with a window frame of `frame` around it: `wanted` bounded so that the frame fits, centred;
/// or, for a restored geometry (`restored` = its client rectangle), that rectangle moved and shrunk just
/// enough to fit.
QRect fitToScreen(const QRect& available, const QMargins& frame, const QSize& wanted,
                  const QRect& restored = QRect());

/// The `trialbench-cli run` line that runs `config` into the store at `storePath` ("" = the CLI's default
/// store): `preset:NAME` when the config is exactly a shipped preset, else the config as one single-quoted
/// JSON argument. POSIX-shell quoting throughout, so the line pastes into sh, bash or zsh as it is.
QString cliCommand(const Json& config, const QString& storePath);

/// "Qt 6.4.2 · QCustomPlot 2.1.0 · Boost 1.81 · Eigen 3.4.0 · SQLite 3.40.1 · nlohmann_json 3.11.2"
QString libraryVersions();

} // namespace tb::gui

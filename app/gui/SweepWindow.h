#pragma once
// The window's sweeps (docs/sweeps.md). SweepDialog sets up a "sweep" block for the config in the form: one
// or two numeric parameters (picked from the config's numbers, labelled from the kind's ParamSpec) with a
// range or values, or seeds; it shows the cell count, the whole sweep's estimated time and every problem at
// its JSON path, live. SweepWindow runs a sweep (or shows a stored one, and resumes it when it was
// interrupted) on its own thread through tb::SweepRunner, recording into the window's store, and draws the
// SweepView as cells finish; Stop keeps the finished cells.
#include <QDialog>
#include <QWidget>
#include <memory>
#include <thread>

#include "run/Sweep.h"
#include "store/SweepRunner.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace tb::ui {
class SweepView;
}

namespace tb::gui {

class SweepDialog : public QDialog {
    Q_OBJECT
public:
    /// `config`: the form's config (its kind's numeric parameters are offered).
    SweepDialog(const Json& config, int threads, QWidget* parent = nullptr);
    /// The config with the sweep block set up in the dialog.
    Json sweepConfig() const;
    /// The problems of sweepConfig() ("" when it can run).
    QString problems() const { return m_problems; }

    struct AxisControls {
        QComboBox* path = nullptr;
        QComboBox* mode = nullptr; ///< Range, Values (not for seeds)
        QStackedWidget* stack = nullptr;
        QDoubleSpinBox *from = nullptr, *to = nullptr;
        QSpinBox* count = nullptr;
        QComboBox* scale = nullptr;
        QLineEdit* values = nullptr;
        QSpinBox* seeds = nullptr;
    };
    AxisControls& axis(int i) { return m_axes[i]; }
    QPushButton* runButton() const { return m_run; }

private:
    QWidget* axisRow(int i);
    void pathChanged(int i);
    void update();
    Json axisJson(int i) const;

    Json m_config;
    int m_threads = 0;
    const Kind* m_kind = nullptr;
    std::vector<std::pair<QString, QString>> m_paths; ///< (JSON path, label)
    AxisControls m_axes[2];
    QLabel* m_summary = nullptr;
    QPushButton* m_run = nullptr;
    QString m_problems;
};

class SweepWindow : public QWidget {
    Q_OBJECT
public:
    /// Runs a new sweep of `plan`, recorded in the store at `storePath` ("" = not recorded).
    static SweepWindow* startNew(SweepPlan plan, const QString& storePath, int threads,
                                 QWidget* parent = nullptr);
    /// Shows stored sweep `experimentId` (Resume runs its missing cells when it did not finish).
    static SweepWindow* openStored(std::int64_t experimentId, const QString& storePath, int threads,
                                   QWidget* parent = nullptr);
    ~SweepWindow() override;

    ui::SweepView* view() const { return m_view; }
    bool isRunning() const { return m_thread.joinable(); }
    std::int64_t experimentId() const { return m_experimentId; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* resumeButton() const { return m_resume; }
    QLabel* statusLabel() const { return m_status; }
    /// Stops a sweep under way and waits for it (it stops within milliseconds).
    void stopAndWait();

signals:
    /// The sweep ended (or was stopped); status is a tb::RunStatus.
    void finished(qint64 experimentId, int status);

private:
    SweepWindow(const QString& storePath, int threads, QWidget* parent);
    void launch(std::unique_ptr<SweepRunner> runner);
    void poll();
    void resumeStored();

    QString m_storePath;
    int m_threads = 0;
    SweepPlan m_plan;
    std::unique_ptr<RunStore> m_store; ///< this window's connection (the sweep's thread records through it)
    std::unique_ptr<SweepRunner> m_runner;
    std::thread m_thread;
    std::atomic<bool> m_done{false};
    std::atomic<int> m_result{int(RunStatus::Running)}; ///< how run() ended (set on the sweep's thread)
    std::int64_t m_experimentId = 0;
    std::size_t m_shownDone = std::size_t(-1);

    ui::SweepView* m_view = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_resume = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace tb::gui

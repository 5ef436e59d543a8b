#pragma once
// RunPresenter: what the centre of the window shows and the status bar says about it. The centre is a header
// (title, subtitle, "Back to the current run") over the plot tabs or a comparison; it shows the current run
// (live: the latest snapshot pulled every 33 ms), its preview before the first run, a stored run, or a
// comparison of stored runs. The status bar gets the progress and the throughput of the current run.
#include <QList>
#include <QObject>
#include <memory>

#include "run/LiveDeriver.h"
#include "run/Runner.h"
#include "store/RunStore.h"

class QLabel;
class QProgressBar;
class QStackedWidget;
class QStatusBar;
class QTimer;
class QToolButton;

namespace tb::ui {
class SnapshotView;
class CompareView;
} // namespace tb::ui

namespace tb::gui {

class EngineController;

class RunPresenter : public QObject {
    Q_OBJECT
public:
    /// Builds the centre widget (widget()) and adds the progress and throughput to `statusBar`.
    RunPresenter(EngineController* engine, QStatusBar* statusBar, QWidget* parent);

    QWidget* widget() const { return m_widget; }
    ui::SnapshotView* plots() const { return m_plots; }
    ui::CompareView* compareView() const { return m_compare; }
    QString title() const;
    QString subtitle() const;
    QString throughputText() const;
    /// Number of snapshot pulls that led to a redraw (for the benchmark).
    int refreshCount() const { return m_refreshes; }
    /// The stored runs shown (one when a stored run is open, several in a comparison; none for the current
    /// run).
    QList<qint64> shownStoredRuns() const { return m_shownIds; }

    /// Live tuning's passes (MainWindow): the run asked for next is a change's preview (drawn as it comes,
    /// the header says `note`: what it leaves out), or the full run that refines the preview on view (its
    /// snapshots are not drawn until it has finished, so the preview stays whole; a refinement stopped by a
    /// newer change is never drawn), or neither.
    enum class TunePass { None, Preview, Refine };
    void setTunePass(TunePass pass, const QString& note = QString());
    TunePass tunePass() const { return m_tunePass; }

    /// A run was asked for: show it live (preparing, then running).
    void runRequested(const QString& title);
    /// Its Runner exists: pull its snapshots.
    void runStarted();
    /// The run has its experiment id in the store (exports of the live plots name it).
    void runRecording(qint64 id);
    void runFinished(qint64 id, int status, const QString& message);
    /// A tuning run was stopped because a newer change is waiting: its partial result is never drawn (the
    /// newer change's preview replaces what is on view).
    void runSuperseded();
    /// The pause state changed.
    void refreshStatus();
    /// The preview of the form's config, shown in the live view while there is no run.
    void showPreview(std::shared_ptr<const Snapshot> snapshot, const QString& stepUnit, const QString& name,
                     int replicates);
    void showPreviewProblem(const QString& message);

    void showLive();
    void showStored(const RunStore& store, qint64 id);
    void compare(const RunStore& store, const QList<qint64>& ids);
    /// Runs deleted from the store: nothing shown may keep showing them.
    void forget(const RunStore* store, const QList<qint64>& ids);

signals:
    void failed(const QString& title, const QString& text);

private:
    void pull();
    void updateStatus(const Snapshot* s);
    void setHeader(const QString& title, const QString& subtitle);
    QString stepUnit() const;
    /// The header of the current run once it has ended.
    void showEnded(qint64 id, RunStatus status, const QString& message);
    /// The live view shows the preview (no run yet, or it was deleted).
    bool showsPreview() const;

    EngineController* m_engine;
    QWidget* m_widget = nullptr;
    QStackedWidget* m_centre = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QToolButton* m_backToLive = nullptr;
    ui::SnapshotView* m_plots = nullptr;
    ui::CompareView* m_compare = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_throughput = nullptr;
    QTimer* m_pullTimer = nullptr;

    TunePass m_tunePass = TunePass::None;
    QString m_tuneNote;
    std::shared_ptr<const Snapshot> m_tunePreview; ///< the preview a refinement keeps on view

    std::uint64_t m_lastVersion = ~0ull;
    /// Live analysis of pooled counts (kinds that pool observations), off the GUI thread, latest wins.
    std::unique_ptr<LiveDeriver> m_deriver;
    std::uint64_t m_lastDerived = 0;
    bool m_showingLive = true;
    int m_refreshes = 0;
    QString m_liveTitle;
    QList<qint64> m_shownIds;
    struct Preview {
        std::shared_ptr<const Snapshot> snapshot;
        QString stepUnit, title, subtitle;
    } m_preview;
};

} // namespace tb::gui

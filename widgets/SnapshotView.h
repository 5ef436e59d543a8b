#pragma once
// SnapshotView: the plot tabs of one run, generic over the kind's declared metrics. One tab per plot id of
// the Series metrics (mean line + 95% band per compared variant), one per PerCategory metric (grouped bars),
// and one with the distribution of the headline metric's final values across replicates. Kinds that pool
// observations add their value-axis plots (ValuePlot, from Kind::plots and the derived curves) and an
// Analysis tab (AnalysisView: verdicts with their probabilities and every estimate) in front. Live and stored
// runs are drawn by the same code from a tb::Snapshot. Only the visible tab is refilled while a run is live.
#include <QMap>
#include <QVector>
#include <QWidget>
#include <memory>

#include "ExportPath.h"
#include "PlotPanel.h"
#include "run/Runner.h"

class QTabWidget;

namespace tb::ui {

class PlotPanel;
class SeriesPlot;
class CategoryPlot;
class DistributionPlot;
class ValuePlot;
class AnalysisView;

class SnapshotView : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotView(QWidget* parent = nullptr);

    /// Shows `snapshot` (null clears). `stepUnit` names the x axis ("pulls").
    void setSnapshot(std::shared_ptr<const Snapshot> snapshot, const QString& stepUnit = QString());
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    void setLive(bool live);
    /// The experiment and run shown, for the plots' export file names and titles.
    void setExportSubject(const ExportSubject& subject);

    QTabWidget* tabs() const { return m_tabs; }
    /// The tab showing metric `key` (its name) or plot `key` (a metric's plot id or a value plot's id), -1 if
    /// none.
    int tabOf(const QString& key) const;
    /// Brings that tab to the front; false if there is none (yet).
    bool selectTab(const QString& key);
    /// Live tuning: keeps the curves shown now, drawn faint in each plot (by tab) until dropGhosts(), across
    /// new snapshots and rebuilt tabs. Does nothing while ghosts are kept (they stay those of the last
    /// result).
    void keepGhosts();
    void dropGhosts();
    bool hasGhosts() const { return !m_ghosts.isEmpty(); }
    /// Brings it to the front now, or as soon as a snapshot has it (a lesson's "show" before its run starts).
    void showTabWhenThere(const QString& key);
    QVector<PlotPanel*> panels() const;
    SeriesPlot* seriesPlot(const QString& metric) const; ///< the plot showing a Series metric
    CategoryPlot* categoryPlot(const QString& metric) const;
    DistributionPlot* distributionPlot() const { return m_distribution; }
    ValuePlot* valuePlot(const QString& plotId) const { return m_valuePlots.value(plotId); }
    AnalysisView* analysisView() const { return m_analysis; }
    /// Total replots drawn by all plots (for the responsiveness benchmark).
    int replotCount() const;

    /// "<what> at step N<after> (run in progress)" (or interrupted, failed), N the step of the first
    /// `checkpoints` checkpoints; "<what><after>" for a finished run.
    static QString titleAt(const QString& what, const QString& after, const Snapshot& s,
                           std::size_t checkpoints);
    /// Why `s` has no per-category values (shown in the plot instead of empty axes); `live`: from the engine,
    /// not the store.
    static QString categoriesMissing(const Snapshot& s, bool live);

signals:
    void replotted();

private:
    void rebuild();
    void fill(int tab);
    QString structureKey(const Snapshot& s) const;

    QTabWidget* m_tabs = nullptr;
    std::shared_ptr<const Snapshot> m_snapshot;
    QString m_structure;
    QString m_stepUnit;
    QString m_wanted;                           ///< showTabWhenThere() key not yet shown
    QMap<QString, QVector<PlotGhost>> m_ghosts; ///< by tab title
    bool m_live = false;
    ExportSubject m_subject;
    struct Tab {
        PlotPanel* panel = nullptr;
        QVector<int> series; ///< Series metric indexes shown (SeriesPlot)
        int category = -1;   ///< PerCategory metric index (CategoryPlot)
        bool distribution = false;
        QString valuePlot;     ///< PlotDecl id (ValuePlot)
        bool analysis = false; ///< AnalysisView (then panel is null)
        QWidget* page = nullptr;
        std::uint64_t filledVersion = ~0ull;
    };
    QVector<Tab> m_tabInfo;
    QMap<QString, SeriesPlot*> m_seriesPlots;
    QMap<QString, CategoryPlot*> m_categoryPlots;
    DistributionPlot* m_distribution = nullptr;
    QMap<QString, ValuePlot*> m_valuePlots;
    AnalysisView* m_analysis = nullptr;
    std::uint64_t m_fillCounter = 0;
};

} // namespace tb::ui

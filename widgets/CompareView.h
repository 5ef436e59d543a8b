#pragma once
// CompareView: several stored experiments overlaid in one plot, one line + band per compared variant,
// coloured by variant label (the same policy keeps its colour) and dashed per experiment, plus a table of the
// configuration values that differ between the experiments. What is compared is chosen in one box, generic
// over the kind: a Series metric (a SeriesPlot over the step), a value-axis plot some experiment declares
// (Snapshot::plots: a ValuePlot of every experiment's derived curves with that plot id, guides once) or, when
// any experiment derived something, "Analysis": a table of every run's verdicts and named estimates. For a
// Series metric a tab shows the statistical tests instead of the curves: every compared run's per-replicate
// final values and every pair's Welch and Mann-Whitney tests, effect sizes and verdict (StatisticsView).
// Opened for one experiment, it compares that experiment's runs.
#include <QWidget>
#include <map>
#include <string>
#include <vector>

#include "store/RunStore.h"

class QComboBox;
class QTableWidget;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QVBoxLayout;

namespace tb::ui {

class SeriesPlot;
class StatisticsView;
class ValuePlot;

struct CompareItem {
    ExperimentRow row;
    Snapshot snapshot;
    Json config;
};

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);
    void setItems(std::vector<CompareItem> items);
    SeriesPlot* plot() const { return m_plot; }
    QTableWidget* diffTable() const { return m_diff; }
    /// The choice of what to compare: Series metrics (data: the metric name), value plots and "Analysis".
    QComboBox* metricBox() const { return m_metric; }
    /// Selects the entry with `title` ("Survival curve", "Analysis", a metric's label); false if none.
    bool selectView(const QString& title);
    /// The plot of the chosen value-axis plot (null until one is chosen; replaced when another is).
    ValuePlot* valuePlot() const { return m_valuePlot; }
    /// Verdicts and estimates of every run of every experiment that derived something.
    QTableWidget* analysisTable() const { return m_analysis; }
    /// The widget shown: plot(), valuePlot(), the page holding analysisTable() or statisticsView().
    QWidget* currentView() const;
    /// "Curves" (or "Estimates" for the analysis) and "Statistical tests" (Series metrics only).
    QTabBar* viewTabs() const { return m_viewTabs; }
    /// The statistical tests of the chosen Series metric over every compared run.
    StatisticsView* statisticsView() const { return m_statistics; }
    /// Shows the statistical tests: of the chosen metric, or of the first Series metric (the headline) when
    /// a value plot or the analysis is chosen. False when the runs have no Series metric in common.
    bool showStatistics();
    /// The analysis table as CSV: one row per verdict, per class probability and per estimate, one column per
    /// run, numbers at full precision.
    QString analysisCsv() const;
    bool exportAnalysisCsv(const QString& path, QString* error = nullptr) const;

    /// Flattens a config into (JSON path, compact value) pairs, in document order.
    static std::vector<std::pair<std::string, std::string>> flatten(const Json& config);

private:
    void showMetric();
    void showSeries(const std::string& metric);
    void showValuePlot(const std::string& plotId);
    void showAnalysis();
    void showStatisticsOf(const std::string& metric);

    /// A run of a compared experiment: its header "#id label", experiment e and run r.
    struct RunColumn {
        QString header;
        std::size_t experiment = 0, run = 0;
    };
    std::vector<RunColumn> derivedColumns() const;

    std::vector<CompareItem> m_items;
    QString m_subjectText;                 ///< "runs #3, #4", named in exports
    std::map<std::string, int> m_colourOf; ///< colour index per variant label, in order of first appearance
    QComboBox* m_metric = nullptr;
    QTabBar* m_viewTabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    StatisticsView* m_statistics = nullptr;
    SeriesPlot* m_plot = nullptr;
    ValuePlot* m_valuePlot = nullptr;
    QWidget* m_analysisPage = nullptr;
    QTableWidget* m_analysis = nullptr;
    QLabel* m_analysisNote = nullptr;
    QPushButton* m_analysisExport = nullptr;
    QTableWidget* m_diff = nullptr;
    QLabel* m_heading = nullptr;
};

} // namespace tb::ui

#pragma once
// SweepView: the result of a sweep (run/Sweep.h) drawn against its parameters. One parameter (or one beside
// seeds, pooled): the final mean of the sweep's metric per variant as a line with its 95% band over the
// parameter (a ValuePlot, log x for a log range). Two parameters: a heatmap of one variant's final mean
// (chosen in a box) with a colour bar, the parameters' values as tick labels, and a read-out of the cell
// under the mouse (both values, mean ± 95% CI, replicates). Cells not run yet are left blank, so a sweep
// under way fills in as its cells finish.
#include <QWidget>
#include <vector>

#include "PlotPanel.h"
#include "run/Sweep.h"
#include "store/SweepRunner.h"

class QComboBox;
class QLabel;
class QStackedWidget;
class QCPColorMap;
class QCPColorScale;

namespace tb::ui {

class ValuePlot;

/// The heatmap of a two-parameter sweep.
class SweepHeatmap : public PlotPanel {
    Q_OBJECT
public:
    explicit SweepHeatmap(QWidget* parent = nullptr);
    /// Rows: the first axis's values (y), columns: the second's (x); NaN: no value yet.
    void setGrid(const QStringList& xTicks, const QStringList& yTicks,
                 const std::vector<std::vector<double>>& mean, const std::vector<std::vector<double>>& half,
                 const std::vector<std::vector<int>>& n, bool lowerIsBetter, const QString& valueLabel);
    /// The read-out text for the cell under plot coordinates (x, y) ("" outside the grid).
    QString cellText(double x, double y) const;
    QCPColorMap* colorMap() const { return m_map; }
    QCPColorScale* colorScale() const { return m_scale; }
    QLabel* readoutLabel() const { return m_readout; }
    void writeCsv(QTextStream& out) const override;

protected:
    void rescale() override;
    QString readout(double key) const override;

private:
    QCPColorMap* m_map = nullptr;
    QCPColorScale* m_scale = nullptr;
    QLabel* m_readout = nullptr;
    QStringList m_xTicks, m_yTicks;
    std::vector<std::vector<double>> m_mean, m_half;
    std::vector<std::vector<int>> m_n;
    QString m_valueLabel;
};

class SweepView : public QWidget {
    Q_OBJECT
public:
    explicit SweepView(QWidget* parent = nullptr);
    /// Draws `cells` of `plan` (the metric's label and direction from the plan's kind).
    void setSweep(const SweepPlan& plan, const std::vector<SweepCellResult>& cells);
    bool isLine() const { return m_line; }
    ValuePlot* linePlot() const { return m_linePlot; }
    SweepHeatmap* heatmap() const { return m_heatmap; }
    QComboBox* variantBox() const { return m_variant; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void redraw();

    SweepPlan m_plan;
    std::vector<SweepCellResult> m_cells;
    bool m_line = true;
    QLabel* m_summary = nullptr;
    QComboBox* m_variant = nullptr;
    QStackedWidget* m_stack = nullptr;
    ValuePlot* m_linePlot = nullptr;
    SweepHeatmap* m_heatmap = nullptr;
};

} // namespace tb::ui

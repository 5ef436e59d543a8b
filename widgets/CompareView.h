#pragma once
// CompareView: several stored experiments overlaid in one plot (choose the metric), one line + band per
// compared variant, coloured by variant label (the same policy keeps its colour) and dashed per experiment,
// plus a table of the configuration values that differ between the experiments.
#include <QWidget>
#include <vector>

#include "store/RunStore.h"

class QComboBox;
class QTableWidget;
class QLabel;

namespace tb::ui {

class SeriesPlot;

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

    /// Flattens a config into (JSON path, compact value) pairs, in document order.
    static std::vector<std::pair<std::string, std::string>> flatten(const Json& config);

private:
    void showMetric();

    std::vector<CompareItem> m_items;
    QComboBox* m_metric = nullptr;
    SeriesPlot* m_plot = nullptr;
    QTableWidget* m_diff = nullptr;
    QLabel* m_heading = nullptr;
};

} // namespace tb::ui

#pragma once
// DistributionPlot: the distribution of a final value across replicates, one box per compared variant (box
// from the first to the third quartile, median line, whiskers to the most extreme value within 1.5 IQR,
// outliers as dots), or as overlaid histograms.
#include <QColor>
#include <QVector>

#include "PlotPanel.h"

class QComboBox;

namespace tb::ui {

struct Sample {
    QString label;
    QColor color;
    QVector<double> values;
};

struct BoxSummary {
    double min = 0, q1 = 0, median = 0, q3 = 0, max = 0, mean = 0; ///< min/max: whisker ends
    QVector<double> outliers;
    int n = 0;
};
/// Tukey box summary of `values` (type-7 quartiles).
BoxSummary boxSummary(QVector<double> values);

class DistributionPlot : public PlotPanel {
    Q_OBJECT
public:
    explicit DistributionPlot(QWidget* parent = nullptr);
    void setValueLabel(const QString& label);
    void setSamples(QVector<Sample> samples);
    const QVector<Sample>& samples() const { return m_samples; }
    enum class Mode { Box, Histogram };
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void writeCsv(QTextStream& out) const override;

protected:
    void rescale() override;
    QString readout(double key) const override;

private:
    void rebuild();

    QVector<Sample> m_samples;
    QString m_valueLabel;
    Mode m_mode = Mode::Box;
    QComboBox* m_modeBox = nullptr;
    int m_bins = 30;
    double m_binLo = 0, m_binWidth = 1;
};

} // namespace tb::ui

#pragma once
// SeriesPlot: one line per compared variant (mean across replicates) with its 95% confidence band, a log-x
// toggle and optional smoothing (centred moving average over checkpoints, applied to mean and band alike).
#include <QColor>
#include <QVector>

#include "PlotPanel.h"

class QCheckBox;
class QSpinBox;
class QCPGraph;

namespace tb::ui {

struct PlotCurve {
    QString label;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    QVector<double> x, mean, lo, hi; ///< lo/hi empty: no band
};

class SeriesPlot : public PlotPanel {
    Q_OBJECT
public:
    explicit SeriesPlot(QWidget* parent = nullptr);

    void setAxisLabels(const QString& x, const QString& y);
    /// Replaces the data. Graphs are reused when the number of curves is unchanged, so live updates are
    /// cheap.
    void setCurves(QVector<PlotCurve> curves);
    const QVector<PlotCurve>& curves() const { return m_curves; }

    void setLogX(bool on);
    bool logX() const { return m_logX; }
    void setSmoothing(int halfWindow); ///< 0 = off
    int smoothing() const { return m_smoothing; }
    void setBandsVisible(bool on);
    /// x range shown while there is no data yet (e.g. [0, horizon] before a run).
    void setEmptyXRange(double lo, double hi);

    /// Points of the mean line of curve i as plotted (after smoothing).
    int plottedPoints(int curve) const;
    /// The plotted (smoothed) values of curve i.
    PlotCurve plotted(int curve) const;

    void writeCsv(QTextStream& out) const override;

protected:
    void rescale() override;
    QString readout(double key) const override;
    void applyAdaptiveSampling(bool on) override;

private:
    void rebuild();
    void refill();

    QVector<PlotCurve> m_curves;
    QVector<QCPGraph*> m_mean, m_lo, m_hi;
    QCheckBox* m_logXBox = nullptr;
    QCheckBox* m_bandBox = nullptr;
    QSpinBox* m_smoothBox = nullptr;
    bool m_logX = false;
    bool m_bands = true;
    int m_smoothing = 0;
    double m_emptyLo = 0, m_emptyHi = 1;
};

/// Centred moving average with half-window h (shrinking at the ends); h = 0 returns the input.
QVector<double> movingAverage(const QVector<double>& v, int h);

} // namespace tb::ui

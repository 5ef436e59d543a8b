#pragma once
// SeriesPlot: one line per compared variant (mean across replicates) with its 95% confidence band, log-x /
// log-y toggles, optional smoothing in step space (applied to mean and band alike), and optional reference
// lines (a kind's known curves, e.g. the Lai–Robbins lower bound), drawn dashed and never smoothed.
#include <QColor>
#include <QVector>

#include "PlotPanel.h"
#include "core/Snapshot.h"

class QCheckBox;
class QSpinBox;
class QCPGraph;

namespace tb::ui {

struct PlotCurve {
    QString label;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    QVector<double> x, mean, lo, hi; ///< lo/hi empty: no band
    QString note;                    ///< reference lines: what the line is (tooltip)
};

/// The mean and 95% band of Series metric `metric` of compared variant `run`, over the checkpoints done.
/// Label and colour are left to the caller.
PlotCurve snapshotCurve(const Snapshot& s, std::size_t run, std::size_t metric);
/// The snapshot's reference lines for Series metric `metric` (by name), over the checkpoints done.
QVector<PlotCurve> snapshotReferences(const Snapshot& s, const std::string& metric);

class SeriesPlot : public PlotPanel {
    Q_OBJECT
public:
    explicit SeriesPlot(QWidget* parent = nullptr);

    /// Replaces the data. Graphs are reused when the number of curves is unchanged, so live updates are
    /// cheap.
    void setCurves(QVector<PlotCurve> curves);
    const QVector<PlotCurve>& curves() const { return m_curves; }
    /// Reference lines (no band, not smoothed); a check box in the tool row shows or hides them.
    void setReferences(QVector<PlotCurve> references);
    const QVector<PlotCurve>& references() const { return m_refs; }
    void setReferencesVisible(bool on);
    bool referencesVisible() const { return m_refsVisible; }

    /// Smoothing: each point becomes the average of the piecewise-linear curve through the checkpoints over
    /// the steps [x - h, x + h], h = percent/100 · x, shrunk so the window stays inside the data. 0 = off.
    void setSmoothing(int percent);
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

    QVector<PlotCurve> m_curves, m_refs;
    QVector<QCPGraph*> m_mean, m_lo, m_hi, m_refGraphs;
    QCheckBox* m_bandBox = nullptr;
    QCheckBox* m_refBox = nullptr;
    QSpinBox* m_smoothBox = nullptr;
    bool m_bands = true;
    bool m_refsVisible = true;
    int m_smoothing = 0;
    double m_emptyLo = 0, m_emptyHi = 1;
};

/// Smoothing in step space: the average of the piecewise-linear interpolant of (x, y) over [x_i - h_i,
/// x_i + h_i], h_i = min(r·x_i, x_i - x_0, x_last - x_i). The window is symmetric in steps, so a straight
/// line stays exactly straight on any uneven grid; its ends move right with x_i, so monotone data stay
/// monotone (no overshoot). r <= 0, or y not the size of x, returns y.
QVector<double> smoothInStepSpace(const QVector<double>& x, const QVector<double>& y, double r);

} // namespace tb::ui

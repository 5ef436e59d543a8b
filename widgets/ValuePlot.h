#pragma once
// ValuePlot: a plot whose x axis is a value (a failure count, a model size, √KL) drawn from a kind's derived
// curves (Kind::plots + Kind::derive), generic over the kind: points, lines, steps and markers per compared
// variant in its colour, optional bands, and reference guides drawn thin and grey. Log axes start as the
// declaration says and can be toggled; the CSV export writes exactly the plotted points.
#include <QColor>
#include <QVector>

#include "PlotPanel.h"
#include "core/Snapshot.h"

class QCPGraph;

class QCheckBox;

namespace tb::ui {

struct ValueCurve {
    QString label; ///< legend text ("Zeta a=2.5 — Power-law fit")
    QString run;   ///< the compared variant it belongs to ("" for guides)
    QColor color;
    DerivedCurve::Style style = DerivedCurve::Style::Line;
    bool reference = false;
    /// Which overlaid experiment it belongs to (CompareView): 0 draws solid lines and circles, later ones
    /// dashed, dotted, … lines and squares, triangles, … points.
    int pattern = 0;
    QVector<double> x, y, lo, hi; ///< lo/hi empty: no band
};

/// The curves of plot `plotId` of every run of `s` (guides once, from the first run that has them).
QVector<ValueCurve> snapshotValueCurves(const Snapshot& s, const std::string& plotId);

class ValuePlot : public PlotPanel {
    Q_OBJECT
public:
    explicit ValuePlot(const PlotDecl& decl, QWidget* parent = nullptr);
    const PlotDecl& decl() const { return m_decl; }

    void setCurves(QVector<ValueCurve> curves);
    const QVector<ValueCurve>& curves() const { return m_curves; }
    /// Points drawn by the graph of curve i.
    int plottedPoints(int curve) const;

    void writeCsv(QTextStream& out) const override;

    /// Shades the 95% bands. On by default; set off automatically (until the user ticks the box) when more
    /// than kCrowded runs have bands, where overlapping bands hide the curves.
    void setBandsVisible(bool on);
    /// Shows or hides the bands as the user would by the box: no automatic change after it (a sweep's line
    /// keeps its bands whatever the number of variants).
    void chooseBands(bool on) {
        m_bandsChosen = true;
        setBandsVisible(on);
    }
    bool bandsVisible() const { return m_bands; }
    static constexpr int kCrowded = 3;
    /// More curves than this: lines and markers (fits) leave the legend, which lists the data and guides.
    static constexpr int kLegendMax = 20;

protected:
    void rescale() override;
    QString readout(double key) const override;
    void applyAdaptiveSampling(bool on) override;

private:
    void rebuild();
    void refill();

    PlotDecl m_decl;
    QCheckBox* m_bandBox = nullptr;
    bool m_bands = true;
    bool m_bandsChosen = false; ///< the user ticked or unticked the box: no automatic choice any more
    QVector<ValueCurve> m_curves;
    QVector<QCPGraph*> m_graphs, m_lo, m_hi; ///< m_lo/m_hi null where a curve has no band
};

} // namespace tb::ui

#pragma once
// CategoryPlot: grouped bars, one group per category (e.g. arm) and one bar per compared variant, with 95%
// error bars. Used for per-category metrics such as pulls per arm.
#include <QColor>
#include <QStringList>
#include <QVector>

#include "PlotPanel.h"

class QCPBars;
class QCPBarsGroup;
class QCPErrorBars;

namespace tb::ui {

struct BarSeries {
    QString label;
    QColor color;
    QVector<double> mean, lo, hi; ///< one value per category
};

class CategoryPlot : public PlotPanel {
    Q_OBJECT
public:
    explicit CategoryPlot(QWidget* parent = nullptr);
    void setData(const QStringList& categories, QVector<BarSeries> series);
    const QVector<BarSeries>& series() const { return m_series; }
    const QStringList& categories() const { return m_categories; }
    int barCount(int series) const;
    void writeCsv(QTextStream& out) const override;

protected:
    void rescale() override;
    QString readout(double key) const override;
    /// Log y: bars start at 0.5 (below one count), for counts spanning orders of magnitude.
    void scaleChanged() override;

private:
    QStringList m_categories;
    QVector<BarSeries> m_series;
    QVector<QCPBars*> m_bars;
    QVector<QCPErrorBars*> m_errors;
    QCPBarsGroup* m_group = nullptr;
};

} // namespace tb::ui

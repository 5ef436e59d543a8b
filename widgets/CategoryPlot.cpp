#include "CategoryPlot.h"

#include <QTextStream>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

#include "Palette.h"

namespace tb::ui {

CategoryPlot::CategoryPlot(QWidget* parent) : PlotPanel(QStringLiteral("bars"), parent) {
    m_group = new QCPBarsGroup(plot());
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(1);
    plot()->xAxis->grid()->setVisible(false);
    plot()->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot()->axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    enableLogToggles(false, true);
}

void CategoryPlot::scaleChanged() {
    for (QCPBars* b : m_bars) b->setBaseValue(logY() ? 0.5 : 0.0);
}

void CategoryPlot::setData(const QStringList& categories, QVector<BarSeries> series) {
    QCustomPlot* p = plot();
    bool sameShape = categories == m_categories && series.size() == m_series.size();
    for (qsizetype i = 0; sameShape && i < series.size(); ++i)
        sameShape = series[i].label == m_series[i].label && series[i].color == m_series[i].color;
    m_categories = categories;
    m_series = std::move(series);
    if (!sameShape) {
        p->clearPlottables();
        m_bars.clear();
        m_errors.clear();
        m_group->clear();
        const double groupWidth = 0.8;
        const double width = m_series.isEmpty() ? groupWidth : groupWidth / double(m_series.size());
        for (const BarSeries& s : m_series) {
            auto* bars = new QCPBars(p->xAxis, p->yAxis);
            bars->setName(s.label);
            bars->setWidth(width);
            bars->setPen(QPen(s.color.darker(115), 1));
            bars->setBrush(s.color);
            bars->setBarsGroup(m_group);
            bars->setBaseValue(logY() ? 0.5 : 0.0);
            auto* err = new QCPErrorBars(p->xAxis, p->yAxis);
            err->setDataPlottable(bars);
            err->setPen(QPen(textColor(), 1));
            err->setWhiskerWidth(std::max(2.0, 6.0 / std::max<qsizetype>(1, m_series.size())));
            err->removeFromLegend();
            m_bars.push_back(bars);
            m_errors.push_back(err);
        }
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (qsizetype k = 0; k < m_categories.size(); ++k) ticker->addTick(double(k + 1), m_categories[k]);
        p->xAxis->setTicker(ticker);
        p->xAxis->setTickLength(0, 3);
        if (m_categories.size() > 12)
            p->xAxis->setTickLabelRotation(60);
        else
            p->xAxis->setTickLabelRotation(0);
    }
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const BarSeries& s = m_series[i];
        QVector<double> keys(s.mean.size());
        QVector<double> minus(s.mean.size()), plus(s.mean.size());
        for (qsizetype k = 0; k < s.mean.size(); ++k) {
            keys[k] = double(k + 1);
            // No interval (one replicate: NaN bounds) draws no error bar (QCPErrorBars skips NaN).
            const double nan = std::numeric_limits<double>::quiet_NaN();
            minus[k] = k < s.lo.size() && std::isfinite(s.lo[k]) ? std::max(0.0, s.mean[k] - s.lo[k]) : nan;
            plus[k] = k < s.hi.size() && std::isfinite(s.hi[k]) ? std::max(0.0, s.hi[k] - s.mean[k]) : nan;
        }
        m_bars[i]->setData(keys, s.mean, true);
        m_errors[i]->setData(minus, plus);
    }
    requestReplot();
}

int CategoryPlot::barCount(int series) const {
    return series >= 0 && series < m_bars.size() ? m_bars[series]->dataCount() : 0;
}

void CategoryPlot::rescale() {
    QCustomPlot* p = plot();
    p->xAxis->setRange(0.4, double(m_categories.size()) + 0.6);
    double hi = 0;
    for (const BarSeries& s : m_series) {
        for (double v : s.hi)
            if (std::isfinite(v)) hi = std::max(hi, v);
        for (double v : s.mean)
            if (std::isfinite(v)) hi = std::max(hi, v);
    }
    if (logY())
        p->yAxis->setRange(0.5, hi > 1 ? hi * 2.0 : 10);
    else
        p->yAxis->setRange(0, hi > 0 ? hi * 1.06 : 1);
}

QString CategoryPlot::readout(double key) const {
    const int k = int(std::lround(key)) - 1;
    if (k < 0 || k >= m_categories.size() || m_series.isEmpty()) return {};
    QString html = QStringLiteral("<b>%1</b>").arg(m_categories[k].toHtmlEscaped());
    for (const BarSeries& s : m_series) {
        if (k >= s.mean.size()) continue;
        html += QStringLiteral("<br><span style='color:%1'>&#9632;</span> %2: <b>%3</b>")
                    .arg(s.color.name(), s.label.toHtmlEscaped(), QLocale().toString(s.mean[k], 'g', 5));
        if (k < s.lo.size() && k < s.hi.size() && std::isfinite(s.lo[k]) && std::isfinite(s.hi[k]))
            html += QStringLiteral(" <span style='color:#6b7280'>[%1, %2]</span>")
                        .arg(QLocale().toString(s.lo[k], 'g', 4), QLocale().toString(s.hi[k], 'g', 4));
    }
    return html;
}

void CategoryPlot::writeCsv(QTextStream& out) const {
    out << "series,category,mean,ci_low,ci_high\n";
    for (const BarSeries& s : m_series) {
        QString label = s.label;
        label.replace(QLatin1Char('"'), QLatin1String("\"\""));
        for (qsizetype k = 0; k < s.mean.size(); ++k) {
            QString cat = k < m_categories.size() ? m_categories[k] : QString::number(k);
            cat.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out << '"' << label << "\",\"" << cat << "\"," << csvNumber(s.mean[k]) << ',';
            if (k < s.lo.size()) out << csvNumber(s.lo[k]);
            out << ',';
            if (k < s.hi.size()) out << csvNumber(s.hi[k]);
            out << '\n';
        }
    }
}

} // namespace tb::ui

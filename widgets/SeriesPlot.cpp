#include "SeriesPlot.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTextStream>
#include <cmath>
#include <qcustomplot.h>

#include "Palette.h"

namespace tb::ui {

QVector<double> movingAverage(const QVector<double>& v, int h) {
    if (h <= 0 || v.size() < 3) return v;
    QVector<double> out(v.size());
    const qsizetype n = v.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype w = std::min<qsizetype>({qsizetype(h), i, n - 1 - i});
        double s = 0;
        for (qsizetype j = i - w; j <= i + w; ++j) s += v[j];
        out[i] = s / double(2 * w + 1);
    }
    return out;
}

SeriesPlot::SeriesPlot(QWidget* parent) : PlotPanel(parent) {
    m_logXBox = new QCheckBox(tr("Log x"), this);
    m_logXBox->setToolTip(tr("Logarithmic step axis: early exploration and late convergence on one plot"));
    connect(m_logXBox, &QCheckBox::toggled, this, &SeriesPlot::setLogX);
    m_bandBox = new QCheckBox(tr("95% band"), this);
    m_bandBox->setChecked(true);
    m_bandBox->setToolTip(tr("Shade the 95% confidence interval of the mean across replicates"));
    connect(m_bandBox, &QCheckBox::toggled, this, &SeriesPlot::setBandsVisible);
    auto* smoothLabel = new QLabel(tr("Smoothing"), this);
    m_smoothBox = new QSpinBox(this);
    m_smoothBox->setRange(0, 25);
    m_smoothBox->setSpecialValueText(tr("off"));
    m_smoothBox->setToolTip(tr("Centred moving average over ±N checkpoints (applies to mean and band)"));
    smoothLabel->setBuddy(m_smoothBox);
    connect(m_smoothBox, &QSpinBox::valueChanged, this, &SeriesPlot::setSmoothing);
    auto* row = toolRow();
    int at = 2; // after the title and the stretch
    row->insertWidget(at++, m_logXBox);
    row->insertWidget(at++, m_bandBox);
    row->insertWidget(at++, smoothLabel);
    row->insertWidget(at++, m_smoothBox);
}

void SeriesPlot::setAxisLabels(const QString& x, const QString& y) {
    plot()->xAxis->setLabel(x);
    plot()->yAxis->setLabel(y);
}

void SeriesPlot::setCurves(QVector<PlotCurve> curves) {
    bool sameShape = curves.size() == m_curves.size();
    for (qsizetype i = 0; sameShape && i < curves.size(); ++i)
        sameShape = curves[i].label == m_curves[i].label && curves[i].color == m_curves[i].color &&
                    curves[i].style == m_curves[i].style;
    m_curves = std::move(curves);
    if (!sameShape) rebuild();
    refill();
    requestReplot();
}

void SeriesPlot::rebuild() {
    QCustomPlot* p = plot();
    p->clearGraphs();
    m_mean.clear();
    m_lo.clear();
    m_hi.clear();
    // Bands first (below every line), then the lines, so no band hides another policy's mean.
    for (const PlotCurve& c : m_curves) {
        QCPGraph* lo = p->addGraph();
        QCPGraph* hi = p->addGraph();
        lo->setPen(Qt::NoPen);
        hi->setPen(Qt::NoPen);
        hi->setBrush(bandColor(c.color));
        hi->setChannelFillGraph(lo);
        lo->removeFromLegend();
        hi->removeFromLegend();
        m_lo.push_back(lo);
        m_hi.push_back(hi);
    }
    for (const PlotCurve& c : m_curves) {
        QCPGraph* g = p->addGraph();
        QPen pen(c.color, 2.0, c.style);
        pen.setCosmetic(false);
        g->setPen(pen);
        g->setName(c.label);
        m_mean.push_back(g);
    }
    applyAdaptiveSampling(isLive());
}

void SeriesPlot::refill() {
    for (qsizetype i = 0; i < m_curves.size(); ++i) {
        const PlotCurve c = plotted(int(i));
        m_mean[i]->setData(c.x, c.mean, true);
        const bool band = m_bands && c.lo.size() == c.x.size() && c.hi.size() == c.x.size();
        m_lo[i]->setData(band ? c.x : QVector<double>(), band ? c.lo : QVector<double>(), true);
        m_hi[i]->setData(band ? c.x : QVector<double>(), band ? c.hi : QVector<double>(), true);
        m_lo[i]->setVisible(band);
        m_hi[i]->setVisible(band);
    }
}

PlotCurve SeriesPlot::plotted(int i) const {
    PlotCurve c = m_curves[i];
    c.mean = movingAverage(c.mean, m_smoothing);
    c.lo = movingAverage(c.lo, m_smoothing);
    c.hi = movingAverage(c.hi, m_smoothing);
    return c;
}

int SeriesPlot::plottedPoints(int curve) const {
    if (curve < 0 || curve >= m_mean.size()) return 0;
    return m_mean[curve]->dataCount();
}

void SeriesPlot::setLogX(bool on) {
    m_logX = on;
    if (m_logXBox->isChecked() != on) m_logXBox->setChecked(on);
    QCPAxis* x = plot()->xAxis;
    if (on) {
        x->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
        ticker->setLogBase(10);
        ticker->setSubTickCount(8);
        x->setTicker(ticker);
        x->setNumberFormat(QStringLiteral("eb"));
        x->setNumberPrecision(0);
    } else {
        x->setScaleType(QCPAxis::stLinear);
        x->setTicker(QSharedPointer<QCPAxisTicker>::create());
        x->setNumberFormat(QStringLiteral("gb"));
        x->setNumberPrecision(6);
    }
    resetView();
}

void SeriesPlot::setSmoothing(int halfWindow) {
    m_smoothing = std::max(0, halfWindow);
    if (m_smoothBox->value() != m_smoothing) m_smoothBox->setValue(m_smoothing);
    refill();
    requestReplot();
}

void SeriesPlot::setBandsVisible(bool on) {
    m_bands = on;
    if (m_bandBox->isChecked() != on) m_bandBox->setChecked(on);
    refill();
    requestReplot();
}

void SeriesPlot::setEmptyXRange(double lo, double hi) {
    m_emptyLo = lo;
    m_emptyHi = hi > lo ? hi : lo + 1;
}

void SeriesPlot::applyAdaptiveSampling(bool on) {
    for (QCPGraph* g : m_mean) g->setAdaptiveSampling(on);
    for (QCPGraph* g : m_lo) g->setAdaptiveSampling(on);
    for (QCPGraph* g : m_hi) g->setAdaptiveSampling(on);
}

void SeriesPlot::rescale() {
    QCustomPlot* p = plot();
    bool any = false;
    QCPRange xr, yr;
    for (QCPGraph* g : m_mean + m_lo + m_hi) {
        if (!g->visible() || g->dataCount() == 0) continue;
        bool ok = false;
        const QCPRange kr = g->getKeyRange(ok, m_logX ? QCP::sdPositive : QCP::sdBoth);
        if (!ok) continue;
        const QCPRange vr = g->getValueRange(ok, QCP::sdBoth, kr);
        if (!ok) continue;
        if (!any) {
            xr = kr;
            yr = vr;
            any = true;
        } else {
            xr.expand(kr);
            yr.expand(vr);
        }
    }
    if (!any) {
        p->xAxis->setRange(m_logX ? std::max(1.0, m_emptyLo) : m_emptyLo, m_emptyHi);
        p->yAxis->setRange(0, 1);
        return;
    }
    if (xr.size() <= 0) xr = QCPRange(xr.lower - 0.5, xr.upper + 0.5);
    if (m_logX) xr.lower = std::max(xr.lower, 1e-9);
    const double pad = yr.size() > 0 ? yr.size() * 0.04 : std::max(1e-9, std::abs(yr.upper) * 0.05 + 0.05);
    p->xAxis->setRange(xr);
    p->yAxis->setRange(yr.lower - pad, yr.upper + pad);
}

QString SeriesPlot::readout(double key) const {
    if (m_curves.isEmpty()) return {};
    QString html;
    bool any = false;
    for (qsizetype i = 0; i < m_curves.size(); ++i) {
        const PlotCurve c = plotted(int(i));
        if (c.x.isEmpty()) continue;
        auto it = std::lower_bound(c.x.begin(), c.x.end(), key);
        qsizetype k = it - c.x.begin();
        if (k >= c.x.size()) k = c.x.size() - 1;
        if (k > 0 && std::abs(c.x[k - 1] - key) < std::abs(c.x[k] - key)) --k;
        if (!any) html += tr("<b>step %1</b>").arg(QLocale().toString(c.x[k], 'f', 0));
        any = true;
        html += QStringLiteral("<br><span style='color:%1'>&#9632;</span> %2: <b>%3</b>")
                    .arg(c.color.name(), c.label.toHtmlEscaped(), QLocale().toString(c.mean[k], 'g', 4));
        if (c.lo.size() == c.x.size() && c.hi.size() == c.x.size() && std::isfinite(c.lo[k]) &&
            std::isfinite(c.hi[k])) // no interval (one replicate): nothing to show
            html += QStringLiteral(" <span style='color:#6b7280'>[%1, %2]</span>")
                        .arg(QLocale().toString(c.lo[k], 'g', 4), QLocale().toString(c.hi[k], 'g', 4));
    }
    return html;
}

void SeriesPlot::writeCsv(QTextStream& out) const {
    out << "series,step,mean,ci_low,ci_high\n";
    for (qsizetype i = 0; i < m_curves.size(); ++i) {
        const PlotCurve c = plotted(int(i));
        QString label = c.label;
        label.replace(QLatin1Char('"'), QLatin1String("\"\""));
        for (qsizetype k = 0; k < c.x.size(); ++k) {
            out << '"' << label << "\"," << qint64(c.x[k]) << ',' << csvNumber(c.mean[k]) << ',';
            if (k < c.lo.size()) out << csvNumber(c.lo[k]);
            out << ',';
            if (k < c.hi.size()) out << csvNumber(c.hi[k]);
            out << '\n';
        }
    }
}

} // namespace tb::ui

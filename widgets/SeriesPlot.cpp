#include "SeriesPlot.h"

#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

#include "Palette.h"
#include "QtText.h"

namespace tb::ui {

QVector<double> smoothInStepSpace(const QVector<double>& x, const QVector<double>& y, double r) {
    const qsizetype n = x.size();
    if (r <= 0 || n < 3 || y.size() != n) return y;
    QVector<double> out(n);
    // Value of the interpolant at u in segment [x[j], x[j + 1]].
    auto at = [&](qsizetype j, double u) {
        return y[j] + (u - x[j]) / (x[j + 1] - x[j]) * (y[j + 1] - y[j]);
    };
    qsizetype first = 0; // segment holding the window's left end; it only moves right
    for (qsizetype i = 0; i < n; ++i) {
        const double h = std::min({r * std::abs(x[i]), x[i] - x[0], x[n - 1] - x[i]});
        if (!(h > 0)) {
            out[i] = y[i];
            continue;
        }
        const double lo = x[i] - h, hi = x[i] + h;
        while (first + 2 < n && x[first + 1] <= lo) ++first;
        // Exact integral of the piecewise-linear curve over [lo, hi], segment by segment: a direct sum, not a
        // difference of running totals, so short windows far from x[0] keep full precision.
        double area = 0, a = lo, fa = at(first, lo);
        for (qsizetype k = first + 1;; ++k) {
            const bool last = k >= n - 1 || x[k] >= hi;
            const double b = last ? hi : x[k];
            const double fb = last ? at(k - 1, hi) : y[k];
            area += (b - a) * (fa + fb) * 0.5;
            if (last) break;
            a = b;
            fa = fb;
        }
        out[i] = area / (hi - lo);
    }
    return out;
}

PlotCurve snapshotCurve(const Snapshot& s, std::size_t run, std::size_t metric) {
    PlotCurve c;
    if (run >= s.seriesStats.size() || metric >= s.seriesStats[run].size()) return c;
    const auto& stats = s.seriesStats[run][metric];
    const auto n = qsizetype(std::min({s.done, s.grid.size(), stats.size()}));
    c.x.resize(n);
    c.mean.resize(n);
    c.lo.resize(n);
    c.hi.resize(n);
    for (qsizetype k = 0; k < n; ++k) {
        const AggStats& a = stats[std::size_t(k)];
        c.x[k] = double(s.grid[std::size_t(k)]);
        c.mean[k] = a.mean;
        c.lo[k] = a.ciLow;
        c.hi[k] = a.ciHigh;
    }
    return c;
}

QVector<PlotCurve> snapshotReferences(const Snapshot& s, const std::string& metric) {
    QVector<PlotCurve> out;
    for (const ReferenceCurve& r : s.references) {
        if (r.metric != metric) continue;
        PlotCurve c;
        c.label = tre(r.label);
        c.note = tre(r.note);
        c.color = textColor();
        c.style = Qt::DashLine;
        const auto n = qsizetype(std::min({s.done, s.grid.size(), r.values.size()}));
        for (qsizetype k = 0; k < n; ++k) {
            c.x << double(s.grid[std::size_t(k)]);
            c.mean << r.values[std::size_t(k)];
        }
        out << c;
    }
    return out;
}

SeriesPlot::SeriesPlot(QWidget* parent) : PlotPanel(QStringLiteral("series"), parent) {
    enableLogToggles(true, true);
    m_bandBox = new QCheckBox(tr("95% band"), this);
    m_bandBox->setChecked(true);
    m_bandBox->setToolTip(tr("Shade the 95% confidence interval of the mean across replicates"));
    connect(m_bandBox, &QCheckBox::toggled, this, &SeriesPlot::setBandsVisible);
    m_refBox = new QCheckBox(this);
    m_refBox->setChecked(true);
    m_refBox->hide();
    connect(m_refBox, &QCheckBox::toggled, this, &SeriesPlot::setReferencesVisible);
    auto* smoothLabel = new QLabel(tr("Smoothing"), this);
    m_smoothBox = new QSpinBox(this);
    m_smoothBox->setRange(0, 50);
    m_smoothBox->setSingleStep(5);
    m_smoothBox->setPrefix(QStringLiteral("±"));
    m_smoothBox->setSuffix(QStringLiteral(" %"));
    m_smoothBox->setSpecialValueText(tr("off"));
    m_smoothBox->setToolTip(
        tr("Average each point over the steps within ±N % of its step: the window is "
           "symmetric in steps, so straight lines stay straight and jumps do not overshoot. "
           "Applies to the mean and the band."));
    smoothLabel->setBuddy(m_smoothBox);
    connect(m_smoothBox, &QSpinBox::valueChanged, this, &SeriesPlot::setSmoothing);
    addTool(m_bandBox);
    addTool(m_refBox);
    addTool(smoothLabel);
    addTool(m_smoothBox);
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

void SeriesPlot::setReferences(QVector<PlotCurve> references) {
    bool sameShape = references.size() == m_refs.size();
    for (qsizetype i = 0; sameShape && i < references.size(); ++i)
        sameShape = references[i].label == m_refs[i].label;
    m_refs = std::move(references);
    if (!m_refs.isEmpty()) {
        m_refBox->setText(m_refs.front().label);
        m_refBox->setToolTip(m_refs.front().note);
    }
    m_refBox->setVisible(!m_refs.isEmpty());
    if (!sameShape) rebuild();
    refill();
    requestReplot();
}

void SeriesPlot::setReferencesVisible(bool on) {
    m_refsVisible = on;
    if (m_refBox->isChecked() != on) m_refBox->setChecked(on);
    refill();
    requestReplot();
}

void SeriesPlot::rebuild() {
    QCustomPlot* p = plot();
    p->clearGraphs();
    m_mean.clear();
    m_lo.clear();
    m_hi.clear();
    m_refGraphs.clear();
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
    for (const PlotCurve& c : m_refs) {
        QCPGraph* g = p->addGraph();
        g->setPen(QPen(c.color, 1.6, c.style));
        g->setName(c.label);
        m_refGraphs.push_back(g);
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
    for (qsizetype i = 0; i < m_refs.size() && i < m_refGraphs.size(); ++i) {
        m_refGraphs[i]->setData(m_refs[i].x, m_refs[i].mean, true);
        m_refGraphs[i]->setVisible(m_refsVisible);
        if (m_refsVisible)
            m_refGraphs[i]->addToLegend();
        else
            m_refGraphs[i]->removeFromLegend();
    }
}

PlotCurve SeriesPlot::plotted(int i) const {
    PlotCurve c = m_curves[i];
    const double r = m_smoothing / 100.0;
    c.mean = smoothInStepSpace(c.x, c.mean, r);
    c.lo = smoothInStepSpace(c.x, c.lo, r);
    c.hi = smoothInStepSpace(c.x, c.hi, r);
    return c;
}

int SeriesPlot::plottedPoints(int curve) const {
    if (curve < 0 || curve >= m_mean.size()) return 0;
    return m_mean[curve]->dataCount();
}

void SeriesPlot::setSmoothing(int percent) {
    m_smoothing = std::max(0, percent);
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
    for (QCPGraph* g : m_mean + m_lo + m_hi + m_refGraphs) g->setAdaptiveSampling(on);
}

void SeriesPlot::rescale() {
    QCustomPlot* p = plot();
    QCPRange xr, yr;
    if (!dataRange(m_mean + m_lo + m_hi + m_refGraphs, xr, yr)) {
        p->xAxis->setRange(logX() ? std::max(1.0, m_emptyLo) : m_emptyLo, m_emptyHi);
        p->yAxis->setRange(logY() ? 0.1 : 0.0, logY() ? 100.0 : 1.0);
        return;
    }
    if (xr.size() <= 0) xr = QCPRange(xr.lower - 0.5, xr.upper + 0.5);
    if (logX()) xr.lower = std::max(xr.lower, 1e-9);
    p->xAxis->setRange(xr);
    if (logY()) { // pad by a factor, not by an amount
        const double lo = std::max(yr.lower, 1e-12);
        p->yAxis->setRange(lo / 1.3, std::max(yr.upper, lo * 10) * 1.3);
        return;
    }
    const double pad = yr.size() > 0 ? yr.size() * 0.04 : std::max(1e-9, std::abs(yr.upper) * 0.05 + 0.05);
    p->yAxis->setRange(yr.lower - pad, yr.upper + pad);
}

namespace {
/// Index of the point of `x` (sorted, not empty) nearest to `key`.
qsizetype nearest(const QVector<double>& x, double key) {
    auto it = std::lower_bound(x.begin(), x.end(), key);
    qsizetype k = std::min<qsizetype>(it - x.begin(), x.size() - 1);
    if (k > 0 && std::abs(x[k - 1] - key) < std::abs(x[k] - key)) --k;
    return k;
}
} // namespace

QString SeriesPlot::readout(double key) const {
    if (m_curves.isEmpty()) return {};
    QString html;
    bool any = false;
    for (qsizetype i = 0; i < m_curves.size(); ++i) {
        const PlotCurve c = plotted(int(i));
        if (c.x.isEmpty()) continue;
        const qsizetype k = nearest(c.x, key);
        if (!any) html += tr("<b>step %1</b>").arg(QLocale().toString(c.x[k], 'f', 0));
        any = true;
        html += QStringLiteral("<br><span style='color:%1'>&#9632;</span> %2: <b>%3</b>")
                    .arg(c.color.name(), c.label.toHtmlEscaped(), QLocale().toString(c.mean[k], 'g', 4));
        if (c.lo.size() == c.x.size() && c.hi.size() == c.x.size() && std::isfinite(c.lo[k]) &&
            std::isfinite(c.hi[k])) // no interval (one replicate): nothing to show
            html += QStringLiteral(" <span style='color:#6b7280'>[%1, %2]</span>")
                        .arg(QLocale().toString(c.lo[k], 'g', 4), QLocale().toString(c.hi[k], 'g', 4));
    }
    if (any && m_refsVisible)
        for (const PlotCurve& c : m_refs) {
            if (c.x.isEmpty()) continue;
            const qsizetype k = nearest(c.x, key);
            html += QStringLiteral("<br><span style='color:%1'>&#8211; &#8211;</span> %2: %3")
                        .arg(c.color.name(), c.label.toHtmlEscaped(), QLocale().toString(c.mean[k], 'g', 4));
        }
    return html;
}

void SeriesPlot::writeCsv(QTextStream& out) const {
    out << "series,step,mean,ci_low,ci_high\n";
    QVector<PlotCurve> all;
    for (qsizetype i = 0; i < m_curves.size(); ++i) all << plotted(int(i));
    if (m_refsVisible) all << m_refs; // reference lines as plotted: no interval
    for (const PlotCurve& c : all) {
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

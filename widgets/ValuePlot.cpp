#include "ValuePlot.h"

#include "QtText.h"
#include <QCheckBox>

#include <QLocale>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

#include "Palette.h"

namespace tb::ui {

QVector<ValueCurve> snapshotValueCurves(const Snapshot& s, const std::string& plotId) {
    QVector<ValueCurve> out;
    QStringList guides;
    for (std::size_t r = 0; r < s.derived.size() && r < s.runs.size(); ++r)
        for (const DerivedCurve& d : s.derived[r].curves) {
            if (d.plot != plotId) continue;
            ValueCurve c;
            c.style = d.style;
            c.reference = d.reference;
            c.pattern = d.pattern;
            if (d.reference) {
                if (guides.contains(qs(d.name))) continue; // the same guide for every run: drawn once
                guides << qs(d.name);
                c.label = tre(d.label);
                c.color = textColor();
            } else {
                c.run = qs(s.runs[r].label); // the run's identity (its label as stored), not shown
                c.label = tre(s.runs[r].label) + QStringLiteral(" — ") + tre(d.label);
                c.color = seriesColor(int(r));
            }
            c.x = QVector<double>(d.x.begin(), d.x.end());
            c.y = QVector<double>(d.y.begin(), d.y.end());
            if (d.low.size() == d.x.size() && d.high.size() == d.x.size()) {
                c.lo = QVector<double>(d.low.begin(), d.low.end());
                c.hi = QVector<double>(d.high.begin(), d.high.end());
            }
            out << c;
        }
    return out;
}

ValuePlot::ValuePlot(const PlotDecl& decl, QWidget* parent)
    : PlotPanel(QStringLiteral("value-") + qs(decl.id), parent), m_decl(decl) {
    enableLogToggles(true, true);
    setTitle(tre(decl.title));
    setAxisLabels(tre(decl.xLabel), tre(decl.yLabel));
    setLogX(decl.logX);
    setLogY(decl.logY);
    if (!decl.note.empty()) setToolTip(tre(decl.note));
    m_bandBox = new QCheckBox(tr("95% band"), this);
    m_bandBox->setChecked(true);
    m_bandBox->setToolTip(
        tr("Shade the 95% confidence interval of each curve across replicates (switched off "
           "automatically when many runs overlap)"));
    connect(m_bandBox, &QCheckBox::clicked, this, [this](bool on) {
        m_bandsChosen = true;
        setBandsVisible(on);
    });
    addTool(m_bandBox);
}

void ValuePlot::setBandsVisible(bool on) {
    m_bands = on;
    if (m_bandBox->isChecked() != on) m_bandBox->setChecked(on);
    refill();
    requestReplot();
}

void ValuePlot::setCurves(QVector<ValueCurve> curves) {
    bool sameShape = curves.size() == m_curves.size();
    for (qsizetype i = 0; sameShape && i < curves.size(); ++i)
        sameShape = curves[i].label == m_curves[i].label && curves[i].color == m_curves[i].color &&
                    curves[i].style == m_curves[i].style && curves[i].pattern == m_curves[i].pattern &&
                    curves[i].lo.isEmpty() == m_curves[i].lo.isEmpty();
    m_curves = std::move(curves);
    if (!m_bandsChosen) {
        QStringList banded;
        for (const ValueCurve& c : m_curves)
            if (!c.lo.isEmpty() && !banded.contains(c.run)) banded << c.run;
        m_bands = banded.size() <= kCrowded;
        if (m_bandBox->isChecked() != m_bands) m_bandBox->setChecked(m_bands);
    }
    if (!sameShape) rebuild();
    refill();
    requestReplot();
}

void ValuePlot::rebuild() {
    QCustomPlot* p = plot();
    p->clearGraphs();
    m_graphs.clear();
    m_lo.clear();
    m_hi.clear();
    // Bands below everything, then guides, then the data and fits.
    for (const ValueCurve& c : m_curves) {
        if (c.lo.isEmpty()) {
            m_lo << nullptr;
            m_hi << nullptr;
            continue;
        }
        QCPGraph* lo = p->addGraph();
        QCPGraph* hi = p->addGraph();
        lo->setPen(Qt::NoPen);
        hi->setPen(Qt::NoPen);
        hi->setBrush(bandColor(c.color));
        hi->setChannelFillGraph(lo);
        lo->removeFromLegend();
        hi->removeFromLegend();
        m_lo << lo;
        m_hi << hi;
    }
    static const Qt::PenStyle lines[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                         Qt::DashDotDotLine};
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
        QCPScatterStyle::ssDiamond, QCPScatterStyle::ssCross};
    for (const ValueCurve& c : m_curves) {
        QCPGraph* g = p->addGraph();
        g->setName(c.label);
        const int pattern = std::max(0, c.pattern) % 5;
        using S = DerivedCurve::Style;
        if (c.reference) {
            g->setPen(QPen(c.color, 1.2, Qt::DashLine));
        } else if (c.style == S::Points) {
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(shapes[pattern], c.color, c.color, 5));
            g->setPen(QPen(c.color));
        } else if (c.style == S::Steps) {
            g->setLineStyle(QCPGraph::lsStepLeft);
            g->setPen(QPen(c.color, 1.5, lines[pattern]));
        } else if (c.style == S::Marker) {
            g->setPen(QPen(c.color, 1.2, pattern == 0 ? Qt::DotLine : lines[pattern]));
        } else {
            g->setPen(QPen(c.color, 2.0, lines[pattern]));
        }
        m_graphs << g;
    }
    // A legend taller than the plot overlaps itself: with many runs (the RLHF ensembles preset has 8, each
    // with data, fits and a marker) list only the data (points, steps) and the guides; the plot's note
    // (tooltip) says what the lines are.
    int entries = 0;
    for (const ValueCurve& c : m_curves) entries += c.reference ? 0 : 1;
    if (entries > kLegendMax)
        for (qsizetype i = 0; i < m_curves.size(); ++i) {
            const ValueCurve& c = m_curves[i];
            if (!c.reference &&
                (c.style == DerivedCurve::Style::Line || c.style == DerivedCurve::Style::Marker))
                m_graphs[i]->removeFromLegend();
        }
    applyAdaptiveSampling(isLive());
}

void ValuePlot::refill() {
    for (qsizetype i = 0; i < m_curves.size() && i < m_graphs.size(); ++i) {
        const ValueCurve& c = m_curves[i];
        // A marker is a vertical segment: two points at one x, kept in their order.
        m_graphs[i]->setData(c.x, c.y, c.style != DerivedCurve::Style::Marker);
        if (m_lo[i]) {
            m_lo[i]->setData(m_bands ? c.x : QVector<double>(), m_bands ? c.lo : QVector<double>(), true);
            m_hi[i]->setData(m_bands ? c.x : QVector<double>(), m_bands ? c.hi : QVector<double>(), true);
            m_lo[i]->setVisible(m_bands);
            m_hi[i]->setVisible(m_bands);
        }
    }
}

int ValuePlot::plottedPoints(int curve) const {
    if (curve < 0 || curve >= m_graphs.size()) return 0;
    return m_graphs[curve]->dataCount();
}

void ValuePlot::applyAdaptiveSampling(bool on) {
    for (QCPGraph* g : m_graphs) g->setAdaptiveSampling(on);
}

void ValuePlot::rescale() {
    QCustomPlot* p = plot();
    QVector<QCPGraph*> data; // guides and markers follow the data, they do not stretch the view
    for (qsizetype i = 0; i < m_graphs.size(); ++i)
        if (!m_curves[i].reference && m_curves[i].style != DerivedCurve::Style::Marker) data << m_graphs[i];
    QCPRange xr, yr;
    if (!dataRange(data, xr, yr)) {
        p->xAxis->setRange(logX() ? 1.0 : 0.0, logX() ? 1000.0 : 1.0);
        p->yAxis->setRange(logY() ? 1e-4 : 0.0, 1.0);
        return;
    }
    if (logX()) {
        xr.lower = std::max(xr.lower, 1e-12);
        p->xAxis->setRange(xr.lower / 1.2, std::max(xr.upper, xr.lower * 10) * 1.2);
    } else {
        const double pad = xr.size() > 0 ? xr.size() * 0.03 : 0.5;
        p->xAxis->setRange(xr.lower - pad, xr.upper + pad);
    }
    if (logY()) {
        const double lo = std::max(yr.lower, 1e-300);
        p->yAxis->setRange(lo / 1.5, std::max(yr.upper, lo * 10) * 1.5);
    } else {
        const double pad =
            yr.size() > 0 ? yr.size() * 0.05 : std::max(1e-9, std::abs(yr.upper) * 0.05 + 0.05);
        p->yAxis->setRange(yr.lower - pad, yr.upper + pad);
    }
}

QString ValuePlot::readout(double key) const {
    QString html;
    bool any = false;
    for (const ValueCurve& c : m_curves) {
        if (c.x.isEmpty() || c.style == DerivedCurve::Style::Marker) continue;
        // The point nearest to key (in log distance on a log axis).
        qsizetype best = 0;
        double bestD = INFINITY;
        for (qsizetype k = 0; k < c.x.size(); ++k) {
            const double d =
                logX() && c.x[k] > 0 && key > 0 ? std::abs(std::log(c.x[k] / key)) : std::abs(c.x[k] - key);
            if (d < bestD) bestD = d, best = k;
        }
        if (!any) html += QStringLiteral("<b>x ≈ %1</b>").arg(QLocale().toString(key, 'g', 4));
        any = true;
        html += QStringLiteral("<br><span style='color:%1'>&#9632;</span> %2: x %3, <b>%4</b>")
                    .arg(c.color.name(), c.label.toHtmlEscaped(), QLocale().toString(c.x[best], 'g', 5),
                         QLocale().toString(c.y[best], 'g', 4));
    }
    return html;
}

void ValuePlot::writeCsv(QTextStream& out) const {
    out << "curve,x,y,low,high\n";
    for (const ValueCurve& c : m_curves) {
        QString label = c.label;
        label.replace(QLatin1Char('"'), QLatin1String("\"\""));
        for (qsizetype k = 0; k < c.x.size() && k < c.y.size(); ++k) {
            out << '"' << label << "\"," << csvNumber(c.x[k]) << ',' << csvNumber(c.y[k]) << ',';
            if (k < c.lo.size()) out << csvNumber(c.lo[k]);
            out << ',';
            if (k < c.hi.size()) out << csvNumber(c.hi[k]);
            out << '\n';
        }
    }
}

} // namespace tb::ui

#include "SweepView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTextStream>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

#include "Palette.h"
#include "QtText.h"
#include "ValuePlot.h"

namespace tb::ui {

namespace {

QString valueText(const Json& v) {
    return qs(sweepValueText(v));
}

QStringList tickTexts(const SweepAxis& axis) {
    QStringList out;
    for (const Json& v : axis.values) out << valueText(v);
    return out;
}

const MetricDecl* metricOf(const SweepPlan& plan) {
    if (!plan.kind) return nullptr;
    for (const auto& m : plan.kind->metrics())
        if (m.name == plan.metric) return &m;
    return nullptr;
}

} // namespace

// --- SweepHeatmap
// -------------------------------------------------------------------------------------------

SweepHeatmap::SweepHeatmap(QWidget* parent) : PlotPanel(QStringLiteral("heatmap"), parent) {
    QCustomPlot* p = plot();
    m_map = new QCPColorMap(p->xAxis, p->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(true);
    setLegendAvailable(false); // no legend column: the colour bar takes its place
    m_scale = new QCPColorScale(p);
    int row = 0;
    for (int r = 0; r < p->plotLayout()->rowCount(); ++r)
        if (p->plotLayout()->element(r, 0) == p->axisRect()) row = r;
    p->plotLayout()->addElement(row, p->plotLayout()->columnCount(), m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_map->setColorScale(m_scale);
    QCPColorGradient g(QCPColorGradient::gpThermal);
    g.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(g);
    auto* group = new QCPMarginGroup(p);
    p->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_readout = new QLabel(this);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setMinimumWidth(280);
    m_readout->setText(tr("Point at a cell to read its value"));
    addTool(m_readout);
    p->setMouseTracking(true);
    connect(p, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        const double x = plot()->xAxis->pixelToCoord(e->position().x());
        const double y = plot()->yAxis->pixelToCoord(e->position().y());
        const QString text = cellText(x, y);
        m_readout->setText(text.isEmpty() ? tr("Point at a cell to read its value") : text);
        plot()->setToolTip(text);
    });
}

void SweepHeatmap::setGrid(const QStringList& xTicks, const QStringList& yTicks,
                           const std::vector<std::vector<double>>& mean,
                           const std::vector<std::vector<double>>& half,
                           const std::vector<std::vector<int>>& n, bool lowerIsBetter,
                           const QString& valueLabel) {
    m_xTicks = xTicks;
    m_yTicks = yTicks;
    m_mean = mean;
    m_half = half;
    m_n = n;
    m_valueLabel = valueLabel;
    const int nx = int(xTicks.size()), ny = int(yTicks.size());
    m_map->data()->setSize(nx, ny);
    m_map->data()->setRange(QCPRange(0, std::max(0, nx - 1)), QCPRange(0, std::max(0, ny - 1)));
    bool any = false;
    for (int i = 0; i < ny; ++i)
        for (int j = 0; j < nx; ++j) {
            const double v = mean[std::size_t(i)][std::size_t(j)];
            m_map->data()->setCell(j, i, v);
            any = any || std::isfinite(v);
        }
    // Better is brighter: a lower-is-better metric runs the gradient backwards.
    QCPColorGradient g(QCPColorGradient::gpThermal);
    g.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(lowerIsBetter ? g.inverted() : g);
    if (any) m_map->rescaleDataRange(true);
    m_scale->axis()->setLabel(valueLabel +
                              (lowerIsBetter ? tr(" (lower is better)") : tr(" (higher is better)")));
    auto xt = QSharedPointer<QCPAxisTickerText>::create();
    auto yt = QSharedPointer<QCPAxisTickerText>::create();
    // At most ~12 labels per axis: every k-th value.
    const int kx = std::max(1, nx / 12), ky = std::max(1, ny / 12);
    for (int j = 0; j < nx; j += kx) xt->addTick(j, xTicks[j]);
    for (int i = 0; i < ny; i += ky) yt->addTick(i, yTicks[i]);
    plot()->xAxis->setTicker(xt);
    plot()->yAxis->setTicker(yt);
    setNote(any ? QString() : tr("No cell has finished yet"));
    requestReplot();
}

QString SweepHeatmap::cellText(double x, double y) const {
    const int j = int(std::lround(x)), i = int(std::lround(y));
    if (i < 0 || j < 0 || i >= int(m_yTicks.size()) || j >= int(m_xTicks.size())) return {};
    const QString where = QStringLiteral("%1 = %2, %3 = %4")
                              .arg(plot()->yAxis->label(), m_yTicks[i], plot()->xAxis->label(), m_xTicks[j]);
    const double m = m_mean[std::size_t(i)][std::size_t(j)];
    if (!std::isfinite(m)) return tr("%1: not run yet").arg(where);
    return tr("%1: <b>%2</b> ± %3 (%n replicate(s))", "", m_n[std::size_t(i)][std::size_t(j)])
        .arg(where, QString::number(m, 'g', 5),
             QString::number(m_half[std::size_t(i)][std::size_t(j)], 'g', 2));
}

void SweepHeatmap::rescale() {
    plot()->xAxis->setRange(-0.5, std::max(0.5, double(m_xTicks.size()) - 0.5));
    plot()->yAxis->setRange(-0.5, std::max(0.5, double(m_yTicks.size()) - 0.5));
}

QString SweepHeatmap::readout(double) const {
    return {};
}

void SweepHeatmap::writeCsv(QTextStream& out) const {
    out << plot()->yAxis->label() << ',' << plot()->xAxis->label() << ",mean,ci95_half,n\n";
    for (std::size_t i = 0; i < m_mean.size(); ++i)
        for (std::size_t j = 0; j < m_mean[i].size(); ++j) {
            out << m_yTicks[int(i)] << ',' << m_xTicks[int(j)] << ',';
            if (std::isfinite(m_mean[i][j]))
                out << QString::number(m_mean[i][j], 'g', 17) << ','
                    << QString::number(m_half[i][j], 'g', 17);
            else
                out << ',';
            out << ',' << m_n[i][j] << '\n';
        }
}

// --- SweepView
// ----------------------------------------------------------------------------------------------

SweepView::SweepView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_variant = new QComboBox(this);
    m_variant->setToolTip(tr("The compared variant whose results the heatmap shows"));
    top->addWidget(m_variant);
    layout->addLayout(top);
    m_stack = new QStackedWidget(this);
    PlotDecl decl;
    decl.id = "sweep";
    m_linePlot = new ValuePlot(decl, m_stack);
    m_linePlot->chooseBands(true); // the band is the point of a sweep's line, whatever the number of variants
    m_heatmap = new SweepHeatmap(m_stack);
    m_stack->addWidget(m_linePlot);
    m_stack->addWidget(m_heatmap);
    layout->addWidget(m_stack, 1);
    connect(m_variant, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
}

void SweepView::setSweep(const SweepPlan& plan, const std::vector<SweepCellResult>& cells) {
    m_plan = plan;
    m_cells = cells;
    m_line = sweepIsLine(plan);
    // The variants, from the first cell that has them.
    QStringList variants;
    for (const auto& c : cells)
        if (!c.variants.empty()) {
            for (const auto& v : c.variants) variants << tre(v);
            break;
        }
    QStringList current;
    for (int i = 0; i < m_variant->count(); ++i) current << m_variant->itemText(i);
    if (current != variants) {
        const QSignalBlocker block(m_variant);
        const int keep = m_variant->currentIndex();
        m_variant->clear();
        m_variant->addItems(variants);
        m_variant->setCurrentIndex(keep >= 0 && keep < variants.size() ? keep : 0);
    }
    m_variant->setVisible(!m_line);
    redraw();
}

void SweepView::redraw() {
    const MetricDecl* metric = metricOf(m_plan);
    const QString metricLabel = metric ? tre(metric->label) : qs(m_plan.metric);
    const bool lower = metric ? metric->lowerIsBetter : true;
    std::size_t done = 0;
    for (const auto& c : m_cells) done += c.status == RunStatus::Finished;
    QStringList axes;
    for (const auto& a : m_plan.axes)
        axes << (a.seeds
                     ? tr("%n seed(s)", "", int(a.values.size()))
                     : tr("%1 (%2, %n value(s))", "", int(a.values.size())).arg(tre(a.label), qs(a.path)));
    m_summary->setText(tr("Sweep of %1 over %2: %3 of %4 cells finished")
                           .arg(metricLabel, axes.join(tr(" × ")))
                           .arg(done)
                           .arg(m_cells.size()));
    if (m_plan.axes.empty()) return;
    if (m_line) {
        m_stack->setCurrentWidget(m_linePlot);
        const SweepCurve curve = sweepCurve(m_plan, m_cells);
        const SweepAxis& axis = m_plan.axes[sweepLineAxis(m_plan)];
        m_linePlot->setTitle(tr("%1 against %2").arg(metricLabel, tre(axis.label)));
        m_linePlot->setAxisLabels(QStringLiteral("%1 (%2)").arg(tre(axis.label), qs(axis.path)),
                                  metricLabel + tr(", final mean ± 95% CI"));
        if (m_linePlot->logX() != axis.log) m_linePlot->setLogX(axis.log);
        QVector<ValueCurve> curves;
        for (std::size_t v = 0; v < curve.variants.size(); ++v) {
            ValueCurve c;
            c.label = tre(curve.variants[v]);
            c.run = c.label;
            c.color = seriesColor(int(v));
            c.style = DerivedCurve::Style::Line;
            for (std::size_t i = 0; i < curve.x.size(); ++i) {
                if (!std::isfinite(curve.mean[v][i])) continue;
                c.x << curve.x[i];
                c.y << curve.mean[v][i];
                c.lo << curve.low[v][i];
                c.hi << curve.high[v][i];
            }
            curves << c;
        }
        m_linePlot->setCurves(curves);

        m_linePlot->setNote(done == 0 ? tr("No cell has finished yet") : QString());
        return;
    }
    m_stack->setCurrentWidget(m_heatmap);
    const SweepAxis &a = m_plan.axes[0], &b = m_plan.axes[1];
    const std::size_t v = std::size_t(std::max(0, m_variant->currentIndex()));
    const std::size_t ny = a.values.size(), nx = b.values.size();
    std::vector<std::vector<double>> mean(ny, std::vector<double>(nx, NAN)), half = mean;
    std::vector<std::vector<int>> n(ny, std::vector<int>(nx, 0));
    std::vector<double> scratch;
    for (const auto& c : m_cells) {
        if (c.status != RunStatus::Finished || v >= c.finals.size() || c.finals[v].empty()) continue;
        const auto k = m_plan.coords(c.cell);
        const AggStats s = aggregate(c.finals[v], scratch);
        mean[k[0]][k[1]] = s.mean;
        half[k[0]][k[1]] = (s.ciHigh - s.ciLow) / 2;
        n[k[0]][k[1]] = int(s.n);
    }
    m_heatmap->setTitle(
        tr("%1 of %2 over %3 and %4").arg(metricLabel, m_variant->currentText(), tre(a.label), tre(b.label)));
    m_heatmap->setAxisLabels(qs(b.name), qs(a.name));
    m_heatmap->setGrid(tickTexts(b), tickTexts(a), mean, half, n, lower, metricLabel);
}

} // namespace tb::ui

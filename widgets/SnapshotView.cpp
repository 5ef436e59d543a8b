#include "SnapshotView.h"
#include "QtText.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "CategoryPlot.h"
#include "DistributionPlot.h"
#include "Palette.h"
#include "SeriesPlot.h"

namespace tb::ui {

namespace {
QString axisLabel(const MetricDecl& m) {
    QString l = qs(m.label);
    if (!m.unit.empty()) l += QStringLiteral(" (") + qs(m.unit) + QStringLiteral(")");
    return l;
}
} // namespace

SnapshotView::SnapshotView(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    lay->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) { fill(i); });
}

QString SnapshotView::structureKey(const Snapshot& s) const {
    QString key;
    for (const auto& r : s.runs) key += qs(r.label) + QLatin1Char('|');
    key += QLatin1Char('#');
    for (const auto& m : s.series) key += qs(m.name) + QLatin1Char('|');
    for (const auto& m : s.perCategory) key += qs(m.name) + QLatin1Char('|');
    return key + m_stepUnit;
}

void SnapshotView::setLive(bool live) {
    m_live = live;
    for (PlotPanel* p : panels()) p->setLive(live);
}

void SnapshotView::setSnapshot(std::shared_ptr<const Snapshot> snapshot, const QString& stepUnit) {
    m_snapshot = std::move(snapshot);
    if (!stepUnit.isEmpty()) m_stepUnit = stepUnit;
    const QString key = m_snapshot ? structureKey(*m_snapshot) : QString();
    if (key != m_structure) {
        m_structure = key;
        rebuild();
    }
    ++m_fillCounter;
    // Live: refill only what is visible; the other tabs are refilled when shown.
    if (m_live)
        fill(m_tabs->currentIndex());
    else
        for (int i = 0; i < m_tabInfo.size(); ++i) fill(i);
}

void SnapshotView::rebuild() {
    const int current = m_tabs->currentIndex();
    const QString currentTitle = current >= 0 ? m_tabs->tabText(current) : QString();
    // No currentChanged while tabs are torn down and rebuilt: the tab table is stale until rebuild() returns.
    QSignalBlocker block(m_tabs);
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_tabInfo.clear();
    m_seriesPlots.clear();
    m_categoryPlots.clear();
    m_distribution = nullptr;
    if (!m_snapshot) return;
    const Snapshot& s = *m_snapshot;
    const QString xLabel = m_stepUnit.isEmpty() ? tr("Step") : tr("Step (%1)").arg(m_stepUnit);

    // Series metrics, grouped by plot id in declaration order.
    QStringList plotIds;
    for (const auto& m : s.series)
        if (!plotIds.contains(qs(m.plot))) plotIds << qs(m.plot);
    for (const QString& id : plotIds) {
        Tab t;
        auto* plot = new SeriesPlot(this);
        for (int m = 0; m < int(s.series.size()); ++m)
            if (qs(s.series[std::size_t(m)].plot) == id) {
                t.series << m;
                m_seriesPlots.insert(qs(s.series[std::size_t(m)].name), plot);
            }
        const MetricDecl& first = s.series[std::size_t(t.series.front())];
        plot->setTitle(qs(first.label));
        plot->setAxisLabels(xLabel, axisLabel(first));
        if (!s.grid.empty()) plot->setEmptyXRange(0, double(s.grid.back()));
        t.panel = plot;
        m_tabs->addTab(plot, qs(first.label));
        m_tabInfo << t;
    }
    for (int c = 0; c < int(s.perCategory.size()); ++c) {
        Tab t;
        const MetricDecl& m = s.perCategory[std::size_t(c)];
        auto* plot = new CategoryPlot(this);
        plot->setTitle(qs(m.label));
        plot->setAxisLabels(m.categoryLabel.empty() ? tr("Category") : qs(m.categoryLabel), axisLabel(m));
        t.panel = plot;
        t.category = c;
        m_categoryPlots.insert(qs(m.name), plot);
        m_tabs->addTab(plot, qs(m.label));
        m_tabInfo << t;
    }
    int headline = -1;
    for (int m = 0; m < int(s.series.size()); ++m)
        if (s.series[std::size_t(m)].headline) headline = m;
    if (headline >= 0) {
        Tab t;
        m_distribution = new DistributionPlot(this);
        const MetricDecl& m = s.series[std::size_t(headline)];
        m_distribution->setTitle(tr("Final %1 across replicates").arg(qs(m.label).toLower()));
        m_distribution->setValueLabel(axisLabel(m));
        t.panel = m_distribution;
        t.distribution = true;
        t.series << headline;
        m_tabs->addTab(m_distribution, tr("Final distribution"));
        m_tabInfo << t;
    }
    for (PlotPanel* p : panels()) {
        p->setLive(m_live);
        p->setExportSubject(m_subject);
        connect(p, &PlotPanel::replotted, this, &SnapshotView::replotted);
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->tabText(i) == currentTitle) m_tabs->setCurrentIndex(i);
}

void SnapshotView::fill(int tab) {
    if (!m_snapshot || tab < 0 || tab >= m_tabInfo.size()) return;
    Tab& t = m_tabInfo[tab];
    if (t.filledVersion == m_fillCounter) return;
    t.filledVersion = m_fillCounter;
    const Snapshot& s = *m_snapshot;
    const std::size_t done = std::min(s.done, s.grid.size());
    if (auto* sp = qobject_cast<SeriesPlot*>(t.panel)) {
        QVector<PlotCurve> curves;
        int styleIndex = 0;
        for (int m : t.series) {
            const Qt::PenStyle style = styleIndex == 0   ? Qt::SolidLine
                                       : styleIndex == 1 ? Qt::DashLine
                                                         : Qt::DotLine;
            ++styleIndex;
            for (std::size_t r = 0; r < s.runs.size(); ++r) {
                PlotCurve c;
                c.label = qs(s.runs[r].label);
                if (t.series.size() > 1)
                    c.label += QStringLiteral(" — ") + qs(s.series[std::size_t(m)].label);
                c.color = seriesColor(int(r));
                c.style = style;
                if (r < s.seriesStats.size() && std::size_t(m) < s.seriesStats[r].size()) {
                    const auto& stats = s.seriesStats[r][std::size_t(m)];
                    const std::size_t n = std::min(done, stats.size());
                    c.x.resize(qsizetype(n));
                    c.mean.resize(qsizetype(n));
                    c.lo.resize(qsizetype(n));
                    c.hi.resize(qsizetype(n));
                    for (std::size_t k = 0; k < n; ++k) {
                        c.x[qsizetype(k)] = double(s.grid[k]);
                        c.mean[qsizetype(k)] = stats[k].mean;
                        c.lo[qsizetype(k)] = stats[k].ciLow;
                        c.hi[qsizetype(k)] = stats[k].ciHigh;
                    }
                }
                curves << c;
            }
        }
        sp->setCurves(std::move(curves));
    } else if (auto* cp = qobject_cast<CategoryPlot*>(t.panel)) {
        QStringList cats;
        for (const auto& n : s.categoryNames) cats << qs(n);
        QVector<BarSeries> bars;
        for (std::size_t r = 0; r < s.runs.size(); ++r) {
            BarSeries b;
            b.label = qs(s.runs[r].label);
            b.color = seriesColor(int(r));
            if (r < s.categoryStats.size() && std::size_t(t.category) < s.categoryStats[r].size())
                for (const AggStats& a : s.categoryStats[r][std::size_t(t.category)]) {
                    b.mean << a.mean;
                    b.lo << a.ciLow;
                    b.hi << a.ciHigh;
                }
            bars << b;
        }
        cp->setData(cats, std::move(bars));
    } else if (auto* dp = qobject_cast<DistributionPlot*>(t.panel)) {
        QVector<Sample> samples;
        const int m = t.series.front();
        for (std::size_t r = 0; r < s.runs.size(); ++r) {
            Sample smp;
            smp.label = qs(s.runs[r].label);
            smp.color = seriesColor(int(r));
            if (r < s.finalValues.size() && std::size_t(m) < s.finalValues[r].size())
                for (double v : s.finalValues[r][std::size_t(m)]) smp.values << v;
            samples << smp;
        }
        dp->setSamples(std::move(samples));
    }
}

void SnapshotView::setExportSubject(const ExportSubject& subject) {
    m_subject = subject;
    for (PlotPanel* p : panels()) p->setExportSubject(subject);
}

QVector<PlotPanel*> SnapshotView::panels() const {
    QVector<PlotPanel*> out;
    for (const Tab& t : m_tabInfo) out << t.panel;
    return out;
}

SeriesPlot* SnapshotView::seriesPlot(const QString& metric) const {
    return m_seriesPlots.value(metric);
}
CategoryPlot* SnapshotView::categoryPlot(const QString& metric) const {
    return m_categoryPlots.value(metric);
}

int SnapshotView::replotCount() const {
    int n = 0;
    for (const Tab& t : m_tabInfo) n += t.panel->replotCount();
    return n;
}

} // namespace tb::ui

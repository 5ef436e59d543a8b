#include "SnapshotView.h"
#include "QtText.h"

#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

#include "AnalysisView.h"
#include "CategoryPlot.h"
#include "DistributionPlot.h"
#include "Palette.h"
#include "SeriesPlot.h"
#include "ValuePlot.h"

namespace tb::ui {

namespace {
QString axisLabel(const MetricDecl& m) {
    QString l = tre(m.label);
    if (!m.unit.empty()) l += QStringLiteral(" (") + tre(m.unit) + QStringLiteral(")");
    return l;
}
} // namespace

QString SnapshotView::titleAt(const QString& what, const QString& after, const Snapshot& s,
                              std::size_t checkpoints) {
    const QString step = checkpoints > 0 && checkpoints <= s.grid.size()
                             ? QLocale().toString(qlonglong(s.grid[checkpoints - 1]))
                             : QStringLiteral("0");
    switch (s.status) {
    case RunStatus::Running:
        return tr("%1 at step %2%3 (run in progress)").arg(what, step, after);
    case RunStatus::Interrupted:
        return tr("%1 at step %2%3 (run interrupted)").arg(what, step, after);
    case RunStatus::Failed:
        return tr("%1 at step %2%3 (run failed)").arg(what, step, after);
    case RunStatus::Finished:
        break;
    }
    return what + after;
}

QString SnapshotView::categoriesMissing(const Snapshot& s, bool live) {
    if (s.done == 0) return tr("Known after the first checkpoint.");
    if (s.status == RunStatus::Running)
        return live ? tr("Counting…")
                    : tr("The store records these counts when the run ends;\nthe run is still going on.");
    if (s.status == RunStatus::Finished) return tr("This run recorded no values for this plot.");
    return tr("Not recorded: the run stopped in the middle of a checkpoint, where these counts\n"
              "are not those of any recorded step. A run stopped while paused keeps them.");
}

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
    // The tabs depend on the number of runs, not on their labels: a survival subject's label carries its
    // parameters (β), so live tuning would otherwise tear down and rebuild every tab at each change. Labels
    // are applied when the tabs are filled.
    QString key = QString::number(s.runs.size()) + QLatin1Char('#');
    for (const auto& m : s.series) key += qs(m.name) + QLatin1Char('|');
    for (const auto& m : s.perCategory) key += qs(m.name) + QLatin1Char('|');
    for (const auto& p : s.plots) key += qs(p.id) + QLatin1Char('|');
    if (s.derivesFromData()) key += QStringLiteral("#derived");
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
    m_valuePlots.clear();
    m_analysis = nullptr;
    if (!m_snapshot) return;
    const Snapshot& s = *m_snapshot;

    // Value-axis plots and the analysis of pooled data come first: they are what such a kind is about.
    for (const PlotDecl& d : s.plots) {
        Tab t;
        auto* plot = new ValuePlot(d, this);
        t.panel = plot;
        t.page = plot;
        t.valuePlot = qs(d.id);
        m_valuePlots.insert(qs(d.id), plot);
        m_tabs->addTab(plot, tre(d.title));
        m_tabInfo << t;
    }
    if (s.derivesFromData()) {
        Tab t;
        m_analysis = new AnalysisView(this);
        t.page = m_analysis;
        t.analysis = true;
        m_tabs->addTab(m_analysis, tr("Analysis"));
        m_tabInfo << t;
    }
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
        plot->setTitle(tre(first.label));
        plot->setAxisLabels(xLabel, axisLabel(first));
        if (!s.grid.empty()) plot->setEmptyXRange(0, double(s.grid.back()));
        t.panel = plot;
        t.page = plot;
        m_tabs->addTab(plot, tre(first.label));
        m_tabInfo << t;
    }
    for (int c = 0; c < int(s.perCategory.size()); ++c) {
        Tab t;
        const MetricDecl& m = s.perCategory[std::size_t(c)];
        auto* plot = new CategoryPlot(this);
        plot->setTitle(tre(m.label));
        plot->setAxisLabels(m.categoryLabel.empty() ? tr("Category") : tre(m.categoryLabel), axisLabel(m));
        t.panel = plot;
        t.page = plot;
        t.category = c;
        m_categoryPlots.insert(qs(m.name), plot);
        m_tabs->addTab(plot, tre(m.label));
        m_tabInfo << t;
    }
    int headline = -1;
    for (int m = 0; m < int(s.series.size()); ++m)
        if (s.series[std::size_t(m)].headline) headline = m;
    if (headline >= 0) {
        Tab t;
        m_distribution = new DistributionPlot(this);
        const MetricDecl& m = s.series[std::size_t(headline)];
        m_distribution->setValueLabel(axisLabel(m));
        t.panel = m_distribution;
        t.page = m_distribution;
        t.distribution = true;
        t.series << headline;
        m_tabs->addTab(m_distribution, tr("Distribution"));
        m_tabInfo << t;
    }
    for (PlotPanel* p : panels()) {
        p->setLive(m_live);
        p->setExportSubject(m_subject);
        connect(p, &PlotPanel::replotted, this, &SnapshotView::replotted);
    }
    if (m_analysis) m_analysis->setExportSubject(m_subject);
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->tabText(i) == currentTitle) m_tabs->setCurrentIndex(i);
    if (!m_wanted.isEmpty() && selectTab(m_wanted)) m_wanted.clear();
    for (int i = 0; i < m_tabInfo.size(); ++i)
        if (m_tabInfo[i].panel && m_ghosts.contains(m_tabs->tabText(i)))
            m_tabInfo[i].panel->setGhosts(m_ghosts.value(m_tabs->tabText(i)));
}

void SnapshotView::keepGhosts() {
    if (!m_ghosts.isEmpty()) return;
    for (int i = 0; i < m_tabInfo.size(); ++i) {
        if (!m_tabInfo[i].panel) continue;
        fill(i); // a tab not yet shown holds the last result too
        const QVector<PlotGhost> ghosts = m_tabInfo[i].panel->captureGhosts();
        if (ghosts.isEmpty()) continue;
        m_ghosts.insert(m_tabs->tabText(i), ghosts);
        m_tabInfo[i].panel->setGhosts(ghosts);
    }
}

void SnapshotView::dropGhosts() {
    m_ghosts.clear();
    for (PlotPanel* p : panels()) p->clearGhosts();
}

int SnapshotView::tabOf(const QString& key) const {
    if (!m_snapshot) return -1;
    const Snapshot& s = *m_snapshot;
    for (int i = 0; i < m_tabInfo.size(); ++i) {
        const Tab& t = m_tabInfo[i];
        if (!t.valuePlot.isEmpty() && t.valuePlot == key) return i;
        if (!t.distribution)
            for (int m : t.series) {
                const MetricDecl& d = s.series[std::size_t(m)];
                if (qs(d.name) == key || qs(d.plot) == key) return i;
            }
        if (t.category >= 0) {
            const MetricDecl& d = s.perCategory[std::size_t(t.category)];
            if (qs(d.name) == key || qs(d.plot) == key) return i;
        }
    }
    return -1;
}

bool SnapshotView::selectTab(const QString& key) {
    const int i = tabOf(key);
    if (i < 0) return false;
    m_tabs->setCurrentIndex(i);
    return true;
}

void SnapshotView::showTabWhenThere(const QString& key) {
    m_wanted = selectTab(key) ? QString() : key;
}

void SnapshotView::fill(int tab) {
    if (!m_snapshot || tab < 0 || tab >= m_tabInfo.size()) return;
    Tab& t = m_tabInfo[tab];
    if (t.filledVersion == m_fillCounter) return;
    t.filledVersion = m_fillCounter;
    const Snapshot& s = *m_snapshot;
    if (t.analysis) {
        m_analysis->setSnapshot(m_snapshot);
        return;
    }
    if (auto* vp = qobject_cast<ValuePlot*>(t.panel)) {
        vp->setCurves(snapshotValueCurves(s, t.valuePlot.toStdString()));
        QString title = vp->decl().title.empty() ? QString() : tre(vp->decl().title);
        if (s.derived.empty() && s.derivedDone == 0)
            vp->setNote(s.done == 0 ? tr("Known after the first checkpoint.") : tr("Analysing…"));
        else
            vp->setNote(QString());
        if (!s.derived.empty() && s.derivedDone > 0 &&
            (s.status != RunStatus::Finished || s.derivedDone < s.grid.size()))
            title = titleAt(title, QString(), s, s.derivedDone);
        vp->setTitle(title);
        return;
    }
    if (auto* sp = qobject_cast<SeriesPlot*>(t.panel)) {
        QVector<PlotCurve> curves;
        QVector<PlotCurve> references;
        int styleIndex = 0;
        for (int m : t.series) {
            const Qt::PenStyle style = styleIndex == 0   ? Qt::SolidLine
                                       : styleIndex == 1 ? Qt::DashLine
                                                         : Qt::DotLine;
            ++styleIndex;
            for (std::size_t r = 0; r < s.runs.size(); ++r) {
                PlotCurve c = snapshotCurve(s, r, std::size_t(m));
                c.label = tre(s.runs[r].label);
                if (t.series.size() > 1)
                    c.label += QStringLiteral(" — ") + tre(s.series[std::size_t(m)].label);
                c.color = seriesColor(int(r));
                c.style = style;
                curves << c;
            }
            references << snapshotReferences(s, s.series[std::size_t(m)].name);
        }
        sp->setCurves(std::move(curves));
        sp->setReferences(std::move(references));
    } else if (auto* cp = qobject_cast<CategoryPlot*>(t.panel)) {
        const MetricDecl& m = s.perCategory[std::size_t(t.category)];
        const bool known = s.categoryDone > 0 && !s.categoryStats.empty();
        QStringList cats;
        for (const auto& n : s.categoryNames) cats << tre(n);
        QVector<BarSeries> bars;
        for (std::size_t r = 0; r < s.runs.size(); ++r) {
            BarSeries b;
            b.label = tre(s.runs[r].label);
            b.color = seriesColor(int(r));
            if (known && r < s.categoryStats.size() && std::size_t(t.category) < s.categoryStats[r].size())
                for (const AggStats& a : s.categoryStats[r][std::size_t(t.category)]) {
                    b.mean << a.mean;
                    b.lo << a.ciLow;
                    b.hi << a.ciHigh;
                }
            bars << b;
        }
        cp->setData(cats, std::move(bars));
        cp->setTitle(known && (s.status != RunStatus::Finished || s.categoryDone < s.grid.size())
                         ? titleAt(tre(m.label), QString(), s, s.categoryDone)
                         : tre(m.label));
        cp->setNote(known ? QString() : categoriesMissing(s, m_live));
    } else if (auto* dp = qobject_cast<DistributionPlot*>(t.panel)) {
        QVector<Sample> samples;
        const int m = t.series.front();
        for (std::size_t r = 0; r < s.runs.size(); ++r) {
            Sample smp;
            smp.label = tre(s.runs[r].label);
            smp.color = seriesColor(int(r));
            if (r < s.finalValues.size() && std::size_t(m) < s.finalValues[r].size())
                for (double v : s.finalValues[r][std::size_t(m)]) smp.values << v;
            samples << smp;
        }
        dp->setSamples(std::move(samples));
        const QString label = tre(s.series[std::size_t(m)].label);
        // "Final cumulative pseudo-regret": lower case inside the English sentence; a translation keeps its
        // own case (German nouns are capitalised).
        const bool english = label == qs(s.series[std::size_t(m)].label);
        if (s.status == RunStatus::Finished && s.done == s.grid.size())
            dp->setTitle(tr("Final %1 across replicates").arg(english ? label.toLower() : label));
        else
            dp->setTitle(titleAt(label, tr(" across replicates"), s, s.done));
        dp->setNote(s.done == 0 ? tr("No checkpoint is complete yet.") : QString());
    }
}

void SnapshotView::setExportSubject(const ExportSubject& subject) {
    m_subject = subject;
    for (PlotPanel* p : panels()) p->setExportSubject(subject);
    if (m_analysis) m_analysis->setExportSubject(subject);
}

QVector<PlotPanel*> SnapshotView::panels() const {
    QVector<PlotPanel*> out;
    for (const Tab& t : m_tabInfo)
        if (t.panel) out << t.panel;
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
    for (const Tab& t : m_tabInfo)
        if (t.panel) n += t.panel->replotCount();
    return n;
}

} // namespace tb::ui

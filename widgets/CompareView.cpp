#include "CompareView.h"
#include "QtText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <map>

#include "AnalysisView.h"
#include "ExportPath.h"
#include "Palette.h"
#include "PlotPanel.h"
#include "SeriesPlot.h"
#include "StatisticsView.h"
#include "ValuePlot.h"

namespace tb::ui {

namespace {
void flattenInto(const Json& v, const std::string& path,
                 std::vector<std::pair<std::string, std::string>>& out) {
    if (v.is_object() && !v.empty()) {
        for (auto it = v.begin(); it != v.end(); ++it) flattenInto(it.value(), joinPath(path, it.key()), out);
    } else if (v.is_array() && !v.empty() && (v.front().is_object() || v.front().is_array())) {
        for (std::size_t i = 0; i < v.size(); ++i) flattenInto(v[i], indexPath(path, i), out);
    } else {
        out.emplace_back(path, v.is_string() ? v.get<std::string>() : v.dump());
    }
}
} // namespace

std::vector<std::pair<std::string, std::string>> CompareView::flatten(const Json& config) {
    std::vector<std::pair<std::string, std::string>> out;
    flattenInto(config, "", out);
    return out;
}

namespace {
/// Line pattern of experiment e (mod 5), as ValuePlot draws ValueCurve::pattern.
constexpr Qt::PenStyle kExperimentLines[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                             Qt::DashDotDotLine};
/// What an entry of the metric box shows (Qt::UserRole + 1); Qt::UserRole holds the metric name or plot id.
enum Entry { SeriesEntry = 0, ValuePlotEntry = 1, AnalysisEntry = 2 };
constexpr int kEntryRole = Qt::UserRole + 1;
/// The tabs above the view: the curves (or the analysis table) and the statistical tests.
enum ViewTab { CurvesTab = 0, StatisticsTab = 1 };

QString csvField(QString text) {
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}
} // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 8, 0);
    m_heading = new QLabel(this);
    ui::setMutedText(m_heading);
    top->addWidget(m_heading, 1);
    auto* ml = new QLabel(tr("Metric"), this);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("compareMetric"));
    m_metric->setToolTip(
        tr("What to compare: a metric over the steps, a plot over a value, or the analysis"));
    ml->setBuddy(m_metric);
    top->addWidget(ml);
    top->addWidget(m_metric);
    lay->addLayout(top);

    m_viewTabs = new QTabBar(this);
    m_viewTabs->setObjectName(QStringLiteral("compareTabs"));
    m_viewTabs->setDocumentMode(true);
    m_viewTabs->setDrawBase(false);
    m_viewTabs->addTab(tr("Curves"));
    m_viewTabs->addTab(tr("Statistical tests"));
    m_viewTabs->setTabToolTip(CurvesTab, tr("The chosen metric over the steps, one line and band per run"));
    m_viewTabs->setTabToolTip(
        StatisticsTab, tr("Is one run better than another? Welch and Mann–Whitney tests on every "
                          "replicate's final value of the chosen metric, with effect sizes and a verdict "
                          "per pair"));
    auto* tabRow = new QHBoxLayout;
    tabRow->setContentsMargins(8, 2, 8, 0);
    tabRow->addWidget(m_viewTabs);
    tabRow->addStretch(1);
    lay->addLayout(tabRow);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_stack = new QStackedWidget(split);
    m_plot = new SeriesPlot(m_stack);
    m_plot->setLive(false);
    m_stack->addWidget(m_plot);

    m_analysisPage = new QWidget(m_stack);
    auto* al = new QVBoxLayout(m_analysisPage);
    m_analysisNote = new QLabel(m_analysisPage);
    m_analysisNote->setWordWrap(true);
    al->addWidget(m_analysisNote);
    m_analysis = new QTableWidget(m_analysisPage);
    m_analysis->setObjectName(QStringLiteral("compareAnalysis"));
    m_analysis->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_analysis->setAlternatingRowColors(true);
    m_analysis->setWordWrap(false);
    m_analysis->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_analysis->horizontalHeader()->setStretchLastSection(true);
    al->addWidget(m_analysis, 1);
    auto* row = new QHBoxLayout;
    row->addStretch();
    m_analysisExport = new QPushButton(tr("Export CSV…"), m_analysisPage);
    m_analysisExport->setToolTip(tr("Save the verdicts and estimates of every compared run as CSV"));
    row->addWidget(m_analysisExport);
    al->addLayout(row);
    m_stack->addWidget(m_analysisPage);
    m_statistics = new StatisticsView(m_stack);
    m_stack->addWidget(m_statistics);
    connect(m_analysisExport, &QPushButton::clicked, this, [this] {
        const QString path =
            askExportPath(this, tr("Export estimates"), {m_subjectText, -1}, QStringLiteral("estimates"),
                          QStringLiteral("csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty()) return;
        QString error;
        if (!exportAnalysisCsv(path, &error)) m_analysisNote->setText(tr("Export failed: %1").arg(error));
    });

    m_diff = new QTableWidget(split);
    m_diff->setObjectName(QStringLiteral("compareDiff"));
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setAlternatingRowColors(true);
    m_diff->verticalHeader()->hide();
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_diff->setWordWrap(false);
    split->addWidget(m_stack);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    lay->addWidget(split, 1);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CompareView::showMetric);
    connect(m_viewTabs, &QTabBar::currentChanged, this, &CompareView::showMetric);
}

void CompareView::setItems(std::vector<CompareItem> items) {
    m_items = std::move(items);
    QStringList ids;
    for (const auto& it : m_items) ids << QStringLiteral("#%1").arg(it.row.id);
    if (m_items.size() == 1) // the runs (variants) of one experiment, compared with each other
        m_heading->setText(
            tr("Comparing the %n run(s) of #%1 %2", nullptr, int(m_items[0].snapshot.runs.size()))
                .arg(m_items[0].row.id)
                .arg(tre(m_items[0].row.name)));
    else
        m_heading->setText(
            tr("Comparing %n run(s): %1", nullptr, int(m_items.size())).arg(ids.join(QStringLiteral(", "))));
    m_subjectText = tr("runs %1").arg(ids.join(QStringLiteral(", ")));
    m_plot->setExportSubject({m_subjectText, -1});
    if (m_valuePlot) m_valuePlot->setExportSubject({m_subjectText, -1});

    // One colour per variant label over every view, in order of first appearance.
    m_colourOf.clear();
    for (const auto& it : m_items)
        for (const RunSpec& r : it.snapshot.runs)
            if (!m_colourOf.count(r.label)) m_colourOf[r.label] = int(m_colourOf.size());

    const QString previous = m_metric->currentData().toString();
    const int previousEntry = m_metric->currentData(kEntryRole).toInt();
    QSignalBlocker block(m_metric);
    m_metric->clear();
    // Value-axis plots any experiment declares, first: they are what such a kind is about (as in a stored
    // run's view), then the analysis when anything was derived.
    std::vector<std::string> plotIds;
    for (const auto& it : m_items)
        for (const PlotDecl& d : it.snapshot.plots)
            if (std::find(plotIds.begin(), plotIds.end(), d.id) == plotIds.end()) {
                plotIds.push_back(d.id);
                m_metric->addItem(d.title.empty() ? qs(d.id) : tre(d.title), qs(d.id));
                m_metric->setItemData(m_metric->count() - 1, int(ValuePlotEntry), kEntryRole);
            }
    bool derived = false;
    for (const auto& it : m_items)
        for (const Derivation& d : it.snapshot.derived) derived = derived || !d.empty();
    if (derived) {
        m_metric->addItem(tr("Analysis"), QString());
        m_metric->setItemData(m_metric->count() - 1, int(AnalysisEntry), kEntryRole);
    }
    // Series metrics present in every experiment, in the first one's order; the headline first.
    const int firstSeries = m_metric->count();
    if (!m_items.empty())
        for (const auto& m : m_items.front().snapshot.series) {
            bool everywhere = true;
            for (const auto& it : m_items) {
                bool has = false;
                for (const auto& n : it.snapshot.series) has = has || n.name == m.name;
                everywhere = everywhere && has;
            }
            if (!everywhere) continue;
            const int at = m.headline ? firstSeries : m_metric->count();
            m_metric->insertItem(at, tre(m.label), qs(m.name));
            m_metric->setItemData(at, int(SeriesEntry), kEntryRole);
        }
    int keep = -1;
    for (int i = 0; i < m_metric->count() && keep < 0; ++i)
        if (m_metric->itemData(i).toString() == previous &&
            m_metric->itemData(i, kEntryRole).toInt() == previousEntry)
            keep = i;
    m_metric->setCurrentIndex(keep >= 0 ? keep : 0);
    showMetric();

    // Parameter differences.
    std::vector<std::map<std::string, std::string>> flat;
    std::vector<std::string> order;
    for (const auto& it : m_items) {
        std::map<std::string, std::string> m;
        for (auto& [k, v] : flatten(it.config)) {
            if (!m.count(k) && std::find(order.begin(), order.end(), k) == order.end()) order.push_back(k);
            m[k] = v;
        }
        flat.push_back(std::move(m));
    }
    std::vector<std::string> differing;
    for (const auto& k : order) {
        bool same = true;
        for (std::size_t i = 1; i < flat.size(); ++i)
            same = same && flat[i].count(k) == flat[0].count(k) &&
                   (!flat[0].count(k) || flat[i].at(k) == flat[0].at(k));
        if (!same) differing.push_back(k);
    }
    m_diff->clear();
    m_diff->setColumnCount(int(m_items.size()) + 1);
    QStringList headers{tr("Parameter")};
    for (const auto& it : m_items) headers << QStringLiteral("#%1 %2").arg(it.row.id).arg(tre(it.row.name));
    m_diff->setHorizontalHeaderLabels(headers);
    if (differing.empty()) {
        m_diff->setRowCount(1);
        m_diff->setItem(0, 0, new QTableWidgetItem(tr("(the configurations are identical)")));
    } else {
        m_diff->setRowCount(int(differing.size()));
        for (int r = 0; r < int(differing.size()); ++r) {
            const std::string& k = differing[std::size_t(r)];
            m_diff->setItem(r, 0, new QTableWidgetItem(qs(k)));
            for (int c = 0; c < int(flat.size()); ++c) {
                const auto& m = flat[std::size_t(c)];
                auto* item = new QTableWidgetItem(m.count(k) ? qs(m.at(k)) : tr("—"));
                item->setToolTip(item->text());
                m_diff->setItem(r, c + 1, item);
            }
        }
    }
    m_diff->resizeColumnsToContents();
    for (int c = 0; c < m_diff->columnCount(); ++c)
        m_diff->setColumnWidth(c, std::min(m_diff->columnWidth(c), 360));
    m_diff->setVisible(m_items.size() > 1); // one experiment: its runs share its configuration
}

bool CompareView::showStatistics() {
    if (m_metric->currentData(kEntryRole).toInt() != SeriesEntry) {
        int first = -1;
        for (int i = 0; i < m_metric->count() && first < 0; ++i)
            if (m_metric->itemData(i, kEntryRole).toInt() == SeriesEntry) first = i;
        if (first < 0) return false;
        QSignalBlocker block(m_metric);
        m_metric->setCurrentIndex(first);
    }
    {
        QSignalBlocker block(m_viewTabs);
        m_viewTabs->setTabEnabled(StatisticsTab, true);
        m_viewTabs->setCurrentIndex(StatisticsTab);
    }
    showMetric();
    return true;
}

bool CompareView::selectView(const QString& title) {
    const int i = m_metric->findText(title);
    if (i < 0) return false;
    m_metric->setCurrentIndex(i);
    return true;
}

QWidget* CompareView::currentView() const {
    return m_stack->currentWidget();
}

void CompareView::showMetric() {
    const std::string key = m_metric->currentData().toString().toStdString();
    const int entry = m_metric->currentData(kEntryRole).toInt();
    {
        // The tests compare a Series metric's final values: for a value plot or the analysis, only its tab.
        QSignalBlocker block(m_viewTabs);
        const bool series = m_metric->count() > 0 && entry == SeriesEntry;
        m_viewTabs->setTabEnabled(StatisticsTab, series);
        if (!series) m_viewTabs->setCurrentIndex(CurvesTab);
        m_viewTabs->setTabText(CurvesTab, entry == AnalysisEntry ? tr("Estimates") : tr("Curves"));
    }
    if (entry == SeriesEntry && m_viewTabs->currentIndex() == StatisticsTab) {
        showStatisticsOf(key);
        return;
    }
    switch (entry) {
    case ValuePlotEntry:
        showValuePlot(key);
        break;
    case AnalysisEntry:
        showAnalysis();
        break;
    default:
        showSeries(key);
        break;
    }
}

void CompareView::showSeries(const std::string& metric) {
    QVector<PlotCurve> curves;
    QString yLabel;
    for (std::size_t e = 0; e < m_items.size(); ++e) {
        const Snapshot& s = m_items[e].snapshot;
        int m = -1;
        for (std::size_t i = 0; i < s.series.size(); ++i)
            if (s.series[i].name == metric) {
                m = int(i);
                if (yLabel.isEmpty()) yLabel = tre(s.series[i].label);
            }
        if (m < 0) continue;
        for (std::size_t r = 0; r < s.runs.size(); ++r) {
            const std::string& label = s.runs[r].label;
            PlotCurve c = snapshotCurve(s, r, std::size_t(m));
            c.label = QStringLiteral("#%1 %2").arg(m_items[e].row.id).arg(tre(label));
            c.color = seriesColor(m_colourOf[label]);
            c.style = kExperimentLines[e % 5];
            curves << c;
        }
    }
    m_plot->setTitle(tr("Comparison: %1").arg(yLabel));
    m_plot->setAxisLabels(tr("Step"), yLabel);
    m_plot->setCurves(curves);
    m_plot->resetView();
    m_stack->setCurrentWidget(m_plot);
}

void CompareView::showStatisticsOf(const std::string& metric) {
    // Every run of every experiment, named as in the plot's legend, with its replicates' final values.
    std::vector<StatisticsRun> runs;
    QString label;
    bool lowerIsBetter = true, known = false;
    for (const CompareItem& it : m_items) {
        const Snapshot& s = it.snapshot;
        int m = -1;
        for (std::size_t i = 0; i < s.series.size(); ++i)
            if (s.series[i].name == metric) m = int(i);
        if (m < 0) continue;
        if (!known) {
            label = tre(s.series[std::size_t(m)].label);
            lowerIsBetter = s.series[std::size_t(m)].lowerIsBetter;
            known = true;
        }
        const std::int64_t step = s.done > 0 && s.done <= s.grid.size() ? s.grid[s.done - 1] : -1;
        for (std::size_t r = 0; r < s.runs.size(); ++r) {
            StatisticsRun run;
            run.name = QStringLiteral("#%1 %2").arg(it.row.id).arg(tre(s.runs[r].label));
            run.colour = seriesColor(m_colourOf[s.runs[r].label]);
            if (r < s.finalValues.size() && std::size_t(m) < s.finalValues[r].size())
                run.values = s.finalValues[r][std::size_t(m)];
            run.step = step;
            runs.push_back(std::move(run));
        }
    }
    m_statistics->setRuns(label, lowerIsBetter, std::move(runs));
    m_stack->setCurrentWidget(m_statistics);
}

void CompareView::showValuePlot(const std::string& plotId) {
    const PlotDecl* decl = nullptr;
    for (const auto& it : m_items)
        for (const PlotDecl& d : it.snapshot.plots)
            if (!decl && d.id == plotId) decl = &d;
    if (!decl) return;
    if (m_valuePlot && m_valuePlot->decl().id != plotId) {
        m_stack->removeWidget(m_valuePlot);
        m_valuePlot->deleteLater();
        m_valuePlot = nullptr;
    }
    if (!m_valuePlot) {
        m_valuePlot = new ValuePlot(*decl, m_stack);
        m_valuePlot->setLive(false);
        m_valuePlot->setExportSubject({m_subjectText, -1});
        m_stack->addWidget(m_valuePlot);
    }
    // Every experiment's curves, named and coloured by run as in the Series plot, patterned per experiment;
    // a guide (the same in every experiment) once.
    QVector<ValueCurve> curves;
    QStringList guides;
    for (std::size_t e = 0; e < m_items.size(); ++e) {
        const QString prefix = QStringLiteral("#%1 ").arg(m_items[e].row.id);
        for (ValueCurve c : snapshotValueCurves(m_items[e].snapshot, plotId)) {
            if (c.reference) {
                if (guides.contains(c.label)) continue;
                guides << c.label;
            } else {
                c.label = prefix + c.label;
                c.color = seriesColor(m_colourOf[c.run.toStdString()]);
                c.pattern +=
                    int(e); // a run's own curves keep their order of patterns; experiments shift them
            }
            curves << c;
        }
    }
    m_valuePlot->setTitle(tr("Comparison: %1").arg(tre(decl->title)));
    m_valuePlot->setNote(curves.isEmpty() ? tr("No compared run has this plot's curves.") : QString());
    m_valuePlot->setCurves(std::move(curves));
    m_valuePlot->resetView();
    m_stack->setCurrentWidget(m_valuePlot);
}

std::vector<CompareView::RunColumn> CompareView::derivedColumns() const {
    std::vector<RunColumn> out;
    for (std::size_t e = 0; e < m_items.size(); ++e) {
        const Snapshot& s = m_items[e].snapshot;
        for (std::size_t r = 0; r < s.runs.size() && r < s.derived.size(); ++r)
            if (!s.derived[r].empty())
                out.push_back(
                    {QStringLiteral("#%1 %2").arg(m_items[e].row.id).arg(tre(s.runs[r].label)), e, r});
    }
    return out;
}

namespace {
/// "Capable (L 0.00 / C 0.97 / A 0.03)": the point class and every class's probability, abbreviated to its
/// first letter when the first letters tell the classes apart.
QString verdictText(const Verdict& v) {
    const int n = int(v.classes.size());
    QStringList initials;
    for (const std::string& c : v.classes) initials << tre(c).left(1);
    bool distinct = true;
    for (int i = 0; i < initials.size(); ++i) distinct = distinct && initials.count(initials[i]) == 1;
    QStringList probs;
    for (int k = 0; k < n && k < int(v.probabilities.size()); ++k)
        if (std::isfinite(v.probabilities[std::size_t(k)]))
            probs << CompareView::tr("%1 %2").arg(
                distinct ? initials[k] : tre(v.classes[std::size_t(k)]),
                QLocale().toString(v.probabilities[std::size_t(k)], 'f', 2));
    const QString point = v.point >= 0 && v.point < n ? tre(v.classes[std::size_t(v.point)])
                                                      : CompareView::tr("not determined");
    return probs.isEmpty() ? point : CompareView::tr("%1 (%2)").arg(point, probs.join(QStringLiteral(" / ")));
}
} // namespace

void CompareView::showAnalysis() {
    const std::vector<RunColumn> columns = derivedColumns();
    // Rows: the verdicts, then the estimates, each by name in order of first appearance.
    QStringList verdicts, verdictLabels, estimates, estimateLabels, estimateNotes;
    for (const RunColumn& col : columns) {
        const Derivation& d = m_items[col.experiment].snapshot.derived[col.run];
        for (const Verdict& v : d.verdicts)
            if (!verdicts.contains(qs(v.name))) {
                verdicts << qs(v.name);
                verdictLabels << (v.label.empty() ? qs(v.name) : tre(v.label));
            }
        for (const Estimate& e : d.estimates)
            if (!estimates.contains(qs(e.name))) {
                estimates << qs(e.name);
                estimateLabels << (e.label.empty() ? qs(e.name) : tre(e.label)) +
                                      (e.unit.empty()
                                           ? QString()
                                           : QStringLiteral(" (") + tre(e.unit) + QLatin1Char(')'));
                estimateNotes << tre(e.note);
            }
    }
    m_analysis->clear();
    m_analysis->setColumnCount(int(columns.size()));
    m_analysis->setRowCount(int(verdicts.size() + estimates.size()));
    m_analysis->setVerticalHeaderLabels(verdictLabels + estimateLabels);
    for (int c = 0; c < int(columns.size()); ++c) {
        const RunColumn& col = columns[std::size_t(c)];
        const Derivation& d = m_items[col.experiment].snapshot.derived[col.run];
        auto* head = new QTableWidgetItem(col.header);
        head->setForeground(seriesColor(m_colourOf[m_items[col.experiment].snapshot.runs[col.run].label]));
        QStringList tip;
        if (!d.basis.empty()) tip << tre(d.basis);
        for (const std::string& w : d.warnings) tip << tr("Warning: %1").arg(tre(w));
        head->setToolTip(tip.join(QLatin1Char('\n')));
        m_analysis->setHorizontalHeaderItem(c, head);
        for (int v = 0; v < verdicts.size(); ++v) {
            const Verdict* found = nullptr;
            for (const Verdict& x : d.verdicts)
                if (qs(x.name) == verdicts[v]) found = &x;
            auto* item = new QTableWidgetItem(found ? verdictText(*found) : QStringLiteral("—"));
            if (found) {
                item->setToolTip(item->text() + (found->basis.empty()
                                                     ? QString()
                                                     : QStringLiteral("\n") + tre(found->basis)));
                const int n = int(found->classes.size());
                if (found->point >= 0 && found->point < n) {
                    item->setForeground(verdictClassColor(found->point, n));
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            m_analysis->setItem(v, c, item);
        }
        for (int row = 0; row < estimates.size(); ++row) {
            const Estimate* e = d.estimate(estimates[row].toStdString());
            QString text = QStringLiteral("—");
            if (e && std::isfinite(e->value)) text = QLocale().toString(e->value, 'g', 5);
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (e && !e->note.empty()) item->setToolTip(tre(e->note));
            m_analysis->setItem(int(verdicts.size()) + row, c, item);
        }
    }
    for (int row = 0; row < estimates.size(); ++row)
        if (auto* h = m_analysis->verticalHeaderItem(int(verdicts.size()) + row))
            h->setToolTip(estimateNotes[row]);
    m_analysisNote->setText(columns.empty()
                                ? tr("No compared run derived anything.")
                                : tr("Verdicts and estimates of every compared run; hover a value for "
                                     "how it was obtained."));
    m_analysis->resizeColumnsToContents();
    m_analysisExport->setEnabled(!columns.empty());
    m_stack->setCurrentWidget(m_analysisPage);
}

QString CompareView::analysisCsv() const {
    const std::vector<RunColumn> columns = derivedColumns();
    QString out;
    QTextStream ts(&out);
    ts << "name,label,unit";
    for (const RunColumn& col : columns) ts << ',' << csvField(col.header);
    ts << '\n';
    auto derivation = [&](const RunColumn& col) -> const Derivation& {
        return m_items[col.experiment].snapshot.derived[col.run];
    };
    // Verdicts: the point class, then the probability of every class.
    std::vector<std::string> done;
    for (const RunColumn& first : columns)
        for (const Verdict& v : derivation(first).verdicts) {
            if (std::find(done.begin(), done.end(), v.name) != done.end()) continue;
            done.push_back(v.name);
            auto find = [&](const RunColumn& col) -> const Verdict* {
                for (const Verdict& x : derivation(col).verdicts)
                    if (x.name == v.name) return &x;
                return nullptr;
            };
            ts << csvField(qs(v.name)) << ',' << csvField(qs(v.label)) << ",\"\"";
            for (const RunColumn& col : columns) {
                const Verdict* x = find(col);
                const bool known = x && x->point >= 0 && x->point < int(x->classes.size());
                ts << ',' << csvField(known ? qs(x->classes[std::size_t(x->point)]) : QString());
            }
            ts << '\n';
            for (std::size_t k = 0; k < v.classes.size(); ++k) {
                ts << csvField(qs(v.name + "." + v.classes[k])) << ','
                   << csvField(QStringLiteral("P(%1)").arg(qs(v.classes[k]))) << ",\"\"";
                for (const RunColumn& col : columns) {
                    const Verdict* x = find(col);
                    double p = std::numeric_limits<double>::quiet_NaN();
                    if (x)
                        for (std::size_t j = 0; j < x->classes.size() && j < x->probabilities.size(); ++j)
                            if (x->classes[j] == v.classes[k]) p = x->probabilities[j];
                    ts << ',' << csvNumber(p);
                }
                ts << '\n';
            }
        }
    done.clear();
    for (const RunColumn& first : columns)
        for (const Estimate& e : derivation(first).estimates) {
            if (std::find(done.begin(), done.end(), e.name) != done.end()) continue;
            done.push_back(e.name);
            ts << csvField(qs(e.name)) << ',' << csvField(qs(e.label)) << ',' << csvField(qs(e.unit));
            for (const RunColumn& col : columns) {
                const Estimate* x = derivation(col).estimate(e.name);
                ts << ',' << csvNumber(x ? x->value : std::numeric_limits<double>::quiet_NaN());
            }
            ts << '\n';
        }
    return out;
}

bool CompareView::exportAnalysisCsv(const QString& path, QString* error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) *error = f.errorString();
        return false;
    }
    f.write(analysisCsv().toUtf8());
    if (!f.commit()) {
        if (error) *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace tb::ui

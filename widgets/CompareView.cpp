#include "CompareView.h"
#include "QtText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

#include "Palette.h"
#include "SeriesPlot.h"

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

CompareView::CompareView(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 8, 0);
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("color: #4b5563;"));
    top->addWidget(m_heading, 1);
    auto* ml = new QLabel(tr("Metric"), this);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("compareMetric"));
    ml->setBuddy(m_metric);
    top->addWidget(ml);
    top->addWidget(m_metric);
    lay->addLayout(top);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_plot = new SeriesPlot(split);
    m_plot->setLive(false);
    m_diff = new QTableWidget(split);
    m_diff->setObjectName(QStringLiteral("compareDiff"));
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setAlternatingRowColors(true);
    m_diff->verticalHeader()->hide();
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_diff->setWordWrap(false);
    split->addWidget(m_plot);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    lay->addWidget(split, 1);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CompareView::showMetric);
}

void CompareView::setItems(std::vector<CompareItem> items) {
    m_items = std::move(items);
    QStringList ids;
    for (const auto& it : m_items) ids << QStringLiteral("#%1").arg(it.row.id);
    m_heading->setText(
        tr("Comparing %n run(s): %1", nullptr, int(m_items.size())).arg(ids.join(QStringLiteral(", "))));
    m_plot->setExportSubject({tr("runs %1").arg(ids.join(QStringLiteral(", "))), -1});

    // Metrics present in every experiment, in the first one's order; the headline first.
    const QString previous = m_metric->currentData().toString();
    QSignalBlocker block(m_metric);
    m_metric->clear();
    if (!m_items.empty())
        for (const auto& m : m_items.front().snapshot.series) {
            bool everywhere = true;
            for (const auto& it : m_items) {
                bool has = false;
                for (const auto& n : it.snapshot.series) has = has || n.name == m.name;
                everywhere = everywhere && has;
            }
            if (!everywhere) continue;
            if (m.headline)
                m_metric->insertItem(0, qs(m.label), qs(m.name));
            else
                m_metric->addItem(qs(m.label), qs(m.name));
        }
    const int keep = m_metric->findData(previous);
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
    for (const auto& it : m_items) headers << QStringLiteral("#%1 %2").arg(it.row.id).arg(qs(it.row.name));
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
}

void CompareView::showMetric() {
    const std::string metric = m_metric->currentData().toString().toStdString();
    std::map<std::string, int> colourOf; // one colour per variant label, in order of first appearance
    QVector<PlotCurve> curves;
    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                   Qt::DashDotDotLine};
    QString yLabel;
    for (std::size_t e = 0; e < m_items.size(); ++e) {
        const Snapshot& s = m_items[e].snapshot;
        int m = -1;
        for (std::size_t i = 0; i < s.series.size(); ++i)
            if (s.series[i].name == metric) {
                m = int(i);
                if (yLabel.isEmpty()) yLabel = qs(s.series[i].label);
            }
        if (m < 0) continue;
        for (std::size_t r = 0; r < s.runs.size(); ++r) {
            const std::string& label = s.runs[r].label;
            if (!colourOf.count(label)) colourOf[label] = int(colourOf.size());
            PlotCurve c = snapshotCurve(s, r, std::size_t(m));
            c.label = QStringLiteral("#%1 %2").arg(m_items[e].row.id).arg(qs(label));
            c.color = seriesColor(colourOf[label]);
            c.style = styles[e % 5];
            curves << c;
        }
    }
    m_plot->setTitle(tr("Comparison: %1").arg(yLabel));
    m_plot->setAxisLabels(tr("Step"), yLabel);
    m_plot->setCurves(curves);
    m_plot->resetView();
}

} // namespace tb::ui

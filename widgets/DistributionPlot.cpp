#include "DistributionPlot.h"

#include <QComboBox>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>
#include <span>
#include <utility>

#include "Palette.h"
#include "core/Stats.h"

namespace tb::ui {

namespace {

/// Smallest and largest value over every sample ({0, 0} when there is none).
std::pair<double, double> valueRange(const QVector<Sample>& samples) {
    double lo = 0, hi = 0;
    bool any = false;
    for (const Sample& s : samples)
        for (double v : s.values) {
            lo = any ? std::min(lo, v) : v;
            hi = any ? std::max(hi, v) : v;
            any = true;
        }
    return {lo, hi};
}
} // namespace

BoxSummary boxSummary(QVector<double> values) {
    BoxSummary b;
    b.n = int(values.size());
    if (values.isEmpty()) return b;
    std::sort(values.begin(), values.end());
    const std::span<const double> sorted(values.constData(), std::size_t(values.size()));
    b.q1 = sortedQuantile(sorted, 0.25);
    b.median = sortedQuantile(sorted, 0.5);
    b.q3 = sortedQuantile(sorted, 0.75);
    const double iqr = b.q3 - b.q1;
    const double loFence = b.q1 - 1.5 * iqr, hiFence = b.q3 + 1.5 * iqr;
    b.min = b.q1;
    b.max = b.q3;
    double sum = 0;
    for (double v : values) {
        sum += v;
        if (v < loFence || v > hiFence)
            b.outliers.push_back(v);
        else {
            b.min = std::min(b.min, v);
            b.max = std::max(b.max, v);
        }
    }
    b.mean = sum / double(values.size());
    return b;
}

DistributionPlot::DistributionPlot(QWidget* parent) : PlotPanel(QStringLiteral("distribution"), parent) {
    m_modeBox = new QComboBox(this);
    m_modeBox->addItem(tr("Box plot"));
    m_modeBox->addItem(tr("Histogram"));
    m_modeBox->setToolTip(tr("Show the replicates' final values as box plots or as histograms"));
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setMode(i == 1 ? Mode::Histogram : Mode::Box); });
    addTool(m_modeBox);
}

void DistributionPlot::setValueLabel(const QString& label) {
    m_valueLabel = label;
    rebuild();
}

void DistributionPlot::setSamples(QVector<Sample> samples) {
    m_samples = std::move(samples);
    rebuild();
}

void DistributionPlot::setMode(Mode mode) {
    m_mode = mode;
    if (m_modeBox->currentIndex() != (mode == Mode::Histogram ? 1 : 0))
        m_modeBox->setCurrentIndex(mode == Mode::Histogram ? 1 : 0);
    rebuild();
    resetView();
}

void DistributionPlot::rebuild() {
    QCustomPlot* p = plot();
    p->clearPlottables();
    if (m_mode == Mode::Box) {
        setLegendAvailable(false); // the boxes are labelled on the axis
        p->xAxis->setLabel(QString());
        p->yAxis->setLabel(m_valueLabel);
        p->xAxis->grid()->setVisible(false);
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (qsizetype i = 0; i < m_samples.size(); ++i) {
            const Sample& s = m_samples[i];
            ticker->addTick(double(i + 1), s.label);
            const BoxSummary b = boxSummary(s.values);
            if (b.n == 0) continue;
            auto* box = new QCPStatisticalBox(p->xAxis, p->yAxis);
            box->setName(s.label);
            box->setWidth(0.5);
            box->setWhiskerWidth(0.2);
            box->setPen(QPen(s.color.darker(130), 1.4));
            box->setBrush(bandColor(s.color, 90));
            box->setMedianPen(QPen(s.color.darker(160), 2.4));
            box->setWhiskerPen(QPen(s.color.darker(130), 1.2, Qt::SolidLine));
            box->setWhiskerBarPen(QPen(s.color.darker(130), 1.4));
            box->setOutlierStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, s.color, 4));
            box->addData(double(i + 1), b.min, b.q1, b.median, b.q3, b.max, b.outliers);
            auto* mean = new QCPGraph(p->xAxis, p->yAxis);
            mean->setLineStyle(QCPGraph::lsNone);
            mean->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::white, 1), QBrush(textColor()), 8));
            mean->addData(double(i + 1), b.mean);
            mean->removeFromLegend();
        }
        p->xAxis->setScaleType(QCPAxis::stLinear);
        p->xAxis->setTicker(ticker);
        p->xAxis->setTickLabelRotation(m_samples.size() > 5 ? 30 : 0);
    } else {
        setLegendAvailable(true);
        p->xAxis->setLabel(m_valueLabel);
        p->yAxis->setLabel(tr("Replicates"));
        p->xAxis->grid()->setVisible(true);
        p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        p->xAxis->setTickLabelRotation(0);
        const auto [lo, hi] = valueRange(m_samples);
        qsizetype maxN = 1;
        for (const Sample& s : m_samples) maxN = std::max(maxN, s.values.size());
        m_bins = std::clamp(int(std::ceil(std::sqrt(double(maxN)))) + 1, 5, 40);
        m_binLo = lo;
        m_binWidth = hi > lo ? (hi - lo) / m_bins : 1.0;
        for (const Sample& s : m_samples) {
            QVector<double> keys(m_bins + 2), counts(m_bins + 2, 0.0);
            for (int k = 0; k < m_bins + 2; ++k) keys[k] = m_binLo + (double(k) - 0.5) * m_binWidth;
            for (double v : s.values) {
                const int k = std::clamp(int((v - m_binLo) / m_binWidth), 0, m_bins - 1);
                counts[k + 1] += 1;
            }
            auto* g = new QCPGraph(p->xAxis, p->yAxis);
            g->setName(s.label);
            g->setLineStyle(QCPGraph::lsStepCenter);
            g->setPen(QPen(s.color, 2));
            g->setBrush(bandColor(s.color, 40));
            g->setData(keys, counts, true);
        }
    }
    requestReplot();
}

void DistributionPlot::rescale() {
    QCustomPlot* p = plot();
    if (m_mode == Mode::Box) {
        p->xAxis->setRange(0.4, double(m_samples.size()) + 0.6);
        const auto [lo, hi] = valueRange(m_samples);
        const double pad = hi > lo ? (hi - lo) * 0.06 : 1.0;
        p->yAxis->setRange(lo - pad, hi + pad);
    } else {
        p->rescaleAxes(true);
        p->yAxis->setRangeLower(0);
        p->yAxis->setRangeUpper(p->yAxis->range().upper * 1.08 + 0.5);
    }
}

QString DistributionPlot::readout(double key) const {
    if (m_samples.isEmpty()) return {};
    if (m_mode == Mode::Box) {
        const int i = int(std::lround(key)) - 1;
        if (i < 0 || i >= m_samples.size()) return {};
        const Sample& s = m_samples[i];
        const BoxSummary b = boxSummary(s.values);
        const QLocale l;
        // One multi-argument arg(): a label holding "%3" is not substituted again.
        return tr("<span style='color:%1'>&#9632;</span> <b>%2</b> (%n replicate(s))<br>mean %3 · median "
                  "%4<br>"
                  "quartiles %5 – %6<br>whiskers %7 – %8 · %9",
                  nullptr, int(b.n))
            .arg(s.color.name(), s.label.toHtmlEscaped(), l.toString(b.mean, 'g', 4),
                 l.toString(b.median, 'g', 4), l.toString(b.q1, 'g', 4), l.toString(b.q3, 'g', 4),
                 l.toString(b.min, 'g', 4), l.toString(b.max, 'g', 4),
                 tr("%n outlier(s)", nullptr, int(b.outliers.size())));
    }
    const int k = int(std::floor((key - m_binLo) / m_binWidth));
    if (k < 0 || k >= m_bins) return {};
    const QLocale l;
    QString html = tr("<b>%1 – %2</b>")
                       .arg(l.toString(m_binLo + k * m_binWidth, 'g', 4),
                            l.toString(m_binLo + (k + 1) * m_binWidth, 'g', 4));
    for (const Sample& s : m_samples) {
        int c = 0;
        for (double v : s.values) c += std::clamp(int((v - m_binLo) / m_binWidth), 0, m_bins - 1) == k;
        html += QStringLiteral("<br><span style='color:%1'>&#9632;</span> %2: <b>%3</b>")
                    .arg(s.color.name(), s.label.toHtmlEscaped())
                    .arg(c);
    }
    return html;
}

void DistributionPlot::writeCsv(QTextStream& out) const {
    if (m_mode == Mode::Box) {
        out << "series,n,whisker_low,q1,median,q3,whisker_high,mean,outliers\n";
        for (const Sample& s : m_samples) {
            const BoxSummary b = boxSummary(s.values);
            QString label = s.label;
            label.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out << '"' << label << "\"," << b.n << ',' << b.min << ',' << b.q1 << ',' << b.median << ','
                << b.q3 << ',' << b.max << ',' << b.mean << ",\"";
            for (qsizetype i = 0; i < b.outliers.size(); ++i) out << (i ? ";" : "") << b.outliers[i];
            out << "\"\n";
        }
        return;
    }
    out << "series,bin_low,bin_high,count\n";
    for (const Sample& s : m_samples) {
        QVector<int> counts(m_bins, 0);
        for (double v : s.values) ++counts[std::clamp(int((v - m_binLo) / m_binWidth), 0, m_bins - 1)];
        QString label = s.label;
        label.replace(QLatin1Char('"'), QLatin1String("\"\""));
        for (int k = 0; k < m_bins; ++k)
            out << '"' << label << "\"," << (m_binLo + k * m_binWidth) << ','
                << (m_binLo + (k + 1) * m_binWidth) << ',' << counts[k] << '\n';
    }
}

} // namespace tb::ui

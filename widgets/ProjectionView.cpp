#include "ProjectionView.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QTextStream>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

#include "AnalysisView.h"
#include "Palette.h"
#include "QtText.h"
#include "core/Error.h"

namespace tb::ui {

namespace {

constexpr int kBootstrap = 2000;
constexpr int kLinePoints = 121;

/// "10^26.24", "∞" for +inf, "–" for NaN.
QString power(double log10Value) {
    if (std::isnan(log10Value)) return QStringLiteral("–");
    if (std::isinf(log10Value)) return log10Value > 0 ? QStringLiteral("∞") : QStringLiteral("0");
    return QStringLiteral("10<sup>%1</sup>").arg(QLocale::c().toString(log10Value, 'f', 2));
}

QString number(double v, int digits = 3) {
    return std::isfinite(v) ? QLocale::c().toString(v, 'g', digits) : QStringLiteral("–");
}

QString year(double y) {
    if (std::isnan(y)) return QStringLiteral("–");
    if (std::isinf(y)) return QStringLiteral("∞");
    return QLocale::c().toString(y, 'f', 0);
}

QString levelTitle(survival::Level level) {
    switch (level) {
    case survival::Level::Limited:
        return ProjectionView::tr("Limited");
    case survival::Level::Capable:
        return ProjectionView::tr("Capable");
    case survival::Level::Autonomous:
        return ProjectionView::tr("Autonomous");
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

ProjectionPlot::ProjectionPlot(QWidget* parent) : PlotPanel(QStringLiteral("projection"), parent) {
    setTitle(tr("Scaling projection: decay rate a against model size N"));
    setAxisLabels(tr("Model size N (parameters)"), tr("Failure decay rate a"));
    setLogX(true);
    setLogY(true);
    setLive(false);
    QCustomPlot* p = plot();
    // a spans less than a decade: plain numbers at the level boundaries and between, not decades.
    auto rateTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (double t : {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 8.0, 10.0})
        rateTicks->addTick(t, QLocale().toString(t, 'g', 3));
    p->yAxis->setTicker(rateTicks);

    // The three levels as horizontal bands behind the grid: a <= 2 Limited, 2–3 Capable, > 3 Autonomous.
    const double bounds[4] = {1e-3, 2.0, 3.0, 1e3};
    const QString names[3] = {tr("Limited (a ≤ 2)"), tr("Capable (2 < a ≤ 3)"), tr("Autonomous (a > 3)")};
    for (int k = 0; k < 3; ++k) {
        auto* rect = new QCPItemRect(p);
        rect->setLayer(QStringLiteral("background"));
        rect->setClipToAxisRect(true);
        rect->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setTypeY(QCPItemPosition::ptPlotCoords);
        rect->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptPlotCoords);
        rect->topLeft->setCoords(0, bounds[k + 1]);
        rect->bottomRight->setCoords(1, bounds[k]);
        QColor fill = verdictClassColor(k, 3);
        fill.setAlpha(34);
        rect->setPen(Qt::NoPen);
        rect->setBrush(fill);
        rect->setSelectable(false);

        // Its name at the right edge, where the line has left the lower bands: Limited and Capable just above
        // their lower bound, Autonomous at the top.
        auto* label = new QCPItemText(p);
        label->setClipToAxisRect(true);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(k == 2 ? Qt::AlignRight | Qt::AlignTop
                                           : Qt::AlignRight | Qt::AlignBottom);
        if (k == 0) {
            label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            label->position->setCoords(0.99, 0.98);
        } else if (k == 1) {
            label->position->setTypeY(QCPItemPosition::ptPlotCoords);
            label->position->setCoords(0.99, 2.0 * 1.015);
        } else {
            label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            label->position->setCoords(0.99, 0.02);
        }
        QColor text = verdictClassColor(k, 3).darker(135);
        label->setColor(text);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        label->setText(names[k]);
        label->setSelectable(false);
    }

    const QColor fitColor = seriesColor(0);
    m_bandLow = p->addGraph();
    m_bandHigh = p->addGraph();
    m_bandLow->setPen(Qt::NoPen);
    m_bandHigh->setPen(Qt::NoPen);
    m_bandHigh->setBrush(bandColor(fitColor, 60));
    m_bandHigh->setChannelFillGraph(m_bandLow);
    m_bandLow->removeFromLegend();
    m_bandHigh->setName(tr("95% band of the line"));

    m_line = p->addGraph();
    m_line->setPen(QPen(fitColor, 2.0));
    m_line->setName(tr("Fitted line"));

    m_others = p->addGraph();
    m_others->setLineStyle(QCPGraph::lsNone);
    const QColor grey(0x9a, 0xa0, 0xa8);
    m_others->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, grey, grey, 6));
    m_others->setName(tr("Other models"));

    m_fitted = p->addGraph();
    m_fitted->setLineStyle(QCPGraph::lsNone);
    m_fitted->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fitColor.darker(120), fitColor, 7));
    m_fitted->setName(tr("Fitted models"));

    m_crossings = p->addGraph();
    m_crossings->setLineStyle(QCPGraph::lsNone);
    const QColor cross = textColor();
    m_crossings->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, cross, Qt::white, 9));
    m_crossings->setName(tr("Crossings N*(2), N*(3)"));

    setLegendPlace(LegendPlace::TopLeft);
    setNote(tr("No data"));
}

void ProjectionPlot::setProjection(const std::vector<survival::ScalingPoint>& all,
                                   const std::vector<survival::ScalingPoint>& selected,
                                   const survival::ScalingProjection* projection) {
    QCustomPlot* p = plot();
    for (QCPItemStraightLine* m : m_markers) p->removeItem(m);
    m_markers.clear();
    m_series.clear();

    auto isSelected = [&](const survival::ScalingPoint& q) {
        return std::any_of(selected.begin(), selected.end(), [&](const survival::ScalingPoint& s) {
            return s.size == q.size && s.rate == q.rate && s.label == q.label && s.line == q.line;
        });
    };
    Series fitted{tr("Fitted models"), {}, {}, {}, {}, {}, {}};
    Series others{tr("Other models"), {}, {}, {}, {}, {}, {}};
    for (const survival::ScalingPoint& q : all) {
        Series& s = isSelected(q) ? fitted : others;
        s.n << q.size;
        s.a << q.rate;
    }
    fitted.name = projection && !projection->fitted ? tr("Selected models") : fitted.name;
    Series line{
        projection && !projection->fitted ? tr("Paper's line") : tr("Fitted line"), {}, {}, {}, {}, {}, {}};
    Series band{tr("95% band of the line"), {}, {}, {}, {}, {}, {}};
    Series crossings{tr("Crossings"), {}, {}, {}, {}, {}, {}};
    if (projection) {
        // The line from the smallest model to beyond the last finite crossing.
        double x0 = 8, x1 = 13;
        if (!all.empty()) {
            x0 = INFINITY;
            x1 = -INFINITY;
            for (const auto& q : all) {
                x0 = std::min(x0, std::log10(q.size));
                x1 = std::max(x1, std::log10(q.size));
            }
        }
        for (const survival::Crossing& c : projection->crossings)
            if (std::isfinite(c.log10Size)) x1 = std::max(x1, c.log10Size);
        if (!projection->band.empty()) x1 = std::max(x1, projection->band.back().log10Size - 1.0);
        x1 += 1.0;
        for (int i = 0; i < kLinePoints; ++i) {
            const double x = x0 + (x1 - x0) * i / (kLinePoints - 1);
            line.n << std::pow(10.0, x);
            line.a << std::pow(10.0, projection->line.log10RateAt(x));
        }
        for (const survival::BandPoint& b : projection->band) {
            if (!std::isfinite(b.low) || !std::isfinite(b.high)) continue;
            band.n << std::pow(10.0, b.log10Size);
            band.a << std::pow(10.0, b.log10Rate);
            band.aLow << std::pow(10.0, b.low);
            band.aHigh << std::pow(10.0, b.high);
        }
        for (const survival::Crossing& c : projection->crossings) {
            if (!std::isfinite(c.log10Size)) continue;
            const double n = std::pow(10.0, c.log10Size);
            crossings.n << n;
            crossings.a << c.rate;
            crossings.aLow << NAN;
            crossings.aHigh << NAN;
            crossings.nLow << std::pow(10.0, c.log10SizeLow); // NaN without a bootstrap, inf when unbounded
            crossings.nHigh << std::pow(10.0, c.log10SizeHigh);
            auto* m = new QCPItemStraightLine(p);
            const QColor color = verdictClassColor(int(c.levelAbove), 3).darker(125);
            m->setPen(QPen(color, 1.3, Qt::DashLine));
            m->point1->setCoords(n, 1.0); // an infinite vertical line through N*
            m->point2->setCoords(n, 2.0);
            m->setSelectable(false);
            m_markers << m;
        }
    }
    m_fitted->setName(fitted.name);
    m_line->setName(line.name);
    m_fitted->setData(fitted.n, fitted.a);
    m_others->setData(others.n, others.a);
    m_line->setData(line.n, line.a, true);
    m_bandLow->setData(band.n, band.aLow, true);
    m_bandHigh->setData(band.n, band.aHigh, true);
    m_crossings->setData(crossings.n, crossings.a);
    // Legend entries only for what is drawn.
    const std::pair<QCPGraph*, bool> entries[] = {{m_fitted, !fitted.n.isEmpty()},
                                                  {m_others, !others.n.isEmpty()},
                                                  {m_line, !line.n.isEmpty()},
                                                  {m_bandHigh, !band.n.isEmpty()},
                                                  {m_crossings, !crossings.n.isEmpty()}};
    for (const auto& [g, shown] : entries) {
        if (shown && !p->legend->hasItemWithPlottable(g)) g->addToLegend();
        if (!shown) g->removeFromLegend();
    }
    m_series = {fitted, others, line, band, crossings};
    m_series.erase(
        std::remove_if(m_series.begin(), m_series.end(), [](const Series& s) { return s.n.isEmpty(); }),
        m_series.end());
    setNote(all.empty() && !projection ? tr("No data") : QString());
    resetView();
}

void ProjectionPlot::rescale() {
    QCustomPlot* p = plot();
    double x0 = INFINITY, x1 = -INFINITY, y0 = 2.0, y1 = 3.0;
    for (const Series& s : m_series)
        for (qsizetype i = 0; i < s.n.size(); ++i) {
            if (!(s.n[i] > 0) || !(s.a[i] > 0)) continue;
            x0 = std::min(x0, s.n[i]);
            x1 = std::max(x1, s.n[i]);
            y0 = std::min(y0, s.a[i]);
            y1 = std::max(y1, s.a[i]);
        }
    if (!std::isfinite(x0)) {
        x0 = 1e8;
        x1 = 1e28;
    }
    // All three level bands stay in view: the Capable band, with room above 3 and below 2.
    p->xAxis->setRange(x0 / 3, x1 * 3);
    p->yAxis->setRange(std::min(y0 / 1.12, 1.5), std::max(y1 * 1.12, 3.6));
}

QString ProjectionPlot::readout(double key) const {
    if (!(key > 0)) return {};
    QString html = QStringLiteral("<b>N ≈ %1</b>").arg(QLocale().toString(key, 'g', 3));
    for (const Series& s : m_series) {
        if (s.n.isEmpty()) continue;
        qsizetype best = 0;
        double bestD = INFINITY;
        for (qsizetype k = 0; k < s.n.size(); ++k) {
            const double d = std::abs(std::log(s.n[k] / key));
            if (d < bestD) bestD = d, best = k;
        }
        html += QStringLiteral("<br>%1: N %2, a <b>%3</b>")
                    .arg(s.name.toHtmlEscaped(), QLocale().toString(s.n[best], 'g', 3),
                         QLocale().toString(s.a[best], 'g', 4));
    }
    return html;
}

void ProjectionPlot::writeCsv(QTextStream& out) const {
    out << "series,N,a,a_low,a_high,N_low,N_high\n";
    for (const Series& s : m_series) {
        QString name = s.name;
        name.replace(QLatin1Char('"'), QLatin1String("\"\""));
        for (qsizetype k = 0; k < s.n.size(); ++k) {
            out << '"' << name << "\"," << csvNumber(s.n[k]) << ',' << csvNumber(s.a[k]) << ',';
            out << (k < s.aLow.size() ? csvNumber(s.aLow[k]) : QString()) << ',';
            out << (k < s.aHigh.size() ? csvNumber(s.aHigh[k]) : QString()) << ',';
            out << (k < s.nLow.size() ? csvNumber(s.nLow[k]) : QString()) << ',';
            out << (k < s.nHigh.size() ? csvNumber(s.nHigh[k]) : QString()) << '\n';
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------

ProjectionView::ProjectionView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("projectionView"));
    m_open = new QPushButton(tr("Open CSV…"), this);
    m_open->setToolTip(tr("(N, a) pairs: a CSV file with the columns N_params and decay_rate, and optionally "
                          "label"));
    m_sample = new QPushButton(tr("Sample"), this);
    m_sample->setToolTip(tr("The shipped sample: 30 language models read off the paper's figure"));
    m_filter = new QLineEdit(QStringLiteral("Qwen2.5"), this);
    m_filter->setObjectName(QStringLiteral("projectionFilter"));
    m_filter->setPlaceholderText(tr("all points"));
    m_filter->setToolTip(tr("The fitted set: labels matching this prefix or regular expression (empty: every "
                            "point)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(140);
    m_paper = new QCheckBox(tr("Paper's line"), this);
    m_paper->setToolTip(
        tr("Project the paper's digitized line log10 a = −0.0407 + 0.01972 · log10 N instead of "
           "fitting"));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_open);
    tools->addWidget(m_sample);
    tools->addSpacing(12);
    tools->addWidget(new QLabel(tr("Fit models:"), this));
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_paper);
    tools->addSpacing(12);
    tools->addWidget(m_sourceLabel);

    m_plot = new ProjectionPlot(this);
    m_plot->setExportSubject({tr("scaling projection"), -1});
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("projectionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_summary);

    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open (N, a) pairs"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty()) openCsv(path);
    });
    connect(m_sample, &QPushButton::clicked, this, &ProjectionView::showSample);
    connect(m_filter, &QLineEdit::editingFinished, this, [this] { setFilter(m_filter->text()); });
    connect(m_paper, &QCheckBox::toggled, this, &ProjectionView::setPaperLine);
    showSample();
}

QString ProjectionView::summaryText() const {
    // Powers as "10^26.24" in plain text.
    QString html = m_summary->text();
    html.replace(QLatin1String("<sup>"), QLatin1String("^")).remove(QLatin1String("</sup>"));
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

void ProjectionView::showSample() {
    setPoints(survival::sampleScalingPoints(), tr("sample"));
}

bool ProjectionView::openCsv(const QString& path) {
    std::vector<survival::ScalingPoint> points;
    if (const QString refusal = sqliteInputRefusal(path); !refusal.isEmpty()) {
        report(tr("Cannot read the (N, a) pairs"), refusal);
        return false;
    }
    try {
        points = survival::readScalingCsv(QFile::encodeName(path).toStdString());
    } catch (const InputError& e) {
        report(tr("Cannot read the (N, a) pairs"), trIssues(e.issues()));
        return false;
    } catch (const std::exception& e) {
        report(tr("Cannot read the (N, a) pairs"), tre(e.what()));
        return false;
    }
    setPoints(std::move(points), QFileInfo(path).fileName());
    return true;
}

void ProjectionView::setFilter(const QString& pattern) {
    if (m_filter->text() != pattern) m_filter->setText(pattern);
    recompute();
}

void ProjectionView::setPaperLine(bool on) {
    if (m_paper->isChecked() != on) {
        m_paper->setChecked(on); // toggled() calls back
        return;
    }
    recompute();
}

void ProjectionView::setPoints(std::vector<survival::ScalingPoint> points, const QString& source) {
    m_points = std::move(points);
    m_source = source;
    m_error.clear();
    m_sourceLabel->setText(tr("%1 — points: %2").arg(source).arg(m_points.size()));
    recompute();
}

void ProjectionView::recompute() {
    // The fitted set: the filter's matches (every point when it is empty).
    m_filterProblem.clear();
    m_selected.clear();
    const QString pattern = m_filter->text().trimmed();
    if (pattern.isEmpty()) {
        m_selected = m_points;
    } else {
        try {
            m_selected = survival::selectByLabel(m_points, pattern.toStdString());
        } catch (const InputError& e) {
            m_filterProblem = trIssues(e.issues());
        }
    }
    m_hasProjection = false;
    QString fitProblem;
    survival::ProjectionOptions options;
    options.bootstrap = kBootstrap;
    try {
        if (m_paper->isChecked()) {
            m_projection = survival::projectLine(survival::kPaperLine, options);
            m_hasProjection = true;
        } else if (m_filterProblem.isEmpty()) {
            // 2000 pair resamples of a few dozen points take about a millisecond: done here.
            m_projection = survival::projectScaling(m_selected, options);
            m_hasProjection = true;
        }
    } catch (const InputError& e) {
        fitProblem = trIssues(e.issues());
    }
    m_plot->setProjection(m_points,
                          m_filterProblem.isEmpty() ? m_selected : std::vector<survival::ScalingPoint>{},
                          m_hasProjection ? &m_projection : nullptr);

    // The text below the plot.
    QString html;
    if (!m_filterProblem.isEmpty())
        html += QStringLiteral("<p style='color:#b03a00'>%1</p>")
                    .arg(tr("Filter: %1").arg(m_filterProblem.toHtmlEscaped()));
    if (!fitProblem.isEmpty())
        html += QStringLiteral("<p style='color:#b03a00'>%1</p>")
                    .arg(tr("No line: %1").arg(fitProblem.toHtmlEscaped()));
    if (m_hasProjection) {
        const auto& pr = m_projection;
        if (pr.fitted) {
            const auto& f = pr.fit;
            html +=
                tr("<b>Fitted line</b> a = c · N<sup>b</sup> (OLS of log10 a on log10 N, %1 of %2 points%3): "
                   "c = %4, b = %5 ± %6 (SE), R² = %7, n = %8")
                    .arg(f.n)
                    .arg(m_points.size())
                    .arg(pattern.isEmpty() ? QString()
                                           : tr(", labels matching “%1”").arg(pattern.toHtmlEscaped()))
                    .arg(number(pr.line.c(), 4), number(pr.line.b, 4), number(f.seB, 2), number(f.r2, 3))
                    .arg(f.n);
        } else {
            html +=
                tr("<b>Paper's line</b> (digitized from its figure): log10 a = %1 + %2 · log10 N, c = %3, "
                   "b = %4; no interval")
                    .arg(number(pr.line.log10C, 4), number(pr.line.b, 4), number(pr.line.c(), 4),
                         number(pr.line.b, 4));
        }
        html += QStringLiteral("<br>");
        for (const survival::Crossing& c : pr.crossings) {
            QString ci;
            if (!std::isnan(c.log10SizeLow))
                ci = tr(" (95% CI %1 – %2; years %3 – %4)")
                         .arg(power(c.log10SizeLow), power(c.log10SizeHigh), year(c.yearLow),
                              year(c.yearHigh));
            html += tr("%1 from a = %2: N* = %3%4, year ≈ %5 (reconstruction)<br>")
                        .arg(levelTitle(c.levelAbove), number(c.rate), power(c.log10Size), ci, year(c.year));
        }
        if (pr.fitted && pr.bootstrap > 0)
            html +=
                tr("<span style='color:#5b6370'>Pair bootstrap: %1 resamples, seed %2; %3 with b ≤ 0. Years: "
                   "2025 + 1.5 · log2(N / 10<sup>12</sup>), read off the paper's figure.</span>")
                    .arg(pr.bootstrap)
                    .arg(pr.seed)
                    .arg(pr.bootstrapNonIncreasing);
        else
            html +=
                tr("<span style='color:#5b6370'>Years: 2025 + 1.5 · log2(N / 10<sup>12</sup>), read off the "
                   "paper's figure.</span>");
    }
    m_summary->setText(html);
    m_error = !m_filterProblem.isEmpty() ? m_filterProblem : fitProblem;
}

void ProjectionView::report(const QString& title, const QString& text) {
    m_error = text;
    emit failed(title, text);
    if (QApplication::platformName() == QLatin1String("offscreen")) {
        qWarning("%s: %s", qPrintable(title), qPrintable(text));
        return;
    }
    QMessageBox::warning(this, title, text);
}

} // namespace tb::ui

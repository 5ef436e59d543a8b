#include "PlotPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryFile>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <qcustomplot.h>

#include "store/Export.h"

#include "Icons.h"
#include "Palette.h"

namespace tb::ui {

void applyLookToPlot(QCustomPlot* plot) {
    plot->setBackground(plotBackground());
    // The plot follows the application font (the window scales it in presenter mode).
    plot->setFont(QApplication::font());
    QFont tickFont = QApplication::font();
    tickFont.setPointSizeF(std::max(8.0, tickFont.pointSizeF() - 0.5));
    const QFont labelFont = QApplication::font();
    const double w = lineScale();
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(axisColor(), w));
        axis->setTickPen(QPen(axisColor(), w));
        axis->setSubTickPen(QPen(axisColor(), w));
        axis->setTickLabelColor(textColor());
        axis->setLabelColor(textColor());
        axis->setTickLabelFont(tickFont);
        axis->setLabelFont(labelFont);
        axis->setTickLengthOut(int(std::lround(4 * w)));
        axis->setSubTickLengthOut(int(std::lround(2 * w)));
        axis->grid()->setPen(QPen(gridColor(), 1, Qt::SolidLine));
    }
    plot->legend->setBrush(overlayBackground());
    plot->legend->setBorderPen(QPen(gridColor()));
    plot->legend->setTextColor(textColor());
    plot->legend->setFont(tickFont);
    plot->legend->setIconSize(int(std::lround(18 * std::sqrt(w))), int(std::lround(10 * std::sqrt(w))));
}

namespace {
// Pens and markers drawn by the plots' own code have their normal width; in presenter mode they are drawn
// lineScale() times wider. The width we set is remembered, so a pen the plot's code sets again (at its
// normal width) is recognised and scaled again.
template <class T> void scalePen(T* obj, double scale) {
    QPen pen = obj->pen();
    const double current = pen.widthF();
    const QVariant set = obj->property("tbScaledWidth");
    const double base =
        set.isValid() && set.toDouble() == current ? obj->property("tbBaseWidth").toDouble() : current;
    const double wanted = std::max(base, 1.0) * scale;
    pen.setColor(forLook(pen.color()));
    if (base > 0 && wanted != current) pen.setWidthF(wanted);
    obj->setPen(pen);
    obj->setProperty("tbBaseWidth", base);
    obj->setProperty("tbScaledWidth", pen.widthF());
}

void scaleScatter(QCPGraph* g, double scale) {
    QCPScatterStyle st = g->scatterStyle();
    if (st.isNone()) return;
    const double current = st.size();
    const QVariant set = g->property("tbScaledSize");
    const double base =
        set.isValid() && set.toDouble() == current ? g->property("tbBaseSize").toDouble() : current;
    st.setSize(base * std::sqrt(scale));
    g->setScatterStyle(st);
    g->setProperty("tbBaseSize", base);
    g->setProperty("tbScaledSize", st.size());
}
} // namespace

void followLookInPlot(QCustomPlot* plot) {
    const int generation = lookGeneration();
    if (plot->property("tbLookGeneration").toInt() != generation) {
        applyLookToPlot(plot);
        plot->setProperty("tbLookGeneration", generation);
    }
    const double scale = lineScale();
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        scalePen(p, scale);
        QBrush brush = p->brush();
        if (brush.style() != Qt::NoBrush) {
            brush.setColor(forLook(brush.color()));
            p->setBrush(brush);
        }
        if (auto* g = qobject_cast<QCPGraph*>(p)) scaleScatter(g, scale);
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem* item = plot->item(i);
        if (auto* line = qobject_cast<QCPItemStraightLine*>(item))
            scalePen(line, scale);
        else if (auto* seg = qobject_cast<QCPItemLine*>(item))
            scalePen(seg, scale);
    }
}

void stylePlot(QCustomPlot* plot) {
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHint(QCP::phCacheLabels, true);
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setTickLengthIn(0);
        axis->setSubTickLengthIn(0);
        axis->grid()->setZeroLinePen(Qt::NoPen);
        axis->grid()->setSubGridVisible(false);
    }
    applyLookToPlot(plot);
    plot->setProperty("tbLookGeneration", lookGeneration());
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->legend->setVisible(true);
    plot->legend->setRowSpacing(0);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot->axisRect()->setAutoMargins(QCP::msAll);
}

QVector<PlotGhost> PlotPanel::captureGhosts() const {
    QVector<PlotGhost> out;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QCPGraph* g = m_plot->graph(i);
        if (!g->visible() || g->property("tbGhost").toBool() || g->pen().style() == Qt::NoPen ||
            !m_plot->legend->hasItemWithPlottable(g) || g->data()->isEmpty())
            continue;
        PlotGhost ghost;
        ghost.color = g->pen().color();
        ghost.x.reserve(g->data()->size());
        ghost.y.reserve(g->data()->size());
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            ghost.x << it->key;
            ghost.y << it->value;
        }
        out << ghost;
    }
    return out;
}

void PlotPanel::setGhosts(const QVector<PlotGhost>& ghosts) {
    for (const QPointer<QCPGraph>& g : std::as_const(m_ghostGraphs))
        if (g) m_plot->removeGraph(g);
    m_ghostGraphs.clear();
    m_ghosts = ghosts;
    ensureGhostGraphs();
    queueReplot();
}

void PlotPanel::ensureGhostGraphs() {
    if (m_ghosts.isEmpty()) return;
    bool whole = m_ghostGraphs.size() == m_ghosts.size();
    for (const QPointer<QCPGraph>& g : std::as_const(m_ghostGraphs)) whole = whole && g;
    if (whole) return;
    for (const QPointer<QCPGraph>& g : std::as_const(m_ghostGraphs))
        if (g) m_plot->removeGraph(g);
    m_ghostGraphs.clear();
    for (const PlotGhost& ghost : std::as_const(m_ghosts)) {
        QCPGraph* g = m_plot->addGraph();
        g->setProperty("tbGhost", true);
        QColor c = ghost.color;
        c.setAlpha(90);
        g->setPen(QPen(c, 1.5, Qt::SolidLine));
        g->setData(ghost.x, ghost.y, true);
        g->removeFromLegend();
        g->setLayer(QStringLiteral("grid")); // under the current curves
        m_ghostGraphs << g;
    }
}

void PlotPanel::applyLookToOverlays() {
    m_note->setColor(textColor());
    m_note->setBrush(overlayBackground());
    m_note->setPen(QPen(gridColor()));
    m_note->setFont(QApplication::font());
    m_crosshair->setPen(
        QPen(look().dark ? QColor(0xd0, 0xd0, 0xd0, 160) : QColor(0x40, 0x40, 0x40, 140), 1, Qt::DashLine));
}

void setLogScale(QCPAxis* axis, bool on) {
    if (on) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
        ticker->setLogBase(10);
        ticker->setSubTickCount(8);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(6);
    }
}

namespace {
bool g_rememberSettings = false;

struct LegendChoice {
    PlotPanel::LegendPlace place;
    const char* text;
    Qt::Alignment alignment;
};
const LegendChoice kLegendChoices[] = {
    {PlotPanel::LegendPlace::TopLeft, QT_TRANSLATE_NOOP("tb::ui::PlotPanel", "Inside, top left"),
     Qt::AlignTop | Qt::AlignLeft},
    {PlotPanel::LegendPlace::TopRight, QT_TRANSLATE_NOOP("tb::ui::PlotPanel", "Inside, top right"),
     Qt::AlignTop | Qt::AlignRight},
    {PlotPanel::LegendPlace::BottomLeft, QT_TRANSLATE_NOOP("tb::ui::PlotPanel", "Inside, bottom left"),
     Qt::AlignBottom | Qt::AlignLeft},
    {PlotPanel::LegendPlace::BottomRight, QT_TRANSLATE_NOOP("tb::ui::PlotPanel", "Inside, bottom right"),
     Qt::AlignBottom | Qt::AlignRight},
    {PlotPanel::LegendPlace::OutsideRight,
     QT_TRANSLATE_NOOP("tb::ui::PlotPanel", "Outside, right of the plot"), Qt::AlignTop | Qt::AlignLeft},
    {PlotPanel::LegendPlace::Hidden, QT_TRANSLATE_NOOP("tb::ui::PlotPanel", "Hidden"),
     Qt::AlignTop | Qt::AlignLeft},
};
} // namespace

void PlotPanel::setRememberSettings(bool on) {
    g_rememberSettings = on;
}

PlotPanel::PlotPanel(const QString& type, QWidget* parent) : QWidget(parent), m_type(type) {
    if (g_rememberSettings) {
        const int v = QSettings().value(legendSettingsKey(), int(m_legendPlace)).toInt();
        if (v >= int(LegendPlace::TopLeft) && v <= int(LegendPlace::Hidden)) m_legendPlace = LegendPlace(v);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);

    m_tools = new QHBoxLayout;
    m_tools->setSpacing(8);
    m_titleLabel = new QLabel(this);
    followLook(m_titleLabel, [] {
        return QStringLiteral("QLabel { font-weight: bold; font-size: %1pt; }")
            .arg(QApplication::font().pointSizeF() + 1);
    });
    // The title has a line of its own (it says where a run stands: "… at step N (run in progress)"); a
    // title too long for the plot's width is cut, never widens the window, and the tooltip holds all of it.
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_titleLabel);

    m_logXBox = new QCheckBox(tr("Log x"), this);
    m_logXBox->setToolTip(tr("Logarithmic step axis: early exploration and late convergence on one plot"));
    m_logXBox->hide();
    connect(m_logXBox, &QCheckBox::toggled, this, &PlotPanel::setLogX);
    m_logYBox = new QCheckBox(tr("Log y"), this);
    m_logYBox->setToolTip(tr("Logarithmic value axis, for values that span decades (regret, pulls per arm)"));
    m_logYBox->hide();
    connect(m_logYBox, &QCheckBox::toggled, this, &PlotPanel::setLogY);
    m_tools->addWidget(m_logXBox);
    m_tools->addWidget(m_logYBox);

    auto* legendButton = new QToolButton(this);
    legendButton->setText(tr("Legend"));
    legendButton->setToolTip(
        tr("Place the legend inside a corner of the plot, outside on the right, or hide it"
           " (also on the plot's context menu)"));
    legendButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    legendButton->setPopupMode(QToolButton::InstantPopup);
    legendButton->setAutoRaise(true);
    m_legendMenu = new QMenu(legendButton);
    auto* legendGroup = new QActionGroup(m_legendMenu);
    for (const LegendChoice& c : kLegendChoices) {
        QAction* a = m_legendMenu->addAction(tr(c.text));
        a->setCheckable(true);
        a->setData(int(c.place));
        legendGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, place = c.place] { setLegendPlace(place); });
    }
    legendButton->setMenu(m_legendMenu);
    m_tools->addStretch(1); // the subclass's tools go before it (addTool), the actions after
    m_tools->addWidget(legendButton);

    auto* reset = new QToolButton(this);
    reset->setText(tr("Reset view"));
    reset->setToolTip(tr("Fit the axes to the data again (drag to pan, wheel to zoom)"));
    reset->setIcon(icon(QStringLiteral("reset-view")));
    reset->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    reset->setAutoRaise(true);
    connect(reset, &QToolButton::clicked, this, &PlotPanel::resetView);

    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save this plot as PNG or PDF, or its data as CSV"));
    exportButton->setIcon(icon(QStringLiteral("export")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAutoRaise(true);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("PNG image…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu->addAction(tr("PDF (vector)…"), this, [this] { exportWithDialog(QStringLiteral("pdf")); });
    menu->addAction(tr("CSV of the plotted data…"), this,
                    [this] { exportWithDialog(QStringLiteral("csv")); });
    exportButton->setMenu(menu);
    m_tools->addWidget(reset);
    m_tools->addWidget(exportButton);
    layout->addLayout(m_tools);

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(280, 200);
    stylePlot(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);
    m_crosshair = new QCPItemStraightLine(m_plot);
    m_crosshair->setLayer(QStringLiteral("overlay"));
    m_crosshair->setPen(QPen(QColor(0x40, 0x40, 0x40, 140), 1, Qt::DashLine));
    m_crosshair->setClipToAxisRect(true);
    m_crosshair->setVisible(false);
    m_crosshair->setSelectable(false);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        ++m_replots;
        emit replotted();
    });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_userView = true; });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (e->button() == Qt::LeftButton) m_userView = true; // a drag pans; a right click opens the menu
    });
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_legendMenu->popup(m_plot->mapToGlobal(pos)); });
    layout->addWidget(m_plot, 1);

    m_note = new QCPItemText(m_plot);
    m_note->setLayer(QStringLiteral("overlay"));
    m_note->setClipToAxisRect(true);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.45);
    m_note->setPositionAlignment(Qt::AlignCenter);
    m_note->setTextAlignment(Qt::AlignCenter);
    m_note->setPadding(QMargins(10, 6, 10, 6));
    m_note->setSelectable(false);
    m_note->setVisible(false);
    applyLegendPlace();

    m_readout = new QLabel(m_plot);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setAttribute(Qt::WA_TransparentForMouseEvents);
    followLook(m_readout, [] {
        const QColor bg = overlayBackground();
        return QStringLiteral("QLabel { background: rgba(%1,%2,%3,235); border: 1px solid %4;"
                              " border-radius: 4px; padding: 4px 6px; color: %5; }")
            .arg(bg.red())
            .arg(bg.green())
            .arg(bg.blue())
            .arg(axisColor().name(), textColor().name());
    });
    m_readout->hide();
    applyLookToOverlays();
    // The look (light or dark, presenter mode) is applied before each replot; a change asks for one.
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] {
        if (m_plot->property("tbLookGeneration").toInt() != lookGeneration()) applyLookToOverlays();
        ensureGhostGraphs();
        followLookInPlot(m_plot);
    });
    connect(lookNotifier(), &LookNotifier::changed, this, [this] { queueReplot(); });
}

void PlotPanel::setTitle(const QString& title) {
    m_title = title;
    m_titleLabel->setText(title);
    m_titleLabel->setToolTip(title);
}

void PlotPanel::setAxisLabels(const QString& x, const QString& y) {
    m_plot->xAxis->setLabel(x);
    m_plot->yAxis->setLabel(y);
}

void PlotPanel::addTool(QWidget* tool) {
    // Before the stretch that separates the view controls from the actions.
    for (int i = 0; i < m_tools->count(); ++i)
        if (m_tools->itemAt(i)->spacerItem()) {
            m_tools->insertWidget(i, tool);
            return;
        }
    m_tools->addWidget(tool);
}

void PlotPanel::enableLogToggles(bool x, bool y) {
    m_logXBox->setVisible(x);
    m_logYBox->setVisible(y);
}

void PlotPanel::setLogX(bool on) {
    m_logX = on;
    if (m_logXBox->isChecked() != on) m_logXBox->setChecked(on);
    setLogScale(m_plot->xAxis, on);
    scaleChanged();
    resetView();
}

void PlotPanel::setLogY(bool on) {
    m_logY = on;
    if (m_logYBox->isChecked() != on) m_logYBox->setChecked(on);
    setLogScale(m_plot->yAxis, on);
    scaleChanged();
    resetView();
}

QString PlotPanel::legendSettingsKey() const {
    return QStringLiteral("plots/%1/legend").arg(m_type);
}

void PlotPanel::setLegendPlace(LegendPlace place) {
    m_legendPlace = place;
    if (g_rememberSettings) QSettings().setValue(legendSettingsKey(), int(place));
    applyLegendPlace();
    queueReplot();
}

void PlotPanel::setLegendAvailable(bool available) {
    m_legendAvailable = available;
    applyLegendPlace();
}

void PlotPanel::applyLegendPlace() {
    for (QAction* a : m_legendMenu->actions()) a->setChecked(a->data().toInt() == int(m_legendPlace));
    QCPLegend* legend = m_plot->legend;
    QCPLayoutInset* inset = m_plot->axisRect()->insetLayout();
    // Without legend entries (a box plot) the legend waits, hidden, inside: no empty column is left.
    const bool outside = m_legendPlace == LegendPlace::OutsideRight && m_legendAvailable;
    if (outside && !m_outsideLegend) {
        inset->take(legend);
        // A column right of the axis rect (row 0), as narrow as the legend (tiny stretch), top-aligned with
        // the axis rect (shared top margin), the legend at its top and an empty stretch below.
        m_outsideLegend = new QCPLayoutGrid;
        const int column = m_plot->plotLayout()->columnCount();
        m_plot->plotLayout()->addElement(0, column, m_outsideLegend);
        m_plot->plotLayout()->setColumnStretchFactor(column, 0.001);
        if (!m_legendMargins) m_legendMargins = new QCPMarginGroup(m_plot);
        m_plot->axisRect()->setMarginGroup(QCP::msTop, m_legendMargins);
        m_outsideLegend->setMarginGroup(QCP::msTop, m_legendMargins);
        m_outsideLegend->setMargins(QMargins(0, 0, 6, 0));
        m_outsideLegend->addElement(0, 0, legend);
        m_outsideLegend->addElement(1, 0, new QCPLayoutElement(m_plot));
        m_outsideLegend->setRowStretchFactor(0, 0.001);
        legend->setMargins(QMargins(6, 3, 6, 3));
    } else if (!outside && m_outsideLegend) {
        m_outsideLegend->take(legend);
        m_plot->plotLayout()->remove(m_outsideLegend); // deletes it and the stretch below the legend
        m_plot->plotLayout()->simplify();
        m_outsideLegend = nullptr;
        m_plot->axisRect()->setMarginGroup(QCP::msTop, nullptr);
        inset->addElement(legend, Qt::AlignTop | Qt::AlignLeft);
    }
    if (!outside)
        for (const LegendChoice& c : kLegendChoices)
            if (c.place == m_legendPlace) inset->setInsetAlignment(0, c.alignment);
    legend->setVisible(m_legendAvailable && m_legendPlace != LegendPlace::Hidden);
}

void PlotPanel::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    queueReplot();
}

QString PlotPanel::note() const {
    return m_note->visible() ? m_note->text() : QString();
}

void PlotPanel::setLive(bool live) {
    m_live = live;
    applyAdaptiveSampling(live);
}

void PlotPanel::applyAdaptiveSampling(bool on) {
    for (int i = 0; i < m_plot->graphCount(); ++i) m_plot->graph(i)->setAdaptiveSampling(on);
}

void PlotPanel::resetView() {
    m_userView = false;
    rescale();
    queueReplot();
}

void PlotPanel::requestReplot() {
    if (!m_userView) rescale();
    queueReplot();
}

void PlotPanel::queueReplot() {
    // A plot on a tab that is not shown draws nothing anyone sees: it replots when it is shown. (Drawing
    // every tab's plot into its buffer when a run ends cost the GUI thread 10-20 ms per plot, a dozen plots
    // for an RLHF run.) A plot that is its own window, or inside a window not yet shown, replots as before.
    if (window() != this && !isVisibleTo(window())) {
        m_replotWhenShown = true;
        return;
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (std::exchange(m_replotWhenShown, false)) m_plot->replot(QCustomPlot::rpQueuedRefresh);
}

bool PlotPanel::dataRange(const QVector<QCPGraph*>& graphs, QCPRange& x, QCPRange& y) const {
    bool any = false;
    for (QCPGraph* g : graphs) {
        if (!g->visible() || g->dataCount() == 0) continue;
        bool ok = false;
        const QCPRange kr = g->getKeyRange(ok, logX() ? QCP::sdPositive : QCP::sdBoth);
        if (!ok) continue;
        const QCPRange vr = g->getValueRange(ok, logY() ? QCP::sdPositive : QCP::sdBoth, kr);
        if (!ok) continue;
        if (!any) {
            x = kr;
            y = vr;
            any = true;
        } else {
            x.expand(kr);
            y.expand(vr);
        }
    }
    // The faint previous result is in view too: it is there to be compared with. (A ghost far outside the
    // view, as a whole-horizon curve above a preview's first checkpoint, also made QPainter stroke lines
    // millions of pixels long: 0.2-1 s for one replot.)
    for (const PlotGhost& ghost : m_ghosts)
        for (qsizetype i = 0; i < ghost.x.size() && i < ghost.y.size(); ++i) {
            const double kx = ghost.x[i], vy = ghost.y[i];
            if (!std::isfinite(kx) || !std::isfinite(vy) || (logX() && kx <= 0) || (logY() && vy <= 0))
                continue;
            if (!any) {
                x = QCPRange(kx, kx);
                y = QCPRange(vy, vy);
                any = true;
            } else {
                x.expand(kx);
                y.expand(vy);
            }
        }
    return any;
}

void PlotPanel::rescale() {
    m_plot->rescaleAxes(true);
}

QString PlotPanel::readout(double) const {
    return {};
}

QString PlotPanel::exportFileName(const QString& suffix) const {
    return tb::ui::exportFileName(m_subject, m_title.isEmpty() ? QStringLiteral("plot") : m_title, suffix);
}

bool PlotPanel::exportWith(const std::function<bool()>& save) {
    // Exact data (no adaptive sampling), no crosshair, and the title inside the picture.
    applyAdaptiveSampling(false);
    const bool wasVisible = m_crosshair->visible();
    m_crosshair->setVisible(false);
    QCPTextElement* title = nullptr;
    const QString pictureTitle = exportTitle(m_subject, m_title);
    if (!pictureTitle.isEmpty()) {
        m_plot->plotLayout()->insertRow(0);
        QFont f = m_plot->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() + 1);
        title = new QCPTextElement(m_plot, pictureTitle, f);
        title->setTextColor(textColor());
        m_plot->plotLayout()->addElement(0, 0, title);
    }
    const bool ok = save();
    if (title) {
        m_plot->plotLayout()->remove(title);
        m_plot->plotLayout()->simplify();
    }
    m_crosshair->setVisible(wasVisible);
    applyAdaptiveSampling(m_live);
    queueReplot();
    return ok;
}

namespace {

/// False (with the reason) when `path` must not be written: an SQLite database (a store) or one of its files.
bool safeTarget(const QString& path, QString* error) {
    try {
        checkNotAStoreFile(path.toStdString());
        return true;
    } catch (const InputError& e) {
        if (error) *error = QString::fromStdString(joinIssues(e.issues()));
        return false;
    }
}

/// Saves through `save(temporaryPath)` into a temporary file beside `path`, then renames it over `path`.
bool saveAtomically(const QString& path, QString* error, const std::function<bool(const QString&)>& save) {
    if (!safeTarget(path, error)) return false;
    const QFileInfo info(path);
    QTemporaryFile tmp(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                       QStringLiteral(".XXXXXX"));
    if (!tmp.open()) {
        if (error)
            *error = PlotPanel::tr("Cannot create a temporary file in %1: %2")
                         .arg(info.absolutePath(), tmp.errorString());
        return false;
    }
    tmp.close();
    const QString tmpPath = tmp.fileName();
    if (!save(tmpPath)) {
        if (error)
            *error = PlotPanel::tr("Could not write %1 (is the disk full?). The file was left as it was.")
                         .arg(path);
        return false;
    }
    QFile::setPermissions(tmpPath, info.exists() ? QFile(path).permissions()
                                                 : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                       QFile::ReadOther);
    if (std::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(path).constData()) != 0) {
        if (error)
            *error = PlotPanel::tr("Could not replace %1: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    tmp.setAutoRemove(false); // renamed: nothing left to remove
    return true;
}

} // namespace

bool PlotPanel::exportPng(const QString& path, int width, int height, QString* error) {
    return saveAtomically(path, error, [&](const QString& tmp) {
        return exportWith([&] { return m_plot->savePng(tmp, width, height, 2.0); });
    });
}

QString csvNumber(double v) {
    return std::isfinite(v) ? QString::number(v, 'g', 17) : QString();
}

bool PlotPanel::exportPdf(const QString& path, int width, int height, QString* error) {
    return saveAtomically(path, error, [&](const QString& tmp) {
        return exportWith([&] {
            return m_plot->savePdf(tmp, width, height, QCP::epNoCosmetic, QStringLiteral("TrialBench"),
                                   exportTitle(m_subject, m_title));
        });
    });
}

bool PlotPanel::exportCsv(const QString& path, QString* error) const {
    if (!safeTarget(path, error)) return false;
    QSaveFile f(path); // writes a temporary file and renames it on commit()
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) *error = f.errorString();
        return false;
    }
    QTextStream out(&f);
    out.setEncoding(QStringConverter::Utf8);
    out.setRealNumberPrecision(17);
    writeCsv(out);
    out.flush();
    if (!f.commit()) {
        if (error)
            *error = tr("Could not write %1 (%2). The file was left as it was.").arg(path, f.errorString());
        return false;
    }
    return true;
}

void PlotPanel::exportWithDialog(const QString& format) {
    QString filter;
    if (format == QLatin1String("png"))
        filter = tr("PNG image (*.png)");
    else if (format == QLatin1String("pdf"))
        filter = tr("PDF document (*.pdf)");
    else
        filter = tr("CSV table (*.csv)");
    const QString path = askExportPath(this, tr("Export plot"), m_subject,
                                       m_title.isEmpty() ? QStringLiteral("plot") : m_title, format, filter);
    if (path.isEmpty()) return;
    bool ok = false;
    QString error;
    if (format == QLatin1String("png"))
        ok = exportPng(path, 1200, 750, &error);
    else if (format == QLatin1String("pdf"))
        ok = exportPdf(path, 900, 560, &error);
    else
        ok = exportCsv(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"),
                             error.isEmpty() ? tr("Could not write %1.").arg(path) : error);
}

bool PlotPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot) {
        if (event->type() == QEvent::MouseMove)
            updateCrosshair(static_cast<QMouseEvent*>(event)->pos());
        else if (event->type() == QEvent::Leave)
            hideCrosshair();
        else if (event->type() == QEvent::MouseButtonDblClick)
            resetView();
    }
    return QWidget::eventFilter(watched, event);
}

void PlotPanel::updateCrosshair(const QPoint& pos) {
    const QRect r = m_plot->axisRect()->rect();
    if (!r.contains(pos) || m_plot->plottableCount() == 0) {
        hideCrosshair();
        return;
    }
    const double key = m_plot->xAxis->pixelToCoord(pos.x());
    const QString text = readout(key);
    if (text.isEmpty()) {
        hideCrosshair();
        return;
    }
    m_crosshair->point1->setCoords(key, 0);
    m_crosshair->point2->setCoords(key, 1);
    m_crosshair->setVisible(true);
    m_plot->layer(QStringLiteral("overlay"))->replot();
    m_readout->setText(text);
    m_readout->adjustSize();
    int x = pos.x() + 14;
    if (x + m_readout->width() > r.right()) x = pos.x() - 14 - m_readout->width();
    int y = std::clamp(pos.y() - m_readout->height() / 2, r.top() + 2,
                       std::max(r.top() + 2, r.bottom() - m_readout->height() - 2));
    m_readout->move(std::max(r.left() + 2, x), y);
    m_readout->show();
    m_readout->raise();
}

void PlotPanel::hideCrosshair() {
    if (m_crosshair->visible()) {
        m_crosshair->setVisible(false);
        m_plot->layer(QStringLiteral("overlay"))->replot();
    }
    m_readout->hide();
}

} // namespace tb::ui

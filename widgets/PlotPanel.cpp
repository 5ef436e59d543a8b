#include "PlotPanel.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSaveFile>
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

void stylePlot(QCustomPlot* plot) {
    plot->setBackground(Qt::white);
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHint(QCP::phCacheLabels, true);
    QFont tickFont = plot->font();
    tickFont.setPointSizeF(std::max(8.0, tickFont.pointSizeF() - 0.5));
    QFont labelFont = plot->font();
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(axisColor(), 1));
        axis->setTickPen(QPen(axisColor(), 1));
        axis->setSubTickPen(QPen(axisColor(), 1));
        axis->setTickLabelColor(textColor());
        axis->setLabelColor(textColor());
        axis->setTickLabelFont(tickFont);
        axis->setLabelFont(labelFont);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(4);
        axis->setSubTickLengthIn(0);
        axis->setSubTickLengthOut(2);
        axis->grid()->setPen(QPen(gridColor(), 1, Qt::SolidLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
        axis->grid()->setSubGridVisible(false);
    }
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 225));
    plot->legend->setBorderPen(QPen(gridColor()));
    plot->legend->setTextColor(textColor());
    plot->legend->setFont(tickFont);
    plot->legend->setIconSize(18, 10);
    plot->legend->setRowSpacing(0);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot->axisRect()->setAutoMargins(QCP::msAll);
}

PlotPanel::PlotPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);

    m_tools = new QHBoxLayout;
    m_tools->setSpacing(8);
    m_titleLabel = new QLabel(this);
    QFont tf = m_titleLabel->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() + 1);
    m_titleLabel->setFont(tf);
    m_tools->addWidget(m_titleLabel);
    m_tools->addStretch(1);

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
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_userView = true; });
    layout->addWidget(m_plot, 1);

    m_readout = new QLabel(m_plot);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_readout->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(255,255,255,235); border: 1px solid #c9ced6;"
                       " border-radius: 4px; padding: 4px 6px; color: #2b2f36; }"));
    m_readout->hide();
}

void PlotPanel::setTitle(const QString& title) {
    m_title = title;
    m_titleLabel->setText(title);
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
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::requestReplot() {
    if (!m_userView) rescale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
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
    m_plot->replot(QCustomPlot::rpQueuedReplot);
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

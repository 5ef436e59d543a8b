#pragma once
// PlotPanel: one QCustomPlot with the chrome every TrialBench plot shares: a tool row (reset view, export PNG
// / PDF / CSV, plus controls a subclass adds), a legend, zoom and pan with the mouse, and a crosshair
// read-out. Live plots use adaptive sampling and queued replots; exports switch adaptive sampling off so
// files hold exact data.
#include <QString>
#include <QWidget>
#include <functional>

#include "ExportPath.h"

class QCustomPlot;
class QCPItemStraightLine;
class QHBoxLayout;
class QLabel;
class QTextStream;
class QToolButton;

namespace tb::ui {

class PlotPanel : public QWidget {
    Q_OBJECT
public:
    explicit PlotPanel(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    void setTitle(const QString& title);
    QString title() const { return m_title; }
    /// The experiment and run shown: named in export file names and in the exported picture's title.
    void setExportSubject(const ExportSubject& subject) { m_subject = subject; }
    const ExportSubject& exportSubject() const { return m_subject; }

    /// Live plots: adaptive sampling on, queued replots. Off: exact drawing (for exports and stored runs).
    void setLive(bool live);
    bool isLive() const { return m_live; }

    // Exports write to a temporary file beside `path` and rename it over `path` when complete, so a failed
    // export (a full disk) leaves an existing file whole; a path that is an SQLite database (a store) or its
    // -wal/-shm file is refused untouched. On failure they return false and say why in `error`.
    bool exportPng(const QString& path, int width = 1200, int height = 750, QString* error = nullptr);
    bool exportPdf(const QString& path, int width = 900, int height = 560, QString* error = nullptr);
    /// Exactly the plotted data (after smoothing), full precision, one row per plotted point.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    virtual void writeCsv(QTextStream& out) const = 0;

    /// Number of replots actually drawn (for the responsiveness benchmark).
    int replotCount() const { return m_replots; }

public slots:
    void resetView();
    void requestReplot();

signals:
    void replotted();

protected:
    QHBoxLayout* toolRow() const { return m_tools; }
    /// Fits the axes to the data (subclasses override for fixed ranges).
    virtual void rescale();
    /// Text of the crosshair read-out at plot coordinate `key` (rich text; "" hides it).
    virtual QString readout(double key) const;
    virtual void applyAdaptiveSampling(bool on);
    /// Suggested file name for exports: experiment, run id and plot title (ExportPath.h).
    QString exportFileName(const QString& suffix) const;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool exportWith(const std::function<bool()>& save);
    void exportWithDialog(const QString& format);
    void updateCrosshair(const QPoint& pos);
    void hideCrosshair();

    QCustomPlot* m_plot = nullptr;
    QHBoxLayout* m_tools = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_readout = nullptr;
    QCPItemStraightLine* m_crosshair = nullptr;
    QString m_title;
    ExportSubject m_subject;
    bool m_live = true;
    bool m_userView = false; ///< the user zoomed or panned: keep the view until "Reset view"
    int m_replots = 0;

protected:
    bool userView() const { return m_userView; }
};

/// A CSV number field: full precision, or empty for a value that is not finite (the interval of a single
/// replicate is NaN), as in the CLI's CSV export.
QString csvNumber(double v);

/// Applies the TrialBench look (fonts, axis and grid pens, legend) to a QCustomPlot.
void stylePlot(QCustomPlot* plot);

} // namespace tb::ui

#pragma once
// PlotPanel: one QCustomPlot with the chrome every TrialBench plot shares: a title line, a tool row (log x /
// log y toggles where a subclass enables them, controls the subclass adds, legend placement, reset view,
// export PNG / PDF / CSV), axis labels, a legend the user places (inside a corner, outside right, or hidden;
// remembered per plot type), zoom and pan with the mouse, a crosshair read-out, and a note shown in the axis
// rect when there is nothing to draw and the plot must say why. Live plots use adaptive sampling and queued
// replots; exports switch adaptive sampling off so files hold exact data.
#include <QColor>
#include <QPointer>
#include <QString>
#include <QVector>
#include <QWidget>
#include <functional>

#include "ExportPath.h"

class QCheckBox;
class QCustomPlot;
class QCPAxis;
class QCPGraph;
class QCPRange;
class QCPItemStraightLine;
class QCPItemText;
class QCPLayoutGrid;
class QCPMarginGroup;
class QHBoxLayout;
class QMenu;
class QLabel;
class QTextStream;
class QToolButton;

namespace tb::ui {

/// A curve of an earlier result, drawn faint under the current ones while a new result is computed (live
/// tuning: the previous curve stays for comparison until the new one is ready).
struct PlotGhost {
    QVector<double> x, y;
    QColor color;
};

class PlotPanel : public QWidget {
    Q_OBJECT
public:
    /// `type` names the kind of plot ("series", "bars", "distribution") for its remembered settings.
    explicit PlotPanel(const QString& type, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    void setTitle(const QString& title);
    QString title() const { return m_title; }
    /// The experiment and run shown: named in export file names and in the exported picture's title.
    void setExportSubject(const ExportSubject& subject) { m_subject = subject; }
    const ExportSubject& exportSubject() const { return m_subject; }
    void setAxisLabels(const QString& x, const QString& y);

    /// Logarithmic axes (toggles in the tool row where the subclass enabled them). Values <= 0 have no place
    /// on a log axis: they are left out of the fitted range.
    void setLogX(bool on);
    void setLogY(bool on);
    bool logX() const { return m_logX; }
    bool logY() const { return m_logY; }

    enum class LegendPlace { TopLeft, TopRight, BottomLeft, BottomRight, OutsideRight, Hidden };
    /// Where the legend goes; remembered per plot type (QSettings "plots/<type>/legend") when settings are on
    /// (see setRememberSettings).
    void setLegendPlace(LegendPlace place);
    LegendPlace legendPlace() const { return m_legendPlace; }
    /// The menu of legend places (the tool row's "Legend" button and the plot's context menu).
    QMenu* legendMenu() const { return m_legendMenu; }
    /// Whether settings (the legend place) are read and written: on in the application, off by default in
    /// tests. Process-wide.
    static void setRememberSettings(bool on);

    /// A sentence shown in the middle of the axis rect ("" hides it): why there is nothing (yet) to see.
    void setNote(const QString& note);
    QString note() const;

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

    /// The curves drawn now (each graph with a legend entry and a visible line), as ghosts.
    QVector<PlotGhost> captureGhosts() const;
    /// Draws `ghosts` faint under the plot's own curves (kept when the plot rebuilds its graphs) until
    /// clearGhosts(); they are not exported and have no legend entry.
    void setGhosts(const QVector<PlotGhost>& ghosts);
    void clearGhosts() { setGhosts({}); }
    int ghostCount() const { return int(m_ghosts.size()); }

    /// Number of replots actually drawn (for the responsiveness benchmark).
    int replotCount() const { return m_replots; }

public slots:
    void resetView();
    /// Fits the view to the data (unless the user zoomed or panned) and replots (queued; a plot on a tab that
    /// is not shown replots when it is shown).
    void requestReplot();

signals:
    void replotted();

protected:
    /// Adds a control to the tool row, after the log toggles and before the legend, reset and export actions.
    void addTool(QWidget* tool);
    /// Shows the Log x / Log y toggles.
    void enableLogToggles(bool x, bool y);
    /// After a log toggle, before the view is fitted again (e.g. bars move their base above 0).
    virtual void scaleChanged() {}
    /// Whether this plot has legend entries to show at all (a box plot has none); the user's place is kept.
    void setLegendAvailable(bool available);
    /// Fits the axes to the data (subclasses override for fixed ranges).
    virtual void rescale();
    /// The key and value ranges spanned by the visible, non-empty `graphs` (positive values only on a log
    /// axis); false when there is none.
    bool dataRange(const QVector<QCPGraph*>& graphs, QCPRange& x, QCPRange& y) const;
    /// Text of the crosshair read-out at plot coordinate `key` (rich text; "" hides it).
    virtual QString readout(double key) const;
    virtual void applyAdaptiveSampling(bool on);
    /// Suggested file name for exports: experiment, run id and plot title (ExportPath.h).
    QString exportFileName(const QString& suffix) const;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    /// A queued replot, or one when the plot is next shown if it is on a hidden tab.
    void queueReplot();

private:
    bool exportWith(const std::function<bool()>& save);
    void exportWithDialog(const QString& format);
    void updateCrosshair(const QPoint& pos);
    void hideCrosshair();
    void applyLegendPlace();
    void applyLookToOverlays(); ///< the note and crosshair in the current look
    void ensureGhostGraphs(); ///< (re)creates the ghosts' graphs, e.g. after the subclass cleared its graphs
    QString legendSettingsKey() const;

    QCustomPlot* m_plot = nullptr;
    QHBoxLayout* m_tools = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_readout = nullptr;
    QCPItemStraightLine* m_crosshair = nullptr;
    QCPItemText* m_note = nullptr;
    QCheckBox* m_logXBox = nullptr;
    QCheckBox* m_logYBox = nullptr;
    QMenu* m_legendMenu = nullptr;
    QCPLayoutGrid* m_outsideLegend = nullptr; ///< the column right of the axis rect holding the legend
    QCPMarginGroup* m_legendMargins = nullptr;
    LegendPlace m_legendPlace = LegendPlace::OutsideRight;
    bool m_legendAvailable = true;
    bool m_logX = false, m_logY = false;
    QString m_title;
    ExportSubject m_subject;
    QString m_type;
    bool m_live = true;
    bool m_userView = false; ///< the user zoomed or panned: keep the view until "Reset view"
    int m_replots = 0;
    bool m_replotWhenShown = false; ///< a replot was asked for while the plot was hidden
    QVector<PlotGhost> m_ghosts;
    QVector<QPointer<QCPGraph>> m_ghostGraphs;

protected:
    bool userView() const { return m_userView; }
};

/// A CSV number field: full precision, or empty for a value that is not finite (the interval of a single
/// replicate is NaN), as in the CLI's CSV export.
QString csvNumber(double v);

/// Applies the TrialBench look (fonts, axis and grid pens, legend) to a QCustomPlot.
void stylePlot(QCustomPlot* plot);
/// The colours, fonts and chrome pens of the current look (Palette.h: light or dark, presenter mode).
void applyLookToPlot(QCustomPlot* plot);
/// Before a replot: the look again if it changed since the plot was styled, and every plottable's and guide
/// line's pen (and marker) at lineScale() times its own width, in the current look's series colour.
void followLookInPlot(QCustomPlot* plot);
/// Makes `axis` logarithmic (decades, "1e3" labels) or linear.
void setLogScale(QCPAxis* axis, bool on);

} // namespace tb::ui

#pragma once
// ProjectionView: the scaling projection of the Survival Game (reference survival-game.md §9) for the shipped
// sample or a user's (N, a) CSV. A label filter (a prefix or regular expression, selectByLabel) chooses the
// fitted set; the line a = c · N^b is fitted by OLS with a pair bootstrap (projectScaling, 2000 resamples),
// or the paper's digitized line is projected instead (kPaperLine). The plot (ProjectionPlot, log–log) shows
// the points (fitted set in colour, the rest grey), the line extended beyond the a = 3 crossing with its 95%
// band, the three level bands and the crossings N*(2), N*(3); the text below gives the line, the crossings
// with their 95% intervals and the year (a reconstruction). A bad CSV is reported as FILE:LINE and the data
// shown are kept.
#include <QVector>
#include <QWidget>
#include <vector>

#include "PlotPanel.h"
#include "survival/Projection.h"

class QCheckBox;
class QCPGraph;
class QCPItemStraightLine;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tb::ui {

/// The log–log plot of the projection. Its CSV export writes exactly what is drawn: one row per point of
/// each series (series, N, a, a_low, a_high, N_low, N_high; the bounds where the series has them).
class ProjectionPlot : public PlotPanel {
    Q_OBJECT
public:
    explicit ProjectionPlot(QWidget* parent = nullptr);

    /// `all`: every point of the data; `selected`: those the filter keeps (drawn in colour); `projection`:
    /// the line projected (null: none).
    void setProjection(const std::vector<survival::ScalingPoint>& all,
                       const std::vector<survival::ScalingPoint>& selected,
                       const survival::ScalingProjection* projection);

    struct Series {
        QString name;
        QVector<double> n, a, aLow, aHigh, nLow, nHigh;
    };
    /// What is plotted, in the CSV's order: fitted points, other points, the line, its band, the crossings.
    const QVector<Series>& series() const { return m_series; }

    void writeCsv(QTextStream& out) const override;

protected:
    void rescale() override;
    QString readout(double key) const override;

private:
    QVector<Series> m_series;
    QCPGraph *m_fitted = nullptr, *m_others = nullptr, *m_line = nullptr, *m_bandLow = nullptr,
             *m_bandHigh = nullptr, *m_crossings = nullptr;
    QVector<QCPItemStraightLine*> m_markers;
};

class ProjectionView : public QWidget {
    Q_OBJECT
public:
    explicit ProjectionView(QWidget* parent = nullptr);

    ProjectionPlot* plot() const { return m_plot; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* paperLineBox() const { return m_paper; }
    /// The text below the plot as plain text (powers written 10^x).
    QString summaryText() const;
    /// The projection shown (null when nothing could be fitted).
    const survival::ScalingProjection* projection() const {
        return m_hasProjection ? &m_projection : nullptr;
    }
    /// Where the points came from ("sample" or a file name).
    QString source() const { return m_source; }
    /// The last error reported (a bad CSV, a filter that matches nothing), "" after a good update.
    QString lastError() const { return m_error; }

public slots:
    /// The shipped sample (sampleScalingPoints()).
    void showSample();
    /// Reads (N, a) pairs from a CSV file; on an error reports it (FILE:LINE) and keeps the data shown.
    bool openCsv(const QString& path);
    void setFilter(const QString& pattern);
    void setPaperLine(bool on);

signals:
    /// A problem to show the user (the view shows it in a message box unless on the offscreen platform).
    void failed(const QString& title, const QString& text);

private:
    void setPoints(std::vector<survival::ScalingPoint> points, const QString& source);
    void recompute();
    void report(const QString& title, const QString& text);

    ProjectionPlot* m_plot = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_paper = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_sample = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_summary = nullptr;
    std::vector<survival::ScalingPoint> m_points, m_selected;
    survival::ScalingProjection m_projection;
    bool m_hasProjection = false;
    QString m_source, m_error, m_filterProblem;
};

} // namespace tb::ui

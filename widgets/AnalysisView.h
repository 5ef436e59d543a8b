#pragma once
// AnalysisView: what a kind derived from pooled data, for every compared variant, generic over the kind: a
// badge per verdict (the point class in large type and a stacked bar of the probability of every class, with
// how they were obtained), the warnings, and a table of every named estimate (runs in columns, the note as a
// tooltip), exportable as CSV. Live derivations are marked as such.
#include <QVector>
#include <QWidget>
#include <memory>

#include "ExportPath.h"
#include "core/Snapshot.h"

class QLabel;
class QTableWidget;
class QVBoxLayout;
class QPushButton;

namespace tb::ui {

/// A stacked bar of class probabilities with the point class named above it.
class VerdictBadge : public QWidget {
    Q_OBJECT
public:
    explicit VerdictBadge(QWidget* parent = nullptr);
    void setVerdict(const QString& run, const QColor& runColor, const Verdict& verdict, bool live);
    const Verdict& verdict() const { return m_verdict; }
    /// The badge's one-line text (also its accessible name): "Zeta a=2.5: Capable — Limited 0.00, ...".
    QString summary() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_run;
    QColor m_runColor;
    Verdict m_verdict;
    bool m_live = false;
};

/// Colour of class k of n ordered classes (worst first: red, amber, green for three).
QColor verdictClassColor(int k, int n);

class AnalysisView : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisView(QWidget* parent = nullptr);
    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

    QTableWidget* table() const { return m_table; }
    QVector<VerdictBadge*> badges() const { return m_badges; }
    QString warningsText() const;
    /// The estimates table as CSV (run, name, label, value, unit, note), exactly the values shown.
    QString csv() const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    void setExportSubject(const ExportSubject& subject) { m_subject = subject; }

private:
    std::shared_ptr<const Snapshot> m_snapshot;
    QVBoxLayout* m_badgeBox = nullptr;
    QVector<VerdictBadge*> m_badges;
    QLabel* m_basis = nullptr;
    QLabel* m_warnings = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_export = nullptr;
    ExportSubject m_subject;
};

} // namespace tb::ui

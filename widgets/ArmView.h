#pragma once
// ArmView: step mode's picture of a bandit (docs/gui.md, "Step mode"). One column per arm on a shared value
// axis: the true mean (a dashed line the user can drag up and down; hidden for a "guess the best arm" game),
// what the policy saw when it decided the round (its mean of the arm with the interval up to the index for
// index policies, the posterior density for Thompson sampling), the value that decided the round (index,
// posterior sample, empirical mean), the chosen arm highlighted, and below each column the pulls, the mean
// and the true mean after the pull. The sentence that says why the arm was chosen sits above.
#include <QString>
#include <QWidget>
#include <vector>

#include "bandit/Stepper.h"

class QLabel;

namespace tb::ui {

class ArmCanvas;

class ArmView : public QWidget {
    Q_OBJECT
public:
    explicit ArmView(QWidget* parent = nullptr);

    /// Shows `stepper`'s state after its last pull; `color` is the played policy's series colour.
    void setState(const bandit::Stepper& stepper, const QColor& color);
    /// Shows nothing but `note` (why there is nothing to show).
    void clear(const QString& note);
    /// Hides the true means (and the best arm's mark): they can no longer be seen nor dragged.
    void setTrueMeansHidden(bool hidden);
    bool trueMeansHidden() const;

    // What the view shows, for tests: the numbers it draws and prints.
    int arms() const;
    int chosenArm() const;
    qint64 pulls(int arm) const;
    /// The empirical mean after the pull (printed below the column; NaN before the arm's first pull).
    double shownMean(int arm) const;
    double trueMean(int arm) const;
    /// What the policy compared this round (NaN where nothing): index, sample, mean or probability.
    double decisionValue(int arm) const;
    /// The policy's mean of the arm when it decided (the dot), and the interval drawn around it.
    double decisionMean(int arm) const;
    double intervalLow(int arm) const;
    double intervalHigh(int arm) const;
    /// Whether a posterior density is drawn for the arm.
    bool showsPosterior(int arm) const;
    /// The lines printed below column `arm`.
    QStringList columnText(int arm) const;
    QString reasonText() const;
    QString legendText() const;
    /// The value axis shown, and the value at a vertical pixel position of the canvas (and back).
    double valueAt(int y) const;
    int yOf(double value) const;
    /// The canvas, and where arm `arm`'s true mean line is drawn on it (for tests that drag it).
    QWidget* canvas() const;
    QPoint trueMeanHandle(int arm) const;

signals:
    /// The user dragged arm `arm`'s true mean to `value` (emitted on every move and at the release).
    void trueMeanDragged(int arm, double value);

private:
    QLabel* m_reason = nullptr;
    QLabel* m_legend = nullptr;
    ArmCanvas* m_canvas = nullptr;
};

} // namespace tb::ui

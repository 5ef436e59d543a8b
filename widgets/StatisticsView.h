#pragma once
// StatisticsView: the compare view's "Statistical tests" page, the verdict table of `trialbench-cli compare`
// in the window. For one Series metric it lists every compared run's per-replicate final values (count,
// missing, mean, sd) and every pair of runs with Welch's t-test and the Mann-Whitney U test (p and
// Holm-adjusted p), the difference of means, Hedges' g and the probability of superiority with bootstrap
// intervals, and the verdict phrased by the metric's direction ("A better", "B better", "equal"). The numbers
// are tb::stats::compareFinite's (docs/statistics.md); they are computed on the global thread pool, latest
// wins, and changing α only re-decides the verdicts (tb::stats::decideVerdicts).
#include <QColor>
#include <QString>
#include <QWidget>
#include <cstdint>
#include <memory>
#include <vector>

#include "stats/PairwiseComparison.h"

class QComboBox;
class QLabel;
class QSplitter;
class QTableWidget;

namespace tb::ui {

/// One compared run: its name as shown ("#3 UCB1"), its colour in the plots, its per-replicate final values
/// (NaN: a replicate without a value) and the step they are from (-1: unknown).
struct StatisticsRun {
    QString name;
    QColor colour;
    std::vector<double> values;
    std::int64_t step = -1;
    bool operator==(const StatisticsRun&) const = default;
};

class StatisticsView : public QWidget {
    Q_OBJECT
public:
    /// Columns of pairsTable().
    enum PairColumn {
        PairA,
        PairB,
        PairVerdict,
        PairDifference,
        PairWelchP,
        PairWelchHolm,
        PairMannWhitneyP,
        PairMannWhitneyHolm,
        PairHedgesG,
        PairSuperiority,
        PairColumnCount
    };
    /// Columns of runsTable().
    enum RunColumn { RunName, RunReplicates, RunMean, RunSd, RunNote, RunColumnCount };
    /// Numeric cells hold their number at full precision under this role (the estimate for a cell with an
    /// interval); the verdict cell holds the pair's tb::stats::Verdict as an int, and the better run's index
    /// (-1: none) under BetterRole.
    static constexpr int ValueRole = Qt::UserRole;
    static constexpr int BetterRole = Qt::UserRole + 1;

    explicit StatisticsView(QWidget* parent = nullptr);

    /// Compares `runs` on a metric (its label, as shown, and its direction). Starts the computation off the
    /// GUI thread unless the same runs were compared last; isComputing() until computed() is emitted.
    void setRuns(const QString& metricLabel, bool lowerIsBetter, std::vector<StatisticsRun> runs);
    /// The significance level (family-wise error) of the verdicts: 0.01, 0.05 (default) or 0.1.
    void setAlpha(double alpha);
    double alpha() const;
    /// The options the tests run with (α, 2 000 bootstrap resamples, seed 1: `trialbench-cli compare`'s).
    stats::ComparisonOptions options() const;

    bool isComputing() const { return m_computing; }
    /// The comparison shown (null before the first one arrived): its pairs' a and b index the runs.
    const stats::FiniteComparison* result() const { return m_result.get(); }
    const std::vector<StatisticsRun>& runs() const { return m_runs; }

    QComboBox* alphaBox() const { return m_alphaBox; }
    QTableWidget* runsTable() const { return m_runsTable; }
    QTableWidget* pairsTable() const { return m_pairsTable; }
    /// Left-out runs, warnings, "Computing…".
    QLabel* noteLabel() const { return m_note; }

signals:
    /// A computation of the latest runs finished and its result is shown.
    void computed();

private:
    void start();
    void launch(std::uint64_t ticket);
    void finish(std::uint64_t ticket, std::shared_ptr<stats::FiniteComparison> result, const QString& error);
    void render();
    void renderRuns();
    void renderPairs();
    void renderNotes();

    QString m_metricLabel;
    bool m_lowerIsBetter = true;
    std::vector<StatisticsRun> m_runs;
    /// The runs of the result shown (m_runs once it arrives).
    std::vector<StatisticsRun> m_resultRuns;
    bool m_resultLowerIsBetter = true;
    QString m_resultMetricLabel;
    std::shared_ptr<stats::FiniteComparison> m_result;
    QString m_error;

    std::uint64_t m_ticket = 0; ///< of the latest request
    bool m_running = false;     ///< a computation is under way on the pool
    bool m_computing = false;   ///< the latest request is not shown yet
    bool m_haveRequest = false; ///< setRuns was called at least once

    int m_sizedFor = -1; ///< the number of runs the splitter was last sized for
    QSplitter* m_split = nullptr;
    QLabel* m_heading = nullptr;
    QComboBox* m_alphaBox = nullptr;
    QTableWidget* m_runsTable = nullptr;
    QLabel* m_note = nullptr;
    QTableWidget* m_pairsTable = nullptr;
    QLabel* m_footnote = nullptr;
};

} // namespace tb::ui

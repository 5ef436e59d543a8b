#include "StatisticsView.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSplitter>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <cmath>
#include <exception>

#include "Palette.h"
#include "stats/MannWhitney.h"
#include "stats/Welch.h"

namespace tb::ui {

namespace {

constexpr double kAlphas[] = {0.01, 0.05, 0.1};

QString number(double v, int digits = 4) {
    if (!std::isfinite(v)) return QStringLiteral("—");
    return QLocale().toString(v, 'g', digits);
}

QString withInterval(double v, const stats::Interval& i, int digits = 4) {
    //: A value and its confidence interval, "0.12 [0.05, 0.2]"; in languages whose decimal separator is a
    //: comma, separate the bounds otherwise.
    return StatisticsView::tr("%1 [%2, %3]")
        .arg(number(v, digits), number(i.low, digits), number(i.high, digits));
}

/// A table cell holding a number at full precision under ValueRole.
QTableWidgetItem* numberItem(const QString& text, double value) {
    auto* item = new QTableWidgetItem(text);
    item->setData(StatisticsView::ValueRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// Colour-blind-safe colours of the two decided verdicts (Okabe–Ito blue and orange) and the equal one.
QColor verdictBackground(int side) {
    return bandColor(seriesColor(side == 0 ? 0 : 1), look().dark ? 110 : 70);
}

void setBold(QTableWidgetItem* item, bool bold = true) {
    QFont f = item->font();
    f.setBold(bold);
    item->setFont(f);
}

QTableWidget* makeTable(QWidget* parent, const QString& objectName) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

void setHeaders(QTableWidget* t, const QStringList& titles, const QStringList& tips) {
    t->setColumnCount(int(titles.size()));
    for (int c = 0; c < titles.size(); ++c) {
        auto* h = new QTableWidgetItem(titles[c]);
        h->setToolTip(tips.value(c));
        t->setHorizontalHeaderItem(c, h);
    }
}

} // namespace

StatisticsView::StatisticsView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("compareStatistics"));
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(8, 6, 8, 6);

    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    top->addWidget(m_heading, 1);
    auto* al = new QLabel(tr("Significance level α"), this);
    m_alphaBox = new QComboBox(this);
    m_alphaBox->setObjectName(QStringLiteral("compareAlpha"));
    for (double a : kAlphas) m_alphaBox->addItem(QLocale().toString(a, 'g', 2), a);
    m_alphaBox->setCurrentIndex(1);
    m_alphaBox->setToolTip(
        tr("Family-wise error of the verdicts: the chance that any pair is called different when none is. "
           "Smaller α asks for stronger evidence."));
    al->setBuddy(m_alphaBox);
    al->setToolTip(m_alphaBox->toolTip());
    top->addWidget(al);
    top->addWidget(m_alphaBox);
    lay->addLayout(top);

    m_runsTable = makeTable(this, QStringLiteral("compareStatisticsRuns"));
    setHeaders(m_runsTable, {tr("Run"), tr("Replicates"), tr("Mean"), tr("SD"), tr("Note")},
               {tr("A compared run: experiment #id and the variant's label"),
                tr("Replicates with a final value (those without one are left out and counted as missing)"),
                tr("Mean of the replicates' final values"),
                tr("Standard deviation of the replicates' final values (n − 1)"),
                tr("Why a run is left out of the comparison")});
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    setWarningText(m_note);

    // The runs above the pairs, resizable; the runs get the height of up to 5 rows when they change.
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setChildrenCollapsible(false);
    m_runsTable->setParent(m_split);
    m_split->addWidget(m_runsTable);
    auto* pairsPage = new QWidget(m_split);
    auto* pl = new QVBoxLayout(pairsPage);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(m_note);
    m_pairsTable = makeTable(pairsPage, QStringLiteral("compareStatisticsPairs"));
    setHeaders(
        m_pairsTable,
        {tr("A"), tr("B"), tr("Verdict"), tr("A − B [95% CI]"), tr("Welch p"), tr("Holm"), tr("MWU p"),
         tr("Holm"), tr("Hedges' g [95% CI]"), tr("P(A > B) [95% CI]")},
        {tr("The first run of the pair"), tr("The second run of the pair"),
         tr("From Welch's test: “A better” or “B better” (by the metric's direction) when the Holm-adjusted "
            "Welch p is below α, else “equal”: no significant difference, which is not proof that the runs "
            "are "
            "equal. Hover a verdict for the Mann–Whitney test's"),
         tr("Difference of the mean final values, A − B, with its 95% percentile bootstrap interval"),
         tr("Welch's t-test (unequal variances), two-sided: the chance of a difference of means at least "
            "this "
            "large if the runs had equal means"),
         tr("Welch p adjusted by Holm's step-down method over all pairs, so that the verdicts together keep "
            "the error at α; bold: below α"),
         tr("Mann–Whitney U (rank-sum) test, two-sided: does one run tend to give larger values? Robust to "
            "outliers and heavy tails. Exact without ties up to %1 values; * marks the normal approximation")
             .arg(stats::kMannWhitneyExactMax),
         tr("Mann–Whitney p adjusted by Holm's method over all pairs; bold: below α"),
         tr("Hedges' g: the difference of means in pooled standard deviations, corrected for small samples, "
            "with its 95% bootstrap interval (about 0.2 small, 0.5 medium, 0.8 large)"),
         tr("Probability of superiority: the chance that a replicate of A ends above one of B (ties count "
            "half), with its 95% bootstrap interval; 0.5: neither tends to be larger")});
    pl->addWidget(m_pairsTable, 1);
    m_split->addWidget(pairsPage);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    lay->addWidget(m_split, 1);

    m_footnote = new QLabel(this);
    m_footnote->setWordWrap(true);
    setMutedText(m_footnote);
    lay->addWidget(m_footnote);

    connect(m_alphaBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_result) stats::decideVerdicts(m_result->pairs, alpha());
        render();
    });
    connect(lookNotifier(), &LookNotifier::changed, this, &StatisticsView::render);
    render();
}

double StatisticsView::alpha() const {
    return m_alphaBox->currentData().toDouble();
}

void StatisticsView::setAlpha(double a) {
    for (int i = 0; i < m_alphaBox->count(); ++i)
        if (std::abs(m_alphaBox->itemData(i).toDouble() - a) < 1e-12) m_alphaBox->setCurrentIndex(i);
}

stats::ComparisonOptions StatisticsView::options() const {
    stats::ComparisonOptions o; // 2 000 resamples, seed 1, 95%: the CLI's defaults
    o.alpha = alpha();
    return o;
}

void StatisticsView::setRuns(const QString& metricLabel, bool lowerIsBetter,
                             std::vector<StatisticsRun> runs) {
    const bool same =
        m_haveRequest && runs == m_runs && metricLabel == m_metricLabel && lowerIsBetter == m_lowerIsBetter;
    m_metricLabel = metricLabel;
    m_lowerIsBetter = lowerIsBetter;
    m_haveRequest = true;
    if (same) { // nothing to compute again
        render();
        return;
    }
    m_runs = std::move(runs);
    start();
}

void StatisticsView::start() {
    ++m_ticket;
    m_computing = true;
    if (!m_running) launch(m_ticket);
    render();
}

void StatisticsView::launch(std::uint64_t ticket) {
    m_running = true;
    std::vector<std::vector<double>> raw;
    raw.reserve(m_runs.size());
    for (const StatisticsRun& r : m_runs) raw.push_back(r.values);
    const stats::ComparisonOptions o = options();
    QPointer<StatisticsView> self(this);
    // The bootstrap takes 2 000 resamples per pair: tens of milliseconds to seconds with many replicates or
    // runs, so never on the GUI thread. A stale result is dropped; the next request starts when it arrives.
    QThreadPool::globalInstance()->start([self, ticket, raw = std::move(raw), o] {
        auto result = std::make_shared<stats::FiniteComparison>();
        QString error;
        try {
            *result = stats::compareFinite(raw, o);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
            result.reset();
        }
        QCoreApplication* app = QCoreApplication::instance(); // null once the application is closing
        if (!app) return;
        QMetaObject::invokeMethod(
            app,
            [self, ticket, result, error] {
                if (self) self->finish(ticket, result, error);
            },
            Qt::QueuedConnection);
    });
}

void StatisticsView::finish(std::uint64_t ticket, std::shared_ptr<stats::FiniteComparison> result,
                            const QString& error) {
    m_running = false;
    if (ticket != m_ticket) {
        launch(m_ticket); // the runs changed meanwhile: compare the latest ones
        return;
    }
    m_computing = false;
    m_result = std::move(result);
    m_error = error;
    if (m_result) stats::decideVerdicts(m_result->pairs, alpha()); // α may have changed meanwhile
    m_resultRuns = m_runs;
    m_resultLowerIsBetter = m_lowerIsBetter;
    m_resultMetricLabel = m_metricLabel;
    render();
    emit computed();
}

void StatisticsView::render() {
    m_heading->setText(m_metricLabel.isEmpty()
                           ? QString()
                           : (m_lowerIsBetter ? tr("Final value of “%1” in each replicate; lower is better")
                                              : tr("Final value of “%1” in each replicate; higher is better"))
                                 .arg(m_metricLabel));
    renderRuns();
    renderPairs();
    renderNotes();
}

void StatisticsView::renderRuns() {
    // While the latest runs are being compared, their counts are already known; the means wait for nothing
    // either (they are cheap), so the table always shows the latest runs.
    m_runsTable->setRowCount(int(m_runs.size()));
    for (int i = 0; i < int(m_runs.size()); ++i) {
        const StatisticsRun& r = m_runs[std::size_t(i)];
        const stats::FiniteSample s = stats::finiteSample(r.values);
        auto* name = new QTableWidgetItem(r.name);
        name->setForeground(r.colour);
        setBold(name);
        m_runsTable->setItem(i, RunName, name);
        auto* n = numberItem(s.missing ? tr("%1 (%n missing)", nullptr, s.missing).arg(s.values.size())
                                       : QString::number(s.values.size()),
                             double(s.values.size()));
        m_runsTable->setItem(i, RunReplicates, n);
        const double mean = s.values.empty() ? std::nan("") : stats::sampleMean(s.values);
        const double sd =
            s.values.size() < 2 ? std::nan("") : std::sqrt(stats::sampleVariance(s.values, mean));
        m_runsTable->setItem(i, RunMean, numberItem(number(mean), mean));
        m_runsTable->setItem(i, RunSd, numberItem(number(sd), sd));
        QString note;
        if (!s.comparable())
            note = s.values.empty() ? tr("Not compared: no final value")
                                    : tr("Not compared: %n final value(s), at least %1 needed", nullptr,
                                         int(s.values.size()))
                                          .arg(stats::kMinComparedValues);
        auto* noteItem = new QTableWidgetItem(note);
        if (!note.isEmpty()) noteItem->setForeground(warningTextColor());
        m_runsTable->setItem(i, RunNote, noteItem);
    }
    m_runsTable->resizeColumnsToContents();
    // As tall as its rows (up to 5, then it scrolls; the splitter moves), so the pairs get the rest.
    if (int(m_runs.size()) != m_sizedFor) {
        m_sizedFor = int(m_runs.size());
        const int shown = std::clamp(m_sizedFor, 1, 5);
        int h = m_runsTable->horizontalHeader()->sizeHint().height() + 2 * m_runsTable->frameWidth() + 2;
        for (int i = 0; i < shown; ++i)
            h += i < m_runsTable->rowCount() ? m_runsTable->rowHeight(i)
                                             : m_runsTable->verticalHeader()->defaultSectionSize();
        const int total = std::max(m_split->height(), 3 * h);
        m_split->setSizes({h, total - h});
    }
}

void StatisticsView::renderPairs() {
    m_pairsTable->setRowCount(0);
    if (m_computing || !m_result) return;
    const auto& runs = m_resultRuns;
    const double a = alpha();
    const QString alphaText = QLocale().toString(a, 'g', 2);
    m_pairsTable->setRowCount(int(m_result->pairs.size()));
    for (int row = 0; row < int(m_result->pairs.size()); ++row) {
        const stats::PairComparison& p = m_result->pairs[std::size_t(row)];
        const StatisticsRun& ra = runs[std::size_t(p.a)];
        const StatisticsRun& rb = runs[std::size_t(p.b)];
        auto name = [](const StatisticsRun& r) {
            auto* item = new QTableWidgetItem(r.name);
            item->setForeground(r.colour);
            item->setToolTip(r.name);
            return item;
        };
        m_pairsTable->setItem(row, PairA, name(ra));
        m_pairsTable->setItem(row, PairB, name(rb));

        // The verdict, phrased by the metric's direction, coloured by side (text too, never colour alone).
        const int better = stats::betterSample(p, m_resultLowerIsBetter);
        stats::PairComparison rank = p;
        rank.verdict = p.verdictMannWhitney;
        const int betterRank = stats::betterSample(rank, m_resultLowerIsBetter);
        auto verdictText = [&](int b) {
            return b < 0 ? tr("equal") : b == p.a ? tr("A better") : tr("B better");
        };
        auto* verdict = new QTableWidgetItem(verdictText(better));
        verdict->setData(ValueRole, int(p.verdict));
        verdict->setData(BetterRole, better);
        verdict->setTextAlignment(Qt::AlignCenter);
        if (better >= 0) {
            verdict->setBackground(verdictBackground(better == p.a ? 0 : 1));
            setBold(verdict);
        } else {
            verdict->setForeground(mutedTextColor());
        }
        QString tip;
        if (better >= 0) {
            const StatisticsRun& winner = better == p.a ? ra : rb;
            tip = (m_resultLowerIsBetter
                       ? tr("%1 is better: its mean is lower (Holm-adjusted Welch p = %2 < α = %3).")
                       : tr("%1 is better: its mean is higher (Holm-adjusted Welch p = %2 < α = %3)."))
                      .arg(winner.name, number(p.welchHolm, 3), alphaText);
        } else {
            tip =
                tr("No significant difference at α = %1 (Holm-adjusted Welch p = %2); this is not proof that "
                   "the runs are equal.")
                    .arg(alphaText, number(p.welchHolm, 3));
        }
        tip += QLatin1Char('\n');
        tip +=
            betterRank == better
                ? tr("The Mann–Whitney test agrees (Holm-adjusted p = %1).").arg(number(p.mannWhitneyHolm, 3))
                : tr("The Mann–Whitney test says “%1” (Holm-adjusted p = %2): the rank test and the test of "
                     "means disagree, look at the distributions.")
                      .arg(verdictText(betterRank), number(p.mannWhitneyHolm, 3));
        verdict->setToolTip(tip);
        m_pairsTable->setItem(row, PairVerdict, verdict);

        m_pairsTable->setItem(
            row, PairDifference,
            numberItem(withInterval(p.welch.difference, p.intervals.difference), p.welch.difference));
        m_pairsTable->setItem(row, PairWelchP, numberItem(number(p.welch.p, 3), p.welch.p));
        auto* wh = numberItem(number(p.welchHolm, 3), p.welchHolm);
        setBold(wh, p.welchHolm < a);
        m_pairsTable->setItem(row, PairWelchHolm, wh);
        auto* mp =
            numberItem(number(p.mannWhitney.p, 3) + (p.mannWhitney.exact ? QString() : QStringLiteral("*")),
                       p.mannWhitney.p);
        mp->setToolTip(p.mannWhitney.exact
                           ? tr("Exact p-value (U = %1)").arg(number(p.mannWhitney.u, 6))
                           : tr("Normal approximation (U = %1, z = %2)")
                                 .arg(number(p.mannWhitney.u, 6), number(p.mannWhitney.z, 3)));
        m_pairsTable->setItem(row, PairMannWhitneyP, mp);
        auto* mh = numberItem(number(p.mannWhitneyHolm, 3), p.mannWhitneyHolm);
        setBold(mh, p.mannWhitneyHolm < a);
        m_pairsTable->setItem(row, PairMannWhitneyHolm, mh);
        m_pairsTable->setItem(row, PairHedgesG,
                              numberItem(withInterval(p.hedgesG, p.intervals.hedgesG, 3), p.hedgesG));
        m_pairsTable->setItem(row, PairSuperiority,
                              numberItem(withInterval(p.mannWhitney.superiority, p.intervals.superiority, 3),
                                         p.mannWhitney.superiority));
    }
    m_pairsTable->resizeColumnsToContents();
    for (int c : {int(PairA), int(PairB)})
        m_pairsTable->setColumnWidth(c, std::min(m_pairsTable->columnWidth(c), 260));
}

void StatisticsView::renderNotes() {
    QStringList notes;
    if (m_computing) notes << tr("Computing the tests and bootstrap intervals…");
    // Runs left out, from the latest runs (their counts need no computation).
    QStringList left;
    int comparable = 0;
    for (const StatisticsRun& r : m_runs) {
        if (stats::finiteSample(r.values).comparable())
            ++comparable;
        else
            left << r.name;
    }
    if (!left.isEmpty())
        notes << tr("Left out, fewer than %1 final values: %2.")
                     .arg(stats::kMinComparedValues)
                     .arg(left.join(QStringLiteral(", ")));
    if (m_haveRequest && comparable < 2)
        notes << tr("Nothing to compare: a comparison needs at least two runs with %1 final values or more.")
                     .arg(stats::kMinComparedValues);
    // Final values from different steps (an interrupted run) compare unlike things.
    std::int64_t lo = -1, hi = -1;
    for (const StatisticsRun& r : m_runs)
        if (r.step >= 0) {
            lo = lo < 0 ? r.step : std::min(lo, r.step);
            hi = std::max(hi, r.step);
        }
    if (lo >= 0 && lo != hi)
        notes
            << tr("The runs' final values are from different steps (%1 to %2): a stopped run is compared at "
                  "the step it reached.")
                   .arg(QLocale().toString(qlonglong(lo)), QLocale().toString(qlonglong(hi)));
    if (!m_computing && !m_error.isEmpty()) notes << tr("The comparison failed: %1").arg(m_error);
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());

    const stats::ComparisonOptions o = options();
    const int pairs = m_result && !m_computing ? int(m_result->pairs.size()) : 0;
    m_footnote->setText(
        tr("Verdict: Welch p, Holm-adjusted over %n pair(s), below α = %1, else equal (no significant "
           "difference). MWU p: exact, or * normal approximation (ties or over %2 values). Intervals: "
           "percentile bootstrap, %3 resamples, seed %4. Hover a column header for what it shows.",
           nullptr, pairs)
            .arg(QLocale().toString(alpha(), 'g', 2))
            .arg(stats::kMannWhitneyExactMax)
            .arg(QLocale().toString(o.bootstrap.resamples))
            .arg(o.bootstrap.seed));
}

} // namespace tb::ui

#include "AnalysisView.h"
#include "QtText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>
#include <cmath>

#include "ExportPath.h"
#include "Palette.h"
#include "PlotPanel.h"

namespace tb::ui {

QColor verdictClassColor(int k, int n) {
    static const QColor three[] = {QColor(0xd6, 0x45, 0x45), QColor(0xe8, 0xa3, 0x17),
                                   QColor(0x2e, 0x9e, 0x5b)};
    if (n == 3 && k >= 0 && k < 3) return three[k];
    return seriesColor(k);
}

VerdictBadge::VerdictBadge(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void VerdictBadge::setVerdict(const QString& run, const QColor& runColor, const Verdict& verdict, bool live) {
    m_run = run;
    m_runColor = runColor;
    m_verdict = verdict;
    m_live = live;
    setAccessibleName(summary());
    setToolTip(tre(verdict.basis));
    update();
}

QString VerdictBadge::summary() const {
    const int n = int(m_verdict.classes.size());
    QString point = m_verdict.point >= 0 && m_verdict.point < n
                        ? tre(m_verdict.classes[std::size_t(m_verdict.point)])
                        : tr("not determined");
    QStringList probs;
    for (int k = 0; k < n && k < int(m_verdict.probabilities.size()); ++k)
        if (std::isfinite(m_verdict.probabilities[std::size_t(k)]))
            probs << tr("%1 %2").arg(tre(m_verdict.classes[std::size_t(k)]),
                                     QLocale().toString(m_verdict.probabilities[std::size_t(k)], 'f', 2));
    return tr("%1: %2 — %3")
        .arg(m_run, point, probs.isEmpty() ? tr("no probabilities yet") : probs.join(QStringLiteral(", ")));
}

QSize VerdictBadge::sizeHint() const {
    const QFontMetrics fm(font());
    return {480, fm.height() * 5 + 16};
}
QSize VerdictBadge::minimumSizeHint() const {
    const QFontMetrics fm(font());
    return {260, fm.height() * 5 + 16};
}

void VerdictBadge::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = rect().adjusted(1, 1, -1, -1);
    p.setPen(QPen(palette().mid().color()));
    p.setBrush(palette().base());
    p.drawRoundedRect(r, 6, 6);
    const QFontMetrics fm(font());
    const int pad = 8, line = fm.height();
    // Line 1: run swatch and label, verdict label.
    p.setPen(Qt::NoPen);
    p.setBrush(m_runColor);
    p.drawRect(QRect(r.left() + pad, r.top() + pad + 2, 10, line - 4));
    p.setPen(palette().text().color());
    p.drawText(QRect(r.left() + pad + 16, r.top() + pad, r.width() - 2 * pad - 16, line),
               Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(tr("%1 — %2").arg(m_run, tre(m_verdict.label)), Qt::ElideRight,
                             r.width() - 2 * pad - 16));
    // Line 2: the point class, large.
    const int n = int(m_verdict.classes.size());
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    p.setFont(big);
    const bool known = m_verdict.point >= 0 && m_verdict.point < n;
    p.setPen(known ? verdictClassColor(m_verdict.point, n) : palette().placeholderText().color());
    const QString point = known ? tre(m_verdict.classes[std::size_t(m_verdict.point)]) : tr("not determined");
    p.drawText(QRect(r.left() + pad, r.top() + pad + line, r.width() - 2 * pad, int(line * 1.6)),
               Qt::AlignLeft | Qt::AlignVCenter, point + (m_live ? tr("  (live)") : QString()));
    p.setFont(font());
    // Line 3: the stacked probability bar with each share written in its segment.
    const QRect bar(r.left() + pad, r.top() + pad + int(line * 2.8), r.width() - 2 * pad, line + 4);
    double x = bar.left();
    bool anyProb = false;
    for (int k = 0; k < n && k < int(m_verdict.probabilities.size()); ++k) {
        const double pr = m_verdict.probabilities[std::size_t(k)];
        if (!std::isfinite(pr) || pr <= 0) continue;
        anyProb = true;
        const double w = pr * bar.width();
        const QRectF seg(x, bar.top(), w, bar.height());
        p.setPen(Qt::NoPen);
        p.setBrush(verdictClassColor(k, n));
        p.drawRect(seg);
        const QString text =
            tr("%1 %2").arg(tre(m_verdict.classes[std::size_t(k)]), QLocale().toString(pr, 'f', 2));
        p.setPen(Qt::white);
        if (fm.horizontalAdvance(text) + 6 < w)
            p.drawText(seg, Qt::AlignCenter, text);
        else if (fm.horizontalAdvance(QLocale().toString(pr, 'f', 2)) + 4 < w)
            p.drawText(seg, Qt::AlignCenter, QLocale().toString(pr, 'f', 2));
        x += w;
    }
    if (!anyProb) {
        p.setPen(palette().placeholderText().color());
        p.drawText(bar, Qt::AlignLeft | Qt::AlignVCenter, tr("probabilities not computed yet"));
    }
    // Line 4: the basis, small.
    p.setPen(palette().placeholderText().color());
    p.drawText(QRect(r.left() + pad, bar.bottom() + 2, r.width() - 2 * pad, line),
               Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(tre(m_verdict.basis), Qt::ElideRight, r.width() - 2 * pad));
}

AnalysisView::AnalysisView(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    m_basis = new QLabel(this);
    m_basis->setWordWrap(true);
    lay->addWidget(m_basis);
    auto* badges = new QWidget(this);
    m_badgeBox = new QVBoxLayout(badges);
    m_badgeBox->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(badges);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    setWarningText(m_warnings);
    lay->addWidget(m_warnings);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    lay->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    row->addStretch();
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setToolTip(tr("Save the estimates of every run as CSV"));
    row->addWidget(m_export);
    lay->addLayout(row);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            askExportPath(this, tr("Export estimates"), m_subject, QStringLiteral("estimates"),
                          QStringLiteral("csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty()) return;
        QString error;
        if (!exportCsv(path, &error)) m_warnings->setText(tr("Export failed: %1").arg(error));
    });
}

void AnalysisView::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    const Snapshot* s = m_snapshot.get();
    const std::size_t nRuns = s ? std::min(s->runs.size(), s->derived.size()) : 0;
    // Badges: one per run and verdict, reused while their number is unchanged.
    int wanted = 0;
    for (std::size_t r = 0; r < nRuns; ++r) wanted += int(s->derived[r].verdicts.size());
    while (m_badges.size() < wanted) {
        auto* b = new VerdictBadge(this);
        m_badgeBox->addWidget(b);
        m_badges << b;
    }
    while (m_badges.size() > wanted) delete m_badges.takeLast();
    int i = 0;
    QStringList warnings, bases;
    bool live = false;
    for (std::size_t r = 0; r < nRuns; ++r) {
        const Derivation& d = s->derived[r];
        live = live || d.quick;
        for (const Verdict& v : d.verdicts)
            m_badges[i++]->setVerdict(tre(s->runs[r].label), seriesColor(int(r)), v, d.quick);
        for (const std::string& w : d.warnings)
            warnings << tre(s->runs[r].label) + QStringLiteral(": ") + tre(w);
        if (!d.basis.empty()) bases << tre(s->runs[r].label) + QStringLiteral(": ") + tre(d.basis);
    }
    QString basis = bases.join(QLatin1Char('\n'));
    if (live)
        basis += (basis.isEmpty() ? QString() : QStringLiteral("\n")) +
                 tr("Live estimate while the run goes on; the full bootstrap runs when it ends.");
    if (nRuns == 0) basis = tr("Nothing derived yet: the analysis appears after the first checkpoint.");
    if (m_basis->text() != basis) m_basis->setText(basis);
    if (const QString w = warnings.join(QLatin1Char('\n')); m_warnings->text() != w) m_warnings->setText(w);
    m_warnings->setVisible(!warnings.isEmpty());

    // The table: estimate names in the order of the first run that has them.
    QStringList names, labels, notes;
    for (std::size_t r = 0; r < nRuns; ++r)
        for (const Estimate& e : s->derived[r].estimates)
            if (!names.contains(qs(e.name))) {
                names << qs(e.name);
                labels << tre(e.label) + (e.unit.empty()
                                              ? QString()
                                              : QStringLiteral(" (") + tre(e.unit) + QLatin1Char(')'));
                notes << tre(e.note);
            }
    QStringList heads;
    for (std::size_t r = 0; r < nRuns; ++r) heads << tre(s->runs[r].label);
    // Incremental: a new snapshot of the same kind has the same rows and columns, so only the values change.
    // Header labels are set only when they differ, with the rows' resize-to-contents suspended meanwhile
    // (each header change re-measured every row: a quadratic rebuild, ~100 ms for an RLHF run's two columns).
    QHeaderView* rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setRowCount(int(names.size()));
    m_table->setColumnCount(int(nRuns));
    const auto setHeader = [](QTableWidgetItem* item, const QString& text, const QString& tip) {
        if (item->text() != text) item->setText(text);
        if (item->toolTip() != tip) item->setToolTip(tip);
    };
    for (int row = 0; row < names.size(); ++row) {
        if (QTableWidgetItem* h = m_table->verticalHeaderItem(row)) {
            setHeader(h, labels[row], notes[row]);
        } else {
            auto* item = new QTableWidgetItem(labels[row]);
            item->setToolTip(notes[row]);
            m_table->setVerticalHeaderItem(row, item);
        }
    }
    for (int c = 0; c < heads.size(); ++c) {
        if (QTableWidgetItem* h = m_table->horizontalHeaderItem(c))
            setHeader(h, heads[c], QString());
        else
            m_table->setHorizontalHeaderItem(c, new QTableWidgetItem(heads[c]));
    }
    for (int row = 0; row < names.size(); ++row) {
        const std::string name = names[row].toStdString();
        for (std::size_t r = 0; r < nRuns; ++r) {
            const Estimate* e = s->derived[r].estimate(name);
            QString text = QStringLiteral("—");
            if (e && std::isfinite(e->value)) text = QLocale().toString(e->value, 'g', 5);
            const QString tip = e && !e->note.empty() ? tre(e->note) : QString();
            if (QTableWidgetItem* item = m_table->item(row, int(r))) {
                if (item->text() != text) item->setText(text);
                if (item->toolTip() != tip) item->setToolTip(tip);
                continue;
            }
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!tip.isEmpty()) item->setToolTip(tip);
            m_table->setItem(row, int(r), item);
        }
    }
    rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_export->setEnabled(nRuns > 0);
}

QString AnalysisView::warningsText() const {
    return m_warnings->text();
}

QString AnalysisView::csv() const {
    QString out;
    QTextStream ts(&out);
    ts << "run,name,label,value,unit,note\n";
    auto field = [](QString t) {
        t.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + t + QLatin1Char('"');
    };
    if (!m_snapshot) return out;
    const Snapshot& s = *m_snapshot;
    for (std::size_t r = 0; r < s.runs.size() && r < s.derived.size(); ++r)
        for (const Estimate& e : s.derived[r].estimates)
            ts << field(qs(s.runs[r].label)) << ',' << field(qs(e.name)) << ',' << field(qs(e.label)) << ','
               << csvNumber(e.value) << ',' << field(qs(e.unit)) << ',' << field(qs(e.note)) << '\n';
    return out;
}

bool AnalysisView::exportCsv(const QString& path, QString* error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) *error = f.errorString();
        return false;
    }
    f.write(csv().toUtf8());
    if (!f.commit()) {
        if (error) *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace tb::ui

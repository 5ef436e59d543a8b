#include "RunPresenter.h"

#include <QApplication>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "CompareView.h"
#include "EngineController.h"
#include "Palette.h"
#include "QtText.h"
#include "RunBrowserModel.h"
#include "SnapshotView.h"
#include "run/Registry.h"

namespace tb::gui {

using ui::qs;

namespace {
constexpr int kPullIntervalMs = 33;

QString rateText(double rate) {
    const QLocale l;
    if (rate >= 1e9) return l.toString(rate / 1e9, 'f', 2) + RunPresenter::tr(" G");
    if (rate >= 1e6) return l.toString(rate / 1e6, 'f', 1) + RunPresenter::tr(" M");
    if (rate >= 1e3) return l.toString(rate / 1e3, 'f', 1) + RunPresenter::tr(" k");
    return l.toString(rate, 'f', 0) + QLatin1Char(' ');
}
} // namespace

RunPresenter::RunPresenter(EngineController* engine, QStatusBar* statusBar, QWidget* parent)
    : QObject(parent), m_engine(engine) {
    m_widget = new QWidget(parent);
    auto* cl = new QVBoxLayout(m_widget);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    auto* header = new QFrame(m_widget);
    header->setObjectName(QStringLiteral("header"));
    ui::followLook(header, [] {
        return QStringLiteral("#header { background: %1; border-bottom: 1px solid %2; }")
            .arg(ui::headerBackground().name(), ui::headerBorder().name());
    });
    auto* hl = new QHBoxLayout(header);
    hl->setContentsMargins(12, 8, 12, 8);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(1);
    m_title = new QLabel(header);
    ui::followLook(m_title, [] {
        return QStringLiteral("QLabel { font-weight: bold; font-size: %1pt; }")
            .arg(QApplication::font().pointSizeF() + (ui::look().presenter ? 5.0 : 2.5));
    });
    m_subtitle = new QLabel(header);
    ui::setMutedText(m_subtitle);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    hl->addLayout(titles, 1);
    m_backToLive = new QToolButton(header);
    m_backToLive->setText(tr("Back to the current run"));
    m_backToLive->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_backToLive->hide();
    connect(m_backToLive, &QToolButton::clicked, this, &RunPresenter::showLive);
    hl->addWidget(m_backToLive);
    cl->addWidget(header);
    m_centre = new QStackedWidget(m_widget);
    m_plots = new ui::SnapshotView(m_centre);
    m_compare = new ui::CompareView(m_centre);
    m_centre->addWidget(m_plots);
    m_centre->addWidget(m_compare);
    cl->addWidget(m_centre, 1);

    m_progress = new QProgressBar(statusBar);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_throughput = new QLabel(statusBar);
    m_throughput->setMinimumWidth(150);
    statusBar->addWidget(m_progress);
    statusBar->addWidget(m_throughput);

    m_pullTimer = new QTimer(this);
    m_pullTimer->setInterval(kPullIntervalMs);
    m_pullTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pullTimer, &QTimer::timeout, this, &RunPresenter::pull);
    updateStatus(nullptr);
}

QString RunPresenter::title() const {
    return m_title->text();
}

QString RunPresenter::subtitle() const {
    return m_subtitle->text();
}

QString RunPresenter::throughputText() const {
    return m_throughput->text();
}

QString RunPresenter::stepUnit() const {
    return m_engine->prepared() ? ui::tre(m_engine->prepared()->kind->stepUnit()) : QString();
}

void RunPresenter::setHeader(const QString& title, const QString& subtitle) {
    // A run's name is the user's, or a shipped preset's title, which is shown translated.
    m_title->setText(ui::tre(title.toStdString()));
    m_subtitle->setText(subtitle);
}

void RunPresenter::setTunePass(TunePass pass, const QString& note) {
    m_tunePass = pass;
    m_tuneNote = note;
    if (pass != TunePass::Refine) m_tunePreview.reset();
}

void RunPresenter::runRequested(const QString& title) {
    m_liveTitle = title;
    showLive();
    setHeader(m_liveTitle, m_tunePass == TunePass::Refine
                               ? tr("%1 · computing the full result…").arg(m_tuneNote)
                               : tr("Preparing the experiment…"));
}

void RunPresenter::runStarted() {
    m_lastVersion = ~0ull;
    m_lastDerived = 0;
    m_deriver.reset();
    // A refinement keeps the preview on view; a preview is drawn once it is complete (tens of milliseconds):
    // drawing its partial states would only take the GUI thread (and a core) from the engine meanwhile.
    if (m_tunePass == TunePass::Refine || m_tunePass == TunePass::Preview) {
        m_pullTimer->start();
        pull();
        return;
    }
    if (const Prepared* p = m_engine->prepared(); p && derivesFromData(*p->kind))
        m_deriver = std::make_unique<LiveDeriver>(*p->kind, p->config);
    m_plots->setLive(true);
    m_pullTimer->start();
    pull();
}

void RunPresenter::pull() {
    auto snap = m_engine->latest();
    if (!snap || !m_showingLive) return;
    if ((m_tunePass == TunePass::Refine || m_tunePass == TunePass::Preview) && m_engine->isRunning()) {
        if (snap->version != m_lastVersion) updateStatus(snap.get()); // progress only
        m_lastVersion = snap->version;
        return;
    }
    std::shared_ptr<const LiveDeriver::Result> derived;
    if (m_deriver) {
        // Not once the simulation is complete: the Runner then derives the full analysis on every core.
        if (snap->done < snap->grid.size()) m_deriver->submit(snap);
        derived = m_deriver->latest();
    }
    const std::uint64_t derivedSerial = derived ? derived->serial : 0;
    if (snap->version == m_lastVersion && derivedSerial == m_lastDerived) return;
    m_lastVersion = snap->version;
    m_lastDerived = derivedSerial;
    snap = LiveDeriver::merged(std::move(snap), derived);
    m_plots->setSnapshot(snap, stepUnit());
    ++m_refreshes;
    updateStatus(snap.get());
}

void RunPresenter::refreshStatus() {
    updateStatus(m_engine->latest().get());
}

void RunPresenter::runRecording(qint64 id) {
    if (m_showingLive) m_plots->setExportSubject({m_liveTitle, id});
}

void RunPresenter::runFinished(qint64 id, int status, const QString& message) {
    m_pullTimer->stop();
    if (m_tunePass == TunePass::Refine && RunStatus(status) != RunStatus::Finished) {
        // Stopped for a newer change (or by Stop): its partial result is never drawn; the preview stays.
        m_lastVersion = ~0ull;
        if (m_showingLive)
            setHeader(m_liveTitle,
                      QStringLiteral("%1 · %2").arg(m_tuneNote, ui::statusText(RunStatus(status))));
        return;
    }
    // Draw the final snapshot exactly (adaptive sampling off).
    m_plots->setLive(false);
    m_lastVersion = ~0ull;
    if (m_showingLive) pull();
    updateStatus(m_engine->latest().get());
    if (m_tunePass == TunePass::Preview && RunStatus(status) == RunStatus::Finished) {
        m_tunePreview = m_plots->snapshot();
        if (m_showingLive) setHeader(m_liveTitle, tr("%1 · computing the full result…").arg(m_tuneNote));
        return;
    }
    if (m_showingLive) showEnded(id, RunStatus(status), message);
}

void RunPresenter::runSuperseded() {
    m_pullTimer->stop();
    m_lastVersion = ~0ull;
}

void RunPresenter::showEnded(qint64 id, RunStatus status, const QString& message) {
    const QString st = ui::statusText(status);
    const QString why = message.isEmpty() ? QString() : QStringLiteral(" — ") + message;
    setHeader(m_liveTitle, id >= 0 ? tr("Run #%1 · %2%3").arg(id).arg(st, why) : st + why);
}

void RunPresenter::updateStatus(const Snapshot* s) {
    if (!s) {
        m_progress->setValue(0);
        m_progress->setFormat(m_engine->isPreparing() ? tr("Preparing") : tr("Idle"));
        m_throughput->clear();
        return;
    }
    const double frac = s->stepsTotal > 0 ? double(s->stepsDone) / double(s->stepsTotal) : 0.0;
    m_progress->setValue(int(frac * 1000));
    m_progress->setFormat(QStringLiteral("%1%").arg(QLocale().toString(frac * 100, 'f', 0)));
    const bool running = m_engine->isRunning();
    const bool paused = running && m_engine->isPaused();
    // A paused run simulates nothing: its last rate would be a stale figure.
    if (paused)
        m_throughput->setText(tr("paused · 0 %1/s").arg(stepUnit()));
    else
        m_throughput->setText(tr("%1%2/s").arg(rateText(s->stepsPerSecond), stepUnit()));
    if (m_showingLive && running && m_tunePass == TunePass::Refine) {
        setHeader(m_liveTitle, tr("%1 · computing the full result: %2%")
                                   .arg(m_tuneNote, QLocale().toString(frac * 100, 'f', 0)));
    } else if (m_showingLive && running && m_tunePass == TunePass::Preview) {
        setHeader(m_liveTitle,
                  tr("%1 · checkpoint %2 of %3").arg(m_tuneNote).arg(s->done).arg(s->grid.size()));
    } else if (m_showingLive && running && s->status == RunStatus::Running && s->derivesFromData() &&
               !s->grid.empty() && s->done == s->grid.size()) {
        // Simulated to the end: the Runner is deriving the full analysis (bootstraps on every core).
        setHeader(m_liveTitle, tr("Analysing the pooled data (full bootstrap on every core) · %1 s simulated")
                                   .arg(QLocale().toString(s->elapsedSeconds, 'f', 1)));
        m_throughput->setText(tr("analysing"));
    } else if (m_showingLive && running) {
        setHeader(m_liveTitle, tr("%1 · checkpoint %2 of %3 · %4 · %5 s")
                                   .arg(paused ? tr("Paused") : tr("Running"))
                                   .arg(s->done)
                                   .arg(s->grid.size())
                                   .arg(tr("%n replicate(s)", nullptr,
                                           m_engine->prepared() ? m_engine->prepared()->replicates : 0))
                                   .arg(QLocale().toString(s->elapsedSeconds, 'f', 1)));
    }
}

void RunPresenter::showPreview(std::shared_ptr<const Snapshot> snapshot, const QString& stepUnit,
                               const QString& name, int replicates) {
    // Before a run: empty plots with the legends of the configured policies, so the window is ready to read.
    m_preview = {std::move(snapshot), stepUnit, name,
                 tr("Ready · %n replicate(s) · press Run to start", nullptr, replicates)};
    if (showsPreview()) showLive();
}

void RunPresenter::showPreviewProblem(const QString& message) {
    m_preview.subtitle = tr("Cannot run: %1").arg(message);
    if (showsPreview()) setHeader(m_preview.title, m_preview.subtitle);
}

bool RunPresenter::showsPreview() const {
    return m_showingLive && !m_engine->isRunning() && !m_engine->latest();
}

void RunPresenter::showLive() {
    const bool wasLive = m_showingLive;
    m_showingLive = true;
    m_shownIds.clear();
    m_backToLive->hide();
    m_centre->setCurrentWidget(m_plots);
    m_lastVersion = ~0ull;
    const auto snap = m_engine->latest();
    if (!snap && !m_engine->isRunning()) {
        // No run yet (or it was deleted): the preview of the form's config.
        m_plots->setExportSubject({m_preview.title, -1});
        m_plots->setLive(false);
        m_plots->setSnapshot(m_preview.snapshot, m_preview.stepUnit);
        setHeader(m_preview.title, m_preview.subtitle);
        updateStatus(nullptr);
        return;
    }
    m_plots->setExportSubject({m_liveTitle, m_engine->experimentId()});
    if (m_tunePass == TunePass::Refine && m_engine->isRunning() && m_tunePreview) {
        // A tuning change's full run refines its preview: the preview stays on view until it has finished.
        if (m_plots->snapshot() != m_tunePreview) {
            m_plots->setLive(false);
            m_plots->setSnapshot(m_tunePreview, stepUnit());
        }
        updateStatus(snap.get());
        return;
    }
    if (!snap && wasLive && m_plots->snapshot()) {
        // A new run is being prepared: the last one stays in view (no blank plots in between; live tuning
        // keeps its faint curves) until the new run's first snapshot replaces it.
        updateStatus(nullptr);
        return;
    }
    m_plots->setLive(snap && m_engine->isRunning());
    m_plots->setSnapshot(snap, stepUnit());
    updateStatus(snap.get());
    if (snap && !m_engine->isRunning()) showEnded(m_engine->experimentId(), snap->status, QString());
}

void RunPresenter::showStored(const RunStore& store, qint64 id) {
    try {
        auto snap = std::make_shared<const Snapshot>(store.loadSnapshot(id));
        const auto row = store.experiment(id);
        const Kind* kind = row ? findKind(row->kind) : nullptr;
        m_showingLive = false;
        m_shownIds = {id};
        m_plots->setLive(false);
        m_plots->setExportSubject({row ? qs(row->name) : QString(), id});
        m_plots->setSnapshot(snap, kind ? ui::tre(kind->stepUnit()) : QString());
        m_centre->setCurrentWidget(m_plots);
        m_backToLive->show();
        if (row)
            setHeader(qs(row->name),
                      tr("Stored run #%1 · %2 · %3 · started %4")
                          .arg(id)
                          .arg(ui::statusText(row->status))
                          .arg(tr("%n replicate(s)", nullptr, row->replicates))
                          .arg(qs(row->createdAt).replace(QLatin1Char('T'), QLatin1Char(' '))));
    } catch (const std::exception& e) {
        emit failed(tr("Cannot open the run"), ui::tre(e.what()));
    }
}

void RunPresenter::compare(const RunStore& store, const QList<qint64>& ids) {
    if (ids.isEmpty()) return; // one experiment: its runs compared (the statistical tests)
    std::vector<ui::CompareItem> items;
    QList<qint64> shown;
    try {
        for (qint64 id : ids) {
            ui::CompareItem item;
            const auto row = store.experiment(id);
            if (!row) continue;
            item.row = *row;
            item.snapshot = store.loadSnapshot(id);
            item.config = store.config(id);
            items.push_back(std::move(item));
            shown << id;
        }
    } catch (const std::exception& e) {
        emit failed(tr("Cannot compare the runs"), ui::tre(e.what()));
        return;
    }
    m_showingLive = false;
    m_shownIds = shown;
    m_compare->setItems(std::move(items));
    m_centre->setCurrentWidget(m_compare);
    m_backToLive->show();
    QStringList names;
    for (qint64 id : shown) names << QStringLiteral("#%1").arg(id);
    setHeader(tr("Comparison"), shown.size() == 1
                                    ? tr("The runs of #%1 compared with each other").arg(shown.front())
                                    : tr("Runs %1 overlaid; the table lists the parameters that differ")
                                          .arg(names.join(QStringLiteral(", "))));
}

void RunPresenter::forget(const RunStore* store, const QList<qint64>& ids) {
    // The current run, deleted: drop it, so the live view no longer shows what the store no longer has.
    const qint64 current = m_engine->experimentId();
    const bool currentDeleted = current >= 0 && !m_engine->isRunning() && ids.contains(current);
    if (currentDeleted) m_engine->forgetLastRun();
    QList<qint64> kept = m_shownIds;
    for (qint64 id : ids) kept.removeAll(id);
    if (!m_showingLive && kept.size() != m_shownIds.size()) {
        if (store && m_centre->currentWidget() == m_compare && kept.size() >= 2)
            compare(*store, kept);
        else if (store && kept.size() == 1)
            showStored(*store, kept.front());
        else
            showLive();
    } else if (m_showingLive && currentDeleted) {
        showLive();
    }
    if (currentDeleted && m_showingLive)
        setHeader(m_liveTitle, tr("Run #%1 was deleted from the store").arg(current));
}

} // namespace tb::gui

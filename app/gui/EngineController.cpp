#include "EngineController.h"

#include "QtText.h"
#include "run/Registry.h"
#include "store/RunStore.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tb::gui {

namespace {
/// Forwards to the store's recorder and tells the GUI the experiment id as soon as it exists.
class ForwardingObserver : public RunObserver {
public:
    ForwardingObserver(RunObserver* inner, std::function<void()> onStarted)
        : m_inner(inner), m_onStarted(std::move(onStarted)) {}
    void onStart(const Prepared& p, const Snapshot& s) override {
        if (m_inner) m_inner->onStart(p, s);
        m_onStarted();
    }
    void onCheckpoint(std::size_t cp, const Snapshot& s) override {
        if (m_inner) m_inner->onCheckpoint(cp, s);
    }
    void onIdle() override {
        if (m_inner) m_inner->onIdle();
    }
    void onFinish(const Snapshot& s) override {
        if (m_inner) m_inner->onFinish(s);
    }

private:
    RunObserver* m_inner;
    std::function<void()> m_onStarted;
};

/// The engine yields to the GUI: a nice value of 10 on the engine thread (inherited by the Runner's worker
/// threads, which run() creates from there) gives the GUI thread about ten times their CPU weight when it has
/// work, so preparing a large experiment or a full-speed run on every core never stalls the event loop; when
/// the GUI is idle the engine gets all cores. (QThread priorities have no effect under SCHED_OTHER on Linux.)
void niceThisThread() {
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}
} // namespace

EngineWorker::Preparation EngineWorker::prepare(const Json& config, const std::function<bool()>& stale) {
    Preparation out;
    if (stale()) {
        out.stale = true;
        return out;
    }
    if (m_cache && m_cache->config == config) {
        out.prepared = m_cache->prepared;
        return out;
    }
    m_cache.reset(); // never hold two experiments at once
    try {
        Prepared p = tb::prepare(config);
        m_cache = Cached{config, p};
        out.prepared = std::move(p);
    } catch (const InputError& e) {
        out.error = ui::trIssues(e.issues());
    } catch (const std::exception& e) {
        out.error = ui::tre(e.what());
    }
    return out;
}

void EngineWorker::run(std::shared_ptr<Runner> runner, const QString& storePath) {
    std::unique_ptr<RunStore> store;
    std::unique_ptr<RunStore::Recorder> recorder;
    if (!storePath.isEmpty()) {
        try {
            store = std::make_unique<RunStore>(storePath.toStdString());
            recorder = store->recorder();
        } catch (const std::exception& e) {
            emit storeFailed(ui::tre(e.what()));
            recorder.reset();
            store.reset();
        }
    }
    qint64 id = -1;
    ForwardingObserver observer(recorder.get(), [&] {
        if (recorder) {
            id = recorder->experimentId();
            emit recording(id);
        }
    });
    std::shared_ptr<const Snapshot> last;
    try {
        last = runner->run(&observer);
    } catch (const std::exception& e) { // run() does not throw; this is a last line of defence
        emit done(id, int(RunStatus::Failed), ui::tre(e.what()));
        return;
    }
    // The recorder has flushed and marked the run in onFinish; close the connection on this thread.
    recorder.reset();
    store.reset();
    emit done(id, int(last ? last->status : RunStatus::Failed), last ? ui::tre(last->message) : QString());
}

EngineController::EngineController(QObject* parent) : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("TrialBench engine"));
    m_worker = new EngineWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &niceThisThread, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::recording, this, [this](qint64 id) {
        m_experimentId = id;
        emit recording(id);
    });
    connect(m_worker, &EngineWorker::storeFailed, this, &EngineController::storeFailed);
    connect(m_worker, &EngineWorker::done, this, [this](qint64 id, int status, const QString& message) {
        m_running = false;
        emit finished(id, status, message);
    });
    m_thread.start();
}

EngineController::~EngineController() {
    shutdown();
    m_thread.quit();
    m_thread.wait();
}

void EngineController::requestPreview(const Json& config) {
    const quint64 ticket = nextTicket();
    QMetaObject::invokeMethod(
        m_worker,
        [this, ticket, config] {
            // On the engine thread. Only m_ticket (atomic) and m_worker (this thread's) are touched here.
            auto p = m_worker->prepare(config, [this, ticket] { return isStale(ticket); });
            if (p.stale) return;
            std::shared_ptr<const Snapshot> snapshot;
            QString unit, name;
            int replicates = 0;
            if (p.prepared) {
                snapshot = Runner(*p.prepared).latest();
                unit = ui::tre(p.prepared->kind->stepUnit());
                name = QString::fromStdString(p.prepared->config.value("name", std::string()));
                replicates = p.prepared->replicates;
            }
            QMetaObject::invokeMethod(
                this,
                [this, ticket, snapshot, unit, name, replicates, error = p.error] {
                    if (isStale(ticket)) return; // a newer request (or a run) came meanwhile
                    if (snapshot)
                        emit previewReady(snapshot, unit, name, replicates);
                    else
                        emit previewFailed(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool EngineController::start(const Json& config, bool paused, bool record) {
    if (m_running) return false;
    m_running = true;
    m_recording = record;
    disposeRunner();
    m_experimentId = -1;
    m_pauseRequested = paused;
    m_stopRequested = false;
    m_stepsRequested = 0;
    nextTicket(); // makes pending previews stale
    QMetaObject::invokeMethod(
        m_worker,
        [this, config] {
            // A run is never stale: only Stop cancels it.
            auto p = m_worker->prepare(config, [] { return false; });
            QMetaObject::invokeMethod(
                this, [this, p = std::move(p)]() mutable { onRunPrepared(std::move(p)); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

void EngineController::onRunPrepared(EngineWorker::Preparation preparation) {
    if (!m_running || m_runner) return;
    if (m_stopRequested || !preparation.prepared) {
        m_running = false;
        if (m_stopRequested)
            emit finished(-1, int(RunStatus::Interrupted), tr("stopped before the first checkpoint"));
        else
            emit finished(-1, int(RunStatus::Failed), preparation.error);
        return;
    }
    // Building the Runner is cheap (the experiment is built); its run() goes to the engine thread.
    m_runner = std::make_shared<Runner>(std::move(*preparation.prepared), m_options);
    if (m_pauseRequested) m_runner->setPaused(true);
    for (; m_stepsRequested > 0; --m_stepsRequested) m_runner->step();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, r = m_runner, path = m_recording ? m_storePath : QString()] { w->run(r, path); },
        Qt::QueuedConnection);
    emit started();
}

void EngineController::setPaused(bool paused) {
    if (m_runner)
        m_runner->setPaused(paused);
    else if (m_running) {
        m_pauseRequested = paused;
        if (!paused) m_stepsRequested = 0;
    }
}

void EngineController::step() {
    if (m_runner)
        m_runner->step();
    else if (m_running && m_pauseRequested)
        ++m_stepsRequested;
}

void EngineController::stop() {
    if (!m_running) return;
    if (m_runner)
        m_runner->requestStop();
    else
        m_stopRequested = true;
}

void EngineController::shutdown() {
    if (!m_running) return;
    stop();
    // The worker's run() returns within one checkpoint (a preparation under way cannot be cut short); wait
    // for it and its store flush by letting the thread finish. Queued requests are dropped; "done" is
    // delivered later or never (we are going away), so clear the flag here.
    m_thread.quit();
    m_thread.wait();
    m_running = false;
}

bool EngineController::isPaused() const {
    if (m_runner) return m_runner->isPaused();
    return m_running && m_pauseRequested;
}

std::shared_ptr<const Snapshot> EngineController::latest() const {
    return m_runner ? m_runner->latest() : nullptr;
}

void EngineController::forgetLastRun() {
    if (m_running) return;
    disposeRunner();
    m_experimentId = -1;
}

void EngineController::disposeRunner() {
    if (!m_runner) return;
    // The last run's experiment (an RLHF world, a survival run's pools) is freed on the engine thread: tens
    // of milliseconds the GUI thread would otherwise spend in destructors at the start of each tuning run.
    // The engine thread has finished with it (the run ended); snapshots the window still shows are shared.
    QMetaObject::invokeMethod(
        m_worker, [r = std::exchange(m_runner, nullptr)]() mutable { r.reset(); }, Qt::QueuedConnection);
}

} // namespace tb::gui

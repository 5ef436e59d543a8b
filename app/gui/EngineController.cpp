#include "EngineController.h"

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
    void onFinish(const Snapshot& s) override {
        if (m_inner) m_inner->onFinish(s);
    }

private:
    RunObserver* m_inner;
    std::function<void()> m_onStarted;
};
} // namespace

void RunWorker::run(std::shared_ptr<Runner> runner, const QString& storePath) {
#ifdef Q_OS_LINUX
    // The engine yields to the GUI: a nice value of 10 on this thread (inherited by the Runner's worker
    // threads, which run() creates from here) gives the GUI thread about ten times their CPU weight when it
    // has work, so a full-speed run on every core never stalls the event loop; when the GUI is idle the
    // engine gets all cores. (QThread priorities have no effect under SCHED_OTHER on Linux.)
    static thread_local bool niced = false;
    if (!niced) {
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
        niced = true;
    }
#endif
    std::unique_ptr<RunStore> store;
    std::unique_ptr<RunStore::Recorder> recorder;
    if (!storePath.isEmpty()) {
        try {
            store = std::make_unique<RunStore>(storePath.toStdString());
            recorder = store->recorder();
        } catch (const std::exception& e) {
            emit storeFailed(QString::fromUtf8(e.what()));
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
        emit done(id, int(RunStatus::Failed), QString::fromUtf8(e.what()));
        return;
    }
    // The recorder has flushed and marked the run in onFinish; close the connection on this thread.
    recorder.reset();
    store.reset();
    emit done(id, int(last ? last->status : RunStatus::Failed),
              last ? QString::fromStdString(last->message) : QString());
}

EngineController::EngineController(QObject* parent) : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("TrialBench engine"));
    m_worker = new RunWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunWorker::recording, this, [this](qint64 id) {
        m_experimentId = id;
        emit recording(id);
    });
    connect(m_worker, &RunWorker::storeFailed, this, &EngineController::storeFailed);
    connect(m_worker, &RunWorker::done, this, [this](qint64 id, int status, const QString& message) {
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

bool EngineController::start(const Prepared& prepared, bool paused) {
    if (m_running) return false;
    m_runner = std::make_shared<Runner>(prepared, m_options);
    if (paused) m_runner->setPaused(true);
    m_running = true;
    m_experimentId = -1;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, r = m_runner, path = m_storePath] { w->run(r, path); },
        Qt::QueuedConnection);
    emit started();
    return true;
}

void EngineController::setPaused(bool paused) {
    if (m_runner) m_runner->setPaused(paused);
}

void EngineController::step() {
    if (m_runner) m_runner->step();
}

void EngineController::stop() {
    if (m_runner && m_running) m_runner->requestStop();
}

void EngineController::shutdown() {
    if (!m_running) return;
    stop();
    // The worker's run() returns within one checkpoint; wait for it (and for its store flush) by letting the
    // thread finish its event queue. The "done" signal is delivered later or never (we are closing), so clear
    // the flag here.
    m_thread.quit();
    m_thread.wait();
    m_running = false;
}

bool EngineController::isPaused() const {
    return m_runner && m_runner->isPaused();
}

std::shared_ptr<const Snapshot> EngineController::latest() const {
    return m_runner ? m_runner->latest() : nullptr;
}

} // namespace tb::gui

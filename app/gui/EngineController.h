#pragma once
// EngineController: the engine thread of the GUI (the worker-object pattern from the QThread documentation).
// One QThread hosts an EngineWorker, which prepares configs (tb::prepare builds the experiment through
// Kind::create: seconds for a large adversarial table), builds previews and drives a tb::Runner, recording
// the run through its own RunStore connection. The GUI thread never prepares or runs an experiment and never
// waits for the engine:
// - Requests (preview a config, start a run) go to the engine thread by queued call, each with a ticket from
//   one counter. A newer request makes every older one stale, as Qt's Mandelbrot example restarts its render
//   thread and qt-mvvm's concurrentplot takes only the top of its request stack: a stale request still queued
//   is skipped without work, and the result of a stale one is dropped when it arrives.
// - Results come back by queued call and are emitted as signals on the GUI thread.
// - A run's progress is pulled: Runner::latest() is a shared_ptr copy under a short lock; the run is
//   controlled through the Runner's thread-safe calls.
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "run/Runner.h"

namespace tb::gui {

/// Lives on the engine thread; every call runs there.
class EngineWorker : public QObject {
    Q_OBJECT
public:
    struct Preparation {
        std::optional<Prepared> prepared;
        QString error;      ///< why the config cannot run (tb::prepare's message), when not prepared
        bool stale = false; ///< skipped: a newer request came first
    };
    /// tb::prepare(config), unless `stale()` says a newer request came first. The last preparation is kept,
    /// so starting a run of the config just previewed does not build its experiment twice.
    Preparation prepare(const Json& config, const std::function<bool()>& stale);

    /// Runs `runner` to its end, recording into the store at `storePath` ("" = no store).
    void run(std::shared_ptr<Runner> runner, const QString& storePath);

signals:
    void recording(qint64 experimentId);
    void storeFailed(const QString& message);
    void done(qint64 experimentId, int status, const QString& message);

private:
    struct Cached {
        Json config;
        Prepared prepared;
    };
    std::optional<Cached> m_cache;
};

class EngineController : public QObject {
    Q_OBJECT
public:
    explicit EngineController(QObject* parent = nullptr);
    ~EngineController() override;

    void setStorePath(const QString& path) { m_storePath = path; }
    QString storePath() const { return m_storePath; }
    /// Options for new runs (threads: 0 = all hardware threads).
    void setRunnerOptions(Runner::Options options) { m_options = options; }
    /// The threads new runs ask for (0 = all hardware threads).
    int runnerThreads() const { return m_options.threads; }

    /// Asks for the preview of `config` (the empty plots of its run, with legends and axes): previewReady
    /// or previewFailed follows, unless a newer request comes first.
    void requestPreview(const Json& config);

    /// Starts a run of `config` (paused: waits before its first checkpoint). The config is prepared on the
    /// engine thread; then started() follows, or finished() with status Failed and the reason (a config that
    /// cannot run), or Interrupted if stopped before. False if a run is under way. `record` false: the run
    /// is not stored (live tuning's runs; finished() then has the id -1).
    bool start(const Json& config, bool paused = false, bool record = true);
    /// The current (or last) run is being recorded into the store.
    bool isRecording() const { return m_recording; }
    void setPaused(bool paused);
    /// One more checkpoint while paused.
    void step();
    /// Stop is honoured within one checkpoint; the run ends `interrupted` with every completed checkpoint
    /// stored (finished() follows).
    void stop();
    /// Stops a run under way and waits until it has ended and the store is flushed. Blocks: only for
    /// destruction (the window closes by stop() and waits for finished()).
    void shutdown();

    /// A run is asked for, being prepared, or under way (until finished() is emitted).
    bool isRunning() const { return m_running; }
    /// The run asked for is still being prepared (no Runner yet).
    bool isPreparing() const { return m_running && !m_runner; }
    bool isPaused() const;
    /// Latest snapshot of the current (or last) run; null before the first run, while a run is prepared and
    /// after forgetLastRun().
    std::shared_ptr<const Snapshot> latest() const;
    const Prepared* prepared() const { return m_runner ? &m_runner->prepared() : nullptr; }
    qint64 experimentId() const { return m_experimentId; }
    /// Drops the last run (not while one is under way), e.g. once it is deleted from the store.
    void forgetLastRun();

signals:
    void previewReady(std::shared_ptr<const Snapshot> snapshot, const QString& stepUnit, const QString& name,
                      int replicates);
    void previewFailed(const QString& message);
    /// The run's Runner exists: latest() is its snapshot.
    void started();
    void recording(qint64 experimentId);
    void storeFailed(const QString& message);
    /// The run ended; status is a tb::RunStatus.
    void finished(qint64 experimentId, int status, const QString& message);

private:
    quint64 nextTicket() { return ++m_ticket; }
    bool isStale(quint64 ticket) const { return m_ticket.load() != ticket; }
    void onRunPrepared(EngineWorker::Preparation preparation);
    /// Drops the last Runner (null afterwards); it is destroyed on the engine thread.
    void disposeRunner();

    QThread m_thread;
    EngineWorker* m_worker = nullptr;
    std::atomic<quint64> m_ticket{0}; ///< the latest request; read by the engine thread
    std::shared_ptr<Runner> m_runner;
    QString m_storePath;
    Runner::Options m_options;
    bool m_running = false;
    bool m_recording = true;
    // Asked for while the run is prepared, applied to its Runner.
    bool m_pauseRequested = false, m_stopRequested = false;
    int m_stepsRequested = 0;
    qint64 m_experimentId = -1;
};

} // namespace tb::gui

#pragma once
// EngineController: the engine thread of the GUI (the worker-object pattern from the QThread documentation).
// One QThread hosts a RunWorker that drives a tb::Runner and records the run through its own RunStore
// connection. The GUI never waits for the engine: it pulls the latest snapshot (Runner::latest(), a
// shared_ptr copy under a short lock) on its timer, and controls the run through the Runner's thread-safe
// calls.
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>

#include "run/Runner.h"

namespace tb::gui {

class RunWorker : public QObject {
    Q_OBJECT
public:
    /// Runs `runner` to its end on the worker thread, recording into the store at `storePath` ("" = no
    /// store).
    void run(std::shared_ptr<Runner> runner, const QString& storePath);

signals:
    void recording(qint64 experimentId);
    void storeFailed(const QString& message);
    void done(qint64 experimentId, int status, const QString& message);
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

    /// Starts a run (paused: waits before its first checkpoint). False if a run is under way.
    bool start(const Prepared& prepared, bool paused = false);
    void setPaused(bool paused);
    /// One more checkpoint while paused.
    void step();
    /// Stop is honoured within one checkpoint; the run ends `interrupted` with every completed checkpoint
    /// stored.
    void stop();
    /// Stops a run under way and waits until it has ended and the store is flushed (used when closing).
    void shutdown();

    bool isRunning() const { return m_running; }
    bool isPaused() const;
    /// Latest snapshot of the current (or last) run; null before the first run.
    std::shared_ptr<const Snapshot> latest() const;
    const Prepared* prepared() const { return m_runner ? &m_runner->prepared() : nullptr; }
    qint64 experimentId() const { return m_experimentId; }

signals:
    void started();
    void recording(qint64 experimentId);
    void storeFailed(const QString& message);
    /// The run ended; status is a tb::RunStatus.
    void finished(qint64 experimentId, int status, const QString& message);

private:
    QThread m_thread;
    RunWorker* m_worker = nullptr;
    std::shared_ptr<Runner> m_runner;
    QString m_storePath;
    Runner::Options m_options;
    bool m_running = false;
    qint64 m_experimentId = -1;
};

} // namespace tb::gui

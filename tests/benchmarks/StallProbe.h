#pragma once
// StallProbe: how long the GUI event loop could not serve events, measured as the lateness of a 5 ms precise
// timer (shared by the GUI benchmarks).
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace tb::bench {

class StallProbe {
public:
    StallProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) m_longest = std::max(m_longest, double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start() {
        m_clock.start();
        m_last = -1;
        m_longest = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /// The longest stall so far (the longest gap less the 5 ms interval), in ms.
    double stallMs() const { return std::max(0.0, m_longest - 5.0); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    double m_longest = 0;
};

} // namespace tb::bench

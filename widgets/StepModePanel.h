#pragma once
// StepModePanel: step mode for bandits (docs/gui.md, "Step mode"). Plays one compared policy of the form's
// bandit config one pull at a time (Step) or at a chosen speed (Play, 1 pull/s up to full speed), shows the
// arms in an ArmView and the cumulative regret over the rounds, and lets the teacher drag an arm's true mean
// during the run. The engine side is tb::bandit::Stepper; nothing here runs on another thread: at high
// speeds each timer tick plays pulls for at most 16 ms and the view is redrawn at most about 30 times a
// second.
#include <QElapsedTimer>
#include <QWidget>
#include <functional>
#include <memory>

#include "core/JsonText.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace tb::bandit {
class Stepper;
}

namespace tb::ui {

class ArmView;

class StepModePanel : public QWidget {
    Q_OBJECT
public:
    explicit StepModePanel(QWidget* parent = nullptr);
    ~StepModePanel() override;

    /// Where the config comes from (the window's form). Read at once and at every reload().
    void setConfigSource(std::function<Json()> source);

    /// Positions of the speed slider: 0 … kFullSpeedPosition − 1 are 10^(position / 20) pulls per second
    /// (1 … about 900 000), kFullSpeedPosition is full speed.
    static constexpr int kFullSpeedPosition = 120;
    /// Pulls per second at a slider position (infinity at full speed).
    static double speedForPosition(int position);
    /// The slider position nearest to a speed.
    static int positionForSpeed(double pullsPerSecond);
    /// "1 pull/s", "3,200 pulls/s", "full speed".
    static QString speedText(double pullsPerSecond);
    /// At full speed, the work of one timer tick and the shortest time between two redraws.
    static constexpr int kTickBudgetMs = 16;
    static constexpr int kRedrawIntervalMs = 33;

    // Parts, for tests.
    ArmView* armView() const { return m_arms; }
    QComboBox* policyBox() const { return m_policy; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* playButton() const { return m_play; }
    QPushButton* resetButton() const { return m_reset; }
    QSlider* speedSlider() const { return m_speed; }
    QLabel* speedLabel() const { return m_speedLabel; }
    QCheckBox* hideTrueMeansBox() const { return m_hide; }
    QLabel* roundLabel() const { return m_round; }
    QLabel* regretLabel() const { return m_regret; }
    /// Why step mode is unavailable (shown instead of the controls' effect), "" when it is available.
    QString unavailableReason() const { return m_unavailable; }
    QCustomPlot* regretPlot() const { return m_plot; }
    /// The stepper being played (null while unavailable).
    const bandit::Stepper* stepper() const { return m_stepper.get(); }
    bool isPlaying() const;
    double speed() const;
    /// Timer ticks while playing, the longest one in milliseconds (work plus redraw), and redraws.
    int ticks() const { return m_ticks; }
    double longestTickMs() const { return m_longestTickMs; }
    int redraws() const { return m_redraws; }

public slots:
    /// Reads the config again: a new config starts over (keeping the chosen policy when it still exists).
    void reload();
    /// reload() a quarter of a second after the last call (the form signals every keystroke).
    void scheduleReload();
    void stepOnce();
    void play();
    void pause();
    void togglePlay();
    /// Starts the chosen policy again from round 0 with the config's true means.
    void reset();
    void setTrueMeansHidden(bool hidden);

signals:
    /// After each redraw.
    void updated();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void start(int policy);
    void setUnavailable(const QString& reason);
    void tick();
    void redraw();
    void redrawRegret(const bandit::Stepper& s, const QColor& color);
    QString helpText() const;
    void updateControls();
    void updateSpeedLabel();
    void onDragged(int arm, double value);

    std::function<Json()> m_source;
    Json m_config; ///< the config last read from the source
    std::unique_ptr<bandit::Stepper> m_stepper;
    QString m_unavailable;

    QLabel* m_status = nullptr;
    QComboBox* m_policy = nullptr;
    QPushButton *m_step = nullptr, *m_play = nullptr, *m_reset = nullptr;
    QSlider* m_speed = nullptr;
    QLabel* m_speedLabel = nullptr;
    QCheckBox* m_hide = nullptr;
    QLabel *m_round = nullptr, *m_regret = nullptr;
    ArmView* m_arms = nullptr;
    QCustomPlot* m_plot = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_reloadTimer = nullptr;
    QElapsedTimer m_clock;     ///< since play started
    qint64 m_lastTickNs = 0;   ///< m_clock at the last tick
    qint64 m_lastRedrawNs = 0; ///< m_clock at the last redraw
    double m_owed = 0;         ///< pulls due at the chosen speed and not yet made
    int m_ticks = 0, m_redraws = 0;
    double m_longestTickMs = 0;
};

} // namespace tb::ui

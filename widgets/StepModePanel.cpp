#include "StepModePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>
#include <chrono>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

#include "ArmView.h"
#include "Icons.h"
#include "Palette.h"
#include "PlotPanel.h"
#include "QtText.h"
#include "bandit/Stepper.h"
#include "core/Error.h"

namespace tb::ui {

namespace {
/// Up to this speed every tick is one pull (the timer's interval is the time between pulls); above it the
/// timer ticks about 30 times a second and each tick makes the pulls that are due.
constexpr double kOnePullPerTickUpTo = 30.0;
/// A play triangle in the ink of Icons.h's "step" (its "run" is white, for the window's blue Run button).
QIcon playIcon() {
    QPixmap pm(48, 48);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(2.0, 2.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x37, 0x41, 0x4d));
    p.drawPolygon(QPolygonF({QPointF(7, 4.5), QPointF(19, 12), QPointF(7, 19.5)}));
    p.end();
    return QIcon(pm);
}

} // namespace

double StepModePanel::speedForPosition(int position) {
    if (position >= kFullSpeedPosition) return std::numeric_limits<double>::infinity();
    return std::pow(10.0, std::max(0, position) / 20.0);
}

int StepModePanel::positionForSpeed(double pullsPerSecond) {
    if (!std::isfinite(pullsPerSecond)) return kFullSpeedPosition;
    const double p = 20.0 * std::log10(std::max(1.0, pullsPerSecond));
    return std::clamp(int(std::lround(p)), 0, kFullSpeedPosition - 1);
}

QString StepModePanel::speedText(double s) {
    if (!std::isfinite(s)) return tr("full speed");
    // Two significant digits: 1.8, 5.6, 18, 560, 5,600.
    const int digits = s < 10.0 ? 1 : 0;
    const double scale = std::pow(10.0, std::floor(std::log10(s)) - 1.0);
    const double rounded = std::round(s / scale) * scale;
    if (rounded == 1.0) return tr("1 pull/s");
    return tr("%1 pulls/s")
        .arg(QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : digits));
}

StepModePanel::StepModePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("stepModePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("stepModeStatus"));
    layout->addWidget(m_status);

    // Three short rows, so the panel fits beside the plots or in a narrow dock.
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("stepModePolicy"));
    m_policy->setToolTip(tr("The compared policy of the form's config that step mode plays"));
    m_policy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_policy->setMinimumContentsLength(14);
    auto* policyLabel = new QLabel(tr("Policy"), this);
    policyLabel->setBuddy(m_policy);
    m_step = new QPushButton(icon(QStringLiteral("step")), tr("Step"), this);
    m_step->setToolTip(tr("Play one pull"));
    m_play = new QPushButton(playIcon(), tr("Play"), this);
    m_play->setToolTip(tr("Play pulls at the chosen speed; press again to pause"));
    m_reset = new QPushButton(tr("Reset"), this);
    m_reset->setToolTip(tr("Start again from round 0 with the config's true means"));
    m_hide = new QCheckBox(tr("Hide true means"), this);
    m_hide->setToolTip(
        tr("Hide the true means (and the regret, which would give them away): guess the best arm "
           "from what the policy sees"));
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setObjectName(QStringLiteral("stepModeSpeed"));
    m_speed->setRange(0, kFullSpeedPosition);
    m_speed->setPageStep(20);
    m_speed->setValue(positionForSpeed(5.0));
    m_speed->setToolTip(tr("Pulls per second, on a log scale from 1 to full speed"));
    m_speedLabel = new QLabel(this);
    m_speedLabel->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(tr("900,000 pulls/s")) + 8);
    auto* speedLabel = new QLabel(tr("Speed"), this);
    speedLabel->setBuddy(m_speed);

    auto* controls = new QGridLayout;
    controls->setHorizontalSpacing(8);
    controls->addWidget(policyLabel, 0, 0);
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(m_step);
    policyRow->addWidget(m_play);
    policyRow->addWidget(m_reset);
    controls->addLayout(policyRow, 0, 1);
    controls->addWidget(speedLabel, 1, 0);
    auto* speedRow = new QHBoxLayout;
    speedRow->addWidget(m_speed, 1);
    speedRow->addWidget(m_speedLabel);
    speedRow->addWidget(m_hide);
    controls->addLayout(speedRow, 1, 1);
    layout->addLayout(controls);

    auto* counters = new QHBoxLayout;
    m_round = new QLabel(this);
    m_round->setObjectName(QStringLiteral("stepModeRound"));
    m_regret = new QLabel(this);
    m_regret->setObjectName(QStringLiteral("stepModeRegret"));
    QFont big = m_round->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_round->setFont(big);
    m_regret->setFont(big);
    counters->addWidget(m_round);
    counters->addSpacing(24);
    counters->addWidget(m_regret);
    counters->addStretch(1);
    layout->addLayout(counters);

    m_arms = new ArmView(this);
    layout->addWidget(m_arms, 1);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("stepModeRegretPlot"));
    stylePlot(m_plot);
    m_plot->setMinimumHeight(150);
    m_plot->setMaximumHeight(200);
    m_plot->addGraph();
    m_plot->legend->setVisible(false);
    m_plot->yAxis->ticker()->setTickCount(3);
    m_plot->yAxis->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
    m_plot->xAxis->ticker()->setTickCount(6);
    m_plot->xAxis->setLabel(tr("Round"));
    m_plot->yAxis->setLabel(tr("Cumulative regret"));
    layout->addWidget(m_plot);

    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &StepModePanel::tick);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &StepModePanel::reload);
    connect(m_step, &QPushButton::clicked, this, &StepModePanel::stepOnce);
    connect(m_play, &QPushButton::clicked, this, &StepModePanel::togglePlay);
    connect(m_reset, &QPushButton::clicked, this, &StepModePanel::reset);
    connect(m_hide, &QCheckBox::toggled, this, &StepModePanel::setTrueMeansHidden);
    connect(m_policy, &QComboBox::activated, this, [this](int i) {
        pause();
        start(i);
    });
    connect(m_speed, &QSlider::valueChanged, this, [this] {
        updateSpeedLabel();
        if (isPlaying()) play(); // the new speed's timer
    });
    connect(m_arms, &ArmView::trueMeanDragged, this, &StepModePanel::onDragged);
    connect(lookNotifier(), &LookNotifier::changed, this, [this] { redraw(); });
    updateSpeedLabel();
    setUnavailable(tr("No config yet."));
}

StepModePanel::~StepModePanel() = default;

void StepModePanel::setConfigSource(std::function<Json()> source) {
    m_source = std::move(source);
    m_config = Json();
    reload();
}

bool StepModePanel::isPlaying() const {
    return m_timer->isActive();
}

double StepModePanel::speed() const {
    return speedForPosition(m_speed->value());
}

void StepModePanel::reload() {
    if (!m_source) return;
    Json c = m_source();
    if (c == m_config && (m_stepper || !m_unavailable.isEmpty())) return; // nothing changed
    m_config = std::move(c);
    pause();
    start(std::max(0, m_policy->currentIndex()));
}

void StepModePanel::scheduleReload() {
    m_reloadTimer->start();
}

void StepModePanel::hideEvent(QHideEvent* event) {
    pause(); // a closed dock does not play on
    QWidget::hideEvent(event);
}

void StepModePanel::reset() {
    pause();
    start(std::max(0, m_policy->currentIndex()));
}

void StepModePanel::start(int policy) {
    m_stepper.reset();
    const Json& c = m_config;
    const std::string kind = c.is_object() && c.contains("kind") && c["kind"].is_string()
                                 ? c["kind"].get<std::string>()
                                 : std::string();
    if (kind != "bandit") {
        setUnavailable(
            tr("Step mode plays bandit experiments, and the form holds a %1 experiment. Choose the "
               "bandit kind (the classic-10-arm preset, for example) to use it.")
                .arg(kind.empty() ? tr("non-bandit") : qs(kind)));
        return;
    }
    if (const std::string why = bandit::Stepper::unsupportedReason(c); !why.empty()) {
        setUnavailable(tre(why));
        return;
    }
    const std::size_t policies =
        c.contains("policies") && c["policies"].is_array() ? c["policies"].size() : 0;
    if (std::size_t(policy) >= policies) policy = 0;
    try {
        m_stepper = std::make_unique<bandit::Stepper>(c, std::size_t(policy));
    } catch (const InputError& e) {
        setUnavailable(tr("The form's config has problems; step mode starts when they are fixed:\n%1")
                           .arg(trIssues(e.issues())));
        return;
    }
    m_unavailable.clear();
    m_policy->blockSignals(true);
    m_policy->clear();
    for (const auto& label : m_stepper->policyLabels()) m_policy->addItem(tre(label));
    m_policy->setCurrentIndex(policy);
    m_policy->blockSignals(false);
    m_status->setStyleSheet(QString());
    setMutedText(m_status);
    m_status->setText(helpText());
    redraw();
}

QString StepModePanel::helpText() const {
    return tr(
        "Step plays one pull; Play plays them at the chosen speed. Drag an arm's dashed line to change its "
        "true "
        "mean during the run: the regret counts each pull against the means in force when it was made.");
}

void StepModePanel::setUnavailable(const QString& reason) {
    pause();
    m_stepper.reset();
    m_unavailable = reason;
    m_policy->clear();
    setWarningText(m_status);
    m_status->setText(reason);
    m_arms->clear(reason);
    m_plot->graph(0)->data()->clear();
    m_plot->clearItems();
    m_plot->setVisible(false);
    m_round->setText(QString());
    m_regret->setText(QString());
    updateControls();
}

void StepModePanel::stepOnce() {
    if (!m_stepper) return;
    pause();
    m_stepper->step();
    redraw();
}

void StepModePanel::play() {
    if (!m_stepper || m_stepper->finished()) return;
    const double s = speed();
    m_timer->setInterval(!std::isfinite(s)          ? 0
                         : s <= kOnePullPerTickUpTo ? int(std::lround(1000.0 / s))
                                                    : kRedrawIntervalMs);
    if (!m_timer->isActive()) {
        m_clock.start();
        m_lastTickNs = 0;
        m_lastRedrawNs = 0;
        m_owed = 0;
        m_ticks = 0;
        m_redraws = 0;
        m_longestTickMs = 0;
        m_timer->start();
    }
    updateControls();
}

void StepModePanel::pause() {
    if (!m_timer->isActive()) return;
    m_timer->stop();
    if (m_stepper)
        redraw(); // at full speed the last ticks were not drawn
    else
        updateControls();
}

void StepModePanel::togglePlay() {
    if (isPlaying())
        pause();
    else
        play();
}

void StepModePanel::tick() {
    if (!m_stepper) {
        pause();
        return;
    }
    QElapsedTimer work;
    work.start();
    const qint64 now = m_clock.nsecsElapsed();
    const double dt = double(now - m_lastTickNs) * 1e-9;
    m_lastTickNs = now;
    const double s = speed();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kTickBudgetMs);
    bool redrawNow = true;
    if (!std::isfinite(s)) {
        m_stepper->advanceUntil(m_stepper->horizon(), deadline);
        redrawNow = now - m_lastRedrawNs >= qint64(kRedrawIntervalMs) * 1000000;
    } else if (s <= kOnePullPerTickUpTo) {
        m_stepper->step();
    } else {
        // The pulls due since the last tick; a backlog (ticks late, or pulls slower than the speed) is not
        // caught up beyond a tenth of a second of pulls.
        m_owed += s * dt;
        const auto due = std::int64_t(std::floor(m_owed));
        if (due > 0) m_owed -= double(m_stepper->advanceUntil(due, deadline));
        m_owed = std::min(m_owed, std::max(1.0, 0.1 * s));
        redrawNow = due > 0;
    }
    if (m_stepper->finished()) {
        pause();
        redrawNow = true;
    }
    if (redrawNow) {
        redraw();
        m_lastRedrawNs = now;
    }
    ++m_ticks;
    m_longestTickMs = std::max(m_longestTickMs, double(work.nsecsElapsed()) * 1e-6);
}

void StepModePanel::onDragged(int arm, double value) {
    if (!m_stepper) return;
    m_stepper->setTrueMean(arm, value);
    redraw();
}

void StepModePanel::setTrueMeansHidden(bool hidden) {
    if (m_hide->isChecked() != hidden) m_hide->setChecked(hidden); // toggled() calls back here
    m_arms->setTrueMeansHidden(hidden);
    if (m_stepper) redraw();
}

void StepModePanel::redraw() {
    ++m_redraws;
    updateControls();
    if (!m_stepper) return;
    const bandit::Stepper& s = *m_stepper;
    const QColor color = seriesColor(int(s.policy()));
    m_arms->setState(s, color);
    const QLocale loc;
    const QString round = loc.toString(qlonglong(s.round())), horizon = loc.toString(qlonglong(s.horizon()));
    m_round->setText(tr("Round %1 of %2").arg(round, horizon));
    m_status->setText(s.finished() ? tr("The horizon is reached: Reset to play again") : helpText());
    const bool hidden = m_hide->isChecked();
    m_regret->setText(hidden ? tr("Cumulative regret: hidden with the true means")
                             : tr("Cumulative regret %1").arg(loc.toString(s.cumulativeRegret(), 'f', 2)));
    m_plot->setVisible(!hidden);
    if (!hidden) redrawRegret(s, color);
    emit updated();
}

void StepModePanel::redrawRegret(const bandit::Stepper& s, const QColor& color) {
    // The regret over the rounds, and a dashed line where a true mean was changed.
    QCPGraph* g = m_plot->graph(0);
    QVector<double> x, y;
    const auto& trace = s.regretTrace();
    x.reserve(int(trace.size()) + 1);
    y.reserve(int(trace.size()) + 1);
    for (const auto& [t, r] : trace) {
        x << double(t);
        y << r;
    }
    if (x.isEmpty() || x.back() != double(s.round())) {
        x << double(s.round());
        y << s.cumulativeRegret();
    }
    g->setData(x, y, true);
    g->setPen(QPen(color, 2));
    g->setName(tre(s.label()));
    m_plot->clearItems();
    const QColor guide = mutedTextColor();
    std::int64_t lastT = -1;
    const auto& changes = s.meanChanges();
    // A drag during play changes the mean at many rounds: the last hundred changes are enough to see.
    for (std::size_t i = changes.size() > 100 ? changes.size() - 100 : 0; i < changes.size(); ++i) {
        const auto& change = changes[i];
        if (change.t == lastT) continue;
        lastT = change.t;
        auto* line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(double(change.t), 0);
        line->point2->setCoords(double(change.t), 1);
        line->setPen(QPen(guide, 1, Qt::DashLine));
    }
    m_plot->xAxis->setRange(0, std::max<double>(10.0, double(s.round())));
    double top = 1.0;
    for (double r : y) top = std::max(top, r);
    m_plot->yAxis->setRange(std::min(0.0, *std::min_element(y.begin(), y.end())), top * 1.08);
    followLookInPlot(m_plot);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StepModePanel::updateControls() {
    const bool ok = m_stepper != nullptr;
    const bool more = ok && !m_stepper->finished();
    m_step->setEnabled(more);
    m_play->setEnabled(more);
    m_reset->setEnabled(ok);
    m_policy->setEnabled(ok);
    const bool playing = isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(playing ? icon(QStringLiteral("pause")) : playIcon());
    if (ok && m_stepper->finished())
        m_play->setToolTip(tr("The horizon is reached: Reset to play again"));
    else
        m_play->setToolTip(tr("Play pulls at the chosen speed; press again to pause"));
}

void StepModePanel::updateSpeedLabel() {
    m_speedLabel->setText(speedText(speed()));
}

} // namespace tb::ui

// Step mode for bandits (issue 12, item 2): the panel steps and plays the form's config, the arm view shows
// exactly the Stepper's numbers, dragging a true mean changes what later pulls cost, the speed slider maps
// log-linearly from 1 pull/s to full speed, and playing at full speed keeps the event loop responsive.
#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTimer>
#include <cmath>
#include <qcustomplot.h>

#include "ArmView.h"
#include "MainWindow.h"
#include "Palette.h"
#include "ParamForm.h"
#include "StepModePanel.h"
#include "bandit/Stepper.h"
#include "run/Registry.h"

using namespace tb;
using tb::ui::ArmView;
using tb::ui::StepModePanel;

namespace {

Json classic(std::int64_t horizon = 2000) {
    Json c = loadConfigArgument("preset:classic-10-arm");
    c["horizon"] = horizon;
    return c;
}

/// Same numbers, NaN included.
bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void sendMouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons) {
    QMouseEvent ev(type, QPointF(pos), QPointF(w->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &ev);
}

/// Drags the handle at `from` to `to` on the canvas, as a user would: press, a few moves, release.
void drag(QWidget* canvas, QPoint from, QPoint to) {
    sendMouse(canvas, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i) {
        const QPoint p = from + (to - from) * i / 4;
        sendMouse(canvas, QEvent::MouseMove, p, Qt::NoButton, Qt::LeftButton);
    }
    sendMouse(canvas, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

/// Every number the arm view shows equals the stepper's.
void checkViewEqualsStepper(const ArmView& v, const bandit::Stepper& s) {
    QCOMPARE(v.arms(), s.arms());
    QCOMPARE(v.chosenArm(), s.last().arm);
    const bandit::Explanation& e = s.explanation();
    std::int64_t total = 0;
    for (int k = 0; k < s.arms(); ++k) {
        const std::size_t i = std::size_t(k);
        QCOMPARE(v.pulls(k), qint64(s.pulls()[i]));
        total += v.pulls(k);
        QVERIFY(same(v.shownMean(k), s.empiricalMean(k)));
        QCOMPARE(v.trueMean(k), s.trueMeans()[i]);
        QVERIFY(same(v.decisionValue(k), e.value[i]));
        QVERIFY(same(v.decisionMean(k), e.mean[i]));
        QVERIFY(same(v.intervalLow(k), e.lo[i]));
        QVERIFY(same(v.intervalHigh(k), e.hi[i]));
        // The printed lines are these numbers.
        const QStringList text = v.columnText(k);
        QCOMPARE(text.value(0), QStringLiteral("N = %1").arg(s.pulls()[i]));
        if (s.pulls()[i] > 0)
            QCOMPARE(text.value(1), QStringLiteral("mean %1").arg(s.empiricalMean(k), 0, 'g', 3));
        if (!v.trueMeansHidden())
            QCOMPARE(text.value(2), QStringLiteral("true %1").arg(s.trueMeans()[i], 0, 'g', 3));
        if (e.decision == bandit::Decision::Index)
            QCOMPARE(text.value(3), QStringLiteral("index %1").arg(e.value[i], 0, 'g', 3));
        if (e.decision == bandit::Decision::Sample && e.exact[i])
            QCOMPARE(text.value(3), QStringLiteral("sample %1").arg(e.value[i], 0, 'g', 3));
        if (k == s.last().arm)
            QCOMPARE(text.value(4), QStringLiteral("reward %1").arg(s.last().reward, 0, 'g', 3));
    }
    QCOMPARE(total, s.round());
    QCOMPARE(v.reasonText(), QString::fromStdString(s.reason().text()));
    QVERIFY2(v.reasonText().contains(QStringLiteral("arm %1").arg(s.last().arm)), qPrintable(v.reasonText()));
}

} // namespace

class TestStepMode : public QObject {
    Q_OBJECT
private slots:
    void speedSliderMapping() {
        QCOMPARE(StepModePanel::speedForPosition(0), 1.0);
        QCOMPARE(StepModePanel::speedForPosition(20), 10.0);
        QCOMPARE(StepModePanel::speedForPosition(60), 1000.0);
        QVERIFY(std::isinf(StepModePanel::speedForPosition(StepModePanel::kFullSpeedPosition)));
        for (int p = 1; p < StepModePanel::kFullSpeedPosition; ++p) {
            QVERIFY(StepModePanel::speedForPosition(p) > StepModePanel::speedForPosition(p - 1));
            QCOMPARE(StepModePanel::positionForSpeed(StepModePanel::speedForPosition(p)), p);
        }
        QCOMPARE(StepModePanel::positionForSpeed(INFINITY), StepModePanel::kFullSpeedPosition);
        QVERIFY(StepModePanel::speedForPosition(StepModePanel::kFullSpeedPosition - 1) > 5e5);
        QCOMPARE(StepModePanel::speedText(1.0), QStringLiteral("1 pull/s"));
        QCOMPARE(StepModePanel::speedText(StepModePanel::speedForPosition(5)), QStringLiteral("1.8 pulls/s"));
        QCOMPARE(StepModePanel::speedText(1000.0),
                 QLocale().toString(1000.0, 'f', 0) + QStringLiteral(" pulls/s"));
        QCOMPARE(StepModePanel::speedText(INFINITY), QStringLiteral("full speed"));
        StepModePanel panel;
        panel.speedSlider()->setValue(40);
        QCOMPARE(panel.speed(), 100.0);
        QCOMPARE(panel.speedLabel()->text(), QStringLiteral("100 pulls/s"));
        panel.speedSlider()->setValue(StepModePanel::kFullSpeedPosition);
        QCOMPARE(panel.speedLabel()->text(), QStringLiteral("full speed"));
    }

    // n clicks on Step: n pulls, shown.
    void stepsAreRecorded() {
        StepModePanel panel;
        panel.setConfigSource([] { return classic(); });
        QVERIFY(panel.unavailableReason().isEmpty());
        QCOMPARE(panel.policyBox()->count(), 4);
        const int n = 25;
        for (int i = 0; i < n; ++i) QTest::mouseClick(panel.stepButton(), Qt::LeftButton);
        const bandit::Stepper* s = panel.stepper();
        QVERIFY(s);
        QCOMPARE(s->round(), std::int64_t(n));
        QCOMPARE(s->history().size(), std::size_t(n));
        std::int64_t total = 0;
        for (int k = 0; k < 10; ++k) total += panel.armView()->pulls(k);
        QCOMPARE(total, std::int64_t(n));
        QVERIFY2(panel.roundLabel()->text().contains(QStringLiteral("25")),
                 qPrintable(panel.roundLabel()->text()));
        QVERIFY(panel.regretLabel()->text().contains(QLocale().toString(s->cumulativeRegret(), 'f', 2)));
        checkViewEqualsStepper(*panel.armView(), *s);
    }

    // The arm view's numbers are the stepper's, for index, sampling, greedy and softmax policies, on
    // Bernoulli and Gaussian arms, in the first rounds and later.
    void armViewEqualsStepper() {
        Json gaussian = classic();
        gaussian["environment"] =
            Json::parse(R"({"type":"gaussian","means":[0.1,0.5,0.7],"variances":[1,1,0.5]})");
        gaussian["policies"] =
            Json::parse(R"([{"type":"thompson-gaussian"},{"type":"var-ts"},{"type":"ucb-v"},
            {"type":"moss"},{"type":"softmax"},{"type":"epsilon-greedy","schedule":"decaying"}])");
        Json bernoulli = classic();
        bernoulli["policies"].push_back({{"type", "bayes-ucb"}});
        bernoulli["policies"].push_back({{"type", "exp3"}});
        bernoulli["policies"].push_back({{"type", "sw-ucb"}});
        for (const Json& config : {bernoulli, gaussian}) {
            StepModePanel panel;
            panel.setConfigSource([config] { return config; });
            for (int p = 0; p < panel.policyBox()->count(); ++p) {
                emit panel.policyBox()->activated(p);
                const bandit::Stepper* s = panel.stepper();
                QVERIFY(s);
                QCOMPARE(s->policy(), std::size_t(p));
                for (int i = 0; i < 40; ++i) {
                    panel.stepOnce();
                    checkViewEqualsStepper(*panel.armView(), *panel.stepper());
                }
                const std::string type = config["policies"][std::size_t(p)]["type"];
                if (type == "thompson-beta" || type == "thompson-gaussian" || type == "var-ts" ||
                    type == "bayes-ucb")
                    for (int k = 0; k < s->arms(); ++k) QVERIFY(panel.armView()->showsPosterior(k));
                if (type == "ucb1" || type == "kl-ucb")
                    for (int k = 0; k < s->arms(); ++k)
                        QVERIFY(std::isfinite(panel.armView()->intervalHigh(k)));
            }
        }
    }

    // Dragging the best arm's true mean below another arm's: later pulls of the old best arm cost the new
    // gap.
    void draggingATrueMean() {
        StepModePanel panel;
        panel.resize(1000, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setConfigSource([] { return classic(); });
        for (int i = 0; i < 100; ++i) panel.stepOnce();
        ArmView* v = panel.armView();
        QSignalSpy dragged(v, &ArmView::trueMeanDragged);
        const QPoint from = v->trueMeanHandle(9);
        QCOMPARE(from.y(), v->yOf(0.95));
        const QPoint to(from.x(), v->yOf(0.1));
        drag(v->canvas(), from, to);
        QVERIFY(dragged.count() >= 2);
        const bandit::Stepper& s = *panel.stepper();
        const double moved = s.trueMeans()[9];
        QVERIFY2(std::abs(moved - 0.1) < 0.01, qPrintable(QString::number(moved)));
        QCOMPARE(v->trueMean(9), moved);
        QCOMPARE(s.bestMean(), 0.85);
        QCOMPARE(s.meanChanges().size(), std::size_t(1)); // one drag between two pulls is one change
        const double before = s.cumulativeRegret();
        const auto pullsBefore = s.pulls();
        for (int i = 0; i < 300; ++i) {
            panel.stepOnce();
            const int a = s.last().arm;
            QCOMPARE(s.last().regret, 0.85 - s.trueMeans()[std::size_t(a)]);
        }
        double closed = before;
        for (std::size_t k = 0; k < 10; ++k)
            closed += (0.85 - s.trueMeans()[k]) * double(s.pulls()[k] - pullsBefore[k]);
        QVERIFY(std::abs(s.cumulativeRegret() - closed) < 1e-9);
        QVERIFY(s.pulls()[9] > pullsBefore[9]);
        checkViewEqualsStepper(*v, s);
        // A Bernoulli mean cannot be dragged beyond [0, 1].
        drag(v->canvas(), v->trueMeanHandle(0), QPoint(v->trueMeanHandle(0).x(), v->yOf(0.0) + 300));
        QCOMPARE(s.trueMeans()[0], 0.0);
        // Reset starts over with the config's means.
        QTest::mouseClick(panel.resetButton(), Qt::LeftButton);
        QCOMPARE(panel.stepper()->round(), std::int64_t(0));
        QCOMPARE(panel.stepper()->trueMeans()[9], 0.95);
    }

    // Hidden true means cannot be seen (nor the regret that would give them away) or dragged.
    void hidingTrueMeans() {
        StepModePanel panel;
        panel.resize(1000, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setConfigSource([] { return classic(); });
        for (int i = 0; i < 30; ++i) panel.stepOnce();
        const QPoint handle = panel.armView()->trueMeanHandle(4);
        panel.hideTrueMeansBox()->click();
        QVERIFY(panel.armView()->trueMeansHidden());
        QCOMPARE(panel.armView()->columnText(4).value(2), QStringLiteral("true ?"));
        QVERIFY(!panel.regretLabel()->text().contains(
            QLocale().toString(panel.stepper()->cumulativeRegret(), 'f', 2)));
        QVERIFY(!panel.regretPlot()->isVisible());
        QVERIFY(!panel.armView()->legendText().contains(QStringLiteral("true mean")));
        drag(panel.armView()->canvas(), handle, handle + QPoint(0, 80));
        QCOMPARE(panel.stepper()->trueMeans()[4], 0.45);
        panel.hideTrueMeansBox()->click();
        QVERIFY(panel.regretPlot()->isVisible());
        QCOMPARE(panel.armView()->columnText(4).value(2), QStringLiteral("true 0.45"));
    }

    // Full speed: it plays in timer ticks, redraws capped at 30 a second, and the view equals the stepper
    // after pausing. Times belong to benchmarks; docs/gui.md has the figures.
    void fullSpeedStaysResponsive() {
        Json c = classic(100000000);
        c["policies"].push_back({{"type", "bayes-ucb"}});
        for (int policy : {0, 1, 4}) { // UCB1, Thompson-Beta, Bayes-UCB (the slowest)
            StepModePanel panel;
            panel.resize(1000, 760);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            panel.setConfigSource([c] { return c; });
            emit panel.policyBox()->activated(policy);
            panel.speedSlider()->setValue(StepModePanel::kFullSpeedPosition);
            panel.play();
            QVERIFY(panel.isPlaying());
            QTest::qWait(500);
            panel.pause();
            const double pulls = double(panel.stepper()->round());
            // No times here (they belong to benchmarks): it played, and never redrew more than 30 times a
            // second.
            QVERIFY(pulls > 0);
            QVERIFY(panel.ticks() > 0);
            QVERIFY2(panel.redraws() <= 25, qPrintable(QString::number(panel.redraws())));
            checkViewEqualsStepper(*panel.armView(), *panel.stepper());
        }
    }

    // A chosen speed: about that many pulls per second; the horizon stops the play.
    void playsAtTheChosenSpeed() {
        StepModePanel panel;
        panel.setConfigSource([] { return classic(); });
        panel.speedSlider()->setValue(26); // 20 pulls/s
        QCOMPARE(panel.speedLabel()->text(), QStringLiteral("20 pulls/s"));
        panel.play();
        QTest::qWait(1000);
        panel.pause();
        const auto n = panel.stepper()->round();
        QVERIFY2(n >= 8 && n <= 24, qPrintable(QString::number(n)));
        panel.speedSlider()->setValue(80); // 10 000 pulls/s: the horizon (2 000) within the second
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 3000);
        QCOMPARE(panel.stepper()->round(), std::int64_t(2000));
        QVERIFY(!panel.playButton()->isEnabled());
        QVERIFY(!panel.stepButton()->isEnabled());
    }

    // Configs step mode cannot play say why, and nothing can be started.
    void unavailableConfigs() {
        Json config = loadConfigArgument("preset:survival-capable");
        StepModePanel panel;
        panel.setConfigSource([&config] { return config; });
        QVERIFY2(panel.unavailableReason().contains(QStringLiteral("bandit")),
                 qPrintable(panel.unavailableReason()));
        QVERIFY(!panel.stepButton()->isEnabled());
        QVERIFY(!panel.playButton()->isEnabled());
        QVERIFY(!panel.stepper());
        config = loadConfigArgument("preset:adversarial");
        panel.reload();
        QVERIFY2(panel.unavailableReason().contains(QStringLiteral("adversarial")),
                 qPrintable(panel.unavailableReason()));
        config = classic();
        config["environment"]["means"][2] = 1.5;
        panel.reload();
        QVERIFY2(panel.unavailableReason().contains(QStringLiteral("environment.means[2]")),
                 qPrintable(panel.unavailableReason()));
        config = classic();
        panel.reload();
        QVERIFY(panel.unavailableReason().isEmpty());
        QVERIFY(panel.stepButton()->isEnabled());
    }

    // The dark look: the arm view paints on the plot background of the look (and back).
    void followsTheLook() {
        StepModePanel panel;
        panel.resize(1000, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setConfigSource([] { return classic(); });
        for (int i = 0; i < 30; ++i) panel.stepOnce();
        for (bool dark : {true, false}) {
            ui::setLook({dark, false});
            QApplication::processEvents();
            const QImage image = panel.armView()->canvas()->grab().toImage();
            if (!qEnvironmentVariableIsEmpty("TB_STEP_MODE_GRAB"))
                image.save(qEnvironmentVariable("TB_STEP_MODE_GRAB") + (dark ? "-dark.png" : "-light.png"));
            QCOMPARE(image.pixelColor(3, image.height() / 2).rgb(), ui::plotBackground().rgb());
        }
    }

    // View > Step mode (bandits)… opens the panel on the form's config and follows its edits.
    void fromTheWindowMenu() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("preset:classic-10-arm"), false});
        QAction* action = w.findChild<QAction*>(QStringLiteral("stepModeAction"));
        QVERIFY(action);
        QVERIFY(!w.stepModePanel());
        action->trigger();
        StepModePanel* panel = w.stepModePanel();
        QVERIFY(panel);
        QVERIFY(panel->stepper());
        QCOMPARE(panel->stepper()->arms(), 10);
        QCOMPARE(panel->policyBox()->count(), 4);
        QVERIFY(w.form()->setValueAt(QStringLiteral("horizon"), 500));
        QTRY_COMPARE_WITH_TIMEOUT(panel->stepper() ? panel->stepper()->horizon() : -1, std::int64_t(500),
                                  3000);
        action->trigger(); // again: the same panel
        QCOMPARE(w.stepModePanel(), panel);
    }
};

QTEST_MAIN(TestStepMode)
#include "tst_stepmode.moc"

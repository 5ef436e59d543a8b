// The parameter form (issue 9): every shipped preset loads valid and unchanged, switching a variant's type
// leaves no key of the other type behind, revalidating an edit never creates the experiment, the mouse wheel
// scrolls the form instead of changing an unfocused box, choosing a policy does not move the form, and the
// per-arm table numbers arms from 0 as the JSON paths do.
#include <QtTest>

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWheelEvent>
#include <atomic>
#include <set>
#include <sys/resource.h>

#include "MainWindow.h"
#include "ParamForm.h"
#include "run/Registry.h"

using namespace tb;

namespace {

QString text(const std::vector<Issue>& issues) {
    return QString::fromStdString(joinIssues(issues));
}

/// The bandit kind under another object whose create() counts its calls.
class CountingKind : public Kind {
public:
    std::string name() const override { return inner().name(); }
    std::string label() const override { return inner().label(); }
    const ParamSpec& spec() const override { return inner().spec(); }
    const std::vector<MetricDecl>& metrics() const override { return inner().metrics(); }
    std::string stepUnit() const override { return inner().stepUnit(); }
    std::string variantsKey() const override { return inner().variantsKey(); }
    Cost estimate(const Json& config) const override { return inner().estimate(config); }
    std::unique_ptr<Experiment> create(const Json& config) const override {
        ++creates;
        return inner().create(config);
    }
    mutable std::atomic<int> creates{0};

private:
    static const Kind& inner() { return *findKind("bandit"); }
};

/// Peak resident memory of this process so far, in bytes.
double peakResidentBytes() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) * 1024;
}

/// One notch of the mouse wheel (down: negative angle) over the middle of `w`, as a mouse would send it.
void wheel(QWidget* w, int notches) {
    const QPointF local(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent e(local, w->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                  Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

/// The keys a variant object of `type` may hold: "type", the variant's fields and the shared ones.
std::set<std::string> keysOf(const Param& variantParam, const std::string& type) {
    std::set<std::string> keys{"type"};
    if (const VariantSpec* v = ParamSpec::variant(variantParam, type))
        for (const auto& f : v->fields) keys.insert(f.key);
    for (const auto& f : variantParam.fields) keys.insert(f.key);
    return keys;
}

/// A ParamForm inside a scroll area too short to show all of it, as in the window's Experiment dock.
struct ScrolledForm {
    QScrollArea area;
    ui::ParamForm* form = new ui::ParamForm;
    ScrolledForm() {
        area.setWidgetResizable(true);
        area.setWidget(form);
        area.resize(420, 320);
        form->setKind(findKind("bandit"));
    }
    QScrollBar* bar() const { return area.verticalScrollBar(); }
};

} // namespace

class TestForm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchTest"));
        QVERIFY(findKind("bandit"));
        QVERIFY(presets().size() >= 6);
    }

    // First, while this process's peak memory is low: editing a config whose experiment would take
    // hundreds of megabytes (ucb1-trap keeps one arm per round: 2 bytes x 10^8) must not build it.
    void revalidationNeverCreatesTheExperiment() {
        {
            ui::ParamForm form;
            form.setKind(findKind("bandit"));
            QVERIFY(form.setConfig(findPreset("adversarial")->config));
            QVERIFY(form.isValid());
            const double before = peakResidentBytes();
            QVERIFY(form.setValueAt(QStringLiteral("horizon"), 100000000));
            QVERIFY(form.setValueAt(QStringLiteral("replicates"), 1));
            QVERIFY2(form.isValid(), qPrintable(text(form.issues())));
            const double grown = peakResidentBytes() - before;
            QVERIFY2(grown < 64e6,
                     qPrintable(QStringLiteral("peak memory grew by %1 MB while editing").arg(grown / 1e6)));
        }
        // The form validates with its own kind and never calls its create().
        CountingKind kind;
        ui::ParamForm form;
        form.setKind(&kind);
        for (const auto& preset : presets()) {
            if (preset.config["kind"] != "bandit") continue; // CountingKind counts a bandit form
            QVERIFY(form.setConfig(preset.config));
            QVERIFY2(form.isValid(), qPrintable(text(form.issues())));
            QVERIFY(form.setValueAt(QStringLiteral("horizon"), 20000));
            QVERIFY(form.setValueAt(QStringLiteral("replicates"), 0)); // a problem, then fixed
            QVERIFY(!form.isValid());
            QVERIFY(form.setValueAt(QStringLiteral("replicates"), 3));
            QVERIFY(form.isValid());
        }
        QCOMPARE(kind.creates.load(), 0);
        // The form reports exactly what prepare() would.
        QCOMPARE(text(form.issues()), text(validate(form.config())));
    }

    void everyPresetLoadsValidAndUnchanged() {
        for (const auto& preset : presets()) {
            const Kind* kind = findKind(preset.config["kind"].get<std::string>());
            QVERIFY(kind);
            ui::ParamForm form;
            form.setKind(kind);
            QVERIFY(form.setConfig(preset.config));
            QVERIFY2(form.isValid(),
                     qPrintable(QString::fromStdString(preset.name) + ": " + text(form.issues())));
            const Json want = kind->spec().withDefaults(preset.config);
            QVERIFY2(form.config() == want,
                     qPrintable(QString::fromStdString(preset.name + ": " +
                                                       Json::diff(want, form.config()).dump())));
        }
    }

    void everyPresetRunsFromTheWindow() {
        for (const auto& preset : presets()) {
            QTemporaryDir dir;
            gui::MainWindow w({dir.filePath(QStringLiteral("runs.sqlite")),
                               QString::fromStdString("preset:" + preset.name), false});
            QTRY_VERIFY2(w.runButton()->isEnabled(),
                         qPrintable(QString::fromStdString(preset.name) + ": " + text(w.form()->issues())));
        }
    }

    void typeSwitchesLeaveNoForeignKeys() {
        const Kind* kind = findKind("bandit");
        const Param& env = *kind->spec().find("environment");
        ui::ParamForm form;
        form.setKind(kind);
        for (const auto& preset : presets()) {
            if (preset.config["kind"] != "bandit") continue; // the bandit's environment types
            const Json original = kind->spec().withDefaults(preset.config);
            const std::string from = original["environment"]["type"].get<std::string>();
            for (const auto& to : env.variants) {
                if (to.type == from) continue;
                QVERIFY(form.setConfig(preset.config));
                QVERIFY(form.setValueAt(QStringLiteral("environment.type"), to.type));
                const std::set<std::string> allowed = keysOf(env, to.type);
                const Json switched = form.config(); // kept alive while its items are walked
                for (const auto& [key, value] : switched["environment"].items())
                    QVERIFY2(allowed.count(key),
                             qPrintable(QString::fromStdString(preset.name + ": " + from + " -> " + to.type +
                                                               " left environment." + key)));
                for (const auto& i : form.issues())
                    QVERIFY2(i.message.find("unknown key") == std::string::npos, i.toString().c_str());
                // Back to the original type: the same config as loaded, valid.
                QVERIFY(form.setValueAt(QStringLiteral("environment.type"), from));
                QVERIFY2(form.isValid(),
                         qPrintable(QString::fromStdString(preset.name + ": " + from + " -> " + to.type +
                                                           " -> " + from + ": ") +
                                    text(form.issues())));
                QVERIFY2(form.config() == original,
                         qPrintable(QString::fromStdString(preset.name + ": " + from + " -> " + to.type +
                                                           " -> " + from + "\n" + form.config().dump() +
                                                           "\n" + original.dump())));
            }
        }
        // A policy's type too: ε-greedy -> UCB1 drops epsilon; back, it returns.
        Json c = findPreset("classic-10-arm")->config;
        c["policies"] = Json::array({Json{{"type", "epsilon-greedy"}, {"epsilon", 0.2}}});
        QVERIFY(form.setConfig(c));
        QVERIFY(form.setValueAt(QStringLiteral("policies[0].type"), "ucb1"));
        QVERIFY2(form.isValid(), qPrintable(text(form.issues())));
        QVERIFY(!form.config()["policies"][0].contains("epsilon"));
        QVERIFY(form.setValueAt(QStringLiteral("policies[0].type"), "epsilon-greedy"));
        QCOMPARE(form.config()["policies"][0]["epsilon"].get<double>(), 0.2);
    }

    void gaussianArmsGetTheSpecsDefaultVariance() {
        const Kind* kind = findKind("bandit");
        ui::ParamForm form;
        form.setKind(kind);
        QVERIFY(form.setConfig(findPreset("classic-10-arm")->config));
        const Json means = form.config()["environment"]["means"];
        QVERIFY(form.setValueAt(QStringLiteral("environment.type"), "gaussian"));
        QVERIFY2(form.isValid(), qPrintable(text(form.issues())));
        const Json env = form.config()["environment"];
        QCOMPARE(env["means"], means);
        const Json def = kind->spec().find("environment.variances")->itemDefault;
        QVERIFY(def.is_number());
        QCOMPARE(env["variances"], Json(std::vector<Json>(means.size(), def)));
        // A row added to the table takes the defaults too.
        auto* add = form.findChild<QToolButton*>(QStringLiteral("environment.means:add"));
        QVERIFY(add);
        add->click();
        QVERIFY2(form.isValid(), qPrintable(text(form.issues())));
        QCOMPARE(form.config()["environment"]["variances"].size(), means.size() + 1);
    }

    void piecewiseVariancesFollowTheArmLaw() {
        ui::ParamForm form;
        form.setKind(findKind("bandit"));
        QVERIFY(form.setConfig(findPreset("piecewise-stationary")->config));
        QVERIFY2(form.isValid(), qPrintable(text(form.issues())));
        QWidget* variances = form.fieldWidget(QStringLiteral("environment.variances"));
        QVERIFY(variances);
        QVERIFY(variances->isHidden() || !variances->parentWidget()->isVisibleTo(&form));
        // Gaussian arms need variances: the table appears and says so.
        QVERIFY(form.setValueAt(QStringLiteral("environment.arms"), "gaussian"));
        QVERIFY(variances->isVisibleTo(&form));
        QVERIFY(
            form.issueTextAt(QStringLiteral("environment.variances")).contains(QLatin1String("gaussian")));
        for (int k = 0; k < 5; ++k)
            form.findChild<QToolButton*>(QStringLiteral("environment.variances:add"))->click();
        QVERIFY2(form.isValid(), qPrintable(text(form.issues())));
        // Back to Bernoulli: the variances leave the config (and the form) and the config is valid.
        QVERIFY(form.setValueAt(QStringLiteral("environment.arms"), "bernoulli"));
        QVERIFY2(form.isValid(), qPrintable(text(form.issues())));
        QVERIFY(!form.config()["environment"].contains("variances"));
        QVERIFY(!variances->isVisibleTo(&form));
    }

    void armsAreNumberedFromZeroAsInThePaths() {
        ui::ParamForm form;
        form.setKind(findKind("bandit"));
        QVERIFY(form.setConfig(findPreset("classic-10-arm")->config));
        auto* table = qobject_cast<QTableWidget*>(form.fieldWidget(QStringLiteral("environment.means")));
        QVERIFY(table);
        QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("Arm 0"));
        QCOMPARE(table->verticalHeaderItem(3)->text(), QStringLiteral("Arm 3"));
        QVERIFY(form.setValueAt(QStringLiteral("environment.means[3]"), 1.4));
        QCOMPARE(form.issueTextAt(QStringLiteral("environment.means[3]")),
                 QStringLiteral("environment.means[3]: 1.4 is outside [0, 1]"));
        QCOMPARE(table->item(3, 0)->text(), QStringLiteral("1.4"));
    }

    void wheelOverAnUnfocusedBoxScrollsTheForm() {
        ScrolledForm s;
        QVERIFY(s.form->setConfig(findPreset("classic-10-arm")->config));
        s.area.show();
        QVERIFY(QTest::qWaitForWindowActive(&s.area));
        auto* spin = qobject_cast<QSpinBox*>(s.form->fieldWidget(QStringLiteral("horizon")));
        auto* combo = qobject_cast<QComboBox*>(s.form->fieldWidget(QStringLiteral("environment.type")));
        QVERIFY(spin && combo);
        QVERIFY(s.bar()->maximum() > 0);
        const int horizon = spin->value();
        const int type = combo->currentIndex();
        for (QWidget* w : {static_cast<QWidget*>(spin), static_cast<QWidget*>(combo)}) {
            QVERIFY(!w->hasFocus());
            s.bar()->setValue(0);
            wheel(w, -1);
            QCOMPARE(spin->value(), horizon);
            QCOMPARE(combo->currentIndex(), type);
            QVERIFY2(s.bar()->value() > 0, "the scroll area did not scroll");
        }
        // Focused, the wheel changes the value.
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        s.bar()->setValue(0);
        wheel(spin, -1);
        QCOMPARE(spin->value(), horizon - spin->singleStep());
        QCOMPARE(s.bar()->value(), 0);
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        wheel(combo, -1);
        QCOMPARE(combo->currentIndex(), type + 1);
        QVERIFY(combo->focusPolicy() == Qt::StrongFocus && spin->focusPolicy() == Qt::StrongFocus);
    }

    void choosingAPolicyDoesNotMoveTheForm() {
        ScrolledForm s;
        Json c = findPreset("classic-10-arm")->config;
        // From the policy with the most fields to ones with fewer, and back.
        c["policies"] = Json::array({Json{{"type", "epsilon-greedy"}}, Json{{"type", "ucb1"}},
                                     Json{{"type", "etc"}}, Json{{"type", "exp3"}}});
        QVERIFY(s.form->setConfig(c));
        s.area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.area));
        auto* list = qobject_cast<QListWidget*>(s.form->fieldWidget(QStringLiteral("policies")));
        auto* horizon = s.form->fieldWidget(QStringLiteral("horizon"));
        QVERIFY(list && horizon);
        auto where = [&](QWidget* w) { return w->mapTo(s.area.viewport(), QPoint(0, 0)); };
        auto settle = [&] {
            QApplication::processEvents();
            QApplication::processEvents();
        };
        list->setCurrentRow(0);
        settle();
        s.bar()->setValue(s.bar()->maximum()); // the user scrolled down to the policies
        settle();
        const QPoint listAt = where(list), horizonAt = where(horizon);
        const int height = s.form->height();
        for (int row : {1, 2, 3, 0, 3}) {
            list->setCurrentRow(row);
            settle();
            QCOMPARE(where(list), listAt);
            QCOMPARE(where(horizon), horizonAt);
            QCOMPARE(s.form->height(), height);
        }
    }
};

QTEST_MAIN(TestForm)
#include "tst_form.moc"

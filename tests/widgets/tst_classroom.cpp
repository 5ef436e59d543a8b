// Issue 12 (classroom): shareable experiments (a saved config and "Copy as command" reproduce the window's
// run bit for bit through trialbench-cli).
#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QProcess>
#include <QTemporaryDir>

#include "EngineController.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "run/Registry.h"
#include "store/RunStore.h"

using namespace tb;

namespace {

/// Every stored series value of every run of experiment `id`, in order, keyed by run label and metric.
std::map<std::string, std::vector<double>> storedValues(const RunStore& store, std::int64_t id) {
    std::map<std::string, std::vector<double>> out;
    for (const auto& run : store.runs(id))
        for (const auto& m : store.metricDecls(id)) {
            auto& v = out[run.label + "/" + m.name];
            for (const auto& p : store.series(run.id, m.name)) {
                v.push_back(double(p.step));
                v.push_back(p.stats.mean);
                v.push_back(p.stats.q90);
            }
            for (double f : store.finalValues(run.id, m.name)) v.push_back(f);
        }
    return out;
}

QAction* actionNamed(QWidget* w, const QString& name) {
    return w->findChild<QAction*>(name);
}

} // namespace

class TestClassroom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TrialBenchClassroomTest"));
        QSettings().clear();
    }

    // 12.5: "Copy as command" gives the trialbench-cli line that reproduces the window's run exactly: the
    // same store, the same series and per-replicate final values, bit for bit.
    void copyAsCommandReproducesTheWindowRun() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("it's here.sqlite")); // a quote to escape in the line
        gui::MainWindow w({db, QStringLiteral("preset:close-5-arm"), false});
        w.form()->setValueAt(QStringLiteral("replicates"), 3);
        w.form()->setValueAt(QStringLiteral("horizon"), 700);
        w.form()->setValueAt(QStringLiteral("seed"), 20261203);
        QSignalSpy finished(w.engine(), &gui::EngineController::finished);
        w.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const qint64 windowRun = finished.first().at(0).toLongLong();

        QAction* copy = actionNamed(&w, QStringLiteral("copyCommandAction"));
        QVERIFY(copy);
        copy->trigger();
        const QString line = QGuiApplication::clipboard()->text();
        QVERIFY2(line.startsWith(QStringLiteral("trialbench-cli run --db '")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("\"seed\":20261203")), qPrintable(line));
        QVERIFY(!line.contains(QLatin1Char('\n')));

        QProcess sh;
        sh.setProcessChannelMode(QProcess::MergedChannels);
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("'%1'").arg(QStringLiteral(TB_CLI_PATH)) +
                                            line.mid(int(qstrlen("trialbench-cli")))});
        QVERIFY(sh.waitForFinished(120000));
        QVERIFY2(sh.exitCode() == 0, sh.readAll().constData());

        RunStore store(db.toStdString(), RunStore::Mode::ReadOnly);
        const auto list = store.listExperiments();
        QCOMPARE(int(list.size()), 2);
        const std::int64_t cliRun = list.front().id == windowRun ? list.back().id : list.front().id;
        QVERIFY(cliRun != windowRun);
        const auto a = storedValues(store, windowRun), b = storedValues(store, cliRun);
        QVERIFY(!a.empty());
        QVERIFY(a == b); // bit-identical doubles
    }

    // A preset unchanged is named, not spelled out; any change spells the whole config.
    void copyAsCommandNamesAnUnchangedPreset() {
        const Json preset = loadConfigArgument("preset:classic-10-arm");
        QCOMPARE(gui::cliCommand(preset, QString()),
                 QStringLiteral("trialbench-cli run preset:classic-10-arm"));
        Json changed = preset;
        changed["seed"] = 2;
        const QString line = gui::cliCommand(changed, QStringLiteral("/tmp/x.sqlite"));
        QVERIFY(line.startsWith(QStringLiteral("trialbench-cli run --db '/tmp/x.sqlite' '{")));
        QCOMPARE(parseJsonText(line.section(QLatin1Char('\''), 3, 3).toStdString(), "line"), changed);
    }

    // 12.5: a config saved from the window is a small file with the seed, and loading it gives the same
    // config.
    void savedConfigCarriesTheSeed() {
        QTemporaryDir dir;
        gui::MainWindow w(
            {dir.filePath(QStringLiteral("runs.sqlite")), QStringLiteral("preset:close-5-arm"), false});
        w.form()->setValueAt(QStringLiteral("seed"), 99);
        const QString path = dir.filePath(QStringLiteral("shared.trialbench.json"));
        QVERIFY(w.saveConfig(path));
        QVERIFY(QFileInfo(path).size() < 4096);
        const Json saved = readJsonFile(path.toStdString());
        QCOMPARE(saved.value("seed", 0), 99);
        gui::MainWindow other({dir.filePath(QStringLiteral("other.sqlite")), path, false});
        QCOMPARE(other.form()->config(), w.form()->config());
    }
};

QTEST_MAIN(TestClassroom)
#include "tst_classroom.moc"

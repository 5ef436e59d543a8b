// Cluster runs (issue 13.3, docs/cluster.md): `mpirun -np N trialbench-cli run CONFIG --mpi` stores exactly
// what the single-process thread-pool run stores (the JSON export, byte for byte, but for the wall-clock
// fields), for 1, 2 and 3 ranks, on a bandit preset (series and per-arm categories), a survival config
// (pooled counts and the tail analysis) and an RLHF config (profiles); a rank that fails or dies ends the run
// `failed` with the reason.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct MpiProc {
    int code = -1;
    QByteArray out, err;
};

MpiProc runProgram(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                   int timeoutMs = 120000) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    MpiProc r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcessEnvironment mpiEnv() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("OMPI_ALLOW_RUN_AS_ROOT", "1"); // CI runs as root
    env.insert("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
    env.insert("OMPI_MCA_rmaps_base_oversubscribe", "1");
    env.remove("TRIALBENCH_MPI_FAULT");
    return env;
}

} // namespace

class TestMpi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_db = 0;

    QString newDb() { return m_dir.filePath(QString("runs%1.sqlite").arg(++m_db)); }

    MpiProc cli(const QStringList& args, const QProcessEnvironment& env = mpiEnv()) {
        return runProgram(TB_CLI_PATH, args, env);
    }
    MpiProc mpirun(int ranks, const QStringList& args, const QProcessEnvironment& env = mpiEnv()) {
        QStringList all = {"--oversubscribe", "-np", QString::number(ranks), TB_CLI_PATH};
        all += args;
        return runProgram(TB_MPIEXEC, all, env);
    }

    /// The JSON export of experiment 1 of `db`, without the wall-clock fields (created, finished, elapsed).
    QByteArray exported(const QString& db) {
        const MpiProc e = cli({"export", "1", "--format", "json", "--db", db});
        if (e.code != 0) return "export failed: " + e.err;
        QJsonObject o = QJsonDocument::fromJson(e.out).object();
        QJsonObject ex = o["experiment"].toObject();
        for (const char* k : {"created_at", "finished_at", "elapsed_seconds"}) ex.remove(k);
        o["experiment"] = ex;
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    QByteArray curves(const QString& db) {
        const MpiProc e = cli({"export", "1", "--format", "curves-csv", "--db", db});
        return e.code == 0 ? e.out : "export failed: " + e.err;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const MpiProc v = runProgram(TB_MPIEXEC, {"--version"}, mpiEnv(), 30000);
        if (v.code != 0) QSKIP("mpirun does not start here");
    }

    void sameAsThreadPool_data() {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("bandit classic-10-arm") << "preset:classic-10-arm" << QStringList{"--replicates", "7"};
        // Pooled failure counts and the tail analysis (bootstraps off: they run on rank 0 alone anyway).
        QTest::newRow("survival pooled")
            << R"({"kind":"survival","seed":3,"replicates":5,"tasks":2000,"cap":0,"subjects":[{"type":"beta-geometric","alpha":2.5,"beta":1.0},{"type":"zeta","a":3.5}],"analysis":{"bootstrap":0,"levelBootstrap":0}})"
            << QStringList{};
    }

    void sameAsThreadPool() {
        QFETCH(QString, config);
        QFETCH(QStringList, extra);
        const QString single = newDb();
        const MpiProc s = cli(QStringList{"run", config, "--threads", "2", "--db", single} + extra);
        QVERIFY2(s.code == 0, s.err.constData());
        const QByteArray want = exported(single), wantCurves = curves(single);
        QVERIFY(want.size() > 1000);
        for (int ranks : {1, 2, 3}) {
            const QString db = newDb();
            const MpiProc m =
                mpirun(ranks, QStringList{"run", config, "--mpi", "--threads", "1", "--db", db} + extra);
            QVERIFY2(m.code == 0, (QByteArray::number(ranks) + " ranks: " + m.err).constData());
            QVERIFY2(m.out.count("stored as experiment") == 1, m.out.constData()); // rank 0 alone prints
            QCOMPARE(exported(db), want);
            QCOMPARE(curves(db), wantCurves);
        }
    }

    void rlhfProfiles() {
        // Profile metrics (vectors per replicate) cross the exchange too: goodhart-best-of-n, 3 replicates, 2
        // ranks.
        const QString single = newDb(), db = newDb();
        QString config = "preset:goodhart-best-of-n";
        if (qEnvironmentVariable("TB_SANITIZE") == "1") {
            // Unoptimised Eigen under the sanitizers runs the preset for minutes: the same shape on a world
            // 10x smaller still has every profile metric.
            config = m_dir.filePath("rlhf-small.json");
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"kind":"rlhf","seed":1,"replicates":2,"world":{"prompts":10,"candidates":2000,"features":4},)"
                R"("gold":{"weights":[1,2],"kappa":[0,1.25],"thresholds":[0,1]},"bestOfN":{"maxN":400,"points":20},)"
                R"("tilt":{"betaMin":0.1,"betaMax":20,"points":30},"steps":100,"pipelines":[{"type":"rlhf",)"
                R"("label":"Single reward model","labels":{"pairs":500,"temperature":1}}]})");
        }
        const QStringList args = {"run", config, "--replicates", "2", "--threads", "1"};
        const MpiProc s = cli(args + QStringList{"--db", single});
        QVERIFY2(s.code == 0, s.err.constData());
        const MpiProc m = mpirun(2, args + QStringList{"--mpi", "--db", db});
        QVERIFY2(m.code == 0, m.err.constData());
        QCOMPARE(exported(db), exported(single));
        QCOMPARE(curves(db), curves(single));
    }

    void rankFailureIsRecorded_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("reason");
        // A replicate error on rank 1 reaches rank 0 with the dispatch's values.
        QTest::newRow("throw") << "throw@1:1"
                               << "rank 1: replicate failure injected";
        // A replicate error on rank 0 while the others already simulate the next dispatch (the overlap): they
        // stop it on rank 0's decision.
        QTest::newRow("throw on rank 0") << "throw@0:1"
                                         << "replicate failure injected by TRIALBENCH_MPI_FAULT on rank 0";
        // Rank 1 dies without a word: mpirun ends the job (SIGTERM to the others, SIGKILL a second later);
        // rank 0 waits 500 ms for its answer and records the run failed first.
        QTest::newRow("exit") << "exit@1:1"
                              << "rank 1 did not answer";
    }

    void rankFailureIsRecorded() {
        QFETCH(QString, fault);
        QFETCH(QString, reason);
        QProcessEnvironment env = mpiEnv();
        env.insert("TRIALBENCH_MPI_FAULT", fault);
        const QString db = newDb();
        const MpiProc m = mpirun(
            3, {"run", "preset:classic-10-arm", "--replicates", "6", "--mpi", "--threads", "1", "--db", db},
            env);
        QVERIFY2(m.code != 0, m.out.constData());
        const MpiProc e = cli({"export", "1", "--format", "json", "--db", db});
        QCOMPARE(e.code, 0);
        const QJsonObject ex = QJsonDocument::fromJson(e.out).object()["experiment"].toObject();
        QCOMPARE(ex["status"].toString(), QString("failed"));
        QVERIFY2(ex["message"].toString().contains(reason), qPrintable(ex["message"].toString()));
        // Never a silent partial result: the checkpoints before the failure are there, not the rest.
        QVERIFY(ex["checkpoints_done"].toInt() < ex["checkpoints_total"].toInt());
    }

    void withoutMpiFlagNothingChanges() {
        // --mpi with a single process (no mpirun: an MPI singleton) is the plain run.
        const QString a = newDb(), b = newDb();
        QCOMPARE(cli({"run", "preset:classic-10-arm", "--replicates", "3", "--db", a}).code, 0);
        QCOMPARE(cli({"run", "preset:classic-10-arm", "--replicates", "3", "--mpi", "--db", b}).code, 0);
        QCOMPARE(exported(b), exported(a));
    }
};

QTEST_GUILESS_MAIN(TestMpi)
#include "tst_mpi.moc"

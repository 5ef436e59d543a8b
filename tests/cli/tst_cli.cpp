// trialbench-cli as a user drives it: --help of every subcommand, exit codes 0/1/2, invalid configs (every
// path on stderr, no store file created), the exact --json shapes, CSV export against the stored series,
// list/show/delete/ tag/note, foreign and newer store files refused untouched, SIGINT stores the run as
// interrupted.
#include <QtTest>

#include <csignal>
#include <fstream>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "run/Registry.h"
#include "store/RunStore.h"

using namespace tb;

namespace {

struct Result {
    int code = -1;
    QByteArray out, err;
    std::string errText() const { return err.toStdString(); }
};

/// A short bandit config; the second label needs CSV quoting (comma and quotes).
std::string shortConfig() {
    Json j = {{"kind", "bandit"},
              {"name", "cli test"},
              {"seed", 3},
              {"replicates", 6},
              {"horizon", 1500},
              {"environment", {{"type", "bernoulli"}, {"means", {0.1, 0.5, 0.8}}}},
              {"policies",
               Json::array({{{"type", "ucb1"}}, {{"type", "thompson-beta"}, {"label", "TS, \"Beta\""}}})}};
    return j.dump();
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const std::string& text) {
    std::ofstream(path.toStdString()) << text;
}

/// RFC 4180 parser (quoted fields, doubled quotes, CRLF).
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"')
            quoted = true;
        else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
            any = false;
            continue;
        } else
            field += c;
        any = true;
    }
    if (any) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

std::set<std::string> keys(const Json& j) {
    std::set<std::string> k;
    for (auto it = j.begin(); it != j.end(); ++it) k.insert(it.key());
    return k;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_cfg;

    Result cli(const QStringList& args, int timeoutMs = 600000) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("TRIALBENCH_DB", m_db); // never touch the user's default store
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TB_CLI_PATH), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.path() + "/default.sqlite";
        m_cfg = m_dir.path() + "/short.json";
        writeFile(m_cfg, shortConfig());
    }

    void helpOfEverySubcommand_data() {
        QTest::addColumn<QString>("cmd");
        for (const char* c : {"run", "list", "show", "export", "presets", "delete", "tag", "untag", "note",
                              "help-config", "bench", "fit-tail", "project-scaling", "version"})
            QTest::newRow(c) << c;
    }
    void helpOfEverySubcommand() {
        QFETCH(QString, cmd);
        const Result r = cli({cmd, "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Usage: trialbench-cli " + cmd.toUtf8()));
        QVERIFY(r.out.contains("--help"));
        QVERIFY(r.err.isEmpty());
    }

    void usageErrorsExitWithTwo() {
        Result r = cli({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("Usage"));
        r = cli({"frobnicate"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown command 'frobnicate'"));
        r = cli({"list", "--colour"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown option '--colour'"));
        QVERIFY(r.err.contains("Usage: trialbench-cli list"));
        r = cli({"run"});
        QCOMPARE(r.code, 2);
        r = cli({"run", m_cfg, "--threads", "many", "--no-store"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--threads"));
        r = cli({"show", "abc"});
        QCOMPARE(r.code, 2);
        r = cli({"export", "1", "--format", "xml"});
        QCOMPARE(r.code, 2);
        r = cli({"help-config", "nosuchkind"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("bandit"));
        r = cli({"run", "preset:nope", "--no-store"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("preset:nope"));
        r = cli({"version"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("trialbench-cli "));
    }

    void invalidConfigReportsEveryPathAndWritesNothing() {
        const QString db = m_dir.path() + "/never.sqlite";
        const QString bad = m_dir.path() + "/bad.json";
        Json badConfig = {{"kind", "bandit"},
                          {"horizon", -5},
                          {"replicates", 3},
                          {"environment", {{"type", "bernoulli"}, {"means", {0.2, 1.4}}}},
                          {"policies", Json::array({{{"type", "ucb1"}}, {{"type", "nope"}}})},
                          {"colour", "red"}};
        writeFile(bad, badConfig.dump());
        Result r = cli({"run", bad, "--db", db});
        QCOMPARE(r.code, 2);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        for (const char* path : {"horizon", "environment.means[1]", "policies[1]", "colour"}) {
            bool found = false;
            for (const auto& l : lines)
                if (l.startsWith(bad.toUtf8() + ": " + path)) found = true;
            QVERIFY2(found, (std::string(path) + " missing in:\n" + r.errText()).c_str());
        }
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(db + "-wal"));
        // Overrides are validated like the file, with their path.
        r = cli({"run", m_cfg, "--db", db, "--replicates", "0"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(m_cfg.toUtf8() + ": replicates"), r.err.constData());
        r = cli({"run", m_cfg, "--db", db, "--seed", "minus-one"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(m_cfg.toUtf8() + ": seed"), r.err.constData());
        // Syntax errors and unreadable files.
        writeFile(bad, "{\"kind\": \"bandit\",");
        r = cli({"run", bad, "--db", db});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(bad.toUtf8()));
        r = cli({"run", m_dir.path() + "/missing.json", "--db", db});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(db));
    }

    void runJsonHasExactlyTheDocumentedShape() {
        const QString db = m_dir.path() + "/json.sqlite";
        const Result r = cli({"run", m_cfg, "--db", db, "--json", "--threads", "2"});
        QCOMPARE(r.code, 0);
        const Json j =
            Json::parse(r.out.toStdString()); // exactly one JSON document (throws on trailing text)
        QVERIFY(j.is_object());
        QCOMPARE(keys(j), (std::set<std::string>{"experiment_id", "kind", "status", "runs"}));
        QVERIFY(j["experiment_id"].is_number_integer());
        QCOMPARE(j["kind"], Json("bandit"));
        QCOMPARE(j["status"], Json("finished"));
        QCOMPARE(j["runs"].size(), std::size_t(2));
        RunStore store(db.toStdString());
        const auto runs = store.runs(j["experiment_id"].get<std::int64_t>());
        for (std::size_t i = 0; i < 2; ++i) {
            const Json& run = j["runs"][i];
            QCOMPARE(keys(run), (std::set<std::string>{"run_id", "label", "final"}));
            QCOMPARE(run["run_id"].get<std::int64_t>(), runs[i].id);
            QCOMPARE(run["label"].get<std::string>(), runs[i].label);
            QCOMPARE(keys(run["final"]), (std::set<std::string>{"pseudo_regret", "realized_regret",
                                                                "optimal_arm_fraction", "average_reward"}));
            for (const auto& [metric, v] : run["final"].items()) {
                QCOMPARE(keys(v), (std::set<std::string>{"mean", "sd", "ci95_low", "ci95_high"}));
                const auto pts = store.series(runs[i].id, metric);
                QVERIFY(!pts.empty());
                QCOMPARE(v["mean"].get<double>(), pts.back().stats.mean); // round-trips exactly
                QCOMPARE(v["ci95_low"].get<double>(), pts.back().stats.ciLow);
            }
        }
        QCOMPARE(j["runs"][1]["label"], Json("TS, \"Beta\""));
        QVERIFY(r.err.isEmpty()); // no progress bar: stderr is not a terminal
    }

    void tableOutputAndNoStore() {
        const QString db = m_dir.path() + "/nostore.sqlite";
        const Result r = cli({"run", m_cfg, "--db", db, "--no-store"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Cumulative pseudo-regret"));
        QVERIFY(r.out.contains("Fraction of optimal pulls"));
        QVERIFY(r.out.contains("UCB1"));
        QVERIFY(r.out.contains("±"));
        QVERIFY(!QFile::exists(db));
        // Headline metric first.
        QVERIFY(r.out.indexOf("pseudo-regret") < r.out.indexOf("Average reward"));
    }

    void listShowTagNoteDelete() {
        const QString db = m_dir.path() + "/browse.sqlite";
        QCOMPARE(cli({"list", "--db", db}).code, 0); // empty, no file needed
        QVERIFY(!QFile::exists(db));
        QCOMPARE(cli({"run", m_cfg, "--db", db}).code, 0);
        QCOMPARE(cli({"run", m_cfg, "--db", db, "--seed", "11"}).code, 0);

        Result r = cli({"list", "--db", db, "--json"});
        QCOMPARE(r.code, 0);
        Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j["experiments"].size(), std::size_t(2));
        QCOMPARE(j["experiments"][0]["id"], Json(2)); // newest first
        QCOMPARE(j["experiments"][0]["seed"], Json(11));
        QCOMPARE(j["experiments"][0]["status"], Json("finished"));
        QCOMPARE(j["experiments"][0]["headline_metric"], Json("pseudo_regret"));
        QVERIFY(j["experiments"][0]["best_value"].is_number());
        QCOMPARE(cli({"list", "--db", db, "--kind", "survival", "--json"}).out.contains("\"experiments\":[]"),
                 true);

        QCOMPARE(cli({"tag", "1", "baseline", "--db", db}).code, 0);
        QCOMPARE(cli({"tag", "1", "paper", "--db", db}).code, 0);
        QCOMPARE(cli({"untag", "1", "paper", "--db", db}).code, 0);
        QCOMPARE(cli({"note", "1", "first, with \"quotes\"", "--db", db}).code, 0);
        r = cli({"show", "1", "--db", db, "--json"});
        QCOMPARE(r.code, 0);
        j = Json::parse(r.out.toStdString());
        QCOMPARE(j["experiment"]["tags"], Json::array({"baseline"}));
        QCOMPARE(j["experiment"]["notes"], Json("first, with \"quotes\""));
        QCOMPARE(j["config"]["seed"], Json(3));
        QCOMPARE(j["config"]["horizon"], Json(1500));
        QCOMPARE(j["runs"].size(), std::size_t(2));
        QVERIFY(j["runs"][0]["final"].contains("pseudo_regret"));
        QCOMPARE(j["runs"][0]["categories"]["pulls"].size(), std::size_t(3));
        r = cli({"show", "1", "--db", db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("baseline"));
        QVERIFY(r.out.contains("Pulls per arm"));
        r = cli({"list", "--db", db});
        QVERIFY(r.out.contains("baseline"));

        QCOMPARE(cli({"delete", "1", "--db", db}).code, 0);
        r = cli({"show", "1", "--db", db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no experiment 1 in " + db.toUtf8()), r.err.constData());
        QCOMPARE(cli({"delete", "1", "--db", db}).code, 2);
        QCOMPARE(cli({"tag", "99", "x", "--db", db}).code, 2);
        QCOMPARE(cli({"export", "99", "--format", "csv", "--db", db}).code, 2);
        r = cli({"show", "5", "--db", m_dir.path() + "/absent.sqlite"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no experiment 5 in"));
    }

    void exportCsvMatchesTheStore() {
        const QString db = m_dir.path() + "/export.sqlite";
        QCOMPARE(cli({"run", m_cfg, "--db", db}).code, 0);
        const QString csvPath = m_dir.path() + "/out.csv";
        Result r = cli({"export", "1", "--format", "csv", "-o", csvPath, "--db", db});
        QCOMPARE(r.code, 0);
        const QByteArray raw = fileBytes(csvPath);
        QVERIFY(raw.contains("\r\n"));
        const auto rows = parseCsv(raw.toStdString());
        const std::vector<std::string> header = {"experiment_id", "run_id",    "run_index", "label", "metric",
                                                 "checkpoint",    "step",      "n",         "mean",  "sd",
                                                 "ci95_low",      "ci95_high", "min",       "max",   "q10",
                                                 "q50",           "q90"};
        QCOMPARE(rows.at(0), header);
        RunStore store(db.toStdString());
        std::size_t expected = 0, row = 1;
        for (const auto& run : store.runs(1))
            for (const char* m :
                 {"pseudo_regret", "realized_regret", "optimal_arm_fraction", "average_reward"}) {
                const auto pts = store.series(run.id, m);
                expected += pts.size();
                for (std::size_t c = 0; c < pts.size(); ++c, ++row) {
                    const auto& f = rows.at(row);
                    QCOMPARE(f.size(), header.size());
                    QCOMPARE(f[1], std::to_string(run.id));
                    QCOMPARE(f[3], run.label); // "TS, \"Beta\"" survives the quoting
                    QCOMPARE(f[4], std::string(m));
                    QCOMPARE(std::stoll(f[5]), (long long)c);
                    QCOMPARE(std::stoll(f[6]), (long long)pts[c].step);
                    QCOMPARE(std::stoll(f[7]), (long long)pts[c].stats.n);
                    QCOMPARE(std::stod(f[8]), pts[c].stats.mean);
                    QCOMPARE(std::stod(f[9]), pts[c].stats.sd);
                    QCOMPARE(std::stod(f[11]), pts[c].stats.ciHigh);
                    QCOMPARE(std::stod(f[16]), pts[c].stats.q90);
                }
            }
        QCOMPARE(rows.size(), expected + 1);

        r = cli({"export", "1", "--format", "json", "--db", db});
        QCOMPARE(r.code, 0);
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j["config"]["name"], Json("cli test"));
        QCOMPARE(j["runs"].size(), std::size_t(2));
        const auto& s = j["runs"][0]["series"]["pseudo_regret"];
        QCOMPARE(s["step"].size(), store.series(store.runs(1)[0].id, "pseudo_regret").size());
        QCOMPARE(j["runs"][0]["final_values"]["pseudo_regret"].size(), std::size_t(6));
    }

    void foreignAndNewerStoresExitWithOne_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("text") << "text";
        QTest::newRow("other-sqlite") << "other-sqlite";
        QTest::newRow("newer") << "newer";
    }
    void foreignAndNewerStoresExitWithOne() {
        QFETCH(QString, what);
        const QString db = m_dir.path() + "/foreign-" + what + ".sqlite";
        if (what == "text")
            writeFile(db, "hello\n");
        else {
            if (what == "newer") RunStore s(db.toStdString());
            sqlite3* h = nullptr;
            sqlite3_open(db.toUtf8().constData(), &h);
            sqlite3_exec(h,
                         what == "newer" ? "PRAGMA user_version = 7"
                                         : "CREATE TABLE t (x); INSERT INTO t VALUES (1)",
                         nullptr, nullptr, nullptr);
            sqlite3_close(h);
        }
        const QByteArray before = fileBytes(db);
        for (const QStringList& args :
             {QStringList{"list", "--db", db}, QStringList{"show", "1", "--db", db},
              QStringList{"run", m_cfg, "--db", db}, QStringList{"delete", "1", "--db", db}}) {
            const Result r = cli(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(db.toUtf8()), r.err.constData());
            QVERIFY2(r.err.contains(what == "newer" ? "newer" : "not a TrialBench store"), r.err.constData());
        }
        QCOMPARE(fileBytes(db), before);
        QVERIFY(!QFile::exists(db + "-wal"));
        QVERIFY(!QFile::exists(db + "-shm"));
    }

    void sigintStoresTheRunAsInterrupted() {
        const QString db = m_dir.path() + "/sigint.sqlite";
        const QString cfg = m_dir.path() + "/long.json";
        Json long_ = Json::parse(shortConfig());
        long_["horizon"] = 200000000;
        long_["replicates"] = 2;
        writeFile(cfg, long_.dump());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("TRIALBENCH_DB", m_db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TB_CLI_PATH), {"run", cfg, "--db", db, "--json", "--threads", "1"});
        QVERIFY(p.waitForStarted());
        bool some = false;
        for (int i = 0; i < 6000 && !some; ++i) {
            QTest::qWait(20);
            QVERIFY(p.state() == QProcess::Running);
            if (!QFile::exists(db)) continue;
            try {
                RunStore s(db.toStdString(), RunStore::Mode::ReadOnly);
                const auto list = s.listExperiments();
                some = !list.empty() && list[0].checkpointsDone >= 2;
            } catch (const RuntimeError&) { // created but not initialised yet
            }
        }
        QVERIFY(some);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(600000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const Json j = Json::parse(p.readAllStandardOutput().toStdString());
        QCOMPARE(j["status"], Json("interrupted"));
        QVERIFY(p.readAllStandardError().contains("interrupted by SIGINT"));
        RunStore s(db.toStdString());
        const auto e = s.experiment(j["experiment_id"].get<std::int64_t>());
        QCOMPARE(e->status, RunStatus::Interrupted);
        QVERIFY(e->checkpointsDone >= 2 && e->checkpointsDone < e->checkpointsTotal);
        QCOMPARE(s.series(s.runs(e->id)[0].id, "pseudo_regret").size(), std::size_t(e->checkpointsDone));
    }

    // Issue 8.5: `--threads 1000` under a memory limit used to fail with "Resource temporarily unavailable",
    // no JSON and an `interrupted` run. Under an address-space limit that leaves room for far fewer than 400
    // thread stacks, the run finishes with the threads that could start, says so, prints its JSON, and gives
    // exactly the 1-thread results.
    void threadLimitDegradesGracefully() {
        if (qEnvironmentVariable("TB_SANITIZE") == "1")
            QSKIP("sanitizers reserve terabytes of address space: an address-space limit cannot apply");
        const QString db = m_dir.path() + "/threads.sqlite";
        const QString cmd =
            QString("ulimit -v 1500000; exec '%1' run '%2' --replicates 400 --threads 400 --json "
                    "--db '%3'")
                .arg(TB_CLI_PATH, m_cfg, db);
        QProcess p;
        p.start("/bin/sh", {"-c", cmd});
        QVERIFY(p.waitForFinished(600000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("threads could be started"), err.constData());
        const Json many = Json::parse(p.readAllStandardOutput().toStdString());
        QCOMPARE(many["status"], Json("finished"));
        const Result one =
            cli({"run", m_cfg, "--replicates", "400", "--threads", "1", "--json", "--no-store"});
        QCOMPARE(one.code, 0);
        const Json single = Json::parse(one.out.toStdString());
        QCOMPARE(many["runs"].size(), single["runs"].size());
        for (std::size_t r = 0; r < single["runs"].size(); ++r)
            QCOMPARE(many["runs"][r]["final"].dump(), single["runs"][r]["final"].dump());
    }

    // Issue 8.4: `export 1 --format csv -o s.sqlite --db s.sqlite` overwrote the store with CSV and exited 0.
    // Any target that is the store, its -wal/-shm/-journal, or another SQLite database is refused (exit 2),
    // and the files are left byte for byte.
    void exportNeverOverwritesAStore() {
        QTemporaryDir dir;
        const QString db = dir.path() + "/s.sqlite", other = dir.path() + "/other.sqlite";
        QCOMPARE(cli({"run", m_cfg, "--db", db}).code, 0);
        QCOMPARE(cli({"run", m_cfg, "--db", other}).code, 0);
        const QByteArray storeBytes = fileBytes(db), otherBytes = fileBytes(other);
        QVERIFY(QFile::link(db, dir.path() + "/alias.sqlite"));
        for (const QString& target : {db, db + "-wal", db + "-shm", db + "-journal", other,
                                      dir.path() + "/./s.sqlite", dir.path() + "/alias.sqlite"}) {
            for (const char* format : {"csv", "json"}) {
                const Result r = cli({"export", "1", "--format", format, "-o", target, "--db", db});
                QVERIFY2(r.code == 2, qPrintable(target + ": " + QString::fromUtf8(r.err)));
                QVERIFY2(r.err.contains("refusing to write to"), r.err.constData());
            }
        }
        QCOMPARE(fileBytes(db), storeBytes);
        QCOMPARE(fileBytes(other), otherBytes);
        QVERIFY(!QFile::exists(db + "-journal"));
        QCOMPARE(cli({"list", "--db", db}).code, 0);
    }

    // Issue 8.4: a failed export (full disk) left a truncated fragment in place of the old file. The write
    // goes to a temporary file beside the target and is renamed over it only when complete. The full disk is
    // simulated with a file-size limit (SIGXFSZ ignored, so the write fails with EFBIG as on a full disk).
    void failedExportKeepsTheOldFile() {
        QTemporaryDir dir;
        const QString db = dir.path() + "/s.sqlite", target = dir.path() + "/export.json";
        QCOMPARE(cli({"run", m_cfg, "--db", db}).code, 0);
        writeFile(target, "{\"the old export\": true}\n");
        const QByteArray before = fileBytes(target);
        QProcess p;
        p.start(
            "/bin/sh",
            {"-c", QString("trap '' XFSZ; ulimit -f 160; exec '%1' export 1 --format json -o '%2' --db '%3'")
                       .arg(TB_CLI_PATH, target, db)});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("cannot write") && err.contains("left as it was"), err.constData());
        QCOMPARE(fileBytes(target), before);
        QCOMPARE(QDir(dir.path()).entryList({".export.json.tmp-*"}, QDir::Hidden | QDir::Files).size(), 0);
        // Without the limit it is replaced whole.
        QCOMPARE(cli({"export", "1", "--format", "json", "-o", target, "--db", db}).code, 0);
        QVERIFY(Json::parse(fileBytes(target).toStdString())["runs"].size() == 2);
    }

    // Issue 8.5: CSV cells beginning with =, +, -, @ were exported verbatim (a spreadsheet runs them as
    // formulas). Text cells are neutralised as OWASP recommends; numbers (negative ones too) stay numbers.
    void csvCellsCannotBecomeFormulas() {
        QTemporaryDir dir;
        const QString db = dir.path() + "/s.sqlite", cfg = dir.path() + "/formula.json";
        Json c = Json::parse(shortConfig());
        c["policies"] = Json::array({{{"type", "ucb1"}, {"label", "=HYPERLINK(\"http://x\",\"y\")"}},
                                     {{"type", "thompson-beta"}, {"label", "@SUM(A1)"}},
                                     {{"type", "epsilon-greedy"}, {"label", "-2+3"}},
                                     {{"type", "uniform"}, {"label", "+1"}}});
        writeFile(cfg, c.dump());
        QCOMPARE(cli({"run", cfg, "--db", db}).code, 0);
        const Result r = cli({"export", "1", "--format", "csv", "--db", db});
        QCOMPARE(r.code, 0);
        const auto rows = parseCsv(r.out.toStdString());
        std::set<std::string> labels;
        for (std::size_t i = 1; i < rows.size(); ++i) labels.insert(rows[i][3]);
        QCOMPARE(labels,
                 (std::set<std::string>{"'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)", "'-2+3", "'+1"}));
        bool negativeNumber = false;
        for (std::size_t i = 1; i < rows.size(); ++i)
            for (std::size_t col = 8; col < rows[i].size(); ++col)
                if (!rows[i][col].empty() && rows[i][col][0] == '-') negativeNumber = true;
        QVERIFY(negativeNumber); // realized regret goes below zero early on: numbers are left alone
    }

    // Issue 8.6: a read-only store (another user's, a read-only mount) could not even be listed.
    void readOnlyStoreCanBeRead() {
        QTemporaryDir dir;
        const QString folder = dir.path() + "/ro";
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + "/runs.sqlite";
        QCOMPARE(cli({"run", m_cfg, "--db", db}).code, 0);
        QVERIFY(!QFile::exists(db + "-wal") && !QFile::exists(db + "-shm"));
        const QByteArray before = fileBytes(db);
        QStringList prefix; // how to run the CLI as a user who cannot write there
        if (geteuid() == 0) {
            // Root ignores permission bits: run the CLI as nobody, with the files readable by all.
            if (QStandardPaths::findExecutable("setpriv").isEmpty()) QSKIP("setpriv is needed to drop root");
            prefix = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"};
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                          QFile::ReadOther | QFile::ExeOther));
        }
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                                  QFile::ExeOther));
        auto run = [&](const QStringList& args) {
            QProcess p;
            QStringList all = prefix;
            all << TB_CLI_PATH << args;
            p.start(all.takeFirst(), all);
            p.waitForFinished(60000);
            return Result{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        Result r = run({"list", "--db", db, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(Json::parse(r.out.toStdString())["experiments"].size(), std::size_t(1));
        r = run({"show", "1", "--db", db});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({"export", "1", "--format", "json", "--db", db});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({"tag", "1", "x", "--db", db}); // writing is refused clearly
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("read-only") || r.err.contains("readonly"), r.err.constData());
        QCOMPARE(fileBytes(db), before);
        QVERIFY(!QFile::exists(db + "-wal") && !QFile::exists(db + "-shm"));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    }

    void dbPathsThatAreNotStores() {
        // /dev/null is refused without creating /dev/null-journal (root could).
        Result r = cli({"run", m_cfg, "--db", "/dev/null"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("character device"), r.err.constData());
        QVERIFY(!QFile::exists("/dev/null-journal") && !QFile::exists("/dev/null-wal"));
        r = cli({"list", "--db", "/dev/null"});
        QCOMPARE(r.code, 1);
        // Read commands leave an empty file empty.
        QTemporaryDir dir;
        const QString empty = dir.path() + "/empty.sqlite";
        writeFile(empty, "");
        for (const QStringList& args :
             {QStringList{"list", "--db", empty}, QStringList{"show", "1", "--db", empty},
              QStringList{"tag", "1", "x", "--db", empty}}) {
            r = cli(args);
            QVERIFY2(r.code != 0, qPrintable(args.join(' ')));
            QVERIFY2(r.err.contains("no TrialBench store"), r.err.constData());
            QCOMPARE(QFileInfo(empty).size(), qint64(0));
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() == 1);
        // untag of a tag that is not there says so.
        const QString db = dir.path() + "/s.sqlite";
        QCOMPARE(cli({"run", m_cfg, "--db", db}).code, 0);
        r = cli({"untag", "1", "nope", "--db", db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("has no tag 'nope'"), r.err.constData());
        QVERIFY(!r.out.contains("untagged"));
    }

    // Issue 8, item 5: every bad input exits 2 with its location (file:line:column and JSON path), one line
    // per problem, and the store is not touched.
    void badInputsAreReportedPreciselyWithExitTwo_data() {
        QTest::addColumn<QByteArray>("text"); // the config file
        QTest::addColumn<QByteArray>("at"); // where the problem starts in the text ("": no column, "*": any)
        QTest::addColumn<QByteArray>("expected"); // stderr line after "FILE:" (and "LINE:COLUMN: ")
        const std::string head = R"({"kind":"bandit","replicates":2,"horizon":100,)";
        const std::string env = R"("environment":{"type":"bernoulli","means":[0.2,0.8]},)";
        const std::string pol = R"("policies":[{"type":"ucb1"}])";
        auto row = [](const char* name, const std::string& text, const char* at, const char* expected) {
            QTest::newRow(name) << QByteArray::fromStdString(text) << QByteArray(at) << QByteArray(expected);
        };
        row("1e309", head + R"("seed": 1e309,)" + env + pol + "}", "1e309",
            "seed: 1e309 is outside the range of a double (finite magnitudes up to 1.8e308)");
        row("400 digits", head + R"("seed": 1)" + std::string(400, '0') + "," + env + pol + "}", "10000",
            "seed: 10000000000000000000… (401 characters) is outside the range of a double");
        row("duplicate key", head + env + pol + R"(,"horizon": 50})", "\"horizon\": 50",
            "horizon: duplicate key (first at line 1 column 33)");
        row("start 1e300",
            head +
                R"("environment":{"type":"piecewise","segments":[{"start":0,"means":[0.1,0.2]},{"start":1e300,"means":[0.2,0.1]}]},)" +
                pol + "}",
            "", "environment.segments[1].start: expected an integer in [0, 9223372036854775807], got 1e+300");
        std::string wide = "[0";
        for (int k = 1; k < 1001; ++k) wide += ",1";
        row("1001 arms",
            head + R"("environment":{"type":"adversarial","table":[)" + wide + "]]}," + pol + "}", "",
            "environment.table[0]: has 1001 items; at most 1000 are allowed");
        row("empty key", head + R"("environment":{"type":"bernoulli","means":[0.2,0.8],"":1},)" + pol + "}",
            "", "environment[\"\"]: unknown key (expected one of: type, means)");
        row("newline key", head + env + "\"policies\":[{\"type\":\"ucb1\",\"a\\nb\\u001b\":1}]}", "",
            "policies[0][\"a\\nb\\u001b\"]: unknown key (expected one of: type, label)");
        row("enum value with escapes", head + env + "\"policies\":[{\"type\":\"u\\u001b[2Jcb1\\n\"}]}", "",
            "policies[0].type: 'u\\x1b[2Jcb1\\n' is not one of:");
        row("deep nesting", head + env + R"("policies":)" + std::string(70, '[') + std::string(70, ']') + "}",
            "*", "policies[0][0][0]");
    }
    void badInputsAreReportedPreciselyWithExitTwo() {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, at);
        QFETCH(QByteArray, expected);
        const QString db = m_dir.path() + "/precise.sqlite";
        const QString f = m_dir.path() + "/precise.json";
        writeFile(f, text.toStdString());
        const Result r = cli({"run", f, "--db", db});
        QCOMPARE(r.code, 2);
        QByteArray prefix = f.toUtf8() + ":";
        if (at == "*") // some column of line 1
            prefix += "1:";
        else if (!at.isEmpty())
            prefix += "1:" + QByteArray::number(text.indexOf(at) + 1) + ": ";
        else
            prefix += " ";
        bool found = false;
        for (const QByteArray& line : r.err.split('\n')) {
            found = found || (line.startsWith(prefix) && line.contains(expected));
            for (char c : line) QVERIFY2(c != '\x1b' && c != '\r', r.err.constData()); // one clean line each
        }
        QVERIFY2(found, (prefix + expected + "\nnot in:\n" + r.err).constData());
        QVERIFY(!QFile::exists(db));
    }

    void configFilesAreCheckedBeforeReading() {
        const QString db = m_dir.path() + "/files.sqlite";
        const QString fifo = m_dir.path() + "/fifo.json";
        QCOMPARE(::mkfifo(fifo.toUtf8().constData(), 0600), 0);
        const QString big = m_dir.path() + "/big.json";
        writeFile(big, "{}");
        QVERIFY(QFile::resize(big, qint64(16) * 1024 * 1024 + 1)); // sparse
        for (const auto& [path, message] :
             std::vector<std::pair<QString, QByteArray>>{{"/dev/zero", "is not a regular file"},
                                                         {fifo, "is not a regular file"},
                                                         {m_dir.path(), "is a folder"},
                                                         {big, "config files are limited to 16 MiB"}}) {
            const Result r = cli({"run", path, "--db", db}, 60000);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.startsWith(path.toUtf8() + ": ") && r.err.contains(message), r.err.constData());
        }
        QVERIFY(!QFile::exists(db));
    }

    // Issue 8, item 3: configs over the memory, set-up or simulation limits are refused before anything is
    // allocated or stored, naming the parameters and the estimate.
    void costLimitsAreCheckedBeforeTheStore() {
        const QString db = m_dir.path() + "/cost.sqlite";
        const QString f = m_dir.path() + "/cost.json";
        Json big = Json::parse(shortConfig());
        big["replicates"] = 1000000;
        big["environment"]["means"] = std::vector<double>(1000, 0.5);
        big["policies"] = Json::array();
        for (int i = 0; i < 64; ++i) big["policies"].push_back({{"type", "ucb1"}});
        writeFile(f, big.dump());
        Result r = cli({"run", f, "--db", db, "--allow-long"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(f.toUtf8() + ": replicates, policies, environment.means: needs about "),
                 r.err.constData());
        QVERIFY(r.err.contains("of memory") && r.err.contains("the limit is"));
        Json adv = Json::parse(shortConfig());
        adv["horizon"] = 10000000000;
        adv["replicates"] = 100;
        adv["environment"] = {{"type", "adversarial"}, {"generator", "random"}, {"arms", 1000}};
        writeFile(f, adv.dump());
        r = cli({"run", f, "--db", db});
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.contains("horizon, environment.arms: needs about 11.1 h of set-up before the first step"),
            r.err.constData());
        QVERIFY(r.err.contains("--allow-long"));
        QVERIFY(!QFile::exists(db));
        r = cli({"run", m_cfg, "--no-store", "--allow-long"});
        QCOMPARE(r.code, 0);
    }

    void helpOfAnUnknownCommandAndAnEmptyDbAreUsageErrors() {
        Result r = cli({"help", "nosuch"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown command 'nosuch'"));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(cli({"help", "run"}).code, 0);
        for (const QStringList& args :
             {QStringList{"list", "--db", ""}, QStringList{"show", "1", "--db="},
              QStringList{"run", m_cfg, "--db", ""}, QStringList{"note", "1", "x", "--db", ""}}) {
            r = cli(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("--db: the store path must not be empty"), r.err.constData());
        }
        QVERIFY(!QFile::exists(m_db)); // the default store was not used instead
    }

    /// Runs the CLI through /bin/sh so that arguments can hold bytes that are not UTF-8 (QProcess takes
    /// QStrings). `script` sees the CLI as "$0" and the store as "$1".
    Result shell(const QString& script, const QString& db) {
        QProcess p;
        p.start("/bin/sh", {"-c", script, QStringLiteral(TB_CLI_PATH), db});
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    void printedTextIsEscapedAndArgumentsAreUtf8() {
        const QString db = m_dir.path() + "/escape.sqlite";
        const QString f = m_dir.path() + "/escape.json";
        Json c = Json::parse(shortConfig());
        c["name"] = "evil\x1b[2J\nname \xce\xb5";
        c["policies"][0]["label"] = "x\xc2\x9b\xe2\x80\xae \xce\xb5-label";
        writeFile(f, c.dump());
        auto clean = [](const QByteArray& out) {
            return !out.contains('\x1b') && !out.contains("\xc2\x9b") && !out.contains("\xe2\x80\xae");
        };
        Result r = cli({"run", f, "--db", db});
        QCOMPARE(r.code, 0);
        QVERIFY2(clean(r.out), r.out.constData());
        QVERIFY(r.out.contains("evil\\x1b[2J\\nname \xce\xb5")); // visible, and ε stays readable
        QVERIFY(r.out.contains("x\\u009b\\u202e \xce\xb5-label"));
        for (const QStringList& args :
             {QStringList{"list", "--db", db}, QStringList{"show", "1", "--db", db},
              QStringList{"list", "--db", db, "--json"}, QStringList{"show", "1", "--db", db, "--json"}}) {
            r = cli(args);
            QCOMPARE(r.code, 0);
            QVERIFY2(clean(r.out), r.out.constData());
        }
        // The JSON still holds the exact text.
        const Json shown = Json::parse(cli({"show", "1", "--db", db, "--json"}).out.toStdString());
        QCOMPARE(shown["experiment"]["name"], c["name"]);
        QCOMPARE(shown["runs"][0]["label"], c["policies"][0]["label"]);
        // Notes and tags must be UTF-8: refused with exit 2 before the store is touched.
        r = shell("exec \"$0\" note 1 \"$(printf 'bad \\377 bytes')\" --db \"$1\"", db);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("TEXT: invalid UTF-8 at byte 4 (0xff)"), r.err.constData());
        r = shell("exec \"$0\" tag 1 \"$(printf '\\300\\257')\" --db \"$1\"", db);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("TAG: invalid UTF-8 at byte 0 (0xc0)"));
        r = shell("exec \"$0\" list --filter \"$(printf '\\355\\240\\200')\" --db \"$1\"", db);
        QCOMPARE(r.code, 2);
        const Json after = Json::parse(cli({"show", "1", "--db", db, "--json"}).out.toStdString());
        QCOMPARE(after["experiment"]["notes"], Json(""));
        QCOMPARE(after["experiment"]["tags"], Json::array());
        QCOMPARE(cli({"note", "1", "\xce\xb5 \x1b[1mok", "--db", db}).code, 0);
        r = cli({"show", "1", "--db", db});
        QVERIFY(r.out.contains("notes       \xce\xb5 \\x1b[1mok"));
    }

    // One replicate has no sample sd and no interval: null in JSON and NULL in the store, as documented.
    void singleReplicateStatisticsAreNull() {
        const QString db = m_dir.path() + "/single.sqlite";
        Result r = cli({"run", m_cfg, "--db", db, "--replicates", "1", "--json"});
        QCOMPARE(r.code, 0);
        const Json j = Json::parse(r.out.toStdString());
        for (const auto& [metric, v] : j["runs"][0]["final"].items()) {
            QVERIFY(v["mean"].is_number());
            QVERIFY(v["sd"].is_null());
            QVERIFY(v["ci95_low"].is_null());
            QVERIFY(v["ci95_high"].is_null());
        }
        const Json shownJ = Json::parse(cli({"show", "1", "--db", db, "--json"}).out.toStdString());
        QVERIFY(shownJ["runs"][0]["final"]["pseudo_regret"]["sd"].is_null());
        QVERIFY(shownJ["runs"][0]["final"]["pseudo_regret"]["q50"].is_number());
        QVERIFY(shownJ["runs"][0]["categories"]["pulls"][0]["ci95_low"].is_null());
        sqlite3* h = nullptr;
        QCOMPARE(sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, "SELECT count(*), count(sd), count(ci95_low), count(mean) FROM series", -1, &st,
                           nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QVERIFY(sqlite3_column_int(st, 0) > 0);
        QCOMPARE(sqlite3_column_int(st, 1), 0); // every sd is NULL
        QCOMPARE(sqlite3_column_int(st, 2), 0);
        QCOMPARE(sqlite3_column_int(st, 3), sqlite3_column_int(st, 0));
        sqlite3_finalize(st);
        sqlite3_close(h);
        r = cli({"run", m_cfg, "--no-store", "--replicates", "1"});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(" ± ")); // no interval to show
    }

    void seedsAreFullUint64() {
        const QString db = m_dir.path() + "/seeds.sqlite";
        Result r = cli({"run", m_cfg, "--db", db, "--seed", "18446744073709551615", "--replicates", "2"});
        QCOMPARE(r.code, 0);
        const Json list = Json::parse(cli({"list", "--db", db, "--json"}).out.toStdString());
        QCOMPARE(list["experiments"][0]["seed"].get<std::uint64_t>(), std::uint64_t(18446744073709551615ULL));
        const Json show = Json::parse(cli({"show", "1", "--db", db, "--json"}).out.toStdString());
        QCOMPARE(show["config"]["seed"].get<std::uint64_t>(), std::uint64_t(18446744073709551615ULL));
        r = cli({"run", m_cfg, "--no-store", "--seed", "18446744073709551616"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(": seed: expected an integer in [0, 18446744073709551615]"),
                 r.err.constData());
        r = cli({"run", m_cfg, "--no-store", "--seed", "1e999"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(": seed: 1e999 (--seed) is outside the range of a double"),
                 r.err.constData());
        r = cli({"run", m_cfg, "--no-store", "--seed", "9007199254740993", "--json"});
        QCOMPARE(r.code, 0);
    }

    void presetsAndHelpConfig() {
        Result r = cli({"presets"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("classic-10-arm"));
        r = cli({"presets", "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY(Json::parse(r.out.toStdString())["presets"].size() >= 1);
        r = cli({"help-config", "bandit"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("environment.means"));
        QVERIFY(r.out.contains("pseudo_regret"));
    }

    // bench over a preset list: one row per (preset, variant, threads) in that order, with the preset, the
    // kind's step unit and headline metric in every row; the regret does not depend on the thread count; an
    // unknown preset or policy type exits 2 before measuring. (Speeds are not asserted.)
    void benchRowsPerPresetAndVariant() {
        Result r = cli({"bench", "--preset", "close-5-arm,low-mean-12-arm", "--policies", "ucb1,kl-ucb",
                        "--replicates", "2", "--threads", "1,2", "--json"});
        QCOMPARE(r.code, 0);
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j["replicates"].get<int>(), 2);
        const Json& rows = j["rows"];
        QCOMPARE(rows.size(), std::size_t(8));
        const std::set<std::string> shape = {"preset",      "variant",         "threads",          "steps",
                                             "step_unit",   "seconds",         "steps_per_second", "metric",
                                             "metric_mean", "metric_ci95_half"};
        const char* presets[] = {"close-5-arm", "low-mean-12-arm"};
        const char* labels[] = {"UCB1", "KL-UCB"};
        const std::int64_t steps[] = {2 * 20000, 2 * 10000};
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Json& row = rows[i];
            QCOMPARE(keys(row), shape);
            QCOMPARE(row["preset"].get<std::string>(), std::string(presets[i / 4]));
            QCOMPARE(row["variant"].get<std::string>(), std::string(labels[(i / 2) % 2]));
            QCOMPARE(row["threads"].get<int>(), i % 2 == 0 ? 1 : 2);
            QCOMPARE(row["steps"].get<std::int64_t>(), steps[i / 4]);
            QCOMPARE(row["step_unit"].get<std::string>(), std::string("pulls"));
            QCOMPARE(row["metric"].get<std::string>(), std::string("pseudo_regret"));
            if (i % 2 == 1)
                QCOMPARE(row["metric_mean"].get<double>(), rows[i - 1]["metric_mean"].get<double>());
        }
        r = cli({"bench", "--preset", "close-5-arm", "--policies", "ucb1", "--replicates", "2", "--threads",
                 "1"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("close-5-arm"));
        QVERIFY(r.out.contains("UCB1"));
        r = cli({"bench", "--preset", "classic-10-arm,nope"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("nope"));
        r = cli({"bench", "--policies", "ucb1,ucb9", "--replicates", "2"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("'ucb9' is not a bandit variant"));
    }

    // Issue 9, item 8: KEY=VALUE tags hold one value per key (a new value replaces the old one, as the window
    // and MLflow do); `untag ID KEY` removes the key's tag; plain tags are unchanged; spaces around KEY and
    // VALUE are dropped.
    void keyValueTagsHoldOneValuePerKey() {
        QTemporaryDir dir;
        const QString db = dir.path() + "/kv.sqlite";
        QCOMPARE(cli({"run", m_cfg, "--db", db}).code, 0);
        auto tags = [&] {
            const Result r = cli({"show", "1", "--db", db, "--json"});
            return Json::parse(r.out.toStdString())["experiment"]["tags"];
        };
        QCOMPARE(cli({"tag", "1", "baseline", "--db", db}).code, 0);
        Result r = cli({"tag", "1", "owner=ana", "--db", db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("'owner=ana'"), r.out.constData());
        QCOMPARE(tags(), Json::array({"baseline", "owner=ana"}));
        r = cli({"tag", "1", " owner = bob ", "--db", db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("'owner=bob'"), r.out.constData());
        QCOMPARE(tags(), Json::array({"baseline", "owner=bob"}));
        QCOMPARE(cli({"tag", "1", "owner=bob", "--db", db}).code, 0); // the same again: harmless
        QCOMPARE(cli({"tag", "1", "=x", "--db", db}).code, 0);        // no key: a plain tag
        QCOMPARE(tags(), Json::array({"=x", "baseline", "owner=bob"}));
        r = cli({"untag", "1", "owner", "--db", db});
        QCOMPARE(r.code, 0);
        QCOMPARE(tags(), Json::array({"=x", "baseline"}));
        r = cli({"untag", "1", "owner", "--db", db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("has no tag 'owner'"), r.err.constData());
        QCOMPARE(cli({"untag", "1", "baseline", "--db", db}).code, 0);
        QCOMPARE(tags(), Json::array({"=x"}));
        QVERIFY(cli({"help", "tag"}).out.contains("KEY=VALUE"));
    }

    // Issue 10, item 6: project-scaling on the shipped sample (compiled in: run from another folder), the
    // documented JSON keys, the paper's own line, and bad input (exit 2, file:line on stderr).
    void projectScalingOnTheSample() {
        QTemporaryDir elsewhere;
        QProcess p;
        p.setWorkingDirectory(elsewhere.path());
        p.start(QStringLiteral(TB_CLI_PATH), {"project-scaling", "--sample", "--only", "Qwen2.5"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        // §9.3: the Qwen2.5 series reaches a = 2 at 10^17.30 and a = 3 at 10^26.21 (point estimates, exact
        // functions of the shipped data).
        QVERIFY2(out.contains("17.30") && out.contains("26.21"), out.constData());
        QVERIFY(out.contains("Capable") && out.contains("Autonomous"));
        QVERIFY(out.contains("Qwen2.5-72B") && !out.contains("Llama3-70B")); // the fitted set is shown
        QVERIFY(out.contains("reconstructions"));
        QVERIFY(out.contains("2000 resamples"));
        const Result all = cli({"project-scaling", "--sample", "--bootstrap", "0"});
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.contains("15.77") && all.out.contains("22.56"),
                 all.out.constData()); // all 30 points
        QVERIFY(all.out.contains("no bootstrap"));
    }

    void projectScalingJsonKeys() {
        const QStringList args = {"project-scaling", "--sample", "--only", "Qwen2.5",
                                  "--json",          "--seed",   "9"};
        const Result r = cli(args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(keys(j), (std::set<std::string>{"mode", "data", "filter", "line", "points", "crossings",
                                                 "bootstrap", "band", "assumptions"}));
        QCOMPARE(j["mode"], Json("fit"));
        QCOMPARE(j["data"], (Json{{"kind", "sample"}, {"name", "survival-game-decay-rates.csv"}}));
        QCOMPARE(j["filter"], Json("Qwen2.5"));
        QCOMPARE(keys(j["line"]),
                 (std::set<std::string>{"c", "log10_c", "b", "se_c", "se_log10_c", "se_b", "cov_log10_c_b",
                                        "r2", "residual_sd_log10", "t975", "n", "dof"}));
        QCOMPARE(j["line"]["n"].get<int>(), 7);
        QCOMPARE(j["points"].size(), std::size_t(7));
        QCOMPARE(keys(j["points"][0]), (std::set<std::string>{"label", "n_params", "decay_rate", "line"}));
        QCOMPARE(j["crossings"].size(), std::size_t(2));
        for (const Json& c : j["crossings"]) {
            QCOMPARE(keys(c), (std::set<std::string>{"decay_rate", "level_above", "reached", "log10_n", "n",
                                                     "log10_n_ci95", "year", "year_ci95", "gpus", "cost_usd",
                                                     "cost_usd_ci95"}));
            const double x = c["log10_n"].get<double>();
            QVERIFY(c["log10_n_ci95"][0].get<double>() < x && x < c["log10_n_ci95"][1].get<double>());
        }
        QVERIFY(std::abs(j["crossings"][1]["log10_n"].get<double>() - 26.2) < 0.05);
        QCOMPARE(j["crossings"][1]["level_above"], Json("Autonomous"));
        QCOMPARE(j["bootstrap"],
                 (Json{{"resamples", 2000}, {"seed", 9}, {"nonincreasing", 0}, {"redrawn", 0}}));
        QCOMPARE(j["band"].size(), std::size_t(121));
        QCOMPARE(keys(j["band"][0]),
                 (std::set<std::string>{"log10_n", "log10_a", "log10_a_low", "log10_a_high"}));
        QCOMPARE(j["assumptions"]["reconstruction"], Json(true));
        QCOMPARE(cli(args).out, r.out); // the same seed: the same bytes
    }

    void projectScalingPaperLine() {
        // §9.2: the paper's line log10 a = -0.0407 + 0.01972 log10 N reaches a = 3 at 10^26.26, a = 2 at
        // 10^17.33; given as the shortcut or as C,B with C = 10^-0.0407.
        Result r = cli({"project-scaling", "--line", "paper"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("26.26") && r.out.contains("17.33"), r.out.constData());
        QVERIFY(r.out.contains("not fitted"));
        r = cli({"project-scaling", "--line", "0.9105,0.01972", "--json"});
        QCOMPARE(r.code, 0);
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j["mode"], Json("line"));
        QVERIFY(j["data"].is_null() && j["bootstrap"].is_null() && j["band"].empty());
        QVERIFY(std::abs(j["crossings"][1]["log10_n"].get<double>() - 26.26) < 0.01);
        QVERIFY(std::abs(j["crossings"][1]["year"].get<double>() - 2096.1) < 0.2);
        QVERIFY(j["crossings"][1]["log10_n_ci95"].is_null());
        // A flat line never reaches a*: "reached" false, N* and year null (infinite).
        r = cli({"project-scaling", "--line", "1.2,0", "--json"});
        QCOMPARE(r.code, 0);
        const Json flat = Json::parse(r.out.toStdString());
        QCOMPARE(flat["crossings"][0]["reached"], Json(false));
        QVERIFY(flat["crossings"][0]["log10_n"].is_null() && flat["crossings"][0]["year"].is_null());
    }

    // Issue 11.7: `run preset:goodhart-best-of-n --json` prints the curves' key figures under documented keys
    // (docs/rlhf.md), `export --format curves-csv` gives every curve point, bad input names its JSON path
    // with exit code 2 and stores nothing.
    void rlhfKeyFiguresAndCurves() {
        const QString db = m_dir.path() + "/rlhf.sqlite";
        QString config = "preset:goodhart-best-of-n";
        if (qEnvironmentVariable("TB_SANITIZE") == "1") {
            // Under the sanitizers (unoptimised Eigen, 50-150x slower: the preset alone took 300 s of the
            // ASan suite) the same shape on a world 10x smaller: every key figure and curve still exists.
            Json small = findPreset("goodhart-best-of-n")->config;
            small["replicates"] = 1;
            small["world"]["candidates"] = 2000;
            small["bestOfN"] = {{"maxN", 400}, {"points", 20}};
            small["tilt"]["points"] = 30;
            small["steps"] = 100;
            small["pipelines"][0]["labels"]["pairs"] = 500;
            config = m_dir.path() + "/rlhf-small.json";
            writeFile(config, small.dump());
        }
        Result r = cli({"run", config, "--json", "--db", db});
        QVERIFY2(r.code == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        const Json& e = j["runs"][0]["derived"]["estimates"];
        for (const char* key :
             {"bon_gold_peak", "bon_d_peak", "bon_gold_drop", "bon_drop_share", "bon_alpha", "bon_beta",
              "bon_r2", "bon_fit_d_star", "bon_kl_max", "bon_kl_bound", "tilt_gold_peak", "tilt_alpha",
              "tilt_beta", "tilt_r2", "train_gold_peak", "train_peak_step", "rm_heldout_accuracy"})
            QVERIFY2(e.contains(key) && e[key].is_number(), key);
        QVERIFY(e["bon_kl_max"].get<double>() < e["bon_kl_bound"].get<double>());
        const QString id = QString::number(j["experiment_id"].get<std::int64_t>());
        Result csv = cli({"export", id, "--format", "curves-csv", "--db", db});
        QVERIFY2(csv.code == 0, csv.err.constData());
        QVERIFY(
            csv.out.startsWith("experiment_id,run_id,run_index,label,plot,curve,curve_label,style,reference,"
                               "pattern,i,x,y,low,high\r\n"));
        QVERIFY(csv.out.contains(",gold_vs_d,bon_gold,"));
        QVERIFY(csv.out.contains(",gold_vs_d,bon_fit,"));
        QVERIFY(csv.out.contains(",bon_kl,bon_kl_bound,"));
        // Bad input: the JSON path, exit 2, nothing stored.
        const QString bad = m_dir.path() + "/bad-rlhf.json";
        Json c = findPreset("goodhart-best-of-n")->config;
        c["pipelines"][0]["features"] = {0, 7};
        writeFile(bad, c.dump());
        Result refused = cli({"run", bad, "--db", db});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("pipelines[0].features[1]"), refused.err.constData());
        Result list = cli({"list", "--json", "--db", db});
        QCOMPARE(Json::parse(list.out.toStdString())["experiments"].size(), std::size_t(1));
    }

    // Issue 10.5: fit-tail reads failure counts (a list or a CSV column, ">=N" censored), stores the analysis
    // as a survival experiment named after the file, and prints a, xmin, SE, p, the level probabilities, n
    // and n censored; --json is one object with the keys of docs/cli.md; bad lines exit 2 and store nothing.
    void fitTail() {
        QString list = "# failure counts\n";
        // A zeta(2.5)-like sample written by hand: many small counts, a few large ones, two censored.
        const int counts[] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 4, 6, 9, 14, 30, 70, 200};
        for (int rep = 0; rep < 20; ++rep)
            for (int c : counts) list += QString::number(c + rep % 3) + "\n";
        list += ">=5000\n>=5000\n";
        const QString file = m_dir.path() + "/counts.txt";
        writeFile(file, list.toStdString());
        const QString db = m_dir.path() + "/fit.sqlite";
        Result r =
            cli({"fit-tail", file, "--db", db, "--bootstrap", "50", "--level-bootstrap", "50", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        for (const char* key :
             {"experiment_id", "source", "column", "x", "n", "n_censored", "a", "a_se", "xmin", "n_tail",
              "p_value", "p_refits", "level", "level_probabilities", "analysis"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["n"].get<int>(), 24 * 20 + 2);
        QCOMPARE(j["n_censored"].get<int>(), 2);
        QCOMPARE(j["source"].get<std::string>(), std::string("counts.txt"));
        QCOMPARE(j["x"].get<std::string>(), std::string("K + 1"));
        double total = 0;
        for (const auto& [level, p] : j["level_probabilities"].items()) total += p.get<double>();
        QVERIFY(std::abs(total - 1) < 1e-9);
        const auto id = j["experiment_id"].get<std::int64_t>();
        Result show = cli({"show", QString::number(id), "--db", db, "--json"});
        QCOMPARE(show.code, 0);
        const Json shown = Json::parse(show.out.toStdString());
        QCOMPARE(shown["experiment"]["kind"].get<std::string>(), std::string("survival"));
        QCOMPARE(shown["config"]["subjects"][0]["source"].get<std::string>(), std::string("counts.txt"));
        // A CSV column, with a cap: counts >= 100 become censored at 100.
        const QString csv = m_dir.path() + "/counts.csv";
        writeFile(csv, "task,K\na,1\nb,250\nc,3\nd,0\ne,7\nf,2\ng,1\nh,0\ni,40\nj,5\nk,1\nl,0\n");
        r = cli({"fit-tail", csv, "--column", "K", "--cap", "100", "--db", db, "--bootstrap", "0",
                 "--level-bootstrap", "10", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(Json::parse(r.out.toStdString())["n_censored"].get<int>(), 1);
        // Text output names x = K + 1 and the level.
        r = cli({"fit-tail", file, "--no-store", "--bootstrap", "0", "--level-bootstrap", "10"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("x = K + 1") && r.out.contains("Level:"), r.out.constData());
        // Bad lines: exit 2, file:line and the content, nothing stored.
        const Result before = cli({"list", "--db", db, "--json"});
        const QString bad = m_dir.path() + "/bad.txt";
        writeFile(bad, "1\n2\nabc\n-1\n");
        r = cli({"fit-tail", bad, "--db", db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(bad.toUtf8() + ":3: \"abc\""), r.err.constData());
        QVERIFY2(r.err.contains(bad.toUtf8() + ":4:"), r.err.constData());
        QCOMPARE(cli({"list", "--db", db, "--json"}).out, before.out);
        r = cli({"fit-tail", csv, "--column", "missing", "--db", db});
        QCOMPARE(r.code, 2);
        QCOMPARE(cli({"list", "--db", db, "--json"}).out, before.out);
    }

    void projectScalingBadInput() {
        const QString bad = m_dir.path() + "/pairs.csv";
        writeFile(bad, "# sizes\nN_params,decay_rate\n1e9,1.3\n0,1.2\n2e9,abc\n");
        Result r = cli({"project-scaling", bad});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(bad.toUtf8() + ":4: N_params: \"0\" is not positive"), r.err.constData());
        QVERIFY2(r.err.contains(bad.toUtf8() + ":5: decay_rate: \"abc\" is not a number"), r.err.constData());
        r = cli({"project-scaling", bad, "--size-column", "size"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(bad.toUtf8() + ":2: no column \"size\""), r.err.constData());
        r = cli({"project-scaling", m_dir.path() + "/none.csv"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("none.csv: cannot open the file for reading"));
        for (const QStringList& args :
             {QStringList{"project-scaling"}, QStringList{"project-scaling", "--sample", "--line", "paper"},
              QStringList{"project-scaling", "--line", "0,0.02"},
              QStringList{"project-scaling", "--line", "paper", "--bootstrap", "10"},
              QStringList{"project-scaling", "--sample", "--bootstrap", "-1"},
              QStringList{"project-scaling", "--sample", "--seed", "x"},
              QStringList{"project-scaling", "--sample", "--size-column", "N"},
              QStringList{"project-scaling", "--sample", "--only", "Gemini"},
              QStringList{"project-scaling", "--sample", "--only", "Qwen["}}) {
            r = cli(args);
            QVERIFY2(r.code == 2 && r.out.isEmpty() && r.err.startsWith("trialbench-cli project-scaling: "),
                     (args.join(' ') + ": " + QString::number(r.code) + " " + r.err).toUtf8().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

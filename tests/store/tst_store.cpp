// RunStore: schema, round trip through Runner + Recorder, refusal of foreign/newer files (byte for byte),
// read-only location and full disk, concurrent reading while a run is written, and crash safety of a
// SIGKILLed CLI run.
#include <QtTest>

#include <cmath>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <mutex>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "run/Registry.h"
#include "run/Runner.h"
#include "store/Export.h"
#include "store/RunStore.h"
#include "store/Schema.h"
#include "store/StoreFile.h"

using namespace tb;

namespace {

/// Runs raw SQL on a store built by hand (older schemas); false on an error (sqlite3_errmsg says which).
bool execSql(sqlite3* db, const std::string& sql) {
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

Json shortConfig(int horizon = 2000, int replicates = 8) {
    Json j = Json::parse(R"({"kind":"bandit","name":"short","seed":7,"replicates":8,"horizon":2000,
        "environment":{"type":"bernoulli","means":[0.2,0.5,0.7]},
        "policies":[{"type":"ucb1"},{"type":"thompson-beta","label":"TS"}]})");
    j["horizon"] = horizon;
    j["replicates"] = replicates;
    return j;
}

std::shared_ptr<const Snapshot> record(RunStore& store, const Json& config, std::int64_t* id = nullptr,
                                       RunObserver* extra = nullptr) {
    Runner runner(prepare(config), Runner::Options{2, 0.0});
    auto rec = store.recorder(0.0);
    struct Both : RunObserver {
        RunObserver *a, *b;
        void onStart(const Prepared& p, const Snapshot& s) override {
            a->onStart(p, s);
            if (b) b->onStart(p, s);
        }
        void onCheckpoint(std::size_t cp, const Snapshot& s) override {
            a->onCheckpoint(cp, s);
            if (b) b->onCheckpoint(cp, s);
        }
        void onFinish(const Snapshot& s) override {
            a->onFinish(s);
            if (b) b->onFinish(s);
        }
    } both;
    both.a = rec.get();
    both.b = extra;
    auto snap = runner.run(&both);
    if (id) *id = rec->experimentId();
    return snap;
}

bool same(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}
bool same(const AggStats& a, const AggStats& b) {
    return a.n == b.n && same(a.mean, b.mean) && same(a.sd, b.sd) && same(a.ciLow, b.ciLow) &&
           same(a.ciHigh, b.ciHigh) && same(a.min, b.min) && same(a.max, b.max) && same(a.q10, b.q10) &&
           same(a.q50, b.q50) && same(a.q90, b.q90);
}

/// Whether this process holds SQLite's SHARED lock on the database file at `path` (a connection in WAL mode
/// holds it while it is open). Asked from a forked child with F_GETLK, since a process never sees its own
/// POSIX locks as conflicting. SQLite's lock bytes: PENDING at 2^30, RESERVED after it, then 510 SHARED
/// bytes.
bool thisProcessHoldsItsSqliteLock(const std::string& path) {
    const pid_t parent = getpid();
    const pid_t child = fork();
    if (child == 0) {
        const int fd = ::open(path.c_str(), O_RDWR);
        struct flock fl {};
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        fl.l_start = 0x40000000 + 2;
        fl.l_len = 510;
        const bool held =
            fd >= 0 && fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK && fl.l_pid == parent;
        _exit(held ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

/// Raw SQL on a store file through a separate plain connection.
std::string query(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            if (!out.empty()) out += "\n";
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto* t = sqlite3_column_text(st, c);
                out += (c ? "|" : "") + std::string(t ? reinterpret_cast<const char*>(t) : "");
            }
        }
        sqlite3_finalize(st);
    } else {
        out = std::string("error: ") + sqlite3_errmsg(db);
    }
    sqlite3_close(db);
    return out;
}

/// Everything stored about an experiment, as comparable text.
std::string dumpExperiment(RunStore& store, std::int64_t id) {
    std::ostringstream o;
    o.precision(17);
    const auto e = store.experiment(id);
    if (!e) return "missing";
    o << e->kind << e->name << toString(e->status) << e->message << e->createdAt << e->finishedAt
      << e->runCount << e->bestLabel << e->bestValue << e->checkpointsDone << "\n"
      << store.config(id).dump() << "\n";
    for (const auto& r : store.runs(id)) {
        o << r.id << r.label << r.params.dump() << "\n";
        for (const char* m : {"pseudo_regret", "realized_regret", "optimal_arm_fraction", "average_reward"}) {
            for (const auto& p : store.series(r.id, m))
                o << p.step << ' ' << p.stats.mean << ' ' << p.stats.sd << ' ' << p.stats.q90 << ';';
            for (double v : store.finalValues(r.id, m)) o << v << ',';
        }
        for (const auto& c : store.categoryValues(r.id, "pulls")) o << c.name << c.stats.mean << ';';
        for (const auto& s : store.summaries(r.id)) o << s.metric << s.final.mean << s.best << ';';
    }
    return o.str();
}

/// A fresh store at `path` holding one finished short experiment (its id in `id`), closed again; returns
/// that experiment's dump, for checking later that nothing touched it.
std::string recordBaseline(const std::string& path, std::int64_t& id) {
    RunStore s(path);
    record(s, shortConfig(), &id);
    return dumpExperiment(s, id);
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void schemaAndPragmas() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/sub/folder/runs.sqlite").toStdString();
        RunStore store(path);
        QVERIFY(QFile::exists(QString::fromStdString(path))); // missing folders created
        QCOMPARE(query(path, "PRAGMA user_version"), std::to_string(RunStore::schemaVersion()));
        QCOMPARE(query(path, "PRAGMA application_id"), std::to_string(0x54425253));
        QCOMPARE(query(path, "PRAGMA journal_mode"), std::string("wal"));
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(store.handle(), "PRAGMA foreign_keys", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), 1);
        sqlite3_finalize(st);
        const std::string tables =
            query(path, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                        "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)");
        QCOMPARE(tables,
                 std::string("category_values,derivations,derived_curves,derived_points,estimates,"
                             "experiment_data,experiments,final_values,metrics,plots,pooled_counts,runs,"
                             "series,summaries,sweep_cells,tags,verdict_classes,verdicts"));
        QVERIFY(store.listExperiments().empty());
        // Reopening an existing store is fine and does not migrate again.
        RunStore again(path);
        RunStore ro(path, RunStore::Mode::ReadOnly);
        QVERIFY(ro.listExperiments().empty());
    }

    void pathPrecedence() {
        const QByteArray oldDb = qgetenv("TRIALBENCH_DB"), oldXdg = qgetenv("XDG_DATA_HOME");
        qunsetenv("TRIALBENCH_DB");
        qputenv("XDG_DATA_HOME", "/tmp/xdg-test");
        QCOMPARE(RunStore::defaultPath(), std::string("/tmp/xdg-test/TrialBench/runs.sqlite"));
        qputenv("TRIALBENCH_DB", "/tmp/env.sqlite");
        QCOMPARE(RunStore::defaultPath(), std::string("/tmp/env.sqlite"));
        QCOMPARE(RunStore::resolvePath(""), std::string("/tmp/env.sqlite"));
        QCOMPARE(RunStore::resolvePath("/tmp/opt.sqlite"), std::string("/tmp/opt.sqlite"));
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("TRIALBENCH_DB");
        QCOMPARE(RunStore::defaultPath(),
                 qEnvironmentVariable("HOME").toStdString() + "/.local/share/TrialBench/runs.sqlite");
        if (!oldDb.isNull()) qputenv("TRIALBENCH_DB", oldDb);
        if (!oldXdg.isNull()) qputenv("XDG_DATA_HOME", oldXdg);
    }

    void roundTripMatchesTheRunnersSnapshot() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/runs.sqlite").toStdString();
        RunStore store(path);
        std::int64_t id = 0;
        const auto snap = record(store, shortConfig(), &id);
        QCOMPARE(snap->status, RunStatus::Finished);
        QVERIFY(id > 0);

        // List row from summaries.
        const auto list = store.listExperiments();
        QCOMPARE(list.size(), std::size_t(1));
        const ExperimentRow& e = list[0];
        QCOMPARE(e.id, id);
        QCOMPARE(e.kind, std::string("bandit"));
        QCOMPARE(e.name, std::string("short"));
        QCOMPARE(e.status, RunStatus::Finished);
        QCOMPARE(e.seed, std::uint64_t(7));
        QCOMPARE(e.replicates, 8);
        QCOMPARE(e.runCount, 2);
        QCOMPARE(e.checkpointsDone, int(snap->grid.size()));
        QVERIFY(!e.finishedAt.empty());
        QCOMPARE(e.appVersion, std::string(TB_VERSION));
        QCOMPARE(e.headlineMetric, std::string("pseudo_regret"));
        // Best run: lowest final pseudo-regret of the Runner's snapshot.
        std::size_t best = 0;
        for (std::size_t r = 1; r < snap->runs.size(); ++r)
            if (snap->seriesStats[r][0].back().mean < snap->seriesStats[best][0].back().mean) best = r;
        QCOMPARE(e.bestLabel, snap->runs[best].label);
        QCOMPARE(e.bestValue, snap->seriesStats[best][0].back().mean);
        QCOMPARE(store.config(id), prepare(shortConfig()).config);

        // Runs, series, finals, summaries, categories.
        const auto runs = store.runs(id);
        QCOMPARE(runs.size(), snap->runs.size());
        for (std::size_t r = 0; r < runs.size(); ++r) {
            QCOMPARE(runs[r].label, snap->runs[r].label);
            QCOMPARE(runs[r].params, snap->runs[r].params);
            const auto sums = store.summaries(runs[r].id);
            QCOMPARE(sums.size(), snap->series.size());
            for (std::size_t m = 0; m < snap->series.size(); ++m) {
                const auto pts = store.series(runs[r].id, snap->series[m].name);
                QCOMPARE(pts.size(), snap->done);
                for (std::size_t c = 0; c < pts.size(); ++c) {
                    QCOMPARE(pts[c].step, snap->grid[c]);
                    QVERIFY(same(pts[c].stats, snap->seriesStats[r][m][c]));
                }
                QCOMPARE(store.finalValues(runs[r].id, snap->series[m].name), snap->finalValues[r][m]);
                const auto it = std::find_if(sums.begin(), sums.end(), [&](const MetricSummary& s) {
                    return s.metric == snap->series[m].name;
                });
                QVERIFY(it != sums.end());
                QVERIFY(same(it->final, snap->seriesStats[r][m].back()));
                QCOMPARE(it->step, snap->grid.back());
            }
            const auto cats = store.categoryValues(runs[r].id, "pulls");
            QCOMPARE(cats.size(), snap->categoryNames.size());
            for (std::size_t k = 0; k < cats.size(); ++k) {
                QCOMPARE(cats[k].name, snap->categoryNames[k]);
                QVERIFY(same(cats[k].stats, snap->categoryStats[r][0][k]));
            }
        }

        // loadSnapshot equals the live snapshot in every data field.
        const Snapshot back = store.loadSnapshot(id);
        QCOMPARE(back.grid, snap->grid);
        QCOMPARE(back.done, snap->done);
        QCOMPARE(back.runs.size(), snap->runs.size());
        for (std::size_t r = 0; r < back.runs.size(); ++r) {
            QCOMPARE(back.runs[r].label, snap->runs[r].label);
            QCOMPARE(back.runs[r].params, snap->runs[r].params);
        }
        QCOMPARE(back.series.size(), snap->series.size());
        for (std::size_t m = 0; m < back.series.size(); ++m)
            QCOMPARE(back.series[m].name, snap->series[m].name);
        QCOMPARE(back.perCategory.size(), snap->perCategory.size());
        QCOMPARE(back.categoryNames, snap->categoryNames);
        QCOMPARE(back.finalValues, snap->finalValues);
        QCOMPARE(back.seriesStats.size(), snap->seriesStats.size());
        for (std::size_t r = 0; r < back.seriesStats.size(); ++r)
            for (std::size_t m = 0; m < back.seriesStats[r].size(); ++m) {
                QCOMPARE(back.seriesStats[r][m].size(), snap->seriesStats[r][m].size());
                for (std::size_t c = 0; c < back.seriesStats[r][m].size(); ++c)
                    QVERIFY(same(back.seriesStats[r][m][c], snap->seriesStats[r][m][c]));
            }
        QCOMPARE(back.categoryStats.size(), snap->categoryStats.size());
        for (std::size_t r = 0; r < back.categoryStats.size(); ++r)
            for (std::size_t m = 0; m < back.categoryStats[r].size(); ++m)
                for (std::size_t k = 0; k < back.categoryStats[r][m].size(); ++k)
                    QVERIFY(same(back.categoryStats[r][m][k], snap->categoryStats[r][m][k]));
        QCOMPARE(back.status, snap->status);
        QCOMPARE(back.message, snap->message);
        QCOMPARE(back.stepsDone, snap->stepsDone);
        QCOMPARE(back.stepsTotal, snap->stepsTotal);
        QVERIFY_THROWS_EXCEPTION(RuntimeError, store.loadSnapshot(id + 100));
    }

    void editingTagsNotesDelete() {
        QTemporaryDir dir;
        RunStore store((dir.path() + "/runs.sqlite").toStdString());
        std::int64_t a = 0, b = 0;
        record(store, shortConfig(300, 3), &a);
        record(store, shortConfig(300, 3), &b);
        store.addTag(a, "baseline");
        store.addTag(a, "paper");
        store.addTag(a, "paper"); // idempotent
        store.setNotes(b, "second try");
        store.setName(b, "renamed");
        QCOMPARE(store.experiment(a)->tags, (std::vector<std::string>{"baseline", "paper"}));
        QCOMPARE(store.experiment(b)->notes, std::string("second try"));
        QCOMPARE(store.listExperiments({"", "paper", -1}).size(), std::size_t(1));
        QCOMPARE(store.listExperiments({"", "second", -1}).front().id, b);
        QCOMPARE(store.listExperiments({"", "renamed", -1}).front().id, b);
        QCOMPARE(store.listExperiments({"survival", "", -1}).size(), std::size_t(0));
        QCOMPARE(store.listExperiments({"bandit", "", 1}).size(), std::size_t(1));
        QCOMPARE(store.listExperiments().front().id, b); // newest first
        store.removeTag(a, "baseline");
        QCOMPARE(store.experiment(a)->tags, (std::vector<std::string>{"paper"}));
        const auto runsOfA = store.runs(a);
        store.deleteExperiment(a);
        QVERIFY(!store.experiment(a));
        QVERIFY(store.runs(a).empty());
        QVERIFY(store.series(runsOfA[0].id, "pseudo_regret").empty()); // cascaded
        QVERIFY(store.finalValues(runsOfA[0].id, "pseudo_regret").empty());
        QCOMPARE(query(store.path(), "SELECT count(*) FROM tags"), std::string("0"));
        QVERIFY(store.experiment(b));
        QVERIFY_THROWS_EXCEPTION(InputError, store.deleteExperiment(a));
        QVERIFY_THROWS_EXCEPTION(InputError, store.addTag(a, "x"));
    }

    // Issue 9, item 8: a KEY=VALUE tag holds one value per key (normalised, replaced, removed by KEY), plain
    // tags are unchanged; listed rows carry the best run's final means (what the browser shows as final.X).
    void keyValueTagsAndBestFinals() {
        QTemporaryDir dir;
        RunStore store((dir.path() + "/runs.sqlite").toStdString());
        std::int64_t a = 0;
        record(store, shortConfig(300, 3), &a);
        QCOMPARE(splitTag("owner=ana"),
                 std::make_optional(std::make_pair(std::string("owner"), std::string("ana"))));
        QCOMPARE(splitTag(" owner = a=b "),
                 std::make_optional(std::make_pair(std::string("owner"), std::string("a=b"))));
        QVERIFY(!splitTag("baseline"));
        QVERIFY(!splitTag("=x"));
        QCOMPARE(normalizeTag(" k = v "), std::string("k=v"));
        QCOMPARE(normalizeTag(" plain "), std::string(" plain "));
        store.addTag(a, "owner=ana");
        store.addTag(a, "owner");       // a plain tag named like a key is another tag
        store.addTag(a, "ownership=x"); // a longer key is another key
        store.addTag(a, " owner = bob ");
        QCOMPARE(store.experiment(a)->tags, (std::vector<std::string>{"owner", "owner=bob", "ownership=x"}));
        store.removeTag(a, "owner"); // the plain tag first
        QCOMPARE(store.experiment(a)->tags, (std::vector<std::string>{"owner=bob", "ownership=x"}));
        store.removeTag(a, "owner"); // then the key's tag
        QCOMPARE(store.experiment(a)->tags, std::vector<std::string>{"ownership=x"});
        QVERIFY_THROWS_EXCEPTION(InputError, store.removeTag(a, "owner"));

        const ExperimentRow row = *store.experiment(a);
        QCOMPARE(store.listExperiments().front().bestFinals, row.bestFinals);
        std::int64_t bestRun = 0;
        for (const auto& r : store.runs(a))
            if (r.label == row.bestLabel) bestRun = r.id;
        const auto summaries = store.summaries(bestRun);
        QCOMPARE(row.bestFinals.size(), summaries.size());
        QCOMPARE(row.bestFinals.size(), std::size_t(4));
        for (std::size_t i = 0; i < summaries.size(); ++i) {
            QCOMPARE(row.bestFinals[i].first, summaries[i].metric);
            QCOMPARE(row.bestFinals[i].second, summaries[i].final.mean);
            if (summaries[i].metric == row.headlineMetric) QCOMPARE(row.bestFinals[i].second, row.bestValue);
        }
    }

    void foreignAndNewerFilesAreRefusedUntouched_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("text") << "text";
        QTest::newRow("other-sqlite") << "other-sqlite";
        QTest::newRow("newer-schema") << "newer-schema";
        QTest::newRow("other-sqlite-wal") << "other-sqlite-wal";
    }
    void foreignAndNewerFilesAreRefusedUntouched() {
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString qpath = dir.path() + "/file.sqlite";
        const std::string path = qpath.toStdString();
        if (what == "text") {
            std::ofstream(path) << "just some notes, not a database\n";
        } else if (what.startsWith("other-sqlite")) {
            sqlite3* db = nullptr;
            sqlite3_open(path.c_str(), &db);
            if (what.endsWith("wal"))
                sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
            sqlite3_exec(db, "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('ada');", nullptr,
                         nullptr, nullptr);
            sqlite3_close(db);
        } else {
            { RunStore s(path); }
            sqlite3* db = nullptr;
            sqlite3_open(path.c_str(), &db);
            sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        QVERIFY(!QFile::exists(qpath + "-wal"));
        const QByteArray before = fileBytes(qpath);
        QVERIFY(!before.isEmpty());
        for (auto mode : {RunStore::Mode::ReadWrite, RunStore::Mode::ReadOnly}) {
            bool refused = false;
            try {
                RunStore s(path, mode);
            } catch (const RuntimeError& e) {
                refused = true;
                const std::string msg = e.what();
                QVERIFY2(msg.find(path) != std::string::npos, msg.c_str());
                if (what == "newer-schema")
                    QVERIFY2(msg.find("newer") != std::string::npos && msg.find("99") != std::string::npos,
                             msg.c_str());
                else
                    QVERIFY2(msg.find("not a TrialBench store") != std::string::npos, msg.c_str());
            }
            QVERIFY(refused);
        }
        QCOMPARE(fileBytes(qpath), before);
        QVERIFY(!QFile::exists(qpath + "-wal"));
        QVERIFY(!QFile::exists(qpath + "-shm"));
        QVERIFY(!QFile::exists(qpath + "-journal"));
    }

    void readOnlyLocationGivesAClearError() {
        QTemporaryDir dir;
        // Root ignores permission bits: use a location no one can create files in.
        if (geteuid() == 0) {
            try {
                RunStore s("/proc/trialbench-test/runs.sqlite");
                QFAIL("opened a store under /proc");
            } catch (const RuntimeError& e) {
                const std::string msg = e.what();
                QVERIFY2(msg.find("/proc/trialbench-test/runs.sqlite") != std::string::npos, msg.c_str());
                QVERIFY2(msg.find("--db") != std::string::npos, msg.c_str());
            }
            return;
        }
        const QString ro = dir.path() + "/ro";
        QDir().mkpath(ro);
        const std::string path = (ro + "/runs.sqlite").toStdString();
        std::string before;
        {
            RunStore s(path);
            record(s, shortConfig(300, 3));
            before = dumpExperiment(s, 1);
        }
        QFile::setPermissions(QString::fromStdString(path), QFile::ReadOwner);
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner);
        try {
            RunStore s(path);
            QFAIL("opened a read-only store for writing");
        } catch (const RuntimeError& e) {
            QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
        }
        try {
            RunStore s((ro + "/new.sqlite").toStdString());
            QFAIL("created a store in a read-only folder");
        } catch (const RuntimeError& e) {
            QVERIFY2(std::string(e.what()).find("new.sqlite") != std::string::npos, e.what());
        }
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(QString::fromStdString(path), QFile::ReadOwner | QFile::WriteOwner);
        RunStore s(path);
        QCOMPARE(dumpExperiment(s, 1), before);
    }

    // Issue 8.6: damaged stores are diagnosed, never written into. Each damaged copy of a store with a few
    // experiments fails SQLite's integrity_check; opening it for writing (a new run, a tag, a note, delete)
    // is refused with "damaged" and the recovery command, and the file stays byte for byte as it was.
    void damagedStoresAreRefusedForWriting() {
        QTemporaryDir dir;
        const QString good = dir.path() + "/good.sqlite";
        {
            RunStore s(good.toStdString());
            for (int i = 0; i < 6; ++i) {
                record(s, shortConfig(2000, 4));
                s.addTag(i + 1, "tag" + std::to_string(i));
            }
        }
        QVERIFY(!QFile::exists(good + "-wal")); // checkpointed at the last close
        const QByteArray pristine = fileBytes(good);
        const int pageSize = 4096;
        const int pages = int(pristine.size() / pageSize);
        QVERIFY2(pages >= 12, qPrintable(QString::number(pages)));
        // Damage: the b-tree page type byte of several pages, a cell pointer, a truncated file, a zeroed
        // page.
        std::vector<std::pair<QString, QByteArray>> damaged;
        for (int page : {2, 3, 4, 5, 6, pages / 2, pages - 1}) {
            QByteArray b = pristine;
            b[page * pageSize] = char(0x7f); // not a b-tree page type
            damaged.push_back({QString("page %1 type").arg(page + 1), b});
        }
        {
            QByteArray b = pristine;
            b.truncate(pristine.size() / 2);
            damaged.push_back({"truncated to half", b});
        }
        {
            QByteArray b = pristine;
            std::memset(b.data() + (pages - 2) * pageSize, 0, pageSize);
            damaged.push_back({"a zeroed page", b});
        }
        int refused = 0;
        for (const auto& [what, bytes] : damaged) {
            const QString path = dir.path() + "/damaged.sqlite";
            QFile::remove(path);
            {
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(bytes);
            }
            const std::string check = query(path.toStdString(), "PRAGMA integrity_check");
            QVERIFY2(check != "ok", qPrintable(what)); // really damaged
            try {
                RunStore s(path.toStdString());
                record(s, shortConfig(300, 2));
                QFAIL(qPrintable("wrote into a damaged store: " + what));
            } catch (const RuntimeError& e) {
                const std::string msg = e.what();
                QVERIFY2(msg.find("damaged") != std::string::npos && msg.find(".dump") != std::string::npos,
                         msg.c_str());
                QVERIFY2(msg.find(path.toStdString()) != std::string::npos, msg.c_str());
                ++refused;
            }
            QCOMPARE(fileBytes(path), bytes);
            QVERIFY(!QFile::exists(path + "-wal"));
        }
        QCOMPARE(refused, int(damaged.size()));
        qInfo("%d damaged stores, each refused for writing and left untouched", refused);

        // The recovery command in the message works: it gives a store TrialBench opens and writes.
        if (QStandardPaths::findExecutable("sqlite3").isEmpty())
            QSKIP("the sqlite3 program is not installed");
        const QString path = dir.path() + "/late-page.sqlite";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(damaged[6].second); // the last page's type byte
        }
        std::string msg;
        try {
            RunStore s(path.toStdString());
            s.addTag(1, "x");
        } catch (const RuntimeError& e) {
            msg = e.what();
        }
        const auto a = msg.find('`'), b = msg.rfind('`');
        QVERIFY2(a != std::string::npos && b > a, msg.c_str());
        QProcess sh;
        sh.start("/bin/sh", {"-c", QString::fromStdString(msg.substr(a + 1, b - a - 1))});
        QVERIFY(sh.waitForFinished(60000));
        QCOMPARE(sh.exitCode(), 0);
        RunStore recovered((path + ".recovered").toStdString());
        QVERIFY(recovered.listExperiments().size() >= 5);
        QVERIFY(record(recovered, shortConfig(300, 2))->status == RunStatus::Finished);
    }

    // Issue 8.6: a flipped bit in the header's schema version used to read as "written by a newer TrialBench
    // (schema 65537)... upgrade"; a truncated store as "cannot read the schema version".
    // Issue 10: schema 1 -> 2 is a forward-only migration. A store written with schema 1 (its SQL, exactly as
    // released, and rows as the old Recorder wrote them) opens, migrates and keeps every experiment, run,
    // series point, final value, category value, summary and tag.
    void migratesVersion1Stores() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/v1.sqlite").toStdString();
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
            auto exec = [&](const std::string& sql) { QVERIFY2(execSql(db, sql), sqlite3_errmsg(db)); };
            exec("PRAGMA journal_mode = WAL");
            exec(store::migrationSql(0));
            exec("PRAGMA application_id = " + std::to_string(store::kApplicationId));
            exec("PRAGMA user_version = 1");
            exec("INSERT INTO experiments (id, kind, name, seed, replicates, status, created_at, updated_at, "
                 "finished_at, app_version, writer_pid, writer_host, writer_start, checkpoints_total, "
                 "checkpoints_done, run_count, headline_metric, best_run_id, best_label, best_value) VALUES "
                 "(7, 'bandit', 'old run', 3, 2, 'finished', '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z', "
                 "'2026-01-01T00:00:01Z', '0.1.0', 1, 'h', 's', 2, 2, 1, 'pseudo_regret', 70, 'UCB1', 4.5)");
            exec("INSERT INTO experiment_data VALUES (7, '{\"kind\":\"bandit\",\"horizon\":10}', '[5,10]', "
                 "'[\"0\",\"1\"]')");
            exec("INSERT INTO metrics VALUES (7, 0, 'pseudo_regret', 'Cumulative pseudo-regret', '', 1, "
                 "'regret', "
                 "'series', '', 1), (7, 1, 'pulls', 'Pulls per arm', 'pulls', 0, 'pulls', 'category', 'arm', "
                 "0)");
            exec("INSERT INTO runs VALUES (70, 7, 0, 'UCB1', '{\"type\":\"ucb1\"}')");
            exec("INSERT INTO series VALUES (70, 'pseudo_regret', 0, 5, 2, 2.5, 0.1, 2.4, 2.6, 2.4, 2.6, "
                 "2.4, 2.5, "
                 "2.6), (70, 'pseudo_regret', 1, 10, 2, 4.5, 0.2, 4.3, 4.7, 4.3, 4.7, 4.3, 4.5, 4.7)");
            exec("INSERT INTO final_values VALUES (70, 'pseudo_regret', 0, 4.3), (70, 'pseudo_regret', 1, "
                 "4.7)");
            exec("INSERT INTO category_values VALUES (70, 'pulls', 0, '0', 2, 6, 0, 6, 6, 6, 6, 6, 6, 6), "
                 "(70, 'pulls', 1, '1', 2, 4, 0, 4, 4, 4, 4, 4, 4, 4)");
            exec("INSERT INTO summaries VALUES (70, 'pseudo_regret', 1, 10, 2, 4.5, 0.2, 4.3, 4.7, 4.3, 4.7, "
                 "4.3, "
                 "4.5, 4.7, 2.5, 5)");
            exec("INSERT INTO tags VALUES (7, 'baseline'), (7, 'owner=ann')");
            sqlite3_close(db);
        }
        {
            RunStore store(path); // migrates
            QCOMPARE(query(path, "PRAGMA user_version"), std::to_string(RunStore::schemaVersion()));
            const auto list = store.listExperiments();
            QCOMPARE(list.size(), std::size_t(1));
            QCOMPARE(list[0].id, std::int64_t(7));
            QCOMPARE(list[0].name, std::string("old run"));
            QCOMPARE(list[0].bestLabel, std::string("UCB1"));
            QCOMPARE(list[0].tags, (std::vector<std::string>{"baseline", "owner=ann"}));
            const Snapshot s = store.loadSnapshot(7);
            QCOMPARE(s.grid, (std::vector<std::int64_t>{5, 10}));
            QCOMPARE(s.done, std::size_t(2));
            QCOMPARE(s.seriesStats[0][0][1].mean, 4.5);
            QCOMPARE(s.finalValues[0][0], (std::vector<double>{4.3, 4.7}));
            QCOMPARE(s.categoryStats[0][0][0].mean, 6.0);
            QVERIFY(s.pooled.empty() && s.derived.empty());
            const auto metrics = store.storedMetrics(7);
            QCOMPARE(metrics.size(), std::size_t(2));
            QCOMPARE(int(metrics[1].scope), int(MetricScope::PerCategory));
            QCOMPARE(store.summaries(70).at(0).best, 2.5);
            QCOMPARE(query(path, "PRAGMA foreign_key_check"), std::string(""));
            QCOMPARE(query(path, "PRAGMA integrity_check"), std::string("ok"));
            // The migrated store takes runs of the new shape (pooled counts, derivations).
            store.addTag(7, "migrated");
        }
        QCOMPARE(query(path, "SELECT group_concat(tag) FROM (SELECT tag FROM tags ORDER BY tag)"),
                 std::string("baseline,migrated,owner=ann"));
    }

    // Issue 11: a version-2 store (pooled data and derivations) migrates to version 3: derived curves keep
    // their points and get pattern 0, and the metrics table takes the new scope 'profile'.
    void migratesVersion2Stores() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/v2.sqlite").toStdString();
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
            auto exec = [&](const std::string& sql) { QVERIFY2(execSql(db, sql), sqlite3_errmsg(db)); };
            exec("PRAGMA journal_mode = WAL");
            exec(store::migrationSql(0));
            exec(store::migrationSql(1));
            exec("PRAGMA application_id = " + std::to_string(store::kApplicationId));
            exec("PRAGMA user_version = 2");
            exec("INSERT INTO experiments (id, kind, name, seed, replicates, status, created_at, updated_at, "
                 "finished_at, app_version, writer_pid, writer_host, writer_start, checkpoints_total, "
                 "checkpoints_done, run_count, headline_metric, best_run_id, best_label, best_value) VALUES "
                 "(9, 'survival', 'old fit', 1, 1, 'finished', '2026-06-01T00:00:00Z', "
                 "'2026-06-01T00:00:01Z', "
                 "'2026-06-01T00:00:01Z', '0.1.0', 1, 'h', 's', 1, 1, 1, 'mean_failures', 90, 'zeta', 1.5)");
            exec("INSERT INTO experiment_data VALUES (9, '{\"kind\":\"survival\"}', '[100]', '[]')");
            exec(
                "INSERT INTO metrics VALUES (9, 0, 'failures', 'Failure count K', 'failures', 1, 'tail_pmf', "
                "'pooled', '', 0)");
            exec("INSERT INTO runs VALUES (90, 9, 0, 'zeta', '{\"type\":\"zeta\"}')");
            exec("INSERT INTO derivations VALUES (90, '100 tasks', '[]')");
            exec("INSERT INTO derived_curves VALUES (90, 0, 'fitted_pmf', 'Power-law fit', 'tail_pmf', "
                 "'line', 0)");
            exec("INSERT INTO derived_points VALUES (90, 0, 0, 1, 0.7, NULL, NULL), (90, 0, 1, 2, 0.1, NULL, "
                 "NULL)");
            sqlite3_close(db);
        }
        {
            RunStore store(path); // migrates
            QCOMPARE(query(path, "PRAGMA user_version"), std::to_string(RunStore::schemaVersion()));
            const auto d = store.derivation(90);
            QVERIFY(d && d->curves.size() == 1);
            QCOMPARE(d->curves[0].name, std::string("fitted_pmf"));
            QCOMPARE(d->curves[0].y, (std::vector<double>{0.7, 0.1}));
            QCOMPARE(d->curves[0].pattern, 0);
            QCOMPARE(int(store.storedMetrics(9).at(0).scope), int(MetricScope::Pooled));
            QCOMPARE(query(path, "PRAGMA foreign_key_check"), std::string(""));
            QCOMPARE(query(path, "PRAGMA integrity_check"), std::string("ok"));
        }
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(
                         db,
                         "INSERT INTO metrics VALUES (9, 1, 'bon_kl', 'Best-of-n KL', 'nats', 1, 'bon_kl', "
                         "'profile', '', 0)",
                         nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
    }

    void damagedHeadersAreDiagnosed() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/flip.sqlite").toStdString();
        std::int64_t id = 0;
        recordBaseline(path, id);
        QByteArray b = fileBytes(QString::fromStdString(path));
        b[61] = char(b[61] ^ 0x01); // user_version v -> 65536 + v
        const std::string flipped = std::to_string(65536 + RunStore::schemaVersion());
        {
            QFile f(QString::fromStdString(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(b);
        }
        for (auto mode : {RunStore::Mode::ReadWrite, RunStore::Mode::ReadOnly}) {
            try {
                RunStore s(path, mode);
                QFAIL("opened a store whose header is damaged");
            } catch (const RuntimeError& e) {
                const std::string msg = e.what();
                QVERIFY2(msg.find("damaged") != std::string::npos && msg.find(flipped) != std::string::npos &&
                             msg.find("newer") == std::string::npos,
                         msg.c_str());
            }
        }
        QCOMPARE(fileBytes(QString::fromStdString(path)), b);
        // Truncated: named as such, with the page count the header expects.
        const std::string cut = (dir.path() + "/cut.sqlite").toStdString();
        recordBaseline(cut, id);
        QByteArray c = fileBytes(QString::fromStdString(cut));
        c.truncate(c.size() - 4096 * 2);
        {
            QFile f(QString::fromStdString(cut));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(c);
        }
        for (auto mode : {RunStore::Mode::ReadWrite, RunStore::Mode::ReadOnly}) {
            try {
                RunStore s(cut, mode);
                QFAIL("opened a truncated store");
            } catch (const RuntimeError& e) {
                const std::string msg = e.what();
                QVERIFY2(msg.find("truncated") != std::string::npos &&
                             msg.find("damaged") != std::string::npos,
                         msg.c_str());
            }
        }
        QCOMPARE(fileBytes(QString::fromStdString(cut)), c);
    }

    // Issue 8.6: `--db /dev/null` created /dev/null-journal as root; read commands turned an existing 0-byte
    // file into a store.
    void oddFilesAreNotTurnedIntoStores() {
        for (auto mode :
             {RunStore::Mode::ReadWrite, RunStore::Mode::ReadWriteExisting, RunStore::Mode::ReadOnly}) {
            try {
                RunStore s("/dev/null", mode);
                QFAIL("opened /dev/null as a store");
            } catch (const RuntimeError& e) {
                QVERIFY2(std::string(e.what()).find("character device") != std::string::npos, e.what());
            }
        }
        QVERIFY(!QFile::exists("/dev/null-journal") && !QFile::exists("/dev/null-wal"));
        QTemporaryDir dir;
        const QString empty = dir.path() + "/empty.sqlite";
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        for (auto mode : {RunStore::Mode::ReadWriteExisting, RunStore::Mode::ReadOnly}) {
            try {
                RunStore s(empty.toStdString(), mode);
                QFAIL("a read opened an empty file as a store");
            } catch (const RuntimeError& e) {
                QVERIFY2(std::string(e.what()).find("no TrialBench store") != std::string::npos, e.what());
            }
            QCOMPARE(QFileInfo(empty).size(), qint64(0));
            QVERIFY(!QFile::exists(empty + "-wal") && !QFile::exists(empty + "-journal"));
        }
        // Recording into it (a write the user asked for) makes it a store.
        RunStore s(empty.toStdString());
        QVERIFY(record(s, shortConfig(300, 2))->status == RunStatus::Finished);
    }

    // Issue 8.5: a note or tag with one invalid UTF-8 byte was stored (exit 0) and then broke `list --json`
    // for the whole store. The store's API refuses such text (the window and any other caller, not only the
    // CLI).
    void invalidUtf8NeverReachesTheStore() {
        QTemporaryDir dir;
        RunStore s((dir.path() + "/runs.sqlite").toStdString());
        std::int64_t id = 0;
        record(s, shortConfig(300, 2), &id);
        const std::string bad = std::string("caf") + char(0xe9) + " au lait"; // Latin-1 é
        QVERIFY_THROWS_EXCEPTION(InputError, s.setNotes(id, bad));
        QVERIFY_THROWS_EXCEPTION(InputError, s.addTag(id, bad));
        QVERIFY_THROWS_EXCEPTION(InputError, s.setName(id, bad));
        QCOMPARE(s.experiment(id)->notes, std::string());
        QVERIFY(s.experiment(id)->tags.empty());
        s.setNotes(id, "café au lait, ε = 0.1");
        QCOMPARE(s.experiment(id)->notes, std::string("café au lait, ε = 0.1"));
    }

    void untaggingAMissingTagSaysSo() {
        QTemporaryDir dir;
        RunStore s((dir.path() + "/runs.sqlite").toStdString());
        std::int64_t id = 0;
        record(s, shortConfig(300, 2), &id);
        s.addTag(id, "kept");
        try {
            s.removeTag(id, "never-added");
            QFAIL("untagged a tag that was not there");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("has no tag 'never-added'") != std::string::npos ||
                         joinIssues(e.issues()).find("has no tag 'never-added'") != std::string::npos,
                     e.what());
        }
        QCOMPARE(s.experiment(id)->tags, std::vector<std::string>{"kept"});
    }

    // Issue 8.1 at its root: opening the store file outside SQLite (the old header check used std::ifstream
    // at every connection) and closing it drops every POSIX lock the process holds on it, SQLite's included.
    // Whatever this process does next to a live connection (another connection, the header probe, export
    // checks, a config load check) must leave that connection's lock in place.
    void locksSurviveEverythingDoneBesideAConnection() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/runs.sqlite").toStdString();
        RunStore reader(path);
        record(reader, shortConfig(300, 2));
        reader.listExperiments();
        QVERIFY(thisProcessHoldsItsSqliteLock(path)); // the probe sees the lock at all
        {
            RunStore second(path); // the window's per-run connection
            auto rec = second.recorder();
        }
        QVERIFY(thisProcessHoldsItsSqliteLock(path));
        RunStore readOnly(path, RunStore::Mode::ReadOnly);
        QVERIFY(thisProcessHoldsItsSqliteLock(path));
        QVERIFY(store::isSqliteFile(path));
        QVERIFY_THROWS_EXCEPTION(InputError, checkExportTarget(path, path));
        QVERIFY_THROWS_EXCEPTION(InputError, checkNotAStoreFile(path));
        QVERIFY(store::damageFromHeader(path).empty());
        QVERIFY(thisProcessHoldsItsSqliteLock(path));
        // The control: one descriptor opened and closed outside SQLite drops the lock, as the old code did.
        { std::ifstream in(path, std::ios::binary); }
        QVERIFY(!thisProcessHoldsItsSqliteLock(path));
    }

    void fullDiskFailsClearlyAndKeepsOldData() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/runs.sqlite").toStdString();
        std::int64_t first = 0;
        const std::string before = recordBaseline(path, first);
        for (int extraPages : {0, 12}) {
            RunStore s(path);
            const std::string pages = query(path, "PRAGMA page_count");
            const std::string limit =
                "PRAGMA max_page_count = " + std::to_string(std::stoll(pages) + extraPages);
            QCOMPARE(sqlite3_exec(s.handle(), limit.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
            std::int64_t id = 0;
            const auto snap = record(s, shortConfig(20000, 8), &id);
            QCOMPARE(snap->status, RunStatus::Failed);
            QVERIFY2(snap->message.find("full") != std::string::npos, snap->message.c_str());
            QVERIFY2(snap->message.find(path) != std::string::npos, snap->message.c_str());
            if (id > 0) { // created before the disk filled up: marked failed with the reason
                const auto e = s.experiment(id);
                QVERIFY(e);
                QVERIFY2(e->status == RunStatus::Failed,
                         (std::string(toString(e->status)) + ": " + e->message).c_str());
                QVERIFY2(e->message.find("full") != std::string::npos, e->message.c_str());
            }
            QCOMPARE(query(path, "PRAGMA integrity_check"), std::string("ok"));
            QCOMPARE(dumpExperiment(s, first), before);
        }
        // Without the limit the store takes new runs again.
        RunStore s(path);
        std::int64_t id = 0;
        QCOMPARE(record(s, shortConfig(300, 3), &id)->status, RunStatus::Finished);
        QCOMPARE(s.experiment(id)->status, RunStatus::Finished);
    }

    void concurrentReadingWhileWriting() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/runs.sqlite").toStdString();
        RunStore writer(path);
        RunStore reader(path); // second connection, as the GUI's browser would use
        const std::int64_t v0 = reader.dataVersion();

        // Pauses the writing thread at checkpoint 5 inside an open write transaction until the reader has
        // read.
        struct Gate : RunObserver {
            RunStore* store = nullptr;
            std::mutex m;
            std::condition_variable cv;
            bool ready = false, go = false;
            void onCheckpoint(std::size_t cp, const Snapshot&) override {
                if (cp != 5) return;
                // The recorder writes from its own thread: wait until it has committed checkpoint 5.
                while (store->experiment(1)->checkpointsDone < 6)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                sqlite3_exec(store->handle(),
                             "BEGIN IMMEDIATE; UPDATE experiments SET notes = 'uncommitted';", nullptr,
                             nullptr, nullptr);
                std::unique_lock lock(m);
                ready = true;
                cv.notify_all();
                cv.wait(lock, [&] { return go; });
                sqlite3_exec(store->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            }
        } gate;
        gate.store = &writer;
        std::int64_t id = 0;
        std::shared_ptr<const Snapshot> snap;
        std::thread t([&] { snap = record(writer, shortConfig(50000, 4), &id, &gate); });
        {
            std::unique_lock lock(gate.m);
            gate.cv.wait(lock, [&] { return gate.ready; });
        }
        // The writer holds a write transaction; the reader lists and reads without blocking.
        const auto list = reader.listExperiments();
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0].status, RunStatus::Running);
        QCOMPARE(list[0].notes, std::string("")); // the uncommitted change is invisible
        QCOMPARE(list[0].checkpointsDone, 6);     // flushSeconds 0: every checkpoint committed
        const auto runs = reader.runs(list[0].id);
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(reader.series(runs[0].id, "pseudo_regret").size(), std::size_t(6));
        const Snapshot partial = reader.loadSnapshot(list[0].id);
        QCOMPARE(partial.done, std::size_t(6));
        QCOMPARE(partial.status, RunStatus::Running);
        const std::int64_t v1 = reader.dataVersion();
        QVERIFY(v1 != v0);
        {
            std::lock_guard lock(gate.m);
            gate.go = true;
        }
        gate.cv.notify_all();
        t.join();
        QCOMPARE(snap->status, RunStatus::Finished);
        QVERIFY(reader.dataVersion() != v1);
        QCOMPARE(reader.experiment(id)->status, RunStatus::Finished);
        QCOMPARE(reader.series(runs[0].id, "pseudo_regret").size(), snap->grid.size());
    }

    void stoppedRunIsStoredAsInterrupted() {
        QTemporaryDir dir;
        RunStore store((dir.path() + "/runs.sqlite").toStdString());
        std::int64_t id = 0;
        {
            Runner runner(prepare(shortConfig(300, 2)), Runner::Options{1, 0.0});
            auto rec = store.recorder();
            struct Stopper : RunObserver {
                Runner* r;
                RunStore::Recorder* rec;
                void onStart(const Prepared& p, const Snapshot& s) override { rec->onStart(p, s); }
                void onCheckpoint(std::size_t cp, const Snapshot& s) override {
                    rec->onCheckpoint(cp, s);
                    if (cp == 3) r->requestStop();
                }
                void onFinish(const Snapshot& s) override { rec->onFinish(s); }
            } stopper;
            stopper.r = &runner;
            stopper.rec = rec.get();
            const auto snap = runner.run(&stopper);
            id = rec->experimentId();
            QCOMPARE(snap->status, RunStatus::Interrupted);
        }
        auto e = store.experiment(id);
        QCOMPARE(e->status, RunStatus::Interrupted);
        QCOMPARE(e->checkpointsDone, 4);
        QCOMPARE(store.series(store.runs(id)[0].id, "pseudo_regret").size(), std::size_t(4));
        QCOMPARE(store.finalValues(store.runs(id)[0].id, "pseudo_regret").size(), std::size_t(2));
        QVERIFY(store.experiment(id)->message.find("stopped after 4") != std::string::npos);
    }

    // Issue 9.5: an interrupted run kept no pulls per arm. Stopped between checkpoints (here: while paused),
    // every replicate stands at the last recorded checkpoint, so its pulls are stored: in every replicate
    // they add up to the step of that checkpoint, so their means do too.
    void runStoppedWhilePausedKeepsItsPullsPerArm() {
        QTemporaryDir dir;
        RunStore store((dir.path() + "/runs.sqlite").toStdString());
        Runner runner(prepare(shortConfig(20000, 3)), Runner::Options{1, 0.0});
        auto rec = store.recorder();
        struct Pauser : RunObserver {
            Runner* r;
            RunStore::Recorder* rec;
            void onStart(const Prepared& p, const Snapshot& s) override { rec->onStart(p, s); }
            void onCheckpoint(std::size_t cp, const Snapshot& s) override {
                rec->onCheckpoint(cp, s);
                if (cp == 5) r->setPaused(true);
            }
            void onFinish(const Snapshot& s) override { rec->onFinish(s); }
        } pauser;
        pauser.r = &runner;
        pauser.rec = rec.get();
        std::shared_ptr<const Snapshot> snap;
        std::thread t([&] { snap = runner.run(&pauser); });
        QTRY_VERIFY(runner.isPaused() && runner.latest()->done >= 6);
        runner.requestStop();
        t.join();
        const std::int64_t id = rec->experimentId();
        QCOMPARE(snap->status, RunStatus::Interrupted);
        const Snapshot loaded = store.loadSnapshot(id);
        QCOMPARE(loaded.done, snap->done);
        QCOMPARE(loaded.categoryDone, loaded.done);
        const double step = double(loaded.grid[loaded.done - 1]);
        for (const auto& run : store.runs(id)) {
            const auto pulls = store.categoryValues(run.id, "pulls");
            QCOMPARE(pulls.size(), std::size_t(3));
            double sum = 0;
            for (const auto& c : pulls) sum += c.stats.mean;
            QVERIFY2(std::abs(sum - step) < 1e-9 * step, qPrintable(QString("%1 vs %2").arg(sum).arg(step)));
        }
    }

    void sigkilledRunIsRecoveredAsInterrupted() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/runs.sqlite").toStdString();
        std::int64_t first = 0;
        const std::string before = recordBaseline(path, first);
        const QString cfg = dir.path() + "/long.json";
        {
            std::ofstream f(cfg.toStdString());
            f << shortConfig(200000000, 4).dump();
        }
        QProcess cli;
        cli.setProgram(QStringLiteral(TB_CLI_PATH));
        cli.setArguments({"run", cfg, "--db", QString::fromStdString(path), "--threads", "1"});
        cli.start();
        QVERIFY(cli.waitForStarted());
        // Poll through a second connection until a few checkpoints of the new run are committed.
        std::int64_t killed = 0;
        for (int i = 0; i < 6000 && killed == 0; ++i) {
            QTest::qWait(20);
            QVERIFY2(cli.state() == QProcess::Running, cli.readAllStandardError().constData());
            RunStore poll(path, RunStore::Mode::ReadOnly);
            for (const auto& e : poll.listExperiments())
                if (e.id != first && e.checkpointsDone >= 3) killed = e.id;
        }
        QVERIFY(killed > 0);
        const qint64 childPid = cli.processId();
        ::kill(pid_t(childPid), SIGKILL);
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        // What the killed process had committed, read raw (no recovery yet).
        const std::string raw =
            query(path, "SELECT status, checkpoints_done, checkpoints_total FROM experiments "
                        "WHERE id = " +
                            std::to_string(killed));
        const auto bar1 = raw.find('|'), bar2 = raw.rfind('|');
        QCOMPARE(raw.substr(0, bar1), std::string("running"));
        const int kept = std::stoi(raw.substr(bar1 + 1, bar2 - bar1 - 1));
        const int total = std::stoi(raw.substr(bar2 + 1));
        QVERIFY(kept >= 3 && kept < total);

        RunStore s(path);
        QCOMPARE(query(path, "PRAGMA integrity_check"), std::string("ok"));
        QCOMPARE(query(path, "PRAGMA foreign_key_check"), std::string(""));
        QCOMPARE(dumpExperiment(s, first), before);
        const auto e = s.experiment(killed);
        QCOMPARE(e->status, RunStatus::Interrupted);
        QCOMPARE(e->checkpointsDone, kept);
        const std::string expect = std::to_string(kept) + " of " + std::to_string(total) + " checkpoints";
        QVERIFY2(e->message.find(expect) != std::string::npos, e->message.c_str());
        QVERIFY2(e->message.find("pid " + std::to_string(childPid)) != std::string::npos, e->message.c_str());
        QVERIFY(!e->finishedAt.empty());
        // Every run and metric holds exactly the contiguous prefix of checkpoints 0..kept-1 on the grid.
        const Snapshot snap = s.loadSnapshot(killed);
        QCOMPARE(snap.done, std::size_t(kept));
        QCOMPARE(snap.status, RunStatus::Interrupted);
        for (const auto& r : s.runs(killed)) {
            for (const auto& m : snap.series) {
                const auto pts = s.series(r.id, m.name);
                QCOMPARE(pts.size(), std::size_t(kept));
                for (std::size_t c = 0; c < pts.size(); ++c) QCOMPARE(pts[c].step, snap.grid[c]);
                // Per-replicate final values are written when a run ends; a killed run has none.
                QVERIFY(s.finalValues(r.id, m.name).empty());
            }
            for (const auto& sum : s.summaries(r.id)) QCOMPARE(sum.checkpoint, std::int64_t(kept - 1));
        }
        QCOMPARE(
            query(path, "SELECT count(DISTINCT checkpoint), min(checkpoint), max(checkpoint) FROM series "
                        "JOIN runs ON runs.id = series.run_id WHERE runs.experiment_id = " +
                            std::to_string(killed)),
            std::to_string(kept) + "|0|" + std::to_string(kept - 1));
        // A new run can be written.
        std::int64_t next = 0;
        QCOMPARE(record(s, shortConfig(300, 3), &next)->status, RunStatus::Finished);
        QVERIFY(next > killed);
        QCOMPARE(s.listExperiments().size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

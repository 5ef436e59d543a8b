#pragma once
// Benchmarks: grows a store to many experiments by cloning experiment 1 (its row, config, runs, summaries,
// and a tag on every tenth) in one transaction. Series are not cloned: listing and the run browser never read
// them.
#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>
#include <string>

namespace tb::bench {

inline void execOrExit(sqlite3* db, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "benchmark: %s\n", err ? err : "sqlite error");
        std::exit(1);
    }
}

/// Adds `copies` clones of experiment 1 (names "NAME #i", seeds and best values shifted by i).
inline void cloneExperimentOne(sqlite3* db, int copies) {
    execOrExit(db, "BEGIN");
    const std::string n = std::to_string(copies);
    execOrExit(
        db, ("WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < " + n +
             ") INSERT INTO experiments (kind, name, seed, replicates, status, message, created_at, "
             "updated_at, finished_at, app_version, notes, writer_pid, writer_host, writer_start, "
             "checkpoints_total, checkpoints_done, elapsed_seconds, run_count, headline_metric, best_run_id, "
             "best_label, best_value) SELECT kind, name || ' #' || i, seed + i, replicates, status, message, "
             "created_at, updated_at, finished_at, app_version, notes, writer_pid, writer_host, "
             "writer_start, "
             "checkpoints_total, checkpoints_done, elapsed_seconds, run_count, headline_metric, best_run_id, "
             "best_label, best_value + i * 1e-3 FROM experiments, k WHERE experiments.id = 1")
                .c_str());
    execOrExit(db, "INSERT INTO experiment_data SELECT e.id, d.config, d.grid, d.category_names FROM "
                   "experiments e, experiment_data d WHERE e.id > 1 AND d.experiment_id = 1");
    execOrExit(db,
               "INSERT INTO runs (experiment_id, idx, label, params) SELECT e.id, r.idx, r.label, r.params "
               "FROM experiments e, runs r WHERE e.id > 1 AND r.experiment_id = 1");
    execOrExit(db,
               "INSERT INTO summaries SELECT r2.id, s.metric, s.checkpoint, s.step, s.n, s.mean, s.sd, "
               "s.ci95_low, s.ci95_high, s.min, s.max, s.q10, s.q50, s.q90, s.best, s.best_step FROM "
               "summaries s "
               "JOIN runs r1 ON r1.id = s.run_id JOIN runs r2 ON r2.idx = r1.idx AND r2.experiment_id > 1 "
               "WHERE r1.experiment_id = 1");
    execOrExit(db, "INSERT INTO tags (experiment_id, tag) SELECT id, 'batch-' || (id % 7) FROM experiments "
                   "WHERE id % 10 = 0");
    execOrExit(db, "COMMIT");
}

} // namespace tb::bench

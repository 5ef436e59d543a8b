#include "store/Schema.h"

#include <iterator>

#include "store/Sqlite.h"

namespace tb::store {

namespace {

// Forward-only migrations: step i takes the schema from user_version i to i + 1. Never edit a released step;
// append.
const char* const kMigrations[] = {
    // 0 -> 1: the initial schema.
    R"sql(
CREATE TABLE experiments (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    kind              TEXT    NOT NULL,
    name              TEXT    NOT NULL DEFAULT '',
    seed              INTEGER NOT NULL,
    replicates        INTEGER NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('running', 'finished', 'interrupted', 'failed')),
    message           TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    finished_at       TEXT,
    app_version       TEXT    NOT NULL,
    notes             TEXT    NOT NULL DEFAULT '',
    writer_pid        INTEGER NOT NULL,
    writer_host       TEXT    NOT NULL,
    writer_start      TEXT    NOT NULL,
    checkpoints_total INTEGER NOT NULL,
    checkpoints_done  INTEGER NOT NULL DEFAULT 0,
    elapsed_seconds   REAL    NOT NULL DEFAULT 0,
    run_count         INTEGER NOT NULL DEFAULT 0,
    headline_metric   TEXT    NOT NULL DEFAULT '',
    best_run_id       INTEGER,
    best_label        TEXT    NOT NULL DEFAULT '',
    best_value        REAL
);
CREATE INDEX experiments_by_kind ON experiments (kind, id);
CREATE INDEX experiments_running ON experiments (status) WHERE status = 'running';

-- Bulky per-experiment data kept out of `experiments` so that listing reads only small rows.
CREATE TABLE experiment_data (
    experiment_id  INTEGER PRIMARY KEY REFERENCES experiments (id) ON DELETE CASCADE,
    config         TEXT    NOT NULL,
    grid           TEXT    NOT NULL,
    category_names TEXT    NOT NULL DEFAULT '[]'
);

CREATE TABLE metrics (
    experiment_id   INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    label           TEXT    NOT NULL,
    unit            TEXT    NOT NULL,
    lower_is_better INTEGER NOT NULL,
    plot            TEXT    NOT NULL,
    scope           TEXT    NOT NULL CHECK (scope IN ('series', 'category')),
    category_label  TEXT    NOT NULL DEFAULT '',
    headline        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (experiment_id, position)
) WITHOUT ROWID;

CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    label         TEXT    NOT NULL,
    params        TEXT    NOT NULL,
    UNIQUE (experiment_id, idx)
);

CREATE TABLE series (
    run_id     INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    metric     TEXT    NOT NULL,
    checkpoint INTEGER NOT NULL,
    step       INTEGER NOT NULL,
    n          INTEGER NOT NULL,
    mean REAL, sd REAL, ci95_low REAL, ci95_high REAL, min REAL, max REAL, q10 REAL, q50 REAL, q90 REAL,
    PRIMARY KEY (run_id, metric, checkpoint)
) WITHOUT ROWID;

CREATE TABLE category_values (
    run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    metric   TEXT    NOT NULL,
    category INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    n        INTEGER NOT NULL,
    mean REAL, sd REAL, ci95_low REAL, ci95_high REAL, min REAL, max REAL, q10 REAL, q50 REAL, q90 REAL,
    PRIMARY KEY (run_id, metric, category)
) WITHOUT ROWID;

CREATE TABLE final_values (
    run_id    INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    metric    TEXT    NOT NULL,
    replicate INTEGER NOT NULL,
    value     REAL,
    PRIMARY KEY (run_id, metric, replicate)
) WITHOUT ROWID;

CREATE TABLE summaries (
    run_id     INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    metric     TEXT    NOT NULL,
    checkpoint INTEGER NOT NULL,
    step       INTEGER NOT NULL,
    n          INTEGER NOT NULL,
    mean REAL, sd REAL, ci95_low REAL, ci95_high REAL, min REAL, max REAL, q10 REAL, q50 REAL, q90 REAL,
    best       REAL,
    best_step  INTEGER,
    PRIMARY KEY (run_id, metric)
) WITHOUT ROWID;

CREATE TABLE tags (
    experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    tag           TEXT    NOT NULL,
    PRIMARY KEY (experiment_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_by_tag ON tags (tag);
)sql",
    // 1 -> 2: pooled observations (counts per distinct value), what a kind derives from them (estimates,
    // curves, verdicts) and the value-axis plots that draw them (issue 10). `metrics` is rebuilt because its
    // CHECK constraint gains the scope 'pooled' (SQLite cannot alter a constraint in place).
    R"sql(
CREATE TABLE metrics_v2 (
    experiment_id   INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    label           TEXT    NOT NULL,
    unit            TEXT    NOT NULL,
    lower_is_better INTEGER NOT NULL,
    plot            TEXT    NOT NULL,
    scope           TEXT    NOT NULL CHECK (scope IN ('series', 'category', 'pooled')),
    category_label  TEXT    NOT NULL DEFAULT '',
    headline        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (experiment_id, position)
) WITHOUT ROWID;
INSERT INTO metrics_v2 (experiment_id, position, name, label, unit, lower_is_better, plot, scope, category_label,
                        headline)
    SELECT experiment_id, position, name, label, unit, lower_is_better, plot, scope, category_label, headline
    FROM metrics;
DROP TABLE metrics;
ALTER TABLE metrics_v2 RENAME TO metrics;

-- Plots over a value axis declared by the experiment's kind.
CREATE TABLE plots (
    experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    id            TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    x_label       TEXT    NOT NULL,
    y_label       TEXT    NOT NULL,
    log_x         INTEGER NOT NULL,
    log_y         INTEGER NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (experiment_id, position)
) WITHOUT ROWID;

-- Pooled metrics: how many observations (over all replicates) had each value; censored = 1 for right-censored
-- observations (value is a lower bound: a task stopped at the cap).
CREATE TABLE pooled_counts (
    run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    metric   TEXT    NOT NULL,
    censored INTEGER NOT NULL CHECK (censored IN (0, 1)),
    value    INTEGER NOT NULL,
    count    INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (run_id, metric, censored, value)
) WITHOUT ROWID;

-- What the kind derived from the pooled counts at the end of the run.
CREATE TABLE derivations (
    run_id   INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    basis    TEXT    NOT NULL,
    warnings TEXT    NOT NULL DEFAULT '[]'
);
CREATE TABLE estimates (
    run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    label    TEXT    NOT NULL,
    value    REAL,
    unit     TEXT    NOT NULL DEFAULT '',
    note     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, position)
) WITHOUT ROWID;
CREATE INDEX estimates_by_name ON estimates (name, run_id);
CREATE TABLE verdicts (
    run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    point_class INTEGER NOT NULL,
    basis       TEXT    NOT NULL,
    PRIMARY KEY (run_id, position)
) WITHOUT ROWID;
CREATE TABLE verdict_classes (
    run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    verdict     INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    probability REAL,
    PRIMARY KEY (run_id, verdict, position)
) WITHOUT ROWID;
CREATE TABLE derived_curves (
    run_id    INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    label     TEXT    NOT NULL,
    plot      TEXT    NOT NULL,
    style     TEXT    NOT NULL CHECK (style IN ('line', 'points', 'steps', 'marker')),
    reference INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, position)
) WITHOUT ROWID;
CREATE TABLE derived_points (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    curve  INTEGER NOT NULL,
    i      INTEGER NOT NULL,
    x      REAL    NOT NULL,
    y      REAL,
    low    REAL,
    high   REAL,
    PRIMARY KEY (run_id, curve, i)
) WITHOUT ROWID;
)sql",
    // 2 -> 3 (issue 11): the scope 'profile' (a curve per replicate over a fixed grid, reduced by the kind's
    // derive(); the RLHF kind's best-of-n and KL-regularised curves), so `metrics` is rebuilt again, and the
    // line pattern of a derived curve (the RLHF kind draws several curves per run on one plot).
    R"sql(
CREATE TABLE metrics_v3 (
    experiment_id   INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    label           TEXT    NOT NULL,
    unit            TEXT    NOT NULL,
    lower_is_better INTEGER NOT NULL,
    plot            TEXT    NOT NULL,
    scope           TEXT    NOT NULL CHECK (scope IN ('series', 'category', 'pooled', 'profile')),
    category_label  TEXT    NOT NULL DEFAULT '',
    headline        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (experiment_id, position)
) WITHOUT ROWID;
INSERT INTO metrics_v3 (experiment_id, position, name, label, unit, lower_is_better, plot, scope, category_label,
                        headline)
    SELECT experiment_id, position, name, label, unit, lower_is_better, plot, scope, category_label, headline
    FROM metrics;
DROP TABLE metrics;
ALTER TABLE metrics_v3 RENAME TO metrics;

ALTER TABLE derived_curves ADD COLUMN pattern INTEGER NOT NULL DEFAULT 0;
)sql",
    // 3 -> 4 (issue 13): sweeps. A sweep is one experiment whose config carries the "sweep" block; its cells
    // are listed here, and cell c's runs are the experiment's runs with idx in [c * k, (c + 1) * k) for the k
    // variants of a cell, inserted when the cell starts (so a cell that did not finish is deleted and run
    // again when the sweep is resumed).
    R"sql(
CREATE TABLE sweep_cells (
    experiment_id   INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    cell            INTEGER NOT NULL,
    seed            INTEGER NOT NULL,
    coords          TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending'
                            CHECK (status IN ('pending', 'finished', 'interrupted', 'failed')),
    message         TEXT    NOT NULL DEFAULT '',
    elapsed_seconds REAL    NOT NULL DEFAULT 0,
    PRIMARY KEY (experiment_id, cell)
) WITHOUT ROWID;
ALTER TABLE runs ADD COLUMN sweep_cell INTEGER;
)sql",
};
constexpr int kSchemaVersion = int(std::size(kMigrations));

} // namespace

const char* migrationSql(int fromVersion) {
    return fromVersion >= 0 && fromVersion < kSchemaVersion ? kMigrations[fromVersion] : "";
}

int schemaVersion() {
    return kSchemaVersion;
}

void migrate(sqlite3* db, const std::string& path, std::int64_t fromVersion) {
    for (std::int64_t v = fromVersion; v < kSchemaVersion; ++v)
        sql::exec(db, path, kMigrations[v], fill(store_text::kMigrate, {std::to_string(v + 1)}));
    sql::exec(db, path, ("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str(),
              TB_TR("engine", "mark the file"));
    sql::exec(db, path, ("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str(),
              TB_TR("engine", "set the schema version"));
}

} // namespace tb::store

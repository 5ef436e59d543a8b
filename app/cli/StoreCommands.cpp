// trialbench-cli subcommands over the store (list, show, export, delete, tag, untag, note) and the reference
// commands (presets, help-config).
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include "Cli.h"
#include "core/Text.h"
#include "run/Registry.h"
#include "store/Export.h"

namespace tb::cli {

namespace {
const OptionSpec kDbOption{
    "--db", "PATH", "store file (default: $TRIALBENCH_DB, else $XDG_DATA_HOME/TrialBench/runs.sqlite)"};
const OptionSpec kJsonOption{"--json", "", "print JSON instead of text (shape in docs/cli.md)"};
} // namespace

const CommandSpec kListSpec{
    "list",
    "[--kind K] [--json] [--db PATH]",
    "List stored experiments, newest first, with the best run by the headline metric.",
    "",
    {{"--kind", "K", "only experiments of this kind (e.g. bandit)"},
     {"--filter", "TEXT", "only experiments whose name, notes, tags or best run contain TEXT"},
     {"--limit", "N", "at most N experiments"},
     kJsonOption,
     kDbOption},
    0,
    0};
const CommandSpec kShowSpec{
    "show",
    "ID [--json] [--db PATH]",
    "Show one experiment: status, config, and the final summary of every run and metric.",
    "",
    {kJsonOption, kDbOption},
    1,
    1};
const CommandSpec kExportSpec{
    "export",
    "ID --format csv|curves-csv|json [-o FILE] [--db PATH]",
    "Export an experiment's aggregated series and derived curves.",
    "csv: one row per run x metric x checkpoint with every aggregate column (RFC 4180, header row).\n"
    "curves-csv: one row per point of every derived curve (value-axis plots: fits, best-of-n and\n"
    "KL-regularised curves against sqrt(KL), tail fits), with its plot, curve name, style and band.\n"
    "json: one object with the experiment, its complete config, and per run the series of every metric,\n"
    "the per-replicate final values and the per-category values.",
    {{"--format", "csv|curves-csv|json", "output format (required)"},
     {"--output", "FILE", "write to FILE instead of standard output", "-o"},
     kDbOption},
    1,
    1};
const CommandSpec kPresetsSpec{
    "presets", "[--json]", "List the shipped presets (use them as `run preset:NAME`).", "", {kJsonOption},
    0,         0};
const CommandSpec kDeleteSpec{
    "delete", "ID [--db PATH]", "Delete an experiment with its runs, series, values and tags.",
    "",       {kDbOption},      1,
    1};
const CommandSpec kTagSpec{
    "tag",
    "ID TAG [--db PATH]",
    "Add a tag (plain, or KEY=VALUE) to an experiment.",
    "A KEY=VALUE tag (owner=ana) replaces the experiment's tag with the same KEY: one value per key. Spaces\n"
    "around KEY and VALUE are dropped. The window shows it in the Tags column and filters it as tags.KEY.",
    {kDbOption},
    2,
    2};
const CommandSpec kUntagSpec{
    "untag", "ID TAG [--db PATH]", "Remove a tag (or the KEY=VALUE tag of a KEY) from an experiment.",
    "",      {kDbOption},          2,
    2};
const CommandSpec kNoteSpec{
    "note", "ID TEXT [--db PATH]", "Set the notes of an experiment (an empty TEXT clears them).",
    "",     {kDbOption},           2,
    2};
const CommandSpec kHelpConfigSpec{"help-config",
                                  "KIND",
                                  "Print the reference of every config parameter of a kind (e.g. bandit).",
                                  "",
                                  {},
                                  1,
                                  1};

namespace {

[[noreturn]] void noExperiment(std::int64_t id, const std::string& path) {
    throw InputError("no experiment " + std::to_string(id) + " in " + path);
}

/// The store and the experiment, or InputError "no experiment N in PATH".
std::pair<std::unique_ptr<RunStore>, ExperimentRow> openExperiment(const Args& args) {
    const std::int64_t id = parseId(args.positional[0]);
    const std::string path = dbPathOf(args);
    auto store = openForReading(path);
    if (!store) noExperiment(id, path);
    auto row = store->experiment(id);
    if (!row) noExperiment(id, path);
    return {std::move(store), *row};
}

std::string numberText(double v) {
    return std::isfinite(v) ? formatNumber(v) : std::string();
}

} // namespace

int cmdList(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kListSpec, argv);
    if (!parsed) return kOk;
    const Args& args = *parsed;
    const std::string path = dbPathOf(args);
    ListFilter filter;
    filter.kind = utf8Argument(args.value("--kind"), "--kind");
    filter.text = utf8Argument(args.value("--filter"), "--filter");
    if (args.has("--limit")) filter.limit = parseInt("--limit", args.value("--limit"), 0, 1 << 30);
    auto store = openForReading(path);
    const auto rows = store ? store->listExperiments(filter) : std::vector<ExperimentRow>{};
    if (args.has("--json")) {
        Json list = Json::array();
        for (const auto& e : rows) list.push_back(toJson(e));
        Json out = Json::object();
        out["db"] = path;
        out["experiments"] = std::move(list);
        std::cout << jsonText(out) << std::endl;
        return kOk;
    }
    if (rows.empty()) {
        std::cout << "no experiments" << (filter.kind.empty() ? "" : " of kind " + shown(filter.kind))
                  << " in " << shown(path) << "\n";
        return kOk;
    }
    std::vector<std::vector<std::string>> t = {
        {"id", "created", "kind", "status", "name", "runs", "reps", "done", "best", "tags"}};
    for (const auto& e : rows) {
        std::string tags;
        for (const auto& tag : e.tags) tags += (tags.empty() ? "" : ",") + tag;
        std::string best = e.bestLabel.empty() ? "-" : e.bestLabel + " " + numberText(e.bestValue);
        if (!e.bestLabel.empty()) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.4g", e.bestValue);
            best = e.bestLabel + " (" + e.headlineMetric + " " + buf + ")";
        }
        t.push_back({std::to_string(e.id), shown(e.createdAt), shown(e.kind), toString(e.status),
                     shown(e.name), std::to_string(e.runCount), std::to_string(e.replicates),
                     std::to_string(e.checkpointsDone) + "/" + std::to_string(e.checkpointsTotal),
                     shown(best), shown(tags)});
    }
    std::cout << table(t, {true, false, false, false, false, true, true, true, false, false});
    return kOk;
}

int cmdShow(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kShowSpec, argv);
    if (!parsed) return kOk;
    auto [store, e] = openExperiment(*parsed);
    const auto decls = store->metricDecls(e.id);
    const auto runs = store->runs(e.id);
    if (parsed->has("--json")) {
        Json jr = Json::array();
        for (const auto& r : runs) {
            Json finals = Json::object();
            for (const auto& s : store->summaries(r.id)) {
                Json j = toJson(s.final);
                j["checkpoint"] = s.checkpoint;
                j["step"] = s.step;
                j["best"] = std::isfinite(s.best) ? Json(s.best) : Json(nullptr);
                j["best_step"] = s.bestStep;
                finals[s.metric] = j;
            }
            Json cats = Json::object();
            for (const auto& d : decls)
                if (d.scope == MetricScope::PerCategory) {
                    Json list = categoryJson(*store, r.id, d.name);
                    if (!list.empty()) cats[d.name] = std::move(list);
                }
            Json run = {{"run_id", r.id},     {"index", r.index}, {"label", r.label},
                        {"params", r.params}, {"final", finals},  {"categories", cats}};
            if (auto d = store->derivation(r.id))
                run["derived"] =
                    Json::parse(derivedSummaryJson(*d).dump()); // no curves: they are in `export`
            jr.push_back(std::move(run));
        }
        std::cout << jsonText(Json{{"experiment", toJson(e)}, {"config", store->config(e.id)}, {"runs", jr}})
                  << std::endl;
        return kOk;
    }
    std::string tags;
    for (const auto& t : e.tags) tags += (tags.empty() ? "" : ", ") + t;
    std::cout << "experiment " << e.id << (e.name.empty() ? "" : " \"" + shown(e.name) + "\"") << "\n"
              << "  kind        " << shown(e.kind) << "\n"
              << "  status      " << toString(e.status)
              << (e.message.empty() ? "" : " (" + shown(e.message) + ")") << "\n"
              << "  created     " << shown(e.createdAt)
              << (e.finishedAt.empty() ? "" : ", ended " + shown(e.finishedAt)) << "\n"
              << "  seed        " << e.seed << ", " << e.replicates << " replicates, " << e.checkpointsDone
              << " of " << e.checkpointsTotal << " checkpoints, "
              << formatNumber(std::round(e.elapsedSeconds * 100) / 100) << " s\n"
              << "  app version " << shown(e.appVersion) << "\n";
    if (!tags.empty()) std::cout << "  tags        " << shown(tags) << "\n";
    if (!e.notes.empty()) std::cout << "  notes       " << shown(e.notes) << "\n";
    std::cout << "\nconfig:\n" << jsonText(store->config(e.id), 2) << "\n\n";

    std::vector<MetricDecl> series;
    for (const auto& d : decls)
        if (d.scope == MetricScope::Series && d.headline) series.push_back(d);
    for (const auto& d : decls)
        if (d.scope == MetricScope::Series && !d.headline) series.push_back(d);
    std::vector<std::vector<std::string>> t;
    std::vector<std::string> head = {"run", "label"};
    for (const auto& d : series) head.push_back(shown(d.label) + " (±95% CI)");
    t.push_back(head);
    for (const auto& r : runs) {
        std::vector<std::string> row = {std::to_string(r.id), shown(r.label)};
        const auto sums = store->summaries(r.id);
        for (const auto& d : series) {
            std::string cell = "-";
            for (const auto& s : sums)
                if (s.metric == d.name)
                    cell = meanPlusMinus(s.final.mean, (s.final.ciHigh - s.final.ciLow) / 2);
            row.push_back(cell);
        }
        t.push_back(row);
    }
    std::vector<bool> right(head.size(), true);
    right[1] = false;
    std::cout << "final values (last stored checkpoint):\n" << table(t, right);
    for (const auto& d : decls) {
        if (d.scope != MetricScope::PerCategory) continue;
        std::vector<std::vector<std::string>> ct;
        for (const auto& r : runs) {
            const auto values = store->categoryValues(r.id, d.name);
            if (values.empty()) continue;
            if (ct.empty()) {
                std::vector<std::string> h = {"label"};
                for (const auto& c : values) h.push_back(shown(c.name));
                ct.push_back(h);
            }
            std::vector<std::string> row = {shown(r.label)};
            for (const auto& c : values) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "%.4g", c.stats.mean);
                row.push_back(buf);
            }
            ct.push_back(row);
        }
        if (!ct.empty()) {
            std::vector<bool> right2(ct[0].size(), true);
            right2[0] = false;
            std::cout << "\n"
                      << shown(d.label) << " (mean per "
                      << shown(d.categoryLabel.empty() ? "category" : d.categoryLabel) << "):\n"
                      << table(ct, right2);
        }
    }
    for (const auto& r : runs)
        if (auto d = store->derivation(r.id)) std::cout << "\n" << derivedText(r.label, *d);
    return kOk;
}

int cmdExport(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kExportSpec, argv);
    if (!parsed) return kOk;
    const std::string format = parsed->value("--format");
    if (format != "csv" && format != "curves-csv" && format != "json")
        throw UsageError(format.empty() ? "export needs --format csv, curves-csv or json"
                                        : "--format: '" + format + "' is not one of: csv, curves-csv, json");
    auto [store, e] = openExperiment(*parsed);
    const std::string file = parsed->value("--output");
    const bool toStdout = file.empty() || file == "-";
    if (!toStdout) checkExportTarget(file, store->path());
    std::ostringstream out;
    exportExperiment(*store, e.id,
                     format == "csv"          ? ExportFormat::Csv
                     : format == "curves-csv" ? ExportFormat::CurvesCsv
                                              : ExportFormat::Json,
                     out);
    if (toStdout) {
        // On a terminal, stored text cannot send escape sequences (JSON: as equivalent \u escapes).
        const bool terminal = isatty(STDOUT_FILENO) == 1;
        std::string text = out.str();
        if (terminal && format == "json") text = terminalSafeJson(text);
        if (terminal && format != "json") { // escape inside each CRLF-terminated row, keep the row ends
            std::string rows;
            for (std::size_t at = 0; at < text.size();) {
                const std::size_t end = text.find("\r\n", at);
                const std::size_t stop = end == std::string::npos ? text.size() : end;
                rows += escapeForTerminal(std::string_view(text).substr(at, stop - at));
                if (end != std::string::npos) rows += "\r\n";
                at = end == std::string::npos ? text.size() : end + 2;
            }
            text = std::move(rows);
        }
        std::cout << text << std::flush;
        return kOk;
    }
    writeFileAtomically(file, out.str());
    std::cerr << "exported experiment " << e.id << " to " << file << "\n";
    return kOk;
}

int cmdPresets(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kPresetsSpec, argv);
    if (!parsed) return kOk;
    if (parsed->has("--json")) {
        Json list = Json::array();
        for (const auto& p : presets())
            list.push_back(
                {{"name", p.name}, {"kind", p.config.value("kind", "")}, {"description", p.description}});
        std::cout << jsonText(Json{{"presets", list}}) << std::endl;
        return kOk;
    }
    std::vector<std::vector<std::string>> t = {{"name", "kind", "description"}};
    for (const auto& p : presets())
        t.push_back({shown(p.name), shown(p.config.value("kind", "")), shown(p.description)});
    std::cout << table(t);
    return kOk;
}

int cmdDelete(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kDeleteSpec, argv);
    if (!parsed) return kOk;
    auto [store, e] = openExperiment(*parsed);
    store->deleteExperiment(e.id);
    std::cout << "deleted experiment " << e.id << " from " << shown(store->path()) << "\n";
    return kOk;
}

int cmdTag(const std::vector<std::string>& argv, bool add) {
    const auto parsed = parseArgs(add ? kTagSpec : kUntagSpec, argv);
    if (!parsed) return kOk;
    const std::string tag = utf8Argument(parsed->positional[1], "TAG");
    auto [store, e] = openExperiment(*parsed);
    if (add)
        store->addTag(e.id, tag);
    else
        store->removeTag(e.id, tag);
    std::cout << (add ? "tagged" : "untagged") << " experiment " << e.id << " '"
              << shown(add ? normalizeTag(tag) : tag) << "'\n";
    return kOk;
}

int cmdNote(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kNoteSpec, argv);
    if (!parsed) return kOk;
    const std::string notes = utf8Argument(parsed->positional[1], "TEXT");
    auto [store, e] = openExperiment(*parsed);
    store->setNotes(e.id, notes);
    std::cout << "notes of experiment " << e.id << " saved\n";
    return kOk;
}

int cmdHelpConfig(const std::vector<std::string>& argv) {
    const auto parsed = parseArgs(kHelpConfigSpec, argv);
    if (!parsed) return kOk;
    const std::string name = parsed->positional[0];
    const Kind* kind = findKind(name);
    if (!kind) {
        std::string names;
        for (const Kind* k : kinds()) names += (names.empty() ? "" : ", ") + k->name();
        throw InputError("unknown kind '" + name + "' (available: " + names + ")");
    }
    std::cout << shown(kind->label()) << " (\"kind\": \"" << shown(kind->name()) << "\")\n\n"
              << escapeForTerminal(kind->spec().describe(), LineBreaks::Keep);
    std::cout << "\nmetrics:\n";
    for (const auto& m : kind->metrics())
        std::cout << "  " << shown(m.name) << " - " << shown(m.label)
                  << (m.unit.empty() ? "" : " [" + shown(m.unit) + "]")
                  << (m.scope == MetricScope::PerCategory ? ", per " + shown(m.categoryLabel) : std::string())
                  << (m.lowerIsBetter ? ", lower is better" : ", higher is better")
                  << (m.headline ? ", headline" : "") << "\n";
    return kOk;
}

} // namespace tb::cli

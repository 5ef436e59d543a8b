#include "store/Export.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

#include "store/Sqlite.h"
#include "store/StoreFile.h"

namespace tb {

namespace fs = std::filesystem;

namespace {

Json number(double v) {
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

std::string numberText(double v) {
    return std::isfinite(v) ? formatNumber(v) : std::string();
}

void writeCsv(const RunStore& store, const ExperimentRow& e, const std::vector<MetricDecl>& decls,
              const std::vector<RunRow>& runs, std::ostream& out) {
    out << "experiment_id,run_id,run_index,label,metric,checkpoint,step,n,mean,sd,ci95_low,ci95_high,min,max,"
           "q10,"
           "q50,q90\r\n";
    for (const auto& r : runs)
        for (const auto& d : decls) {
            if (d.scope != MetricScope::Series) continue;
            const auto points = store.series(r.id, d.name);
            for (std::size_t c = 0; c < points.size(); ++c) {
                const auto& p = points[c];
                const AggStats& a = p.stats;
                out << e.id << ',' << r.id << ',' << r.index << ',' << csvTextField(r.label) << ','
                    << csvTextField(d.name) << ',' << c << ',' << p.step << ',' << a.n << ','
                    << numberText(a.mean) << ',' << numberText(a.sd) << ',' << numberText(a.ciLow) << ','
                    << numberText(a.ciHigh) << ',' << numberText(a.min) << ',' << numberText(a.max) << ','
                    << numberText(a.q10) << ',' << numberText(a.q50) << ',' << numberText(a.q90) << "\r\n";
            }
        }
}

void writeCurvesCsv(const RunStore& store, const ExperimentRow& e, const std::vector<RunRow>& runs,
                    std::ostream& out) {
    out << "experiment_id,run_id,run_index,label,plot,curve,curve_label,style,reference,pattern,i,x,y,low,"
           "high\r\n";
    for (const auto& r : runs) {
        const auto der = store.derivation(r.id);
        if (!der) continue;
        for (const DerivedCurve& c : der->curves) {
            const bool band = c.low.size() == c.x.size() && c.high.size() == c.x.size();
            for (std::size_t i = 0; i < c.x.size() && i < c.y.size(); ++i)
                out << e.id << ',' << r.id << ',' << r.index << ',' << csvTextField(r.label) << ','
                    << csvTextField(c.plot) << ',' << csvTextField(c.name) << ',' << csvTextField(c.label)
                    << ',' << toString(c.style) << ',' << int(c.reference) << ',' << c.pattern << ',' << i
                    << ',' << numberText(c.x[i]) << ',' << numberText(c.y[i]) << ','
                    << (band ? numberText(c.low[i]) : std::string()) << ','
                    << (band ? numberText(c.high[i]) : std::string()) << "\r\n";
        }
    }
}

void writeJson(const RunStore& store, const ExperimentRow& e, const std::vector<MetricDecl>& decls,
               const std::vector<RunRow>& runs, std::ostream& out) {
    Json jr = Json::array();
    for (const auto& r : runs) {
        Json series = Json::object(), finals = Json::object(), cats = Json::object(), pooled = Json::object();
        for (const auto& d : decls) {
            if (d.scope == MetricScope::Series) {
                Json cols = {
                    {"step", Json::array()}, {"n", Json::array()},        {"mean", Json::array()},
                    {"sd", Json::array()},   {"ci95_low", Json::array()}, {"ci95_high", Json::array()},
                    {"min", Json::array()},  {"max", Json::array()},      {"q10", Json::array()},
                    {"q50", Json::array()},  {"q90", Json::array()}};
                for (const auto& p : store.series(r.id, d.name)) {
                    const AggStats& a = p.stats;
                    cols["step"].push_back(p.step);
                    cols["n"].push_back(a.n);
                    cols["mean"].push_back(number(a.mean));
                    cols["sd"].push_back(number(a.sd));
                    cols["ci95_low"].push_back(number(a.ciLow));
                    cols["ci95_high"].push_back(number(a.ciHigh));
                    cols["min"].push_back(number(a.min));
                    cols["max"].push_back(number(a.max));
                    cols["q10"].push_back(number(a.q10));
                    cols["q50"].push_back(number(a.q50));
                    cols["q90"].push_back(number(a.q90));
                }
                series[d.name] = cols;
                Json fv = Json::array();
                for (double v : store.finalValues(r.id, d.name)) fv.push_back(number(v));
                finals[d.name] = fv;
            } else if (d.scope == MetricScope::Pooled) {
                pooled[d.name] = pooledJson(store.pooledCounts(r.id, d.name));
            } else if (d.scope == MetricScope::PerCategory) {
                cats[d.name] = categoryJson(store, r.id, d.name);
            }
        }
        Json run = {{"run_id", r.id},   {"index", r.index},       {"label", r.label},  {"params", r.params},
                    {"series", series}, {"final_values", finals}, {"categories", cats}};
        if (!pooled.empty()) run["pooled"] = pooled;
        if (auto der = store.derivation(r.id)) run["derived"] = toJson(*der);
        jr.push_back(std::move(run));
    }
    Json metrics = Json::array();
    for (const auto& d : decls)
        metrics.push_back({{"name", d.name},
                           {"label", d.label},
                           {"unit", d.unit},
                           {"lower_is_better", d.lowerIsBetter},
                           {"scope", toString(d.scope)},
                           {"headline", d.headline}});
    // Text stored by older versions may hold bytes that are not UTF-8: written as U+FFFD, never an exception.
    out << Json{{"experiment", toJson(e)}, {"config", store.config(e.id)}, {"metrics", metrics}, {"runs", jr}}
               .dump(-1, ' ', false, Json::error_handler_t::replace)
        << "\n";
}

/// The path as the file system resolves it (symbolic links and "..", the missing tail kept as given).
std::string resolved(const std::string& path) {
    std::error_code ec;
    const fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return ec ? path : p.string();
}

} // namespace

Json toJson(const AggStats& s) {
    return Json{{"n", s.n},
                {"mean", number(s.mean)},
                {"sd", number(s.sd)},
                {"ci95_low", number(s.ciLow)},
                {"ci95_high", number(s.ciHigh)},
                {"min", number(s.min)},
                {"max", number(s.max)},
                {"q10", number(s.q10)},
                {"q50", number(s.q50)},
                {"q90", number(s.q90)}};
}

Json toJson(const ExperimentRow& e) {
    return Json{{"id", e.id},
                {"kind", e.kind},
                {"name", e.name},
                {"status", toString(e.status)},
                {"message", e.message},
                {"created_at", e.createdAt},
                {"finished_at", e.finishedAt.empty() ? Json(nullptr) : Json(e.finishedAt)},
                {"app_version", e.appVersion},
                {"notes", e.notes},
                {"seed", e.seed},
                {"replicates", e.replicates},
                {"run_count", e.runCount},
                {"checkpoints_done", e.checkpointsDone},
                {"checkpoints_total", e.checkpointsTotal},
                {"elapsed_seconds", e.elapsedSeconds},
                {"tags", e.tags},
                {"headline_metric", e.headlineMetric},
                {"best_label", e.bestLabel},
                {"best_value",
                 std::isfinite(e.bestValue) && !e.bestLabel.empty() ? Json(e.bestValue) : Json(nullptr)}};
}

Json pooledJson(const PooledCounts& p) {
    Json exact = Json::array(), censored = Json::array();
    for (const auto& [v, c] : p.exact) exact.push_back({v, c});
    for (const auto& [v, c] : p.atLeast) censored.push_back({v, c});
    return Json{{"counts", exact}, {"censored", censored}};
}

Json toJson(const Derivation& d) {
    Json estimates = Json::array();
    for (const Estimate& e : d.estimates)
        estimates.push_back({{"name", e.name},
                             {"label", e.label},
                             {"value", number(e.value)},
                             {"unit", e.unit},
                             {"note", e.note}});
    Json verdicts = Json::array();
    for (const Verdict& v : d.verdicts) {
        Json probs = Json::object();
        for (std::size_t k = 0; k < v.classes.size(); ++k)
            probs[v.classes[k]] = number(k < v.probabilities.size() ? v.probabilities[k] : NAN);
        verdicts.push_back({{"name", v.name},
                            {"label", v.label},
                            {"point", v.point >= 0 && std::size_t(v.point) < v.classes.size()
                                          ? Json(v.classes[std::size_t(v.point)])
                                          : Json(nullptr)},
                            {"probabilities", probs},
                            {"basis", v.basis}});
    }
    Json curves = Json::array();
    for (const DerivedCurve& c : d.curves) {
        Json x = Json::array(), y = Json::array();
        for (double v : c.x) x.push_back(number(v));
        for (double v : c.y) y.push_back(number(v));
        Json cj = {{"name", c.name},
                   {"label", c.label},
                   {"plot", c.plot},
                   {"style", toString(c.style)},
                   {"reference", c.reference},
                   {"pattern", c.pattern},
                   {"x", x},
                   {"y", y}};
        if (!c.low.empty()) {
            Json lo = Json::array(), hi = Json::array();
            for (double v : c.low) lo.push_back(number(v));
            for (double v : c.high) hi.push_back(number(v));
            cj["low"] = lo;
            cj["high"] = hi;
        }
        curves.push_back(std::move(cj));
    }
    return Json{{"basis", d.basis},
                {"warnings", d.warnings},
                {"estimates", estimates},
                {"verdicts", verdicts},
                {"curves", curves}};
}

Json categoryJson(const RunStore& store, std::int64_t runId, const std::string& metric) {
    Json list = Json::array();
    for (const auto& c : store.categoryValues(runId, metric)) {
        Json j = toJson(c.stats);
        j["index"] = c.index;
        j["name"] = c.name;
        list.push_back(std::move(j));
    }
    return list;
}

std::string csvTextField(const std::string& text) {
    const bool formula = !text.empty() && std::strchr("=+-@\t\r", text[0]) != nullptr;
    if (!formula && text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = formula ? "\"'" : "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void exportExperiment(const RunStore& store, std::int64_t id, ExportFormat format, std::ostream& out) {
    sql::ReadTransaction tx(store.handle(), store.path());
    const auto e = store.experiment(id);
    if (!e) throw InputError("no experiment " + std::to_string(id) + " in " + store.path());
    const auto decls = store.metricDecls(id);
    const auto runs = store.runs(id);
    if (format == ExportFormat::Csv)
        writeCsv(store, *e, decls, runs, out);
    else if (format == ExportFormat::CurvesCsv)
        writeCurvesCsv(store, *e, runs, out);
    else
        writeJson(store, *e, decls, runs, out);
}

void checkExportTarget(const std::string& target, const std::string& storePath) {
    const std::string t = resolved(target), s = resolved(storePath);
    auto refuse = [&](const std::string& what) {
        throw InputError(std::vector<Issue>{{"", "refusing to write to " + target + ": it is " + what +
                                                     "; choose another file (nothing was written)"}});
    };
    if (t == s) refuse("the store itself (" + storePath + ")");
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (t == s + suffix) refuse(std::string("the store's ") + (suffix + 1) + " file");
    struct stat a {
    }, b{};
    if (::stat(target.c_str(), &a) == 0 && ::stat(storePath.c_str(), &b) == 0 && a.st_dev == b.st_dev &&
        a.st_ino == b.st_ino)
        refuse("the store itself (" + storePath + ", under another name)");
    checkNotAStoreFile(target);
}

void checkNotAStoreFile(const std::string& target) {
    auto refuse = [&](const std::string& what) {
        throw InputError(std::vector<Issue>{{"", "refusing to write to " + target + ": it is " + what +
                                                     "; choose another file (nothing was written)"}});
    };
    if (const std::string role = store::sqliteFileRole(target); !role.empty()) refuse(role);
}

void writeFileAtomically(const std::string& path, const std::string& data) {
    auto fail = [&](const std::string& what, int err) {
        throw RuntimeError("cannot write " + path + ": " + what + ": " + std::strerror(err) +
                           " (the file was left as it was)");
    };
    struct stat st {};
    const bool exists = ::stat(path.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        throw InputError(std::vector<Issue>{{"", path + " is a folder, not a file"}});
    auto writeAll = [&](int fd) {
        for (std::size_t done = 0; done < data.size();) {
            const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
            if (n < 0) {
                if (errno == EINTR) continue;
                return errno;
            }
            done += std::size_t(n);
        }
        return 0;
    };
    if (exists && !S_ISREG(st.st_mode)) { // a device or a pipe: no rename over it
        const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) fail("cannot open it", errno);
        const int err = writeAll(fd);
        ::close(fd);
        if (err) fail("write failed", err);
        return;
    }
    const fs::path target(path);
    std::string tmpl = (target.parent_path().empty() ? fs::path(".") : target.parent_path()).string() + "/." +
                       target.filename().string() + ".tmp-XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) fail("cannot create a temporary file beside it", errno);
    // The new file gets the old one's permissions, or the usual ones for a new file (0666 less the umask).
    mode_t mode = st.st_mode & 07777;
    if (!exists) {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    int err = writeAll(fd);
    if (!err && ::fchmod(fd, mode) != 0) err = errno;
    if (!err && ::fsync(fd) != 0) err = errno;
    if (::close(fd) != 0 && !err) err = errno;
    if (!err && ::rename(tmpl.c_str(), path.c_str()) != 0) err = errno;
    if (err) {
        ::unlink(tmpl.c_str());
        fail("write failed", err);
    }
}

} // namespace tb

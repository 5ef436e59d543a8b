#include "store/StoreCommon.h"

#include <cmath>
#include <ctime>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace tb::store {

using sql::Stmt;

std::string nowIso() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

namespace {
std::string hostName() {
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0) return "unknown";
    return buf;
}
} // namespace

std::string processStart(long pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!stat || !std::getline(stat, line)) return "";
    // Field 2 (comm) may contain spaces and parentheses: fields after it start after the last ')'.
    const auto close = line.rfind(')');
    if (close == std::string::npos) return "";
    std::istringstream rest(line.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && rest >> field; ++i)
        if (i == 22) {
            std::ifstream boot("/proc/sys/kernel/random/boot_id");
            std::string bootId;
            std::getline(boot, bootId);
            return bootId + "/" + field;
        }
    return "";
}

const Writer& thisWriter() {
    static const Writer w{long(getpid()), hostName(), processStart(long(getpid()))};
    return w;
}

std::int64_t pragmaInt(sqlite3* db, const std::string& path, const char* sqlText, const std::string& what) {
    Stmt s(db, path, sqlText);
    return s.step(what) ? s.integer(0) : 0;
}

void bindStats(Stmt& s, int first, const AggStats& a) {
    s.bind(first, a.n)
        .bind(first + 1, a.mean)
        .bind(first + 2, a.sd)
        .bind(first + 3, a.ciLow)
        .bind(first + 4, a.ciHigh)
        .bind(first + 5, a.min)
        .bind(first + 6, a.max)
        .bind(first + 7, a.q10)
        .bind(first + 8, a.q50)
        .bind(first + 9, a.q90);
}

AggStats readStats(const Stmt& s, int first) {
    AggStats a;
    a.n = s.integer(first);
    a.mean = s.real(first + 1);
    a.sd = s.real(first + 2);
    a.ciLow = s.real(first + 3);
    a.ciHigh = s.real(first + 4);
    a.min = s.real(first + 5);
    a.max = s.real(first + 6);
    a.q10 = s.real(first + 7);
    a.q50 = s.real(first + 8);
    a.q90 = s.real(first + 9);
    return a;
}

const char* const kExperimentColumns =
    "e.id, e.kind, e.name, e.status, e.message, e.created_at, coalesce(e.finished_at, ''), e.app_version, "
    "e.notes, "
    "e.seed, e.replicates, e.run_count, e.headline_metric, e.best_label, e.best_value, e.checkpoints_done, "
    "e.checkpoints_total, e.elapsed_seconds, e.writer_host, e.writer_pid";

ExperimentRow readExperiment(const Stmt& s) {
    ExperimentRow r;
    r.id = s.integer(0);
    r.kind = s.text(1);
    r.name = s.text(2);
    r.status = runStatusFromString(s.text(3)).value_or(RunStatus::Failed);
    r.message = s.text(4);
    r.createdAt = s.text(5);
    r.finishedAt = s.text(6);
    r.appVersion = s.text(7);
    r.notes = s.text(8);
    r.seed = std::uint64_t(s.integer(9));
    r.replicates = int(s.integer(10));
    r.runCount = int(s.integer(11));
    r.headlineMetric = s.text(12);
    r.bestLabel = s.text(13);
    r.bestValue = s.real(14);
    r.checkpointsDone = int(s.integer(15));
    r.checkpointsTotal = int(s.integer(16));
    r.elapsedSeconds = s.real(17);
    r.writerHost = s.text(18);
    r.writerPid = s.integer(19);
    return r;
}

std::string escapeLike(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

bool better(double candidate, double current, bool lowerIsBetter) {
    if (std::isnan(candidate)) return false;
    if (std::isnan(current)) return true;
    return lowerIsBetter ? candidate < current : candidate > current;
}

} // namespace tb::store

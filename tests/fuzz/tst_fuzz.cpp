// A seeded config fuzzer (issue 8, item 7). Every shipped preset (discovered at run time with
// `trialbench-cli presets --json`, so presets added later are covered) is mutated — wrong types,
// out-of-range, huge and non-finite numbers, number tokens beyond a double, missing, extra and duplicate
// keys, odd keys and strings, invalid UTF-8, truncated text — and run through the real `trialbench-cli run`.
// Every case must end with exit 0 (a finished run, one JSON object on stdout) or exit 2 (every stderr line
// names the file and a JSON path or line:column, on one clean line), never a crash, a hang or another code; a
// rejected config must leave an existing store byte-for-byte untouched (and create no -wal/-shm beside it).
//
// Accepted cases stay cheap: replicates are capped at 2 and the horizon at 20 000 after mutating (values that
// are invalid are left as they are, so they are still rejected). TB_FUZZ_SEED and TB_FUZZ_CASES override the
// fixed seed (1) and the number of cases (320, or 120 under the sanitizers); a failure prints the seed, the
// case, the mutations and the mutated config. TB_FUZZ_CLI runs another trialbench-cli binary.
#include <QtTest>

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run/Registry.h"

using Json = nlohmann::json;

namespace {

/// SplitMix64: the fuzzer's own deterministic generator (no std:: distributions).
struct Rand {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(next() % n); }
    bool percent(int p) { return below(100) < std::size_t(p); }
    template <class T> const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
};

using Ptr = Json::json_pointer;

void walk(const Json& v, const Ptr& p, std::vector<Ptr>& out) {
    out.push_back(p);
    if (v.is_object())
        for (auto it = v.begin(); it != v.end(); ++it) walk(it.value(), p / it.key(), out);
    else if (v.is_array())
        for (std::size_t i = 0; i < v.size(); ++i) walk(v[i], p / i, out);
}

std::vector<Ptr> paths(const Json& v, bool (*keep)(const Json&)) {
    std::vector<Ptr> all, out;
    walk(v, Ptr(), all);
    for (const auto& p : all)
        if (keep(v.at(p))) out.push_back(p);
    return out;
}

const std::vector<Json>& weirdValues() {
    static const std::vector<Json> v = {nullptr,
                                        true,
                                        false,
                                        0,
                                        -1,
                                        1,
                                        2,
                                        2.5,
                                        -2.5,
                                        1e300,
                                        -1e300,
                                        5e-324,
                                        1e-300,
                                        0.999999999999,
                                        std::numeric_limits<std::int64_t>::max(),
                                        std::uint64_t(9223372036854775808ULL),
                                        std::numeric_limits<std::uint64_t>::max(),
                                        std::numeric_limits<std::int64_t>::min(),
                                        9007199254740993LL,
                                        1000,
                                        1001,
                                        64,
                                        65,
                                        1000000,
                                        1000001,
                                        10000000000LL,
                                        10000000001LL,
                                        "",
                                        "x",
                                        "\xce\xb5-greedy",
                                        "\x1b[2J\x1b[31mred",
                                        "a\nb\r\tc",
                                        std::string(3000, 'z'),
                                        "\xe2\x80\xae"
                                        "evil",
                                        "ucb1",
                                        "bernoulli",
                                        Json::array(),
                                        Json::object(),
                                        Json::array({1, 2}),
                                        Json::array({0.5, 0.5}),
                                        Json::array({Json::array({0, 1})}),
                                        Json{{"type", "ucb1"}},
                                        Json{{"start", 0}}};
    return v;
}

const std::vector<std::string>& oddKeys() {
    static const std::vector<std::string> k = {"",     "a\nb",  "\x1b[1m", "type", "colour", "\xce\xb5",
                                               "seed", "label", "means",   "tau",  "m",      "__proto__",
                                               " ",    "a.b",   "[0]",     "\"q\""};
    return k;
}

const std::vector<std::string>& rawTokens() {
    static const std::vector<std::string> t = {"1e309",
                                               "-1e309",
                                               "1" + std::string(400, '0'),
                                               "-" + std::string(400, '9'),
                                               "1e-400",
                                               "-0",
                                               "NaN",
                                               "Infinity",
                                               "-Infinity",
                                               "0x10",
                                               "01",
                                               "1.",
                                               ".5",
                                               "+1",
                                               "18446744073709551616",
                                               "9007199254740993",
                                               "1e19",
                                               "9.007199254740993e15",
                                               "1E+2",
                                               "2e0",
                                               "1e999999999999999999"};
    return t;
}

const std::vector<std::string>& typeNames() {
    static const std::vector<std::string> t = {"uniform",       "epsilon-greedy",
                                               "softmax",       "etc",
                                               "ucb1",          "ucb-v",
                                               "moss",          "kl-ucb",
                                               "thompson-beta", "thompson-gaussian",
                                               "var-ts",        "bayes-ucb",
                                               "exp3",          "sw-ucb",
                                               "d-ucb",         "d-ts",
                                               "bernoulli",     "gaussian",
                                               "piecewise",     "adversarial",
                                               "ucb1-trap",     "doubling-blocks",
                                               "random",        "nope"};
    return t;
}

/// One mutated config: a JSON tree plus what only its text can carry.
struct Mutant {
    Json config;
    std::map<std::string, std::string> rawToken; ///< pointer -> number token written instead of the value
    std::string duplicateIn;                     ///< pointer of an object that gets a duplicate key
    bool hasDuplicate = false;
    std::string invalidUtf8In; ///< pointer of a string that gets a byte sequence that is not UTF-8
    bool hasInvalidUtf8 = false;
    std::size_t truncateAt = std::string::npos;
    std::vector<std::string> log;
};

std::string serialize(const Json& v, const Ptr& p, const Mutant& m) {
    const std::string here = p.to_string();
    if (auto it = m.rawToken.find(here); it != m.rawToken.end()) return it->second;
    if (v.is_object()) {
        std::string out = "{";
        bool first = true;
        if (m.hasDuplicate && m.duplicateIn == here && !v.empty()) { // the first key once more, up front
            out += Json(v.begin().key()).dump() + ":" + serialize(v.begin().value(), p / v.begin().key(), m);
            first = false;
        }
        for (auto it = v.begin(); it != v.end(); ++it) {
            out += (first ? "" : ",") + Json(it.key()).dump() + ":" + serialize(it.value(), p / it.key(), m);
            first = false;
        }
        return out + "}";
    }
    if (v.is_array()) {
        std::string out = "[";
        for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + serialize(v[i], p / i, m);
        return out + "]";
    }
    if (v.is_string() && m.hasInvalidUtf8 && m.invalidUtf8In == here) {
        std::string s = v.dump();
        s.insert(1, "\xff\xc0\xaf\xed\xa0\x80");
        return s;
    }
    return v.dump();
}

std::string text(const Mutant& m) {
    std::string t = serialize(m.config, Ptr(), m);
    if (m.truncateAt < t.size()) t.resize(m.truncateAt);
    return t;
}

bool isAny(const Json&) {
    return true;
}
bool isObject(const Json& v) {
    return v.is_object();
}
bool isArray(const Json& v) {
    return v.is_array() && !v.empty();
}
bool isNumber(const Json& v) {
    return v.is_number();
}
bool isString(const Json& v) {
    return v.is_string();
}

void mutateOnce(Mutant& m, Rand& r) {
    Json& c = m.config;
    const auto all = paths(c, isAny);
    switch (r.below(11)) {
    case 0: { // replace any value (not the root) with a value of another type or an extreme
        if (all.size() < 2) break;
        const Ptr p = all[1 + r.below(all.size() - 1)];
        c[p] = r.pick(weirdValues());
        m.log.push_back("replace " + p.to_string() + " by " + c[p].dump().substr(0, 60));
        break;
    }
    case 1: { // remove a key
        std::vector<Ptr> keys;
        for (const auto& p : all)
            if (!p.empty() && c.at(p.parent_pointer()).is_object()) keys.push_back(p);
        if (keys.empty()) break;
        const Ptr p = r.pick(keys);
        c.at(p.parent_pointer()).erase(p.back());
        m.log.push_back("remove " + p.to_string());
        break;
    }
    case 2: { // add an odd or misplaced key
        const auto objects = paths(c, isObject);
        if (objects.empty()) break;
        const Ptr p = r.pick(objects);
        const std::string key = r.pick(oddKeys());
        c[p][key] = r.pick(weirdValues());
        m.log.push_back("add " + Json(key).dump() + " in " + p.to_string());
        break;
    }
    case 3: { // push a number to a boundary or far beyond
        const auto numbers = paths(c, isNumber);
        if (numbers.empty()) break;
        const Ptr p = r.pick(numbers);
        const double x = c[p].get<double>();
        const std::vector<Json> choices = {-x, x * 1e10, x * 1e-10, x + 1, x - 1, 0, -1, 1e10 + 1, 1001, 65};
        c[p] = r.pick(choices);
        m.log.push_back("number " + p.to_string() + " = " + c[p].dump());
        break;
    }
    case 4: { // resize an array: empty, one item, or over a limit (1001 items)
        const auto arrays = paths(c, isArray);
        if (arrays.empty()) break;
        const Ptr p = r.pick(arrays);
        Json& a = c[p];
        const std::size_t how = r.below(3);
        if (how == 0)
            a = Json::array();
        else if (how == 1)
            a.erase(a.begin() + 1, a.end());
        else {
            const Json first = a[0];
            while (a.size() < 1001) a.push_back(first);
        }
        m.log.push_back("resize " + p.to_string() + " to " + std::to_string(a.size()));
        break;
    }
    case 5: { // swap a "type" (policy, environment, generator) for another name
        std::vector<Ptr> types;
        for (const auto& p : all)
            if (!p.empty() && (p.back() == "type" || p.back() == "generator" || p.back() == "arms") &&
                c.at(p).is_string())
                types.push_back(p);
        if (types.empty()) break;
        const Ptr p = r.pick(types);
        c[p] = r.pick(typeNames());
        m.log.push_back("type " + p.to_string() + " = " + c[p].dump());
        break;
    }
    case 6: { // a number token that no double holds, or that JSON does not allow
        const auto numbers = paths(c, isNumber);
        if (numbers.empty()) break;
        const Ptr p = r.pick(numbers);
        m.rawToken[p.to_string()] = r.pick(rawTokens());
        m.log.push_back("token " + p.to_string() + " = " + m.rawToken[p.to_string()].substr(0, 30));
        break;
    }
    case 7: { // a duplicate key
        std::vector<Ptr> objects;
        for (const auto& p : paths(c, isObject))
            if (!c.at(p).empty()) objects.push_back(p);
        if (objects.empty()) break;
        m.duplicateIn = r.pick(objects).to_string();
        m.hasDuplicate = true;
        m.log.push_back("duplicate the first key of " + m.duplicateIn);
        break;
    }
    case 8: { // bytes that are not UTF-8 inside a string
        const auto strings = paths(c, isString);
        if (strings.empty()) break;
        m.invalidUtf8In = r.pick(strings).to_string();
        m.hasInvalidUtf8 = true;
        m.log.push_back("invalid UTF-8 in " + m.invalidUtf8In);
        break;
    }
    case 9: // truncated text
        if (r.percent(40)) {
            m.truncateAt = r.below(c.dump().size());
            m.log.push_back("truncate at byte " + std::to_string(m.truncateAt));
        }
        break;
    default: // the whole document replaced
        if (r.percent(30)) {
            c = r.pick(weirdValues());
            m.log.push_back("root = " + c.dump().substr(0, 40));
        }
        break;
    }
}

/// Accepted cases must stay cheap: a valid replicate count above 2 or horizon above 20 000 is lowered.
void keepCheap(Mutant& m) {
    Json& c = m.config;
    if (!c.is_object()) return;
    auto validIntAbove = [](const Json& v, double limit) {
        return v.is_number() && v.get<double>() > limit && v.get<double>() <= 1e10 &&
               v.get<double>() == std::floor(v.get<double>());
    };
    if (c.contains("replicates") && validIntAbove(c["replicates"], 2) && !m.rawToken.count("/replicates"))
        c["replicates"] = 2;
    if (c.contains("horizon") && validIntAbove(c["horizon"], 20000) && !m.rawToken.count("/horizon"))
        c["horizon"] = 20000;
    // Survival: few tasks and few bootstrap refits (the analysis runs when a run ends).
    if (c.contains("tasks") && validIntAbove(c["tasks"], 2000) && !m.rawToken.count("/tasks"))
        c["tasks"] = 2000;
    if (c.contains("analysis") && c["analysis"].is_object())
        for (const char* key : {"bootstrap", "levelBootstrap"})
            if (c["analysis"].contains(key) && validIntAbove(c["analysis"][key], 10) &&
                !m.rawToken.count(std::string("/analysis/") + key))
                c["analysis"][key] = 10;
    // RLHF: small worlds and short training (the curves are exact over every candidate).
    if (c.contains("steps") && validIntAbove(c["steps"], 100) && !m.rawToken.count("/steps"))
        c["steps"] = 100;
    if (c.contains("world") && c["world"].is_object()) {
        Json& w = c["world"];
        if (w.contains("candidates") && validIntAbove(w["candidates"], 1000) &&
            !m.rawToken.count("/world/candidates"))
            w["candidates"] = 1000;
        if (w.contains("prompts") && validIntAbove(w["prompts"], 3) && !m.rawToken.count("/world/prompts"))
            w["prompts"] = 3;
    }
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// "FILE: PATH: message", "FILE:LINE:COLUMN: [PATH: ]message", or a whole-document problem.
bool locatedLine(const QByteArray& line, const QByteArray& file) {
    if (!line.startsWith(file + ":")) return false;
    const QString rest = QString::fromUtf8(line.mid(file.size() + 1));
    static const QRegularExpression atLineColumn(QStringLiteral("^\\d+:\\d+: \\S"));
    if (atLineColumn.match(rest).hasMatch()) return true;
    static const QString seg = QStringLiteral(R"((?:[A-Za-z0-9_-]+|\[(?:\d+|"(?:[^"\\]|\\.)*")\]))");
    static const QRegularExpression path(
        QStringLiteral("^ %1(?:\\.[A-Za-z0-9_-]+|\\[(?:\\d+|\"(?:[^\"\\\\]|\\\\.)*\")\\])*"
                       "(?:, %1(?:\\.[A-Za-z0-9_-]+|\\[(?:\\d+|\"(?:[^\"\\\\]|\\\\.)*\")\\])*)*: \\S")
            .arg(seg));
    if (path.match(rest).hasMatch()) return true;
    return rest == QLatin1String(" the config must be a JSON object") || rest.startsWith(" ... and ");
}

bool cleanText(const QByteArray& b) {
    for (qsizetype i = 0; i < b.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(b[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
        if (c == 0xc2 && i + 1 < b.size() && static_cast<unsigned char>(b[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(b[i + 1]) <= 0x9f)
            return false; // a C1 control
    }
    return true;
}

} // namespace

class TestFuzz : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base; ///< a store with one run of each preset: copied before each case, compared after
    std::vector<std::pair<std::string, Json>> m_presets;

    struct Result {
        int code = -1;
        bool crashed = false, timedOut = false;
        QByteArray out, err;
    };

    /// The CLI under test: the one built beside this test, or $TB_FUZZ_CLI (e.g. an older build, to show what
    /// the fuzzer finds there).
    static QString cliPath() {
        return qEnvironmentVariableIsSet("TB_FUZZ_CLI") ? qEnvironmentVariable("TB_FUZZ_CLI")
                                                        : QStringLiteral(TB_CLI_PATH);
    }

    Result cli(const QStringList& args, int timeoutMs) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("TRIALBENCH_DB", m_dir.path() + "/never-default.sqlite");
        p.setProcessEnvironment(env);
        p.start(cliPath(), args);
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            r.timedOut = true;
            p.kill();
            p.waitForFinished();
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.path() + "/base.sqlite";
        const Result list = cli({"presets", "--json"}, 60000);
        QCOMPARE(list.code, 0);
        const Json presets = Json::parse(list.out.toStdString())["presets"];
        QVERIFY(!presets.empty());
        for (const auto& p : presets) {
            const std::string name = p["name"].get<std::string>();
            // The shipped preset, made cheap the way mutants are (one replicate; few tasks and refits).
            const tb::Preset* preset = tb::findPreset(name);
            QVERIFY(preset);
            Mutant cheap;
            cheap.config = preset->config;
            cheap.config["replicates"] = 1;
            keepCheap(cheap);
            const QString file = m_dir.path() + "/preset.json";
            {
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(QByteArray::fromStdString(cheap.config.dump()));
            }
            const Result run = cli({"run", file, "--db", m_base, "--json", "--threads", "1"}, 300000);
            QVERIFY2(run.code == 0, (name + ": " + run.err.toStdString()).c_str());
            const auto id = Json::parse(run.out.toStdString())["experiment_id"].get<std::int64_t>();
            const Result show = cli({"show", QString::number(id), "--db", m_base, "--json"}, 60000);
            QCOMPARE(show.code, 0);
            m_presets.push_back({name, Json::parse(show.out.toStdString())["config"]});
        }
        QVERIFY(!QFile::exists(m_base + "-wal"));
    }

    void mutatedPresetsExitZeroOrTwo() {
        const std::uint64_t seed = qEnvironmentVariableIsSet("TB_FUZZ_SEED")
                                       ? qEnvironmentVariable("TB_FUZZ_SEED").toULongLong()
                                       : 1;
        // 320 cases in the release build; 120 under the sanitizers (each CLI start costs about 0.3 s there),
        // which still covers every preset with every kind of mutation several times.
        const int defaultCases = qEnvironmentVariable("TB_SANITIZE") == QLatin1String("1") ? 120 : 320;
        const int cases = qEnvironmentVariableIsSet("TB_FUZZ_CASES")
                              ? qEnvironmentVariableIntValue("TB_FUZZ_CASES")
                              : defaultCases;
        qInfo("fuzz seed %llu, %d cases over %zu presets (TB_FUZZ_SEED, TB_FUZZ_CASES)",
              (unsigned long long)seed, cases, m_presets.size());
        const QByteArray baseBytes = fileBytes(m_base);
        const QString cfg = m_dir.path() + "/case.json";
        const QString db = m_dir.path() + "/case.sqlite";
        int accepted = 0, rejected = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < cases; ++i) {
            Rand r{seed * 0x100000001B3ULL + std::uint64_t(i)};
            const auto& [name, preset] = m_presets[std::size_t(i) % m_presets.size()];
            Mutant m;
            m.config = preset;
            const std::size_t n = 1 + r.below(3);
            for (std::size_t k = 0; k < n; ++k) mutateOnce(m, r);
            keepCheap(m);
            const std::string t = text(m);
            {
                QFile f(cfg);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(t.data(), qint64(t.size()));
            }
            QFile::remove(db);
            QFile::remove(db + "-wal");
            QFile::remove(db + "-shm");
            QVERIFY(QFile::copy(m_base, db));
            const Result res = cli({"run", cfg, "--db", db, "--json", "--threads", "2"}, 120000);

            std::string log;
            for (const auto& l : m.log) log += "\n  " + l;
            const std::string context = "fuzz seed " + std::to_string(seed) + ", case " + std::to_string(i) +
                                        " (preset " + name + "), mutations:" + log + "\nconfig (" +
                                        std::to_string(t.size()) + " bytes): " + t.substr(0, 4000) +
                                        "\nexit " + std::to_string(res.code) + ", stderr:\n" +
                                        res.err.toStdString().substr(0, 4000);
            QVERIFY2(!res.timedOut, ("timed out: " + context).c_str());
            QVERIFY2(!res.crashed, ("crashed: " + context).c_str());
            QVERIFY2(res.code == 0 || res.code == 2, ("unexpected exit code: " + context).c_str());
            QVERIFY2(cleanText(res.err), ("raw control characters on stderr: " + context).c_str());
            if (res.code == 2) {
                ++rejected;
                QVERIFY2(res.out.isEmpty(), ("output on stdout: " + context).c_str());
                const QList<QByteArray> lines = res.err.trimmed().split('\n');
                QVERIFY2(!res.err.trimmed().isEmpty(), ("no message: " + context).c_str());
                for (const QByteArray& line : lines)
                    QVERIFY2(locatedLine(line, cfg.toUtf8()),
                             ("a line without file and JSON path or line:column: " + line.toStdString() +
                              "\n" + context)
                                 .c_str());
                QVERIFY2(fileBytes(db) == baseBytes, ("the store was changed: " + context).c_str());
                QVERIFY2(!QFile::exists(db + "-wal") && !QFile::exists(db + "-shm"),
                         ("the store was opened: " + context).c_str());
            } else {
                ++accepted;
                QVERIFY2(res.err.isEmpty(), ("stderr on success: " + context).c_str());
                Json out;
                try {
                    out = Json::parse(res.out.toStdString());
                } catch (const std::exception& e) {
                    QFAIL(("stdout is not one JSON object: " + context).c_str());
                }
                QVERIFY2(out.value("status", "") == "finished", ("not finished: " + context).c_str());
            }
        }
        qInfo("%d accepted, %d rejected in %.1f s", accepted, rejected, double(timer.elapsed()) / 1000);
        // Both outcomes occur (a fuzzer that only produces syntax errors tests little).
        QVERIFY(accepted >= cases / 20);
        QVERIFY(rejected >= cases / 2);
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"

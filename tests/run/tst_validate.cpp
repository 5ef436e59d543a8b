// tb::validate (issue 9, item 1): it reports exactly the issues tb::prepare would, without creating the
// experiment, for every shipped preset and for broken variants of each of them: the fuzzer's kinds of
// mutation (tests/fuzz) applied systematically to every value (removed, of another type, extreme, lists
// emptied or over their limit, types swapped), configs over the memory, set-up and simulation limits, and
// documents that are no config at all.
#include <QtTest>

#include "run/Registry.h"

using namespace tb;

namespace {

std::vector<Issue> prepareIssues(const Json& config, const PrepareOptions& options = {}) {
    try {
        (void)prepare(config, options);
    } catch (const InputError& e) {
        return e.issues();
    }
    return {};
}

QString text(const std::vector<Issue>& issues) {
    return QString::fromStdString(joinIssues(issues));
}

void paths(const Json& v, const Json::json_pointer& at, std::vector<Json::json_pointer>& out) {
    if (!at.empty()) out.push_back(at);
    if (v.is_object())
        for (auto it = v.begin(); it != v.end(); ++it) paths(it.value(), at / it.key(), out);
    else if (v.is_array())
        for (std::size_t i = 0; i < v.size(); ++i) paths(v[i], at / i, out);
}

/// Every broken (or, by chance, still valid) variant of `config` the fuzzer's mutation kinds give when
/// applied to each value in turn.
std::vector<std::pair<std::string, Json>> mutants(const Json& config) {
    std::vector<Json::json_pointer> all;
    paths(config, Json::json_pointer(), all);
    const std::vector<Json> weird = {Json("x"),  Json(-1),       Json(0),       Json(1e300), Json(nullptr),
                                     Json(true), Json::object(), Json::array(), Json(2.5),   Json(1e10 + 1)};
    const std::vector<std::string> typeNames = {"bernoulli", "gaussian", "piecewise", "adversarial",
                                                "ucb1",      "exp3",     "poisson",   "doubling-blocks",
                                                "random",    "gaussian"};
    std::vector<std::pair<std::string, Json>> out;
    for (const auto& p : all) {
        const std::string where = p.to_string();
        if (config.at(p.parent_pointer()).is_object()) {
            Json c = config;
            c.at(p.parent_pointer()).erase(p.back());
            out.push_back({"remove " + where, c});
        }
        for (const auto& w : weird) {
            Json c = config;
            c[p] = w;
            out.push_back({where + " = " + w.dump(), c});
        }
        const Json& v = config.at(p);
        if (v.is_array() && !v.empty()) {
            Json one = config, many = config;
            one[p] = Json::array({v[0]});
            while (many[p].size() < 1001) many[p].push_back(v[0]);
            out.push_back({"one item in " + where, one});
            out.push_back({"1001 items in " + where, many});
        }
        if (p.back() == "type" || p.back() == "arms" || p.back() == "generator")
            for (const auto& t : typeNames) {
                Json c = config;
                c[p] = t;
                out.push_back({where + " = " + t, c});
            }
        if (config.at(p.parent_pointer()).is_object()) {
            Json c = config;
            c[p.parent_pointer()]["unknown_key"] = 1;
            out.push_back({"unknown key beside " + where, c});
        }
    }
    return out;
}

} // namespace

class TestValidate : public QObject {
    Q_OBJECT
private slots:
    void presetsAreValid() {
        for (const auto& preset : presets()) {
            QVERIFY2(validate(preset.config).empty(), qPrintable(text(validate(preset.config))));
            QVERIFY(prepareIssues(preset.config).empty());
            QVERIFY(validate(*findKind(preset.config["kind"].get<std::string>()), preset.config).empty());
        }
    }

    void brokenPresetsGiveTheIssuesOfPrepare() {
        int broken = 0, cases = 0;
        for (const auto& preset : presets()) {
            Json base = preset.config;
            base["replicates"] = 2; // accepted cases stay cheap to create
            for (const auto& [what, config] : mutants(base)) {
                const auto expected = prepareIssues(config);
                const auto got = validate(config);
                QVERIFY2(got == expected,
                         qPrintable(QString::fromStdString(preset.name + ", " + what) +
                                    "\nvalidate: " + text(got) + "\nprepare: " + text(expected)));
                broken += expected.empty() ? 0 : 1;
                ++cases;
            }
        }
        qInfo("%d configs, %d of them broken", cases, broken);
        QVERIFY(broken > cases / 2);
    }

    void configsOverALimitAreRefusedByBoth() {
        ResourceLimits limits;
        limits.memoryBytes = 1e9;
        limits.memoryReason = "the test's limit";
        const PrepareOptions options{false, &limits};
        const Json classic = findPreset("classic-10-arm")->config;
        const Json trap = findPreset("adversarial")->config;
        std::vector<Json> over;
        Json c = classic; // memory: a million replicates of 64 policies on 1000 arms
        c["replicates"] = 1000000;
        c["environment"]["means"] = std::vector<double>(1000, 0.5);
        c["policies"] = std::vector<Json>(64, Json{{"type", "thompson-beta"}});
        over.push_back(c);
        c = classic; // simulation time: 10^10 rounds of a million replicates
        c["replicates"] = 1000000;
        c["horizon"] = 10000000000;
        over.push_back(c);
        c = trap; // set-up: ucb1-trap replays UCB1 over 10^8 rounds of 1000 arms
        c["horizon"] = 100000000;
        c["environment"]["arms"] = 1000;
        over.push_back(c);
        c = trap; // a cross-field check: ucb1-trap stores one arm per round
        c["horizon"] = 1000000000;
        over.push_back(c);
        for (const Json& config : over) {
            const auto expected = prepareIssues(config, options);
            QVERIFY(!expected.empty());
            QCOMPARE(text(validate(config, options)), text(expected));
        }
    }

    void documentsThatAreNoConfig() {
        const std::vector<Json> odd = {Json(),
                                       Json(3),
                                       Json::array(),
                                       Json::object(),
                                       Json{{"kind", 1}},
                                       Json{{"kind", "survival"}},
                                       Json{{"kind", "bandit"}}};
        for (const Json& config : odd) {
            const auto expected = prepareIssues(config);
            QVERIFY(!expected.empty());
            QCOMPARE(text(validate(config)), text(expected));
        }
    }
};

QTEST_MAIN(TestValidate)
#include "tst_validate.moc"

// Survival-game subjects (issue 10.9): tasks per second of each subject on one core, drawn directly and
// through the Runner (pooling included), and the Beta–geometric target of >= 10^7 trials per second per core.
#include <chrono>
#include <cstdio>
#include <thread>

#include "run/Registry.h"
#include "run/Runner.h"
#include "survival/Subjects.h"

using namespace tb;
using Clock = std::chrono::steady_clock;

namespace {
double seconds(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

double runnerRate(const Json& subject, std::int64_t tasks, int threads) {
    const Json c = {{"kind", "survival"},
                    {"seed", 1},
                    {"replicates", 8},
                    {"tasks", tasks},
                    {"cap", subject.value("type", "") == "bandit" ? 10000 : 0},
                    {"subjects", Json::array({subject})},
                    {"analysis", {{"bootstrap", 0}, {"levelBootstrap", 0}}}};
    Runner r(prepare(c), Runner::Options{threads, 1.0});
    const auto t0 = Clock::now();
    const auto s = r.run();
    (void)s;
    return double(tasks) * 8 / seconds(t0);
}
} // namespace

int main() {
    // The draw itself, one core.
    {
        Rng g = makeRng(1, 2);
        const survival::BetaGeometricSampler draw(1.5, 1.0);
        const std::int64_t n = 20000000;
        std::int64_t sum = 0;
        const auto t0 = Clock::now();
        for (std::int64_t i = 0; i < n; ++i) sum += draw(g, 0).value & 1;
        const double rate = double(n) / seconds(t0);
        std::printf(
            "beta-geometric draw (alpha 1.5, beta 1), 1 core: %.3g trials/s (target >= 1e7: %s)  [%lld]\n",
            rate, rate >= 1e7 ? "met" : "NOT met", (long long)sum);
    }
    const int hw = int(std::max(1u, std::thread::hardware_concurrency()));
    const Json subjects[] = {
        {{"type", "beta-geometric"}, {"alpha", 1.5}, {"beta", 1.0}},
        {{"type", "zeta"}, {"a", 2.5}},
        {{"type", "rank"}, {"candidates", 10000}, {"alpha", 0.3}, {"beta", 1.0}, {"noise", 0.5}},
        {{"type", "enumeration"}, {"candidates", 1000}, {"memory", false}},
        {{"type", "bandit"}, {"arms", 100}, {"payoff", 0.5}, {"policy", {{"type", "ucb1"}}}},
    };
    std::printf("\nthrough the Runner (8 replicates, pooled counts kept, no analysis):\n");
    std::printf("%-16s %16s %16s %8s\n", "subject", "1 thread", (std::to_string(hw) + " threads").c_str(),
                "ratio");
    for (const Json& s : subjects) {
        const std::int64_t tasks = s["type"] == "bandit" ? 2000 : s["type"] == "rank" ? 200000 : 2000000;
        const double one = runnerRate(s, tasks, 1), all = runnerRate(s, tasks, hw);
        std::printf("%-16s %12.3g t/s %12.3g t/s %7.2fx\n", s["type"].get<std::string>().c_str(), one, all,
                    all / one);
    }
    return 0;
}

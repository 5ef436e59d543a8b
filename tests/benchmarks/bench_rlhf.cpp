// RLHF world (issue 11.9): a full curve set — world, 5-member reward-model ensemble, exact best-of-n up to
// n = 10^4 (40 points) and 100 β values, K = 10^4 candidates, 10 prompts — on one core, target < 0.1 s; and
// policy-gradient training steps per second on that world, target >= 1 000 (plus a run through the Runner).
#include <chrono>
#include <cstdio>

#include "rlhf/Exact.h"
#include "rlhf/RlhfKind.h"
#include "rlhf/Training.h"
#include "run/Registry.h"
#include "run/Runner.h"

using namespace tb;
using namespace tb::rlhf;
using Clock = std::chrono::steady_clock;

namespace {
double seconds(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

Json benchConfig(const std::string& method) {
    return Json{
        {"kind", "rlhf"},
        {"seed", 1},
        {"replicates", 1},
        {"world", {{"prompts", 10}, {"candidates", 10000}, {"features", 4}}},
        {"bestOfN", {{"maxN", 10000}, {"points", 40}}},
        {"tilt", {{"betaMin", 0.02}, {"betaMax", 20}, {"points", 100}}},
        {"steps", 2000},
        {"pipelines", Json::array({{{"type", "rlhf"},
                                    {"labels", {{"pairs", 2000}}},
                                    {"rewardModel", {{"members", 5}, {"aggregator", "uncertainty-weighted"}}},
                                    {"optimizer", {{"method", method}, {"learningRate", 0.01}}}}})}};
}
} // namespace

int main() {
    const Json c = findKind("rlhf")->spec().withDefaults(benchConfig("pg"));
    const auto nGrid = nGridOf(c), betas = betaGridOf(c);
    std::printf("world: 10 prompts x 10^4 candidates x 4 features; 5-member UWO ensemble on 2 000 pairs;\n"
                "best-of-n at %zu values of n up to 10^4, tilt at %zu values of beta\n",
                nGrid.size(), betas.size());
    // Full curve set, repeated: world + labels + ensemble fit + curves.
    double best = 1e9, curvesOnly = 1e9, worldOnly = 1e9;
    for (int rep = 0; rep < 7; ++rep) {
        const auto t0 = Clock::now();
        World world(WorldSpec::fromConfig(c), 1, rep);
        const double tw = seconds(t0);
        Pipeline pipe(PipelineSpec::fromConfig(c["pipelines"][0]), world, 1, rep, 0, 1000);
        pipe.start();
        const auto t1 = Clock::now();
        const Curves cv = pipe.curves(nGrid, betas);
        const double tc = seconds(t1), total = seconds(t0);
        if (cv.bonKl.empty()) return 1;
        best = std::min(best, total);
        curvesOnly = std::min(curvesOnly, tc);
        worldOnly = std::min(worldOnly, tw);
    }
    std::printf("full curve set (best of 7):   %.4f s  (world %.4f s, curves %.4f s)  target < 0.1 s\n", best,
                worldOnly, curvesOnly);
    // Training steps per second on that world (metrics at every 10th step, as a live view samples them).
    for (const char* method : {"pg", "npg"}) {
        const Json cm = findKind("rlhf")->spec().withDefaults(benchConfig(method));
        World world(WorldSpec::fromConfig(cm), 1, 0);
        Pipeline pipe(PipelineSpec::fromConfig(cm["pipelines"][0]), world, 1, 0, 0, 1000);
        pipe.start();
        const auto t0 = Clock::now();
        const int steps = 2000;
        for (int s = 10; s <= steps; s += 10) {
            pipe.trainTo(s, {});
            (void)pipe.metrics();
        }
        std::printf("training (%s, metrics every 10 steps): %.0f steps/s  target >= 1 000\n", method,
                    steps / seconds(t0));
    }
    // Through the Runner on one thread (checkpoints, profiles, derivation), the same world and 2 000 steps.
    {
        Runner r(prepare(benchConfig("pg")), Runner::Options{1, 0.033});
        const auto t0 = Clock::now();
        const auto s = r.run();
        std::printf("Runner, 1 thread, whole run (curves + 2 000 steps + analysis): %.3f s (%s)\n",
                    seconds(t0), toString(s->status));
    }
    return 0;
}

// bench_sweep: what a sweep costs beyond its cells (issue 13.4). Not part of ctest: it measures time.
//
// A sweep of N cells (default 100) × 100 replicates of classic-10-arm over ε-greedy's ε, recorded in a store,
// against single runs of the same preset (100 replicates, recorded the same way), in the same process on the
// same threads. Single runs are measured before and after the sweep and their median is the reference; the
// sweep's pulls per second over its whole wall time (planning, each cell's prepare, threads, recording and
// the final summary included) must reach 90% of it.
//
// Usage: bench_sweep [--cells N] [--threads N] [--runs K]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

#include "run/Registry.h"
#include "run/Runner.h"
#include "run/Sweep.h"
#include "store/RunStore.h"
#include "store/SweepRunner.h"

using namespace tb;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

/// One recorded run of `config`: pulls per second over its wall time.
double singleRun(RunStore& store, const Json& config, int threads) {
    const auto t0 = Clock::now();
    Runner runner(prepare(config), Runner::Options{threads, 0.05});
    auto rec = store.recorder();
    const auto snap = runner.run(rec.get());
    return double(snap->stepsDone) / seconds(t0, Clock::now());
}

} // namespace

int main(int argc, char** argv) {
    int cells = 100, threads = 0, runs = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--cells" && i + 1 < argc)
            cells = std::max(2, std::atoi(argv[++i]));
        else if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: bench_sweep [--cells N] [--threads N] [--runs K]\n");
            return 2;
        }
    }
    const std::string path =
        (std::filesystem::temp_directory_path() / ("tb-bench-sweep-" + std::to_string(getpid()) + ".sqlite"))
            .string();
    const Json base = findPreset("classic-10-arm")->config; // 100 replicates × 10^4 pulls × 4 policies
    Json sweepConfig = base;
    sweepConfig["sweep"] = {
        {"parameters",
         {{{"path", "policies[3].epsilon"}, {"range", {{"from", 0.01}, {"to", 0.5}, {"count", cells}}}}}}};
    std::vector<double> single;
    double sweepRate = 0, sweepSeconds = 0;
    {
        RunStore store(path);
        for (int k = 0; k < runs; ++k) single.push_back(singleRun(store, base, threads));
        const auto t0 = Clock::now();
        SweepRunner::Options o;
        o.threads = threads;
        SweepRunner sweep(planSweep(sweepConfig), &store, o);
        if (sweep.run() != RunStatus::Finished) {
            std::fprintf(stderr, "the sweep did not finish: %s\n", sweep.message().c_str());
            return 1;
        }
        sweepSeconds = seconds(t0, Clock::now());
        sweepRate = sweep.progress().steps / sweepSeconds;
        for (int k = 0; k < runs; ++k) single.push_back(singleRun(store, base, threads));
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    std::sort(single.begin(), single.end());
    const double reference = single[single.size() / 2];
    std::printf("classic-10-arm, 100 replicates per run, %d threads (0 = all), recorded in a store\n",
                threads);
    std::printf("  single run (median of %zu, before and after): %.3g M pulls/s (min %.3g, max %.3g)\n",
                single.size(), reference / 1e6, single.front() / 1e6, single.back() / 1e6);
    std::printf("  sweep of %d cells over policies[3].epsilon: %.3g M pulls/s over %.2f s\n", cells,
                sweepRate / 1e6, sweepSeconds);
    std::printf("  sweep / single run: %.3f (target >= 0.90)\n", sweepRate / reference);
    return 0;
}

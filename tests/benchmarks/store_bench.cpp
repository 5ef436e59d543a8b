// store_bench: what storing costs (issue 3, item 5). Not part of ctest: it measures time.
//
//  (a) the classic-10-arm preset run with and without recording it in a store, same process, same run,
//  alternating
//      so that both see the same machine state; reports medians and the overhead ratio (target < 5%).
//  (b) `list` on a store with 10 000 experiments: RunStore::listExperiments() on a fresh connection, and the
//  whole
//      `trialbench-cli list --json` process (target < 100 ms).
//
// Usage: store_bench [--repeats N] [--threads N] [--experiments N] [--json]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

#include "CloneExperiments.h"
#include "run/Registry.h"
#include "run/Runner.h"
#include "store/RunStore.h"

using namespace tb;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

double cpuNow() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

/// Forwards to the recorder and adds up the wall time spent in its callbacks (all on the run's controlling
/// thread): the part of the run's time that storing costs, robust against other load on the machine.
struct TimedObserver : RunObserver {
    RunObserver* inner = nullptr;
    double spent = 0, start = 0, checkpoints = 0, finish = 0;
    template <class F> void timed(double& part, F f) {
        const auto t0 = Clock::now();
        f();
        const double d = std::chrono::duration<double>(Clock::now() - t0).count();
        spent += d;
        part += d;
    }
    void onStart(const Prepared& p, const Snapshot& s) override {
        timed(start, [&] { inner->onStart(p, s); });
    }
    void onCheckpoint(std::size_t cp, const Snapshot& s) override {
        timed(checkpoints, [&] { inner->onCheckpoint(cp, s); });
    }
    void onFinish(const Snapshot& s) override {
        timed(finish, [&] { inner->onFinish(s); });
    }
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

int main(int argc, char** argv) {
    int repeats = 7, threads = 0, experiments = 10000;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--repeats" && i + 1 < argc)
            repeats = std::max(1, std::atoi(argv[++i]));
        else if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--experiments" && i + 1 < argc)
            experiments = std::max(1, std::atoi(argv[++i]));
        else if (a == "--json")
            json = true;
        else {
            std::fprintf(stderr,
                         "usage: store_bench [--repeats N] [--threads N] [--experiments N] [--json]\n");
            return 2;
        }
    }
    char tmpl[] = "/tmp/tb-store-bench-XXXXXX";
    if (!mkdtemp(tmpl)) return 1;
    const std::filesystem::path dir = tmpl;

    // (a) Recording overhead on classic-10-arm.
    const Preset* preset = findPreset("classic-10-arm");
    if (!preset) {
        std::fprintf(stderr, "store_bench: preset classic-10-arm not found\n");
        return 1;
    }
    const Prepared prepared = prepare(preset->config);
    RunStore store((dir / "runs.sqlite").string());
    std::vector<double> plain, stored, inRecorder, plainCpu, storedCpu;
    std::size_t checkpoints = 0;
    {
        Runner warm(prepared, Runner::Options{threads, 0.02}); // warm caches and the allocator
        warm.run();
    }
    for (int r = 0; r < repeats; ++r) {
        for (int withStore = 0; withStore < 2; ++withStore) {
            Runner runner(prepared, Runner::Options{threads, 0.02});
            const double c0 = cpuNow();
            const auto t0 = Clock::now();
            std::shared_ptr<const Snapshot> snap;
            if (withStore) {
                auto rec = store.recorder();
                TimedObserver timedRec;
                timedRec.inner = rec.get();
                snap = runner.run(&timedRec);
                inRecorder.push_back(timedRec.spent);
                if (std::getenv("STORE_BENCH_VERBOSE"))
                    std::fprintf(stderr, "recorder: start %.4f s, checkpoints %.4f s, finish %.4f s\n",
                                 timedRec.start, timedRec.checkpoints, timedRec.finish);
            } else {
                snap = runner.run();
            }
            const double s = seconds(t0, Clock::now());
            (withStore ? storedCpu : plainCpu).push_back(cpuNow() - c0);
            if (snap->status != RunStatus::Finished) {
                std::fprintf(stderr, "store_bench: run %s: %s\n", toString(snap->status),
                             snap->message.c_str());
                return 1;
            }
            checkpoints = snap->done;
            (withStore ? stored : plain).push_back(s);
        }
    }
    const double mPlain = median(plain), mStored = median(stored);
    const double overhead = (mStored / mPlain - 1.0) * 100.0;
    const double mRecorder = median(inRecorder);
    const double mPlainCpu = median(plainCpu), mStoredCpu = median(storedCpu);
    const double cpuOverhead = (mStoredCpu / mPlainCpu - 1.0) * 100.0;
    const double recorderShare = mRecorder / mPlain * 100.0;

    // (b) list latency on a store with `experiments` experiments: one real recorded experiment cloned in one
    // transaction (experiment rows with their summaries, runs and a tag on every tenth), series not cloned
    // since listing never reads them.
    const std::string bigPath = (dir / "big.sqlite").string();
    double populate = 0;
    {
        RunStore big(bigPath);
        Runner runner(prepare(preset->config), Runner::Options{threads, 0.02});
        auto rec = big.recorder();
        runner.run(rec.get());
        const auto t0 = Clock::now();
        sqlite3* db = big.handle();
        bench::cloneExperimentOne(db, experiments - 1);
        populate = seconds(t0, Clock::now());
    }
    std::vector<double> listApi, listApiCpu, listCli;
    std::size_t listed = 0;
    for (int r = 0; r < repeats; ++r) {
        const auto t0 = Clock::now();
        const double c0 = cpuNow();
        RunStore s(bigPath); // fresh connection: open + migrate check + stale-run check + list
        listed = s.listExperiments().size();
        listApi.push_back(seconds(t0, Clock::now()));
        listApiCpu.push_back(cpuNow() - c0);
    }
#ifdef TB_CLI_PATH
    for (int r = 0; r < repeats; ++r) {
        const std::string cmd = std::string(TB_CLI_PATH) + " list --json --db '" + bigPath + "' > /dev/null";
        const auto t0 = Clock::now();
        if (std::system(cmd.c_str()) != 0) {
            std::fprintf(stderr, "store_bench: %s failed\n", cmd.c_str());
            return 1;
        }
        listCli.push_back(seconds(t0, Clock::now()));
    }
#endif
    const double mApiCpu = median(listApiCpu);
    const double mApi = median(listApi), mCli = listCli.empty() ? 0.0 : median(listCli);

    if (json) {
        std::printf(
            "{\"classic_10_arm\":{\"repeats\":%d,\"checkpoints\":%zu,\"seconds_without_store\":%.6f,"
            "\"seconds_with_store\":%.6f,\"overhead_percent\":%.3f,\"cpu_seconds_without_store\":%.6f,"
            "\"cpu_seconds_with_store\":%.6f,\"cpu_overhead_percent\":%.3f,\"seconds_in_recorder\":%.6f,"
            "\"recorder_percent\":%.3f},\"list\":{\"experiments\":%zu,\"populate_seconds\":%.3f,"
            "\"api_ms\":%.3f,\"api_cpu_ms\":%.3f,\"cli_ms\":%.3f}}\n",
            repeats, checkpoints, mPlain, mStored, overhead, mPlainCpu, mStoredCpu, cpuOverhead, mRecorder,
            recorderShare, listed, populate, mApi * 1e3, mApiCpu * 1e3, mCli * 1e3);
    } else {
        std::printf("store_bench (medians of %d repeats; SQLite %s)\n", repeats, sqlite3_libversion());
        std::printf("(a) classic-10-arm, %zu checkpoints, threads=%d (0 = all)\n", checkpoints, threads);
        std::printf("    without store  %8.4f s\n", mPlain);
        std::printf("    with store     %8.4f s\n", mStored);
        std::printf("    overhead       %+7.2f %%   (target < 5 %%; wall-clock difference, noisy on a busy "
                    "machine)\n",
                    overhead);
        std::printf("    CPU time       %8.4f s -> %.4f s: %+.2f %% (all threads, writer included)\n",
                    mPlainCpu, mStoredCpu, cpuOverhead);
        std::printf("    in Recorder    %8.4f s = %.2f %% of the run without store (time spent storing)\n",
                    mRecorder, recorderShare);
        std::printf("(b) list on a store with %zu experiments (populated in %.2f s)\n", listed, populate);
        std::printf("    RunStore open + listExperiments()  %7.2f ms   (target < 100 ms), CPU %.2f ms\n",
                    mApi * 1e3, mApiCpu * 1e3);
        if (!listCli.empty()) std::printf("    trialbench-cli list --json process %7.2f ms\n", mCli * 1e3);
    }
    if (!std::getenv("STORE_BENCH_KEEP"))
        std::filesystem::remove_all(dir);
    else
        std::fprintf(stderr, "kept %s\n", dir.c_str());
    return 0;
}

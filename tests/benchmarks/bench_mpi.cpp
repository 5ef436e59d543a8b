// Cluster runs (issue 13.4): wall time of one long bandit run under `mpirun -np 1` and `mpirun -np 2`, one
// worker thread per rank, and the speed-up (target on a 2-core machine: at least 1.7x); for reference the
// same run in one process with the thread pool, 1 and 2 threads. Prints the load average before each run:
// other work on the machine makes the figures meaningless. Usage:
//   bench_mpi [--horizon H] [--replicates R] [--repeat K]   (defaults 1000000, 16, 3; the best of K is kept)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace {

double benchMpiLoad() {
    std::ifstream f("/proc/loadavg");
    double l = 0;
    f >> l;
    return l;
}

/// ranks > 0: mpirun -np ranks, one thread per rank; ranks < 0: one process of -ranks threads.
double benchMpiRun(int ranks, const std::string& config, std::string& line) {
    const std::string tail = " run '" + config + "' --threads " + std::to_string(ranks > 0 ? 1 : -ranks) +
                             (ranks > 0 ? " --mpi" : "") + " --no-store --json 2>&1";
    const std::string cmd = ranks > 0 ? std::string(TB_MPIEXEC) + " --oversubscribe -np " +
                                            std::to_string(ranks) + " " + TB_CLI_PATH + tail
                                      : std::string(TB_CLI_PATH) + tail;
    const auto t0 = std::chrono::steady_clock::now();
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return -1;
    line.clear();
    char buf[4096];
    while (std::fgets(buf, sizeof buf, p)) line += buf;
    const int rc = pclose(p);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return rc == 0 ? s : -1;
}

} // namespace

int main(int argc, char** argv) {
    long long horizon = 1000000;
    int replicates = 16, repeat = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--horizon") horizon = std::atoll(argv[i + 1]);
        if (a == "--replicates") replicates = std::atoi(argv[i + 1]);
        if (a == "--repeat") repeat = std::atoi(argv[i + 1]);
    }
    setenv("OMPI_ALLOW_RUN_AS_ROOT", "1", 0);
    setenv("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1", 0);
    const std::string config =
        R"({"kind":"bandit","environment":{"type":"bernoulli","means":[0.05,0.15,0.25,0.35,0.45,0.55,0.65,0.75,0.85,0.95]},)"
        R"("policies":[{"type":"ucb1"},{"type":"thompson-beta"},{"type":"kl-ucb"},{"type":"epsilon-greedy","epsilon":0.1}],)"
        R"("horizon":)" +
        std::to_string(horizon) + R"(,"replicates":)" + std::to_string(replicates) + R"(,"seed":1})";
    std::printf("classic-10-arm policies, horizon %lld, %d replicates, 1 thread per rank, best of %d\n",
                horizon, replicates, repeat);
    // [0] -np 1, [1] -np 2, [2] 1 thread, [3] 2 threads
    const int setups[4] = {1, 2, -1, -2};
    double best[4] = {1e300, 1e300, 1e300, 1e300};
    std::string out[4];
    for (int k = 0; k < repeat; ++k)
        for (int i = 0; i < 4; ++i) {
            const double load = benchMpiLoad();
            std::string line;
            const double s = benchMpiRun(setups[i], config, line);
            if (s < 0) {
                std::printf("run %d failed:\n%s\n", setups[i], line.c_str());
                return 1;
            }
            if (setups[i] > 0)
                std::printf("  mpirun -np %d: %.2f s (load average before: %.2f)\n", setups[i], s, load);
            else
                std::printf("  thread pool, %d thread%s: %.2f s (load average before: %.2f)\n", -setups[i],
                            setups[i] == -1 ? "" : "s", s, load);
            if (s < best[i]) best[i] = s;
            out[i] = line;
        }
    const bool same = out[1] == out[0] && out[2] == out[0] && out[3] == out[0];
    std::printf("1 rank %.2f s, 2 ranks %.2f s: speed-up %.2fx\n", best[0], best[1], best[0] / best[1]);
    std::printf("thread pool: 1 thread %.2f s, 2 threads %.2f s: speed-up %.2fx\n", best[2], best[3],
                best[2] / best[3]);
    std::printf("results %s\n", same ? "identical" : "DIFFER");
    return same ? 0 : 1;
}

// Stop latency (issue 8.3): how long after a Stop, or a signal to trialbench-cli, a run at horizon 10^10
// ends. Target: under 100 ms for every policy and every stop signal. Prints one line per measurement and the
// maximum;
// --json prints one object instead.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "bandit/BanditModel.h"
#include "run/Registry.h"
#include "run/Runner.h"

using namespace tb;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

Json hugeConfig(const std::string& policy) {
    return {{"kind", "bandit"},
            {"seed", 1},
            {"replicates", 4},
            {"horizon", 10000000000LL},
            {"environment", {{"type", "bernoulli"}, {"means", {0.30, 0.42, 0.45, 0.50, 0.52}}}},
            {"policies", {{{"type", policy}}}}};
}

/// Runner::requestStop() from another thread while the first checkpoint (5·10^7 rounds per replicate) is
/// under way; the time until run() returns.
double runnerStop(const std::string& policy) {
    Runner runner(prepare(hugeConfig(policy)), {2, 0.05});
    std::thread t([&] { runner.run(); });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const auto t0 = Clock::now();
    runner.requestStop();
    t.join();
    return ms(Clock::now() - t0);
}

/// A real `trialbench-cli run` recording into a store, sent `sig` after 500 ms: time until the process has
/// exited (the store flushed and the run marked interrupted), and its exit code.
std::pair<double, int> cliStop(const std::string& cli, const std::string& dir, int sig) {
    const std::string config = dir + "/huge.json", db = dir + "/stop.sqlite";
    std::ofstream(config) << hugeConfig("kl-ucb").dump();
    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        execl(cli.c_str(), cli.c_str(), "run", config.c_str(), "--db", db.c_str(), "--threads", "2",
              static_cast<char*>(nullptr));
        _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const auto t0 = Clock::now();
    kill(pid, sig);
    int status = 0;
    waitpid(pid, &status, 0);
    return {ms(Clock::now() - t0), WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

} // namespace

int main(int argc, char** argv) {
    const bool json = argc > 1 && std::string(argv[1]) == "--json";
    double worst = 0;
    Json rows = Json::array();
    for (const auto& policy : bandit::policyTypeNames()) {
        const double t = runnerStop(policy);
        worst = std::max(worst, t);
        rows.push_back({{"what", "Runner::requestStop"}, {"policy", policy}, {"ms", t}});
        if (!json) std::printf("Runner stop, %-18s %7.1f ms\n", policy.c_str(), t);
    }
    char tmpl[] = "/tmp/tb-stop-XXXXXX";
    const std::string dir = mkdtemp(tmpl);
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
        const auto [t, code] = cliStop(TB_CLI_PATH, dir, sig);
        worst = std::max(worst, t);
        rows.push_back({{"what", "trialbench-cli run + signal"}, {"signal", sig}, {"ms", t}, {"exit", code}});
        if (!json) std::printf("CLI signal %2d (kl-ucb)        %7.1f ms, exit code %d\n", sig, t, code);
    }
    std::system(("rm -rf " + dir).c_str());
    if (json)
        std::printf("%s\n", Json{{"rows", rows}, {"worst_ms", worst}, {"target_ms", 100}}.dump().c_str());
    else
        std::printf("worst: %.1f ms (target < 100 ms)\n", worst);
    return 0;
}

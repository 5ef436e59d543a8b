// bench_bandit: pulls per second per bandit policy through the normal Runner, with each policy's final mean
// pseudo-regret beside it (so speed is never bought with wrong answers), on classic-10-arm, close-5-arm and
// low-mean-12-arm by default. Not part of ctest. The same code as `trialbench-cli bench` (tb::runBenchmark).
//   bench_bandit [--preset a,b] [--replicates N] [--policies a,b,...] [--threads 1,0] [--json]
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "run/Benchmark.h"

int main(int argc, char** argv) {
    tb::BenchOptions opt;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "bench_bandit: " << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        try {
            if (a == "--preset")
                opt.presets = tb::splitBenchList(next());
            else if (a == "--replicates")
                opt.replicates = std::stoi(next());
            else if (a == "--policies" || a == "--variants")
                opt.variants = tb::splitBenchList(next());
            else if (a == "--threads") {
                opt.threads.clear();
                for (const auto& t : tb::splitBenchList(next())) opt.threads.push_back(std::stoi(t));
            } else if (a == "--json")
                json = true;
            else if (a == "--help" || a == "-h") {
                std::cout << "usage: bench_bandit [--preset a,b] [--replicates N] [--policies a,b] "
                             "[--threads 1,0] [--json]\n";
                return 0;
            } else {
                std::cerr << "bench_bandit: unknown argument " << a << "\n";
                return 2;
            }
        } catch (const std::exception&) {
            std::cerr << "bench_bandit: bad value for " << a << "\n";
            return 2;
        }
    }
    try {
        if (!json) {
            std::printf("%-16s %-28s %7s %12s %9s %14s %22s\n", "preset", "policy", "threads", "pulls",
                        "seconds", "pulls/s", "final regret (95% CI)");
        }
        nlohmann::json rows = nlohmann::json::array();
        tb::runBenchmark(opt, [&](const tb::BenchRow& r) {
            if (json) {
                rows.push_back({{"preset", r.preset},
                                {"variant", r.variant},
                                {"threads", r.threads},
                                {"steps", r.steps},
                                {"seconds", r.seconds},
                                {"stepsPerSecond", r.stepsPerSecond},
                                {"metric", r.metric},
                                {"metricMean", r.metricMean},
                                {"metricCiHalf", r.metricCiHalf}});
            } else {
                std::printf("%-16s %-28s %7d %12lld %9.3f %13.3fM %13.1f ± %6.1f\n", r.preset.c_str(),
                            r.variant.c_str(), r.threads, static_cast<long long>(r.steps), r.seconds,
                            r.stepsPerSecond / 1e6, r.metricMean, r.metricCiHalf);
                std::fflush(stdout);
            }
        });
        if (json) std::cout << nlohmann::json{{"replicates", opt.replicates}, {"rows", rows}}.dump(2) << "\n";
    } catch (const tb::InputError& e) {
        std::cerr << "bench_bandit: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "bench_bandit: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

#pragma once
// Helpers shared by the widget tests: small configs and recording a run into a store the way the CLI does.
#include <cstdint>
#include <string>

#include "run/Registry.h"
#include "run/Runner.h"
#include "store/RunStore.h"

namespace tb::test {

/// classic-10-arm renamed, with few replicates and a short horizon.
inline Json smallConfig(const std::string& name, int replicates = 6, std::int64_t horizon = 1500) {
    Json c = loadConfigArgument("preset:classic-10-arm");
    c["name"] = name;
    c["replicates"] = replicates;
    c["horizon"] = horizon;
    return c;
}

/// Records one experiment through the engine directly (as the CLI does), returning its id.
inline std::int64_t record(RunStore& store, const Json& config) {
    Runner runner(prepare(config), Runner::Options{2, 0.0});
    auto rec = store.recorder();
    runner.run(rec.get());
    return rec->experimentId();
}

} // namespace tb::test

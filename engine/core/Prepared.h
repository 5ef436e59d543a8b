#pragma once
// A config that passed validation, with defaults filled, and the experiment made from it (see
// run/Registry.h: tb::prepare()).
#include <cstdint>
#include <memory>

#include "core/Kind.h"

namespace tb {

struct Prepared {
    const Kind* kind = nullptr;
    Json config; ///< complete config (defaults filled): what is stored and re-run
    std::shared_ptr<const Experiment> experiment;
    std::uint64_t seed = 0;
    int replicates = 0;
};

} // namespace tb

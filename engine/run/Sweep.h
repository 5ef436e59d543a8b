#pragma once
// Sweeps (docs/sweeps.md): a config whose "sweep" block names one or two numeric parameters by JSON path
// ("policies[0].epsilon", "environment.means[3]", "seed") with a list of values, a linear or log range, or a
// number of seeds. Every cell of the grid of values is the base config with the cell's values put in and its
// own seed, validated by the kind's ParamSpec like any config; a problem of a value is reported at the
// sweep's JSON path ("sweep.parameters[0].values[2]"). Planning allocates nothing in proportion to the
// cells' work: the sweep's cost is the sum of its cells' estimates and is refused over the limits like a run.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/Kind.h"
#include "run/Registry.h"

namespace tb {

/// One swept parameter.
struct SweepAxis {
    std::string path;  ///< JSON path into the config ("policies[0].epsilon"); "seed" for seeds
    std::string label; ///< the parameter's label from the kind's ParamSpec ("ε"), or the path's last key
    std::string name;  ///< short name for run labels: the path's last key with its index ("means[3]")
    std::vector<Json> values;
    bool log = false;   ///< a log range: drawn on a log axis
    bool seeds = false; ///< the axis replicates the sweep over seeds (not a parameter to plot against)
};

class SweepPlan {
public:
    const Kind* kind = nullptr;
    Json config; ///< the complete sweep config: the base with defaults filled and the "sweep" block as given
    Json base;   ///< the complete base config (no "sweep")
    std::vector<SweepAxis> axes; ///< one or two
    std::string metric; ///< the Series metric drawn against the axes (the kind's headline by default)

    /// Cells of the grid: the product of the axes' value counts. Cell c has coordinates in row-major order
    /// (the last axis varies fastest).
    std::size_t cells() const;
    std::vector<std::size_t> coords(std::size_t cell) const;
    /// The cell's seed: the seed axis's value when there is one, else mixSeed(seed, "sweep", cell), so every
    /// cell has its own reproducible streams and the cell's config run alone gives the same bits.
    std::uint64_t cellSeed(std::size_t cell) const;
    /// The complete config of cell `cell`: the base with the cell's values and seed put in.
    Json cellConfig(std::size_t cell) const;
    /// "epsilon=0.05, means[3]=0.4": what the cell's runs are labelled with.
    std::string cellText(std::size_t cell) const;
    /// The axes' values as numbers (NaN for a value that is not one), per axis.
    std::vector<double> axisNumbers(std::size_t axis) const;
};

/// A swept value as labels show it: integers in full (seeds), other numbers as formatNumber writes them.
std::string sweepValueText(const Json& value);
/// The value at a JSON path such as "policies[0].epsilon" in `config`, or null when there is none.
const Json* sweepValueAt(const Json& config, const std::string& path);

/// Whether `config` is a JSON object with a "sweep" key.
bool hasSweep(const Json& config);
/// The ParamSpec of the "sweep" block (documented by `trialbench-cli help-config sweep`).
const ParamSpec& sweepSpec();
/// Every problem of a sweep config, at JSON paths, without creating anything; empty when planSweep()
/// succeeds (the cells' grid is checked only by planSweep()).
std::vector<Issue> validateSweep(const Json& config, const PrepareOptions& options = {});
/// Validates and plans a sweep config. Throws InputError with every problem at its JSON path.
SweepPlan planSweep(const Json& config, const PrepareOptions& options = {});
/// The whole sweep's cost: the most expensive cell's memory and set-up (cells run one after another), the
/// sum of the cells' simulation time.
Cost sweepCost(const SweepPlan& plan);

/// At most this many cells in one sweep (two axes of 100 values).
inline constexpr std::size_t kMaxSweepCells = 10000;

} // namespace tb

#pragma once
// Sample data compiled into tb_survival (generated at build time from resources/data by
// cmake/EmbedText.cmake), so the CLI and the window can use it from any folder.
#include <string_view>

namespace tb::survival {

/// File name of the sample, as shipped in resources/data and shown as the source of its messages.
inline constexpr std::string_view kSampleDecayRatesName = "survival-game-decay-rates.csv";

/// The text of resources/data/survival-game-decay-rates.csv: decay rates of 30 language models read off the
/// paper's figure perf.png, with its provenance comments (header N_params,decay_rate,label_guess).
std::string_view sampleDecayRatesCsv();

} // namespace tb::survival

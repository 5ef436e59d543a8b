#pragma once
// Marks for the window's translations, without Qt. The engine, its store, its exports and the CLI speak
// English; the window shows the engine's display strings (labels, help, units, notes, warnings) in its own
// language by looking each one up in its translations (context "engine"). lupdate finds the marked strings
// because the window's lupdate runs with `-tr-function-alias QT_TRANSLATE_NOOP+=TB_TR` (docs/gui.md).
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

/// Marks an English display string for the window's translations; lupdate reads it as QT_TRANSLATE_NOOP.
/// It is the text itself: TB_TR("engine", "Cumulative pseudo-regret") is "Cumulative pseudo-regret". The
/// context is always "engine".
#define TB_TR(context, text) text

namespace tb {

/// `pattern` with %1 ... %9 replaced by args[0] ... args[8] in one pass (a %N in an argument stays as it is):
/// fill("early stop (step %1)", {"120"}) is "early stop (step 120)". A display string built from parts is
/// written this way, from a marked pattern that the kind lists in Kind::textPatterns() (or the engine in
/// tb::textPatterns()): the window translates the whole string by matching it against those patterns,
/// translating the pattern and the parts, and filling the translated pattern again.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

/// The patterns of core (ParamSpec's validation messages, the units of bytesText and secondsText).
const std::vector<const char*>& coreTextPatterns();

} // namespace tb

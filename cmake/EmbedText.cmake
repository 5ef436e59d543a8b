# Writes OUT (a C++ source) defining `std::string_view NAMESPACE::FUNCTION()` that returns the bytes of the text
# file IN, and including HEADER (which declares the function). Used for sample data that must work from any
# folder, with no resource file beside the executable (as cmake/EmbedPresets.cmake does for the presets).
file(READ "${IN}" text)
string(FIND "${text}" ")tbtext\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )tbtext\"")
endif()
get_filename_component(name "${IN}" NAME)
file(WRITE "${OUT}.tmp" "// Generated from ${name}: do not edit.\n#include \"${HEADER}\"\n\nnamespace ${NAMESPACE} {\nstd::string_view ${FUNCTION}() {\n    static constexpr char text[] = R\"tbtext(${text})tbtext\";\n    return {text, sizeof text - 1};\n}\n} // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)

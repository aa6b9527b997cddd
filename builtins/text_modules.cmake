# Text-processing modules in C++: `_json` (behind lib/json) and `_sre` (behind lib/re, on
# PCRE2's 8-bit library, which matches Ember's UTF-8 strings in place).
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)
target_sources(ember_builtins PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/json_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sre_match.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sre_pattern.cpp
)
target_link_libraries(ember_builtins PUBLIC PkgConfig::PCRE2)

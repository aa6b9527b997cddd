# unicodedata: names from the frontend's \N{...} table (ember_unicode_names), properties and
# normalization from utf8proc, East Asian widths and numeric values from ICU, opened on first
# use (builtins/lazy_library.h).
pkg_check_modules(ICU_UC REQUIRED icu-uc)
target_sources(ember_builtins PRIVATE ${CMAKE_CURRENT_LIST_DIR}/unicodedata_module.cpp)
target_link_libraries(ember_builtins PUBLIC ember_unicode_names)
ember_lazy_library(ICU_UC EMBER_ICU_UC_FILE)

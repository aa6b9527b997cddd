# Unit tests of str, bytes and bytearray (builtins/str_*.cpp, bytes_*.cpp, bytearray_type.cpp).
# Defined at the end of the top-level directory, where the builtins library exists.
function(ember_define_str_tests)
  find_package(GTest REQUIRED)  # imported targets are per directory: this runs at the top level
  file(GLOB str_test_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/unit/str_*_test.cpp)
  if(TARGET ember_builtins)
    ember_unit_test(str_tests SOURCES ${str_test_sources} LIBS ember_builtins ember_vm)
    target_compile_definitions(str_tests PRIVATE EMBER_STR_FULL_BUILTINS=1)
  else()
    # Without the builtins library: the str/bytes sources alone on top of the VM.
    set(str_own_sources
      str_args.cpp str_codecs.cpp str_format.cpp str_format_spec.cpp str_methods_case.cpp
      str_methods_search.cpp str_methods_split.cpp str_percent_format.cpp str_repr.cpp
      str_type.cpp str_unicode.cpp bytes_methods.cpp bytes_type.cpp bytearray_type.cpp)
    list(TRANSFORM str_own_sources PREPEND ${PROJECT_SOURCE_DIR}/builtins/)
    ember_unit_test(str_tests
      SOURCES ${str_test_sources} ${str_own_sources}
              ${PROJECT_SOURCE_DIR}/tests/unit/str_standalone_support.cpp
      LIBS ember_vm PkgConfig::UTF8PROC)
  endif()
endfunction()
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL ember_define_str_tests)

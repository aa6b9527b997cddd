# libFuzzer targets (EMBER_FUZZ=ON, clang only): tools/fuzz TARGET SECONDS runs one. Inputs
# that once made a target fail (crash, sanitizer report, or a run slower than the 10 s the
# test allows) live in regressions/TARGET/ and run as tests (LSan included).
foreach(target parse compile run jit)
  add_executable(fuzz_${target} ${CMAKE_CURRENT_LIST_DIR}/fuzz_${target}.cpp)
  target_link_libraries(fuzz_${target} PRIVATE ember_compiler ember_builtins ember_jit ember_vm)
  target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
  file(GLOB regressions CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/regressions/${target}/*)
  if(regressions)
    add_test(NAME fuzz/regressions/${target} COMMAND fuzz_${target} -timeout=10 ${regressions})
    set_tests_properties(fuzz/regressions/${target} PROPERTIES LABELS fuzz)
  endif()
endforeach()

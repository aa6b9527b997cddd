# The benchmark runner bench/run (see README "Benchmarks"). Included from tests/CMakeLists.txt.
# bench/runner checks that the runner itself works: it runs two programs at their small
# test-suite sizes (--quick -n 1) and inspects the table, the exit status and the JSON,
# then runs them against a fake mojo that fails or prints wrong output. No timing is checked.
if(NOT TARGET mojo)
  return()
endif()
find_program(EMBER_PYTHON3_11 NAMES python3.11 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(EMBER_PYTHON3_11 NAMES python3.11)
if(NOT EMBER_PYTHON3_11)
  message(WARNING "bench tests: python3.11 not found; bench/runner not registered")
  return()
endif()

add_test(NAME bench/runner
  COMMAND ${EMBER_PYTHON3_11} ${CMAKE_CURRENT_LIST_DIR}/runner_test.py
          ${EMBER_PYTHON3_11} $<TARGET_FILE:mojo> ${CMAKE_CURRENT_BINARY_DIR}/bench_runner)
set_tests_properties(bench/runner PROPERTIES LABELS "bench" TIMEOUT 300)

# ember_compiler is defined by frontend/compiler.cmake (included after tests/); target names
# are resolved at generate time.
ember_unit_test(compiler_tests
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/unit/compiler_test.cpp
  LIBS ember_compiler)
ember_unit_test(static_tests
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/unit/static_test.cpp
  LIBS ember_compiler)

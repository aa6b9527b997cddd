# float, complex, int and the number built-ins, through the VM (expected values from CPython 3.11).
# ember_builtins is defined after tests/ is added, so test for its source instead of the target.
if(EXISTS ${PROJECT_SOURCE_DIR}/builtins/install.cpp)
  ember_unit_test(numbers_tests
    SOURCES
      ${CMAKE_CURRENT_LIST_DIR}/numbers_float_test.cpp
      ${CMAKE_CURRENT_LIST_DIR}/numbers_complex_test.cpp
      ${CMAKE_CURRENT_LIST_DIR}/numbers_functions_test.cpp
      ${CMAKE_CURRENT_LIST_DIR}/numbers_int_test.cpp
    LIBS ember_builtins ember_vm)
endif()

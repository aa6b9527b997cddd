# Unit tests of the uncaught-exception report (vm/traceback.cpp, vm/suggestions.cpp).
ember_unit_test(traceback_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/traceback_test.cpp
  LIBS ember_vm)

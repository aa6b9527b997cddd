# Unit tests of the container types (tuple, list, dict, set, range, slice).
if(TARGET ember_builtins)
  file(GLOB containers_test_sources CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_LIST_DIR}/containers_*_test.cpp)
  ember_unit_test(containers_tests
    SOURCES ${containers_test_sources}
    LIBS ember_builtins ember_vm)
endif()

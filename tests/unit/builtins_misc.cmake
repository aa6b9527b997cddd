# object/type/function/exception types, builtin functions, io and sys.
# ember_builtins is defined after tests/ in the top-level CMakeLists.txt; linking to it by
# name works because targets are resolved at generate time.
if(EXISTS ${CMAKE_SOURCE_DIR}/builtins/install.cpp)
  ember_unit_test(builtins_misc_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/builtins_misc_test.cpp
    LIBS ember_builtins ember_vm)
endif()

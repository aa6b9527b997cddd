# object/type/function/exception types, builtin functions, io and sys.
if(TARGET ember_builtins)
  ember_unit_test(builtins_misc_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/builtins_misc_test.cpp
    LIBS ember_builtins ember_vm)
endif()

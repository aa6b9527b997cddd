if(TARGET ember_jit)
  ember_unit_test(jit_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/jit_ir_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/jit_backend_test.cpp
    LIBS ember_jit)
endif()

if(TARGET ember_syntax)
  ember_unit_test(frontend_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/lexer_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/parser_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/scope_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/source_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/unicode_names_test.cpp
    LIBS ember_syntax)
endif()

# Units for builtins/numeric (ember_numeric).
ember_unit_test(numeric_tests
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/numeric_cases_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/numeric_float_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/numeric_format_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/numeric_int_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/numeric_parse_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/numeric_misc_test.cpp
  LIBS ember_numeric)

# Numbers and singletons: int, bool, float, complex, None, NotImplemented, Ellipsis, and the
# number built-ins (abs, divmod, pow, round, hex, oct, bin).
target_sources(ember_builtins PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/complex_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/float_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/int_bytes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/int_parse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/int_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/none_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/number_dunders.cpp
  ${CMAKE_CURRENT_LIST_DIR}/number_functions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/number_support.cpp
)

# Numbers and singletons: int, bool, float, complex, None, NotImplemented, Ellipsis.
target_sources(ember_builtins PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/int_bytes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/int_parse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/int_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/none_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/number_support.cpp
)

# Text and binary sequences: str (+ iterator, formatting, codecs, Unicode data), bytes,
# bytearray.
target_sources(ember_builtins PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/str_args.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_codecs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_format.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_format_spec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_methods_case.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_methods_search.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_methods_split.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_percent_format.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_repr.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_unicode.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bytes_methods.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bytes_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bytearray_type.cpp
)
target_link_libraries(ember_builtins PUBLIC PkgConfig::UTF8PROC)

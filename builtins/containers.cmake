# Container types: tuple, list, dict (+ views), set/frozenset, range, slice.
target_sources(ember_builtins PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/container_util.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tuple_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/list_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/list_sort.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dict_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dict_views.cpp
  ${CMAKE_CURRENT_LIST_DIR}/set_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/range_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/slice_type.cpp
)

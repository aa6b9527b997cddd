# Private native helpers of the Python-source modules collections, functools, enum, datetime
# and traceback, and the gc module.
target_sources(ember_builtins PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/c_type_name_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/caller_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/datetime_os_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gc_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/traceback_module.cpp
)

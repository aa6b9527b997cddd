# object, type, function types, exceptions, builtin functions, io and sys.
target_sources(ember_builtins PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/object_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/type_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/function_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generator_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/async_generator_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exception_types.cpp
  ${CMAKE_CURRENT_LIST_DIR}/builtin_functions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mojo_text_parse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval_exec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/io.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sys_module.cpp
)

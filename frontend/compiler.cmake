# The bytecode compiler (AST -> CodeObject) and its bytecode listing.
add_library(ember_compiler STATIC
  ${CMAKE_SOURCE_DIR}/frontend/bytecode_dump.cpp
  ${CMAKE_SOURCE_DIR}/frontend/compile_class.cpp
  ${CMAKE_SOURCE_DIR}/frontend/compile_expr.cpp
  ${CMAKE_SOURCE_DIR}/frontend/compile_function.cpp
  ${CMAKE_SOURCE_DIR}/frontend/compile_match.cpp
  ${CMAKE_SOURCE_DIR}/frontend/compile_stmt.cpp
  ${CMAKE_SOURCE_DIR}/frontend/compile_try.cpp
  ${CMAKE_SOURCE_DIR}/frontend/compiler.cpp
  ${CMAKE_SOURCE_DIR}/frontend/diagnostics.cpp
  ${CMAKE_SOURCE_DIR}/frontend/mojo_def.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_compiler.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_deque.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_range.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_dtype.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_dunder.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_expr.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_fn.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_inline.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_lifecycle.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_list.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_set.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_simd.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_pointer.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_closure.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_python.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_raise.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_optional.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_testing.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_string.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_tuple.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_dict.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_params.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_traits.cpp
  ${CMAKE_SOURCE_DIR}/frontend/static_types.cpp
  ${CMAKE_SOURCE_DIR}/frontend/file_module_loader.cpp)
target_link_libraries(ember_compiler PUBLIC ember_syntax ember_vm)

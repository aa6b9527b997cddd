# The Python-source standard library (lib/*.py), embedded into the binary.
file(GLOB_RECURSE ember_stdlib_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/lib/*.py)
set(ember_stdlib_table ${CMAKE_BINARY_DIR}/generated/stdlib_table.cpp)
add_custom_command(
  OUTPUT ${ember_stdlib_table}
  COMMAND ${CMAKE_COMMAND} -DLIB_DIR=${CMAKE_SOURCE_DIR}/lib -DOUTPUT=${ember_stdlib_table}
          -P ${CMAKE_SOURCE_DIR}/cmake/embed_stdlib.cmake
  DEPENDS ${ember_stdlib_files} ${CMAKE_SOURCE_DIR}/cmake/embed_stdlib.cmake
  COMMENT "Embedding the Python standard library")
target_sources(ember_builtins PRIVATE ${ember_stdlib_table}
  ${CMAKE_CURRENT_LIST_DIR}/stdlib_sources.cpp)

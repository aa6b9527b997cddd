# Libraries opened on first use (builtins/lazy_library.h): only their headers are needed to
# build. dlopen is in libc from glibc 2.34, in libdl before.
target_sources(ember_builtins PRIVATE ${CMAKE_CURRENT_LIST_DIR}/lazy_library.cpp)
target_link_libraries(ember_builtins PUBLIC ${CMAKE_DL_LIBS})

# For the pkg-config module found as `prefix`: its headers, and its first library's own file
# name (libcrypto.so.3 for -lcrypto), which dlopen finds on the loader's search path, as the
# string macro `define`.
function(ember_lazy_library prefix define)
  list(GET ${prefix}_LINK_LIBRARIES 0 path)
  get_filename_component(path "${path}" REALPATH)
  get_filename_component(file "${path}" NAME)
  target_include_directories(ember_builtins PRIVATE ${${prefix}_INCLUDE_DIRS})
  target_compile_definitions(ember_builtins PRIVATE ${define}="${file}")
endfunction()

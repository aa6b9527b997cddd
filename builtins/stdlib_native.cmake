# Standard-library modules written in C++ (math, _random, time, posix, _struct, hashlib,
# io.StringIO); hashing comes from OpenSSL's libcrypto.
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto)
target_sources(ember_builtins PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/native_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/native_stdlib.cpp
  ${CMAKE_CURRENT_LIST_DIR}/native_struct_seq.cpp
  ${CMAKE_CURRENT_LIST_DIR}/math_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/math_special.cpp
  ${CMAKE_CURRENT_LIST_DIR}/math_integer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/random_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hashlib_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/time_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/posix_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/struct_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/memory_io.cpp
  ${CMAKE_CURRENT_LIST_DIR}/weakref_module.cpp
)
target_link_libraries(ember_builtins PUBLIC PkgConfig::LIBCRYPTO)

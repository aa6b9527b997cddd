# Standard-library modules written in C++ (math, _random, time, posix, _struct, hashlib,
# io.StringIO); hashing comes from OpenSSL's libcrypto, opened on first use
# (builtins/lazy_library.h): only its headers are needed to build.
pkg_check_modules(LIBCRYPTO REQUIRED libcrypto)
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
ember_lazy_library(LIBCRYPTO EMBER_LIBCRYPTO_FILE)

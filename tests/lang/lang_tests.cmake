# Whole-program tests (see tests/lang/README.md). Included from tests/CMakeLists.txt.
#
# Each tests/lang/<group>/<name>.py (or .gen, a generator of the program, or .mojo, a Mojo
# program with hand-written expected files) and each
# bench/<name>.py (expected files and .args in tests/lang/bench/; a typed bench/<name>.mojo
# is <name>_fn and shares them) becomes four tests, the JIT's three modes giving one output:
#   lang/<group>/<name>      check MOJO              run PROGRAM ARGS   (--jit=on, the default)
#   gcstress/<group>/<name>  check MOJO --gc-stress  run PROGRAM ARGS
#   jitoff/<group>/<name>    check MOJO --jit=off    run PROGRAM ARGS
#   jiteager/<group>/<name>  check MOJO --jit=eager  run PROGRAM ARGS
# Tests named in tests/lang/known_failures.txt are registered DISABLED.

if(NOT TARGET mojo)
  message(STATUS "lang tests: no 'mojo' target yet; whole-program tests not registered")
  return()
endif()

set(EMBER_LANG_DIR ${CMAKE_CURRENT_LIST_DIR})
find_program(EMBER_PYTHON3_11 NAMES python3.11 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(EMBER_PYTHON3_11 NAMES python3.11)
if(NOT EMBER_PYTHON3_11)
  message(WARNING "lang tests: python3.11 not found (tools/setup installs it); whole-program tests not registered")
  return()
endif()

file(GLOB ember_lang_programs CONFIGURE_DEPENDS
  ${EMBER_LANG_DIR}/*/*.py ${EMBER_LANG_DIR}/*/*.gen ${EMBER_LANG_DIR}/*/*.mojo
  ${CMAKE_SOURCE_DIR}/bench/*.py ${CMAKE_SOURCE_DIR}/bench/*.mojo)

# known_failures.txt: one ctest name per line; '#' starts a comment.
set(ember_known_failures "")
set(ember_known_file ${EMBER_LANG_DIR}/known_failures.txt)
if(EXISTS ${ember_known_file})
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ember_known_file})
  file(STRINGS ${ember_known_file} ember_known_lines)
  foreach(line IN LISTS ember_known_lines)
    string(REGEX REPLACE "#.*$" "" line "${line}")
    string(STRIP "${line}" line)
    if(line)
      list(APPEND ember_known_failures "${line}")
    endif()
  endforeach()
endif()

set(ember_lang_count 0)
set(ember_lang_disabled 0)
foreach(program IN LISTS ember_lang_programs)
  get_filename_component(name ${program} NAME_WLE)
  get_filename_component(dir ${program} DIRECTORY)
  get_filename_component(group ${dir} NAME)
  get_filename_component(fname ${program} NAME)
  if(fname MATCHES "^_")
    continue() # helper modules, not tests
  endif()
  if(group STREQUAL "bench" AND fname MATCHES "\\.mojo$")
    set(name ${name}_fn) # typed twin of bench/<name>.py, sharing its expected files
  endif()
  foreach(variant lang gcstress jitoff jiteager)
    set(test ${variant}/${group}/${name})
    set(flags "")
    if(variant STREQUAL "gcstress")
      set(flags --gc-stress)
    elseif(variant STREQUAL "jitoff")
      set(flags --jit=off)
    elseif(variant STREQUAL "jiteager")
      set(flags --jit=eager)
    endif()
    add_test(NAME ${test}
      COMMAND ${EMBER_PYTHON3_11} ${EMBER_LANG_DIR}/check $<TARGET_FILE:mojo> ${program} ${flags})
    # check kills the program after 60 s (EMBER_TEST_TIMEOUT); this is a backstop.
    # The two variants of a program never run at the same time (programs may write files).
    set_tests_properties(${test} PROPERTIES LABELS "${variant};${group}" TIMEOUT 150
      RESOURCE_LOCK "lang-program:${group}/${name}")
    math(EXPR ember_lang_count "${ember_lang_count} + 1")
    if(test IN_LIST ember_known_failures)
      set_tests_properties(${test} PROPERTIES DISABLED TRUE)
      math(EXPR ember_lang_disabled "${ember_lang_disabled} + 1")
    endif()
  endforeach()
endforeach()
message(STATUS "lang tests: ${ember_lang_count} registered, ${ember_lang_disabled} disabled by known_failures.txt")

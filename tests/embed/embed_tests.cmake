# The embedding API: host programs linked against libember.so, each a test.
add_executable(embed_api_tests ${CMAKE_CURRENT_LIST_DIR}/api_test.cpp
                               ${CMAKE_CURRENT_LIST_DIR}/limits_test.cpp)
target_link_libraries(embed_api_tests PRIVATE ember_shared GTest::gtest_main)
gtest_discover_tests(embed_api_tests DISCOVERY_MODE PRE_TEST PROPERTIES LABELS embed)

# The JIT is in the static archive only (see embed/vm_state.h).
add_executable(embed_jit_tests ${CMAKE_CURRENT_LIST_DIR}/jit_test.cpp)
target_link_libraries(embed_jit_tests PRIVATE ember_static GTest::gtest_main)
gtest_discover_tests(embed_jit_tests DISCOVERY_MODE PRE_TEST PROPERTIES LABELS embed)

find_package(Threads REQUIRED)
add_executable(embed_threads_test ${CMAKE_CURRENT_LIST_DIR}/threads_test.c)
ember_c_host(embed_threads_test)
target_link_libraries(embed_threads_test PRIVATE ember_shared Threads::Threads)
add_test(NAME embed/two_threads COMMAND embed_threads_test)

add_executable(embed_cycles_test ${CMAKE_CURRENT_LIST_DIR}/cycles_test.c)
ember_c_host(embed_cycles_test)
target_link_libraries(embed_cycles_test PRIVATE ember_shared)
add_test(NAME embed/create_destroy_cycles COMMAND embed_cycles_test 3000)

add_executable(embed_status_names_test ${CMAKE_CURRENT_LIST_DIR}/status_names_test.c)
ember_c_host(embed_status_names_test)
target_link_libraries(embed_status_names_test PRIVATE ember_shared)
add_test(NAME embed/status_names COMMAND embed_status_names_test)

# Installs into a temporary prefix, then builds and runs small hosts against the installed
# package with find_package(Ember) and with pkg-config.
add_test(NAME embed/installed_package
         COMMAND ${CMAKE_CURRENT_LIST_DIR}/install_test.sh ${CMAKE_BINARY_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/install_test ${CMAKE_COMMAND})
set_tests_properties(embed/two_threads embed/create_destroy_cycles embed/status_names
                     embed/installed_package
                     PROPERTIES LABELS embed)

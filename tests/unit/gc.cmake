ember_unit_test(gc_tests SOURCES ${CMAKE_CURRENT_LIST_DIR}/gc_heap_test.cpp LIBS ember_gc)

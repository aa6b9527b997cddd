# Classes defined in Python: building them, their slot functions, super and descriptors.
target_sources(ember_builtins PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/class_builder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/class_slots.cpp
  ${CMAKE_CURRENT_LIST_DIR}/descriptor_types.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generic_alias.cpp
  ${CMAKE_CURRENT_LIST_DIR}/super_type.cpp
)

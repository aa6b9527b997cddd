// Inline caches of the specialising interpreter. LoadGlobal, LoadAttr, StoreAttr and
// LoadMethod are followed by an AUX word holding the index of their cache in the code
// object; the interpreter fills the cache on a slow-path execution and takes the fast path
// while its guards hold. The JIT reads the same caches to specialise traces.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

struct DictObject;
struct Shape;

struct InlineCache {
  // Attribute caches: valid while the object's type is `type` at `type_version` and the
  // instance's attributes have `shape`.
  Type* type = nullptr;
  uint64_t type_version = 0;
  Shape* shape = nullptr;
  // LoadAttr/StoreAttr: the attribute's index in the shape. StoreAttr adding an attribute:
  // `next_shape` is the shape after the addition (null when overwriting).
  uint32_t index = 0;
  Shape* next_shape = nullptr;
  // LoadMethod: the function found on the type.
  Value value = Value::undefined();
  // LoadGlobal: valid while `globals` (the frame's) and the builtins keep their key sets
  // (`globals_keys`, `builtins_keys`); the value is entry `index` of the globals, or of the
  // builtins when `in_builtins`.
  DictObject* globals = nullptr;
  uint64_t globals_keys = 0;
  uint64_t builtins_keys = 0;
  bool in_builtins = false;
};

}  // namespace ember

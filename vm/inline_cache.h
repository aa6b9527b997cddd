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

// One receiver layout an attribute cache has seen: valid while the object's type is `type`
// at `type_version` and the instance's attributes have `shape`.
struct AttributeCacheEntry {
  Type* type = nullptr;
  uint64_t type_version = 0;
  Shape* shape = nullptr;
  // LoadAttr/StoreAttr: the attribute's index in the shape. StoreAttr adding an attribute:
  // `next_shape` is the shape after the addition (null when overwriting).
  uint32_t index = 0;
  Shape* next_shape = nullptr;
  // LoadMethod: the function found on the type.
  Value value = Value::undefined();
};

struct InlineCache {
  // Attribute caches are polymorphic: a method of a base class runs on instances of each
  // subclass, and instances of one class can have several shapes. Entries are replaced in
  // turn once all are used.
  static constexpr uint32_t kAttributeEntries = 4;
  AttributeCacheEntry entries[kAttributeEntries];
  uint32_t next_entry = 0;

  // The entry to (re)fill for a receiver of type `type` and shape `shape`: the one already
  // describing that pair (its type version is stale), else the next in turn.
  AttributeCacheEntry& entry_to_fill(Type* type, Shape* shape) {
    for (AttributeCacheEntry& e : entries) {
      if (e.type == type && e.shape == shape) return e;
    }
    AttributeCacheEntry& e = entries[next_entry];
    next_entry = (next_entry + 1) % kAttributeEntries;
    return e;
  }

  // LoadGlobal: valid while `globals` (the frame's) and the builtins keep their key sets
  // (`globals_keys`, `builtins_keys`); the value is entry `index` of the globals, or of the
  // builtins when `in_builtins`.
  DictObject* globals = nullptr;
  uint64_t globals_keys = 0;
  uint64_t builtins_keys = 0;
  uint32_t index = 0;
  bool in_builtins = false;
};

}  // namespace ember

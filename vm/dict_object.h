// dict: CPython 3.6+'s compact, insertion-ordered hash table.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

struct DictEntry {
  int64_t hash;
  Value key;  // Undefined marks a deleted entry
  Value value;
};

struct DictObject : Object {
  int64_t size;        // live entries
  int64_t used;        // entries slots used, live or deleted
  int64_t capacity;    // entries slots allocated
  DictEntry* entries;  // insertion order
  int64_t index_size;  // power of two
  int32_t* index;      // -1 empty, -2 dummy, else an entry number
  uint64_t version;    // bumped on every mutation (global-load caches guard on it)
};

// Lookups return Value::undefined() when the key is absent. Lookups may run Python __eq__
// and __hash__, and so may raise.
Value dict_get(VM& vm, DictObject* dict, Value key);
void dict_set(VM& vm, DictObject* dict, Value key, Value value);
// Returns false when the key was absent.
bool dict_delete(VM& vm, DictObject* dict, Value key);
// Fast paths for string keys (names, attributes, globals).
Value dict_get_str(VM& vm, DictObject* dict, StrObject* key);
void dict_set_str(VM& vm, DictObject* dict, StrObject* key, Value value);
void dict_clear(VM& vm, DictObject* dict);

}  // namespace ember

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
  // Bumped whenever the set of keys or the entry layout changes (not when a value is
  // replaced): global-load caches that remember an entry index guard on it.
  uint64_t keys_version;
};

// Lookups return Value::undefined() when the key is absent. Lookups may run Python __eq__
// and __hash__, and so may raise.
Value dict_get(VM& vm, DictObject* dict, Value key);
void dict_set(VM& vm, DictObject* dict, Value key, Value value);
// Returns false when the key was absent.
bool dict_delete(VM& vm, DictObject* dict, Value key);
// Index in `entries` of the entry for `key`, or -1 (for caches that read it directly).
int64_t dict_entry_index_str(VM& vm, DictObject* dict, StrObject* key);
// Fast paths for string keys (names, attributes, globals).
Value dict_get_str(VM& vm, DictObject* dict, StrObject* key);
void dict_set_str(VM& vm, DictObject* dict, StrObject* key, Value value);
void dict_clear(VM& vm, DictObject* dict);

// Variants for callers that already know the key's hash (copies, merges, sets of keys).
Value dict_get_hashed(VM& vm, DictObject* dict, Value key, int64_t hash);
void dict_set_hashed(VM& vm, DictObject* dict, Value key, int64_t hash, Value value);
// Removes `key`; stores its value in `*value` (when not null). Returns false when absent.
bool dict_pop_hashed(VM& vm, DictObject* dict, Value key, int64_t hash, Value* value);
// Removes the most recently inserted entry into `*entry`; false when the dict is empty.
bool dict_pop_last(VM& vm, DictObject* dict, DictEntry* entry);
// A new dict of type `type` with the same entries, in the same order.
DictObject* dict_copy(VM& vm, DictObject* dict, Type* type);
// Iteration: advances `*pos` past deleted entries; returns the next live entry or null.
inline DictEntry* dict_next(DictObject* dict, int64_t* pos) {
  while (*pos < dict->used) {
    DictEntry* e = &dict->entries[(*pos)++];
    if (!e->key.is_undefined()) return e;
  }
  return nullptr;
}

}  // namespace ember

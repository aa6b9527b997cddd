// set and frozenset: CPython's open-addressing hash table of (hash, key) entries, with the
// same probing, growth and deletion policy, so iteration (table) order matches CPython.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

struct SetEntry {
  int64_t hash;  // -1 for a dummy (deleted) entry
  Value key;     // undefined: never used; kSetDummy: deleted
};

constexpr int64_t kSetMinSize = 8;
// The key of a deleted entry (never visible to Python code).
constexpr uint64_t kSetDummyBits = Value::kTagSpecial | 0x7D;

struct SetObject : Object {
  int64_t fill;     // active + dummy entries
  int64_t used;     // active entries
  int64_t mask;     // table size - 1; the table is never null once initialised
  SetEntry* table;  // heap buffer of mask + 1 entries
  int64_t hash;     // frozenset: -1 until computed
  int64_t finger;   // where pop() resumes its search
};

inline bool set_entry_active(const SetEntry& e) {
  return !e.key.is_undefined() && e.hash != -1;
}

bool is_any_set(VM& vm, Value v);  // set, frozenset or a subclass
bool is_frozenset(VM& vm, Value v);

// A new empty set (or frozenset, or subclass) object with its minimal table.
SetObject* new_set_object(VM& vm, Type* type);
// set(iterable) / frozenset(iterable) for a base type; iterable may be undefined.
SetObject* new_set(VM& vm, Type* type, Value iterable);
// Hash used for set membership; a set key hashes as the frozenset of its items.
int64_t set_key_hash(VM& vm, Value key);
// Returns true when the key was added (false when already present).
bool set_add(VM& vm, SetObject* set, Value key);
bool set_add_hashed(VM& vm, SetObject* set, Value key, int64_t hash);
bool set_contains(VM& vm, SetObject* set, Value key);
bool set_contains_hashed(VM& vm, SetObject* set, Value key, int64_t hash);
// Returns true when the key was present and removed.
bool set_discard(VM& vm, SetObject* set, Value key);
bool set_discard_hashed(VM& vm, SetObject* set, Value key, int64_t hash);
void set_clear(VM& vm, SetObject* set);
// set.update(other) with CPython's fast paths for sets and dicts.
void set_update(VM& vm, SetObject* set, Value other);
// Resizes the table to hold at least `min_used` entries (CPython's set_table_resize).
void set_table_resize(VM& vm, SetObject* set, int64_t min_used);
// Next active entry at or after *pos (advancing it), or null.
inline SetEntry* set_next(SetObject* set, int64_t* pos) {
  while (*pos <= set->mask) {
    SetEntry* e = &set->table[(*pos)++];
    if (set_entry_active(*e)) return e;
  }
  return nullptr;
}
// Set algebra with CPython's algorithms (and so its result orders).
SetObject* set_copy(VM& vm, SetObject* set, Type* type);
SetObject* set_intersection(VM& vm, SetObject* set, Value other);
SetObject* set_difference(VM& vm, SetObject* set, Value other);
void set_difference_update(VM& vm, SetObject* set, Value other);
void set_symmetric_difference_update(VM& vm, SetObject* set, Value other);
bool set_issubset(VM& vm, SetObject* set, Value other);
// Exchanges the contents of two sets (intersection_update).
void set_swap_bodies(SetObject* a, SetObject* b);
int64_t frozenset_hash_of(SetObject* set);

void trace_set(Object* self, Marker& marker);
void finalize_set(VM& vm, Object* self);

}  // namespace ember

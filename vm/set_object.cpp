#include "vm/set_object.h"

#include <cstring>

#include "vm/dict_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;
const Value kDummy = Value::from_bits(kSetDummyBits);

SetEntry* allocate_table(VM& vm, int64_t size) {
  void* memory;
  try {
    memory = vm.heap().allocate_buffer(size * sizeof(SetEntry));
  } catch (const OutOfMemory&) {
    vm.raise_memory_error();
  }
  auto* table = static_cast<SetEntry*>(memory);
  for (int64_t i = 0; i < size; ++i) table[i] = SetEntry{0, Value::undefined()};
  return table;
}

void free_table(VM& vm, SetEntry* table, int64_t mask) {
  if (table) vm.heap().free_buffer(table, (mask + 1) * sizeof(SetEntry));
}

bool keys_equal(VM& vm, Value stored, Value key) {
  if (stored.is(key)) return true;
  if (stored.is_object() && key.is_object() && stored.as_object()->type == vm.types.str &&
      key.as_object()->type == vm.types.str) {
    return str_equal(static_cast<StrObject*>(stored.as_object()),
                     static_cast<StrObject*>(key.as_object()));
  }
  Rooted keep(vm, stored);
  return values_equal(vm, stored, key);
}

// Inserts into a table known to hold no dummies and not the key.
void insert_clean(SetEntry* table, int64_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t m = static_cast<uint64_t>(mask);
  uint64_t i = static_cast<uint64_t>(hash) & m;
  while (true) {
    SetEntry* entry = &table[i];
    if (entry->key.is_undefined()) {
      *entry = SetEntry{hash, key};
      return;
    }
    if (i + kLinearProbes <= m) {
      for (int j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_undefined()) {
          *entry = SetEntry{hash, key};
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & m;
  }
}

// The entry holding `key`, or the unused entry that ends its probe chain.
SetEntry* lookup(VM& vm, SetObject* set, Value key, int64_t hash) {
restart:
  uint64_t mask = static_cast<uint64_t>(set->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (true) {
    SetEntry* entry = &set->table[i];
    int probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (entry->key.is_undefined()) return entry;
      if (entry->hash == hash) {
        Value start = entry->key;
        SetEntry* table = set->table;
        if (keys_equal(vm, start, key)) {
          if (table != set->table || !entry->key.is(start)) goto restart;
          return entry;
        }
        if (table != set->table || !entry->key.is(start)) goto restart;
        mask = static_cast<uint64_t>(set->mask);
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

}  // namespace

bool is_any_set(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  return t == vm.types.set || t == vm.types.frozenset || is_subtype(t, vm.types.set) ||
         is_subtype(t, vm.types.frozenset);
}

bool is_frozenset(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  return t == vm.types.frozenset || is_subtype(t, vm.types.frozenset);
}

SetObject* new_set_object(VM& vm, Type* type) {
  SetEntry* table = allocate_table(vm, kSetMinSize);
  SetObject* set;
  try {
    set = vm.allocate<SetObject>(type);
  } catch (...) {
    vm.heap().free_buffer(table, kSetMinSize * sizeof(SetEntry));
    throw;
  }
  set->mask = kSetMinSize - 1;
  set->table = table;
  set->hash = -1;
  return set;
}

SetObject* new_set(VM& vm, Type* type, Value iterable) {
  SetObject* set = new_set_object(vm, type);
  if (!iterable.is_undefined()) {
    Rooted keep(vm, Value::from_object(set));
    set_update(vm, set, iterable);
  }
  return set;
}

int64_t frozenset_hash_of(SetObject* set) {
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t hash = 0;
  for (int64_t i = 0; i <= set->mask; ++i) {
    const SetEntry& e = set->table[i];
    if (set_entry_active(e)) hash ^= shuffle(static_cast<uint64_t>(e.hash));
  }
  hash ^= (static_cast<uint64_t>(set->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  return static_cast<int64_t>(hash);
}

int64_t set_key_hash(VM& vm, Value key) {
  if (key.is_object()) {
    Type* t = key.as_object()->type;
    if (t == vm.types.set || (t != vm.types.frozenset && is_subtype(t, vm.types.set))) {
      return frozenset_hash_of(static_cast<SetObject*>(key.as_object()));
    }
  }
  return hash_value(vm, key);
}

void set_table_resize(VM& vm, SetObject* set, int64_t min_used) {
  int64_t size = kSetMinSize;
  while (size <= min_used) {
    if (size > (int64_t{1} << 58)) vm.raise_memory_error();
    size <<= 1;
  }
  SetEntry* old_table = set->table;
  int64_t old_mask = set->mask;
  SetEntry* table = allocate_table(vm, size);
  int64_t mask = size - 1;
  for (int64_t i = 0; i <= old_mask; ++i) {
    const SetEntry& e = old_table[i];
    if (set_entry_active(e)) insert_clean(table, mask, e.key, e.hash);
  }
  set->table = table;
  set->mask = mask;
  set->fill = set->used;
  free_table(vm, old_table, old_mask);
}

bool set_add(VM& vm, SetObject* set, Value key) {
  return set_add_hashed(vm, set, key, hash_value(vm, key));
}

bool set_add_hashed(VM& vm, SetObject* set, Value key, int64_t hash) {
restart:
  uint64_t mask = static_cast<uint64_t>(set->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  SetEntry* free_slot = nullptr;
  SetEntry* entry;
  while (true) {
    entry = &set->table[i];
    int probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (entry->key.is_undefined()) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Value start = entry->key;
        SetEntry* table = set->table;
        bool equal = keys_equal(vm, start, key);
        if (table != set->table || !entry->key.is(start)) goto restart;
        if (equal) return false;
        mask = static_cast<uint64_t>(set->mask);
      } else if (entry->hash == -1 && free_slot == nullptr) {
        free_slot = entry;
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (free_slot) {
    ++set->used;
    *free_slot = SetEntry{hash, key};
    return true;
  }
  ++set->fill;
  ++set->used;
  *entry = SetEntry{hash, key};
  if (static_cast<uint64_t>(set->fill) * 5 >= mask * 3) {
    set_table_resize(vm, set, set->used > 50000 ? set->used * 2 : set->used * 4);
  }
  return true;
}

bool set_contains(VM& vm, SetObject* set, Value key) {
  return set_contains_hashed(vm, set, key, set_key_hash(vm, key));
}

bool set_contains_hashed(VM& vm, SetObject* set, Value key, int64_t hash) {
  return !lookup(vm, set, key, hash)->key.is_undefined();
}

bool set_discard(VM& vm, SetObject* set, Value key) {
  return set_discard_hashed(vm, set, key, set_key_hash(vm, key));
}

bool set_discard_hashed(VM& vm, SetObject* set, Value key, int64_t hash) {
  SetEntry* entry = lookup(vm, set, key, hash);
  if (entry->key.is_undefined()) return false;
  *entry = SetEntry{-1, kDummy};
  --set->used;
  return true;
}

void set_clear(VM& vm, SetObject* set) {
  SetEntry* table = allocate_table(vm, kSetMinSize);
  free_table(vm, set->table, set->mask);
  set->table = table;
  set->mask = kSetMinSize - 1;
  set->fill = set->used = 0;
  set->finger = 0;
}

namespace {

void set_merge(VM& vm, SetObject* set, SetObject* other) {
  if (set == other || other->used == 0) return;
  if ((set->fill + other->used) * 5 >= set->mask * 3) {
    set_table_resize(vm, set, (set->used + other->used) * 2);
  }
  if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      if (!other->table[i].key.is_undefined()) set->table[i] = other->table[i];
    }
    set->fill = other->fill;
    set->used = other->used;
    return;
  }
  if (set->fill == 0) {
    set->fill = set->used = other->used;
    for (int64_t i = 0; i <= other->mask; ++i) {
      const SetEntry& e = other->table[i];
      if (set_entry_active(e)) insert_clean(set->table, set->mask, e.key, e.hash);
    }
    return;
  }
  Rooted keep(vm, Value::from_object(other));
  for (int64_t i = 0; i <= other->mask; ++i) {
    SetEntry e = other->table[i];
    if (set_entry_active(e)) set_add_hashed(vm, set, e.key, e.hash);
  }
}

}  // namespace

void set_update(VM& vm, SetObject* set, Value other) {
  if (is_any_set(vm, other)) {
    set_merge(vm, set, static_cast<SetObject*>(other.as_object()));
    return;
  }
  if (other.is_object() && other.as_object()->type == vm.types.dict) {
    auto* dict = static_cast<DictObject*>(other.as_object());
    if ((set->fill + dict->size) * 5 >= set->mask * 3) {
      set_table_resize(vm, set, (set->used + dict->size) * 2);
    }
    Rooted keep(vm, other);
    for (int64_t pos = 0; DictEntry* e = dict_next(dict, &pos);) {
      DictEntry entry = *e;
      set_add_hashed(vm, set, entry.key, entry.hash);
    }
    return;
  }
  Value it = get_iterator(vm, other);
  Rooted keep(vm, it);
  Value key;
  while (iterator_next(vm, it, &key)) {
    Rooted keep_key(vm, key);
    set_add(vm, set, key);
  }
}

SetObject* set_copy(VM& vm, SetObject* set, Type* type) {
  return new_set(vm, type, Value::from_object(set));
}

namespace {
Type* base_type_of(VM& vm, SetObject* set) {
  return is_frozenset(vm, Value::from_object(set)) ? vm.types.frozenset : vm.types.set;
}
}  // namespace

SetObject* set_intersection(VM& vm, SetObject* set, Value other) {
  SetObject* result = new_set_object(vm, base_type_of(vm, set));
  Rooted keep(vm, Value::from_object(result));
  Rooted keep_set(vm, Value::from_object(set));
  if (is_any_set(vm, other)) {
    auto* a = set;
    auto* b = static_cast<SetObject*>(other.as_object());
    if (b->used > a->used) std::swap(a, b);
    Rooted keep_other(vm, other);
    for (int64_t pos = 0; pos <= b->mask;) {
      SetEntry* e = set_next(b, &pos);
      if (!e) break;
      SetEntry entry = *e;
      if (set_contains_hashed(vm, a, entry.key, entry.hash)) {
        set_add_hashed(vm, result, entry.key, entry.hash);
      }
    }
    return result;
  }
  Value it = get_iterator(vm, other);
  Rooted keep_it(vm, it);
  Value key;
  while (iterator_next(vm, it, &key)) {
    Rooted keep_key(vm, key);
    int64_t hash = hash_value(vm, key);
    if (set_contains_hashed(vm, set, key, hash)) set_add_hashed(vm, result, key, hash);
  }
  return result;
}

void set_difference_update(VM& vm, SetObject* set, Value other) {
  if (other.is_object() && other.as_object() == set) {
    set_clear(vm, set);
    return;
  }
  Rooted keep(vm, other);
  if (is_any_set(vm, other)) {
    auto* o = static_cast<SetObject*>(other.as_object());
    for (int64_t pos = 0; pos <= o->mask;) {
      SetEntry* e = set_next(o, &pos);
      if (!e) break;
      SetEntry entry = *e;
      set_discard_hashed(vm, set, entry.key, entry.hash);
    }
  } else {
    Value it = get_iterator(vm, other);
    Rooted keep_it(vm, it);
    Value key;
    while (iterator_next(vm, it, &key)) {
      Rooted keep_key(vm, key);
      set_discard(vm, set, key);
    }
  }
  if (set->fill - set->used > set->mask / 4) {
    set_table_resize(vm, set, set->used > 50000 ? set->used * 2 : set->used * 4);
  }
}

SetObject* set_difference(VM& vm, SetObject* set, Value other) {
  int64_t other_size;
  bool other_set = is_any_set(vm, other);
  bool other_dict = other.is_object() && other.as_object()->type == vm.types.dict;
  if (other_set) {
    other_size = static_cast<SetObject*>(other.as_object())->used;
  } else if (other_dict) {
    other_size = static_cast<DictObject*>(other.as_object())->size;
  } else {
    other_size = -1;
  }
  if (other_size < 0 || (set->used >> 2) > other_size) {
    SetObject* result = set_copy(vm, set, base_type_of(vm, set));
    Rooted keep(vm, Value::from_object(result));
    set_difference_update(vm, result, other);
    return result;
  }
  SetObject* result = new_set_object(vm, base_type_of(vm, set));
  Rooted keep(vm, Value::from_object(result));
  Rooted keep_set(vm, Value::from_object(set));
  Rooted keep_other(vm, other);
  for (int64_t pos = 0; pos <= set->mask;) {
    SetEntry* e = set_next(set, &pos);
    if (!e) break;
    SetEntry entry = *e;
    bool present;
    if (other_dict) {
      present =
          !dict_get_hashed(vm, static_cast<DictObject*>(other.as_object()), entry.key, entry.hash)
               .is_undefined();
    } else {
      present = set_contains_hashed(vm, static_cast<SetObject*>(other.as_object()), entry.key,
                                    entry.hash);
    }
    if (!present) set_add_hashed(vm, result, entry.key, entry.hash);
  }
  return result;
}

void set_symmetric_difference_update(VM& vm, SetObject* set, Value other) {
  if (other.is_object() && other.as_object() == set) {
    set_clear(vm, set);
    return;
  }
  Rooted keep(vm, other);
  if (other.is_object() && other.as_object()->type == vm.types.dict) {
    auto* dict = static_cast<DictObject*>(other.as_object());
    for (int64_t pos = 0; DictEntry* e = dict_next(dict, &pos);) {
      DictEntry entry = *e;
      if (!set_discard_hashed(vm, set, entry.key, entry.hash)) {
        set_add_hashed(vm, set, entry.key, entry.hash);
      }
    }
    return;
  }
  SetObject* o;
  if (is_any_set(vm, other)) {
    o = static_cast<SetObject*>(other.as_object());
  } else {
    o = new_set(vm, base_type_of(vm, set), other);
    keep.set(Value::from_object(o));
  }
  for (int64_t pos = 0; pos <= o->mask;) {
    SetEntry* e = set_next(o, &pos);
    if (!e) break;
    SetEntry entry = *e;
    if (!set_discard_hashed(vm, set, entry.key, entry.hash)) {
      set_add_hashed(vm, set, entry.key, entry.hash);
    }
  }
}

bool set_issubset(VM& vm, SetObject* set, Value other) {
  Rooted keep(vm, other);
  Rooted keep_set(vm, Value::from_object(set));
  SetObject* o;
  if (is_any_set(vm, other)) {
    o = static_cast<SetObject*>(other.as_object());
  } else {
    o = new_set(vm, vm.types.set, other);
    keep.set(Value::from_object(o));
  }
  if (set->used > o->used) return false;
  for (int64_t pos = 0; pos <= set->mask;) {
    SetEntry* e = set_next(set, &pos);
    if (!e) break;
    SetEntry entry = *e;
    if (!set_contains_hashed(vm, o, entry.key, entry.hash)) return false;
  }
  return true;
}

void set_swap_bodies(SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  std::swap(a->table, b->table);
  std::swap(a->finger, b->finger);
  a->hash = b->hash = -1;
}

void trace_set(Object* self, Marker& marker) {
  auto* set = static_cast<SetObject*>(self);
  if (!set->table) return;
  for (int64_t i = 0; i <= set->mask; ++i) {
    if (set_entry_active(set->table[i])) mark_value(marker, set->table[i].key);
  }
}

void finalize_set(VM& vm, Object* self) {
  auto* set = static_cast<SetObject*>(self);
  free_table(vm, set->table, set->mask);
  set->table = nullptr;
}

}  // namespace ember

#include "vm/dict_object.h"

#include <cstring>

#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr int64_t kMinIndexSize = 8;

// Open addressing with CPython's perturbed probe sequence.
struct Probe {
  uint64_t mask;
  uint64_t perturb;
  uint64_t slot;
  Probe(int64_t hash, int64_t index_size)
      : mask(static_cast<uint64_t>(index_size - 1)),
        perturb(static_cast<uint64_t>(hash)),
        slot(static_cast<uint64_t>(hash) & mask) {}
  void next() {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
};

bool keys_match(VM& vm, const DictEntry& entry, Value key, int64_t hash) {
  if (entry.key.is(key)) return true;
  if (entry.hash != hash || entry.key.is_undefined()) return false;
  Object* a = entry.key.is_object() ? entry.key.as_object() : nullptr;
  Object* b = key.is_object() ? key.as_object() : nullptr;
  if (a && b && a->type == vm.types.str && b->type == vm.types.str) {
    return str_equal(static_cast<StrObject*>(a), static_cast<StrObject*>(b));
  }
  return values_equal(vm, entry.key, key);
}

// Returns the index slot holding `key`, or -1; `free_slot` receives the first reusable slot.
int64_t find_slot(VM& vm, DictObject* dict, Value key, int64_t hash, int64_t* free_slot) {
  if (free_slot) *free_slot = -1;
  if (dict->index_size == 0) return -1;
  for (Probe p(hash, dict->index_size);; p.next()) {
    int32_t ix = dict->index[p.slot];
    if (ix == kEmpty) {
      if (free_slot && *free_slot < 0) *free_slot = static_cast<int64_t>(p.slot);
      return -1;
    }
    if (ix == kDummy) {
      if (free_slot && *free_slot < 0) *free_slot = static_cast<int64_t>(p.slot);
      continue;
    }
    // A comparison may run Python code that mutates the dict; re-read each time.
    if (keys_match(vm, dict->entries[ix], key, hash)) return static_cast<int64_t>(p.slot);
  }
}

void rebuild(VM& vm, DictObject* dict, int64_t min_live) {
  int64_t index_size = kMinIndexSize;
  while (index_size * 2 < min_live * 3) index_size *= 2;
  int64_t capacity = index_size * 2 / 3;
  Heap& heap = vm.heap();
  // Compact live entries into a new array.
  auto* entries = static_cast<DictEntry*>(heap.allocate_buffer(capacity * sizeof(DictEntry)));
  int64_t n = 0;
  for (int64_t i = 0; i < dict->used; ++i) {
    if (!dict->entries[i].key.is_undefined()) entries[n++] = dict->entries[i];
  }
  auto* index = static_cast<int32_t*>(heap.allocate_buffer(index_size * sizeof(int32_t)));
  std::memset(index, 0xFF, index_size * sizeof(int32_t));
  for (int64_t i = 0; i < n; ++i) {
    Probe p(entries[i].hash, index_size);
    while (index[p.slot] != kEmpty) p.next();
    index[p.slot] = static_cast<int32_t>(i);
  }
  heap.free_buffer(dict->entries, dict->capacity * sizeof(DictEntry));
  heap.free_buffer(dict->index, dict->index_size * sizeof(int32_t));
  dict->entries = entries;
  dict->capacity = capacity;
  dict->used = n;
  dict->index = index;
  dict->index_size = index_size;
  ++dict->keys_version;
}

void insert_new(VM& vm, DictObject* dict, Value key, int64_t hash, Value value) {
  if (dict->used >= dict->capacity) rebuild(vm, dict, (dict->size + 1) * 2);
  Probe p(hash, dict->index_size);
  while (dict->index[p.slot] >= 0) p.next();
  dict->index[p.slot] = static_cast<int32_t>(dict->used);
  dict->entries[dict->used++] = DictEntry{hash, key, value};
  ++dict->size;
  ++dict->keys_version;
}

}  // namespace

Value dict_get(VM& vm, DictObject* dict, Value key) {
  return dict_get_hashed(vm, dict, key, hash_value(vm, key));
}

Value dict_get_hashed(VM& vm, DictObject* dict, Value key, int64_t hash) {
  int64_t slot = find_slot(vm, dict, key, hash, nullptr);
  if (slot < 0) return Value::undefined();
  return dict->entries[dict->index[slot]].value;
}

void dict_set(VM& vm, DictObject* dict, Value key, Value value) {
  dict_set_hashed(vm, dict, key, hash_value(vm, key), value);
}

void dict_set_hashed(VM& vm, DictObject* dict, Value key, int64_t hash, Value value) {
  int64_t slot = find_slot(vm, dict, key, hash, nullptr);
  if (slot >= 0) {
    dict->entries[dict->index[slot]].value = value;
    return;
  }
  insert_new(vm, dict, key, hash, value);
}

int64_t dict_entry_index_str(VM& vm, DictObject* dict, StrObject* key) {
  Value k = Value::from_object(key);
  int64_t slot = find_slot(vm, dict, k, hash_value(vm, k), nullptr);
  return slot < 0 ? -1 : dict->index[slot];
}

bool dict_delete(VM& vm, DictObject* dict, Value key) {
  return dict_pop_hashed(vm, dict, key, hash_value(vm, key), nullptr);
}

bool dict_pop_hashed(VM& vm, DictObject* dict, Value key, int64_t hash, Value* value) {
  int64_t slot = find_slot(vm, dict, key, hash, nullptr);
  if (slot < 0) return false;
  DictEntry& entry = dict->entries[dict->index[slot]];
  if (value) *value = entry.value;
  entry.key = Value::undefined();
  entry.value = Value::undefined();
  dict->index[slot] = kDummy;
  --dict->size;
  ++dict->keys_version;
  return true;
}

bool dict_pop_last(VM& vm, DictObject* dict, DictEntry* out) {
  if (dict->size == 0) return false;
  int64_t i = dict->used - 1;
  while (dict->entries[i].key.is_undefined()) --i;
  DictEntry& entry = dict->entries[i];
  // Find the index slot that refers to entry i.
  for (Probe p(entry.hash, dict->index_size);; p.next()) {
    if (dict->index[p.slot] == static_cast<int32_t>(i)) {
      dict->index[p.slot] = kDummy;
      break;
    }
  }
  *out = entry;
  entry.key = Value::undefined();
  entry.value = Value::undefined();
  dict->used = i;
  --dict->size;
  ++dict->keys_version;
  return true;
}

DictObject* dict_copy(VM& vm, DictObject* dict, Type* type) {
  auto* copy = vm.allocate<DictObject>(type);
  if (dict->size == 0) return copy;
  rebuild(vm, copy, dict->size);
  int64_t n = 0;
  for (int64_t i = 0; i < dict->used; ++i) {
    const DictEntry& e = dict->entries[i];
    if (e.key.is_undefined()) continue;
    Probe p(e.hash, copy->index_size);
    while (copy->index[p.slot] != kEmpty) p.next();
    copy->index[p.slot] = static_cast<int32_t>(n);
    copy->entries[n++] = e;
  }
  copy->used = copy->size = n;
  return copy;
}

Value dict_get_str(VM& vm, DictObject* dict, StrObject* key) {
  return dict_get(vm, dict, Value::from_object(key));
}

void dict_set_str(VM& vm, DictObject* dict, StrObject* key, Value value) {
  dict_set(vm, dict, Value::from_object(key), value);
}

void dict_clear(VM& vm, DictObject* dict) {
  Heap& heap = vm.heap();
  heap.free_buffer(dict->entries, dict->capacity * sizeof(DictEntry));
  heap.free_buffer(dict->index, dict->index_size * sizeof(int32_t));
  dict->entries = nullptr;
  dict->index = nullptr;
  dict->capacity = dict->used = dict->size = dict->index_size = 0;
  ++dict->keys_version;
}

}  // namespace ember

#include "vm/list_object.h"

#include "vm/vm.h"

namespace ember {

void list_reserve(VM& vm, ListObject* list, int64_t capacity) {
  if (capacity <= list->capacity) return;
  if (static_cast<uint64_t>(capacity) > (1ull << 60) / sizeof(Value)) vm.raise_memory_error();
  try {
    list->items = static_cast<Value*>(vm.heap().reallocate_buffer(
        list->items, list->capacity * sizeof(Value), capacity * sizeof(Value)));
  } catch (const OutOfMemory&) {
    vm.raise_memory_error();
  }
  list->capacity = capacity;
}

void list_append(VM& vm, ListObject* list, Value item) {
  if (list->size == list->capacity) {
    list_reserve(vm, list, list->capacity < 4 ? 4 : list->capacity + (list->capacity >> 1));
  }
  list->items[list->size++] = item;
}

}  // namespace ember

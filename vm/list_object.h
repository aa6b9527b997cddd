// list: a growable array of values in a heap buffer.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

struct ListObject : Object {
  int64_t size;
  int64_t capacity;
  Value* items;  // heap buffer of `capacity` values
};

void list_append(VM& vm, ListObject* list, Value item);
void list_reserve(VM& vm, ListObject* list, int64_t capacity);

}  // namespace ember

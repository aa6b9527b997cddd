#include "vm/typed_list.h"

#include <algorithm>
#include <cstring>

#include "vm/list_object.h"
#include "vm/str_object.h"
#include "vm/typed_function.h"
#include "vm/typed_ops.h"
#include "vm/vm.h"

namespace ember {

namespace {

void reserve(VM& vm, TypedListObject* list, int64_t capacity) {
  if (capacity <= list->capacity) return;
  size_t slot_bytes = sizeof(Value) * list->width;
  if (static_cast<uint64_t>(capacity) > (1ull << 60) / slot_bytes) vm.raise_memory_error();
  try {
    list->slots = static_cast<Value*>(vm.heap().reallocate_buffer(
        list->slots, list->capacity * slot_bytes, capacity * slot_bytes));
  } catch (const OutOfMemory&) {
    vm.raise_memory_error();
  }
  list->capacity = capacity;
}

}  // namespace

namespace {

TypedListObject* new_list(VM& vm, uint8_t width, uint64_t value_mask, BoundaryKind element) {
  auto* list = vm.allocate<TypedListObject>(vm.types.typed_list);
  list->width = width;
  list->value_mask = value_mask;
  list->element = element;
  return list;
}

}  // namespace

TypedListObject* typed_list_new(VM& vm, uint8_t width, uint64_t layout) {
  constexpr uint64_t kMask = (uint64_t{1} << kMaxListElementSlots) - 1;
  return new_list(vm, width, layout & kMask,
                  static_cast<BoundaryKind>(layout >> kMaxListElementSlots));
}

void typed_list_append(VM& vm, TypedListObject* list, const Value* element) {
  if (list->size == list->capacity) {
    reserve(vm, list, list->capacity < 4 ? 4 : list->capacity + (list->capacity >> 1));
  }
  std::memcpy(list->slots + list->size * list->width, element, sizeof(Value) * list->width);
  ++list->size;
}

TypedListObject* typed_list_copy(VM& vm, const TypedListObject* list) {
  TypedListObject* copy = new_list(vm, list->width, list->value_mask, list->element);
  reserve(vm, copy, list->size);
  if (list->size) std::memcpy(copy->slots, list->slots, sizeof(Value) * list->width * list->size);
  copy->size = list->size;
  if (list->element == BoundaryKind::List) {
    // A List of Lists is a value all the way down: each inner List is copied too
    // (allocation never collects; only safepoints do).
    for (int64_t i = 0; i < copy->size; ++i) {
      auto* inner = static_cast<TypedListObject*>(copy->slots[i].as_object());
      copy->slots[i] = Value::from_object(typed_list_copy(vm, inner));
    }
  }
  return copy;
}

void typed_list_pop(TypedListObject* list, int64_t index, Value* out) {
  Value* at = list->slots + index * list->width;
  std::memcpy(out, at, sizeof(Value) * list->width);
  std::memmove(at, at + list->width, sizeof(Value) * list->width * (list->size - index - 1));
  --list->size;
}

int64_t typed_list_find(const TypedListObject* list, Value v, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop; ++i) {
    Value e = list->slots[i];
    switch (list->element) {
      case BoundaryKind::Float64:
        if (typed::raw_float(e) == typed::raw_float(v)) return i;
        break;
      case BoundaryKind::String:
        if (str_equal(static_cast<StrObject*>(e.as_object()),
                      static_cast<StrObject*>(v.as_object()))) {
          return i;
        }
        break;
      default:
        if (e.bits() == v.bits()) return i;
        break;
    }
  }
  return -1;
}

void typed_list_insert(VM& vm, TypedListObject* list, int64_t index, const Value* element) {
  if (index < 0) index = std::max<int64_t>(0, index + list->size);
  index = std::min(index, list->size);
  typed_list_append(vm, list, element);  // grows the storage; then moves into place
  Value* at = list->slots + index * list->width;
  std::memmove(at + list->width, at, sizeof(Value) * list->width * (list->size - 1 - index));
  std::memcpy(at, element, sizeof(Value) * list->width);
}

void typed_list_extend(VM& vm, TypedListObject* list, const TypedListObject* other) {
  // Appending to itself reads the elements as they were.
  int64_t n = other->size;
  for (int64_t i = 0; i < n; ++i) {
    Value element[kMaxListElementSlots];
    std::memcpy(element, other->slots + i * other->width, sizeof(Value) * other->width);
    if (list->element == BoundaryKind::List) {
      element[0] = Value::from_object(
          typed_list_copy(vm, static_cast<TypedListObject*>(element[0].as_object())));
    }
    typed_list_append(vm, list, element);
  }
}

void typed_list_reverse(TypedListObject* list) {
  for (int64_t i = 0, j = list->size - 1; i < j; ++i, --j) {
    for (uint8_t s = 0; s < list->width; ++s) {
      std::swap(list->slots[i * list->width + s], list->slots[j * list->width + s]);
    }
  }
}

void typed_list_sort(TypedListObject* list) {
  Value* begin = list->slots;
  Value* end = list->slots + list->size;
  switch (list->element) {
    case BoundaryKind::Float64:
      std::stable_sort(begin, end,
                       [](Value a, Value b) { return typed::raw_float(a) < typed::raw_float(b); });
      break;
    case BoundaryKind::String:
      std::stable_sort(begin, end, [](Value a, Value b) {
        return static_cast<StrObject*>(a.as_object())->view() <
               static_cast<StrObject*>(b.as_object())->view();
      });
      break;
    default:  // Int and Bool
      std::stable_sort(begin, end,
                       [](Value a, Value b) { return typed::raw_int(a) < typed::raw_int(b); });
      break;
  }
}

void typed_list_extend_from_python(VM& vm, TypedListObject* list, Value items) {
  bool convertible =
      list->width == 1 &&
      (list->element == BoundaryKind::Int || list->element == BoundaryKind::Float64 ||
       list->element == BoundaryKind::Bool || list->element == BoundaryKind::String ||
       list->element == BoundaryKind::Object);
  if (!convertible) {
    vm.raise(vm.types.TypeError,
             "only a List of Int, Float64, Bool, String or object can be "
             "filled from a Python list");
  }
  if (!items.is_object() || !items.as_object()->type->has_flag(kTypeListSubclass)) {
    vm.raise(vm.types.TypeError, "a List can be filled only from a Python list");
  }
  // The Python list stays rooted by the caller's register while the List grows.
  auto* source = static_cast<ListObject*>(items.as_object());
  for (int64_t i = 0; i < source->size; ++i) {
    Value slot = unbox_python_value(vm, list->element, source->items[i]);
    typed_list_append(vm, list, &slot);
  }
}

Value typed_list_to_python(VM& vm, const TypedListObject* list) {
  if (list->width != 1 || list->element == BoundaryKind::Unsupported) {
    vm.raise(vm.types.TypeError, "a List of structs cannot be passed to Python code yet");
  }
  ListObject* out = vm.new_list(list->size);
  // Boxing allocates but never collects, so `out` needs no rooting here.
  for (int64_t i = 0; i < list->size; ++i) {
    out->items[i] = box_raw_slot(vm, list->element, list->slots[i]);
  }
  return Value::from_object(out);
}

void trace_typed_list(Object* self, Marker& marker) {
  auto* list = static_cast<TypedListObject*>(self);
  if (list->value_mask == 0) return;
  for (int64_t i = 0; i < list->size; ++i) {
    const Value* element = list->slots + i * list->width;
    for (uint8_t s = 0; s < list->width; ++s) {
      if (list->value_mask >> s & 1) mark_value(marker, element[s]);
    }
  }
}

void finalize_typed_list(VM& vm, Object* self) {
  auto* list = static_cast<TypedListObject*>(self);
  vm.heap().free_buffer(list->slots, list->capacity * list->width * sizeof(Value));
}

}  // namespace ember

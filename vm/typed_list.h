// Mojo's List[T] in typed (fn) code: elements are stored unboxed, each as the `width` raw
// slots of its type laid side by side (an Int is one int64 slot, a struct its field slots).
// The slots that hold Values (String fields) are named by `value_mask` so that the collector
// traces them and nothing else.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "vm/code_object.h"
#include "vm/object.h"

namespace ember {

class VM;

struct TypedListObject : Object {
  int64_t size;          // elements
  int64_t capacity;      // elements
  Value* slots;          // heap buffer of capacity * width slots
  uint64_t value_mask;   // bit i: slot i of each element is a Value
  uint8_t width;         // slots per element, 1..64
  BoundaryKind element;  // how a one-slot element crosses into Python code
};

// Python-style index normalisation: false when `index` is outside the list.
inline bool typed_list_index(const TypedListObject* list, int64_t index, int64_t* out) {
  if (index < 0) index += list->size;
  *out = index;
  return index >= 0 && index < list->size;
}

// The most slots an element may have: the layout word keeps a bit per slot below bit 56.
constexpr size_t kMaxListElementSlots = 56;
// The layout word of TListNew: bit i says whether slot i is a Value; bits 56.. hold the
// element's BoundaryKind.
inline uint64_t typed_list_layout(const std::vector<bool>& value_slots, BoundaryKind element) {
  uint64_t layout = static_cast<uint64_t>(element) << kMaxListElementSlots;
  for (size_t i = 0; i < value_slots.size(); ++i) {
    layout |= static_cast<uint64_t>(value_slots[i]) << i;
  }
  return layout;
}

// A new empty List of `width`-slot elements with the given layout word.
TypedListObject* typed_list_new(VM& vm, uint8_t width, uint64_t layout);
// Appends the element whose slots start at `element`.
void typed_list_append(VM& vm, TypedListObject* list, const Value* element);
TypedListObject* typed_list_copy(VM& vm, const TypedListObject* list);
// Removes element `index` (already in range) into `out`.
void typed_list_pop(TypedListObject* list, int64_t index, Value* out);
// The position of the first element equal to the one-slot value `v` (bits for Int and
// Bool, IEEE equality for Float64, string equality for String) among the positions from
// `start` up to `stop` (both within the List); -1 when there is none.
int64_t typed_list_find(const TypedListObject* list, Value v, int64_t start, int64_t stop);
inline int64_t typed_list_find(const TypedListObject* list, Value v) {
  return typed_list_find(list, v, 0, list->size);
}
inline bool typed_list_contains(const TypedListObject* list, Value v) {
  return typed_list_find(list, v) >= 0;
}

// The List methods beyond append and pop, run by TListMethod (its x operand).
enum class TypedListMethod : uint8_t {
  Insert,            // insert(R[c], element R[c+1..]): the index clamped as Python's list.insert
  Extend,            // extend(List R[c])
  Clear,             // clear()
  Reverse,           // reverse()
  Index,             // R[a] = index(R[c], start R[c+1], stop R[c+2]): an Error when absent
  Sort,              // sort(): one-slot Int, Float64, Bool or String elements, ascending, stable
  ExtendFromPython,  // extend(Python list R[c]): each item converted as at a call from def code
};
void typed_list_insert(VM& vm, TypedListObject* list, int64_t index, const Value* element);
// Appends copies of `other`'s elements (Lists among them are copied, as values).
void typed_list_extend(VM& vm, TypedListObject* list, const TypedListObject* other);
void typed_list_reverse(TypedListObject* list);
// Appends the items of the Python list `items`, each converted to the one-slot element
// type (Int, Float64, Bool, String or object); TypeError for anything else.
void typed_list_extend_from_python(VM& vm, TypedListObject* list, Value items);
void typed_list_sort(TypedListObject* list);
// The Python list of a List's elements (one-slot elements only; TypeError otherwise).
Value typed_list_to_python(VM& vm, const TypedListObject* list);

void trace_typed_list(Object* self, Marker& marker);
void finalize_typed_list(VM& vm, Object* self);

}  // namespace ember

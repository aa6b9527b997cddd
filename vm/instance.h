// Instances of classes defined in Python: attributes stored by hidden class (shape).
//
// Every instance of a class statement's class carries an InstanceAttributes block (at the
// class's `attrs_offset`). Objects that gain the same attributes in the same order share a
// Shape, so an attribute is found by its index in the shape and read from a flat value
// array; inline caches and the JIT guard on the shape pointer. Deleting an attribute or
// asking for `__dict__` moves the ordinary attributes to a dict for good (__slots__ values
// stay in the shape part).
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

struct DictObject;

// A node of the shape tree: the root has no attributes; each child adds one.
struct Shape : Object {
  Shape* parent;            // null at the root
  StrObject* key;           // the attribute this shape adds (null at the root)
  uint32_t count;           // attributes described; `key` is number count - 1
  DictObject* transitions;  // key -> child Shape, created on demand
};

struct InstanceAttributes {
  Shape* shape;      // the attributes kept by shape (null before the first one)
  DictObject* dict;  // in dictionary mode, the instance's __dict__ (ordinary attributes)
  Value* values;     // shape mode: attribute values by index
  uint32_t capacity;
};

// A plain instance of a class whose layout base is `object`.
struct InstanceObject : Object {
  InstanceAttributes attributes;
};

// Type::attrs_offset of classes whose instances end with variable-size data (str, tuple,
// bytes subclasses): the block follows the data.
constexpr uint32_t kAttrsAfterData = UINT32_MAX;

// Where the block goes after `used` bytes of an instance.
constexpr size_t attrs_position(size_t used) {
  return (used + 7) & ~size_t{7};
}

// The attribute block of `o`, or null when its class has none (built-in types).
inline InstanceAttributes* instance_attributes(Object* o);

// __slots__ values are stored under their own keys: the slot's name behind a NUL, which no
// ordinary attribute name uses, so they stay out of the instance's __dict__.
bool is_slot_key(const StrObject* name);

// Index of `name` in `shape`, or -1.
int32_t shape_find(Shape* shape, StrObject* name);

// Reads an attribute stored on the instance itself; undefined when absent.
Value instance_attribute_get(VM& vm, InstanceAttributes* attrs, StrObject* name);
void instance_attribute_set(VM& vm, InstanceAttributes* attrs, StrObject* name, Value value);
// Returns false when the attribute was absent.
bool instance_attribute_delete(VM& vm, InstanceAttributes* attrs, StrObject* name);
// The instance's __dict__ (switches it to dictionary mode).
DictObject* instance_attribute_dict(VM& vm, InstanceAttributes* attrs);
// Replaces the instance's attributes by the entries of `dict` (`obj.__dict__ = d`).
void instance_attribute_replace_dict(VM& vm, InstanceAttributes* attrs, DictObject* dict);

void trace_instance_attributes(const InstanceAttributes* attrs, Marker& marker);
void free_instance_attributes(VM& vm, InstanceAttributes* attrs);

}  // namespace ember

#include "vm/type.h"

namespace ember {

inline InstanceAttributes* instance_attributes(Object* o) {
  uint32_t offset = o->type->attrs_offset;
  if (offset == 0) return nullptr;
  if (offset == kAttrsAfterData) offset = o->type->attrs_after_data(o);
  return reinterpret_cast<InstanceAttributes*>(reinterpret_cast<char*>(o) + offset);
}

}  // namespace ember

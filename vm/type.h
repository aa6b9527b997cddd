// Type objects: Python classes, built-in and (later) user-defined.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

struct DictObject;
struct ListObject;

enum TypeFlags : uint32_t {
  kTypeBaseType = 1u << 0,  // may be subclassed
  kTypeHeapType = 1u << 1,  // created by a class statement
  // Instances keep only their __slots__ (no __dict__); not inherited.
  kTypeNoInstanceDict = 1u << 2,
  // Instances accept weak references (vm/weak_refs.h); inherited.
  kTypeWeakrefable = 1u << 3,
  // The class or a base defines __del__: instances are registered with VM::finalizers.
  kTypeHasDel = 1u << 4,
  // Fast subclass checks, like CPython's tp_flags.
  kTypeIntSubclass = 1u << 8,
  kTypeStrSubclass = 1u << 9,
  kTypeTupleSubclass = 1u << 10,
  kTypeListSubclass = 1u << 11,
  kTypeDictSubclass = 1u << 12,
  kTypeExceptionSubclass = 1u << 13,  // BaseException and below
  kTypeTypeSubclass = 1u << 14,
  kTypeFloatSubclass = 1u << 15,  // float and below (instances of subclasses: vm/float_object.h)
};

struct Type : Object {
  TypeSlots slots;
  StrObject* name = nullptr;      // __name__
  StrObject* qualname = nullptr;  // __qualname__
  StrObject* module = nullptr;    // __module__ (null for builtins)
  Type* base = nullptr;           // __base__
  TupleObject* bases = nullptr;   // __bases__
  TupleObject* mro = nullptr;     // __mro__, this type first
  DictObject* dict = nullptr;     // methods and class attributes
  // CPython's dotted name for a library class standing in for one of its C types
  // ("collections.deque"), used in messages; null: messages use __name__.
  StrObject* c_name = nullptr;
  uint32_t flags = 0;
  // Where instances keep their InstanceAttributes block (vm/instance.h); 0 for types whose
  // instances have none (built-in types); kAttrsAfterData when it follows variable-size data,
  // at the offset `attrs_after_data` computes for the instance.
  uint32_t attrs_offset = 0;
  uint32_t (*attrs_after_data)(const Object* instance) = nullptr;
  // The built-in type whose C++ layout instances share (`object` for plain classes).
  Type* layout_base = nullptr;
  // Classes created from this one (a list, for updating slots when a dunder changes).
  ListObject* subclasses = nullptr;
  // Bumped on every change to this type's dict or MRO; inline caches guard on it.
  uint64_t version = 0;

  bool has_flag(TypeFlags f) const { return (flags & f) != 0; }
};

// True when `type` is `base` or inherits from it (walks the MRO).
bool is_subtype(const Type* type, const Type* base);
// Records a change to a class's dict or MRO: bumps its version and its subclasses'.
void type_modified(Type* type);

}  // namespace ember

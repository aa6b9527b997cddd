// Shared by the files that implement classes defined in Python (classes.cmake): building
// them, the slot functions that route built-in operations to their special methods, super
// and the descriptor types.
#pragma once
#include <initializer_list>

#include "vm/object.h"
#include "vm/type.h"

namespace ember::classes {

// Special methods are looked up on the type, never on the instance (as CPython does).
// Returns undefined when no class in the MRO defines `name`.
Value special_method(VM& vm, Type* type, const char* name);
Value special_method(VM& vm, Type* type, StrObject* name);
// Calls a method found by special_method with `self` bound (functions get self prepended,
// other descriptors are bound through descr_get).
Value call_special(VM& vm, Value method, Value self, std::initializer_list<Value> args);

// True when the first class in type's MRO that defines `name` is a Python class.
bool defined_in_python(VM& vm, Type* type, const char* name);
bool defined_in_python(VM& vm, Type* type, StrObject* name);

// Points the type's slots at its special methods (or the built-in behaviour it inherits);
// run when a class is created and when a special method is assigned on it.
void update_slots(VM& vm, Type* type);
// True when `name` is a special method name that update_slots maps to a slot.
bool is_slot_name(VM& vm, StrObject* name);

// type(name, bases, dict, **kwargs) with metaclass `metatype`: a new class.
Value new_class(VM& vm, Type* metatype, CallArgs args);
// Calling a class defined in Python: __new__ then __init__.
Value construct_instance(VM& vm, Type* type, CallArgs args);

// All of the below (class_builder.cpp); runs after every other built-in type exists.
void install_classes(VM& vm);
void install_index_iterator(VM& vm);  // class_slots.cpp: iteration through __getitem__
void install_class_builder(VM& vm);   // class_builder.cpp: __build_class__, type(n, b, d)
void install_super(VM& vm);
void install_generic_alias(
    VM& vm);  // generic_alias.cpp: list[int] and friends           // super_type.cpp
void install_descriptors(VM& vm);  // descriptor_types.cpp: property, classmethod, staticmethod
// Bytes in a property object: where the attribute block of a property subclass's instances
// starts.
uint32_t property_object_size();

}  // namespace ember::classes

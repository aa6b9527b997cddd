// Generic operations on values: Python's semantics for operators, attributes, items,
// iteration, hashing, comparison, conversion and calls, with CPython's error messages.
// The interpreter uses these on its slow paths; built-in types use them on each other.
#pragma once
#include <cstdint>
#include <string>

#include "vm/object.h"

namespace ember {

class VM;
struct StrObject;

Value binary_op(VM& vm, BinaryOp op, Value a, Value b);
Value inplace_op(VM& vm, BinaryOp op, Value a, Value b);
Value unary_op(VM& vm, UnaryOp op, Value a);
// Rich comparison; may return any value (user __lt__ may return non-bools).
Value compare_op(VM& vm, CompareOp op, Value a, Value b);
bool compare_bool(VM& vm, CompareOp op, Value a, Value b);
// a == b with the identity shortcut used by containers (`x in [x]` is true even for nan).
bool values_equal(VM& vm, Value a, Value b);
bool truthy(VM& vm, Value v);
int64_t hash_value(VM& vm, Value v);  // TypeError "unhashable type: 'list'"

StrObject* repr(VM& vm, Value v);
StrObject* str(VM& vm, Value v);
// Appends repr(v)/str(v) as UTF-8.
void append_repr(VM& vm, std::string& out, Value v);
void append_str(VM& vm, std::string& out, Value v);
// ascii(v): repr with non-ASCII characters escaped.
StrObject* ascii_repr(VM& vm, Value v);
// format(v, spec): the type's format slot, else object.__format__.
Value format_with_spec(VM& vm, Value v, StrObject* spec);
// Type name as used in error messages: "int", "NoneType", "builtin_function_or_method".
std::string_view type_name(VM& vm, Value v);

Value get_attribute(VM& vm, Value obj, StrObject* name);  // AttributeError when missing
// Returns undefined instead of raising AttributeError.
Value get_attribute_or_undefined(VM& vm, Value obj, StrObject* name);
// AttributeError "'int' object has no attribute 'x'" (or the module/type forms).
[[noreturn]] void raise_no_attribute(VM& vm, Value obj, StrObject* name);
void set_attribute(VM& vm, Value obj, StrObject* name, Value value);
void delete_attribute(VM& vm, Value obj, StrObject* name);
// The AttributeError for assigning or deleting an attribute the object does not let change.
[[noreturn]] void raise_not_writable(VM& vm, Value obj, StrObject* name);
// object.__setattr__/__delattr__ without the type's setattr slot: a data descriptor or the
// instance's own attributes (`value` undefined deletes). False when the object has neither.
bool generic_set_attribute(VM& vm, Value obj, StrObject* name, Value value);
// The generic lookup used when a type has no getattr slot: data descriptors and methods on
// the type's MRO, then the instance dict (if any), then non-data attributes of the type.
Value generic_get_attribute(VM& vm, Value obj, StrObject* name);
// Looks `name` up along the MRO of `type` without binding; undefined when absent.
Value lookup_in_type(VM& vm, Type* type, StrObject* name);

Value get_item(VM& vm, Value container, Value key);
void set_item(VM& vm, Value container, Value key, Value value);
void delete_item(VM& vm, Value container, Value key);
bool contains(VM& vm, Value container, Value item);
int64_t length(VM& vm, Value v);

Value get_iterator(VM& vm, Value iterable);  // TypeError "'int' object is not iterable"
// Advances; false when exhausted.
bool iterator_next(VM& vm, Value iterator, Value* item);

// Converts an object with __index__ to int64 (OverflowError "cannot fit 'int' into an
// index-sized integer" when too big; TypeError with `what` when not an integer).
int64_t index_value(VM& vm, Value v, const char* what = nullptr);
// Python int (small or big) for an __index__-able value.
Value to_int_index(VM& vm, Value v);
double to_double(VM& vm, Value v);  // for float(), math: int, float, __float__

Value call_value(VM& vm, Value callee, CallArgs args);

// isinstance(v, type) without __instancecheck__ hooks.
bool is_instance(VM& vm, Value v, Type* type);

}  // namespace ember

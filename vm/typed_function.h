// A Mojo `fn` seen from Python code: calling it converts each argument to the fn's declared
// type (int -> Int, float or int -> Float64, bool -> Bool, str -> String), runs its typed
// code on raw slots, and converts the result back (Int -> int, ...).
#pragma once
#include "vm/code_object.h"
#include "vm/object.h"

namespace ember {

class VM;

struct TypedFunctionObject : Object {
  CodeObject* code = nullptr;  // kCodeTyped
};

// The Python value of a raw slot of the given kind (Int -> int, Float64 -> float, Bool ->
// bool; a String slot already holds its str; None otherwise).
Value box_raw_slot(VM& vm, BoundaryKind kind, Value raw);
// The raw slot of the Python value `v` as a value of `kind` (Int, Float64, Bool): TypeError
// when it is another type, OverflowError for an int past 64 bits.
Value unbox_python_value(VM& vm, BoundaryKind kind, Value v);

// The `fn` type's call slot.
Value call_typed_function(VM& vm, Value callee, CallArgs args);
void trace_typed_function(Object* self, Marker& marker);

}  // namespace ember

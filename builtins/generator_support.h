// What the generator, coroutine and async generator types share (generator_type.cpp).
#pragma once
#include <string_view>

#include "vm/value.h"

namespace ember {

class VM;
struct CallArgs;
struct StrObject;

namespace generator_support {

// A finished step hands its return value back in StopIteration (no args for None).
[[noreturn]] void raise_stop_iteration(VM& vm, Value value);
// throw(exc) / throw(type[, value[, traceback]]) (args[0] is self): the exception to raise.
Value exception_to_throw(VM& vm, CallArgs args);
// The frame attributes gi_*, cr_* or ag_* (by `prefix`), __name__ and __qualname__.
Value frame_attribute(VM& vm, Value self, StrObject* name, std::string_view prefix);
// <generator object f at 0x...>, with the object's type name.
Value generator_repr(VM& vm, Value self);

}  // namespace generator_support
}  // namespace ember

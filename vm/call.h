// Binding call arguments to a Python function's parameters.
#pragma once
#include "vm/object.h"

namespace ember {

class VM;
struct FunctionObject;

// Fills `registers` (the callee's fresh register window, all undefined) with the parameters
// of `function` bound from `args`, and the closure cells; raises CPython's TypeErrors for
// missing, duplicate or unexpected arguments.
void bind_arguments(VM& vm, FunctionObject* function, CallArgs args, Value* registers);

// Fills the registers of `function`'s free variables from its closure (part of
// bind_arguments; the interpreter's positional fast path calls it directly).
void bind_closure(FunctionObject* function, Value* registers);

// `callee` with `self` prepended to `args` (method calls through bound objects).
Value call_with_self(VM& vm, Value callee, Value self, CallArgs args);

}  // namespace ember

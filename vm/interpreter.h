// The bytecode interpreter: runs frames of register bytecode (see opcodes.h).
#pragma once
#include "vm/object.h"

namespace ember {

class VM;
struct CodeObject;
struct DictObject;
struct FunctionObject;

// Calls a Python function from native code and returns its result.
Value call_function(VM& vm, FunctionObject* function, CallArgs args);
// Runs a class body with `ns` (the mapping __prepare__ returned) as its namespace; returns
// what the body returns (its __class__ cell, or None).
Value run_class_body(VM& vm, FunctionObject* body, Value ns);
// Runs a module body (or any code without parameters) with `globals` as its namespace.
Value run_code(VM& vm, CodeObject* code, DictObject* globals);

}  // namespace ember

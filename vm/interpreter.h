// The bytecode interpreter: runs frames of register bytecode (see opcodes.h).
#pragma once
#include "vm/object.h"

namespace ember {

class VM;
struct CodeObject;
struct DictObject;
struct FunctionObject;
struct GeneratorObject;

// Calls a Python function from native code and returns its result.
Value call_function(VM& vm, FunctionObject* function, CallArgs args);
// Calling a generator function: a new generator holding the bound arguments.
Value make_generator(VM& vm, FunctionObject* function, CallArgs args);
enum class GeneratorStep { Yielded, Returned };
// Runs `generator` until it yields (Yielded, *result = the value) or returns (Returned,
// *result = the return value). `sent` goes to the suspended yield; when `thrown` is defined
// it is raised at the suspension point instead (throw() and close()). A generator that is
// already finished returns Returned with None, or re-raises `thrown`. Exceptions leave as
// PythonException; a StopIteration escaping the body becomes RuntimeError (PEP 479).
GeneratorStep resume_generator(VM& vm, GeneratorObject* generator, Value sent, Value thrown,
                               Value* result);
// Runs a class body with `ns` (the mapping __prepare__ returned) as its namespace; returns
// what the body returns (its __class__ cell, or None).
Value run_class_body(VM& vm, FunctionObject* body, Value ns);
// Runs code compiled for exec()/eval() with separate `globals` and `locals` (a mapping).
Value run_code_with_locals(VM& vm, CodeObject* code, DictObject* globals, Value locals);
// Runs typed (Mojo fn) code with its parameter registers set to `args` (raw slots or
// Values, as the code's signature says); returns the raw result slot.
Value run_typed_code(VM& vm, CodeObject* code, DictObject* globals, const Value* args,
                     uint32_t count);
// Runs a module body (or any code without parameters) with `globals` as its namespace.
Value run_code(VM& vm, CodeObject* code, DictObject* globals);

}  // namespace ember

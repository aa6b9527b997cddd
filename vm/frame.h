// Frames: the activation record of a running code object.
#pragma once
#include <cstdint>

#include "gc/heap.h"
#include "vm/code_object.h"
#include "vm/instruction.h"

namespace ember {

struct DictObject;
struct FunctionObject;
struct GeneratorObject;

// A frame's registers are a window of the VM's value stack (or, for generators, of their
// own storage), R[0..code->register_count). The layout is shared with the JIT: locals first,
// then temporaries; calls place the callee and its arguments in consecutive registers.
struct Frame {
  CodeObject* code = nullptr;
  FunctionObject* function = nullptr;  // null for module bodies
  DictObject* globals = nullptr;
  Value* registers = nullptr;
  // The namespace of a class body (a dict, or any mapping from __prepare__); undefined for
  // other code.
  Value locals = Value::undefined();
  const Instruction* pc = nullptr;  // the instruction being executed
  Frame* previous = nullptr;
  // Register of the caller that receives the result; unused for entry frames.
  uint16_t result_register = 0;
  // An entry frame returns to native code instead of to its caller frame.
  bool entry = false;
  // The generator whose frame this is (its registers are the generator's buffer, not the
  // VM stack); null for ordinary calls.
  GeneratorObject* generator = nullptr;

  uint32_t pc_index() const { return static_cast<uint32_t>(pc - code->code.data()); }
  void trace(Marker& marker) const;
};

}  // namespace ember

// The trace recorder of Python (def) code; see jit/recorder.h.
#pragma once
#include <vector>

#include "jit/ir.h"
#include "jit/recorder.h"
#include "vm/code_object.h"
#include "vm/instruction.h"
#include "vm/value.h"

namespace ember {
class VM;
struct DictObject;
struct Type;
}  // namespace ember

namespace ember::jit {

// Records Python code from `from` (whose instruction is `from_ins`) round to the loop's back
// edge `back_edge`: the loop when from is the back edge, else a side trace's path (ir.loop
// false). Loops of int, float and bool arithmetic, comparisons and branches on locals,
// items of lists indexed by ints, globals and builtins that name existing entries, and
// `for` over a range or a list, are what it follows, and calls of Python functions made of
// those (inlined, see TraceRecorder::enter_call); anything else stops it.
// What a trace of Python code reads besides the frame's registers: the VM's types whose
// objects it reads and writes itself, and the frame's globals and the builtins (the trace
// holds on to them: the engine runs it only on frames with these globals).
struct TraceContext {
  const Type* list;
  const Type* list_iterator;
  const Type* range_iterator;
  const Type* zip;
  const Type* tuple;
  const Type* function;
  const Type* native_function;
  DictObject* globals;
  DictObject* builtins;
  VM* vm;  // whose recursion depth and stack room inlined calls check
  // The functions the trace inlines are added here: its guards compare the called object
  // with them, so they must stay alive (and their addresses unused) while it exists.
  std::vector<Value>* held;
};
Recording record_python(IrBuffer& ir, const CodeObject& code, Value* registers,
                        const Instruction* from, Instruction from_ins, const Instruction* back_edge,
                        const InnerTraces& inner, const TraceContext& context);

}  // namespace ember::jit

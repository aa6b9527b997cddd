// The trace recorder of Python (def) code; see jit/recorder.h.
#pragma once
#include "jit/ir.h"
#include "jit/recorder.h"
#include "vm/code_object.h"
#include "vm/instruction.h"
#include "vm/value.h"

namespace ember {
struct Type;
}

namespace ember::jit {

// Records Python code from `from` (whose instruction is `from_ins`) round to the loop's back
// edge `back_edge`: the loop when from is the back edge, else a side trace's path (ir.loop
// false). Loops of int, float and bool arithmetic, comparisons and branches on locals,
// items of lists indexed by ints, and `for` over a range or a list, are what it follows;
// anything else stops it.
// The VM's types whose objects a trace reads and writes itself.
struct TracedTypes {
  const Type* list;
  const Type* list_iterator;
  const Type* range_iterator;
};
Recording record_python(IrBuffer& ir, const CodeObject& code, Value* registers,
                        const Instruction* from, Instruction from_ins, const Instruction* back_edge,
                        const InnerTraces& inner, const TracedTypes& types);

}  // namespace ember::jit

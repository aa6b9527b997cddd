// The trace recorders: each runs one iteration of a hot loop itself, instruction by
// instruction on the frame's registers, exactly as the interpreter would, and emits the IR
// of the path it took. Typed (Mojo fn) code needs no type guards; its guards are the branch
// directions, List bounds and the conditions under which an instruction stops the program
// (which the interpreter then reports, after the trace has left). Python code gets type
// guards on the registers it reads at the trace's entry and overflow guards on int
// arithmetic (jit/python_recorder.cpp).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "jit/backend.h"
#include "jit/ir.h"
#include "vm/code_object.h"
#include "vm/instruction.h"
#include "vm/value.h"

namespace ember::jit {

// A compiled inner loop: the recorder runs it, and the trace it records calls it.
struct InnerTrace {
  uint16_t loop;  // its number in the engine's table
  TraceEntry entry;
  // After an exit of `entry`: function(context, loop, exit, registers) runs the exit's side
  // trace and the loop's trace again until an exit without one (see TraceCall).
  uint32_t (*function)(uint64_t context, uint32_t loop, uint32_t exit, Value* registers);
  uint64_t context;
};
class InnerTraces {
 public:
  virtual ~InnerTraces() = default;
  // The trace behind the JitLoop at `pc`, if it has one yet.
  virtual bool find(const Instruction* pc, InnerTrace* out) const = 0;
  // Where the interpreter resumes after `exit` of loop `loop`'s trace (which may be an exit
  // of a trace it called in turn, see kInnerExit and kLeft), and whether that exit means an
  // interrupt is due.
  virtual const Instruction* exit_pc(uint16_t loop, uint32_t exit, bool* interrupt) const = 0;
  // Whether `exit` of loop `loop`'s trace (decoded as exit_pc does) resumes inside frames
  // of inlined calls, which the engine must rebuild.
  virtual bool exit_in_call(uint16_t loop, uint32_t exit) const = 0;
  // The exits of `trace` itself that resume at `pc` (none of them the interrupt exit).
  virtual std::vector<uint32_t> exits_to(const InnerTrace& trace, const Instruction* pc) const = 0;
};

// A frame of an inlined call that the interpreter must go on in: the recorder stopped inside
// the call after it changed something, or a trace left there (Engine::rebuild_frames).
struct ResumeFrame {
  Value function;   // the FunctionObject called
  uint32_t pc;      // where it resumes: an instruction index in the function's code
  uint16_t result;  // the register of its caller that receives its result
  std::vector<Value> registers;
};

struct Recording {
  Recording() = default;
  Recording(const Instruction* at, std::string reason)
      : resume(at), abort_reason(std::move(reason)) {}
  // Where the interpreter goes on: the loop's back edge again when the trace closed (the
  // registers then hold the state after the recorded path), else the instruction the
  // recorder stopped before (it ran everything before it); with `frames`, the outermost
  // call, inside which the interpreter goes on in those frames (outermost first).
  const Instruction* resume = nullptr;
  std::string abort_reason;  // empty when the trace closed
  std::vector<ResumeFrame> frames;
  // The back edge of an inner loop without a trace that stopped the recording.
  const Instruction* inner_back_edge = nullptr;
  // The recording stopped because inner trace `inner_loop` left by exit `inner_exit`, whose
  // frames the engine rebuilds.
  bool inner_exit_in_call = false;
  uint16_t inner_loop = 0;
  uint32_t inner_exit = 0;
};

// Records the loop whose back edge is at `start` (its original instruction `start_ins`: the
// code holds the JitLoop that replaced it) into `ir`.
Recording record_typed_loop(IrBuffer& ir, const CodeObject& code, Value* registers,
                            const Instruction* start, Instruction start_ins,
                            const InnerTraces& inner);

// Records a side trace of typed code: the path from `from`, where a loop's trace left, round to the
// loop's back edge `back_edge` (its JitLoop), after which the loop's trace runs again.
Recording record_side_trace(IrBuffer& ir, const CodeObject& code, Value* registers,
                            const Instruction* from, const Instruction* back_edge,
                            const InnerTraces& inner);

}  // namespace ember::jit

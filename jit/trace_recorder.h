// What the two trace recorders share (jit/recorder.cpp for typed code, jit/python_recorder.cpp
// for Python code): each runs one pass round a hot loop itself, instruction by instruction on
// the frame's registers, and emits the IR of the path it took. This base keeps the IR value
// of every register, writes snapshots for guards, records calls of inner loops' traces, and
// closes the loop (phis and store-backs) or a side trace's path.
#pragma once
#include <string>
#include <vector>

#include "jit/ir.h"
#include "jit/recorder.h"
#include "vm/code_object.h"
#include "vm/instruction.h"
#include "vm/object.h"
#include "vm/value.h"

namespace ember::jit {

inline IrOp int_compare(CompareOp op) {
  constexpr IrOp kOps[] = {IrOp::Lt, IrOp::Le, IrOp::Eq, IrOp::Ne, IrOp::Gt, IrOp::Ge};
  return kOps[static_cast<int>(op)];
}
inline IrOp float_compare(CompareOp op) {
  constexpr IrOp kOps[] = {IrOp::LtF, IrOp::LeF, IrOp::EqF, IrOp::NeF, IrOp::GtF, IrOp::GeF};
  return kOps[static_cast<int>(op)];
}
inline int64_t byte_offset(const void* object, const void* field) {
  return static_cast<const char*>(field) - static_cast<const char*>(object);
}

class TraceRecorder {
 public:
  TraceRecorder(IrBuffer& ir, const CodeObject& code, Value* registers, const InnerTraces& inner);
  virtual ~TraceRecorder() = default;

  // From `from` (whose instruction is `from_ins`) until the loop's back edge `back_edge`
  // comes next: round the loop when from is the back edge, else a side trace's path.
  Recording run(const Instruction* from, Instruction from_ins, const Instruction* back_edge);

 protected:
  // Records and runs `ins` (at pc); returns the next instruction, or null after stop().
  virtual const Instruction* step(const Instruction* pc, const Instruction& ins) = 0;
  // Before the loop closes: makes each register's value what the next iteration needs, or
  // returns why the loop cannot close as recorded.
  virtual const char* before_close() { return nullptr; }

  const Instruction* stop(const char* reason) {
    reason_ = reason;
    return nullptr;
  }
  // The backward jump at pc is the back edge of a loop without a trace (taken or not: a
  // path through one iteration of it would be followed by exits whenever it runs more or
  // fewer): stops, and has the engine make that loop hot at its next back edge, so that a
  // later recording finds its trace and calls it.
  const Instruction* stop_at_inner_loop(const Instruction* pc) {
    inner_back_edge_ = pc;
    return stop("inner loop");
  }

  // ---- registers: the IR value of each, SLOADed at its first read
  // After an inner trace ran, the frame holds every register's value: reads reload it.
  // kNoRef for a register of an inlined callee that nothing wrote.
  IrRef read(uint16_t r);
  void write(uint16_t r, IrRef ref, Value v);
  bool temporary(uint16_t r) const {
    return r < code_->statement_temporaries.size() && code_->statement_temporaries[r];
  }

  // ---- calls inlined into the trace (Python code)
  // The recorder follows the call at `call_pc` of `function` (whose code is `callee`),
  // whose registers start as `args` (their IR values) holding `values`; until the matching
  // return_from_call, code_, R_ and map_ are the callee's. Until an inlined call changes
  // something (note_call_effect), its guards and stops resume the interpreter at the
  // outermost call, which then makes the whole call itself; after that, they resume in the
  // frames of the calls, which the snapshot describes (and the engine rebuilds).
  void enter_call(const CodeObject& callee, Value function, const Instruction* call_pc,
                  uint16_t result, const std::vector<IrRef>& args,
                  const std::vector<Value>& values);
  // Before an instruction of an inlined call that changes an object: false when its exits
  // could not resume in its frame (a loop in a generator, whose registers are not on the
  // VM's stack).
  bool note_call_effect();
  // The callee returns the IR value `ref` (`value`): back in the caller, which receives it
  // in the call's result register; returns the instruction after the call.
  const Instruction* return_from_call(IrRef ref, Value value);
  size_t call_depth() const { return callers_.size(); }
  // The code of the loop's own frame (code_ is an inlined callee's inside a call).
  const CodeObject& loop_code() const { return callers_.empty() ? *code_ : *callers_.front().code; }

  // A guard that `cond` stays as `observed`; when it does not, the interpreter resumes at
  // `exit` with the registers as they are at this point.
  void guard(IrRef cond, bool observed, const Instruction* exit);
  void snapshot(IrRef ref, const Instruction* pc);
  // The JitLoop at pc: runs the inner loop's trace and records a call of it.
  const Instruction* call_inner_trace(const Instruction* pc);
  // A jump back to before `pc` that is not the loop's own back edge.
  bool inner_loop(const Instruction* pc, const Instruction* target) const {
    return target <= pc && pc != start_;
  }
  // A conditional jump whose condition `cond` came out `taken` this time.
  const Instruction* branch(IrRef cond, bool cond_value, bool taken, const Instruction* target,
                            const Instruction* fall_through) {
    guard(cond, cond_value, taken ? fall_through : target);
    return taken ? target : fall_through;
  }

  IrBuffer& ir_;
  const CodeObject* code_;
  Value* R_;
  const InnerTraces& inner_;
  const Instruction* start_ = nullptr;
  std::vector<IrRef> map_;    // register -> its current value, kNoRef before the first use
  std::vector<IrRef> sload_;  // register -> its SLOAD, when read before written
  std::vector<bool> written_;
  std::vector<uint16_t> touched_;  // the registers the iteration has read or written
  std::vector<bool> touched_flags_;
  std::string reason_;
  bool after_call_ = false;
  const Instruction* resume_ = nullptr;  // where to stop when not before the instruction
  // The snapshots up to this one (the first CallTrace's) stand where carried registers
  // still live only in their SLOADs; after it the frame holds them.
  size_t carried_snapshots_end_ = SIZE_MAX;

 private:
  void touch(uint16_t r);
  // Whether the frame may hold another value than `map` (the loop's frame's) for register r
  // (a register moved into another is not the frame's value of the other).
  bool differs_from_frame(const std::vector<IrRef>& map, uint16_t r) const;
  // The register map of the loop's own frame: map_, or the outermost caller's while inside
  // an inlined call.
  const std::vector<IrRef>& frame_map() const {
    return callers_.empty() ? map_ : callers_.front().map;
  }
  // A frame the recorder left for an inlined call, and the callee's function and registers.
  struct Caller {
    const CodeObject* code;
    Value* registers;
    std::vector<IrRef> map;
    const Instruction* call_pc;
    uint16_t result;
    Value callee;
    std::vector<Value> callee_registers;
  };
  std::vector<Caller> callers_;
  bool call_effects_ = false;  // an inlined call (still running) changed something
  const Instruction* inner_back_edge_ = nullptr;  // see stop_at_inner_loop
  bool closing_ = false;                          // in before_close
  bool exit_at_back_edge_ = false;                // a guard that resumes at the loop's back edge
  // call_inner_trace stopped: the inner trace left by an exit inside a call.
  bool inner_exit_in_call_ = false;
  uint16_t inner_exit_loop_ = 0;
  uint32_t inner_exit_ = 0;
  // A snapshot at `pc` of the innermost inlined call, with the frames of all of them.
  void snapshot_in_call(IrRef ref, const Instruction* pc);
  // The frames of the inlined calls as they are now, the innermost stopped before `pc`.
  std::vector<ResumeFrame> resume_frames(const Instruction* pc) const;
  void close_loop();
  void close_path();
};

}  // namespace ember::jit

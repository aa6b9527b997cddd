// The tracing JIT as the interpreter sees it (vm/jit_hooks.h): hot loops of typed code are
// recorded (jit/recorder.h), optimised and compiled (jit/backend.h), and their back edge
// becomes a JitLoop instruction that runs the trace. A loop whose recording fails waits a
// randomised, doubling number of iterations before the next try, and is left to the
// interpreter for good once that penalty grows too large.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "jit/backend.h"
#include "jit/recorder.h"
#include "vm/instruction.h"
#include "vm/jit_hooks.h"

namespace ember {
struct CodeObject;
struct DictObject;
}  // namespace ember

namespace ember::jit {

struct EngineOptions {
  JitMode mode = JitMode::On;
  std::ostream* dump = nullptr;  // --jit-dump: IR and machine code of every trace
};

class Engine : public JitHooks, private InnerTraces {
 public:
  // Use install_jit.
  Engine(const EngineOptions& options, std::unique_ptr<Backend> backend);
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  void hot_loop(VM& vm, Frame* frame, Instruction* pc) override;
  const Instruction* run_loop(VM& vm, Frame* frame, const Instruction* pc) override;
  uint64_t traces_compiled() const override { return traces_ + side_traces_; }
  void trace_roots(Marker& marker) override;

  // --jit-stats: traces, side traces, aborts by reason, exits, compile time; then each
  // trace with its size and compile time.
  std::string stats() const;

 private:
  // A loop whose back edge is a JitLoop: pending (being recorded at its next arrival) or
  // with a trace.
  // The frames of inlined calls an exit resumes in (none for most exits), and the slots past
  // the loop's frame that its snapshot writes: their registers.
  struct ExitFrames {
    std::vector<SnapFrame> frames;
    std::vector<uint16_t> slots;
  };
  // Per snapshot of `ir` (a trace of a loop in `code`), then `extra` exits without frames.
  static std::vector<ExitFrames> exit_frames_of(const IrBuffer& ir, const CodeObject& code,
                                                size_t extra);
  // The path from one exit of a loop's trace round to its back edge.
  struct SideTrace {
    TraceEntry entry = nullptr;
    // Per exit number: where the interpreter resumes (back_edge_exit: the loop's back edge,
    // and in Python code one more, a failed entry check, at the side trace's start).
    std::vector<uint32_t> exit_pcs;
    std::vector<ExitFrames> exit_frames;
    uint32_t back_edge_exit = 0;
  };
  // No exit number (those are below 0x10000) and neither kLeft nor one with kInnerExit.
  static constexpr uint32_t kNoEntryCheck = 0x7FFF0000u;
  struct Loop {
    CodeObject* code = nullptr;
    Instruction* back_edge = nullptr;
    Instruction original;            // the instruction the JitLoop replaced
    TraceEntry entry = nullptr;      // null while pending
    std::vector<uint32_t> exit_pcs;  // per exit number: where the interpreter resumes
    uint32_t interrupt_exit = 0;     // the exit at the loop's head for an interrupt
    // In Python code: the exit of a failed entry check (a register of another type than
    // recorded), which gives the trace up; kNoEntryCheck in typed code.
    uint32_t entry_failure = kNoEntryCheck;
    // In Python code: the globals the trace reads and writes (those of the frame it was
    // recorded in); it runs only on frames with these.
    const DictObject* globals = nullptr;
    // Objects its trace and side traces compare with by identity (inlined functions).
    std::vector<Value> held;
    std::vector<ExitFrames> exit_frames;            // per exit
    std::vector<uint16_t> heat;                     // per exit: times taken (kCold: no side trace)
    std::vector<uint8_t> side_failures;             // per exit
    std::vector<std::unique_ptr<SideTrace>> sides;  // per exit, once it has one
  };
  static constexpr uint16_t kCold = UINT16_MAX;
  struct Penalty {
    uint32_t value = 0;
    bool blacklisted = false;
  };

  const Instruction* record(VM& vm, Frame* frame, Loop& loop, const Instruction* pc);
  bool find(const Instruction* pc, InnerTrace* out) const override;
  const Instruction* exit_pc(uint16_t loop, uint32_t exit, bool* interrupt) const override;
  // After `exit` of loop `index`'s trace: runs the exit's side trace and the loop's trace
  // again, as long as exits have side traces; returns the exit that leaves for the
  // interpreter (side trace exits and interrupts as kLeft).
  uint32_t continue_trace(uint16_t index, uint32_t exit, Value* registers);
  static uint32_t continue_nested(uint64_t engine, uint32_t loop, uint32_t exit, Value* registers);
  std::vector<uint32_t> exits_to(const InnerTrace& trace, const Instruction* pc) const override;
  bool exit_in_call(uint16_t loop, uint32_t exit) const override;
  // The loop (loops_[index]) and the exit number of `exit`, decoded as exit_pc does.
  std::pair<uint16_t, uint32_t> exit_owner(uint16_t index, uint32_t exit) const {
    if (exit & kInnerExit) return {static_cast<uint16_t>((exit >> 16) & 0x7FFF), exit & 0xFFFF};
    return {index, exit};
  }
  // Leaves `frame` (the loop's) suspended at its call `call_pc` and pushes the frames of the
  // inlined calls, where the interpreter goes on: returns the innermost one's pc.
  static const Instruction* rebuild_frames(VM& vm, Frame* frame, const Instruction* call_pc,
                                           const std::vector<ResumeFrame>& frames);
  // The frames exit `exit` of loop `index` (decoded as exit_pc does) resumes in; null when
  // none.
  const ExitFrames* frames_of_exit(uint16_t index, uint32_t exit) const;
  // rebuild_frames for such an exit: their registers are where its snapshot wrote them, past
  // the loop's frame's.
  const Instruction* rebuild_exit_frames(VM& vm, Frame* frame, uint16_t index, uint32_t exit);
  void give_up(VM& vm, Loop& loop, const std::string& reason);
  void prime_inner_loop(VM& vm, const Recording& recording);
  const Instruction* record_side(VM& vm, Frame* frame, Loop& loop, uint32_t exit,
                                 const Instruction* from);
  // Optimises and compiles `ir`, printing it under `title` with --jit-dump.
  bool compile(VM& vm, IrBuffer& ir, TraceEntry* entry, std::string* error,
               const std::string& title);
  std::string describe(const Loop& loop) const;
  static const Instruction* loop_head(const Loop& loop);

  EngineOptions options_;
  std::unique_ptr<Backend> backend_;
  uint16_t threshold_;
  std::vector<Loop> loops_;           // indexed by the JitLoop's operand a
  std::vector<uint16_t> free_loops_;  // entries of loops given up, for reuse
  std::unordered_map<const Instruction*, Penalty> penalties_;
  std::minstd_rand random_{20261127};

  // statistics
  uint64_t traces_ = 0;
  uint64_t side_traces_ = 0;
  // Where the last kLeft exit resumes, and whether an interrupt is due there.
  const Instruction* left_at_ = nullptr;
  bool left_for_interrupt_ = false;
  const ExitFrames* left_frames_ = nullptr;  // of the side trace's exit, when it has frames
  uint64_t exits_ = 0;
  double compile_seconds_ = 0;
  std::map<std::string, uint64_t> aborts_;
  struct CompiledInfo {
    std::string title;
    size_t instructions;
    size_t exits;
    double seconds;
  };
  std::vector<CompiledInfo> compiled_;  // each trace and side trace, in order
};

// Gives `vm` a JIT (vm.jit owns it) unless the mode is Off or the machine has no backend;
// returns it, or null.
Engine* install_jit(VM& vm, const EngineOptions& options);

}  // namespace ember::jit

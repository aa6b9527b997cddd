#include "jit/engine.h"

#include <algorithm>
#include <chrono>
#include <sstream>

#include "jit/python_recorder.h"
#include "jit/recorder.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/interpreter_internal.h"
#include "vm/str_object.h"
#include "vm/typed_fusion.h"
#include "vm/vm.h"

namespace ember::jit {

namespace {

TraceContext trace_context(VM& vm, const Frame* frame, std::vector<Value>* held) {
  TraceContext context;
  context.list = vm.types.list;
  context.list_iterator = vm.types.list_iterator;
  context.range_iterator = vm.types.range_iterator;
  context.zip = vm.types.zip;
  context.tuple = vm.types.tuple;
  context.function = vm.types.function;
  context.native_function = vm.types.native_function;
  context.globals = frame->globals;
  context.builtins = vm.builtins;
  context.vm = &vm;
  context.held = held;
  return context;
}

// LuaJIT's defaults: a loop is hot after 56 back edges; the first penalty after an abort
// is about 36 iterations, doubled (plus noise, so that loops that abort together do not
// retry together) at each further abort until it passes the limit.
constexpr uint16_t kHotLoop = 56;
constexpr uint32_t kFirstPenalty = 36;
constexpr uint32_t kMaxPenalty = 60000;
constexpr uint16_t kNeverAgain = HotLoopCounters::kOff - 1;
// LuaJIT's defaults too: an exit taken 10 times gets a side trace; one whose recording
// failed this often is left to the interpreter.
constexpr uint16_t kHotExit = 10;
constexpr uint8_t kMaxSideFailures = 4;

}  // namespace

Engine::Engine(const EngineOptions& options, std::unique_ptr<Backend> backend)
    : options_(options),
      backend_(std::move(backend)),
      threshold_(options.mode == JitMode::Eager ? 1 : kHotLoop) {}

Engine* install_jit(VM& vm, const EngineOptions& options) {
  if (options.mode == JitMode::Off) return nullptr;
  std::unique_ptr<Backend> backend = make_native_backend();
  if (!backend) return nullptr;
  auto engine = std::make_unique<Engine>(options, std::move(backend));
  Engine* result = engine.get();
  vm.jit = std::move(engine);
  vm.hot_loops.fill(options.mode == JitMode::Eager ? 1 : kHotLoop);
  return result;
}

void Engine::hot_loop(VM& vm, Frame* frame, Instruction* pc) {
  vm.hot_loops.set(pc, threshold_);
  auto penalty = penalties_.find(pc);
  bool blacklisted = penalty != penalties_.end() && penalty->second.blacklisted;
  if (blacklisted || pc->op == Op::JitLoop) {
    vm.hot_loops.set(pc, kNeverAgain);
    return;
  }
  if (free_loops_.empty() && loops_.size() > UINT16_MAX) return;
  // The instruction before may run this one as the second half of a fused pair, without
  // dispatching to it: it runs alone from now on. (The Python interpreter's compares run
  // the jump after them only when it is one; a JitLoop is not.)
  if ((frame->code->flags & kCodeTyped) && pc > frame->code->code.data()) {
    OpPair pair = split_fused(pc[-1].op);
    if (pair.second != Op::Nop) pc[-1].op = pair.first;
  }
  uint16_t index;
  if (free_loops_.empty()) {
    index = static_cast<uint16_t>(loops_.size());
    loops_.emplace_back();
  } else {
    index = free_loops_.back();
    free_loops_.pop_back();
  }
  Loop& loop = loops_[index];
  loop = Loop{};
  loop.code = frame->code;
  loop.back_edge = pc;
  loop.original = *pc;
  *pc = Instruction::abc(Op::JitLoop, index);
}

const Instruction* Engine::run_loop(VM& vm, Frame* frame, const Instruction* pc) {
  Loop& loop = loops_[pc->a];
  if (!loop.entry) return record(vm, frame, loop, pc);
  if (loop.globals && frame->globals != loop.globals) {
    // The code runs with other globals (exec): the trace does not hold for them.
    give_up(vm, loop, "another globals dict");
    return pc;
  }
  uint32_t exit = continue_trace(pc->a, loop.entry(frame->registers), frame->registers);
  if (exit == loop.entry_failure) {
    give_up(vm, loop, "a register holds another type at the loop's entry");
    return pc;  // the loop's original back edge again
  }
  bool interrupt;
  const Instruction* resume = exit_pc(pc->a, exit, &interrupt);
  if (interrupt) {
    // The interrupt countdown ran out at a loop's head: the interpreter's safepoint.
    frame->pc = resume;
    if (vm.heap().collection_due()) vm.collect_garbage();
    vm.poll_interrupts();
    return resume;
  }
  if (frames_of_exit(pc->a, exit)) return rebuild_exit_frames(vm, frame, pc->a, exit);
  if (exit == kLeft) return resume;
  // A guard of this loop's trace or of an inner one it called: it may deserve a side trace.
  auto [index, number] = exit_owner(pc->a, exit);
  exit = number;
  Loop& left = loops_[index];
  if (left.heat[exit] != kCold && ++left.heat[exit] >= kHotExit) {
    return record_side(vm, frame, left, exit, resume);
  }
  return resume;
}

uint32_t Engine::continue_trace(uint16_t index, uint32_t exit, Value* registers) {
  const Loop& loop = loops_[index];
  for (;; exit = loop.entry(registers)) {
    ++exits_;
    if (exit & kInnerExit || exit == loop.entry_failure) return exit;
    bool interrupt;
    const Instruction* resume = exit_pc(index, exit, &interrupt);
    if (interrupt) {
      left_at_ = resume;
      left_for_interrupt_ = true;
      left_frames_ = nullptr;
      return kLeft;
    }
    if (resume == loop.back_edge) continue;  // the path back to the back edge: round again
    const SideTrace* side = loop.sides[exit].get();
    if (!side) return exit;
    uint32_t side_exit = side->entry(registers);
    if (side_exit == side->back_edge_exit) continue;
    ++exits_;
    if (side_exit & kInnerExit) return side_exit;
    left_at_ = loop.code->code.data() + side->exit_pcs[side_exit];
    left_for_interrupt_ = false;
    const ExitFrames& frames = side->exit_frames[side_exit];
    left_frames_ = frames.frames.empty() ? nullptr : &frames;
    return kLeft;
  }
}

uint32_t Engine::continue_nested(uint64_t engine, uint32_t loop, uint32_t exit, Value* registers) {
  return reinterpret_cast<Engine*>(engine)->continue_trace(static_cast<uint16_t>(loop), exit,
                                                           registers);
}

std::vector<uint32_t> Engine::exits_to(const InnerTrace& trace, const Instruction* pc) const {
  const Loop& loop = loops_[trace.loop];
  std::vector<uint32_t> exits;
  for (uint32_t exit = 0; exit < loop.interrupt_exit; ++exit) {
    if (loop.code->code.data() + loop.exit_pcs[exit] == pc) exits.push_back(exit);
  }
  return exits;
}

bool Engine::exit_in_call(uint16_t loop, uint32_t exit) const {
  return frames_of_exit(loop, exit) != nullptr;
}

const Engine::ExitFrames* Engine::frames_of_exit(uint16_t index, uint32_t exit) const {
  if (exit == kLeft) return left_frames_;
  auto [owner, number] = exit_owner(index, exit);
  const ExitFrames& frames = loops_[owner].exit_frames[number];
  return frames.frames.empty() ? nullptr : &frames;
}

std::vector<Engine::ExitFrames> Engine::exit_frames_of(const IrBuffer& ir, const CodeObject& code,
                                                       size_t extra) {
  std::vector<ExitFrames> exits;
  for (const Snapshot& snap : ir.snapshots) {
    ExitFrames exit;
    exit.frames.assign(ir.snap_frames.begin() + snap.first_frame,
                       ir.snap_frames.begin() + snap.first_frame + snap.frames);
    for (uint32_t i = snap.first; snap.frames && i < snap.first + snap.count; ++i) {
      uint16_t slot = ir.snap_entries[i].slot;
      if (slot >= code.register_count) exit.slots.push_back(slot);
    }
    exits.push_back(std::move(exit));
  }
  exits.resize(exits.size() + extra);
  return exits;
}

const Instruction* Engine::rebuild_frames(VM& vm, Frame* frame, const Instruction* call_pc,
                                          const std::vector<ResumeFrame>& frames) {
  frame->pc = call_pc;
  for (const ResumeFrame& resume : frames) {
    auto* f = static_cast<FunctionObject*>(resume.function.as_object());
    // The trace checked that the interpreter has room for these frames.
    Frame* callee = push_frame(vm, f->code, f, f->globals);
    callee->result_register = resume.result;
    std::copy(resume.registers.begin(), resume.registers.end(), callee->registers);
    callee->pc = f->code->code.data() + resume.pc;
  }
  return vm.frame->pc;
}

const Instruction* Engine::rebuild_exit_frames(VM& vm, Frame* frame, uint16_t index,
                                               uint32_t exit) {
  const ExitFrames& exit_frames = *frames_of_exit(index, exit);
  bool interrupt;
  const Instruction* call_pc = exit_pc(index, exit, &interrupt);
  std::vector<ResumeFrame> frames;
  for (const SnapFrame& snap : exit_frames.frames) {
    Value function = Value::from_bits(snap.function);
    auto* f = static_cast<FunctionObject*>(function.as_object());
    ResumeFrame resume{function, snap.pc, snap.result,
                       std::vector<Value>(f->code->register_count, Value::undefined())};
    for (uint16_t slot : exit_frames.slots) {
      if (slot >= snap.base && slot < snap.base + resume.registers.size()) {
        resume.registers[slot - snap.base] = frame->registers[slot];
      }
    }
    frames.push_back(std::move(resume));
  }
  return rebuild_frames(vm, frame, call_pc, frames);
}

bool Engine::find(const Instruction* pc, InnerTrace* out) const {
  const Loop& loop = loops_[pc->a];
  if (!loop.entry) return false;
  *out = InnerTrace{pc->a, loop.entry, &Engine::continue_nested, reinterpret_cast<uint64_t>(this)};
  return true;
}

const Instruction* Engine::exit_pc(uint16_t index, uint32_t exit, bool* interrupt) const {
  if (exit == kLeft) {
    *interrupt = left_for_interrupt_;
    return left_at_;
  }
  const Loop& loop = exit & kInnerExit ? loops_[(exit >> 16) & 0x7FFF] : loops_[index];
  exit &= 0xFFFF;
  *interrupt = exit == loop.interrupt_exit;
  return loop.code->code.data() + loop.exit_pcs[exit];
}

bool Engine::compile(VM& vm, IrBuffer& ir, TraceEntry* entry, std::string* error,
                     const std::string& title) {
  eliminate_dead_code(ir);
  CompiledTrace compiled;
  auto started = std::chrono::steady_clock::now();
  bool ok =
      backend_->compile(ir, vm.interrupts.countdown(), options_.dump != nullptr, &compiled, error);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  compile_seconds_ += seconds;
  if (!ok) return false;
  size_t live = 0;
  for (IrRef ref = kConstBias; ref < ir.end(); ++ref) live += ir.at(ref).op != IrOp::Nop;
  compiled_.push_back(CompiledInfo{title, live, ir.snapshots.size(), seconds});
  *entry = compiled.entry;
  if (options_.dump) {
    *options_.dump << "---- " << title << "\n"
                   << ir.dump() << "---- machine code\n"
                   << compiled.listing << "----\n";
  }
  return true;
}

// The first instruction of the loop's body: where its back edge jumps to.
const Instruction* Engine::loop_head(const Loop& loop) {
  const Instruction& edge = loop.original;
  if (edge.op == Op::Jump || edge.op == Op::JumpIfRaw || edge.op == Op::JumpIfTrue ||
      edge.op == Op::JumpIfFalse) {
    return loop.back_edge + 1 + edge.sbc();
  }
  return loop.back_edge + 2 + loop.back_edge[1].sbc();  // the offset is in the AUX word
}

std::string Engine::describe(const Loop& loop) const {
  const CodeObject& code = *loop.code;
  size_t index = static_cast<size_t>(loop.back_edge - code.code.data());
  int line = index < code.locations.size() ? code.locations[index].line : 0;
  std::string name = code.qualname ? std::string(code.qualname->view()) : "?";
  return "loop of " + name + " at line " + std::to_string(line);
}

const Instruction* Engine::record(VM& vm, Frame* frame, Loop& loop, const Instruction* pc) {
  IrBuffer ir;
  Recording recording =
      loop.code->flags & kCodeTyped
          ? record_typed_loop(ir, *loop.code, frame->registers, pc, loop.original, *this)
          : record_python(ir, *loop.code, frame->registers, pc, loop.original, pc, *this,
                          trace_context(vm, frame, &loop.held));
  std::string error = recording.abort_reason;
  prime_inner_loop(vm, recording);
  TraceEntry entry = nullptr;
  if (error.empty() && !compile(vm, ir, &entry, &error,
                                "trace " + std::to_string(traces_ + 1) + ": " + describe(loop))) {
    recording.resume = pc;  // the loop's own back edge again
  }
  if (!entry) {
    give_up(vm, loop, error);
    if (recording.inner_exit_in_call) {
      return rebuild_exit_frames(vm, frame, recording.inner_loop, recording.inner_exit);
    }
    if (!recording.frames.empty()) {
      return rebuild_frames(vm, frame, recording.resume, recording.frames);
    }
    return recording.resume;
  }
  loop.entry = entry;
  for (const Snapshot& snap : ir.snapshots) loop.exit_pcs.push_back(snap.pc);
  loop.interrupt_exit = static_cast<uint32_t>(loop.exit_pcs.size());
  loop.exit_pcs.push_back(static_cast<uint32_t>(pc - loop.code->code.data()));
  if (ir.boxed) {
    loop.globals = frame->globals;
    loop.entry_failure = ir.entry_failure_exit();
    loop.exit_pcs.push_back(static_cast<uint32_t>(pc - loop.code->code.data()));
  }
  // Side traces only for exits into the loop's body: the others leave the loop for good,
  // and those that resume at the back edge itself go round again (continue_trace).
  loop.exit_frames = exit_frames_of(ir, *loop.code, loop.exit_pcs.size() - ir.snapshots.size());
  loop.heat.assign(loop.exit_pcs.size(), kCold);
  const Instruction* head = loop_head(loop);
  for (size_t exit = 0; exit < loop.interrupt_exit; ++exit) {
    const Instruction* resume = loop.code->code.data() + loop.exit_pcs[exit];
    bool in_call = !loop.exit_frames[exit].frames.empty();  // no side trace starts there
    if (resume >= head && resume < loop.back_edge && !in_call) loop.heat[exit] = 0;
  }
  loop.side_failures.assign(loop.exit_pcs.size(), 0);
  loop.sides.resize(loop.exit_pcs.size());
  ++traces_;
  return pc;  // the JitLoop, which now runs the trace
}

// Exit `exit` of the loop's trace got hot: record the path from where it resumes round to
// the back edge, to run between the trace's exit and its next entry.
const Instruction* Engine::record_side(VM& vm, Frame* frame, Loop& loop, uint32_t exit,
                                       const Instruction* from) {
  const Instruction* back_edge = loop.back_edge;
  IrBuffer ir;
  Recording recording =
      loop.code->flags & kCodeTyped
          ? record_side_trace(ir, *loop.code, frame->registers, from, back_edge, *this)
          : record_python(ir, *loop.code, frame->registers, from, *from, back_edge, *this,
                          trace_context(vm, frame, &loop.held));
  std::string error = recording.abort_reason;
  prime_inner_loop(vm, recording);
  TraceEntry entry = nullptr;
  std::string title = "side trace of exit " + std::to_string(exit) + " of the " + describe(loop);
  if (error.empty() && !compile(vm, ir, &entry, &error, title)) recording.resume = back_edge;
  if (!entry) {
    ++aborts_["side trace: " + error];
    loop.heat[exit] = ++loop.side_failures[exit] >= kMaxSideFailures ? kCold : 0;
    if (recording.inner_exit_in_call) {
      return rebuild_exit_frames(vm, frame, recording.inner_loop, recording.inner_exit);
    }
    if (!recording.frames.empty()) {
      return rebuild_frames(vm, frame, recording.resume, recording.frames);
    }
    return recording.resume;
  }
  auto side = std::make_unique<SideTrace>();
  side->entry = entry;
  for (const Snapshot& snap : ir.snapshots) side->exit_pcs.push_back(snap.pc);
  side->back_edge_exit = static_cast<uint32_t>(side->exit_pcs.size());
  side->exit_pcs.push_back(static_cast<uint32_t>(back_edge - loop.code->code.data()));
  if (ir.boxed) side->exit_pcs.push_back(static_cast<uint32_t>(from - loop.code->code.data()));
  side->exit_frames = exit_frames_of(ir, *loop.code, side->exit_pcs.size() - ir.snapshots.size());
  loop.sides[exit] = std::move(side);
  ++side_traces_;
  return recording.resume;  // the back edge: the loop's trace runs next
}

// An inner loop without a trace stopped the recording: it gets hot at its next back edge
// (unless it was given up for good), so that the next try finds its trace.
void Engine::prime_inner_loop(VM& vm, const Recording& recording) {
  const Instruction* edge = recording.inner_back_edge;
  if (!edge || edge->op == Op::JitLoop) return;
  auto penalty = penalties_.find(edge);
  if (penalty != penalties_.end() && penalty->second.blacklisted) return;
  vm.hot_loops.set(edge, 1);
}

// The loop goes back to the interpreter and waits out a penalty before the next try.
void Engine::give_up(VM& vm, Loop& loop, const std::string& reason) {
  ++aborts_[reason];
  *loop.back_edge = loop.original;
  Penalty& penalty = penalties_[loop.back_edge];
  uint32_t noise = random_() % 16;
  penalty.value = penalty.value == 0 ? kFirstPenalty + noise : penalty.value * 2 + noise;
  if (penalty.value > kMaxPenalty) penalty.blacklisted = true;
  vm.hot_loops.set(loop.back_edge,
                   static_cast<uint16_t>(std::min<uint32_t>(penalty.value, kNeverAgain)));
  free_loops_.push_back(static_cast<uint16_t>(&loop - loops_.data()));
  loop = Loop{};
}

void Engine::trace_roots(Marker& marker) {
  for (const Loop& loop : loops_) {
    for (Value v : loop.held) mark_value(marker, v);
  }
}

std::string Engine::stats() const {
  std::ostringstream out;
  uint64_t aborts = 0;
  for (const auto& [reason, count] : aborts_) aborts += count;
  out << "jit: " << traces_ << " traces, " << side_traces_ << " side traces, " << aborts
      << " aborts, " << exits_ << " exits, " << compile_seconds_ * 1000 << " ms compiling\n";
  for (const auto& [reason, count] : aborts_) {
    out << "  abort: " << reason << " (" << count << ")\n";
  }
  for (const CompiledInfo& info : compiled_) {
    out << "  " << info.title << ": " << info.instructions << " IR instructions, " << info.exits
        << " exits, " << info.seconds * 1000 << " ms\n";
  }
  return out.str();
}

}  // namespace ember::jit

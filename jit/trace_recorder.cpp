#include "jit/trace_recorder.h"

namespace ember::jit {

namespace {

// A longer iteration is not a loop worth a trace (and keeps refs in range).
constexpr int kMaxRecordedInstructions = 3000;

}  // namespace

TraceRecorder::TraceRecorder(IrBuffer& ir, const CodeObject& code, Value* registers,
                             const InnerTraces& inner)
    : ir_(ir),
      code_(&code),
      R_(registers),
      inner_(inner),
      map_(code.register_count, kNoRef),
      sload_(code.register_count, kNoRef),
      written_(code.register_count, false),
      touched_flags_(code.register_count, false) {}

Recording TraceRecorder::run(const Instruction* from, Instruction from_ins,
                             const Instruction* back_edge) {
  start_ = back_edge;
  const Instruction* pc = from;
  for (int steps = 0;; ++steps) {
    if (steps > 0 && pc == back_edge) {
      if (ir_.loop) {
        closing_ = true;
        if (const char* why = before_close()) return Recording{pc, why};
        close_loop();
      } else {
        close_path();
      }
      return Recording{pc, ""};
    }
    if (steps == kMaxRecordedInstructions || ir_.full()) return Recording{pc, "trace too long"};
    const Instruction& ins = steps == 0 ? from_ins : *pc;
    const Instruction* next = step(pc, ins);
    if (next && exit_at_back_edge_) {
      // The trace would re-enter itself at that exit and fail the same guard forever.
      return Recording{next, "a guard in the loop's back edge"};
    }
    if (!next) {
      if (callers_.empty()) {
        Recording stopped{resume_ ? resume_ : pc, reason_};
        stopped.inner_back_edge = inner_back_edge_;
        stopped.inner_exit_in_call = inner_exit_in_call_;
        stopped.inner_loop = inner_exit_loop_;
        stopped.inner_exit = inner_exit_;
        return stopped;
      }
      // Inside an inlined call that changed nothing yet, the interpreter makes the outermost
      // call itself; else it goes on in the calls' frames.
      Recording stopped{callers_.front().call_pc, reason_};
      stopped.inner_back_edge = inner_back_edge_;
      if (call_effects_) stopped.frames = resume_frames(pc);
      return stopped;
    }
    pc = next;
  }
}

IrRef TraceRecorder::read(uint16_t r) {
  // A register of an inlined callee that nothing wrote holds no value: an unbound local.
  if (!callers_.empty()) return map_[r];
  if (map_[r] == kNoRef) {
    touch(r);
    if (after_call_) {
      map_[r] = ir_.emit_raw(IrOp::Reload, IrType::Raw, r);
    } else {
      map_[r] = sload_[r] = ir_.emit_raw(IrOp::SLoad, IrType::Raw, r);
    }
  }
  return map_[r];
}

void TraceRecorder::touch(uint16_t r) {
  if (touched_flags_[r]) return;
  touched_flags_[r] = true;
  touched_.push_back(r);
}

bool TraceRecorder::differs_from_frame(const std::vector<IrRef>& map, uint16_t r) const {
  IrRef ref = map[r];
  if (ref == kNoRef || ref == sload_[r]) return false;
  if (IrBuffer::is_const(ref)) return true;
  const IrIns& ins = ir_.at(ref);
  return !(ins.op == IrOp::Reload && ins.op1 == r);
}

void TraceRecorder::write(uint16_t r, IrRef ref, Value v) {
  map_[r] = ref;
  R_[r] = v;
  if (!callers_.empty()) return;  // a callee's register, which no snapshot restores
  touch(r);
  written_[r] = true;
}

void TraceRecorder::guard(IrRef cond, bool observed, const Instruction* exit) {
  IrRef before = ir_.end();
  IrRef g = ir_.emit(observed ? IrOp::GuardTrue : IrOp::GuardFalse, cond);
  if (g != before) return;  // folded, or the same guard already stands
  // Guards of the loop's own back edge may not resume there (those of closing the loop
  // resume there to fail the entry check, which gives the trace up).
  if (exit == start_ && ir_.loop && !closing_ && callers_.empty()) exit_at_back_edge_ = true;
  if (callers_.empty()) {
    snapshot(g, exit);
  } else if (!call_effects_) {
    snapshot(g, callers_.front().call_pc);
  } else {
    snapshot_in_call(g, exit);
  }
}

void TraceRecorder::snapshot_in_call(IrRef ref, const Instruction* pc) {
  snapshot(ref, callers_.front().call_pc);
  uint32_t base = callers_.front().code->register_count;
  for (size_t k = 0; k < callers_.size(); ++k) {
    // The frame of the call callers_[k] made.
    bool innermost = k + 1 == callers_.size();
    const std::vector<IrRef>& map = innermost ? map_ : callers_[k + 1].map;
    const CodeObject* code = innermost ? code_ : callers_[k + 1].code;
    const Instruction* at = innermost ? pc : callers_[k + 1].call_pc;
    ir_.add_snap_frame(SnapFrame{callers_[k].callee.bits(),
                                 static_cast<uint32_t>(at - code->code.data()), callers_[k].result,
                                 static_cast<uint16_t>(base)});
    for (size_t r = 0; r < map.size(); ++r) {
      if (map[r] != kNoRef) ir_.add_snap_entry(static_cast<uint16_t>(base + r), map[r]);
    }
    base += code->register_count;
  }
}

std::vector<ResumeFrame> TraceRecorder::resume_frames(const Instruction* pc) const {
  std::vector<ResumeFrame> frames;
  for (size_t k = 0; k < callers_.size(); ++k) {
    bool innermost = k + 1 == callers_.size();
    const CodeObject* code = innermost ? code_ : callers_[k + 1].code;
    const Instruction* at = innermost ? pc : callers_[k + 1].call_pc;
    frames.push_back(ResumeFrame{callers_[k].callee, static_cast<uint32_t>(at - code->code.data()),
                                 callers_[k].result, callers_[k].callee_registers});
  }
  return frames;
}

bool TraceRecorder::note_call_effect() {
  if (callers_.front().code->flags & kCodeGenerator) return false;
  call_effects_ = true;
  return true;
}

void TraceRecorder::snapshot(IrRef ref, const Instruction* pc) {
  const CodeObject* code = callers_.empty() ? code_ : callers_.front().code;
  const std::vector<IrRef>& map = frame_map();
  ir_.add_snapshot(ref, static_cast<uint32_t>(pc - code->code.data()));
  for (uint16_t r : touched_) {
    if (differs_from_frame(map, r)) ir_.add_snap_entry(r, map[r]);
  }
}

void TraceRecorder::enter_call(const CodeObject& callee, Value function, const Instruction* call_pc,
                               uint16_t result, const std::vector<IrRef>& args,
                               const std::vector<Value>& values) {
  callers_.push_back(Caller{code_, R_, std::move(map_), call_pc, result, function,
                            std::vector<Value>(callee.register_count, Value::undefined())});
  Caller& caller = callers_.back();
  map_.assign(callee.register_count, kNoRef);
  for (size_t i = 0; i < args.size(); ++i) {
    map_[i] = args[i];
    caller.callee_registers[i] = values[i];
  }
  code_ = &callee;
  R_ = caller.callee_registers.data();
}

const Instruction* TraceRecorder::return_from_call(IrRef ref, Value value) {
  Caller& caller = callers_.back();
  code_ = caller.code;
  R_ = caller.registers;
  map_ = std::move(caller.map);
  const Instruction* next = caller.call_pc + 1;
  uint16_t result = caller.result;
  callers_.pop_back();
  if (callers_.empty()) call_effects_ = false;
  write(result, ref, value);
  return next;
}

// The JitLoop of an inner loop that has a trace: run it, and record a call of it, which
// first brings the frame up to date and leaves this trace unless the inner one ends by
// the exit it took now.
const Instruction* TraceRecorder::call_inner_trace(const Instruction* pc) {
  if (!callers_.empty()) return stop("a loop in an inlined call");
  InnerTrace inner;
  if (!inner_.find(pc, &inner) || inner.loop >= 0x8000) return stop("inner loop");
  uint32_t exit = inner.function(inner.context, inner.loop, inner.entry(R_), R_);
  if (inner_.exit_in_call(inner.loop, exit)) {
    inner_exit_in_call_ = true;
    inner_exit_loop_ = inner.loop;
    inner_exit_ = exit;
    return stop("an inner trace left inside a call");
  }
  bool interrupt;
  const Instruction* resume = inner_.exit_pc(inner.loop, exit, &interrupt);
  if (resume == pc) return stop("the inner trace did not run");
  if (interrupt || (exit & kInnerExit)) {
    // Left where the interpreter must go on: at the inner loop's head for an interrupt
    // (its trace then leaves at once and the interpreter polls), or in a loop nested in it.
    resume_ = resume;
    return stop("an inner trace left early");
  }
  IrRef number = ir_.int_const(static_cast<int64_t>(ir_.calls.size()));
  ir_.calls.push_back(TraceCall{reinterpret_cast<uint64_t>(inner.entry),
                                reinterpret_cast<uint64_t>(inner.function), inner.context,
                                inner.loop, inner_.exits_to(inner, resume)});
  IrRef call = ir_.emit_raw(IrOp::CallTrace, IrType::Int, number);
  snapshot(call, pc);
  if (carried_snapshots_end_ == SIZE_MAX) carried_snapshots_end_ = ir_.snapshots.size();
  for (uint16_t r : touched_) map_[r] = kNoRef;
  after_call_ = true;
  return resume;
}

// A side trace ends at the loop's back edge with the frame up to date.
void TraceRecorder::close_path() {
  for (uint16_t r : touched_) {
    if (written_[r] && differs_from_frame(map_, r))
      ir_.store_backs.push_back(StoreBack{r, map_[r]});
  }
}

void TraceRecorder::close_loop() {
  for (uint16_t r : touched_) {
    if (sload_[r] != kNoRef) {
      // An inner trace may have changed any register: one untouched since is reloaded.
      IrRef value = map_[r] != kNoRef ? map_[r] : ir_.emit_raw(IrOp::Reload, IrType::Raw, r);
      if (value != sload_[r]) ir_.phis.push_back(Phi{r, sload_[r], value});
    } else if (written_[r] && differs_from_frame(map_, r) && !temporary(r)) {
      ir_.store_backs.push_back(StoreBack{r, map_[r]});
    }
  }
  // From the second iteration on, a carried register's value is its SLOAD's, not what the
  // frame holds: every exit writes it back unless the iteration already changed it.
  std::vector<SnapEntry> entries;
  for (size_t s = 0; s < ir_.snapshots.size(); ++s) {
    Snapshot& snap = ir_.snapshots[s];
    uint32_t first = static_cast<uint32_t>(entries.size());
    for (uint32_t i = snap.first; i < snap.first + snap.count; ++i) {
      entries.push_back(ir_.snap_entries[i]);
    }
    for (const Phi& phi : ir_.phis) {
      if (s >= carried_snapshots_end_) break;
      bool present = false;
      for (uint32_t i = first; i < entries.size(); ++i) present |= entries[i].slot == phi.slot;
      if (!present) entries.push_back(SnapEntry{phi.slot, phi.sload});
    }
    snap.first = first;
    snap.count = static_cast<uint32_t>(entries.size()) - first;
  }
  ir_.snap_entries = std::move(entries);
}

}  // namespace ember::jit

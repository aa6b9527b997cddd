// The trace IR: SSA instructions in one array, in recording order, each 8 bytes. A reference
// (IrRef) below kConstBias names a constant, at or above it an instruction. Instructions of
// one opcode are chained (`prev`) so that CSE looks only at its own kind. Guards carry a
// snapshot: the interpreter registers the trace must write back when the guard fails, and
// the bytecode position the interpreter resumes at.
//
// A trace is one iteration of a loop, recorded from its back edge round to it again. SLOAD
// reads an interpreter register as it was when the trace was entered; the backend loads
// every SLOAD before the loop and keeps it live across it. At the loop's end each register
// the iteration read first and then wrote is carried to the next iteration (a phi: its
// SLOAD takes the new value); the other registers it wrote are stored back.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace ember::jit {

using IrRef = uint16_t;
constexpr IrRef kConstBias = 0x8000;  // refs below: constants; at and above: instructions
constexpr IrRef kNoRef = 0;           // "none" (constant 0 is kConstBias - 1)
constexpr uint32_t kMaxInstructions = 0x7000;

// Value types. Raw is 64 bits whose meaning the first use decides (a register or a List
// element read before anything tells Int from Float64); in a trace of Python code (boxed)
// it is a boxed Value. Bool is 0 or 1 that stands for a Python bool.
enum class IrType : uint8_t { Raw, Int, Float, Bool, Ptr, None };

// name, type of the result (None: no value). Operands in the comments.
#define EMBER_IR_OPS(X)                                                                  \
  X(Nop, None)     /* deleted */                                                         \
  X(SLoad, Raw)    /* op1: interpreter register, as at trace entry */                    \
  X(Reload, Raw)   /* op1: interpreter register, as the frame holds it now */            \
  X(Add, Int)      /* op1 + op2, wrapping */                                             \
  X(Sub, Int)      /* op1 - op2, wrapping */                                             \
  X(Mul, Int)      /* op1 * op2, wrapping */                                             \
  X(FloorDiv, Int) /* floor(op1 / op2); op2 != 0 is guarded before */                    \
  X(Mod, Int)      /* op1 mod op2 with op2's sign; op2 != 0 guarded */                   \
  X(BAnd, Int)     /* op1 & op2 */                                                       \
  X(BOr, Int)      /* op1 | op2 */                                                       \
  X(BXor, Int)     /* op1 ^ op2 */                                                       \
  X(Shl, Int)      /* op1 << op2; 0 <= op2 < 64 is guarded before */                     \
  X(Shr, Int)      /* op1 >> op2, arithmetic; 0 <= op2 < 64 guarded */                   \
  X(Neg, Int)      /* -op1, wrapping */                                                  \
  X(BNot, Int)     /* ~op1 */                                                            \
  X(Lt, Int)       /* op1 < op2 as 0/1, signed */                                        \
  X(Le, Int)                                                                             \
  X(Eq, Int)                                                                             \
  X(Ne, Int)                                                                             \
  X(Gt, Int)                                                                             \
  X(Ge, Int)                                                                             \
  X(ULt, Int) /* op1 < op2 as 0/1, unsigned */                                           \
  X(AddF, Float)                                                                         \
  X(SubF, Float)                                                                         \
  X(MulF, Float)                                                                         \
  X(DivF, Float)                                                                         \
  X(PowF, Float) /* pow(op1, op2) */                                                     \
  X(NegF, Float)                                                                         \
  X(LtF, Int) /* op1 < op2 as 0/1; false when either is nan */                           \
  X(LeF, Int)                                                                            \
  X(EqF, Int)                                                                            \
  X(NeF, Int) /* true when either is nan */                                              \
  X(GtF, Int)                                                                            \
  X(GeF, Int)                                                                            \
  X(IToF, Float)      /* double(op1) */                                                  \
  X(FToI, Int)        /* op1 truncated; INT64_MIN when it does not fit */                \
  X(AsInt, Int)       /* the bits of Float op1 as an Int value */                        \
  X(AsFloat, Float)   /* the bits of op1 as a Float value */                             \
  X(Field, Int)       /* the int64 at byte offset op2 (a constant) of op1 */             \
  X(FieldPtr, Ptr)    /* the pointer at byte offset op2 of op1 */                        \
  X(Index, Ptr)       /* op1 + 8 * op2: the address of slot op2 of op1 */                \
  X(Load, Raw)        /* the slot at address op1 */                                      \
  X(Store, None)      /* the slot at address op1 = op2 */                                \
  X(GuardTrue, None)  /* op1 != 0, else leave by the snapshot */                         \
  X(GuardFalse, None) /* op1 == 0, else leave by the snapshot */                         \
  X(CallTrace, Int)   /* run trace calls[op1] on the frame, which its snapshot brings */ \
                      /* up to date first; leave unless its exit is an expected one */

enum class IrOp : uint8_t {
#define EMBER_IR_ENUM(name, type) name,
  EMBER_IR_OPS(EMBER_IR_ENUM)
#undef EMBER_IR_ENUM
      Count
};

const char* ir_op_name(IrOp op);
IrType ir_op_type(IrOp op);
inline bool ir_is_guard(IrOp op) {
  return op == IrOp::GuardTrue || op == IrOp::GuardFalse;
}
// Whether the instruction must stay although nothing uses its value.
inline bool ir_has_effect(IrOp op) {
  return ir_is_guard(op) || op == IrOp::Store || op == IrOp::CallTrace;
}
// Instructions whose op1 is a register number, not a ref.
inline bool ir_reads_register(IrOp op) {
  return op == IrOp::SLoad || op == IrOp::Reload;
}
bool ir_is_commutative(IrOp op);

struct IrIns {
  IrRef op1 = kNoRef;
  IrRef op2 = kNoRef;
  IrOp op = IrOp::Nop;
  IrType type = IrType::None;
  IrRef prev = kNoRef;  // the previous instruction of the same opcode (CSE chain)
};
static_assert(sizeof(IrIns) == 8);

struct IrConst {
  IrType type;  // Int or Float
  uint64_t bits;
};

// One interpreter register a failing guard writes back.
struct SnapEntry {
  uint16_t slot;
  IrRef ref;
};
// A frame of an inlined call that an exit rebuilds (see TraceRecorder::enter_call), outermost
// first. Its registers are the snapshot's slots from `base` on, past those of the loop's
// frame and of the frames outside it.
struct SnapFrame {
  uint64_t function;  // the FunctionObject called
  uint32_t pc;        // where it resumes: an instruction index in the function's code
  uint16_t result;    // the register of its caller that receives its result
  uint16_t base;
};
struct Snapshot {
  IrRef guard;         // the guard it belongs to
  uint32_t pc;         // instruction index the interpreter resumes at (the outermost call's
                       // when the snapshot has frames)
  uint32_t first = 0;  // its entries: snap_entries[first, first + count)
  uint32_t count = 0;
  uint32_t first_frame = 0;  // its frames: snap_frames[first_frame, first_frame + frames)
  uint32_t frames = 0;
};

// The trace of an inner loop that this trace runs (CallTrace): its machine code and its
// number in the engine's loop table (exits of the inner trace other than the expected one
// leave this trace too, and the engine needs to know whose exit it was).
struct TraceCall {
  uint64_t entry;  // the inner trace's machine code, called with the registers
  // For an exit the trace does not expect: exit = function(context, loop, exit, registers)
  // runs the exit's side trace and the loop's trace again, as the engine does.
  uint64_t function;
  uint64_t context;
  uint16_t loop;
  // The exits the recorded path goes on after: those that resume where the recorded one
  // did (the frame holds the rest of the state, so which guard failed does not matter).
  std::vector<uint32_t> expected;
};

// A register carried around the loop: `sload` takes `value` for the next iteration.
struct Phi {
  uint16_t slot;
  IrRef sload;
  IrRef value;
};
// A register the iteration writes without reading it first: stored back at the loop's end.
struct StoreBack {
  uint16_t slot;
  IrRef value;
};

class IrBuffer {
 public:
  IrBuffer();

  // ---- constants
  IrRef int_const(int64_t value);
  IrRef float_const(double value);
  IrRef bool_const(bool value);
  // A boxed Value as it is (Raw), in traces of Python code: None, a function.
  IrRef value_const(uint64_t bits);
  static bool is_const(IrRef ref) { return ref != kNoRef && ref < kConstBias; }
  const IrConst& constant(IrRef ref) const { return consts_[kConstBias - 1 - ref]; }
  int64_t int_value(IrRef ref) const { return static_cast<int64_t>(constant(ref).bits); }
  double float_value(IrRef ref) const;

  // ---- instructions
  // Emits op1 `op` op2 through the fold rules and CSE (jit/fold.cpp): the result may be a
  // constant or an earlier instruction.
  IrRef emit(IrOp op, IrRef op1, IrRef op2 = kNoRef);
  // Appends without folding or CSE (SLOADs, loads and stores, and tests of the passes).
  IrRef emit_raw(IrOp op, IrType type, IrRef op1, IrRef op2 = kNoRef);
  const IrIns& at(IrRef ref) const { return ins_[ref - kConstBias]; }
  IrIns& at(IrRef ref) { return ins_[ref - kConstBias]; }
  IrType type_of(IrRef ref) const { return is_const(ref) ? constant(ref).type : at(ref).type; }
  // The first ref past the last instruction.
  IrRef end() const { return static_cast<IrRef>(kConstBias + ins_.size()); }
  size_t size() const { return ins_.size(); }
  bool full() const { return ins_.size() >= kMaxInstructions; }

  // ---- snapshots, loop
  // Opens the snapshot of the guard just emitted; add its entries with add_snap_entry.
  void add_snapshot(IrRef guard, uint32_t pc);
  void add_snap_entry(uint16_t slot, IrRef ref);
  void add_snap_frame(const SnapFrame& frame);
  std::vector<Snapshot> snapshots;
  std::vector<SnapEntry> snap_entries;
  std::vector<SnapFrame> snap_frames;
  std::vector<Phi> phis;
  std::vector<StoreBack> store_backs;
  std::vector<TraceCall> calls;
  // A loop trace, or a side trace: a path that ends at the loop's back edge with its
  // store-backs and returns the number one past the last snapshot.
  bool loop = true;
  // The interpreter registers hold boxed Values (Python code), not raw slots (typed code):
  // every SLOAD of an Int, Float or Bool checks the value's type at the trace's entry and
  // unboxes it (when one does not match, the trace returns entry_failure_exit()), and every
  // value written back is boxed by its type (a Raw one is a Value already).
  bool boxed = false;
  // The exit number of a failed entry check: one past the interrupt or back-edge exit.
  uint32_t entry_failure_exit() const { return static_cast<uint32_t>(snapshots.size()) + 1; }

  // The text dump (--jit-dump and the pass tests).
  std::string dump() const;

 private:
  friend IrRef fold(IrBuffer& ir, IrOp op, IrRef op1, IrRef op2);
  IrRef cse(IrOp op, IrRef op1, IrRef op2) const;
  IrRef add_const(IrType type, uint64_t bits);

  std::vector<IrIns> ins_;
  std::vector<IrConst> consts_;
  IrRef chain_[static_cast<size_t>(IrOp::Count)] = {};
  IrRef last_store_ = kNoRef;        // loads are not CSEd across a store
  IrRef last_field_store_ = kNoRef;  // nor object fields across a store to a field
};

// Constant folding and algebraic simplification; kNoRef when no rule applies.
IrRef fold(IrBuffer& ir, IrOp op, IrRef op1, IrRef op2);

// Dead-code elimination: instructions that no guard, store, snapshot, phi or store-back
// needs become NOPs (refs stay where they are).
void eliminate_dead_code(IrBuffer& ir);

// Per instruction: whether a loop trace computes it the same in every iteration (an SLOAD
// of a register the loop does not carry, or a pure instruction of such values); the
// backend computes those once, before the loop. All false for a side trace.
std::vector<bool> loop_invariants(const IrBuffer& ir);

}  // namespace ember::jit

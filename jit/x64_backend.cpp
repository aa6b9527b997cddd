// The x86-64 backend: asmjit's Compiler, one virtual register per IR value, its register
// allocator and spilling. The trace becomes a function of the frame's register array:
//
//   entry:  every SLOAD from the frame (in a trace of Python code, its type checked and the
//           value unboxed)
//   loop:   tick the interrupt countdown; the IR in order, guards jumping to exit blocks;
//           store-backs; phis (through copies, so that they act at once); jump to loop
//   exits:  one block per snapshot: write its registers back, return its number
//
// SSE2 scalar code only so far (every x86-64 has it); SIMD values stay in the interpreter.
#include <asmjit/x86.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <vector>

#include "jit/backend.h"
#include "vm/value.h"

namespace ember::jit {

namespace {

using namespace asmjit;

bool is_float(IrType type) {
  return type == IrType::Float;
}

// Collects the first asmjit error, so that a failed compile reports why.
class ErrorRecorder : public ErrorHandler {
 public:
  void handleError(Error err, const char* message, BaseEmitter*) override {
    if (error == kErrorOk) {
      error = err;
      text = message;
    }
  }
  Error error = kErrorOk;
  std::string text;
};

class TraceAssembler {
 public:
  TraceAssembler(const IrBuffer& ir, x86::Compiler& cc) : ir_(ir), cc_(cc) {}

  void assemble(std::atomic<int32_t>* countdown);

 private:
  // ---- values
  x86::Gp gp(IrRef ref);
  x86::Xmm xmm(IrRef ref);
  // An operand for the second slot of an integer instruction: an immediate when it fits.
  Operand gp_or_imm(IrRef ref);
  void define(IrRef ref, const x86::Reg& reg) { regs_[ref - kConstBias] = reg; }
  x86::Mem frame_slot(uint16_t slot) const { return x86::qword_ptr(base_, slot * 8); }
  void store_to_frame(uint16_t slot, IrRef ref);
  void store_boxed(uint16_t slot, IrRef ref);
  void move_value(const x86::Reg& dst, IrRef ref);

  // ---- instructions
  void emit(IrRef ref);
  void int_binary(IrRef ref, const IrIns& ins);
  void division(IrRef ref, const IrIns& ins);
  void shift(IrRef ref, const IrIns& ins);
  void float_binary(IrRef ref, const IrIns& ins);
  void int_compare(IrRef ref, const IrIns& ins);
  void float_compare(IrRef ref, const IrIns& ins);
  void guard(IrRef ref, const IrIns& ins);
  void call_trace(IrRef ref, const IrIns& ins);
  void load_register(IrRef ref, const IrIns& ins);
  void load_boxed(IrRef ref, const IrIns& ins, Label mismatch);
  size_t snapshot_of(IrRef ref) const {
    size_t snap = 0;
    while (ir_.snapshots[snap].guard != ref) ++snap;
    return snap;
  }
  void write_snapshot(const Snapshot& snap) {
    for (uint32_t e = snap.first; e < snap.first + snap.count; ++e) {
      store_to_frame(ir_.snap_entries[e].slot, ir_.snap_entries[e].ref);
    }
  }
  // A comparison used only by the guard right after it is not computed as 0/1: the guard
  // branches on the flags.
  bool fused_into_guard(IrRef ref) const { return fused_[ref - kConstBias]; }
  void find_fused_compares();
  void close_loop(Label loop);
  // Returns `number` from the trace.
  void leave(uint32_t number);
  void exits(Label interrupt);

  const IrBuffer& ir_;
  x86::Compiler& cc_;
  x86::Gp base_;
  std::vector<x86::Reg> regs_ = std::vector<x86::Reg>(ir_.size());
  std::vector<bool> fused_ = std::vector<bool>(ir_.size(), false);
  std::vector<Label> exit_labels_;
  // A call of an inner trace that came back by another exit than the recorded one.
  struct CallExit {
    Label label;
    x86::Gp result;
    uint16_t loop;
  };
  std::vector<CallExit> call_exits_;
};

x86::Gp TraceAssembler::gp(IrRef ref) {
  if (IrBuffer::is_const(ref)) {
    x86::Gp r = cc_.newInt64();
    cc_.mov(r, static_cast<int64_t>(ir_.constant(ref).bits));
    return r;
  }
  const x86::Reg& reg = regs_[ref - kConstBias];
  if (reg.isGp()) return reg.as<x86::Gp>();
  x86::Gp r = cc_.newInt64();  // a Float value's bits
  cc_.movq(r, reg.as<x86::Xmm>());
  return r;
}

x86::Xmm TraceAssembler::xmm(IrRef ref) {
  if (IrBuffer::is_const(ref)) {
    x86::Xmm r = cc_.newXmmSd();
    double value;
    uint64_t bits = ir_.constant(ref).bits;
    std::memcpy(&value, &bits, sizeof value);
    cc_.movsd(r, cc_.newDoubleConst(ConstPoolScope::kLocal, value));
    return r;
  }
  const x86::Reg& reg = regs_[ref - kConstBias];
  if (reg.isXmm()) return reg.as<x86::Xmm>();
  x86::Xmm r = cc_.newXmmSd();  // an Int value's bits
  cc_.movq(r, reg.as<x86::Gp>());
  return r;
}

Operand TraceAssembler::gp_or_imm(IrRef ref) {
  if (IrBuffer::is_const(ref)) {
    int64_t v = ir_.int_value(ref);
    if (v >= INT32_MIN && v <= INT32_MAX) return imm(v);
  }
  return gp(ref);
}

void TraceAssembler::move_value(const x86::Reg& dst, IrRef ref) {
  if (dst.isXmm()) {
    cc_.movaps(dst.as<x86::Xmm>(), xmm(ref));
  } else {
    cc_.mov(dst.as<x86::Gp>(), gp(ref));
  }
}

void TraceAssembler::store_to_frame(uint16_t slot, IrRef ref) {
  if (ir_.boxed) return store_boxed(slot, ref);
  if (IrBuffer::is_const(ref)) {
    int64_t v = static_cast<int64_t>(ir_.constant(ref).bits);
    if (v >= INT32_MIN && v <= INT32_MAX) {
      cc_.mov(frame_slot(slot), imm(v));
    } else {
      cc_.mov(frame_slot(slot), gp(ref));
    }
  } else if (regs_[ref - kConstBias].isXmm()) {
    cc_.movsd(frame_slot(slot), regs_[ref - kConstBias].as<x86::Xmm>());
  } else {
    cc_.mov(frame_slot(slot), regs_[ref - kConstBias].as<x86::Gp>());
  }
}

// The Value of `ref` by its type: a small int tagged, a float as its bits (nan as the
// interpreter's one nan), a bool as True or False, a Raw value as it is.
void TraceAssembler::store_boxed(uint16_t slot, IrRef ref) {
  IrType type = ir_.type_of(ref);
  x86::Gp bits = cc_.newInt64();
  if (IrBuffer::is_const(ref)) {
    uint64_t k = ir_.constant(ref).bits;
    Value v = type == IrType::Int     ? Value::from_small_int(static_cast<int64_t>(k))
              : type == IrType::Float ? Value::from_double(std::bit_cast<double>(k))
              : type == IrType::Bool  ? Value::from_bool(k != 0)
                                      : Value::from_bits(k);
    cc_.mov(bits, v.bits());
    cc_.mov(frame_slot(slot), bits);
    return;
  }
  switch (type) {
    case IrType::Float: {
      x86::Xmm x = xmm(ref);
      Label number = cc_.newLabel();
      cc_.movsd(frame_slot(slot), x);
      cc_.ucomisd(x, x);
      cc_.jnp(number);
      cc_.mov(bits, Value::kCanonicalNaN);
      cc_.mov(frame_slot(slot), bits);
      cc_.bind(number);
      return;
    }
    case IrType::Int: {
      x86::Gp tag = cc_.newInt64();
      cc_.mov(bits, gp(ref));
      cc_.shl(bits, 16);
      cc_.shr(bits, 16);
      cc_.mov(tag, Value::kTagInt);
      cc_.or_(bits, tag);
      break;
    }
    case IrType::Bool: {
      x86::Gp tag = cc_.newInt64();
      cc_.mov(bits, gp(ref));
      cc_.mov(tag, Value::kFalseBits);
      cc_.or_(bits, tag);
      break;
    }
    default:
      cc_.mov(bits, gp(ref));
      break;
  }
  cc_.mov(frame_slot(slot), bits);
}

void TraceAssembler::find_fused_compares() {
  std::vector<uint16_t> uses(ir_.size(), 0);
  auto use = [&](IrRef ref) {
    if (ref != kNoRef && !IrBuffer::is_const(ref)) ++uses[ref - kConstBias];
  };
  for (IrRef ref = kConstBias; ref < ir_.end(); ++ref) {
    const IrIns& ins = ir_.at(ref);
    if (ir_reads_register(ins.op) || ins.op == IrOp::Nop) continue;
    use(ins.op1);
    use(ins.op2);
  }
  for (const SnapEntry& e : ir_.snap_entries) use(e.ref);
  for (const Phi& phi : ir_.phis) use(phi.value);
  for (const StoreBack& s : ir_.store_backs) use(s.value);
  IrRef previous = kNoRef;
  for (IrRef ref = kConstBias; ref < ir_.end(); ++ref) {
    const IrIns& ins = ir_.at(ref);
    if (ins.op == IrOp::Nop || ins.op == IrOp::SLoad) continue;
    if (ir_is_guard(ins.op) && ins.op1 == previous && uses[previous - kConstBias] == 1) {
      IrOp cmp = ir_.at(previous).op;
      bool flags_compare = (cmp >= IrOp::Lt && cmp <= IrOp::ULt) || cmp == IrOp::LtF ||
                           cmp == IrOp::LeF || cmp == IrOp::GtF || cmp == IrOp::GeF;
      if (flags_compare) fused_[previous - kConstBias] = true;
    }
    previous = ref;
  }
}

// The two-operand x86 instruction of an integer IR operation.
InstId int_instruction(IrOp op) {
  switch (op) {
    case IrOp::Add:
      return x86::Inst::kIdAdd;
    case IrOp::Sub:
      return x86::Inst::kIdSub;
    case IrOp::Mul:
      return x86::Inst::kIdImul;
    case IrOp::BAnd:
      return x86::Inst::kIdAnd;
    case IrOp::BOr:
      return x86::Inst::kIdOr;
    default:
      return x86::Inst::kIdXor;
  }
}

void TraceAssembler::int_binary(IrRef ref, const IrIns& ins) {
  x86::Gp r = cc_.newInt64();
  cc_.mov(r, gp(ins.op1));
  cc_.emit(int_instruction(ins.op), r, gp_or_imm(ins.op2));
  define(ref, r);
}

// Floor division and modulo as typed_ops.h defines them: a divisor of -1 apart (idiv traps
// on INT64_MIN / -1), and the truncated quotient moved down when the remainder's sign
// differs from the divisor's.
void TraceAssembler::division(IrRef ref, const IrIns& ins) {
  x86::Gp quotient = cc_.newInt64();
  x86::Gp remainder = cc_.newInt64();
  x86::Gp divisor = cc_.newInt64();
  cc_.mov(divisor, gp(ins.op2));
  Label minus_one = cc_.newLabel();
  Label done = cc_.newLabel();
  cc_.mov(quotient, gp(ins.op1));
  cc_.cmp(divisor, -1);
  cc_.je(minus_one);
  cc_.cqo(remainder, quotient);
  cc_.idiv(remainder, quotient, divisor);
  x86::Gp sign = cc_.newInt64();
  cc_.test(remainder, remainder);
  cc_.je(done);
  cc_.mov(sign, remainder);
  cc_.xor_(sign, divisor);
  cc_.jns(done);
  cc_.sub(quotient, 1);
  cc_.add(remainder, divisor);
  cc_.jmp(done);
  cc_.bind(minus_one);
  cc_.neg(quotient);
  cc_.xor_(remainder, remainder);
  cc_.bind(done);
  define(ref, ins.op == IrOp::FloorDiv ? quotient : remainder);
}

void TraceAssembler::shift(IrRef ref, const IrIns& ins) {
  x86::Gp r = cc_.newInt64();
  cc_.mov(r, gp(ins.op1));
  bool left = ins.op == IrOp::Shl;
  if (IrBuffer::is_const(ins.op2)) {
    Imm count = imm(ir_.int_value(ins.op2));
    left ? cc_.shl(r, count) : cc_.sar(r, count);
  } else {
    x86::Gp count = cc_.newInt64();
    cc_.mov(count, gp(ins.op2));
    left ? cc_.shl(r, count.r8()) : cc_.sar(r, count.r8());
  }
  define(ref, r);
}

void TraceAssembler::float_binary(IrRef ref, const IrIns& ins) {
  x86::Xmm r = cc_.newXmmSd();
  cc_.movaps(r, xmm(ins.op1));
  InstId instruction = ins.op == IrOp::AddF   ? x86::Inst::kIdAddsd
                       : ins.op == IrOp::SubF ? x86::Inst::kIdSubsd
                       : ins.op == IrOp::MulF ? x86::Inst::kIdMulsd
                                              : x86::Inst::kIdDivsd;
  cc_.emit(instruction, r, xmm(ins.op2));
  define(ref, r);
}

// The condition code under which an integer comparison holds.
x86::CondCode int_condition(IrOp op) {
  switch (op) {
    case IrOp::Lt:
      return x86::CondCode::kL;
    case IrOp::Le:
      return x86::CondCode::kLE;
    case IrOp::Eq:
      return x86::CondCode::kE;
    case IrOp::Ne:
      return x86::CondCode::kNE;
    case IrOp::Gt:
      return x86::CondCode::kG;
    case IrOp::Ge:
      return x86::CondCode::kGE;
    default:
      return x86::CondCode::kB;  // ULt
  }
}

// Float comparisons set the flags with ucomisd so that "above" means the comparison holds:
// a < b and a <= b compare b with a; nan makes every one of them false (CF = ZF = 1).
void compare_floats(x86::Compiler& cc, IrOp op, const x86::Xmm& a, const x86::Xmm& b) {
  if (op == IrOp::LtF || op == IrOp::LeF) {
    cc.ucomisd(b, a);
  } else {
    cc.ucomisd(a, b);
  }
}
x86::CondCode float_condition(IrOp op) {
  return op == IrOp::LtF || op == IrOp::GtF ? x86::CondCode::kA : x86::CondCode::kAE;
}

void TraceAssembler::int_compare(IrRef ref, const IrIns& ins) {
  x86::Gp a = gp(ins.op1);
  Operand b = gp_or_imm(ins.op2);
  if (fused_into_guard(ref)) {
    cc_.emit(x86::Inst::kIdCmp, a, b);
    return;
  }
  x86::Gp r = cc_.newInt64();
  cc_.xor_(r, r);
  cc_.emit(x86::Inst::kIdCmp, a, b);
  cc_.emit(x86::Inst::setccFromCond(int_condition(ins.op)), r.r8());
  define(ref, r);
}

void TraceAssembler::float_compare(IrRef ref, const IrIns& ins) {
  x86::Xmm a = xmm(ins.op1);
  x86::Xmm b = xmm(ins.op2);
  if (fused_into_guard(ref)) {
    compare_floats(cc_, ins.op, a, b);
    return;
  }
  x86::Gp r = cc_.newInt64();
  cc_.xor_(r, r);
  if (ins.op == IrOp::EqF || ins.op == IrOp::NeF) {
    // Equal: ZF set and PF clear (PF marks nan); not equal is the opposite.
    x86::Gp parity = cc_.newInt64();
    cc_.xor_(parity, parity);
    cc_.ucomisd(a, b);
    if (ins.op == IrOp::EqF) {
      cc_.sete(r.r8());
      cc_.setnp(parity.r8());
      cc_.and_(r, parity);
    } else {
      cc_.setne(r.r8());
      cc_.setp(parity.r8());
      cc_.or_(r, parity);
    }
  } else {
    compare_floats(cc_, ins.op, a, b);
    cc_.emit(x86::Inst::setccFromCond(float_condition(ins.op)), r.r8());
  }
  define(ref, r);
}

void TraceAssembler::guard(IrRef ref, const IrIns& ins) {
  Label exit = exit_labels_[snapshot_of(ref)];
  // The guard holds when the condition is as `expect_true` says; it leaves otherwise.
  bool expect_true = ins.op == IrOp::GuardTrue;
  if (!IrBuffer::is_const(ins.op1) && fused_into_guard(ins.op1)) {
    IrOp cmp = ir_.at(ins.op1).op;
    x86::CondCode holds =
        cmp >= IrOp::Lt && cmp <= IrOp::ULt ? int_condition(cmp) : float_condition(cmp);
    x86::CondCode leave = expect_true ? x86::negateCond(holds) : holds;
    cc_.emit(x86::Inst::jccFromCond(leave), exit);
    return;
  }
  x86::Gp c = gp(ins.op1);
  cc_.test(c, c);
  if (expect_true) {
    cc_.jz(exit);
  } else {
    cc_.jnz(exit);
  }
}

// The frame gets the registers the inner trace may read, the inner trace runs on it, and
// this trace leaves (with the inner trace's exit, see kInnerExit) unless it came back by
// an expected exit.
void TraceAssembler::call_trace(IrRef ref, const IrIns& ins) {
  write_snapshot(ir_.snapshots[snapshot_of(ref)]);
  const TraceCall& callee = ir_.calls[ir_.int_value(ins.op1)];
  x86::Gp result = cc_.newUInt32();
  InvokeNode* call;
  cc_.invoke(&call, callee.entry, FuncSignatureT<uint32_t, Value*>(CallConvId::kHost));
  call->setArg(0, base_);
  call->setRet(0, result);
  CallExit exit{cc_.newLabel(), result, callee.loop};
  Label expected = cc_.newLabel();
  Label continued = cc_.newLabel();
  auto accept = [&] {
    for (uint32_t number : callee.expected) {
      cc_.cmp(result, number);
      cc_.je(expected);
    }
  };
  accept();
  cc_.test(result, kInnerExit);
  cc_.jnz(exit.label);
  cc_.bind(continued);
  // Another exit of the inner trace: its side trace may bring it round again.
  cc_.invoke(&call, callee.function,
             FuncSignatureT<uint32_t, uint64_t, uint32_t, uint32_t, Value*>(CallConvId::kHost));
  call->setArg(0, imm(callee.context));
  call->setArg(1, imm(callee.loop));
  call->setArg(2, result);
  call->setArg(3, base_);
  call->setRet(0, result);
  accept();
  cc_.jmp(exit.label);
  cc_.bind(expected);
  call_exits_.push_back(exit);
  define(ref, result);
}

void TraceAssembler::load_register(IrRef ref, const IrIns& ins) {
  if (is_float(ins.type)) {
    x86::Xmm r = cc_.newXmmSd();
    cc_.movsd(r, frame_slot(ins.op1));
    define(ref, r);
  } else {
    x86::Gp r = cc_.newInt64();
    cc_.mov(r, frame_slot(ins.op1));
    define(ref, r);
  }
}

// An SLOAD of a boxed trace: the register's Value, checked to be of the SLOAD's type and
// unboxed (a Raw one stays a Value); another type leaves by `mismatch`.
void TraceAssembler::load_boxed(IrRef ref, const IrIns& ins, Label mismatch) {
  x86::Gp bits = cc_.newInt64();
  x86::Gp check = cc_.newInt64();
  cc_.mov(bits, frame_slot(ins.op1));
  switch (ins.type) {
    case IrType::Int:
      cc_.mov(check, bits);
      cc_.shr(check, 48);
      cc_.cmp(check, static_cast<int64_t>(Value::kTagInt >> 48));
      cc_.jne(mismatch);
      cc_.shl(bits, 16);
      cc_.sar(bits, 16);
      return define(ref, bits);
    case IrType::Float: {
      cc_.mov(check, Value::kTagInt);
      cc_.cmp(bits, check);
      cc_.jae(mismatch);
      x86::Xmm r = cc_.newXmmSd();
      cc_.movq(r, bits);
      return define(ref, r);
    }
    case IrType::Bool:
      cc_.mov(check, Value::kTrueBits);
      cc_.or_(bits, 1);
      cc_.cmp(bits, check);
      cc_.jne(mismatch);
      cc_.mov(bits, frame_slot(ins.op1));
      cc_.and_(bits, 1);
      return define(ref, bits);
    default:
      return define(ref, bits);
  }
}

void TraceAssembler::emit(IrRef ref) {
  const IrIns& ins = ir_.at(ref);
  switch (ins.op) {
    case IrOp::Nop:
    case IrOp::SLoad:
      return;
    case IrOp::Reload:
      return load_register(ref, ins);
    case IrOp::CallTrace:
      return call_trace(ref, ins);
    case IrOp::Add:
    case IrOp::Sub:
    case IrOp::Mul:
    case IrOp::BAnd:
    case IrOp::BOr:
    case IrOp::BXor:
      return int_binary(ref, ins);
    case IrOp::FloorDiv:
    case IrOp::Mod:
      return division(ref, ins);
    case IrOp::Shl:
    case IrOp::Shr:
      return shift(ref, ins);
    case IrOp::Neg:
    case IrOp::BNot: {
      x86::Gp r = cc_.newInt64();
      cc_.mov(r, gp(ins.op1));
      ins.op == IrOp::Neg ? cc_.neg(r) : cc_.not_(r);
      return define(ref, r);
    }
    case IrOp::Lt:
    case IrOp::Le:
    case IrOp::Eq:
    case IrOp::Ne:
    case IrOp::Gt:
    case IrOp::Ge:
    case IrOp::ULt:
      return int_compare(ref, ins);
    case IrOp::AddF:
    case IrOp::SubF:
    case IrOp::MulF:
    case IrOp::DivF:
      return float_binary(ref, ins);
    case IrOp::PowF: {
      // The operands first: a constant's register is loaded where it is first asked for,
      // which must come before the call.
      x86::Xmm base = xmm(ins.op1);
      x86::Xmm exponent = xmm(ins.op2);
      x86::Xmm r = cc_.newXmmSd();
      InvokeNode* call;
      double (*pow_fn)(double, double) = std::pow;
      cc_.invoke(&call, reinterpret_cast<uint64_t>(pow_fn),
                 FuncSignatureT<double, double, double>(CallConvId::kHost));
      call->setArg(0, base);
      call->setArg(1, exponent);
      call->setRet(0, r);
      return define(ref, r);
    }
    case IrOp::NegF: {
      // Flip the sign bit (0.0 - x would turn -0.0 into 0.0).
      x86::Gp bits = gp(ins.op1);
      x86::Gp flipped = cc_.newInt64();
      cc_.mov(flipped, bits);
      cc_.btc(flipped, 63);
      x86::Xmm r = cc_.newXmmSd();
      cc_.movq(r, flipped);
      return define(ref, r);
    }
    case IrOp::LtF:
    case IrOp::LeF:
    case IrOp::EqF:
    case IrOp::NeF:
    case IrOp::GtF:
    case IrOp::GeF:
      return float_compare(ref, ins);
    case IrOp::IToF: {
      x86::Xmm r = cc_.newXmmSd();
      cc_.xorps(r, r);  // cvtsi2sd writes only the low half: no false dependency
      cc_.cvtsi2sd(r, gp(ins.op1));
      return define(ref, r);
    }
    case IrOp::FToI: {
      x86::Gp r = cc_.newInt64();
      cc_.cvttsd2si(r, xmm(ins.op1));
      return define(ref, r);
    }
    case IrOp::AsInt:
      return define(ref, gp(ins.op1));
    case IrOp::AsFloat:
      return define(ref, xmm(ins.op1));
    case IrOp::Field:
    case IrOp::FieldPtr: {
      x86::Gp r = cc_.newInt64();
      cc_.mov(r, x86::qword_ptr(gp(ins.op1), static_cast<int32_t>(ir_.int_value(ins.op2))));
      return define(ref, r);
    }
    case IrOp::Index: {
      x86::Gp r = cc_.newIntPtr();
      cc_.lea(r, x86::qword_ptr(gp(ins.op1), gp(ins.op2), 3));
      return define(ref, r);
    }
    case IrOp::Load:
      if (is_float(ins.type)) {
        x86::Xmm r = cc_.newXmmSd();
        cc_.movsd(r, x86::qword_ptr(gp(ins.op1)));
        return define(ref, r);
      } else {
        x86::Gp r = cc_.newInt64();
        cc_.mov(r, x86::qword_ptr(gp(ins.op1)));
        return define(ref, r);
      }
    case IrOp::Store: {
      x86::Mem slot = x86::qword_ptr(gp(ins.op1));
      if (!IrBuffer::is_const(ins.op2) && regs_[ins.op2 - kConstBias].isXmm()) {
        cc_.movsd(slot, regs_[ins.op2 - kConstBias].as<x86::Xmm>());
      } else {
        cc_.mov(slot, gp(ins.op2));
      }
      return;
    }
    case IrOp::GuardTrue:
    case IrOp::GuardFalse:
      return guard(ref, ins);
    case IrOp::Count:
      return;
  }
}

void TraceAssembler::close_loop(Label loop) {
  for (const StoreBack& s : ir_.store_backs) store_to_frame(s.slot, s.value);
  // Every phi reads the values of this iteration: copy them all before the first write.
  std::vector<x86::Reg> copies;
  for (const Phi& phi : ir_.phis) {
    const x86::Reg& dst = regs_[phi.sload - kConstBias];
    x86::Reg copy = dst.isXmm() ? x86::Reg(cc_.newXmmSd()) : x86::Reg(cc_.newInt64());
    move_value(copy, phi.value);
    copies.push_back(copy);
  }
  for (size_t i = 0; i < ir_.phis.size(); ++i) {
    const x86::Reg& dst = regs_[ir_.phis[i].sload - kConstBias];
    cc_.emit(dst.isXmm() ? x86::Inst::kIdMovaps : x86::Inst::kIdMov, dst, copies[i]);
  }
  cc_.jmp(loop);
}

void TraceAssembler::leave(uint32_t number) {
  x86::Gp r = cc_.newUInt32();
  cc_.mov(r, number);
  cc_.ret(r);
}

void TraceAssembler::exits(Label interrupt) {
  for (size_t i = 0; i < ir_.snapshots.size(); ++i) {
    const Snapshot& snap = ir_.snapshots[i];
    if (!ir_is_guard(ir_.at(snap.guard).op)) continue;  // a CallTrace's: no exit of its own
    cc_.bind(exit_labels_[i]);
    write_snapshot(snap);
    leave(static_cast<uint32_t>(i));
  }
  // The inner trace wrote its own snapshot back; the frame is up to date.
  // An exit of a trace that the inner one called in turn passes through unchanged.
  for (const CallExit& exit : call_exits_) {
    cc_.bind(exit.label);
    Label tagged = cc_.newLabel();
    cc_.test(exit.result, kInnerExit);
    cc_.jnz(tagged);
    cc_.or_(exit.result, kInnerExit | (static_cast<uint32_t>(exit.loop) << 16));
    cc_.bind(tagged);
    cc_.ret(exit.result);
  }
  if (!ir_.loop) return;
  // At the loop's head the carried registers hold the next iteration's values.
  cc_.bind(interrupt);
  for (const Phi& phi : ir_.phis) store_to_frame(phi.slot, phi.sload);
  leave(static_cast<uint32_t>(ir_.snapshots.size()));
}

void TraceAssembler::assemble(std::atomic<int32_t>* countdown) {
  FuncNode* func = cc_.addFunc(FuncSignatureT<uint32_t, Value*>(CallConvId::kHost));
  base_ = cc_.newIntPtr("frame");
  func->setArg(0, base_);
  find_fused_compares();
  for (size_t i = 0; i < ir_.snapshots.size(); ++i) exit_labels_.push_back(cc_.newLabel());
  Label mismatch = cc_.newLabel();
  for (IrRef ref = kConstBias; ref < ir_.end(); ++ref) {
    const IrIns& ins = ir_.at(ref);
    if (ins.op != IrOp::SLoad) continue;
    ir_.boxed ? load_boxed(ref, ins, mismatch) : load_register(ref, ins);
  }
  // Invariant code before the loop, except comparisons that must stay next to their guard.
  std::vector<bool> hoisted = loop_invariants(ir_);
  for (IrRef ref = kConstBias; ref < ir_.end(); ++ref) {
    size_t i = ref - kConstBias;
    hoisted[i] = hoisted[i] && !fused_[i];
    if (hoisted[i] && ir_.at(ref).op != IrOp::SLoad) emit(ref);
  }
  Label loop = cc_.newLabel();
  Label interrupt = cc_.newLabel();
  if (ir_.loop) {
    x86::Gp counter = cc_.newIntPtr("countdown");
    cc_.mov(counter, imm(reinterpret_cast<uintptr_t>(countdown)));
    cc_.bind(loop);
    cc_.sub(x86::dword_ptr(counter), 1);
    cc_.jle(interrupt);
  }
  for (IrRef ref = kConstBias; ref < ir_.end(); ++ref) {
    if (!hoisted[ref - kConstBias]) emit(ref);
  }
  if (ir_.loop) {
    close_loop(loop);
  } else {
    for (const StoreBack& s : ir_.store_backs) store_to_frame(s.slot, s.value);
    leave(static_cast<uint32_t>(ir_.snapshots.size()));
  }
  exits(interrupt);
  if (ir_.boxed) {
    cc_.bind(mismatch);  // nothing has run yet: the frame is as it was
    leave(ir_.entry_failure_exit());
  }
  cc_.endFunc();
}

class X64Backend : public Backend {
 public:
  bool compile(const IrBuffer& ir, std::atomic<int32_t>* countdown, bool listing,
               CompiledTrace* out, std::string* error) override {
    CodeHolder code;
    code.init(runtime_.environment());
    ErrorRecorder errors;
    code.setErrorHandler(&errors);
    StringLogger logger;
    if (listing) code.setLogger(&logger);
    x86::Compiler cc(&code);
    TraceAssembler(ir, cc).assemble(countdown);
    if (errors.error == kErrorOk) cc.finalize();
    TraceEntry entry = nullptr;
    if (errors.error == kErrorOk) runtime_.add(&entry, &code);
    if (errors.error != kErrorOk || !entry) {
      *error = "machine code: " + errors.text;
      return false;
    }
    out->entry = entry;
    if (listing) out->listing = logger.data();
    return true;
  }
  void release(TraceEntry entry) override { runtime_.release(entry); }

 private:
  JitRuntime runtime_;
};

}  // namespace

std::unique_ptr<Backend> make_native_backend() {
#if defined(__x86_64__)
  return std::make_unique<X64Backend>();
#else
  return nullptr;
#endif
}

}  // namespace ember::jit

#include "jit/recorder.h"

#include <cmath>

#include "jit/trace_recorder.h"
#include "vm/opcodes.h"
#include "vm/typed_fusion.h"
#include "vm/typed_list.h"
#include "vm/typed_ops.h"

namespace ember::jit {

namespace {

// The CompareOp of a typed compare-and-jump opcode, and whether it compares Float64.
struct JumpCompare {
  CompareOp op;
  bool is_float;
};
bool jump_compare(Op op, JumpCompare* out) {
  int i = static_cast<int>(op) - static_cast<int>(Op::JumpLtI64);
  if (i < 0 || i >= 12) return false;
  *out = JumpCompare{static_cast<CompareOp>(i % 6), i >= 6};
  return true;
}

class TypedRecorder : public TraceRecorder {
 public:
  TypedRecorder(IrBuffer& ir, const CodeObject& code, Value* registers, const InnerTraces& inner)
      : TraceRecorder(ir, code, registers, inner) {}

 private:
  // `ref` as a value of class `want`: a Raw value takes the type of its first use; an Int
  // used as a Float (or back) is reinterpreted bit for bit, as the raw slots are.
  IrRef as(IrRef ref, IrType want) {
    IrType have = ir_.type_of(ref);
    bool want_float = want == IrType::Float;
    if (have == IrType::Raw && !IrBuffer::is_const(ref)) {
      ir_.at(ref).type = want;
      return ref;
    }
    if ((have == IrType::Float) == want_float) return ref;
    return ir_.emit(want_float ? IrOp::AsFloat : IrOp::AsInt, ref);
  }
  IrRef read_int(uint16_t r) { return as(read(r), IrType::Int); }
  IrRef read_float(uint16_t r) { return as(read(r), IrType::Float); }
  // The object a Value register refers to (a List: registers of the slot map hold Values).
  IrRef read_object(uint16_t r) {
    return ir_.emit(IrOp::BAnd, read_int(r), ir_.int_const(Value::kPayloadMask));
  }
  int64_t int_at(uint16_t r) const { return typed::raw_int(R_[r]); }
  double float_at(uint16_t r) const { return typed::raw_float(R_[r]); }

  // The address of slot `k` of element `index` of the List in register `list_reg`, after a
  // guard that the index is in range (which sends negative ones to the interpreter).
  IrRef list_slot(uint16_t list_reg, IrRef list, IrRef index, uint32_t width, uint32_t k,
                  const Instruction* pc) {
    const auto* object = static_cast<const TypedListObject*>(R_[list_reg].as_object());
    IrRef size = ir_.emit(IrOp::Field, list, ir_.int_const(byte_offset(object, &object->size)));
    guard(ir_.emit(IrOp::ULt, index, size), true, pc);
    IrRef slots =
        ir_.emit(IrOp::FieldPtr, list, ir_.int_const(byte_offset(object, &object->slots)));
    IrRef position = ir_.emit(IrOp::Mul, index, ir_.int_const(width));
    position = ir_.emit(IrOp::Add, position, ir_.int_const(k));
    return ir_.emit(IrOp::Index, slots, position);
  }

  // A store, unless it writes back what a load from the same address, with no store
  // since, read (a struct written back into a List with only some fields changed).
  void store(IrRef address, IrRef value) {
    IrRef unchanged = ir_.emit(IrOp::Load, address);
    if (unchanged == value) return;
    ir_.emit_raw(IrOp::Store, IrType::None, address, value);
  }
  void int_binary(const Instruction& ins, IrOp op, int64_t result) {
    write(ins.a, ir_.emit(op, read_int(ins.b), read_int(ins.c)), typed::from_int(result));
  }
  void float_binary(const Instruction& ins, IrOp op, double result) {
    write(ins.a, ir_.emit(op, read_float(ins.b), read_float(ins.c)), typed::from_float(result));
  }
  const Instruction* step(const Instruction* pc, const Instruction& ins) override;
  const Instruction* step_arithmetic(const Instruction* pc, const Instruction& ins, Op op,
                                     bool* handled);
};

// Arithmetic, conversions and comparisons: records and runs `ins`; `handled` false when
// `op` is not one of them.
const Instruction* TypedRecorder::step_arithmetic(const Instruction* pc, const Instruction& ins,
                                                  Op op, bool* handled) {
  *handled = true;
  const Instruction* next = pc + 1;
  switch (op) {
    case Op::AddI64:
      int_binary(ins, IrOp::Add, typed::wrap_add(int_at(ins.b), int_at(ins.c)));
      return next;
    case Op::SubI64:
      int_binary(ins, IrOp::Sub, typed::wrap_sub(int_at(ins.b), int_at(ins.c)));
      return next;
    case Op::MulI64:
      int_binary(ins, IrOp::Mul, typed::wrap_mul(int_at(ins.b), int_at(ins.c)));
      return next;
    case Op::FloorDivI64:
    case Op::ModI64: {
      if (int_at(ins.c) == 0) return stop("the program stops here (division by zero)");
      guard(ir_.emit(IrOp::Ne, read_int(ins.c), ir_.int_const(0)), true, pc);
      bool div = op == Op::FloorDivI64;
      int_binary(ins, div ? IrOp::FloorDiv : IrOp::Mod,
                 div ? typed::floor_div(int_at(ins.b), int_at(ins.c))
                     : typed::floor_mod(int_at(ins.b), int_at(ins.c)));
      return next;
    }
    case Op::AndI64:
      int_binary(ins, IrOp::BAnd, int_at(ins.b) & int_at(ins.c));
      return next;
    case Op::OrI64:
      int_binary(ins, IrOp::BOr, int_at(ins.b) | int_at(ins.c));
      return next;
    case Op::XorI64:
      int_binary(ins, IrOp::BXor, int_at(ins.b) ^ int_at(ins.c));
      return next;
    case Op::ShlI64:
    case Op::ShrI64: {
      int64_t n = int_at(ins.c);
      if (n < 0 || n >= 64) return stop("shift count outside 0..63");
      guard(ir_.emit(IrOp::ULt, read_int(ins.c), ir_.int_const(64)), true, pc);
      bool left = op == Op::ShlI64;
      int_binary(ins, left ? IrOp::Shl : IrOp::Shr,
                 left ? typed::shift_left(int_at(ins.b), n) : typed::shift_right(int_at(ins.b), n));
      return next;
    }
    case Op::NegI64:
      write(ins.a, ir_.emit(IrOp::Neg, read_int(ins.b)),
            typed::from_int(typed::wrap_sub(0, int_at(ins.b))));
      return next;
    case Op::InvertI64:
      write(ins.a, ir_.emit(IrOp::BNot, read_int(ins.b)), typed::from_int(~int_at(ins.b)));
      return next;
    case Op::CompareI64: {
      auto cmp = static_cast<CompareOp>(ins.x);
      int_binary(ins, int_compare(cmp), typed::compare(cmp, int_at(ins.b), int_at(ins.c)));
      return next;
    }
    case Op::AddF64:
      float_binary(ins, IrOp::AddF, float_at(ins.b) + float_at(ins.c));
      return next;
    case Op::SubF64:
      float_binary(ins, IrOp::SubF, float_at(ins.b) - float_at(ins.c));
      return next;
    case Op::MulF64:
      float_binary(ins, IrOp::MulF, float_at(ins.b) * float_at(ins.c));
      return next;
    case Op::DivF64:
      float_binary(ins, IrOp::DivF, float_at(ins.b) / float_at(ins.c));
      return next;
    case Op::PowF64:
      float_binary(ins, IrOp::PowF, std::pow(float_at(ins.b), float_at(ins.c)));
      return next;
    case Op::NegF64:
      write(ins.a, ir_.emit(IrOp::NegF, read_float(ins.b)), typed::from_float(-float_at(ins.b)));
      return next;
    case Op::CompareF64: {
      auto cmp = static_cast<CompareOp>(ins.x);
      write(ins.a, ir_.emit(float_compare(cmp), read_float(ins.b), read_float(ins.c)),
            typed::from_int(typed::compare(cmp, float_at(ins.b), float_at(ins.c))));
      return next;
    }
    case Op::NotRaw:
      write(ins.a, ir_.emit(IrOp::BXor, read_int(ins.b), ir_.int_const(1)),
            Value::from_bits(R_[ins.b].bits() ^ 1));
      return next;
    case Op::I64ToF64:
      write(ins.a, ir_.emit(IrOp::IToF, read_int(ins.b)),
            typed::from_float(static_cast<double>(int_at(ins.b))));
      return next;
    case Op::F64ToI64: {
      double d = float_at(ins.b);
      if (!typed::float_fits_int(d)) return stop("the program stops here (Float64 to Int)");
      IrRef result = ir_.emit(IrOp::FToI, read_float(ins.b));
      // The conversion gives INT64_MIN for what does not fit; -2^63 itself, which fits, then
      // leaves the trace too and the interpreter converts it.
      guard(ir_.emit(IrOp::Ne, result, ir_.int_const(INT64_MIN)), true, pc);
      write(ins.a, result, typed::from_int(static_cast<int64_t>(d)));
      return next;
    }
    default:
      *handled = false;
      return nullptr;
  }
}

const Instruction* TypedRecorder::step(const Instruction* pc, const Instruction& ins) {
  Op op = split_fused(ins.op).first;
  bool handled;
  if (const Instruction* next = step_arithmetic(pc, ins, op, &handled); handled) return next;
  JumpCompare jc;
  if (jump_compare(op, &jc)) {
    const Instruction* target = pc + 2 + pc[1].sbc();
    bool cond;
    IrRef ref;
    if (jc.is_float) {
      cond = typed::compare(jc.op, float_at(ins.a), float_at(ins.b));
      ref = ir_.emit(float_compare(jc.op), read_float(ins.a), read_float(ins.b));
    } else {
      cond = typed::compare(jc.op, int_at(ins.a), int_at(ins.b));
      ref = ir_.emit(int_compare(jc.op), read_int(ins.a), read_int(ins.b));
    }
    bool taken = cond == (ins.x != 0);
    if (inner_loop(pc, target)) return stop_at_inner_loop(pc);
    return branch(ref, cond, taken, target, pc + 2);
  }
  switch (op) {
    case Op::Move:
      write(ins.a, read(ins.b), R_[ins.b]);
      return pc + 1;
    case Op::LoadRaw: {
      uint64_t bits = code_->raw_constants[ins.bc()];
      write(ins.a, ir_.int_const(static_cast<int64_t>(bits)), Value::from_bits(bits));
      return pc + 1;
    }
    case Op::Jump: {
      const Instruction* target = pc + 1 + ins.sbc();
      if (inner_loop(pc, target)) return stop_at_inner_loop(pc);
      return target;
    }
    case Op::JumpIfRaw: {
      bool cond = R_[ins.a].bits() != 0;
      bool taken = cond == (ins.x != 0);
      const Instruction* target = pc + 1 + ins.sbc();
      if (inner_loop(pc, target)) return stop_at_inner_loop(pc);
      return branch(read_int(ins.a), cond, taken, target, pc + 1);
    }
    case Op::LoopI64: {
      // Decided before anything is written, so that stopping leaves the instruction whole.
      int64_t step = int_at(ins.a + 2);
      int64_t i = typed::wrap_add(int_at(ins.a), step);
      bool ascending = ins.x == 0 || (ins.x == 2 && step > 0);
      bool cond = ascending ? i < int_at(ins.a + 1) : i > int_at(ins.a + 1);
      const Instruction* target = pc + 2 + pc[1].sbc();
      if (!cond) return stop("the loop ended");
      if (inner_loop(pc, target)) return stop_at_inner_loop(pc);
      IrRef step_ref = read_int(ins.a + 2);
      IrRef i_ref = ir_.emit(IrOp::Add, read_int(ins.a), step_ref);
      IrRef bound_ref = read_int(ins.a + 1);
      write(ins.a, i_ref, typed::from_int(i));
      IrRef cond_ref;
      if (ins.x == 2) {
        // The step's sign picks the comparison. Computed, not guarded: an exit here would
        // resume in the middle of the back edge, and the back edge is where the trace starts.
        IrRef up = ir_.emit(IrOp::Gt, step_ref, ir_.int_const(0));
        IrRef below = ir_.emit(IrOp::BAnd, up, ir_.emit(IrOp::Lt, i_ref, bound_ref));
        IrRef down = ir_.emit(IrOp::BXor, up, ir_.int_const(1));
        IrRef above = ir_.emit(IrOp::BAnd, down, ir_.emit(IrOp::Gt, i_ref, bound_ref));
        cond_ref = ir_.emit(IrOp::BOr, below, above);
      } else {
        cond_ref = ir_.emit(ascending ? IrOp::Lt : IrOp::Gt, i_ref, bound_ref);
      }
      guard(cond_ref, true, pc + 2);
      write(ins.b, i_ref, typed::from_int(i));
      return target;
    }
    case Op::RangeStepCheck:
    case Op::OptionalCheck:
      if (R_[ins.a].bits() == 0) return stop("the program stops here (check failed)");
      guard(read_int(ins.a), true, pc);
      return pc + 1;
    case Op::TListGet:
    case Op::TListSet: {
      bool get = op == Op::TListGet;
      uint16_t list_reg = get ? ins.b : ins.a;
      uint16_t index_reg = get ? ins.c : ins.b;
      const auto* list = static_cast<const TypedListObject*>(R_[list_reg].as_object());
      int64_t index = int_at(index_reg);
      if (static_cast<uint64_t>(index) >= static_cast<uint64_t>(list->size)) {
        return stop("List index negative or out of range");
      }
      IrRef list_ref = read_object(list_reg);
      IrRef index_ref = read_int(index_reg);
      for (uint32_t k = 0; k < ins.x; ++k) {
        IrRef address = list_slot(list_reg, list_ref, index_ref, ins.x, k, pc);
        Value* slot = list->slots + index * ins.x + k;
        if (get) {
          write(ins.a + k, ir_.emit(IrOp::Load, address), *slot);
        } else {
          store(address, read(ins.c + k));
          *slot = R_[ins.c + k];
        }
      }
      return pc + 1;
    }
    case Op::TListAppend: {
      // The append that needs no new buffer, inline; the one that grows the List (and may
      // collect or fail) is the interpreter's.
      auto* list = static_cast<TypedListObject*>(R_[ins.a].as_object());
      if (list->size == list->capacity) return stop("List append needs a larger buffer");
      IrRef list_ref = read_object(ins.a);
      IrRef size = ir_.emit(IrOp::Field, list_ref, ir_.int_const(byte_offset(list, &list->size)));
      IrRef capacity =
          ir_.emit(IrOp::Field, list_ref, ir_.int_const(byte_offset(list, &list->capacity)));
      guard(ir_.emit(IrOp::Lt, size, capacity), true, pc);
      IrRef slots =
          ir_.emit(IrOp::FieldPtr, list_ref, ir_.int_const(byte_offset(list, &list->slots)));
      IrRef first = ir_.emit(IrOp::Mul, size, ir_.int_const(list->width));
      for (uint32_t k = 0; k < list->width; ++k) {
        IrRef slot = ir_.emit(IrOp::Index, slots, ir_.emit(IrOp::Add, first, ir_.int_const(k)));
        ir_.emit_raw(IrOp::Store, IrType::None, slot, read(ins.b + k));
        list->slots[list->size * list->width + k] = R_[ins.b + k];
      }
      IrRef size_field =
          ir_.emit(IrOp::Add, list_ref, ir_.int_const(byte_offset(list, &list->size)));
      ir_.emit_raw(IrOp::Store, IrType::None, size_field,
                   ir_.emit(IrOp::Add, size, ir_.int_const(1)));
      ++list->size;
      return pc + 1;
    }
    case Op::TListLen: {
      const auto* list = static_cast<const TypedListObject*>(R_[ins.b].as_object());
      IrRef size =
          ir_.emit(IrOp::Field, read_object(ins.b), ir_.int_const(byte_offset(list, &list->size)));
      write(ins.a, size, typed::from_int(list->size));
      return pc + 1;
    }
    case Op::JitLoop:
      return call_inner_trace(pc);
    default:
      reason_ = std::string("unsupported instruction ") + opcode_name(op);
      return nullptr;
  }
}

}  // namespace

Recording record_typed_loop(IrBuffer& ir, const CodeObject& code, Value* registers,
                            const Instruction* start, Instruction start_ins,
                            const InnerTraces& inner) {
  return TypedRecorder(ir, code, registers, inner).run(start, start_ins, start);
}

Recording record_side_trace(IrBuffer& ir, const CodeObject& code, Value* registers,
                            const Instruction* from, const Instruction* back_edge,
                            const InnerTraces& inner) {
  ir.loop = false;
  return TypedRecorder(ir, code, registers, inner).run(from, *from, back_edge);
}

}  // namespace ember::jit

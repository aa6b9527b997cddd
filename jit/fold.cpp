// Constant folding and algebraic simplification of the trace IR, applied to every
// instruction as it is emitted (LuaJIT's FOLD stage, reduced to the rules typed code needs).
#include <bit>
#include <cmath>

#include "jit/ir.h"
#include "vm/typed_ops.h"

namespace ember::jit {

namespace {

// Both operands are Int constants.
IrRef fold_int_constants(IrBuffer& ir, IrOp op, int64_t x, int64_t y) {
  switch (op) {
    case IrOp::Add:
      return ir.int_const(typed::wrap_add(x, y));
    case IrOp::Sub:
      return ir.int_const(typed::wrap_sub(x, y));
    case IrOp::Mul:
      return ir.int_const(typed::wrap_mul(x, y));
    case IrOp::FloorDiv:
      return y == 0 ? kNoRef : ir.int_const(typed::floor_div(x, y));
    case IrOp::Mod:
      return y == 0 ? kNoRef : ir.int_const(typed::floor_mod(x, y));
    case IrOp::BAnd:
      return ir.int_const(x & y);
    case IrOp::BOr:
      return ir.int_const(x | y);
    case IrOp::BXor:
      return ir.int_const(x ^ y);
    case IrOp::Shl:
      return y < 0 || y >= 64 ? kNoRef : ir.int_const(typed::shift_left(x, y));
    case IrOp::Shr:
      return y < 0 || y >= 64 ? kNoRef : ir.int_const(typed::shift_right(x, y));
    case IrOp::Lt:
      return ir.int_const(x < y);
    case IrOp::Le:
      return ir.int_const(x <= y);
    case IrOp::Eq:
      return ir.int_const(x == y);
    case IrOp::Ne:
      return ir.int_const(x != y);
    case IrOp::Gt:
      return ir.int_const(x > y);
    case IrOp::Ge:
      return ir.int_const(x >= y);
    case IrOp::ULt:
      return ir.int_const(static_cast<uint64_t>(x) < static_cast<uint64_t>(y));
    default:
      return kNoRef;
  }
}

IrRef fold_float_constants(IrBuffer& ir, IrOp op, double x, double y) {
  switch (op) {
    case IrOp::AddF:
      return ir.float_const(x + y);
    case IrOp::SubF:
      return ir.float_const(x - y);
    case IrOp::MulF:
      return ir.float_const(x * y);
    case IrOp::DivF:
      return ir.float_const(x / y);
    case IrOp::LtF:
      return ir.int_const(x < y);
    case IrOp::LeF:
      return ir.int_const(x <= y);
    case IrOp::EqF:
      return ir.int_const(x == y);
    case IrOp::NeF:
      return ir.int_const(x != y);
    case IrOp::GtF:
      return ir.int_const(x > y);
    case IrOp::GeF:
      return ir.int_const(x >= y);
    default:
      return kNoRef;
  }
}

// One constant operand, or none: the identities that hold for every value.
IrRef fold_identity(IrBuffer& ir, IrOp op, IrRef op1, IrRef op2) {
  bool int_const2 = op2 != kNoRef && IrBuffer::is_const(op2) && ir.type_of(op2) == IrType::Int;
  int64_t y = int_const2 ? ir.int_value(op2) : 0;
  switch (op) {
    case IrOp::Add:
    case IrOp::Sub:
    case IrOp::BOr:
    case IrOp::BXor:
    case IrOp::Shl:
    case IrOp::Shr:
      if (int_const2 && y == 0) return op1;
      if (op1 == op2 && op == IrOp::Sub) return ir.int_const(0);
      if (op1 == op2 && op == IrOp::BXor) return ir.int_const(0);
      return kNoRef;
    case IrOp::Mul:
      if (int_const2 && y == 1) return op1;
      if (int_const2 && y == 0) return op2;
      return kNoRef;
    case IrOp::BAnd:
      if (int_const2 && y == -1) return op1;
      if (int_const2 && y == 0) return op2;
      if (op1 == op2) return op1;
      return kNoRef;
    case IrOp::Eq:
    case IrOp::Le:
    case IrOp::Ge:
      return op1 == op2 ? ir.int_const(1) : kNoRef;
    case IrOp::Ne:
    case IrOp::Lt:
    case IrOp::Gt:
    case IrOp::ULt:
      return op1 == op2 ? ir.int_const(0) : kNoRef;
    case IrOp::MulF:
    case IrOp::DivF:
      // x * 1.0 and x / 1.0 are x for every x, nan and -0.0 included (x + 0.0 is not).
      if (IrBuffer::is_const(op2) && ir.type_of(op2) == IrType::Float &&
          ir.float_value(op2) == 1.0) {
        return op1;
      }
      return kNoRef;
    case IrOp::AsInt:
      return !IrBuffer::is_const(op1) && ir.at(op1).op == IrOp::AsFloat ? ir.at(op1).op1 : kNoRef;
    case IrOp::AsFloat:
      return !IrBuffer::is_const(op1) && ir.at(op1).op == IrOp::AsInt ? ir.at(op1).op1 : kNoRef;
    default:
      return kNoRef;
  }
}

// A one-operand instruction on a constant.
IrRef fold_unary_constant(IrBuffer& ir, IrOp op, IrRef op1) {
  const IrConst& k = ir.constant(op1);
  switch (op) {
    case IrOp::Neg:
      return ir.int_const(typed::wrap_sub(0, static_cast<int64_t>(k.bits)));
    case IrOp::BNot:
      return ir.int_const(~static_cast<int64_t>(k.bits));
    case IrOp::NegF:
      return ir.float_const(-std::bit_cast<double>(k.bits));
    case IrOp::IToF:
      return ir.float_const(static_cast<double>(static_cast<int64_t>(k.bits)));
    case IrOp::AsInt:
      return ir.int_const(static_cast<int64_t>(k.bits));
    case IrOp::AsFloat:
      return ir.float_const(std::bit_cast<double>(k.bits));
    case IrOp::GuardTrue:
    case IrOp::GuardFalse:
      // The recorder saw which way it went: a constant condition always goes that way.
      return op1;
    default:
      return kNoRef;
  }
}

}  // namespace

IrRef fold(IrBuffer& ir, IrOp op, IrRef op1, IrRef op2) {
  if (ir_reads_register(op) || op == IrOp::Load || op == IrOp::Store || op == IrOp::CallTrace) {
    return kNoRef;
  }
  bool const1 = op1 != kNoRef && IrBuffer::is_const(op1);
  bool const2 = op2 != kNoRef && IrBuffer::is_const(op2);
  if (const1 && op2 == kNoRef) return fold_unary_constant(ir, op, op1);
  if (const1 && const2) {
    IrType t1 = ir.type_of(op1);
    IrType t2 = ir.type_of(op2);
    if (t1 == IrType::Int && t2 == IrType::Int) {
      return fold_int_constants(ir, op, ir.int_value(op1), ir.int_value(op2));
    }
    if (t1 == IrType::Float && t2 == IrType::Float) {
      return fold_float_constants(ir, op, ir.float_value(op1), ir.float_value(op2));
    }
    return kNoRef;
  }
  return fold_identity(ir, op, op1, op2);
}

}  // namespace ember::jit

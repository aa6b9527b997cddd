#include "vm/quicken.h"

namespace ember {

// Each specialised form must pass its guards on the operands it was chosen for (a zero
// divisor, say, stays with the generic form, which raises), or the two would alternate.
Op quickened_binary(const BuiltinTypes& types, const Instruction& ins, Value a, Value b) {
  auto op = static_cast<BinaryOp>(ins.x & ~kQuickenedInPlace);
  int64_t x, y;
  if (int64_operand(types, a, &x) && int64_operand(types, b, &y)) {
    if (y == 0 && (op == BinaryOp::FloorDiv || op == BinaryOp::Mod)) return ins.op;
    if (y < 0 && op == BinaryOp::RShift) return ins.op;
    switch (op) {
      case BinaryOp::Add:
        return Op::BinaryAddInt;
      case BinaryOp::Sub:
        return Op::BinarySubInt;
      case BinaryOp::Mul:
        return Op::BinaryMulInt;
      case BinaryOp::FloorDiv:
        return Op::BinaryFloorDivInt;
      case BinaryOp::Mod:
        return Op::BinaryModInt;
      case BinaryOp::And:
        return Op::BinaryAndInt;
      case BinaryOp::Or:
        return Op::BinaryOrInt;
      case BinaryOp::Xor:
        return Op::BinaryXorInt;
      case BinaryOp::RShift:
        return Op::BinaryRShiftInt;
      default:
        return ins.op;
    }
  }
  if (op == BinaryOp::Add && is_exact_str(types, a) && is_exact_str(types, b)) {
    return Op::BinaryAddStr;
  }
  if (is_float_operand_pair(a, b)) {
    if (op == BinaryOp::TrueDiv && float_operand(b) == 0.0) return ins.op;
    switch (op) {
      case BinaryOp::Add:
        return Op::BinaryAddFloat;
      case BinaryOp::Sub:
        return Op::BinarySubFloat;
      case BinaryOp::Mul:
        return Op::BinaryMulFloat;
      case BinaryOp::TrueDiv:
        return Op::BinaryDivFloat;
      default:
        return ins.op;
    }
  }
  return ins.op;
}

Op quickened_compare(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return Op::CompareInt;
  if (is_float_operand_pair(a, b)) return Op::CompareFloat;
  return Op::Compare;
}

void quicken(Instruction& ins, Op op) {
  if (ins.op == Op::InPlace) ins.x |= kQuickenedInPlace;
  ins.op = op;
}

bool is_quickened_binary(Op op) {
  switch (op) {
    case Op::BinaryAddInt:
    case Op::BinarySubInt:
    case Op::BinaryMulInt:
    case Op::BinaryFloorDivInt:
    case Op::BinaryModInt:
    case Op::BinaryAndInt:
    case Op::BinaryOrInt:
    case Op::BinaryXorInt:
    case Op::BinaryRShiftInt:
    case Op::BinaryAddFloat:
    case Op::BinarySubFloat:
    case Op::BinaryMulFloat:
    case Op::BinaryDivFloat:
    case Op::BinaryAddStr:
      return true;
    default:
      return false;
  }
}

void unquicken(Instruction& ins) {
  if (is_quickened_binary(ins.op)) {
    ins.op = ins.x & kQuickenedInPlace ? Op::InPlace : Op::Binary;
    ins.x &= ~kQuickenedInPlace;
    return;
  }
  switch (ins.op) {
    case Op::CompareInt:
    case Op::CompareFloat:
      ins.op = Op::Compare;
      return;
    case Op::ForIterRange:
    case Op::ForIterList:
      ins.op = Op::ForIter;
      return;
    default:
      return;
  }
}

}  // namespace ember

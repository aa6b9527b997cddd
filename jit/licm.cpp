// Loop-invariant code: what a loop trace computes the same way in every iteration. The
// backend computes it once, before the loop.
#include <vector>

#include "jit/ir.h"

namespace ember::jit {

namespace {

// Pure instructions that cannot fault wherever they run. Division and modulo are out: their
// divisor is checked by a guard in the loop, and a division above it could trap. Loads
// are out: a store in the loop may change what they read.
bool hoistable(IrOp op) {
  switch (op) {
    case IrOp::FloorDiv:
    case IrOp::Mod:
    case IrOp::Load:
    case IrOp::Store:
    case IrOp::Reload:
    case IrOp::SLoad:
    case IrOp::CallTrace:
    case IrOp::GuardTrue:
    case IrOp::GuardFalse:
    case IrOp::Nop:
    case IrOp::Count:
      return false;
    default:
      return true;
  }
}

}  // namespace

std::vector<bool> loop_invariants(const IrBuffer& ir) {
  std::vector<bool> invariant(ir.size(), false);
  if (!ir.loop) return invariant;
  // A store to an object's field (an append grows a List's size) makes fields vary.
  bool fields_vary = false;
  for (IrRef ref = kConstBias; ref < ir.end(); ++ref) {
    const IrIns& ins = ir.at(ref);
    if (ins.op == IrOp::Store && !IrBuffer::is_const(ins.op1) && ir.at(ins.op1).op != IrOp::Index) {
      fields_vary = true;
    }
  }
  std::vector<bool> carried(ir.size(), false);
  for (const Phi& phi : ir.phis) carried[phi.sload - kConstBias] = true;
  auto known = [&](IrRef ref) {
    return ref == kNoRef || IrBuffer::is_const(ref) || invariant[ref - kConstBias];
  };
  for (IrRef ref = kConstBias; ref < ir.end(); ++ref) {
    const IrIns& ins = ir.at(ref);
    if (ins.op == IrOp::SLoad) {
      invariant[ref - kConstBias] = !carried[ref - kConstBias];
    } else if (hoistable(ins.op) &&
               !(fields_vary && (ins.op == IrOp::Field || ins.op == IrOp::FieldPtr))) {
      invariant[ref - kConstBias] = known(ins.op1) && known(ins.op2);
    }
  }
  return invariant;
}

}  // namespace ember::jit

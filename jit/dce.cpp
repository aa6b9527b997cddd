// Dead-code elimination over the trace IR: one backward sweep, since operands always come
// before their users.
#include <vector>

#include "jit/ir.h"

namespace ember::jit {

void eliminate_dead_code(IrBuffer& ir) {
  std::vector<bool> live(ir.size(), false);
  auto mark = [&](IrRef ref) {
    if (ref != kNoRef && !IrBuffer::is_const(ref)) live[ref - kConstBias] = true;
  };
  for (const SnapEntry& e : ir.snap_entries) mark(e.ref);
  for (const Phi& phi : ir.phis) {
    mark(phi.sload);
    mark(phi.value);
  }
  for (const StoreBack& s : ir.store_backs) mark(s.value);
  for (IrRef ref = ir.end(); ref-- > kConstBias;) {
    IrIns& ins = ir.at(ref);
    if (ir_has_effect(ins.op)) live[ref - kConstBias] = true;
    if (!live[ref - kConstBias]) {
      ins.op = IrOp::Nop;
      continue;
    }
    if (ir_reads_register(ins.op) || ins.op == IrOp::CallTrace) continue;  // constants
    mark(ins.op1);
    mark(ins.op2);
  }
}

}  // namespace ember::jit

#include "jit/ir.h"

#include <bit>
#include <cstdio>

namespace ember::jit {

namespace {

struct OpInfo {
  const char* name;
  IrType type;
};
constexpr OpInfo kOpInfo[] = {
#define EMBER_IR_INFO(name, type) {#name, IrType::type},
    EMBER_IR_OPS(EMBER_IR_INFO)
#undef EMBER_IR_INFO
};

const char* type_name(IrType type) {
  switch (type) {
    case IrType::Raw:
      return "raw";
    case IrType::Int:
      return "int";
    case IrType::Float:
      return "flt";
    case IrType::Bool:
      return "bool";
    case IrType::Ptr:
      return "ptr";
    case IrType::None:
      return "   ";
  }
  return "?";
}

}  // namespace

const char* ir_op_name(IrOp op) {
  return kOpInfo[static_cast<size_t>(op)].name;
}
IrType ir_op_type(IrOp op) {
  return kOpInfo[static_cast<size_t>(op)].type;
}
bool ir_is_commutative(IrOp op) {
  switch (op) {
    case IrOp::Add:
    case IrOp::Mul:
    case IrOp::BAnd:
    case IrOp::BOr:
    case IrOp::BXor:
    case IrOp::Eq:
    case IrOp::Ne:
    case IrOp::AddF:
    case IrOp::MulF:
    case IrOp::EqF:
    case IrOp::NeF:
      return true;
    default:
      return false;
  }
}

IrBuffer::IrBuffer() {
  ins_.reserve(256);
}

IrRef IrBuffer::add_const(IrType type, uint64_t bits) {
  for (size_t i = 0; i < consts_.size(); ++i) {
    if (consts_[i].type == type && consts_[i].bits == bits) {
      return static_cast<IrRef>(kConstBias - 1 - i);
    }
  }
  consts_.push_back(IrConst{type, bits});
  return static_cast<IrRef>(kConstBias - consts_.size());
}
IrRef IrBuffer::int_const(int64_t value) {
  return add_const(IrType::Int, static_cast<uint64_t>(value));
}
IrRef IrBuffer::float_const(double value) {
  return add_const(IrType::Float, std::bit_cast<uint64_t>(value));
}
IrRef IrBuffer::bool_const(bool value) {
  return add_const(IrType::Bool, value ? 1 : 0);
}
IrRef IrBuffer::value_const(uint64_t bits) {
  return add_const(IrType::Raw, bits);
}
double IrBuffer::float_value(IrRef ref) const {
  return std::bit_cast<double>(constant(ref).bits);
}

IrRef IrBuffer::emit_raw(IrOp op, IrType type, IrRef op1, IrRef op2) {
  IrRef ref = end();
  ins_.push_back(IrIns{op1, op2, op, type, chain_[static_cast<size_t>(op)]});
  chain_[static_cast<size_t>(op)] = ref;
  if (op == IrOp::Store) {
    last_store_ = ref;
    if (!is_const(op1) && at(op1).op != IrOp::Index) last_field_store_ = ref;
  }
  return ref;
}

IrRef IrBuffer::cse(IrOp op, IrRef op1, IrRef op2) const {
  // A load may read what a store after the earlier load wrote (a field: a store to a field,
  // such as a List's size after an append).
  IrRef limit = op == IrOp::Load                            ? last_store_
                : op == IrOp::Field || op == IrOp::FieldPtr ? last_field_store_
                                                            : kNoRef;
  for (IrRef ref = chain_[static_cast<size_t>(op)]; ref > limit; ref = at(ref).prev) {
    const IrIns& ins = at(ref);
    if (ins.op1 == op1 && ins.op2 == op2) return ref;
  }
  return kNoRef;
}

IrRef IrBuffer::emit(IrOp op, IrRef op1, IrRef op2) {
  // Commutative operands in one order, constants second, so that CSE and fold see one form.
  if (ir_is_commutative(op) && !is_const(op2) && (is_const(op1) || op1 > op2)) {
    std::swap(op1, op2);
  }
  if (IrRef folded = fold(*this, op, op1, op2)) return folded;
  if (op != IrOp::Store) {
    if (IrRef same = cse(op, op1, op2)) return same;
  }
  return emit_raw(op, ir_op_type(op), op1, op2);
}

void IrBuffer::add_snapshot(IrRef guard, uint32_t pc) {
  snapshots.push_back(Snapshot{guard, pc, static_cast<uint32_t>(snap_entries.size()), 0,
                               static_cast<uint32_t>(snap_frames.size()), 0});
}
void IrBuffer::add_snap_frame(const SnapFrame& frame) {
  snap_frames.push_back(frame);
  ++snapshots.back().frames;
}
void IrBuffer::add_snap_entry(uint16_t slot, IrRef ref) {
  snap_entries.push_back(SnapEntry{slot, ref});
  ++snapshots.back().count;
}

namespace {

std::string ref_text(const IrBuffer& ir, IrRef ref) {
  char text[40];
  if (IrBuffer::is_const(ref)) {
    if (ir.constant(ref).type == IrType::Float) {
      std::snprintf(text, sizeof text, "%.17g", ir.float_value(ref));
    } else {
      std::snprintf(text, sizeof text, "%+lld", static_cast<long long>(ir.int_value(ref)));
    }
  } else {
    std::snprintf(text, sizeof text, "%04u", static_cast<unsigned>(ref - kConstBias));
  }
  return text;
}

}  // namespace

std::string IrBuffer::dump() const {
  std::string out;
  size_t snap = 0;
  for (IrRef ref = kConstBias; ref < end(); ++ref) {
    const IrIns& ins = at(ref);
    if (ins.op == IrOp::Nop) continue;
    char head[48];
    std::snprintf(head, sizeof head, "%04u %s %s %-10s", static_cast<unsigned>(ref - kConstBias),
                  ir_is_guard(ins.op) ? ">" : " ", type_name(ins.type), ir_op_name(ins.op));
    out += head;
    if (ir_reads_register(ins.op)) {
      out += " #" + std::to_string(ins.op1);
    } else if (ins.op == IrOp::CallTrace) {
      const TraceCall& call = calls[int_value(ins.op1)];
      out += " loop " + std::to_string(call.loop) + ", goes on after exits";
      for (uint32_t exit : call.expected) out += " " + std::to_string(exit);
    } else {
      if (ins.op1 != kNoRef) out += " " + ref_text(*this, ins.op1);
      if (ins.op2 != kNoRef) out += " " + ref_text(*this, ins.op2);
    }
    out += "\n";
    while (snap < snapshots.size() && snapshots[snap].guard <= ref) {
      const Snapshot& s = snapshots[snap++];
      if (s.guard != ref) continue;
      out += "     snap pc " + std::to_string(s.pc) + " [";
      for (uint32_t i = s.first; i < s.first + s.count; ++i) {
        out += " #" + std::to_string(snap_entries[i].slot) + "=" +
               ref_text(*this, snap_entries[i].ref);
      }
      out += " ]";
      for (uint32_t i = s.first_frame; i < s.first_frame + s.frames; ++i) {
        out += " call(pc " + std::to_string(snap_frames[i].pc) + ", slots #" +
               std::to_string(snap_frames[i].base) + ")";
      }
      out += "\n";
    }
  }
  out += loop ? "---- loop\n" : "---- end\n";
  for (const Phi& phi : phis) {
    out += "     phi #" + std::to_string(phi.slot) + " " + ref_text(*this, phi.sload) + " <- " +
           ref_text(*this, phi.value) + "\n";
  }
  for (const StoreBack& s : store_backs) {
    out += "     store #" + std::to_string(s.slot) + " <- " + ref_text(*this, s.value) + "\n";
  }
  return out;
}

}  // namespace ember::jit

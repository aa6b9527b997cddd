// Optional[T] in fn code: a flag slot (1 when a value is present) followed by the slots of
// T. A T or None converts to it implicitly, as Mojo's Optional constructors do; value()
// on an empty Optional stops the program.
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

Operand FnCompiler::to_optional(Operand v, StaticType optional) {
  StaticType value = composite_arg(optional);
  uint16_t out = temp_for(optional);
  bool present = v.type != StaticType::NoneType;
  emit(Instruction::abc(Op::Move, out, constant_register(present ? 1 : 0)));
  if (present) {
    move(static_cast<uint16_t>(out + 1), v.reg, value);
    return Operand{optional, out};
  }
  // Empty: Value slots hold None (the collector reads them), raw ones zero.
  std::vector<bool> kinds = m_.slot_kinds(value);
  for (size_t i = 0; i < kinds.size(); ++i) {
    auto r = static_cast<uint16_t>(out + 1 + i);
    if (kinds[i])
      emit(Instruction::abc(Op::LoadNone, r));
    else
      emit(Instruction::abc(Op::Move, r, constant_register(0)));
  }
  return Operand{optional, out};
}

Operand FnCompiler::optional_method(const Call* c, const Attribute* callee, Operand self) {
  StaticType value = composite_arg(self.type);
  std::string_view method = callee->attr;
  auto arguments = [&](size_t n) {
    if (c->args.size() == n && c->keywords.empty()) return true;
    error(c, "Optional." + std::string(method) + "() takes " + std::to_string(n) +
                 (n == 1 ? " argument" : " arguments"));
    return false;
  };
  if (method == "value") {
    if (!arguments(0)) return {};
    emit(Instruction::abc(Op::OptionalCheck, self.reg));
    return Operand{value, static_cast<uint16_t>(self.reg + 1)};
  }
  if (method == "or_else") {
    if (!arguments(1)) return {};
    Operand fallback = expr_as(c->args[0], value, "the argument of Optional.or_else()");
    if (fallback.type == StaticType::Error) return {};
    uint16_t out = temp_for(value);
    JumpLabel empty, end;
    emit_jump(Op::JumpIfRaw, self.reg, 0, empty);
    move(out, static_cast<uint16_t>(self.reg + 1), value);
    emit_jump(Op::Jump, 0, 0, end);
    bind(empty);
    move(out, fallback.reg, value);
    bind(end);
    return Operand{value, out};
  }
  error(callee, quoted(self.type) + " has no method '" + std::string(method) + "'");
  return {};
}

}  // namespace ember::static_impl

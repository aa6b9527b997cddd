// Optional[T] in fn code: a flag slot (1 when a value is present) followed by the slots of
// T. A T or None converts to it implicitly, as Mojo's Optional constructors do; value()
// and take() on an empty Optional stop the program. OptionalReg[T] is the same type.
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
  if (method == "__bool__") {
    if (!arguments(0)) return {};
    return Operand{StaticType::Bool, self.reg};  // the flag
  }
  if (method == "copy") {
    if (!arguments(0)) return {};
    uint16_t out = temp_for(self.type);
    move(out, self.reg, self.type);
    return Operand{self.type, out};
  }
  if (method == "take" || method == "unsafe_take") {
    // Moves the value out and leaves the Optional empty (take() checks it is there).
    if (!arguments(0)) return {};
    std::optional<Place> p = place(callee->value);
    if (!p) {
      error(callee->value, "Optional." + std::string(method) + "() needs a variable to empty");
      return {};
    }
    if (!mutable_place(callee->value, *p)) return {};
    if (method == "take") emit(Instruction::abc(Op::OptionalCheck, self.reg));
    uint16_t out = temp_for(value);
    move(out, static_cast<uint16_t>(self.reg + 1), value);
    emit(Instruction::abc(Op::Move, self.reg, constant_register(0)));
    return Operand{value, out};
  }
  if (method == "__str__" || method == "__repr__") {
    if (!arguments(0)) return {};
    return optional_text(c, self, method == "__repr__");
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

Operand FnCompiler::optional_text(const Node* at, Operand self, bool repr) {
  // 10 and None; Optional(10) and Optional(None).
  uint16_t out = temp(true);
  JumpLabel empty, end;
  emit_jump(Op::JumpIfRaw, self.reg, 0, empty);
  Operand held{composite_arg(self.type), static_cast<uint16_t>(self.reg + 1)};
  Operand text = repr ? repr_of(at, held) : text_of(at, held);
  if (text.type == StaticType::Error) return {};
  if (repr) {
    text = binary_on(at, OperatorKind::Add, string_constant("Optional("), text);
    text = binary_on(at, OperatorKind::Add, text, string_constant(")"));
  }
  emit(Instruction::abc(Op::Move, out, text.reg));
  emit_jump(Op::Jump, 0, 0, end);
  bind(empty);
  emit(Instruction::abc(Op::Move, out, string_constant(repr ? "Optional(None)" : "None").reg));
  bind(end);
  return Operand{StaticType::String, out};
}

Operand FnCompiler::inferred_optional(const Call* c) {
  if (c->args.size() != 1 || !c->keywords.empty()) {
    error(c, "Optional() without [T] takes the value to infer T from; write Optional[T]()");
    for (const Expr* a : c->args) expr(a, StaticType::Error);
    return {};
  }
  Operand v = expr(c->args[0], StaticType::Error);
  if (v.type == StaticType::Error) return {};
  if (v.type == StaticType::NoneType || is_optional_type(v.type) ||
      !m_.check_not_managed(c->args[0], v.type, "the value of an Optional")) {
    if (v.type == StaticType::NoneType || is_optional_type(v.type)) {
      error(c->args[0], "Optional of " + quoted(v.type) + " is not supported");
    }
    return {};
  }
  return to_optional(v, optional_of(v.type));
}

Operand FnCompiler::optional_equal(const Node* at, Operand l, Operand r) {
  // None equals an empty Optional; a value converts to an Optional holding it.
  if (!is_optional_type(l.type)) std::swap(l, r);
  StaticType value = composite_arg(l.type);
  uint16_t out = temp(false);
  if (r.type == StaticType::NoneType) {
    emit(Instruction::abc(Op::CompareI64, out, l.reg, constant_register(0),
                          static_cast<uint8_t>(CompareOp::Eq)));
    return Operand{StaticType::Bool, out};
  }
  if (r.type == value) r = to_optional(r, l.type);
  if (r.type != l.type) {
    error(at, "cannot compare " + quoted(l.type) + " with " + quoted(r.type));
    return {};
  }
  // Equal flags, and when both hold a value, equal values.
  JumpLabel end;
  emit(Instruction::abc(Op::CompareI64, out, l.reg, r.reg, static_cast<uint8_t>(CompareOp::Eq)));
  emit_jump(Op::JumpIfRaw, out, 0, end);
  emit_jump(Op::JumpIfRaw, l.reg, 0, end);
  Operand same = equal_values(at, Operand{value, static_cast<uint16_t>(l.reg + 1)},
                              Operand{value, static_cast<uint16_t>(r.reg + 1)});
  if (same.type == StaticType::Error) return {};
  emit(Instruction::abc(Op::Move, out, same.reg));
  bind(end);
  return Operand{StaticType::Bool, out};
}

}  // namespace ember::static_impl

// The testing module in fn code: assert_true, assert_false, assert_equal,
// assert_not_equal and assert_almost_equal raise an Error whose message has Mojo's form
// ("At FILE:LINE:COL: AssertionError: `left == right` comparison failed: ...") when the
// check fails.
#include <bit>

#include "frontend/source.h"
#include "frontend/static_internal.h"
#include "vm/program_abort.h"

namespace ember::static_impl {

using namespace ast;

Operand FnCompiler::text_of(const Node* at, Operand v) {
  if (is_reference_type(v.type)) v = dereference(at, v.type);  // p[] is p
  if (v.type == StaticType::String || v.type == StaticType::Error) return v;
  if (is_simd_type(v.type) || v.type == StaticType::UInt) return simd_text(v);
  if (is_struct_type(v.type)) return struct_text(at, v);
  if (v.type == StaticType::DType) return dtype_text(v, false);
  if (is_list_type(v.type)) return list_text(at, v);
  if (is_optional_type(v.type)) return optional_text(at, v, false);
  if (is_deque_type(v.type) || is_pointer_type(v.type) || holds_dtype_codes(v.type)) {
    error(at, "a " + quoted(v.type) + " value has no text yet");
    return {};
  }
  return call_builtin_on_value("str", v, StaticType::String);
}

Operand FnCompiler::equal_values(const Node* at, Operand l, Operand r) {
  if (l.type != r.type) {
    error(at, "cannot compare " + quoted(l.type) + " with " + quoted(r.type));
    return {};
  }
  uint16_t out = temp(false);
  if (l.type == StaticType::Int || l.type == StaticType::Bool || l.type == StaticType::DType ||
      l.type == StaticType::UInt || is_pointer_type(l.type)) {
    emit(Instruction::abc(Op::CompareI64, out, l.reg, r.reg, static_cast<uint8_t>(CompareOp::Eq)));
  } else if (l.type == StaticType::Float64) {
    emit(Instruction::abc(Op::CompareF64, out, l.reg, r.reg, static_cast<uint8_t>(CompareOp::Eq)));
  } else if (is_simd_type(l.type)) {
    // Every lane equal.
    Operand mask = simd_compare(at, CompareOp::Eq, l, r);
    if (mask.type == StaticType::Error) return {};
    SimdType t = *simd_layout(mask.type);
    emit_simd(Op::SimdUnary, out, mask.reg, 0, static_cast<uint8_t>(SimdUnaryOp::ReduceAnd), t);
  } else if (l.type == StaticType::String || l.type == StaticType::Object) {
    uint16_t boxed = temp(true);
    emit(Instruction::abc(Op::Compare, boxed, l.reg, r.reg, static_cast<uint8_t>(CompareOp::Eq)));
    return object_truth(Operand{StaticType::Object, boxed});
  } else if (is_list_type(l.type)) {
    return list_equal(at, l, r);
  } else if (is_optional_type(l.type)) {
    return optional_equal(at, l, r);
  } else if (is_struct_type(l.type)) {
    std::optional<Operand> eq = dunder(at, "__eq__", l, r);
    if (!eq || eq->type != StaticType::Bool) {
      if (!eq) error(at, quoted(l.type) + " does not implement __eq__");
      return {};
    }
    return *eq;
  } else {
    error(at, "values of type " + quoted(l.type) + " cannot be compared");
    return {};
  }
  return Operand{StaticType::Bool, out};
}

std::optional<Operand> FnCompiler::testing_call(const Call* c, std::string_view name) {
  bool truth = name == "assert_true" || name == "assert_false";
  bool equality = name == "assert_equal" || name == "assert_not_equal";
  bool almost = name == "assert_almost_equal";
  if (!truth && !equality && !almost) return std::nullopt;
  // Arguments: the values, then msg= (and atol=, rtol= for assert_almost_equal).
  size_t values = truth ? 1 : 2;
  const Expr* message = nullptr;
  const Expr* atol = nullptr;
  const Expr* rtol = nullptr;
  for (const Keyword* k : c->keywords) {
    if (k->arg == "msg") {
      message = k->value;
    } else if (almost && (k->arg == "atol" || k->arg == "rtol")) {
      (k->arg == "atol" ? atol : rtol) = k->value;
    } else {
      error(k, std::string(name) + "() has no keyword '" + std::string(k->arg) + "'");
      return Operand{};
    }
  }
  if (c->args.size() == values + 1 && !message) message = c->args[values];
  if (c->args.size() != values && !(c->args.size() == values + 1 && message == c->args[values])) {
    error(c, std::string(name) + "() takes " + std::to_string(values) +
                 (values == 1 ? " value" : " values") + " and an optional msg");
    return Operand{};
  }
  if (!may_raise(c, "'" + std::string(name) + "'")) return Operand{};
  Operand msg = message ? expr_as(message, StaticType::String, "the msg of an assertion")
                        : Operand{StaticType::NoneType, 0};
  Operand ok, l, r;
  std::string check;
  if (truth) {
    ok = truth_value(c->args[0], "the condition of an assertion");
    if (ok.type != StaticType::Error && name == "assert_false") {
      uint16_t flipped = temp(false);
      emit(Instruction::abc(Op::NotRaw, flipped, ok.reg));
      ok.reg = flipped;
    }
  } else {
    // A literal adopts the other value's type, as in a comparison.
    std::optional<Literal> left = fold(c->args[0]);
    // A literal typed by default (UInt.MAX) decides the type of a plain one on its right.
    if (left && left->named != StaticType::Error && fold(c->args[1])) left.reset();
    if (left) {
      r = expr(c->args[1], almost ? StaticType::Float64 : StaticType::Error);
      l = materialize(*left, r.type, c->args[0]);
    } else {
      l = expr(c->args[0], almost ? StaticType::Float64 : StaticType::Error);
      r = expr(c->args[1], l.type);
    }
    if (l.type == StaticType::Error || r.type == StaticType::Error) return Operand{};
    if (almost) {
      // |l - r| <= atol + rtol * |r|, lane by lane, for floats.
      std::optional<SimdType> t = simd_layout(l.type);
      if (l.type != r.type || !t || !dtype_is_float(t->dtype)) {
        error(c, "assert_almost_equal() takes two floating-point values of one type");
        return Operand{};
      }
      Literal tolerance;
      tolerance.type = StaticType::FloatLiteral;
      tolerance.f = 1e-08;
      Operand a = atol ? expr_as(atol, l.type, "atol") : materialize(tolerance, l.type, c);
      tolerance.f = 1e-05;
      Operand rel = rtol ? expr_as(rtol, l.type, "rtol") : materialize(tolerance, l.type, c);
      if (a.type == StaticType::Error || rel.type == StaticType::Error) return Operand{};
      uint16_t diff = temp_for(l.type), limit = temp_for(l.type);
      emit_simd(Op::SimdBinary, diff, l.reg, r.reg, static_cast<uint8_t>(SimdBinaryOp::Sub), *t);
      emit_simd(Op::SimdUnary, diff, diff, 0, static_cast<uint8_t>(SimdUnaryOp::Abs), *t);
      emit_simd(Op::SimdUnary, limit, r.reg, 0, static_cast<uint8_t>(SimdUnaryOp::Abs), *t);
      emit_simd(Op::SimdFma, limit, limit, rel.reg, 0, *t, a.reg);
      Operand within =
          simd_compare(c, CompareOp::Le, Operand{l.type, diff}, Operand{l.type, limit});
      ok = Operand{StaticType::Bool, temp(false)};
      emit_simd(Op::SimdUnary, ok.reg, within.reg, 0, static_cast<uint8_t>(SimdUnaryOp::ReduceAnd),
                *simd_layout(within.type));
    } else {
      ok = equal_values(c, l, r);
      if (ok.type != StaticType::Error && name == "assert_not_equal") {
        uint16_t flipped = temp(false);
        emit(Instruction::abc(Op::NotRaw, flipped, ok.reg));
        ok.reg = flipped;
      }
    }
    check = name == "assert_not_equal" ? "`left != right`" : "`left == right`";
  }
  if (ok.type == StaticType::Error || msg.type == StaticType::Error) return Operand{};
  JumpLabel passed;
  emit_jump(Op::JumpIfRaw, ok.reg, 1, passed);
  // The failure: build the message and raise it.
  std::string where = "At " + display_path(std::string(m_.source.filename())) + ":" +
                      std::to_string(c->lineno) + ":" + std::to_string(c->col_offset + 1) +
                      ": AssertionError: ";
  auto literal = [&](std::string text) {
    Literal lit;
    lit.type = StaticType::String;
    lit.s = std::move(text);
    return materialize(lit, StaticType::Error, c);
  };
  auto concat = [&](Operand a, Operand b) {
    uint16_t out = temp(true);
    emit(Instruction::abc(Op::Binary, out, a.reg, b.reg, static_cast<uint8_t>(BinaryOp::Add)));
    return Operand{StaticType::String, out};
  };
  Operand text;
  if (truth) {
    text = msg.type == StaticType::String ? concat(literal(where), msg)
                                          : literal(where + "condition was unexpectedly " +
                                                    (name == "assert_true" ? "False" : "True"));
  } else {
    Operand left_text = text_of(c->args[0], l), right_text = text_of(c->args[1], r);
    if (left_text.type == StaticType::Error || right_text.type == StaticType::Error) {
      return Operand{};
    }
    text = concat(literal(where + check + " comparison failed:\n   left: "), left_text);
    text = concat(concat(text, literal("\n  right: ")), right_text);
    if (msg.type == StaticType::String) text = concat(concat(text, literal("\n  reason: ")), msg);
  }
  Operand e = new_error(text);
  emit(Instruction::abc(Op::Raise, e.reg, 0, 0, 1));
  bind(passed);
  return Operand{StaticType::NoneType, 0};
}

void FnCompiler::with_stmt(const With* s) {
  // fn code knows one context manager: testing's assert_raises.
  const WithItem* item = s->items.size() == 1 ? s->items[0] : nullptr;
  auto* call = item ? cast<Call>(item->context_expr) : nullptr;
  auto* callee = call ? cast<Name>(call->func) : nullptr;
  auto testing = callee && !lookup(callee->id) ? m_.testing_functions.find(callee->id)
                                               : m_.testing_functions.end();
  if (testing == m_.testing_functions.end() || testing->second != "assert_raises" ||
      item->optional_vars) {
    error(s, "fn code supports only `with assert_raises(...)` (from testing) yet");
    return;
  }
  if (!call->args.empty() || call->keywords.size() > 1 ||
      (call->keywords.size() == 1 && call->keywords[0]->arg != "contains")) {
    error(call, "assert_raises() takes only the keyword argument `contains`");
    return;
  }
  if (!may_raise(s, "assert_raises")) return;
  // The text the error must contain, evaluated before the body.
  std::optional<Operand> contains;
  if (!call->keywords.empty()) {
    contains =
        expr_as(call->keywords[0]->value, StaticType::String, "the `contains` of assert_raises()");
    if (contains->type == StaticType::Error) return;
    uint16_t held = temp(true);
    move(held, contains->reg, StaticType::String);
    contains->reg = held;
  }
  uint16_t exc = temp(true), saved = temp(true);
  std::vector<char> before = init_;
  uint32_t start = protected_block(s->body);
  auto stop = static_cast<uint32_t>(code_->code.size());
  if (!dead_) {
    // The body finished: that is the failure.
    std::string where = std::string(m_.source.filename()) + ":" + std::to_string(s->lineno) + ":" +
                        std::to_string(s->col_offset + 1);
    Literal text;
    text.type = StaticType::String;
    text.s = "AssertionError: Didn't raise at " + where;
    Operand e = new_error(materialize(text, StaticType::String, call));
    emit(Instruction::abc(Op::Raise, e.reg, 0, 0, 1));
  }
  // The handler: the error is what was expected, unless it lacks the `contains` text.
  begin_handler(start, stop, exc, before);
  emit(Instruction::abc(Op::PushExcInfo, exc, saved));
  if (contains) {
    Operand text =
        call_builtin_on_value("str", Operand{StaticType::ErrorValue, exc}, StaticType::String);
    uint16_t found = temp(true), present = temp(false);
    emit(Instruction::abc(Op::Contains, found, contains->reg, text.reg, 0));
    emit(Instruction::abc(Op::UnboxRaw, present, found, 0,
                          static_cast<uint8_t>(BoundaryKind::Bool)));
    JumpLabel expected;
    emit_jump(Op::JumpIfRaw, present, 1, expected);
    emit(Instruction::abc(Op::PopExcInfo, saved));
    emit(Instruction::abc(Op::Reraise, exc));
    bind(expected);
  }
  emit(Instruction::abc(Op::PopExcInfo, saved));
}

}  // namespace ember::static_impl

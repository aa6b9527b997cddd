// Typed fn expressions: literal typing, operators, comparisons, calls of fns, print and
// the conversions Int(), Float64(), Bool(), String().
#include <bit>

#include "frontend/static_internal.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember::static_impl {

using namespace ast;

std::string int128_text(__int128 v) {
  bool negative = v < 0;
  unsigned __int128 u = negative ? -static_cast<unsigned __int128>(v) : v;
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  } while (u);
  return negative ? "-" + digits : digits;
}

std::optional<Literal> FnCompiler::fold(const Expr* e) {
  return m_.fold(e, &alias_scopes_,
                 [this](std::string_view name) { return lookup(name) != nullptr; });
}

Operand FnCompiler::expr(const Expr* e, StaticType expected) {
  LocationScope at(*this, e);
  NestingGuard nest(m_);
  if (nest.too_deep()) {
    if (!reported_nesting_) error(e, "expression is nested too deeply");
    reported_nesting_ = true;
    return {};
  }
  if (std::optional<Literal> lit = fold(e)) return materialize(*lit, expected, e);
  switch (e->kind) {
    case NodeKind::Name: {
      auto* n = static_cast<const Name*>(e);
      Local* l = lookup(n->id);
      if (!l && m_.python_globals.count(n->id)) return python_global(e, n->id);
      if (!l) {
        if (m_.struct_types.count(n->id)) {
          error(e, "struct '" + std::string(n->id) + "' can only be called in fn code yet");
        } else if (m_.functions.count(n->id)) {
          error(e, "fn '" + std::string(n->id) + "' can only be called in fn code yet");
        } else {
          error(e, "use of unknown declaration '" + std::string(n->id) + "'");
        }
        return {};
      }
      if (l->closure) {
        error(e, "nested fn '" + std::string(n->id) +
                     "' can only be called or passed to vectorize, parallelize or tile");
        return {};
      }
      if (!initialized(l)) {
        error(e, "use of uninitialized value '" + std::string(n->id) + "'");
        set_initialized(l, true);  // one diagnostic per path is enough
      }
      // A Pointer variable is its pointee (`p[]` is p in Ember's parser) except where a
      // Pointer is expected.
      bool pointer_wanted =
          expected == l->type || (is_optional_type(expected) && composite_arg(expected) == l->type);
      if (is_reference_type(l->type) && !pointer_wanted) return dereference(e, l->type);
      return Operand{l->type, l->reg};
    }
    case NodeKind::Transfer: {
      const Expr* value = static_cast<const Transfer*>(e)->value;
      auto* n = cast<Name>(value);
      Local* l = n ? lookup(n->id) : nullptr;
      if (!l) {
        if (n) return expr(value, expected);  // reports the unknown name
        error(e, "only a variable can be transferred with '^'");
        return {};
      }
      if (l->read_only) {
        error(e, "cannot transfer out of read-only argument '" + std::string(n->id) + "'");
      }
      Operand o = expr(value, expected);
      if (m_.managed(o.type) && initialized(l)) o = adopt_temporary(transfer_value(e, o));
      set_initialized(l, false);  // the value has moved: later uses are errors
      return o;
    }
    case NodeKind::BinOp:
      return adopt_temporary(binary(static_cast<const BinOp*>(e), expected));
    case NodeKind::UnaryOp:
      return adopt_temporary(unary(static_cast<const ast::UnaryOp*>(e), expected));
    case NodeKind::Compare:
      return compare(static_cast<const Compare*>(e));
    case NodeKind::BoolOp:
      return bool_op(static_cast<const BoolOp*>(e));
    case NodeKind::IfExp:
      return if_exp(static_cast<const IfExp*>(e), expected);
    case NodeKind::Call:
      return adopt_temporary(call(static_cast<const Call*>(e), expected));
    case NodeKind::Attribute:
      return attribute(static_cast<const Attribute*>(e));
    case NodeKind::List:
      return list_literal(static_cast<const Sequence*>(e), expected);
    case NodeKind::Tuple:
      return tuple_literal(static_cast<const Sequence*>(e), expected);
    case NodeKind::Subscript:
      return subscript(static_cast<const Subscript*>(e));
    case NodeKind::Constant:
      if (static_cast<const Constant*>(e)->value_kind == ConstantKind::None) {
        return Operand{StaticType::NoneType, 0};
      }
      error(e, "this literal is not supported in fn code yet");
      return {};
    default:
      error(e, std::string("'") + node_kind_name(e->kind) +
                   "' expressions are not supported in fn code yet");
      return {};
  }
}

Operand FnCompiler::materialize(const Literal& lit, StaticType expected, const Expr* at) {
  if (is_tuple_type(lit.type)) return tuple_constant(lit, at);
  // Int.MAX, UInt8.MIN: an integer literal that is a value of its type by default.
  if (expected == StaticType::Error && lit.type == StaticType::IntLiteral) expected = lit.named;
  if ((is_simd_type(expected) || expected == StaticType::UInt) && lit.type != StaticType::String) {
    return simd_literal(lit, expected, at);
  }
  if (expected == StaticType::Object) return as_object(at, materialize(lit, StaticType::Error, at));
  if (is_optional_type(expected)) {
    Operand v = materialize(lit, composite_arg(expected), at);
    return v.type == composite_arg(expected) ? to_optional(v, expected) : v;
  }
  switch (lit.type) {
    case StaticType::IntLiteral: {
      if (expected == StaticType::Float64) {
        double d = static_cast<double>(lit.i);
        return Operand{StaticType::Float64, constant_register(std::bit_cast<uint64_t>(d))};
      }
      if (lit.i > INT64_MAX || lit.i < INT64_MIN) {
        error(at, "integer value " + int128_text(lit.i) + " does not fit in Int");
        return {};
      }
      auto bits = static_cast<uint64_t>(static_cast<int64_t>(lit.i));
      return Operand{StaticType::Int, constant_register(bits)};
    }
    case StaticType::FloatLiteral:
      return Operand{StaticType::Float64, constant_register(std::bit_cast<uint64_t>(lit.f))};
    case StaticType::Bool:
      return Operand{StaticType::Bool, constant_register(lit.b ? 1 : 0)};
    case StaticType::String: {
      uint16_t r = temp(true);
      emit(Instruction::abx(Op::LoadConst, r, constant(Value::from_object(m_.vm.new_str(lit.s)))));
      return Operand{expected == StaticType::StringLiteral ? expected : StaticType::String, r};
    }
    case StaticType::DType:
      return Operand{StaticType::DType, constant_register(static_cast<uint64_t>(lit.i))};
    case StaticType::TypeValue:
      error(at, "'" + m_.type_name(lit.named) + "' is a type, not a value");
      return {};
    case StaticType::FnValue:
      error(at, "fn '" + lit.s + "' can only be called in fn code yet");
      return {};
    default:
      if (!lit.s.empty()) error(at, lit.s);
      return {};
  }
}

Operand FnCompiler::expr_as(const Expr* e, StaticType want, const char* what) {
  return convert_as(e, expr(e, want), want, what);
}

Operand FnCompiler::index_operand(const Expr* e, const char* what) {
  Operand i = expr(e, StaticType::Int);
  if (i.type == StaticType::Bool) return Operand{StaticType::Int, i.reg};  // 0 or 1
  return convert_as(e, i, StaticType::Int, what);
}

Operand FnCompiler::convert_as(const Expr* e, Operand o, StaticType want, const char* what) {
  if (is_reference_type(o.type) && want != o.type) o = dereference(e, o.type);  // p[] is p
  if (o.type == StaticType::Error || want == StaticType::Error || o.type == want) return o;
  if (want == StaticType::Object) return as_object(e, o);  // object(x) is implicit
  if (literal_converts(o.type, want) || int_and_uint(o.type, want)) return Operand{want, o.reg};
  if (is_optional_type(want) && (o.type == StaticType::NoneType || o.type == composite_arg(want))) {
    return to_optional(o, want);  // Optional[T] takes a T or None implicitly
  }
  if (want == StaticType::Bool && is_struct_type(o.type)) {  // ImplicitlyBoolable
    if (std::optional<Operand> truth = dunder(e, "__as_bool__", o, std::nullopt)) return *truth;
  }
  error(e, "cannot implicitly convert " + quoted(o.type) + " value to " + quoted(want) + " in " +
               what);
  return Operand{StaticType::Error, o.reg};
}

void FnCompiler::expr_to(const Expr* e, StaticType want, uint16_t dst, const char* what) {
  Operand o = expr_as(e, want, what);
  if (o.type != StaticType::Error) move(dst, o.reg, o.type);
}

Operand FnCompiler::attribute(const Attribute* a) {
  // A field of a local: its registers, checked for initialisation field by field in a
  // constructor.
  if (std::optional<Place> p = place(a)) {
    if (p->root->tracks_fields) {
      if (!init_[p->root->index + 1 + p->top_field]) {
        error(a, "use of uninitialized field '" + std::string(a->attr) + "'");
        init_[p->root->index + 1 + p->top_field] = 1;
      }
    } else if (!initialized(p->root)) {
      error(a, "use of uninitialized value '" + std::string(p->root->name) + "'");
      set_initialized(p->root, true);
    }
    return Operand{p->type, p->reg};
  }
  Operand base = expr(a->value, StaticType::Error);
  if (base.type == StaticType::Error) return {};
  if (base.type == StaticType::Object) return object_attribute(a, base);
  if (is_range_type(base.type) && (a->attr == "start" || a->attr == "end" || a->attr == "step")) {
    return range_field(base, a->attr == "start" ? 0 : a->attr == "end" ? 1 : 2);
  }
  if (is_dict_entry_type(base.type) && (a->attr == "key" || a->attr == "value")) {
    auto [key, value] = dict_fields(base.type);
    if (a->attr == "key") return Operand{key, base.reg};
    return Operand{value, static_cast<uint16_t>(base.reg + m_.slot_count(key))};
  }
  StructInfo* info = m_.struct_info(base.type);
  const StructField* f = info ? info->field(a->attr) : nullptr;
  if (!f) {
    error(a, quoted(base.type) + " has no field '" + std::string(a->attr) + "'");
    return {};
  }
  return Operand{f->type, static_cast<uint16_t>(base.reg + f->offset)};
}

// ---- operators

namespace {

// The typed instruction of `a op b` for two operands of scalar type `t`; Op::Nop when fn code
// has none.
Op scalar_binary_op(StaticType t, OperatorKind op) {
  struct Entry {
    StaticType type;
    OperatorKind op;
    Op code;
  };
  using K = OperatorKind;
  using T = StaticType;
  static constexpr Entry kOps[] = {
      {T::Int, K::Add, Op::AddI64},      {T::Int, K::Sub, Op::SubI64},
      {T::Int, K::Mult, Op::MulI64},     {T::Int, K::FloorDiv, Op::FloorDivI64},
      {T::Int, K::Mod, Op::ModI64},      {T::Int, K::BitAnd, Op::AndI64},
      {T::Int, K::BitOr, Op::OrI64},     {T::Int, K::BitXor, Op::XorI64},
      {T::Int, K::LShift, Op::ShlI64},   {T::Int, K::RShift, Op::ShrI64},
      {T::Float64, K::Add, Op::AddF64},  {T::Float64, K::Sub, Op::SubF64},
      {T::Float64, K::Mult, Op::MulF64}, {T::Float64, K::Div, Op::DivF64},
      {T::Float64, K::Pow, Op::PowF64},  {T::Bool, K::BitAnd, Op::AndI64},
      {T::Bool, K::BitOr, Op::OrI64},    {T::Bool, K::BitXor, Op::XorI64},
  };
  for (const Entry& e : kOps) {
    if (e.type == t && e.op == op) return e.code;
  }
  return Op::Nop;
}

std::optional<CompareOp> compare_op(CmpOpKind kind) {
  switch (kind) {
    case CmpOpKind::Eq:
      return CompareOp::Eq;
    case CmpOpKind::NotEq:
      return CompareOp::Ne;
    case CmpOpKind::Lt:
      return CompareOp::Lt;
    case CmpOpKind::LtE:
      return CompareOp::Le;
    case CmpOpKind::Gt:
      return CompareOp::Gt;
    case CmpOpKind::GtE:
      return CompareOp::Ge;
    default:
      return std::nullopt;
  }
}

}  // namespace

namespace {

// The dunder method of each binary operator, by OperatorKind.
constexpr const char* kOperatorMethods[] = {
    "__add__",    "__sub__",    "__mul__", "__matmul__", "__truediv__", "__mod__",     "__pow__",
    "__lshift__", "__rshift__", "__or__",  "__xor__",    "__and__",     "__floordiv__"};

}  // namespace

Operand FnCompiler::binary(const BinOp* b, StaticType expected) {
  std::optional<Literal> left = fold(b->left);
  Operand l, r;
  bool shift = b->op == OperatorKind::LShift || b->op == OperatorKind::RShift;
  if (left && !shift) {
    // A literal on the left adopts the type of the operand on the right.
    r = expr(b->right, expected);
    if (is_reference_type(r.type)) r = dereference(b->right, r.type);  // p[] is p
    l = materialize(*left, r.type == StaticType::Error ? expected : r.type, b->left);
  } else {
    l = left ? materialize(*left, expected, b->left) : expr(b->left, expected);
    if (is_reference_type(l.type)) l = dereference(b->left, l.type);
    StaticType want = shift && !is_simd_type(l.type) ? StaticType::Int : l.type;
    // A struct's operator takes what its dunder declares (a literal adapts to it).
    if (StructInfo* info = m_.struct_info(l.type)) {
      auto method = info->methods.find(kOperatorMethods[static_cast<int>(b->op)]);
      if (method != info->methods.end() && method->second.params.size() == 1) {
        want = method->second.params[0];
      }
    }
    r = expr(b->right, want);
    if (is_reference_type(r.type)) r = dereference(b->right, r.type);
  }
  return binary_on(b, b->op, l, r);
}

Operand FnCompiler::binary_on(const Node* at, OperatorKind op, Operand l, Operand r) {
  if (l.type == StaticType::Error || r.type == StaticType::Error) return {};
  std::string symbol = operator_symbol(op);
  if (is_struct_type(l.type)) {
    const char* method = kOperatorMethods[static_cast<int>(op)];
    if (std::optional<Operand> o = dunder(at, method, l, r)) return *o;
    error(at, quoted(l.type) + " does not implement '" + symbol + "' (define " + method + ")");
    return {};
  }
  if (l.type == StaticType::Object || r.type == StaticType::Object) {
    return object_binary(at, op, l, r);
  }
  if (is_set_type(l.type)) return set_binary(at, op, l, r);
  if (is_list_type(l.type)) return list_binary(at, op, l, r);
  if (is_dict_type(l.type)) {
    // A new Dict: the left's items, then the right's (its values win for common keys).
    if (op != OperatorKind::BitOr || l.type != r.type) {
      error(at, "invalid operand types for '" + symbol + "': " + quoted(l.type) + " and " +
                    quoted(r.type));
      return {};
    }
    uint16_t out = temp(true);
    emit(Instruction::abc(Op::Binary, out, l.reg, r.reg, static_cast<uint8_t>(BinaryOp::Or)));
    return Operand{l.type, out};
  }
  if (is_pointer_type(l.type) && r.type == StaticType::Int &&
      (op == OperatorKind::Add || op == OperatorKind::Sub)) {
    return pointer_offset(l, r, op == OperatorKind::Sub);
  }
  if (int_and_uint(l.type, r.type)) r.type = l.type;  // the left operand's dunder decides
  if (l.type == StaticType::UInt && r.type == StaticType::UInt && op == OperatorKind::Div) {
    // UInt / UInt is a Float64 quotient.
    return simd_binary(at, op, simd_convert(l, StaticType::Float64),
                       simd_convert(r, StaticType::Float64));
  }
  if (is_simd_type(l.type) || is_simd_type(r.type) || l.type == StaticType::UInt ||
      r.type == StaticType::UInt) {
    return simd_binary(at, op, l, r);
  }
  if (op == OperatorKind::Pow && l.type == StaticType::Float64 && r.type == StaticType::Int) {
    uint16_t exponent = temp(false);  // Float64 ** Int: the exponent as a Float64
    emit(Instruction::abc(Op::I64ToF64, exponent, r.reg));
    r = Operand{StaticType::Float64, exponent};
  }
  if (l.type == StaticType::String && r.type == StaticType::Int && op == OperatorKind::Mult) {
    Operand count = as_object(at, r);  // String.__mul__: repeated, empty for a count below 1
    uint16_t out = temp(true);
    emit(Instruction::abc(Op::Binary, out, l.reg, count.reg, static_cast<uint8_t>(BinaryOp::Mul)));
    return Operand{StaticType::String, out};
  }
  if (l.type != r.type) {
    error(at, "invalid operand types for '" + symbol + "': " + quoted(l.type) + " and " +
                  quoted(r.type) +
                  " (numbers never convert implicitly; write Float64(x) or Int(x))");
    return {};
  }
  StaticType t = l.type;
  if (t == StaticType::Int && op == OperatorKind::Div) {
    // Int / Int is a Float64 quotient.
    uint16_t x = temp(false), y = temp(false), out = temp(false);
    emit(Instruction::abc(Op::I64ToF64, x, l.reg));
    emit(Instruction::abc(Op::I64ToF64, y, r.reg));
    emit(Instruction::abc(Op::DivF64, out, x, y));
    return Operand{StaticType::Float64, out};
  }
  if (t == StaticType::String && op == OperatorKind::Add) {
    uint16_t out = temp(true);
    emit(Instruction::abc(Op::Binary, out, l.reg, r.reg, static_cast<uint8_t>(BinaryOp::Add)));
    return Operand{StaticType::String, out};
  }
  Op code = scalar_binary_op(t, op);
  // Int ** and Float64 // and % have no instruction of their own.
  if (code == Op::Nop && (t == StaticType::Int || t == StaticType::Float64)) {
    return simd_binary(at, op, l, r);
  }
  if (code == Op::Nop) {
    error(at, "'" + symbol + "' is not supported for " + quoted(t) + " in fn code");
    return {};
  }
  uint16_t out = temp(false);
  emit(Instruction::abc(code, out, l.reg, r.reg));
  return Operand{t, out};
}

Operand FnCompiler::unary(const ast::UnaryOp* u, StaticType expected) {
  Operand v = expr(u->operand, expected);
  if (v.type == StaticType::Error) return {};
  if (is_struct_type(v.type) && u->op == UnaryOpKind::USub) {
    if (std::optional<Operand> o = dunder(u, "__neg__", v, std::nullopt)) return *o;
  }
  if (v.type == StaticType::Object) {
    if (!python_allowed(u)) return {};
    uint16_t out = temp(true);
    if (u->op == UnaryOpKind::Not) {
      emit(Instruction::abc(Op::Not, out, v.reg));
    } else {
      ember::UnaryOp op = u->op == UnaryOpKind::USub   ? ember::UnaryOp::Neg
                          : u->op == UnaryOpKind::UAdd ? ember::UnaryOp::Pos
                                                       : ember::UnaryOp::Invert;
      emit(Instruction::abc(Op::Unary, out, v.reg, 0, static_cast<uint8_t>(op)));
    }
    return Operand{StaticType::Object, out};
  }
  if (v.type == StaticType::UInt && u->op == UnaryOpKind::Not) {
    v = simd_convert(v, StaticType::Bool);  // Boolable: not zero
  } else if (v.type == StaticType::UInt && u->op != UnaryOpKind::UAdd) {
    error(u, std::string("'") + (u->op == UnaryOpKind::USub ? "-" : "~") +
                 "' is not supported for 'UInt' (it has no __neg__ or __invert__)");
    return {};
  }
  if ((is_simd_type(v.type) || v.type == StaticType::UInt) && u->op != UnaryOpKind::Not) {
    if (u->op == UnaryOpKind::UAdd) return v;
    return simd_unary(u, u->op == UnaryOpKind::USub ? SimdUnaryOp::Neg : SimdUnaryOp::Invert, v);
  }
  switch (u->op) {
    case UnaryOpKind::UAdd:
      if (v.type == StaticType::Int || v.type == StaticType::Float64) return v;
      break;
    case UnaryOpKind::USub:
      if (v.type == StaticType::Bool) v.type = StaticType::Int;  // -True is -1
      if (v.type == StaticType::Int || v.type == StaticType::Float64) {
        uint16_t out = temp(false);
        emit(Instruction::abc(v.type == StaticType::Int ? Op::NegI64 : Op::NegF64, out, v.reg));
        return Operand{v.type, out};
      }
      break;
    case UnaryOpKind::Invert:
      if (v.type == StaticType::Int) {
        uint16_t out = temp(false);
        emit(Instruction::abc(Op::InvertI64, out, v.reg));
        return Operand{v.type, out};
      }
      if (is_optional_type(v.type)) {  // Optional.__invert__: whether it is empty
        uint16_t out = temp(false);
        emit(Instruction::abc(Op::CompareI64, out, v.reg, constant_register(0),
                              static_cast<uint8_t>(CompareOp::Eq)));
        return Operand{StaticType::Bool, out};
      }
      break;
    case UnaryOpKind::Not:
      if (is_dict_type(v.type) || is_set_type(v.type) || v.type == StaticType::String) {
        v = object_truth(v);  // empty
      }
      if (is_struct_type(v.type)) {  // Boolable
        if (std::optional<Operand> truth = dunder(u, "__bool__", v, std::nullopt)) v = *truth;
      }
      if (is_pointer_type(v.type) || is_optional_type(v.type)) {  // null, or empty
        uint16_t out = temp(false);
        emit(Instruction::abc(Op::CompareI64, out, v.reg, constant_register(0),
                              static_cast<uint8_t>(CompareOp::Eq)));
        return Operand{StaticType::Bool, out};
      }
      if (v.type == StaticType::Bool) {
        uint16_t out = temp(false);
        emit(Instruction::abc(Op::NotRaw, out, v.reg));
        return Operand{v.type, out};
      }
      break;
  }
  static const char* const kSymbols[] = {"~", "not", "+", "-"};
  error(u, std::string("'") + kSymbols[static_cast<int>(u->op)] + "' is not supported for " +
               quoted(v.type) + " in fn code");
  return {};
}

Operand FnCompiler::compare(const Compare* c) {
  uint16_t result = temp(false);
  JumpLabel end;
  const Expr* left_expr = c->left;
  std::optional<Literal> left_lit = fold(left_expr);
  Operand left;
  if (!left_lit) left = expr(left_expr, StaticType::Error);
  bool ok = true;
  for (uint32_t i = 0; i < c->ops.size(); ++i) {
    const Expr* right_expr = c->comparators[i];
    CmpOpKind kind = c->ops[i];
    std::optional<Literal> right_lit = fold(right_expr);
    Operand right;
    bool membership = kind == CmpOpKind::In || kind == CmpOpKind::NotIn;
    if (left_lit && !right_lit) {
      right = expr(right_expr, StaticType::Error);
      StaticType want = right.type;
      if (membership && (is_list_type(right.type) || is_deque_type(right.type))) {
        want = composite_arg(right.type);
      }
      if (membership && is_dict_type(right.type)) want = dict_fields(right.type).first;
      if (membership && is_set_type(right.type)) want = composite_arg(right.type);
      if (membership && is_tuple_type(right.type)) want = literal_value_type(*left_lit);
      left = materialize(*left_lit, want, left_expr);
    } else {
      if (left_lit) left = materialize(*left_lit, StaticType::Error, left_expr);
      right =
          right_lit ? materialize(*right_lit, left.type, right_expr) : expr(right_expr, left.type);
    }
    left_lit.reset();
    if (is_reference_type(left.type)) left = dereference(left_expr, left.type);  // p[] is p
    if (is_reference_type(right.type)) right = dereference(right_expr, right.type);
    if (!membership && int_and_uint(left.type, right.type)) right.type = left.type;
    if (left.type == StaticType::Error || right.type == StaticType::Error) {
      ok = false;
    } else if (membership) {
      std::optional<Operand> o =
          is_dict_type(right.type) || is_set_type(right.type)
              ? std::optional<Operand>(dict_contains(right_expr, left, right, false))
          : right.type == StaticType::String
              ? std::optional<Operand>(substring_test(c, left, right))
          : is_tuple_type(right.type) ? std::optional<Operand>(tuple_contains(c, left, right))
                                      : list_contains(right_expr, left, right);
      if (!o) {
        error(right_expr, "'in' needs a List on its right in fn code, not " + quoted(right.type));
        ok = false;
      } else if (o->type == StaticType::Error) {
        ok = false;
      } else {
        emit(Instruction::abc(kind == CmpOpKind::In ? Op::Move : Op::NotRaw, result, o->reg));
      }
    } else if ((kind == CmpOpKind::Eq || kind == CmpOpKind::NotEq) &&
               (is_optional_type(left.type) || is_optional_type(right.type))) {
      Operand same = optional_equal(c, left, right);
      if (same.type == StaticType::Error) {
        ok = false;
      } else {
        emit(Instruction::abc(kind == CmpOpKind::Eq ? Op::Move : Op::NotRaw, result, same.reg));
      }
    } else if ((kind == CmpOpKind::Is || kind == CmpOpKind::IsNot) && is_optional_type(left.type) &&
               right.type == StaticType::NoneType) {
      // `o is None`: the flag is 0.
      emit(Instruction::abc(
          Op::CompareI64, result, left.reg, constant_register(0),
          static_cast<uint8_t>(kind == CmpOpKind::Is ? CompareOp::Eq : CompareOp::Ne)));
    } else if (left.type == StaticType::Object || right.type == StaticType::Object) {
      std::optional<CompareOp> op = compare_op(kind);
      if (!op || c->ops.size() > 1) {
        error(c,
              "only single comparisons (==, !=, <, <=, >, >=) of Python values are "
              "supported in fn code yet");
        return {};
      }
      return object_compare(c, *op, left, right);
    } else if (is_simd_type(left.type) || is_simd_type(right.type) ||
               left.type == StaticType::UInt || right.type == StaticType::UInt) {
      std::optional<CompareOp> op = compare_op(kind);
      if (!op) {
        error(c, std::string("'") + cmpop_name(kind) + "' comparisons are not supported for " +
                     quoted(left.type));
        ok = false;
      } else if (is_vector_type(left.type) || is_vector_type(right.type)) {
        if (c->ops.size() > 1) {
          error(c, "comparisons of SIMD vectors cannot be chained");
          return {};
        }
        return simd_compare(c, *op, left, right);
      } else {
        Operand mask = simd_compare(c, *op, left, right);
        if (mask.type == StaticType::Error)
          ok = false;
        else
          emit(Instruction::abc(Op::Move, result, mask.reg));
      }
    } else if (left.type != right.type) {
      error(right_expr, "cannot compare " + quoted(left.type) + " with " + quoted(right.type));
      ok = false;
    } else {
      std::optional<CompareOp> compared =
          left.type == StaticType::DType ? dtype_compare_op(kind) : compare_op(kind);
      bool supported = compared.has_value();
      CompareOp op = compared.value_or(CompareOp::Eq);
      auto x = static_cast<uint8_t>(op);
      static const char* const kCompareMethods[] = {"__lt__", "__le__", "__eq__",
                                                    "__ne__", "__gt__", "__ge__"};
      if (supported && is_struct_type(left.type)) {
        const char* method = kCompareMethods[static_cast<int>(op)];
        std::optional<Operand> o = dunder(c, method, left, right);
        if (!o) {
          error(c, quoted(left.type) + " does not implement " + method);
          ok = false;
        } else if (o->type != StaticType::Bool) {
          if (o->type != StaticType::Error) error(c, std::string(method) + " must return Bool");
          ok = false;
        } else {
          emit(Instruction::abc(Op::Move, result, o->reg));
        }
      } else if (!supported && left.type == StaticType::DType) {
        error(c, "DType values are only compared with ==, !=, is and is not");
        ok = false;
      } else if (!supported) {
        error(c, std::string("'") + cmpop_name(kind) +
                     "' comparisons are not supported in fn code yet");
        ok = false;
      } else if (left.type == StaticType::Int || left.type == StaticType::Bool ||
                 left.type == StaticType::DType || is_pointer_type(left.type)) {
        emit(Instruction::abc(Op::CompareI64, result, left.reg, right.reg, x));
      } else if (left.type == StaticType::Float64) {
        emit(Instruction::abc(Op::CompareF64, result, left.reg, right.reg, x));
      } else if (is_list_type(left.type) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
        Operand same = list_equal(c, left, right);
        if (same.type == StaticType::Error) {
          ok = false;
        } else {
          emit(Instruction::abc(op == CompareOp::Eq ? Op::Move : Op::NotRaw, result, same.reg));
        }
      } else if (left.type == StaticType::String || is_set_type(left.type)) {
        uint16_t boxed_result = temp(true);
        emit(Instruction::abc(Op::Compare, boxed_result, left.reg, right.reg, x));
        emit(Instruction::abc(Op::UnboxRaw, result, boxed_result, 0,
                              static_cast<uint8_t>(BoundaryKind::Bool)));
      } else {
        error(c, "values of type " + quoted(left.type) + " cannot be compared");
        ok = false;
      }
    }
    if (i + 1 < c->ops.size()) emit_jump(Op::JumpIfRaw, result, 0, end);
    left_expr = right_expr;
    left = right;
  }
  // Only a chain jumps to `end`; a single comparison stays the last instruction, for
  // fuse_compare_jump.
  if (c->ops.size() > 1) bind(end);
  return ok ? Operand{StaticType::Bool, result} : Operand{};
}

Operand FnCompiler::truth_value(const Expr* e, const char* what) {
  // What a Boolable value says: an Optional its presence, a struct its __bool__, a String,
  // List, Dict or Set whether it is empty, a Python value its truth; anything else must be
  // a Bool.
  std::optional<Literal> lit = fold(e);
  if (lit) return expr_as(e, StaticType::Bool, what);
  Operand v = expr(e, StaticType::Bool);
  if (v.type == StaticType::Error || v.type == StaticType::Bool) return v;
  if (is_optional_type(v.type)) return Operand{StaticType::Bool, v.reg};  // the flag: 0 or 1
  if (is_dict_type(v.type) || is_set_type(v.type) || v.type == StaticType::String ||
      v.type == StaticType::Object) {
    return object_truth(v);
  }
  if (is_list_type(v.type) || is_deque_type(v.type)) {
    Operand n = list_len(v);
    uint16_t out = temp(false);
    emit(Instruction::abc(Op::CompareI64, out, n.reg, constant_register(0),
                          static_cast<uint8_t>(CompareOp::Ne)));
    return Operand{StaticType::Bool, out};
  }
  if (is_struct_type(v.type)) {
    if (std::optional<Operand> truth = dunder(e, "__bool__", v, std::nullopt)) return *truth;
  }
  error(e, "cannot implicitly convert " + quoted(v.type) + " value to 'Bool' in " + what);
  return {};
}

Operand FnCompiler::bool_op(const BoolOp* b) {
  uint16_t result = temp(false);
  JumpLabel end;
  bool ok = true;
  for (uint32_t i = 0; i < b->values.size(); ++i) {
    Operand v = truth_value(b->values[i]);
    if (v.type == StaticType::Error)
      ok = false;
    else if (v.reg != result)
      emit(Instruction::abc(Op::Move, result, v.reg));
    if (i + 1 < b->values.size()) {
      emit_jump(Op::JumpIfRaw, result, b->op == BoolOpKind::Or ? 1 : 0, end);
    }
  }
  bind(end);
  return ok ? Operand{StaticType::Bool, result} : Operand{};
}

Operand FnCompiler::if_exp(const IfExp* e, StaticType expected) {
  JumpLabel else_label, end;
  condition_jump(e->test, false, else_label);
  Operand body = expr(e->body, expected);
  if (body.type == StaticType::Error || body.type == StaticType::NoneType) {
    expr(e->orelse, expected);
    return {};
  }
  uint16_t result = temp_for(body.type);
  move(result, body.reg, body.type);
  emit_jump(Op::Jump, 0, 0, end);
  bind(else_label);
  expr_to(e->orelse, body.type, result, "the else branch of a conditional expression");
  bind(end);
  return Operand{body.type, result};
}

// `and`/`or` jump as soon as their value is known; a constant condition jumps always or
// never; a comparison of two Ints or Float64s is fused with its jump.
void FnCompiler::condition_jump(const Expr* test, bool jump_if, JumpLabel& target,
                                bool operand_of_bool_op) {
  if (auto* b = cast<BoolOp>(test)) {
    // `a and b` is false as soon as one operand is; `a or b` true as soon as one is.
    bool decides = b->op == BoolOpKind::Or;
    JumpLabel skip;
    for (uint32_t i = 0; i < b->values.size(); ++i) {
      if (i + 1 == b->values.size()) {
        condition_jump(b->values[i], jump_if, target, true);
      } else {
        condition_jump(b->values[i], decides, decides == jump_if ? target : skip, true);
      }
    }
    bind(skip);
    return;
  }
  std::optional<Literal> lit = fold(test);
  if (lit && lit->type == StaticType::Bool) {
    if (lit->b == jump_if) emit_jump(Op::Jump, 0, 0, target);
    return;
  }
  size_t temporaries = owned_values_.size();
  Operand c = operand_of_bool_op ? truth_value(test) : expr(test, StaticType::Bool);
  if (c.type == StaticType::Error) return;
  // The condition's temporaries end before the jump: both paths are rid of them.
  destroy_temporaries_since(temporaries);
  if (c.type == StaticType::Object) {
    emit_jump(jump_if ? Op::JumpIfTrue : Op::JumpIfFalse, c.reg, 0, target);
    return;
  }
  if (is_dict_type(c.type) || is_set_type(c.type) || c.type == StaticType::String) {
    c = object_truth(c);  // not empty
  }
  if (is_struct_type(c.type)) {  // Boolable: its __bool__
    std::optional<Operand> truth = dunder(test, "__bool__", c, std::nullopt);
    if (!truth) {
      error(test, quoted(c.type) + " has no __bool__ to decide a condition");
      return;
    }
    c = *truth;
    if (c.type == StaticType::Error) return;
  }
  if (is_optional_type(c.type)) {  // present
    emit_jump(Op::JumpIfRaw, c.reg, jump_if ? 1 : 0, target);
    return;
  }
  if (c.type != StaticType::Bool && c.type != StaticType::Int && !is_pointer_type(c.type)) {
    error(test, "a condition must be a Bool or an Int, not " + quoted(c.type));
    return;
  }
  if (!fuse_compare_jump(c.reg, jump_if, target)) {
    emit_jump(Op::JumpIfRaw, c.reg, jump_if ? 1 : 0, target);
  }
}

bool FnCompiler::fuse_compare_jump(uint16_t result, bool jump_if, JumpLabel& target) {
  if (code_->code.empty() || last_label_pos_ == static_cast<int32_t>(code_->code.size()) ||
      (result < register_is_local_.size() && register_is_local_[result])) {
    return false;
  }
  Instruction last = code_->code.back();
  if ((last.op != Op::CompareI64 && last.op != Op::CompareF64) || last.a != result) return false;
  Op first = last.op == Op::CompareI64 ? Op::JumpLtI64 : Op::JumpLtF64;
  code_->code.back() = Instruction::abc(static_cast<Op>(static_cast<int>(first) + last.x), last.b,
                                        last.c, 0, jump_if ? 1 : 0);
  emit_jump(Op::Aux, 0, 0, target);
  return true;
}

// ---- calls

Operand FnCompiler::call(const Call* c, StaticType expected) {
  if (auto* attr = cast<Attribute>(c->func)) return method_call(c, attr);
  if (auto* sub = cast<Subscript>(c->func)) {
    if (auto* attr = cast<Attribute>(sub->value)) return method_call(c, attr, sub->slice);
    auto* n = cast<Name>(sub->value);
    if (Local* l = n ? lookup(n->id) : nullptr; l && l->closure) {
      return call_closure(c, l->closure, sub->slice);
    }
    if (n && !lookup(n->id)) {
      if (std::optional<Operand> o = algorithm_call(c, n->id, sub->slice)) return *o;
    }
    auto g = n && !lookup(n->id) ? m_.generics.find(n->id) : m_.generics.end();
    if (g != m_.generics.end()) return call_generic(c, g->second, sub->slice);
    if (n && n->id == "List" && !lookup(n->id)) return list_construct(c, sub->slice);
    if (n && n->id == "Deque" && !lookup(n->id)) {  // a List's storage
      Operand list = list_construct(c, sub->slice);
      return list.type == StaticType::Error ? list
                                            : Operand{deque_of(list_element(list.type)), list.reg};
    }
    if (n &&
        (n->id == "UnsafePointer" || n->id == "Optional" || n->id == "OptionalReg" ||
         n->id == "Dict" || n->id == "Set" || m_.generic_structs.count(n->id)) &&
        !lookup(n->id)) {
      std::optional<Literal> type = fold(sub);
      if (!type || type->type != StaticType::TypeValue) return {};
      return construct_type(c, type->named);
    }
    if (n && (n->id == "SIMD" || n->id == "Scalar") && !lookup(n->id)) {
      std::optional<SimdType> t = m_.simd_parameters(sub, n->id == "Scalar", &alias_scopes_);
      if (!t) return {};
      return simd_construct(c, simd_static_type(*t));
    }
  }
  auto* callee = cast<Name>(c->func);
  if (!callee) {
    error(c->func, "only fns, methods and builtins can be called in fn code yet");
    return {};
  }
  std::string_view name = callee->id;
  if (Local* l = lookup(name); l && l->closure) return call_closure(c, l->closure, nullptr);
  if (Local* l = lookup(name); l && is_struct_type(l->type)) {  // a callable struct
    return struct_dunder_call(c, c->func, "__call__",
                              std::vector<Expr*>(c->args.begin(), c->args.end()), c);
  }
  if (Local* l = lookup(name); l && l->type == StaticType::Object) {
    return python_call(c, Operand{l->type, l->reg});
  }
  std::optional<Literal> alias = lookup(name) ? std::nullopt : fold(callee);
  if (alias && alias->type == StaticType::TypeValue) return construct_type(c, alias->named);
  if (alias && alias->type == StaticType::FnValue) return call_fn(c, m_.functions.at(alias->s));
  if (!lookup(name)) {
    auto g = m_.generics.find(name);
    if (g != m_.generics.end()) return call_generic(c, g->second, nullptr);
    auto st = m_.struct_types.find(name);
    if (st != m_.struct_types.end()) return construct(c, st->second);
    if (name == "Self" && is_struct_type(sig_.self_type)) return construct(c, sig_.self_type);
    if (auto gs = m_.generic_structs.find(name); gs != m_.generic_structs.end()) {
      return construct_generic(c, gs->second);
    }
    auto fn = m_.functions.find(name);
    if (fn != m_.functions.end()) return call_fn(c, fn->second);
    if (name == "print") return call_print(c);
    if (name == "range") return range_value(c);
    if (name == "List" || name == "Set") return inferred_collection(c, name);
    if (name == "Optional" || name == "OptionalReg") return inferred_optional(c);
    if (name == "any" || name == "all") return truth_reduction(c, name);
    if (name == "Int") return convert(c, StaticType::Int);
    if (name == "Float64") return convert(c, StaticType::Float64);
    if (name == "Bool") return convert(c, StaticType::Bool);
    if (name == "String" || name == "str") return convert(c, StaticType::String);
    if (name == "UInt") return convert(c, StaticType::UInt);
    if (StaticType scalar = static_type_named(name); is_simd_type(scalar)) {
      return simd_construct(c, scalar);
    }
    if (std::optional<Operand> o = memory_builtin(c, name)) return *o;
    if (std::optional<Operand> o = text_builtin(c, name)) return *o;
    if (auto t = m_.testing_functions.find(name); t != m_.testing_functions.end()) {
      if (std::optional<Operand> o = testing_call(c, t->second)) return *o;
    }
    auto math = m_.math_functions.find(name);
    if (std::optional<Operand> o =
            numeric_builtin(c, math != m_.math_functions.end() ? math->second : name)) {
      return *o;
    }
    if (auto bit = m_.bit_functions.find(name); bit != m_.bit_functions.end()) {
      Literal zero;
      zero.type = StaticType::IntLiteral;
      bool folds = fold_bit_query(bit->second, zero).has_value();
      error(c, "bit." + std::string(bit->second) + (folds ? "() of a run-time value" : "()") +
                   " is not supported in fn code yet");
      return {};
    }
    if (name == "len") {
      if (c->args.size() != 1 || !c->keywords.empty()) {
        error(c, "len() takes exactly one argument");
        return {};
      }
      Operand s = expr(c->args[0], StaticType::Error);
      if (is_list_type(s.type) || is_deque_type(s.type)) return list_len(s);
      if (is_range_type(s.type)) return range_len(c, s);
      if (is_dict_type(s.type) || is_set_type(s.type)) return object_len(s);
      if (is_struct_type(s.type)) {  // Sized: its __len__
        if (std::optional<Operand> n = dunder(c, "__len__", s, std::nullopt)) return *n;
      }
      if (is_simd_type(s.type)) {
        return Operand{StaticType::Int, constant_register(simd_layout(s.type)->width())};
      }
      if (s.type == StaticType::Object) {
        if (!python_allowed(c)) return {};
        Operand n = call_builtin_on_value("len", s, StaticType::Object);
        uint16_t out = temp(false);
        emit(Instruction::abc(Op::UnboxChecked, out, n.reg, 0,
                              static_cast<uint8_t>(BoundaryKind::Int)));
        return Operand{StaticType::Int, out};
      }
      if (s.type != StaticType::String) {
        if (s.type != StaticType::Error) {
          error(c->args[0],
                "len() takes a String, a collection or a Sized struct, not " + quoted(s.type));
        }
        return {};
      }
      return call_builtin_on_value("len", s, StaticType::Int);
    }
  }
  (void)expected;
  if (name == "Error" && !lookup(name)) {
    if (c->args.size() > 1 || !c->keywords.empty()) {
      error(c, "Error() takes one message");
      return {};
    }
    Literal empty;
    empty.type = StaticType::String;
    Operand message = c->args.empty()
                          ? materialize(empty, StaticType::Error, c)
                          : expr_as(c->args[0], StaticType::String, "the message of Error()");
    return message.type == StaticType::Error ? Operand{} : new_error(message);
  }
  if (!lookup(name) && m_.python_globals.count(name)) {
    return python_call(c, python_global(c->func, name));
  }
  error(c->func, "use of unknown declaration '" + std::string(name) + "'");
  for (const Expr* a : c->args) expr(a, StaticType::Error);
  return {};
}

Operand FnCompiler::call_fn(const Call* c, const FnSignature& callee) {
  if (c->keywords.empty() && c->args.size() == callee.params.size() && inlinable(callee)) {
    return inline_call(c, callee);
  }
  std::optional<std::vector<const Expr*>> args = bind_arguments(c, callee);
  if (!args) return {};
  return call_signature(c, callee, std::nullopt, std::nullopt, *args);
}

std::optional<std::vector<const Expr*>> FnCompiler::bind_arguments(const Call* c,
                                                                   const FnSignature& callee) {
  std::vector<const Expr*> args(c->args.begin(), c->args.end());
  size_t n = callee.params.size();
  if (args.size() > n) return args;
  args.resize(n, nullptr);
  std::string name(callee.name);
  bool ok = true;
  for (const Keyword* k : c->keywords) {
    auto named = std::find(callee.param_names.begin(), callee.param_names.end(), k->arg);
    if (k->arg.empty() || named == callee.param_names.end()) {
      error(k, k->arg.empty()
                   ? "'**' arguments are not supported in fn calls"
                   : "'" + name + "' has no argument named '" + std::string(k->arg) + "'");
      ok = false;
      continue;
    }
    auto i = static_cast<size_t>(named - callee.param_names.begin());
    if (args[i]) {
      error(k, "argument '" + std::string(k->arg) + "' of '" + name + "' is given twice");
      ok = false;
      continue;
    }
    args[i] = k->value;
  }
  for (size_t i = 0; i < n && ok; ++i) {
    if (args[i]) continue;
    args[i] = callee.param_defaults.size() > i ? callee.param_defaults[i] : nullptr;
    if (!args[i]) {
      error(c, "missing argument '" + std::string(callee.param_names[i]) + "' in the call of '" +
                   name + "'");
      ok = false;
    }
  }
  if (!ok) {
    for (const Expr* a : c->args) expr(a, StaticType::Error);
    return std::nullopt;
  }
  return args;
}

Operand FnCompiler::call_signature(const Node* at, const FnSignature& callee,
                                   std::optional<Operand> self_operand,
                                   std::optional<Place> receiver,
                                   const std::vector<const Expr*>& arg_exprs,
                                   const std::vector<std::optional<Operand>>* evaluated) {
  std::string name(callee.name);
  if (arg_exprs.size() != callee.params.size()) {
    error(at, std::string(callee.def ? function_word(callee.def) : "fn") + " '" + name +
                  "' takes " + std::to_string(callee.params.size()) +
                  (callee.params.size() == 1 ? " argument" : " arguments") + " but " +
                  std::to_string(arg_exprs.size()) + (arg_exprs.size() == 1 ? " was" : " were") +
                  " given");
    for (const Expr* a : arg_exprs) expr(a, StaticType::Error);
    return {};
  }
  std::vector<Operand> args;
  std::vector<StaticType> types;
  std::vector<Place> writebacks;
  // The arguments that name a variable or a field of one, for the exclusivity rule: a value
  // passed `mut` may not be reached through any other argument of the same call.
  struct Reference {
    Place place;
    bool is_mut;
    const Node* at;
  };
  std::vector<Reference> references;
  bool ok = true;
  if (self_operand && callee.self_kind != SelfKind::Out) {
    args.push_back(*self_operand);
    types.push_back(callee.self_type);
    if (callee.self_kind == SelfKind::Mut && receiver) writebacks.push_back(*receiver);
    if (receiver) references.push_back({*receiver, callee.self_kind == SelfKind::Mut, at});
  }
  for (size_t i = 0; i < arg_exprs.size(); ++i) {
    std::string what = "argument " + std::to_string(i + 1) + " of '" + name + "'";
    std::optional<Place> p = place(arg_exprs[i]);
    if (callee.param_mut[i]) {
      if (!p) {
        error(arg_exprs[i], what + " is `mut`: pass a variable or a field of one");
        ok = false;
        continue;
      }
      if (!mutable_place(arg_exprs[i], *p)) {
        ok = false;
        continue;
      }
      writebacks.push_back(*p);
    }
    if (p) references.push_back({*p, callee.param_mut[i], arg_exprs[i]});
    Operand a;
    if (evaluated && (*evaluated)[i]) {
      a = *(*evaluated)[i];
      if (a.type != callee.params[i] && a.type != StaticType::Error &&
          callee.params[i] != StaticType::Error) {
        error(arg_exprs[i], "cannot implicitly convert " + quoted(a.type) + " value to " +
                                quoted(callee.params[i]) + " in " + what);
        a.type = StaticType::Error;
      }
    } else {
      a = expr_as(arg_exprs[i], callee.params[i], what.c_str());
      if (callee.param_owned[i]) a = owned(arg_exprs[i], a);
    }
    if (a.type == StaticType::Error) ok = false;
    args.push_back(a);
    types.push_back(callee.params[i]);
  }
  for (size_t j = 0; j < references.size(); ++j) {
    for (size_t i = 0; i < j; ++i) {
      const Reference& x = references[i];
      const Reference& y = references[j];
      if (!x.is_mut && !y.is_mut) continue;
      uint32_t x0 = x.place.reg, x1 = x0 + m_.slot_count(x.place.type);
      uint32_t y0 = y.place.reg, y1 = y0 + m_.slot_count(y.place.type);
      if (x0 < y1 && y0 < x1) {
        error(y.at, "'" + std::string(y.place.root->name) + "' is passed to '" + name +
                        "' twice while one of them is `mut`");
        ok = false;
      }
    }
  }
  if (!ok || callee.result == StaticType::Error) return {};
  return call_with_operands(at, callee, args, types, writebacks);
}

Operand FnCompiler::call_with_operands(const Node* at, const FnSignature& callee,
                                       const std::vector<Operand>& args,
                                       const std::vector<StaticType>& types,
                                       const std::vector<Place>& writebacks) {
  std::vector<bool> kinds;
  for (StaticType t : types) {
    std::vector<bool> k = m_.slot_kinds(t);
    kinds.insert(kinds.end(), k.begin(), k.end());
  }
  if (callee.def->raises && !may_raise(at, "'" + std::string(callee.name) + "'")) return {};
  std::vector<bool> result_kinds;
  if (callee.self_kind == SelfKind::Mut || callee.self_kind == SelfKind::Out) {
    result_kinds = m_.slot_kinds(callee.self_type);
  }
  for (size_t i = 0; i < callee.params.size(); ++i) {
    if (!callee.param_mut[i]) continue;
    std::vector<bool> k = m_.slot_kinds(callee.params[i]);
    result_kinds.insert(result_kinds.end(), k.begin(), k.end());
  }
  auto outputs = static_cast<uint32_t>(result_kinds.size());
  if (callee.result != StaticType::NoneType) {
    std::vector<bool> k = m_.slot_kinds(callee.result);
    result_kinds.insert(result_kinds.end(), k.begin(), k.end());
  }
  if (kinds.size() > 255 || result_kinds.size() > 255) {
    error(at, "too many argument or result slots in a call of '" + std::string(callee.name) + "'");
    return {};
  }
  uint16_t block = kinds.empty() ? 0 : temp_block(kinds);
  uint32_t offset = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    move(static_cast<uint16_t>(block + offset), args[i].reg, types[i]);
    offset += m_.slot_count(types[i]);
  }
  uint16_t result = result_kinds.empty() ? temp(false) : temp_block(result_kinds);
  emit(Instruction::abc(Op::CallTyped, block, result,
                        static_cast<uint16_t>(constant(Value::from_object(callee.code))),
                        static_cast<uint8_t>(kinds.size())));
  if (callee.self_kind == SelfKind::Out) return Operand{callee.self_type, result};
  offset = 0;
  for (const Place& p : writebacks) {
    move(p.reg, static_cast<uint16_t>(result + offset), p.type);
    offset += m_.slot_count(p.type);
  }
  return Operand{callee.result, static_cast<uint16_t>(result + outputs)};
}

Operand FnCompiler::construct_type(const Call* c, StaticType type) {
  if (is_simd_type(type)) return simd_construct(c, type);
  if (is_dict_type(type) && c->args.empty() && c->keywords.empty()) return new_dict(type);
  if (is_set_type(type)) return set_construct(c, type);
  if (is_list_type(type)) return list_of_elements(c, type);
  if (is_optional_type(type) && c->args.size() <= 1 && c->keywords.empty()) {
    if (c->args.empty()) return to_optional(Operand{StaticType::NoneType, 0}, type);
    return expr_as(c->args[0], type, "the value of an Optional");
  }
  if (is_pointer_type(type) && c->args.empty() && c->keywords.empty()) {
    return Operand{type, constant_register(0)};  // the null pointer
  }
  if (is_struct_type(type)) return construct(c, type);
  if (type == StaticType::Int || type == StaticType::Float64 || type == StaticType::Bool ||
      type == StaticType::String || type == StaticType::UInt) {
    return convert(c, type);
  }
  error(c->func, "'" + m_.type_name(type) + "' cannot be constructed this way in fn code yet");
  return {};
}

Operand FnCompiler::construct(const Call* c, StaticType type,
                              const std::vector<std::optional<Operand>>* evaluated) {
  StructInfo* info = m_.struct_info(type);
  std::vector<const Expr*> args(c->args.begin(), c->args.end());
  if (!c->keywords.empty() && evaluated) {
    error(c, "keyword arguments are not supported when parameters are inferred yet");
    return {};
  }
  auto init = info->methods.find("__init__");
  if (init != info->methods.end()) {
    if (init->second.self_kind != SelfKind::Out) {
      error(c, "'" + std::string(info->name) + ".__init__' must take `out self`");
      return {};
    }
    if (!evaluated) {
      std::optional<std::vector<const Expr*>> bound = bind_arguments(c, init->second);
      if (!bound) return {};
      args = std::move(*bound);
    }
    return call_signature(c, init->second, std::nullopt, std::nullopt, args, evaluated);
  }
  if (!c->keywords.empty()) {
    // Memberwise construction by field name: `Point(x=1, y=2)`.
    FnSignature fields;
    fields.name = info->name;
    for (const StructField& f : info->fields) {
      fields.param_names.push_back(f.name);
      fields.params.push_back(f.type);
    }
    std::optional<std::vector<const Expr*>> bound = bind_arguments(c, fields);
    if (!bound) return {};
    args = std::move(*bound);
  }
  if (!info->fieldwise_init) {
    error(c, "'" + std::string(info->name) +
                 "' has no __init__ (write one, or decorate it with @value or @fieldwise_init)");
    return {};
  }
  // Memberwise construction: each argument lands in its field's slots.
  if (args.size() != info->fields.size()) {
    error(c, "'" + std::string(info->name) + "' takes " + std::to_string(info->fields.size()) +
                 " field values but " + std::to_string(args.size()) +
                 (args.size() == 1 ? " was" : " were") + " given");
    return {};
  }
  uint16_t block = temp_for(type);
  bool ok = true;
  for (size_t i = 0; i < args.size(); ++i) {
    const StructField& f = info->fields[i];
    std::string what = "field '" + std::string(f.name) + "'";
    Operand v;
    if (evaluated && (*evaluated)[i]) {
      v = *(*evaluated)[i];
      if (v.type != f.type && v.type != StaticType::Error) {
        error(args[i], "cannot implicitly convert " + quoted(v.type) + " value to " +
                           quoted(f.type) + " in " + what);
        v.type = StaticType::Error;
      }
    } else {
      v = expr_as(args[i], f.type, what.c_str());
    }
    v = owned(args[i], v);
    if (v.type == StaticType::Error)
      ok = false;
    else
      move(static_cast<uint16_t>(block + f.offset), v.reg, f.type);
  }
  return ok ? Operand{type, block} : Operand{};
}

Operand FnCompiler::method_call(const Call* c, const Attribute* callee, const Expr* params) {
  std::vector<const Expr*> args(c->args.begin(), c->args.end());
  // Keyword arguments reach the methods of structs and Python objects only.
  auto keywords_refused = [&] {
    if (c->keywords.empty()) return false;
    error(c, "keyword arguments are not supported in this call in fn code yet");
    return true;
  };
  // A struct method's arguments in parameter order (nullopt after a diagnostic).
  auto bound = [&](const FnSignature& sig) { return bind_arguments(c, sig); };
  auto* n = cast<Name>(callee->value);
  if (n && !params && !lookup(n->id) && m_.math_modules.count(n->id)) {
    if (keywords_refused()) return {};
    if (std::optional<Operand> o = numeric_builtin(c, callee->attr)) return *o;
    error(callee, "math." + std::string(callee->attr) + " is not supported in fn code yet");
    return {};
  }
  // Type.method(...): UnsafePointer[T].alloc(n) or a struct's static method, also through
  // an alias of the type.
  std::optional<StaticType> named_type;
  if (!params && (!n || !lookup(n->id))) {
    if (auto st = n ? m_.struct_types.find(n->id) : m_.struct_types.end();
        st != m_.struct_types.end()) {
      named_type = st->second;
    } else if (n && n->id == "Self" && is_struct_type(sig_.self_type)) {
      named_type = sig_.self_type;
    } else if (std::optional<Literal> type = fold(callee->value);
               type && type->type == StaticType::TypeValue) {
      named_type = type->named;
    }
  }
  if (named_type && is_pointer_type(*named_type)) {
    if (keywords_refused()) return {};
    return pointer_static_method(c, callee, *named_type);
  }
  if (named_type && is_struct_type(*named_type)) {
    StructInfo* info = m_.struct_info(*named_type);
    auto m = info->methods.find(callee->attr);
    if (m == info->methods.end() || m->second.self_kind != SelfKind::None) {
      error(callee, "'" + std::string(info->name) + "' has no static method '" +
                        std::string(callee->attr) + "'");
      return {};
    }
    std::optional<std::vector<const Expr*>> in_order = bound(m->second);
    if (!in_order) return {};
    return call_signature(c, m->second, std::nullopt, std::nullopt, *in_order);
  }
  if (n && n->id == "Pointer" && !params && !lookup(n->id) && callee->attr == "address_of") {
    return address_of(c);
  }
  if (!params && c->keywords.empty()) {
    if (std::optional<Operand> o = builtin_dunder_call(c, callee, StaticType::Error)) return *o;
  }
  std::optional<Place> receiver = place(callee->value);
  Operand self = expr(callee->value, StaticType::Error);
  if (self.type == StaticType::Error) return {};
  if (self.type == StaticType::Object && !params) {
    return python_call(c, object_attribute(callee, self));
  }
  // String's join, split and splitlines and List's index check their keyword arguments
  // themselves.
  bool string_keywords =
      self.type == StaticType::String &&
      (callee->attr == "join" || callee->attr == "split" || callee->attr == "splitlines");
  bool list_keywords = is_list_type(self.type) && callee->attr == "index";
  if (!is_struct_type(self.type) && !string_keywords && !list_keywords && keywords_refused()) {
    return {};
  }
  if (has_lanes(self.type)) return simd_method(c, callee, self, params);
  if (is_pointer_type(self.type)) return pointer_method(c, callee, self, params);
  if (is_optional_type(self.type) && callee->attr == "copied")
    return optional_copied(c, self, params);
  if (is_optional_type(self.type) && !params) return optional_method(c, callee, self);
  if (self.type == StaticType::String && !params) return string_method(c, callee, self);
  if (self.type == StaticType::DType && !params) return dtype_method(c, callee, self);
  if (is_deque_type(self.type) && !params) return deque_method(c, callee, self);
  if (is_range_type(self.type) && !params) return range_method(c, callee, self, receiver);
  if (is_dict_type(self.type) && !params) return dict_method(c, callee, self);
  if (is_set_type(self.type) && !params) return set_method(c, callee, self);
  if (StructInfo* info = m_.struct_info(self.type)) {
    auto generic = info->generic_methods.find(callee->attr);
    if (generic != info->generic_methods.end()) {
      return call_generic(c, generic->second, params, self, callee);
    }
  }
  if (params) {
    error(c->func, quoted(self.type) + "'s methods take no compile-time parameters");
    return {};
  }
  if (is_list_type(self.type)) return list_method(c, callee, self);
  StructInfo* info = m_.struct_info(self.type);
  auto m = info ? info->methods.find(callee->attr) : decltype(info->methods.end()){};
  if (!info || m == info->methods.end()) {
    error(callee, quoted(self.type) + " has no method '" + std::string(callee->attr) + "'");
    for (const Expr* a : args) expr(a, StaticType::Error);
    return {};
  }
  const FnSignature& sig = m->second;
  std::optional<std::vector<const Expr*>> in_order = bound(sig);
  if (!in_order) return {};
  if (sig.self_kind == SelfKind::None) {  // a static method, reached through a value
    return call_signature(c, sig, std::nullopt, std::nullopt, *in_order);
  }
  if (sig.self_kind == SelfKind::Out) {
    error(callee, "'" + std::string(callee->attr) + "' cannot be called on a value");
    return {};
  }
  if (sig.self_kind == SelfKind::Mut) {
    if (!receiver) {
      error(callee->value, "a `mut self` method needs a variable to mutate");
      return {};
    }
    if (receiver->root->read_only) {
      bool is_self = receiver->root == self_;
      error(callee,
            "cannot call `mut self` method '" + std::string(callee->attr) + "' on read-only " +
                (is_self ? "'self'" : "argument '" + std::string(receiver->root->name) + "'") +
                (is_self ? " (declare it `mut self`)" : " (declare it `mut` or `owned`)"));
      return {};
    }
    if (!mutable_place(callee->value, *receiver)) return {};
  }
  if (sig.self_kind == SelfKind::Owned) self = owned(callee->value, self);
  return call_signature(c, sig, self, receiver, *in_order);
}

std::optional<Operand> FnCompiler::dunder(const Node* at, const char* method, Operand self,
                                          std::optional<Operand> other) {
  StructInfo* info = m_.struct_info(self.type);
  auto m = info->methods.find(method);
  if (m == info->methods.end() || m->second.self_kind != SelfKind::Read) return std::nullopt;
  const FnSignature& sig = m->second;
  size_t want = other ? 1 : 0;
  if (sig.params.size() != want) {
    error(at, std::string(method) + " of '" + std::string(info->name) + "' must take " +
                  std::to_string(want) + " argument" + (want == 1 ? "" : "s") + " besides self");
    return Operand{};
  }
  std::vector<Operand> args{self};
  std::vector<StaticType> types{self.type};
  if (other) {
    if (other->type != sig.params[0]) {
      error(at, std::string(method) + " of '" + std::string(info->name) + "' takes " +
                    quoted(sig.params[0]) + ", not " + quoted(other->type));
      return Operand{};
    }
    args.push_back(*other);
    types.push_back(other->type);
  }
  if (sig.result == StaticType::Error) return Operand{};
  return call_with_operands(at, sig, args, types, {});
}

Operand FnCompiler::struct_text(const Node* at, Operand v) {
  StructInfo* info = m_.struct_info(v.type);
  auto m = info->methods.find("__str__");
  if (m == info->methods.end() || m->second.self_kind != SelfKind::Read ||
      !m->second.params.empty() || m->second.result != StaticType::String) {
    error(at, quoted(v.type) + " cannot be printed or converted to String (define " +
                  "`fn __str__(self) -> String`)");
    return {};
  }
  return call_with_operands(at, m->second, {v}, {v.type}, {});
}

void FnCompiler::box_to(Operand v, uint16_t dst) {
  if (is_raw_type(v.type)) {
    emit(Instruction::abc(Op::BoxRaw, dst, v.reg, 0, static_cast<uint8_t>(boundary_kind(v.type))));
  } else if (v.type == StaticType::NoneType) {
    emit(Instruction::abc(Op::LoadNone, dst));
  } else {
    emit(Instruction::abc(Op::Move, dst, v.reg));
  }
}

Operand FnCompiler::call_print(const Call* c) {
  std::vector<Operand> args;
  bool ok = true;
  for (const Expr* a : c->args) {
    if (a->kind == NodeKind::Starred) {
      error(a, "'*' arguments are not supported in fn code yet");
      ok = false;
      continue;
    }
    std::optional<Literal> lit = fold(a);
    if (lit && lit->type == StaticType::DType) {
      Literal name;
      name.type = StaticType::String;
      name.s = dtype_spelling(lit->i);
      args.push_back(materialize(name, StaticType::Error, a));
      continue;
    }
    Operand o = expr(a, StaticType::Error);
    if (is_simd_type(o.type) || o.type == StaticType::UInt) o = simd_text(o);
    if (is_struct_type(o.type)) o = struct_text(a, o);
    if (o.type == StaticType::DType) o = dtype_text(o, false);
    if (o.type == StaticType::Error) {
      ok = false;
    } else if (is_list_type(o.type) || is_deque_type(o.type) || is_pointer_type(o.type) ||
               holds_dtype_codes(o.type)) {
      error(a, "print() of a " + quoted(o.type) + " value is not supported yet");
      ok = false;
    }
    args.push_back(o);
  }
  std::vector<std::string_view> keyword_names;
  for (const Keyword* k : c->keywords) {
    if (k->arg != "sep" && k->arg != "end") {
      error(k, "print() in fn code accepts only the keywords 'sep' and 'end'");
      ok = false;
      continue;
    }
    Operand o = expr_as(k->value, StaticType::String, "a print() keyword");
    if (o.type == StaticType::Error) ok = false;
    args.push_back(o);
    keyword_names.push_back(k->arg);
  }
  if (!ok) return {};
  std::vector<bool> kinds(args.size() + 1, true);
  uint16_t block = temp_block(kinds);
  emit(Instruction::abx(Op::LoadBuiltin, block, name_index("print")));
  for (size_t i = 0; i < args.size(); ++i) box_to(args[i], static_cast<uint16_t>(block + 1 + i));
  if (keyword_names.empty()) {
    emit(Instruction::abc(Op::Call, block, static_cast<uint16_t>(args.size())));
  } else {
    TupleObject* names = m_.vm.new_tuple(static_cast<int64_t>(keyword_names.size()));
    for (size_t i = 0; i < keyword_names.size(); ++i) {
      names->items[i] = Value::from_object(m_.vm.intern(keyword_names[i]));
    }
    emit(Instruction::abc(Op::CallKw, block, static_cast<uint16_t>(args.size()),
                          static_cast<uint16_t>(constant(Value::from_object(names)))));
  }
  return Operand{StaticType::NoneType, 0};
}

Operand FnCompiler::call_builtin_on_value(std::string_view builtin, Operand arg,
                                          StaticType result) {
  return call_builtin_on_values(builtin, {arg}, result);
}

Operand FnCompiler::call_builtin_on_values(std::string_view builtin,
                                           const std::vector<Operand>& args, StaticType result) {
  uint16_t block = temp_block(std::vector<bool>(args.size() + 1, true));
  emit(Instruction::abx(Op::LoadBuiltin, block, name_index(builtin)));
  for (size_t i = 0; i < args.size(); ++i) box_to(args[i], static_cast<uint16_t>(block + 1 + i));
  emit(Instruction::abc(Op::Call, block, static_cast<uint16_t>(args.size())));
  if (!is_raw_type(result)) return Operand{result, block};
  uint16_t out = temp(false);
  emit(Instruction::abc(Op::UnboxRaw, out, block, 0, static_cast<uint8_t>(boundary_kind(result))));
  return Operand{result, out};
}

Operand FnCompiler::convert(const Call* c, StaticType to) {
  std::string name = static_type_name(to);
  if (c->args.empty() && c->keywords.empty()) {  // the default value: 0, 0.0, False, ""
    Literal zero;
    zero.type = to == StaticType::String || to == StaticType::Bool ? to : StaticType::IntLiteral;
    return materialize(zero, to, c);
  }
  if (to == StaticType::String && (c->args.size() > 1 || !c->keywords.empty())) {
    return string_of_values(c);
  }
  if (c->args.size() != 1 || !c->keywords.empty()) {
    error(c, name + "() takes exactly one argument");
    for (const Expr* a : c->args) expr(a, StaticType::Error);
    return {};
  }
  // A literal that is a value of its own type (UInt.MAX) converts from that type.
  std::optional<Literal> lit = fold(c->args[0]);
  bool typed_literal =
      lit && lit->type == StaticType::IntLiteral && lit->named != StaticType::Error;
  Operand v = expr(c->args[0], typed_literal ? StaticType::Error : to);
  StaticType from = v.type;
  if (from == StaticType::Error) return {};
  if (from == to) return v;
  if (is_struct_type(from) && to == StaticType::String) return struct_text(c->args[0], v);
  if (from == StaticType::DType && to == StaticType::String) return dtype_text(v, false);
  if (from == StaticType::UInt || to == StaticType::UInt) {
    // UInt(x) of a number or Bool, and Int(u), Float64(u), Bool(u), String(u): as the
    // scalars' casts (UInt(Int(-1)) wraps to UInt.MAX).
    std::optional<SimdType> layout = simd_layout(from);
    if (to == StaticType::String) return simd_text(v);
    if (layout && layout->width() == 1 && to != StaticType::Object) return simd_convert(v, to);
  }
  if (from == StaticType::DType || to == StaticType::DType) {
    error(c, "cannot convert " + quoted(from) + " to " + quoted(to));
    return {};
  }
  if (is_struct_type(from) && to == StaticType::Bool) {  // Boolable
    if (std::optional<Operand> truth = dunder(c, "__bool__", v, std::nullopt)) return *truth;
  }
  if (from == StaticType::NoneType && to == StaticType::Bool) {  // None is false
    Literal no;
    no.type = StaticType::Bool;
    return materialize(no, to, c);
  }
  if (from == StaticType::Object) return object_convert(c, v, to);
  if (is_struct_type(from) || is_list_type(from) || is_deque_type(from) ||
      ((is_pointer_type(from) || is_optional_type(from)) && to != StaticType::Bool)) {
    error(c, "cannot convert " + quoted(from) + " to " + quoted(to));
    return {};
  }
  if (is_simd_type(from)) {
    if (to == StaticType::String) return simd_text(v);
    if (simd_layout(from)->width() != 1) {
      error(c, "cannot convert " + quoted(from) + " to " + quoted(to));
      return {};
    }
    return simd_convert(v, to);
  }
  if (to == StaticType::String) {
    if (from == StaticType::NoneType) {
      uint16_t none = temp(true);
      emit(Instruction::abc(Op::LoadNone, none));
      return call_builtin_on_value("str", Operand{StaticType::String, none}, StaticType::String);
    }
    return call_builtin_on_value("str", v, StaticType::String);
  }
  uint16_t out = temp(false);
  if (to == StaticType::Int && from == StaticType::Float64) {
    emit(Instruction::abc(Op::F64ToI64, out, v.reg));
    return Operand{to, out};
  }
  if (to == StaticType::Int && from == StaticType::Bool) return Operand{to, v.reg};
  if ((is_pointer_type(from) || is_optional_type(from)) && to == StaticType::Bool) {
    from = StaticType::Int;  // not null, or present: the first slot is not 0
  }
  if (to == StaticType::Float64 && (from == StaticType::Int || from == StaticType::Bool)) {
    emit(Instruction::abc(Op::I64ToF64, out, v.reg));
    return Operand{to, out};
  }
  if (to == StaticType::Bool && from == StaticType::Int) {
    uint16_t zero = temp(false);
    emit(Instruction::abx(Op::LoadRaw, zero, raw_constant(0)));
    emit(Instruction::abc(Op::CompareI64, out, v.reg, zero, static_cast<uint8_t>(CompareOp::Ne)));
    return Operand{to, out};
  }
  if (to == StaticType::Bool && from == StaticType::Float64) {
    uint16_t zero = temp(false);
    emit(Instruction::abx(Op::LoadRaw, zero, raw_constant(std::bit_cast<uint64_t>(0.0))));
    emit(Instruction::abc(Op::CompareF64, out, v.reg, zero, static_cast<uint8_t>(CompareOp::Ne)));
    return Operand{to, out};
  }
  if ((to == StaticType::Int || to == StaticType::Float64) && from == StaticType::String) {
    // Parsing, as atol/atof do: a malformed number raises.
    if (!may_raise(c, std::string(name) + "() of a String")) return {};
    Operand parsed =
        call_builtin_on_value(to == StaticType::Int ? "int" : "float", v, StaticType::Object);
    return unbox_python_result(parsed, to);
  }
  if (to == StaticType::Bool && from == StaticType::String) {
    return call_builtin_on_value("bool", v, StaticType::Bool);
  }
  error(c, "cannot convert " + quoted(from) + " to " + quoted(to));
  return {};
}

}  // namespace ember::static_impl

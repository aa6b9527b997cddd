// SIMD[DType, width] in fn code: construction, lane-wise operators and comparisons,
// conversions, methods (reductions, cast, fma, select, shuffle, slice, join, interleave,
// rotations, clamp, lane-wise comparisons),
// lane access, printing, and the numeric builtins (abs, min, max, math functions) that
// also serve Int and Float64.
#include <bit>
#include <cstring>

#include "frontend/static_internal.h"
#include "vm/value.h"

namespace ember::static_impl {

using namespace ast;

uint32_t native_vector_bytes() {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) return 64;
  if (__builtin_cpu_supports("avx")) return 32;
#endif
  return 16;
}

namespace {

std::optional<SimdBinaryOp> simd_operator(OperatorKind op) {
  switch (op) {
    case OperatorKind::Add:
      return SimdBinaryOp::Add;
    case OperatorKind::Sub:
      return SimdBinaryOp::Sub;
    case OperatorKind::Mult:
      return SimdBinaryOp::Mul;
    case OperatorKind::Div:
      return SimdBinaryOp::Div;
    case OperatorKind::FloorDiv:
      return SimdBinaryOp::FloorDiv;
    case OperatorKind::Mod:
      return SimdBinaryOp::Mod;
    case OperatorKind::Pow:
      return SimdBinaryOp::Pow;
    case OperatorKind::BitAnd:
      return SimdBinaryOp::And;
    case OperatorKind::BitOr:
      return SimdBinaryOp::Or;
    case OperatorKind::BitXor:
      return SimdBinaryOp::Xor;
    case OperatorKind::LShift:
      return SimdBinaryOp::Shl;
    case OperatorKind::RShift:
      return SimdBinaryOp::Shr;
    default:
      return std::nullopt;
  }
}

// Which lane types an operation accepts.
enum class Accepts { Numbers, Integers, IntegersAndBool, Floats };

bool accepts(Accepts what, DType d) {
  switch (what) {
    case Accepts::Numbers:
      return d != DType::Bool;
    case Accepts::Integers:
      return dtype_is_integral(d);
    case Accepts::IntegersAndBool:
      return !dtype_is_float(d);
    case Accepts::Floats:
      return dtype_is_float(d);
  }
  return false;
}

Accepts binary_accepts(SimdBinaryOp op) {
  switch (op) {
    case SimdBinaryOp::And:
    case SimdBinaryOp::Or:
    case SimdBinaryOp::Xor:
      return Accepts::IntegersAndBool;
    case SimdBinaryOp::Shl:
    case SimdBinaryOp::Shr:
      return Accepts::Integers;
    case SimdBinaryOp::Div:
      return Accepts::Floats;
    default:
      return Accepts::Numbers;
  }
}

struct MathFunction {
  const char* name;
  SimdUnaryOp op;
  Accepts accepts;
};

constexpr MathFunction kMathFunctions[] = {
    {"sqrt", SimdUnaryOp::Sqrt, Accepts::Floats},  {"exp", SimdUnaryOp::Exp, Accepts::Floats},
    {"exp2", SimdUnaryOp::Exp2, Accepts::Floats},  {"log", SimdUnaryOp::Log, Accepts::Floats},
    {"log2", SimdUnaryOp::Log2, Accepts::Floats},  {"log10", SimdUnaryOp::Log10, Accepts::Floats},
    {"sin", SimdUnaryOp::Sin, Accepts::Floats},    {"cos", SimdUnaryOp::Cos, Accepts::Floats},
    {"tan", SimdUnaryOp::Tan, Accepts::Floats},    {"atan", SimdUnaryOp::Atan, Accepts::Floats},
    {"tanh", SimdUnaryOp::Tanh, Accepts::Floats},  {"floor", SimdUnaryOp::Floor, Accepts::Numbers},
    {"ceil", SimdUnaryOp::Ceil, Accepts::Numbers}, {"trunc", SimdUnaryOp::Trunc, Accepts::Numbers},
};

struct Reduction {
  const char* name;
  SimdUnaryOp op;
  Accepts accepts;
};

constexpr Reduction kReductions[] = {
    {"reduce_add", SimdUnaryOp::ReduceAdd, Accepts::Numbers},
    {"reduce_mul", SimdUnaryOp::ReduceMul, Accepts::Numbers},
    {"reduce_min", SimdUnaryOp::ReduceMin, Accepts::Numbers},
    {"reduce_max", SimdUnaryOp::ReduceMax, Accepts::Numbers},
    {"reduce_and", SimdUnaryOp::ReduceAnd, Accepts::IntegersAndBool},
    {"reduce_or", SimdUnaryOp::ReduceOr, Accepts::IntegersAndBool},
};

const char* accepts_text(Accepts what) {
  switch (what) {
    case Accepts::Numbers:
      return "numbers";
    case Accepts::Integers:
      return "integers";
    case Accepts::IntegersAndBool:
      return "integers and Bools";
    case Accepts::Floats:
      return "floating-point numbers";
  }
  return "";
}

}  // namespace

void FnCompiler::emit_simd(Op op, uint16_t a, uint16_t b, uint16_t c, uint8_t x, SimdType t,
                           uint16_t hi) {
  emit(Instruction::abc(op, a, b, c, x));
  emit(Instruction::aux(t.bits(), hi));
}

Operand FnCompiler::simd_literal(const Literal& lit, StaticType t, const Expr* at) {
  SimdType s = *simd_layout(t);
  std::string target = "'" + m_.type_name(t) + "'";
  // The literal as a scalar of a wide type, then converted as a run-time cast would.
  Value source;
  SimdType from{DType::Float64, 0};
  if (lit.type == StaticType::IntLiteral && dtype_is_integral(s.dtype)) {
    uint32_t bits = dtype_size(s.dtype) * 8;
    __int128 lo = dtype_is_signed(s.dtype) ? -(static_cast<__int128>(1) << (bits - 1)) : 0;
    __int128 hi = (static_cast<__int128>(1) << (dtype_is_signed(s.dtype) ? bits - 1 : bits)) - 1;
    if (lit.i < lo || lit.i > hi) {
      StaticType scalar = t == StaticType::UInt ? t : simd_static_type(s.scalar());
      error(at, "integer value " + int128_text(lit.i) + " does not fit in " + m_.type_name(scalar));
      return {};
    }
    from = SimdType{DType::Int64, 0};
    source = Value::from_bits(static_cast<uint64_t>(static_cast<int64_t>(lit.i)));
  } else if (lit.type == StaticType::IntLiteral && dtype_is_float(s.dtype)) {
    source = Value::from_bits(std::bit_cast<uint64_t>(static_cast<double>(lit.i)));
  } else if (lit.type == StaticType::FloatLiteral && dtype_is_float(s.dtype)) {
    source = Value::from_bits(std::bit_cast<uint64_t>(lit.f));
  } else if ((lit.type == StaticType::Bool || lit.type == StaticType::IntLiteral) &&
             s.dtype == DType::Bool) {
    // An integer literal is a Bool lane by being non-zero, as Mojo's SIMD constructor casts.
    from = SimdType{DType::Bool, 0};
    source = Value::from_bits((lit.type == StaticType::Bool ? lit.b : lit.i != 0) ? 1 : 0);
  } else {
    if (lit.type == StaticType::Error) {
      if (!lit.s.empty()) error(at, lit.s);
    } else {
      error(at, "cannot convert " + quoted(lit.type) + " value to " + target);
    }
    return {};
  }
  Value slots[64];
  simd_cast(from, s, slots, &source);
  if (s.slots() == 1) return Operand{t, constant_register(slots[0].bits())};
  uint16_t out = temp_for(t);
  for (uint32_t i = 0; i < s.slots(); ++i) {
    emit(Instruction::abc(Op::Move, static_cast<uint16_t>(out + i),
                          constant_register(slots[i].bits())));
  }
  return Operand{t, out};
}

Operand FnCompiler::simd_convert(Operand o, StaticType to) {
  if (o.type == to || o.type == StaticType::Error) return o;
  SimdType from = *simd_layout(o.type), target = *simd_layout(to);
  uint16_t out = temp_for(to);
  emit_simd(Op::SimdCast, out, o.reg, 0, 0, from, target.bits());
  return Operand{to, out};
}

Operand FnCompiler::simd_binary(const Node* at, OperatorKind op, Operand l, Operand r) {
  std::optional<SimdType> ls = simd_layout(l.type), rs = simd_layout(r.type);
  // An Int exponent raises every lane: it becomes the vector's DType.
  if (op == OperatorKind::Pow && ls && r.type == StaticType::Int && l.type != StaticType::Int) {
    r = simd_convert(r, simd_static_type(ls->scalar()));
    rs = simd_layout(r.type);
  }
  // A scalar meets a vector of its DType: it is splat across the vector's lanes.
  if (ls && rs && ls->dtype == rs->dtype && ls->width() != rs->width()) {
    if (rs->width() == 1) r = simd_convert(r, l.type);
    if (ls->width() == 1) l = simd_convert(l, r.type);
  }
  std::optional<SimdBinaryOp> simd_op = simd_operator(op);
  std::string symbol = operator_symbol(op);
  if (l.type != r.type || !ls) {
    error(at, "invalid operand types for '" + symbol + "': " + quoted(l.type) + " and " +
                  quoted(r.type));
    return {};
  }
  SimdType t = *simd_layout(l.type);
  if (!simd_op || !accepts(binary_accepts(*simd_op), t.dtype)) {
    std::string hint = simd_op == SimdBinaryOp::Div && dtype_is_integral(t.dtype)
                           ? " (use '//' for integer division)"
                           : "";
    error(at, "'" + symbol + "' is not supported for " + quoted(l.type) + hint);
    return {};
  }
  uint16_t out = temp_for(l.type);
  emit_simd(Op::SimdBinary, out, l.reg, r.reg, static_cast<uint8_t>(*simd_op), t);
  return Operand{l.type, out};
}

Operand FnCompiler::simd_compare(const Node* at, CompareOp op, Operand l, Operand r) {
  std::optional<SimdType> ls = simd_layout(l.type), rs = simd_layout(r.type);
  if (ls && rs && ls->dtype == rs->dtype && ls->width() != rs->width()) {
    if (rs->width() == 1) r = simd_convert(r, l.type);
    if (ls->width() == 1) l = simd_convert(l, r.type);
  }
  if (l.type != r.type) {
    error(at, "cannot compare " + quoted(l.type) + " with " + quoted(r.type));
    return {};
  }
  SimdType t = *simd_layout(l.type);
  if (t.dtype == DType::Bool && op != CompareOp::Eq && op != CompareOp::Ne) {
    error(at, "Bool vectors can only be compared with '==' and '!='");
    return {};
  }
  StaticType mask = simd_static_type(t.with_dtype(DType::Bool));
  uint16_t out = temp_for(mask);
  emit_simd(Op::SimdBinary, out, l.reg, r.reg,
            static_cast<uint8_t>(static_cast<int>(SimdBinaryOp::Lt) + static_cast<int>(op)), t);
  return Operand{mask, out};
}

Operand FnCompiler::simd_unary(const Node* at, SimdUnaryOp op, Operand v) {
  SimdType t = *simd_layout(v.type);
  StaticType result = is_reduction(op) ? simd_static_type(t.scalar()) : v.type;
  if (op == SimdUnaryOp::Neg && !accepts(Accepts::Numbers, t.dtype)) {
    error(at, "'-' is not supported for " + quoted(v.type));
    return {};
  }
  if (op == SimdUnaryOp::Invert && !accepts(Accepts::IntegersAndBool, t.dtype)) {
    error(at, "'~' is not supported for " + quoted(v.type));
    return {};
  }
  uint16_t out = temp_for(result);
  emit_simd(Op::SimdUnary, out, v.reg, 0, static_cast<uint8_t>(op), t);
  return Operand{result, out};
}

Operand FnCompiler::simd_text(Operand v) {
  uint16_t out = temp(true);
  emit_simd(Op::SimdText, out, v.reg, 0, 0, *simd_layout(v.type));
  return Operand{StaticType::String, out};
}

Operand FnCompiler::simd_construct(const Call* c, StaticType type) {
  std::string name = m_.type_name(type);
  SimdType t = *simd_layout(type);
  StaticType scalar = simd_static_type(t.scalar());
  if (!c->keywords.empty()) {
    error(c, name + "() takes no keyword arguments");
    return {};
  }
  if (c->args.empty()) {
    uint16_t out = temp_for(type);
    emit(Instruction::abc(Op::SimdZero, out, 0, 0, static_cast<uint8_t>(t.slots())));
    return Operand{type, out};
  }
  if (c->args.size() == 1) {
    if (std::optional<Literal> lit = fold(c->args[0])) return simd_literal(*lit, type, c->args[0]);
    Operand v = expr(c->args[0], scalar);
    if (v.type == StaticType::Error) return {};
    std::optional<SimdType> from = simd_layout(v.type);
    if (!from || (from->width() != 1 && from->width() != t.width())) {
      error(c->args[0], "cannot construct " + quoted(type) + " from " + quoted(v.type));
      return {};
    }
    return simd_convert(v, type);
  }
  if (c->args.size() != t.width()) {
    error(c, name + "() takes 1 value or " + std::to_string(t.width()) + " lane values, not " +
                 std::to_string(c->args.size()));
    return {};
  }
  uint16_t out = temp_for(type);
  emit(Instruction::abc(Op::SimdZero, out, 0, 0, static_cast<uint8_t>(t.slots())));
  bool ok = true;
  for (uint32_t i = 0; i < c->args.size(); ++i) {
    std::string what = "lane " + std::to_string(i) + " of " + name;
    std::optional<Literal> lit = t.dtype == DType::Bool ? fold(c->args[i]) : std::nullopt;
    Operand lane = lit && lit->type == StaticType::IntLiteral
                       ? simd_literal(*lit, simd_static_type(t.scalar()), c->args[i])
                       : expr_as(c->args[i], scalar, what.c_str());
    if (lane.type == StaticType::Error) {
      ok = false;
      continue;
    }
    emit(Instruction::abc(Op::SimdMoveLane, out, lane.reg, static_cast<uint16_t>(i << 8),
                          static_cast<uint8_t>(dtype_size(t.dtype))));
  }
  return ok ? Operand{type, out} : Operand{};
}

Operand FnCompiler::shuffle(Operand v, const std::vector<uint32_t>& lanes, StaticType t) {
  SimdType layout = *simd_layout(t);
  uint16_t out = temp_for(t);
  emit(Instruction::abc(Op::SimdZero, out, 0, 0, static_cast<uint8_t>(layout.slots())));
  for (uint32_t i = 0; i < lanes.size(); ++i) {
    emit(Instruction::abc(Op::SimdMoveLane, out, v.reg, static_cast<uint16_t>((i << 8) | lanes[i]),
                          static_cast<uint8_t>(dtype_size(layout.dtype))));
  }
  return Operand{t, out};
}

Operand FnCompiler::simd_method(const Call* c, const Attribute* callee, Operand self,
                                const Expr* params) {
  SimdType t = *simd_layout(self.type);
  std::string_view method = callee->attr;
  std::string what = "'" + std::string(method) + "' of " + quoted(self.type);
  // The compile-time parameters, folded: by position, and `offset=` for slice.
  std::vector<Literal> values;
  std::optional<Literal> offset;
  if (params) {
    std::vector<const Expr*> given;
    if (auto* tuple = cast<Sequence>(params); tuple && tuple->kind == NodeKind::Tuple) {
      given.assign(tuple->elts.begin(), tuple->elts.end());
    } else {
      given.push_back(params);
    }
    for (const Expr* p : given) {
      auto* keyword = cast<ParamKeyword>(p);
      if (keyword && (method != "slice" || keyword->arg != "offset" || offset)) {
        error(p, what + " has no parameter '" + std::string(keyword->arg) + "'");
        return {};
      }
      if (keyword) p = keyword->value;
      std::optional<Literal> lit = fold(p);
      if (!lit || lit->type == StaticType::Error) {
        if (!lit) error(p, "the parameters of " + what + " must be compile-time constants");
        if (lit && !lit->s.empty()) error(p, lit->s);
        return {};
      }
      if (keyword)
        offset = *lit;
      else
        values.push_back(*lit);
    }
  }
  auto expect = [&](size_t args, size_t parameters) {
    if (c->args.size() == args && values.size() == parameters && c->keywords.empty()) return true;
    error(c, what + " takes " + std::to_string(parameters) + " parameter" +
                 (parameters == 1 ? "" : "s") + " and " + std::to_string(args) + " argument" +
                 (args == 1 ? "" : "s"));
    return false;
  };
  auto int_parameters = [&](uint32_t limit, std::vector<uint32_t>& out) {
    for (const Literal& v : values) {
      if (v.type != StaticType::IntLiteral || v.i < 0 || v.i >= limit) {
        error(params, "the parameters of " + what + " must be lane indices from 0 to " +
                          std::to_string(limit - 1));
        return false;
      }
      out.push_back(static_cast<uint32_t>(v.i));
    }
    return true;
  };
  for (const Reduction& r : kReductions) {
    if (method != r.name) continue;
    if (!expect(0, 0)) return {};
    if (!accepts(r.accepts, t.dtype)) {
      error(callee, what + " needs " + accepts_text(r.accepts));
      return {};
    }
    return simd_unary(c, r.op, self);
  }
  if (method == "cast") {
    if (!expect(0, 1)) return {};
    std::optional<DType> lanes =
        values[0].type == StaticType::DType ? dtype_lanes(values[0].i) : std::nullopt;
    if (!lanes) {
      error(params, "the parameter of " + what + " must be a DType");
      return {};
    }
    return simd_convert(self, simd_static_type(t.with_dtype(*lanes)));
  }
  if (method == "fma") {
    if (!expect(2, 0)) return {};
    Operand b = expr_as(c->args[0], self.type, "argument 1 of fma");
    Operand d = expr_as(c->args[1], self.type, "argument 2 of fma");
    if (b.type == StaticType::Error || d.type == StaticType::Error) return {};
    if (!accepts(Accepts::Numbers, t.dtype)) {
      error(callee, what + " needs numbers");
      return {};
    }
    uint16_t out = temp_for(self.type);
    emit_simd(Op::SimdFma, out, self.reg, b.reg, 0, t, d.reg);
    return Operand{self.type, out};
  }
  if (method == "select") {
    if (!expect(2, 0)) return {};
    if (t.dtype != DType::Bool) {
      error(callee, what + ": select is a method of Bool vectors");
      return {};
    }
    Operand yes = expr(c->args[0], StaticType::Error);
    if (yes.type == StaticType::Error) return {};
    Operand no = expr_as(c->args[1], yes.type, "argument 2 of select");
    if (no.type == StaticType::Error) return {};
    std::optional<SimdType> values_layout = simd_layout(yes.type);
    if (!values_layout || values_layout->width() != t.width()) {
      error(c->args[0], "select on " + quoted(self.type) + " needs values of " +
                            std::to_string(t.width()) + " lanes, not " + quoted(yes.type));
      return {};
    }
    uint16_t out = temp_for(yes.type);
    emit_simd(Op::SimdSelect, out, self.reg, yes.reg, 0, *values_layout, no.reg);
    return Operand{yes.type, out};
  }
  if (method == "shuffle") {
    std::vector<uint32_t> lanes;
    if (!expect(0, values.size()) || values.empty() || !int_parameters(t.width(), lanes)) {
      if (values.empty()) error(c, what + " takes the lane indices as parameters");
      return {};
    }
    if (!std::has_single_bit(lanes.size()) || lanes.size() > 64) {
      error(params, what + " takes a power of two of lane indices");
      return {};
    }
    SimdType out{t.dtype, static_cast<uint8_t>(std::countr_zero(lanes.size()))};
    return shuffle(self, lanes, simd_static_type(out));
  }
  if (method == "slice") {
    if (values.size() == 2 && !offset) {
      offset = values.back();  // slice[width, offset], as older Mojo wrote it
      values.pop_back();
    }
    if (!expect(0, 1)) return {};
    const Literal& w = values[0];
    __int128 first = offset ? offset->i : 0;
    if (w.type != StaticType::IntLiteral || w.i < 1 ||
        !std::has_single_bit(static_cast<uint64_t>(w.i)) ||
        (offset && offset->type != StaticType::IntLiteral) || first < 0 ||
        first + w.i > t.width()) {
      error(params, what + ": the slice must be a power-of-two width of lanes inside the " +
                        std::to_string(t.width()) + " lanes");
      return {};
    }
    std::vector<uint32_t> lanes;
    for (__int128 i = 0; i < w.i; ++i) lanes.push_back(static_cast<uint32_t>(first + i));
    SimdType out{t.dtype, static_cast<uint8_t>(std::countr_zero(static_cast<uint64_t>(w.i)))};
    return shuffle(self, lanes, simd_static_type(out));
  }
  if (method == "rotate_left" || method == "rotate_right") {
    if (!expect(0, 1)) return {};
    std::vector<uint32_t> shift;
    if (!int_parameters(t.width(), shift)) return {};
    uint32_t n = method == "rotate_left" ? shift[0] : t.width() - shift[0];
    std::vector<uint32_t> lanes;
    for (uint32_t i = 0; i < t.width(); ++i) lanes.push_back((i + n) % t.width());
    return shuffle(self, lanes, self.type);
  }
  static const char* const kCompareMethods[] = {"lt", "le", "eq", "ne", "gt", "ge"};
  for (int i = 0; i < 6; ++i) {
    if (method != kCompareMethods[i]) continue;
    if (!expect(1, 0)) return {};
    Operand other = expr_as(c->args[0], self.type, ("argument 1 of " + what).c_str());
    if (other.type == StaticType::Error) return {};
    return simd_compare(c, static_cast<CompareOp>(i), self, other);
  }
  if (method == "clamp") {
    if (!expect(2, 0)) return {};
    Operand lo = expr_as(c->args[0], self.type, "argument 1 of clamp");
    Operand hi = expr_as(c->args[1], self.type, "argument 2 of clamp");
    if (lo.type == StaticType::Error || hi.type == StaticType::Error) return {};
    if (!accepts(Accepts::Numbers, t.dtype)) {
      error(callee, what + " needs numbers");
      return {};
    }
    uint16_t out = temp_for(self.type);
    emit_simd(Op::SimdBinary, out, self.reg, lo.reg, static_cast<uint8_t>(SimdBinaryOp::Max), t);
    emit_simd(Op::SimdBinary, out, out, hi.reg, static_cast<uint8_t>(SimdBinaryOp::Min), t);
    return Operand{self.type, out};
  }
  if (method == "join" || method == "interleave") {
    if (!expect(1, 0)) return {};
    Operand other = expr_as(c->args[0], self.type, "argument 1 of join");
    if (other.type == StaticType::Error) return {};
    if (t.log2_width >= SimdType::kMaxLog2Width) {
      error(callee, what + ": the joined vector would have more than 64 lanes");
      return {};
    }
    SimdType joined{t.dtype, static_cast<uint8_t>(t.log2_width + 1)};
    StaticType type = simd_static_type(joined);
    uint16_t out = temp_for(type);
    emit(Instruction::abc(Op::SimdZero, out, 0, 0, static_cast<uint8_t>(joined.slots())));
    // join: self's lanes, then other's; interleave: self[0], other[0], self[1], ...
    bool interleave = method == "interleave";
    for (uint32_t i = 0; i < 2 * t.width(); ++i) {
      bool first = interleave ? i % 2 == 0 : i < t.width();
      uint32_t lane = interleave ? i / 2 : i % t.width();
      emit(Instruction::abc(Op::SimdMoveLane, out, first ? self.reg : other.reg,
                            static_cast<uint16_t>((i << 8) | lane),
                            static_cast<uint8_t>(dtype_size(t.dtype))));
    }
    return Operand{type, out};
  }
  error(callee, quoted(self.type) + " has no method '" + std::string(method) + "'");
  return {};
}

Operand FnCompiler::simd_subscript(const Subscript* s, Operand v) {
  SimdType t = *simd_layout(v.type);
  Operand index = expr_as(s->slice, StaticType::Int, "a SIMD lane index");
  if (index.type == StaticType::Error) return {};
  StaticType scalar = simd_static_type(t.scalar());
  uint16_t out = temp_for(scalar);
  emit_simd(Op::SimdGet, out, v.reg, index.reg, 0, t);
  return Operand{scalar, out};
}

void FnCompiler::simd_subscript_assign(const Subscript* target, Operand v, const Expr* value,
                                       const AugAssign* augmented) {
  SimdType t = *simd_layout(v.type);
  StaticType scalar = simd_static_type(t.scalar());
  Operand index = expr_as(target->slice, StaticType::Int, "a SIMD lane index");
  if (index.type == StaticType::Error) return;
  Operand lane;
  if (augmented) {
    uint16_t current = temp_for(scalar);
    emit_simd(Op::SimdGet, current, v.reg, index.reg, 0, t);
    Operand right = expr(value, scalar);
    lane = binary_on(augmented, augmented->op, Operand{scalar, current}, right);
    if (lane.type != StaticType::Error && lane.type != scalar) {
      error(augmented, "cannot assign a value of type " + quoted(lane.type) +
                           " to a lane of type " + quoted(scalar));
      return;
    }
  } else {
    lane = expr_as(value, scalar, "assignment");
  }
  if (lane.type == StaticType::Error) return;
  emit_simd(Op::SimdSet, v.reg, index.reg, lane.reg, 0, t);
}

std::optional<Operand> FnCompiler::numeric_builtin(const Call* c, std::string_view name) {
  auto check_arity = [&](size_t n) {
    if (c->args.size() == n && c->keywords.empty()) return true;
    error(c, std::string(name) + "() takes " + std::to_string(n) + " argument" +
                 (n == 1 ? "" : "s") + " in fn code");
    return false;
  };
  auto numeric = [&](Operand v, Accepts what) {
    std::optional<SimdType> t = simd_layout(v.type);
    if (t && accepts(what, t->dtype)) return true;
    if (v.type != StaticType::Error) {
      error(c->args[0],
            std::string(name) + "() takes " + accepts_text(what) + ", not " + quoted(v.type));
    }
    return false;
  };
  if (name == "pow") {  // pow(x, y) is x ** y
    if (!check_arity(2)) return Operand{};
    Operand base = expr(c->args[0], StaticType::Error);
    Operand exponent = expr(c->args[1], base.type);
    return binary_on(c, OperatorKind::Pow, base, exponent);
  }
  if (name == "divmod") {  // divmod(a, b) of Ints (or UInts): (a // b, a % b), flooring
    if (!check_arity(2)) return Operand{};
    std::optional<Literal> first = fold(c->args[0]);
    Operand a = first ? expr_as(c->args[0], StaticType::Int, "the first argument of divmod()")
                      : expr(c->args[0], StaticType::Int);
    StaticType t = a.type == StaticType::UInt ? a.type : StaticType::Int;
    if (a.type != StaticType::Error && a.type != t) {
      error(c->args[0], "cannot implicitly convert " + quoted(a.type) +
                            " value to 'Int' in the "
                            "first argument of divmod()");
      return Operand{};
    }
    Operand b = expr_as(c->args[1], t, "the second argument of divmod()");
    if (a.type == StaticType::Error || b.type == StaticType::Error) return Operand{};
    Operand q = binary_on(c, OperatorKind::FloorDiv, a, b);
    Operand r = binary_on(c, OperatorKind::Mod, a, b);
    if (q.type == StaticType::Error || r.type == StaticType::Error) return Operand{};
    StaticType pair = tuple_type({t, t});
    uint16_t out = temp_for(pair);
    move(out, q.reg, t);
    move(static_cast<uint16_t>(out + 1), r.reg, t);
    return Operand{pair, out};
  }
  if (name == "index") {  // index(x): an Indexer (Int, Bool, an integer scalar) as an Int
    if (!check_arity(1)) return Operand{};
    Operand v = expr(c->args[0], StaticType::Int);
    if (v.type == StaticType::Bool) return Operand{StaticType::Int, v.reg};
    if (!numeric(v, Accepts::IntegersAndBool)) return Operand{};
    if (simd_layout(v.type)->width() != 1) {
      error(c->args[0], "index() takes an integer scalar, not " + quoted(v.type));
      return Operand{};
    }
    return simd_convert(v, StaticType::Int);
  }
  if (name == "hash") {  // hash(x) of a number, Bool, String or DType: Python's hash, an Int
    if (!check_arity(1)) return Operand{};
    Operand v = expr(c->args[0], StaticType::Int);
    if (v.type == StaticType::UInt || v.type == StaticType::DType || v.type == StaticType::Bool) {
      v.type = StaticType::Int;  // the same bits
    }
    if (v.type != StaticType::Int && v.type != StaticType::Float64 &&
        v.type != StaticType::String) {
      if (v.type != StaticType::Error) {
        error(c->args[0], "hash() of a " + quoted(v.type) + " value is not supported yet");
      }
      return Operand{};
    }
    // A String's hash takes all 64 bits: unboxed with the check for any Int, not as a small one.
    return unbox_python_result(call_builtin_on_value("hash", v, StaticType::Object),
                               StaticType::Int);
  }
  if (name == "abs") {
    if (!check_arity(1)) return Operand{};
    Operand v = expr(c->args[0], StaticType::Error);
    if (!numeric(v, Accepts::Numbers)) return Operand{};
    return simd_unary(c, SimdUnaryOp::Abs, v);
  }
  if (name == "round") {
    // round(x): the nearest integer of x's own type, ties to even; round(x, n): n digits
    // after the point, as Python's round rounds a float.
    if (c->args.empty() || c->args.size() > 2 || !c->keywords.empty()) {
      error(c, "round() takes 1 or 2 arguments in fn code");
      return Operand{};
    }
    Operand v = expr(c->args[0], StaticType::Error);
    if (!numeric(v, Accepts::Numbers)) return Operand{};
    if (c->args.size() == 1) return simd_unary(c, SimdUnaryOp::RoundEven, v);
    // UInt.__round__(ndigits: UInt): a UInt has no digits after the point to round.
    StaticType digits_type = v.type == StaticType::UInt ? v.type : StaticType::Int;
    Operand digits = expr_as(c->args[1], digits_type, "the second argument of round()");
    if (digits.type == StaticType::Error) return Operand{};
    if (v.type == StaticType::UInt) return v;
    if (v.type != StaticType::Float64 && v.type != StaticType::Int) {
      error(c->args[0], "round() with digits takes an Int or a Float64, not " + quoted(v.type));
      return Operand{};
    }
    return unbox_python_result(call_builtin_on_values("round", {v, digits}, StaticType::Object),
                               v.type);
  }
  if (name == "min" || name == "max") {
    // One value is its own minimum; more are folded pairwise from the left. A literal
    // adopts the type of the first value that is not one; literals alone meet as Float64
    // when one of them is a FloatLiteral.
    if (c->args.empty() || !c->keywords.empty()) {
      error(c, std::string(name) + "() takes at least one argument in fn code");
      return Operand{};
    }
    std::vector<std::optional<Literal>> literals;
    std::vector<Operand> values(c->args.size());
    StaticType want = StaticType::Error;
    for (const Expr* a : c->args) {
      literals.push_back(fold(a));
      if (literals.back() && literals.back()->type == StaticType::FloatLiteral) {
        want = StaticType::Float64;
      }
    }
    StaticType common = StaticType::Error;
    for (size_t i = 0; i < c->args.size(); ++i) {
      if (literals[i]) continue;
      values[i] = expr(c->args[i], common);
      if (values[i].type == StaticType::Error) return Operand{};
      if (common == StaticType::Error) common = values[i].type;
    }
    for (size_t i = 0; i < c->args.size(); ++i) {
      if (!literals[i]) continue;
      values[i] =
          materialize(*literals[i], common != StaticType::Error ? common : want, c->args[i]);
      if (values[i].type == StaticType::Error) return Operand{};
      if (common == StaticType::Error) common = values[i].type;
    }
    Operand acc = values[0];
    if (!numeric(acc, Accepts::Numbers)) return Operand{};
    for (size_t i = 1; i < values.size(); ++i) {
      if (values[i].type != acc.type) {
        error(c,
              std::string(name) + "() of " + quoted(acc.type) + " and " + quoted(values[i].type));
        return Operand{};
      }
      uint16_t out = temp_for(acc.type);
      emit_simd(Op::SimdBinary, out, acc.reg, values[i].reg,
                static_cast<uint8_t>(name == "min" ? SimdBinaryOp::Min : SimdBinaryOp::Max),
                *simd_layout(acc.type));
      acc = Operand{acc.type, out};
    }
    return acc;
  }
  for (const MathFunction& f : kMathFunctions) {
    if (name != f.name) continue;
    if (!check_arity(1)) return Operand{};
    Operand v = expr(c->args[0], StaticType::Float64);
    if (!numeric(v, f.accepts)) return Operand{};
    return simd_unary(c, f.op, v);
  }
  return std::nullopt;
}

}  // namespace ember::static_impl

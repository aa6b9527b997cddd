// range objects as values in fn code: `range(10).__len__()`, `r[3]`, `r.start`,
// `r.__reversed__()`, `it.__next__()`, `for x in r`. A range is its start, end and step
// side by side, of one integer type: Int, UInt or a SIMD integer scalar (Mojo's
// _StridedRange, _UIntStridedRange and _StridedScalarRange; the zero-starting and
// sequential kinds are the strided one with start 0 and step 1). A range is its own
// iterator, as in Mojo: __next__ returns start and advances it by step.
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

namespace {

bool range_bound_type(StaticType t) {
  std::optional<SimdType> layout = simd_layout(t);
  return t != StaticType::Bool && layout && layout->width() == 1 &&
         dtype_is_integral(layout->dtype);
}

}  // namespace

Operand FnCompiler::range_value(const Call* c,
                                const std::vector<std::optional<Operand>>* evaluated) {
  if (c->args.empty() || c->args.size() > 3 || !c->keywords.empty()) {
    error(c, "range() takes 1 to 3 arguments");
    return {};
  }
  // The type of the first argument that is not a literal; Int when all are.
  std::vector<std::optional<Literal>> literals;
  std::vector<Operand> values(c->args.size());
  StaticType t = StaticType::Error;
  for (size_t i = 0; i < c->args.size(); ++i) {
    literals.push_back(fold(c->args[i]));
    if (literals[i]) continue;
    values[i] = evaluated && (*evaluated)[i]
                    ? *(*evaluated)[i]
                    : expr(c->args[i], t == StaticType::Error ? StaticType::Int : t);
    if (values[i].type == StaticType::Error) return {};
    if (t == StaticType::Error) t = values[i].type;
  }
  if (t == StaticType::Error) t = StaticType::Int;
  if (!range_bound_type(t)) {
    error(c->args[0], "range() takes integers, not " + quoted(t));
    return {};
  }
  for (size_t i = 0; i < c->args.size(); ++i) {
    if (literals[i]) values[i] = materialize(*literals[i], t, c->args[i]);
    if (int_and_uint(values[i].type, t)) values[i].type = t;
    if (values[i].type == StaticType::Error) return {};
    if (values[i].type != t) {
      error(c->args[i], "range() arguments must have one type: " + quoted(t) + " and " +
                            quoted(values[i].type));
      return {};
    }
  }
  Literal zero, one;
  zero.type = one.type = StaticType::IntLiteral;
  one.i = 1;
  Operand start = c->args.size() == 1 ? materialize(zero, t, c) : values[0];
  Operand end = c->args.size() == 1 ? values[0] : values[1];
  Operand step = c->args.size() == 3 ? values[2] : materialize(one, t, c);
  StaticType type = composite_type(CompositeKind::Range, t);
  uint16_t out = temp_for(type);
  move(out, start.reg, t);
  move(static_cast<uint16_t>(out + 1), end.reg, t);
  move(static_cast<uint16_t>(out + 2), step.reg, t);
  return Operand{type, out};
}

Operand FnCompiler::range_field(Operand r, int field) {
  return Operand{composite_arg(r.type), static_cast<uint16_t>(r.reg + field)};
}

Operand FnCompiler::range_len(const Node* at, Operand r) {
  StaticType t = composite_arg(r.type);
  Operand start = range_field(r, 0), end = range_field(r, 1), step = range_field(r, 2);
  Literal one;
  one.type = StaticType::IntLiteral;
  one.i = 1;
  if (t == StaticType::UInt) {
    // The step is positive: (end - start - 1) // step + 1 when start < end, else 0 (no
    // intermediate value overflows).
    Operand before = simd_compare(at, CompareOp::Lt, start, end);
    Operand diff = binary_on(at, OperatorKind::Sub, binary_on(at, OperatorKind::Sub, end, start),
                             materialize(one, t, nullptr));
    Operand count =
        binary_on(at, OperatorKind::Add, binary_on(at, OperatorKind::FloorDiv, diff, step),
                  materialize(one, t, nullptr));
    return binary_on(at, OperatorKind::Mult, count, simd_convert(before, t));
  }
  // max(0, ceil((end - start) / step)), the ceiling as -((start - end) // step).
  if (t != StaticType::Int) {
    start = simd_convert(start, StaticType::Int);
    end = simd_convert(end, StaticType::Int);
    step = simd_convert(step, StaticType::Int);
  }
  Operand floor =
      binary_on(at, OperatorKind::FloorDiv, binary_on(at, OperatorKind::Sub, start, end), step);
  uint16_t out = temp(false);
  emit(Instruction::abc(Op::NegI64, out, floor.reg));
  emit_simd(Op::SimdBinary, out, out, constant_register(0), static_cast<uint8_t>(SimdBinaryOp::Max),
            SimdType{DType::Int64, 0});
  return Operand{StaticType::Int, out};
}

Operand FnCompiler::range_item(const Node* at, Operand r, const Expr* index) {
  // start + index * step; any integer (or Bool) indexes.
  StaticType t = composite_arg(r.type);
  Operand i = expr(index, t);
  if (i.type == StaticType::Error) return {};
  std::optional<SimdType> layout = simd_layout(i.type);
  if (i.type != t && layout && layout->width() == 1 &&
      (dtype_is_integral(layout->dtype) || layout->dtype == DType::Bool)) {
    i = simd_convert(i, t);
  }
  if (i.type != t) {
    error(index, "a range index must be an integer, not " + quoted(i.type));
    return {};
  }
  return binary_on(at, OperatorKind::Add, range_field(r, 0),
                   binary_on(at, OperatorKind::Mult, i, range_field(r, 2)));
}

Operand FnCompiler::range_reversed(const Node* at, Operand r) {
  // As Mojo's _StridedRange.__reversed__: from the last element back past the first.
  StaticType t = composite_arg(r.type);
  if (t == StaticType::UInt) {
    error(at, "a UInt range cannot be reversed (its step is a UInt)");
    return {};
  }
  Operand start = range_field(r, 0), end = range_field(r, 1), step = range_field(r, 2);
  Literal lit;
  lit.type = StaticType::IntLiteral;
  auto constant_of = [&](int64_t v) {
    lit.i = v;
    return materialize(lit, t, nullptr);
  };
  // The sign of the step: 1 or -1.
  Operand positive =
      t == StaticType::Int ? Operand{} : simd_compare(at, CompareOp::Gt, step, constant_of(0));
  if (t == StaticType::Int) {
    uint16_t gt = temp(false);
    emit(Instruction::abc(Op::CompareI64, gt, step.reg, constant_of(0).reg,
                          static_cast<uint8_t>(CompareOp::Gt)));
    positive = Operand{StaticType::Bool, gt};
  }
  Operand sign = binary_on(
      at, OperatorKind::Sub,
      binary_on(at, OperatorKind::Mult, simd_convert(positive, t), constant_of(2)), constant_of(1));
  Operand shifted_end = binary_on(at, OperatorKind::Sub, end, sign);
  Operand first = binary_on(
      at, OperatorKind::Sub, shifted_end,
      binary_on(at, OperatorKind::Mod, binary_on(at, OperatorKind::Sub, shifted_end, start), step));
  Operand past = binary_on(at, OperatorKind::Sub, start, step);
  Operand back = binary_on(at, OperatorKind::Sub, constant_of(0), step);
  uint16_t out = temp_for(r.type);
  move(out, first.reg, t);
  move(static_cast<uint16_t>(out + 1), past.reg, t);
  move(static_cast<uint16_t>(out + 2), back.reg, t);
  return Operand{r.type, out};
}

Operand FnCompiler::range_method(const Call* c, const Attribute* callee, Operand self,
                                 std::optional<Place> receiver) {
  std::string_view name = callee->attr;
  size_t arity = name == "__getitem__" ? 1 : 0;
  bool known = name == "__len__" || name == "__getitem__" || name == "__iter__" ||
               name == "__next__" || name == "__reversed__";
  if (!known) {
    error(callee, quoted(self.type) + " has no method '" + std::string(name) + "' in fn code");
    return {};
  }
  if (c->args.size() != arity || !c->keywords.empty()) {
    error(c, std::string(name) + "() takes " + std::to_string(arity) +
                 (arity == 1 ? " argument" : " arguments"));
    return {};
  }
  if (name == "__len__") return range_len(c, self);
  if (name == "__getitem__") return range_item(c, self, c->args[0]);
  if (name == "__iter__") return self;  // a range is its own iterator
  if (name == "__reversed__") return range_reversed(c, self);
  // __next__: the current start, which then advances by step.
  if (!receiver || !is_range_type(receiver->type)) {
    error(callee->value, "__next__() advances a range held by a variable");
    return {};
  }
  if (!mutable_place(callee->value, *receiver)) return {};
  StaticType t = composite_arg(self.type);
  uint16_t out = temp_for(t);
  move(out, receiver->reg, t);
  Operand next = binary_on(c, OperatorKind::Add, Operand{t, receiver->reg},
                           Operand{t, static_cast<uint16_t>(receiver->reg + 2)});
  if (next.type == StaticType::Error) return {};
  move(receiver->reg, next.reg, t);
  return Operand{t, out};
}

void FnCompiler::range_for(const For* s, const Name* target, Operand r) {
  // The loop of `for x in range(...)`, its bounds and step taken from the value (as Ints;
  // the loop variable converted back to the range's type).
  if (r.type == StaticType::Error) return;
  StaticType t = composite_arg(r.type);
  uint16_t counter = temp_block({false, false, false});
  for (int i = 0; i < 3; ++i) {
    Operand field = range_field(r, i);
    if (t != StaticType::Int && t != StaticType::UInt) field = simd_convert(field, StaticType::Int);
    move(static_cast<uint16_t>(counter + i), field.reg, StaticType::Int);
  }
  emit(Instruction::abc(Op::RangeStepCheck, static_cast<uint16_t>(counter + 2)));
  if (t == StaticType::Int || t == StaticType::UInt) {
    counted_loop(s, target, t, counter, 0, nullptr);
    return;
  }
  counted_loop(s, target, t, counter, 0, [&](uint16_t var, uint16_t index) {
    Operand v = simd_convert(Operand{StaticType::Int, index}, t);
    move(var, v.reg, t);
  });
}

}  // namespace ember::static_impl

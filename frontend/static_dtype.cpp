// DType values in fn code. `DType.float32` folds to a compile-time constant (parameters,
// aliases, SIMD types); as a value it is its code (static_types.h) in a raw slot, so that
// DTypes can be compared (`==`, `is`), printed, kept in variables, Sets and Dicts (as their
// code), and asked what they are (`dt.sizeof()`, `dt.is_floating_point()`).
#include "frontend/static_internal.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember::static_impl {

using namespace ast;

std::optional<CompareOp> dtype_compare_op(CmpOpKind kind) {
  switch (kind) {
    case CmpOpKind::Eq:
    case CmpOpKind::Is:
      return CompareOp::Eq;
    case CmpOpKind::NotEq:
    case CmpOpKind::IsNot:
      return CompareOp::Ne;
    default:
      return std::nullopt;
  }
}

bool holds_dtype_codes(StaticType t) {
  return (is_set_type(t) && composite_arg(t) == StaticType::DType) ||
         (is_dict_type(t) && dict_fields(t).first == StaticType::DType);
}

Operand FnCompiler::dtype_table_item(const std::function<Value(int64_t code)>& item,
                                     Operand dtype) {
  // The table is a constant (and so alive) before its items are allocated.
  TupleObject* table = m_.vm.new_tuple(kDTypeCodes);
  uint16_t base = temp(true);
  emit(Instruction::abx(Op::LoadConst, base, constant(Value::from_object(table))));
  for (int64_t code = 0; code < kDTypeCodes; ++code) table->items[code] = item(code);
  uint16_t key = temp(true);
  box_to(Operand{StaticType::Int, dtype.reg}, key);
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::GetItem, out, base, key));
  return Operand{StaticType::Object, out};
}

Operand FnCompiler::dtype_text(Operand v, bool repr) {
  auto name = [&](int64_t code) {
    std::string text = (repr ? "DType." : "") + std::string(dtype_spelling(code));
    return Value::from_object(m_.vm.new_str(text));
  };
  return Operand{StaticType::String, dtype_table_item(name, v).reg};
}

Operand FnCompiler::dtype_method(const Call* c, const Attribute* callee, Operand self) {
  // What each DType answers, by code; DType.invalid is 0 bytes of nothing.
  std::string_view method = callee->attr;
  bool size = method == "sizeof" || method == "bitwidth";
  bool question = method == "is_floating_point" || method == "is_integral" ||
                  method == "is_signed" || method == "is_unsigned";
  if (!size && !question) {
    error(callee, "'DType' has no method '" + std::string(method) + "' in fn code yet");
    return {};
  }
  if (!c->args.empty() || !c->keywords.empty()) {
    error(c, "DType." + std::string(method) + "() takes no arguments");
    return {};
  }
  auto answer = [&](int64_t code) {
    std::optional<DType> d = dtype_lanes(code);
    if (size) {
      int64_t bytes = d ? dtype_size(*d) : 0;
      return m_.vm.make_int(method == "sizeof" ? bytes : 8 * bytes);
    }
    bool yes = false;
    if (d && method == "is_floating_point") yes = dtype_is_float(*d);
    if (d && method == "is_integral") yes = dtype_is_integral(*d);
    if (d && method == "is_signed") yes = dtype_is_signed(*d) || dtype_is_float(*d);
    if (d && method == "is_unsigned") yes = dtype_is_integral(*d) && !dtype_is_signed(*d);
    return Value::from_bool(yes);
  };
  return unbox_python_result(dtype_table_item(answer, self),
                             size ? StaticType::Int : StaticType::Bool);
}

}  // namespace ember::static_impl

// Set[T] in fn code: an insertion-ordered set object (lib/_mojo_collections.py), with each
// element boxed by its static type on the way in and unboxed on the way out, as Dict does.
// Elements are Int, String, Bool or DType (boxed as its code), whose boxes hash and compare
// as the values do.
#include "frontend/binary_op.h"
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

bool set_element_type(StaticType t) {
  return t == StaticType::Int || t == StaticType::String || t == StaticType::Bool ||
         t == StaticType::DType;
}

StaticType ModuleContext::set_annotation(const Subscript* s, StaticType self_type) {
  StaticType element = annotation_type(s->slice, self_type);
  if (element == StaticType::Error) return element;
  if (!set_element_type(element)) {
    error(s->slice, "Set elements in fn code are Int, String, Bool or DType, not '" +
                        type_name(element) + "'");
    return StaticType::Error;
  }
  return set_of(element);
}

Operand FnCompiler::set_construct(const Call* c, StaticType type, std::optional<Operand> first) {
  if (!c->keywords.empty()) {
    error(c, "Set() takes no keyword arguments");
    return {};
  }
  StaticType element = composite_arg(type);
  if (c->args.size() == 1 && !first) first = expr(c->args[0], element);
  if (first && first->type == type) {  // Set(other): a copy
    return Operand{type, call_python_method(first->reg, "copy").reg};
  }
  bool from_list = first && first->type == list_of(element);
  size_t n = from_list ? 0 : c->args.size();
  std::vector<bool> kinds(1 + n, true);
  uint16_t block = temp_block(kinds);
  emit_cached(Instruction::abx(Op::LoadGlobal, block, name_index("__mojo_set__")));
  for (size_t i = 0; i < n; ++i) {
    Operand e = i == 0 && first ? convert_as(c->args[0], *first, element, "a Set element")
                                : expr_as(c->args[i], element, "a Set element");
    e = as_object(c->args[i], e);
    if (e.type == StaticType::Error) return {};
    emit(Instruction::abc(Op::Move, static_cast<uint16_t>(block + 1 + i), e.reg));
  }
  emit(Instruction::abc(Op::Call, block, static_cast<uint16_t>(n)));
  if (from_list) {  // Set(list): its elements, in order
    Operand list = as_object(c->args[0], *first);
    if (list.type == StaticType::Error) return {};
    call_python_method(block, "update_from", {list.reg});
  }
  return Operand{type, block};
}

Operand FnCompiler::set_binary(const Node* at, OperatorKind op, Operand l, Operand r) {
  bool supported = op == OperatorKind::BitOr || op == OperatorKind::BitAnd ||
                   op == OperatorKind::Sub || op == OperatorKind::BitXor;
  if (!supported || l.type != r.type) {
    error(at, "invalid operand types for '" + std::string(operator_symbol(op)) +
                  "': " + quoted(l.type) + " and " + quoted(r.type));
    return {};
  }
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::Binary, out, l.reg, r.reg, static_cast<uint8_t>(to_binary_op(op))));
  return Operand{l.type, out};
}

Operand FnCompiler::set_method(const Call* c, const Attribute* callee, Operand set) {
  std::string_view method = callee->attr;
  StaticType element = composite_arg(set.type);
  if (!c->keywords.empty()) {
    error(c, "Set methods take no keyword arguments");
    return {};
  }
  struct Method {
    const char* name;
    bool takes_set;     // its argument is another Set of the same type (else an element)
    bool mutates;       // needs a mutable Set
    StaticType result;  // Error: a Set of the same type
    bool raises;
  };
  static const Method kMethods[] = {
      {"add", false, true, StaticType::NoneType, false},
      {"remove", false, true, StaticType::NoneType, true},
      {"discard", false, true, StaticType::NoneType, false},
      {"union", true, false, StaticType::Error, false},
      {"intersection", true, false, StaticType::Error, false},
      {"difference", true, false, StaticType::Error, false},
      {"symmetric_difference", true, false, StaticType::Error, false},
      {"update", true, true, StaticType::NoneType, false},
      {"intersection_update", true, true, StaticType::NoneType, false},
      {"difference_update", true, true, StaticType::NoneType, false},
      {"symmetric_difference_update", true, true, StaticType::NoneType, false},
      {"issubset", true, false, StaticType::Bool, false},
      {"issuperset", true, false, StaticType::Bool, false},
      {"isdisjoint", true, false, StaticType::Bool, false},
  };
  if ((method == "__str__" || method == "__repr__") && c->args.empty()) {
    return call_builtin_on_value("str", set, StaticType::String);  // {1, 2}, {'a', 'b'}
  }
  if ((method == "pop" || method == "clear") && c->args.empty()) {
    if (method == "pop" && !may_raise(c, "Set.pop() of an empty set")) return {};
    if (!mutable_list(callee->value)) return {};
    Operand result = call_python_method(set.reg, method);
    if (method == "clear") return Operand{StaticType::NoneType, 0};
    return unbox_python_result(result, element);
  }
  for (const Method& m : kMethods) {
    if (method != m.name) continue;
    if (c->args.size() != 1) {
      error(c, "Set." + std::string(method) + "() takes 1 argument");
      return {};
    }
    if (m.raises && !may_raise(c, "Set." + std::string(method) + "() of a missing element")) {
      return {};
    }
    if (m.mutates && !mutable_list(callee->value)) return {};
    std::string what = "the argument of Set." + std::string(method) + "()";
    Operand arg = expr_as(c->args[0], m.takes_set ? set.type : element, what.c_str());
    if (!m.takes_set) arg = as_object(c->args[0], arg);
    if (arg.type == StaticType::Error) return {};
    Operand result = call_python_method(set.reg, method, {arg.reg});
    if (m.result == StaticType::Error) return Operand{set.type, result.reg};
    if (m.result == StaticType::NoneType) return Operand{StaticType::NoneType, 0};
    return unbox_python_result(result, m.result);
  }
  error(callee, quoted(set.type) + " has no method '" + std::string(method) + "' in fn code yet");
  return {};
}

}  // namespace ember::static_impl

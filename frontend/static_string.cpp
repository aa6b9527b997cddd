// String in fn code beyond concatenation and comparison: indexing and slicing by code
// point (a String is the GC's str), and the common methods, run by the str type's own
// implementations. An index out of range raises IndexError as in Python code.
#include "frontend/static_internal.h"
#include "vm/typed_list.h"

namespace ember::static_impl {

using namespace ast;

namespace {

struct StringMethod {
  const char* name;
  uint8_t min_args;
  uint8_t max_args;
  StaticType result;
};

// The methods fn code calls on a String, with their String or Int arguments.
constexpr StringMethod kStringMethods[] = {
    {"upper", 0, 0, StaticType::String},
    {"lower", 0, 0, StaticType::String},
    {"strip", 0, 1, StaticType::String},
    {"lstrip", 0, 1, StaticType::String},
    {"rstrip", 0, 1, StaticType::String},
    {"replace", 2, 2, StaticType::String},
    {"removeprefix", 1, 1, StaticType::String},
    {"removesuffix", 1, 1, StaticType::String},
    {"find", 1, 1, StaticType::Int},
    {"rfind", 1, 1, StaticType::Int},
    {"count", 1, 1, StaticType::Int},
    {"startswith", 1, 1, StaticType::Bool},
    {"endswith", 1, 1, StaticType::Bool},
    {"isdigit", 0, 0, StaticType::Bool},
    {"isspace", 0, 0, StaticType::Bool},
    {"isupper", 0, 0, StaticType::Bool},
    {"islower", 0, 0, StaticType::Bool},
};

}  // namespace

Operand FnCompiler::unbox_python_result(Operand v, StaticType result) {
  if (result == StaticType::String || result == StaticType::Object) {
    return Operand{result, v.reg};
  }
  uint16_t out = temp(false);
  emit(Instruction::abc(Op::UnboxChecked, out, v.reg, 0,
                        static_cast<uint8_t>(boundary_kind(result))));
  return Operand{result, out};
}

Operand FnCompiler::string_subscript(const Subscript* s, Operand text) {
  uint16_t index = temp(true);
  if (auto* slice = cast<Slice>(s->slice)) {
    if (slice->step) {
      error(slice->step, "String slices with a step are not supported in fn code yet");
      return {};
    }
    // slice(lower, upper): missing bounds are None.
    std::vector<bool> kinds{true, true};
    uint16_t bounds = temp_block(kinds);
    const Expr* ends[] = {slice->lower, slice->upper};
    for (int i = 0; i < 2; ++i) {
      auto r = static_cast<uint16_t>(bounds + i);
      if (!ends[i]) {
        emit(Instruction::abc(Op::LoadNone, r));
        continue;
      }
      Operand bound = expr_as(ends[i], StaticType::Int, "a String slice bound");
      if (bound.type == StaticType::Error) return {};
      box_to(bound, r);
    }
    emit(Instruction::abc(Op::BuildSlice, index, bounds, 2));
  } else {
    Operand i = expr_as(s->slice, StaticType::Int, "a String index");
    if (i.type == StaticType::Error) return {};
    box_to(i, index);
  }
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::GetItem, out, text.reg, index));
  return Operand{StaticType::String, out};
}

Operand FnCompiler::string_method(const Call* c, const Attribute* callee, Operand self) {
  if (callee->attr == "join") return string_join(c, self);
  if (callee->attr == "split" || callee->attr == "splitlines") return string_split(c, callee, self);
  const StringMethod* method = nullptr;
  for (const StringMethod& m : kStringMethods) {
    if (callee->attr == m.name) method = &m;
  }
  if (!method) {
    error(callee, "'String' has no method '" + std::string(callee->attr) + "' in fn code yet");
    return {};
  }
  if (c->args.size() < method->min_args || c->args.size() > method->max_args ||
      !c->keywords.empty()) {
    error(c,
          "String." + std::string(method->name) + "() takes " + std::to_string(method->min_args) +
              (method->min_args == method->max_args ? ""
                                                    : " to " + std::to_string(method->max_args)) +
              " String arguments");
    return {};
  }
  // A call of the str method.
  std::vector<uint16_t> args;
  for (size_t i = 0; i < c->args.size(); ++i) {
    std::string what = "argument " + std::to_string(i + 1) + " of String." + method->name;
    Operand a = expr_as(c->args[i], StaticType::String, what.c_str());
    if (a.type == StaticType::Error) return {};
    args.push_back(a.reg);
  }
  return unbox_python_result(call_python_method(self.reg, method->name, args), method->result);
}

Operand FnCompiler::substring_test(const Node* at, Operand part, Operand text) {
  if (part.type != StaticType::String) {
    error(at, "'in' of a String needs a String on its left, not " + quoted(part.type));
    return {};
  }
  Operand found = call_python_method(text.reg, "__contains__", {part.reg});
  return unbox_python_result(found, StaticType::Bool);
}

Operand FnCompiler::string_join(const Call* c, Operand separator) {
  if (c->args.size() != 1 || !c->keywords.empty()) {
    error(c, "String.join() takes one List[String] argument");
    return {};
  }
  Operand parts = expr_as(c->args[0], list_of(StaticType::String), "the argument of String.join()");
  if (parts.type == StaticType::Error) return {};
  uint16_t items = temp(true);
  emit(Instruction::abc(Op::BoxRaw, items, parts.reg, 0, static_cast<uint8_t>(BoundaryKind::List)));
  return Operand{StaticType::String, call_python_method(separator.reg, "join", {items}).reg};
}

Operand FnCompiler::string_split(const Call* c, const Attribute* callee, Operand text) {
  // split(sep) and splitlines(): the str method's list, copied into a List[String].
  size_t most = callee->attr == "split" ? 1 : 0;
  if (c->args.size() > most || !c->keywords.empty()) {
    error(c, "String." + std::string(callee->attr) + "() takes " +
                 (most ? "at most one String argument" : "no arguments"));
    return {};
  }
  std::vector<uint16_t> args;
  if (!c->args.empty()) {
    Operand sep = expr_as(c->args[0], StaticType::String, "the separator of String.split()");
    if (sep.type == StaticType::Error) return {};
    args.push_back(sep.reg);
  }
  Operand parts = call_python_method(text.reg, callee->attr, args);
  Operand list = new_list(c, list_of(StaticType::String));
  emit(Instruction::abc(Op::TListMethod, 0, list.reg, parts.reg,
                        static_cast<uint8_t>(TypedListMethod::ExtendFromPython)));
  return list;
}

std::optional<Operand> FnCompiler::text_builtin(const Call* c, std::string_view name) {
  // ord(String) -> Int, chr(Int) -> String, repr(x) -> String: the str type's own rules
  // (repr quotes a String as Python and Mojo do).
  StaticType argument = name == "ord"    ? StaticType::String
                        : name == "chr"  ? StaticType::Int
                        : name == "repr" ? StaticType::Error
                                         : StaticType::NoneType;
  if (argument == StaticType::NoneType) return std::nullopt;
  if (c->args.size() != 1 || !c->keywords.empty()) {
    error(c, std::string(name) + "() takes exactly one argument");
    return Operand{};
  }
  std::string what = "the argument of " + std::string(name) + "()";
  Operand v = argument == StaticType::Error ? expr(c->args[0], StaticType::Error)
                                            : expr_as(c->args[0], argument, what.c_str());
  if (v.type == StaticType::Error) return Operand{};
  if (name == "repr") return repr_of(c->args[0], v);
  return call_builtin_on_value(name, v, name == "ord" ? StaticType::Int : StaticType::String);
}

Operand FnCompiler::string_constant(std::string_view text) {
  Literal l;
  l.type = StaticType::String;
  l.s = std::string(text);
  return materialize(l, StaticType::String, nullptr);
}

Operand FnCompiler::repr_of(const Node* at, Operand v) {
  if (v.type == StaticType::DType) return dtype_text(v, true);
  std::optional<SimdType> layout = simd_layout(v.type);
  bool scalar = is_simd_type(v.type) && v.type != StaticType::Float64 &&
                v.type != StaticType::Bool && layout->width() == 1;
  if (v.type == StaticType::UInt || scalar) {  // UInt(3), SIMD[DType.uint8, 1](2)
    std::string open =
        scalar ? "SIMD[DType." + std::string(dtype_name(layout->dtype)) + ", 1](" : "UInt(";
    Operand text = binary_on(at, OperatorKind::Add, string_constant(open), simd_text(v));
    return binary_on(at, OperatorKind::Add, text, string_constant(")"));
  }
  // An Error's repr is its exception object's: Error('message'), as Mojo prints it.
  if (v.type != StaticType::Int && v.type != StaticType::Float64 && v.type != StaticType::Bool &&
      v.type != StaticType::String && v.type != StaticType::ErrorValue) {
    error(at, "repr() of a " + quoted(v.type) + " value is not supported yet");
    return Operand{};
  }
  return call_builtin_on_value("repr", v, StaticType::String);
}

}  // namespace ember::static_impl

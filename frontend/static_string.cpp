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
  const char* args;  // each argument's type: S String, I Int
  uint8_t min_args;
  StaticType result;
};

// The methods fn code calls on a String, run by the str method of the same name (their
// arguments mean what they mean in Python, except where string_method says otherwise:
// startswith/endswith's end, center, and replace of an empty String).
constexpr StringMethod kStringMethods[] = {
    {"upper", "", 0, StaticType::String},         {"lower", "", 0, StaticType::String},
    {"strip", "S", 0, StaticType::String},        {"lstrip", "S", 0, StaticType::String},
    {"rstrip", "S", 0, StaticType::String},       {"replace", "SS", 2, StaticType::String},
    {"removeprefix", "S", 1, StaticType::String}, {"removesuffix", "S", 1, StaticType::String},
    {"find", "SI", 1, StaticType::Int},           {"rfind", "SI", 1, StaticType::Int},
    {"count", "S", 1, StaticType::Int},           {"startswith", "SII", 1, StaticType::Bool},
    {"endswith", "SII", 1, StaticType::Bool},     {"ljust", "IS", 1, StaticType::String},
    {"rjust", "IS", 1, StaticType::String},       {"center", "IS", 1, StaticType::String},
    {"isdigit", "", 0, StaticType::Bool},         {"isspace", "", 0, StaticType::Bool},
    {"isupper", "", 0, StaticType::Bool},         {"islower", "", 0, StaticType::Bool},
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

std::optional<uint16_t> FnCompiler::python_slice(const Slice* slice, bool with_step) {
  if (slice->step && !with_step) {
    error(slice->step, "String slices with a step are not supported in fn code yet");
    return std::nullopt;
  }
  // slice(lower, upper[, step]): missing parts are None.
  const Expr* parts[] = {slice->lower, slice->upper, slice->step};
  int count = with_step ? 3 : 2;
  uint16_t block = temp_block(std::vector<bool>(count, true));
  for (int i = 0; i < count; ++i) {
    auto r = static_cast<uint16_t>(block + i);
    if (!parts[i]) {
      emit(Instruction::abc(Op::LoadNone, r));
      continue;
    }
    Operand part = expr_as(parts[i], StaticType::Int, i == 2 ? "a slice step" : "a slice bound");
    if (part.type == StaticType::Error) return std::nullopt;
    box_to(part, r);
  }
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::BuildSlice, out, block, static_cast<uint16_t>(count)));
  return out;
}

Operand FnCompiler::string_subscript(const Subscript* s, Operand text) {
  uint16_t index = temp(true);
  if (auto* slice = cast<Slice>(s->slice)) {
    std::optional<uint16_t> bounds = python_slice(slice, false);
    if (!bounds) return {};
    index = *bounds;
  } else {
    Operand i = index_operand(s->slice, "a String index");
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
  if (callee->attr == "as_string_slice") {
    // A StringSlice is a String in fn code (static_type_named): a view of text that no
    // one may change while the view lives is the immutable str itself.
    if (!c->args.empty() || !c->keywords.empty()) {
      error(c, "String.as_string_slice() takes no arguments");
      return {};
    }
    uint16_t out = temp(true);
    emit(Instruction::abc(Op::Move, out, self.reg));
    return Operand{StaticType::String, out};
  }
  const StringMethod* method = nullptr;
  for (const StringMethod& m : kStringMethods) {
    if (callee->attr == m.name) method = &m;
  }
  if (!method) {
    error(callee, "'String' has no method '" + std::string(callee->attr) + "' in fn code yet");
    return {};
  }
  size_t max_args = std::char_traits<char>::length(method->args);
  if (c->args.size() < method->min_args || c->args.size() > max_args || !c->keywords.empty()) {
    error(c, "String." + std::string(method->name) + "() takes " +
                 std::to_string(method->min_args) +
                 (method->min_args == max_args ? "" : " to " + std::to_string(max_args)) +
                 " arguments");
    return {};
  }
  std::vector<uint16_t> args;
  for (size_t i = 0; i < c->args.size(); ++i) {
    std::string what = "argument " + std::to_string(i + 1) + " of String." + method->name;
    StaticType type = method->args[i] == 'I' ? StaticType::Int : StaticType::String;
    Operand a = as_object(c->args[i], expr_as(c->args[i], type, what.c_str()));
    if (a.type == StaticType::Error) return {};
    args.push_back(a.reg);
  }
  std::string_view name = method->name;
  if ((name == "startswith" || name == "endswith") && args.size() == 3) {
    // Mojo's end -1 means the end of the String, where Python's means one before it.
    Operand end = unbox_python_result(Operand{StaticType::Object, args[2]}, StaticType::Int);
    uint16_t is_last = temp(false);
    emit(Instruction::abc(Op::CompareI64, is_last, end.reg, constant_register(~uint64_t{0}),
                          static_cast<uint8_t>(CompareOp::Eq)));
    JumpLabel keep;
    emit_jump(Op::JumpIfRaw, is_last, 0, keep);
    emit(Instruction::abc(Op::LoadNone, args[2]));
    bind(keep);
  }
  if (name == "replace") {
    // Mojo's replace of an empty String changes nothing (Python's puts `new` between all
    // the characters).
    Operand old_length =
        call_builtin_on_value("len", Operand{StaticType::String, args[0]}, StaticType::Int);
    uint16_t out = temp(true);
    move(out, self.reg, StaticType::String);
    JumpLabel keep;
    emit_jump(Op::JumpIfRaw, old_length.reg, 0, keep);
    move(out, call_python_method(self.reg, "replace", args).reg, StaticType::String);
    bind(keep);
    return Operand{StaticType::String, out};
  }
  if (name == "center") {
    // Mojo puts (width - len) >> 1 fill characters on the left, Python sometimes one more.
    Operand width = unbox_python_result(Operand{StaticType::Object, args[0]}, StaticType::Int);
    Operand length = call_builtin_on_value("len", self, StaticType::Int);
    Operand pad = binary_on(c, OperatorKind::Sub, width, length);
    Operand left =
        binary_on(c, OperatorKind::RShift, pad, Operand{StaticType::Int, constant_register(1)});
    Operand right_aligned = as_object(c, binary_on(c, OperatorKind::Add, length, left));
    std::vector<uint16_t> rjust_args{right_aligned.reg};
    if (args.size() == 2) rjust_args.push_back(args[1]);
    Operand shifted = call_python_method(self.reg, "rjust", rjust_args);
    return Operand{StaticType::String, call_python_method(shifted.reg, "ljust", args).reg};
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
  // join(list): the text of each element of a List, between separators; join(a, b, ...):
  // the text of each argument.
  if (!c->keywords.empty()) {
    error(c, "String.join() takes no keyword arguments");
    return {};
  }
  if (c->args.size() == 1) {
    Operand first = expr(c->args[0], StaticType::Error);
    if (first.type == StaticType::Error) return {};
    if (is_list_type(first.type) && list_element(first.type) == StaticType::String) {
      Operand items = as_object(c->args[0], first);
      if (items.type == StaticType::Error) return {};
      return Operand{StaticType::String,
                     call_python_method(separator.reg, "join", {items.reg}).reg};
    }
    if (is_list_type(first.type)) return list_joined(c, first, separator, false);
    return text_of(c->args[0], first);
  }
  if (c->args.empty()) return string_constant("");
  Operand joined;
  for (size_t i = 0; i < c->args.size(); ++i) {
    Operand text = text_of(c->args[i], expr(c->args[i], StaticType::Error));
    if (text.type == StaticType::Error) return {};
    joined = i == 0 ? text
                    : binary_on(c, OperatorKind::Add,
                                binary_on(c, OperatorKind::Add, joined, separator), text);
  }
  return joined;
}

Operand FnCompiler::string_of_values(const Call* c) {
  // String(a, b, ..., sep=", ", end="!"): the text of each value, as print writes them
  // (Mojo's String(*args: Writable, sep, end)), without a separator unless sep is given.
  const Expr* given[2] = {nullptr, nullptr};  // sep, end
  for (const Keyword* k : c->keywords) {
    int which = k->arg == "sep" ? 0 : k->arg == "end" ? 1 : -1;
    if (which < 0 || given[which]) {
      error(c, "String() takes only the keyword arguments sep and end");
      return {};
    }
    given[which] = k->value;
  }
  Operand texts[2];
  for (int i = 0; i < 2; ++i) {
    if (!given[i]) continue;
    texts[i] = expr_as(given[i], StaticType::String,
                       i == 0 ? "the sep of String()" : "the end of String()");
    if (texts[i].type == StaticType::Error) return {};
  }
  Operand joined = string_constant("");
  for (size_t i = 0; i < c->args.size(); ++i) {
    Operand text = text_of(c->args[i], expr(c->args[i], StaticType::Error));
    if (text.type == StaticType::Error) return {};
    if (i > 0 && given[0]) joined = binary_on(c, OperatorKind::Add, joined, texts[0]);
    joined = i == 0 ? text : binary_on(c, OperatorKind::Add, joined, text);
  }
  return given[1] ? binary_on(c, OperatorKind::Add, joined, texts[1]) : joined;
}

Operand FnCompiler::string_split(const Call* c, const Attribute* callee, Operand text) {
  // split(sep, maxsplit) and splitlines(keepends): the str method's list, copied into a
  // List[String].
  bool split = callee->attr == "split";
  std::vector<const Expr*> given(c->args.begin(), c->args.end());
  for (const Keyword* k : c->keywords) {
    if (k->arg != (split ? "maxsplit" : "keepends") || given.size() != (split ? 1 : 0)) {
      given.assign(3, nullptr);  // reported below
      break;
    }
    given.push_back(k->value);
  }
  if (given.size() > (split ? 2 : 1)) {
    error(c, split ? "String.split() takes a separator and a maxsplit"
                   : "String.splitlines() takes one argument, keepends");
    return {};
  }
  std::vector<uint16_t> args;
  for (size_t i = 0; i < given.size(); ++i) {
    StaticType type = !split ? StaticType::Bool : i == 0 ? StaticType::String : StaticType::Int;
    std::string what =
        "argument " + std::to_string(i + 1) + " of String." + std::string(callee->attr) + "()";
    Operand a = as_object(given[i], expr_as(given[i], type, what.c_str()));
    if (a.type == StaticType::Error) return {};
    args.push_back(a.reg);
  }
  Operand parts = call_python_method(text.reg, callee->attr, args);
  Operand list = new_list(c, list_of(StaticType::String));
  emit(Instruction::abc(Op::TListMethod, 0, list.reg, parts.reg,
                        static_cast<uint8_t>(TypedListMethod::ExtendFromPython)));
  return list;
}

Operand FnCompiler::mojo_parse(const Call* c, std::string_view name) {
  // atol(text, base=10) -> Int and atof(text) -> Float64: Mojo's parsers
  // (builtins/mojo_text_parse.cpp), which raise an Error for text that is not a number.
  bool atol = name == "atol";
  std::vector<const Expr*> given(c->args.begin(), c->args.end());
  for (const Keyword* k : c->keywords) {
    if (!atol || k->arg != "base" || given.size() != 1) {
      given.assign(3, nullptr);  // reported below
      break;
    }
    given.push_back(k->value);
  }
  if (given.empty() || given.size() > (atol ? 2u : 1u)) {
    error(c, atol ? "atol() takes a String and a base" : "atof() takes one String");
    return {};
  }
  if (!may_raise(c, std::string(name) + "() of a String that is not a number")) return {};
  std::vector<Operand> args;
  for (size_t i = 0; i < given.size(); ++i) {
    std::string what = (i == 0 ? "the argument of " : "the base of ") + std::string(name) + "()";
    args.push_back(expr_as(given[i], i == 0 ? StaticType::String : StaticType::Int, what.c_str()));
    if (args.back().type == StaticType::Error) return {};
  }
  Operand parsed =
      call_builtin_on_values(atol ? "__mojo_atol__" : "__mojo_atof__", args, StaticType::Object);
  return unbox_python_result(parsed, atol ? StaticType::Int : StaticType::Float64);
}

std::optional<Operand> FnCompiler::text_builtin(const Call* c, std::string_view name) {
  if (name == "atol" || name == "atof") return mojo_parse(c, name);
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

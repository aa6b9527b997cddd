// The static half of a module: signatures and aliases first (so fns may call each other in
// any order), then each fn body; compile-time folding of literals and aliases.
#include "frontend/static_compiler.h"

#include <bit>
#include <cmath>
#include <limits>
#include <thread>

#include "builtins/numeric/float_ops.h"
#include "frontend/source.h"
#include "frontend/static_internal.h"
#include "vm/str_object.h"
#include "vm/typed_function.h"
#include "vm/typed_ops.h"
#include "vm/vm.h"

namespace ember {

using namespace ast;
using static_impl::declare_signature;
using static_impl::FnSignature;
using static_impl::GenericFn;
using static_impl::GenericStruct;
using static_impl::known_traits;
using static_impl::Literal;
using static_impl::ModuleContext;
using static_impl::new_typed_code;
using static_impl::PendingBodies;
using static_impl::SelfKind;
using static_impl::StructInfo;

namespace {

// The Python value of a folded alias: an int, float, bool or str (nullopt for the values
// only the static half has, and for ints past 64 bits, which Python code computes itself).
std::optional<Value> python_value(VM& vm, const Literal& l) {
  switch (l.type) {
    case StaticType::IntLiteral:
      if (l.i < INT64_MIN || l.i > INT64_MAX) return std::nullopt;
      return vm.make_int(static_cast<int64_t>(l.i));
    case StaticType::FloatLiteral:
      return Value::from_double(l.f);
    case StaticType::Bool:
      return Value::from_bool(l.b);
    case StaticType::String:
      return Value::from_object(vm.new_str(l.s));
    default:
      return std::nullopt;
  }
}

}  // namespace

namespace static_impl {

void ModuleContext::error(const Node* at, std::string message) {
  // Each instance of a generic fn is checked again: report a diagnostic once.
  std::string key =
      std::to_string(at->lineno) + ":" + std::to_string(at->col_offset) + ":" + message;
  if (!reported.insert(key).second) return;
  diagnostics.push_back(Diagnostic{at->lineno, at->col_offset, std::move(message)});
}

namespace {

// math's constants: pi, e, tau, inf and nan as FloatLiterals.
// String's character classes (String.ASCII_LETTERS, ...), the texts of Python's string
// module that Mojo's String repeats.
std::optional<Literal> string_constant_named(std::string_view name) {
  constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz";
  constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  constexpr std::string_view kDigits = "0123456789";
  constexpr std::string_view kPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  std::string letters = std::string(kLower) + std::string(kUpper);
  const std::pair<std::string_view, std::string> kConstants[] = {
      {"ASCII_LOWERCASE", std::string(kLower)},
      {"ASCII_UPPERCASE", std::string(kUpper)},
      {"ASCII_LETTERS", letters},
      {"DIGITS", std::string(kDigits)},
      {"HEX_DIGITS", std::string(kDigits) + "abcdefABCDEF"},
      {"OCT_DIGITS", "01234567"},
      {"PUNCTUATION", std::string(kPunctuation)},
      {"PRINTABLE", std::string(kDigits) + letters + std::string(kPunctuation) + " \t\n\r\v\f"},
  };
  for (const auto& [constant, text] : kConstants) {
    if (name != constant) continue;
    Literal out;
    out.type = StaticType::String;
    out.s = text;
    return out;
  }
  return std::nullopt;
}

std::optional<Literal> math_constant(std::string_view name) {
  static constexpr std::pair<const char*, double> kConstants[] = {
      {"pi", 3.141592653589793},
      {"e", 2.718281828459045},
      {"tau", 6.283185307179586},
      {"inf", std::numeric_limits<double>::infinity()},
      {"nan", std::numeric_limits<double>::quiet_NaN()},
  };
  for (auto [constant, value] : kConstants) {
    if (name != constant) continue;
    Literal out;
    out.type = StaticType::FloatLiteral;
    out.f = value;
    return out;
  }
  return std::nullopt;
}

}  // namespace

StaticType ModuleContext::annotation_type(const Expr* annotation, StaticType self_type) {
  if (is_none_literal(annotation)) {
    return StaticType::NoneType;
  }
  if (auto* n = cast<Name>(annotation)) {
    if (!type_params.empty()) {
      auto bound = type_params.back().find(n->id);
      if (bound != type_params.back().end()) return bound->second;
    }
    if (n->id == "Self") {
      if (self_type != StaticType::Error) return self_type;
      error(annotation, "'Self' is only meaningful inside a struct");
      return StaticType::Error;
    }
    StaticType t = static_type_named(n->id);
    if (t != StaticType::Error) return t;
    auto st = struct_types.find(n->id);
    if (st != struct_types.end()) return st->second;
    auto generic = generic_structs.find(n->id);
    if (generic != generic_structs.end())
      return struct_instance(annotation, generic->second, nullptr);
    if (std::optional<Literal> alias = fold(annotation, active_aliases, nullptr)) {
      if (alias->type == StaticType::TypeValue) return alias->named;
      if (alias->type == StaticType::Error) return StaticType::Error;  // already reported
    }
    if (traits.count(n->id)) {
      error(annotation, "trait '" + std::string(n->id) +
                            "' cannot be used as a type yet (generic parameters are not "
                            "supported yet)");
      return StaticType::Error;
    }
    error(annotation,
          "unknown type '" + std::string(n->id) +
              "' (fn code supports Int, Float64, Bool, String, None, List and structs yet)");
    return StaticType::Error;
  }
  if (auto* t = cast<Sequence>(annotation); t && t->kind == NodeKind::Tuple) {
    std::vector<const Expr*> elements(t->elts.begin(), t->elts.end());
    return tuple_annotation(t, elements, self_type);  // -> (Int, String)
  }
  if (auto* s = cast<Subscript>(annotation)) {
    auto* n = cast<Name>(s->value);
    if (n && n->id == "List") return list_type(s->slice, self_type);
    if (n && n->id == "Deque") {
      StaticType list = list_type(s->slice, self_type);
      return list == StaticType::Error ? list : deque_of(list_element(list));
    }
    if (n && n->id == "UnsafePointer") return pointer_type(s->slice, self_type);
    if (n && n->id == "Dict") return dict_annotation(s, self_type);
    if (n && n->id == "Set") return set_annotation(s, self_type);
    if (auto g = n ? generic_structs.find(n->id) : generic_structs.end();
        g != generic_structs.end()) {
      return struct_instance(s, g->second, s->slice);
    }
    if (n && n->id == "Tuple") {
      auto* t = cast<Sequence>(s->slice);
      std::vector<const Expr*> elements;
      if (t && t->kind == NodeKind::Tuple) {
        elements.assign(t->elts.begin(), t->elts.end());
      } else {
        elements.push_back(s->slice);
      }
      return tuple_annotation(s, elements, self_type);
    }
    if (n && (n->id == "Optional" || n->id == "OptionalReg")) {  // the same type in Ember
      StaticType value = annotation_type(s->slice, self_type);
      if (value == StaticType::Error) return value;
      if (value == StaticType::NoneType || is_optional_type(value)) {
        error(s->slice, "Optional of '" + type_name(value) + "' is not supported");
        return StaticType::Error;
      }
      if (!check_not_managed(s->slice, value, "the value of an Optional")) return StaticType::Error;
      return optional_of(value);
    }
    if (n && (n->id == "SIMD" || n->id == "Scalar")) {
      std::optional<SimdType> t = simd_parameters(s, n->id == "Scalar", active_aliases);
      return t ? simd_static_type(*t) : StaticType::Error;
    }
    if (n && n->id == "Pointer") return reference_annotation(s, self_type);
  }
  error(annotation, "unsupported type expression");
  return StaticType::Error;
}

std::optional<SimdType> ModuleContext::simd_parameters(const Subscript* s, bool scalar,
                                                       const AliasScopes* scopes) {
  std::vector<const Expr*> params;
  if (auto* t = cast<Sequence>(s->slice); t && t->kind == NodeKind::Tuple) {
    params.assign(t->elts.begin(), t->elts.end());
  } else {
    params.push_back(s->slice);
  }
  const char* form = scalar ? "Scalar[dtype]" : "SIMD[dtype, width]";
  if (params.size() != (scalar ? 1u : 2u)) {
    error(s, std::string(form) + " takes " + (scalar ? "1 parameter" : "2 parameters"));
    return std::nullopt;
  }
  std::optional<Literal> dtype = fold(params[0], scopes, nullptr);
  std::optional<DType> lanes =
      dtype && dtype->type == StaticType::DType ? dtype_lanes(dtype->i) : std::nullopt;
  if (!lanes) {
    if (dtype && dtype->type == StaticType::Error) {
      if (!dtype->s.empty()) error(params[0], dtype->s);
    } else if (dtype && dtype->type == StaticType::DType) {
      error(params[0], "DType.invalid cannot be the dtype of " + std::string(form));
    } else {
      error(params[0], "the dtype of " + std::string(form) + " must be a compile-time DType");
    }
    return std::nullopt;
  }
  SimdType t{*lanes, 0};
  if (scalar) return t;
  std::optional<Literal> width = fold(params[1], scopes, nullptr);
  if (!width || width->type != StaticType::IntLiteral) {
    if (width && width->type == StaticType::Error) {
      if (!width->s.empty()) error(params[1], width->s);
    } else {
      error(params[1], "the width of SIMD[dtype, width] must be a compile-time Int");
    }
    return std::nullopt;
  }
  if (width->i < 1 || width->i > (1 << SimdType::kMaxLog2Width) || (width->i & (width->i - 1))) {
    error(params[1], "SIMD width must be a power of two from 1 to " +
                         std::to_string(1 << SimdType::kMaxLog2Width) + ", not " +
                         int128_text(width->i));
    return std::nullopt;
  }
  t.log2_width = static_cast<uint8_t>(std::countr_zero(static_cast<uint64_t>(width->i)));
  return t;
}

StaticType ModuleContext::list_type(const Expr* element, StaticType self_type) {
  // List[T, hint_trivial_type=True] tells Mojo it may copy elements as bytes; Ember's List
  // copies each element as its type says, so the hint only needs to be a Bool.
  if (auto* t = cast<Sequence>(element); t && t->kind == NodeKind::Tuple && t->elts.size() == 2) {
    if (auto* hint = cast<ParamKeyword>(t->elts[1]); hint && hint->arg == "hint_trivial_type") {
      std::optional<Literal> v = fold(hint->value, active_aliases, nullptr);
      if (!v || v->type != StaticType::Bool) {
        error(hint->value, "hint_trivial_type must be a compile-time Bool");
        return StaticType::Error;
      }
      element = t->elts[0];
    }
  }
  StaticType t = annotation_type(element, self_type);
  if (t == StaticType::Error) return t;
  if (t == StaticType::NoneType) {
    error(element, "a List of '" + type_name(t) + "' is not supported yet");
    return StaticType::Error;
  }
  return list_of(t);
}

StructInfo* ModuleContext::struct_info(StaticType t) {
  if (!is_struct_type(t)) return nullptr;
  return structs[static_cast<uint16_t>(t) - static_cast<uint16_t>(StaticType::kFirstStruct)].get();
}

std::vector<bool> ModuleContext::slot_kinds(StaticType t) {
  if (StructInfo* s = struct_info(t)) return s->slot_is_value;
  if (is_simd_type(t)) return std::vector<bool>(simd_layout(t)->slots(), false);
  if (is_tuple_type(t)) {
    std::vector<bool> kinds;
    for (StaticType field : tuple_fields(t)) {
      std::vector<bool> k = slot_kinds(field);
      kinds.insert(kinds.end(), k.begin(), k.end());
    }
    return kinds;
  }
  if (is_range_type(t)) return std::vector<bool>(3, false);  // start, end, step
  if (is_optional_type(t)) {
    std::vector<bool> kinds{false};  // the flag
    std::vector<bool> value = slot_kinds(composite_arg(t));
    kinds.insert(kinds.end(), value.begin(), value.end());
    return kinds;
  }
  if (is_dict_entry_type(t)) {
    std::vector<bool> kinds = slot_kinds(dict_fields(t).first);
    std::vector<bool> value = slot_kinds(dict_fields(t).second);
    kinds.insert(kinds.end(), value.begin(), value.end());
    return kinds;
  }
  if (t == StaticType::NoneType || t == StaticType::Error || is_reference_type(t)) return {};
  return {!is_raw_type(t)};
}

std::string ModuleContext::type_name(StaticType t) {
  if (StructInfo* s = struct_info(t)) return std::string(s->name);
  if (is_list_type(t)) return "List[" + type_name(list_element(t)) + "]";
  if (is_pointer_type(t)) return "UnsafePointer[" + type_name(pointee_of(t)) + "]";
  if (is_optional_type(t)) return "Optional[" + type_name(composite_arg(t)) + "]";
  if (is_reference_type(t)) {
    return "Pointer[" + type_name(referent_of(t)) + ", __origin_of(" +
           origin_names[reference_origin(t)] + ")]";
  }
  if (is_set_type(t)) return "Set[" + type_name(composite_arg(t)) + "]";
  if (is_deque_type(t)) return "Deque[" + type_name(composite_arg(t)) + "]";
  if (is_range_type(t)) {  // as Mojo names the range types
    StaticType bound = composite_arg(t);
    if (bound == StaticType::Int) return "_StridedRange";
    if (bound == StaticType::UInt) return "_UIntStridedRange";
    return "_StridedScalarRange[DType." + std::string(dtype_name(simd_layout(bound)->dtype)) + "]";
  }
  if (is_dict_type(t) || is_dict_entry_type(t)) {
    return std::string(is_dict_type(t) ? "Dict[" : "DictEntry[") + type_name(dict_fields(t).first) +
           ", " + type_name(dict_fields(t).second) + "]";
  }
  if (is_tuple_type(t)) {
    std::string name = "Tuple[";
    for (size_t i = 0; i < tuple_fields(t).size(); ++i) {
      name += (i ? ", " : "") + type_name(tuple_fields(t)[i]);
    }
    return name + "]";
  }
  return static_type_name(t);
}

bool ModuleContext::lay_out(StructInfo& s) {
  if (s.laid_out) return true;
  if (s.laying_out) {
    error(s.def, "struct '" + std::string(s.name) + "' contains itself");
    return false;
  }
  s.laying_out = true;
  bool ok = true;
  for (const Stmt* stmt : s.def->body) {
    auto* v = cast<VarDecl>(stmt);
    if (!v) continue;
    if (!cast<Name>(v->target)) {
      error(v, "a field declaration names one field");
      ok = false;
      continue;
    }
    std::string_view name = static_cast<const Name*>(v->target)->id;
    if (!v->annotation) {
      error(v, "field '" + std::string(name) + "' needs a type");
      ok = false;
      continue;
    }
    if (v->value) {
      error(v->value, "field defaults are not supported yet; initialise fields in __init__");
      ok = false;
    }
    if (s.field(name)) {
      error(v, "invalid redefinition of field '" + std::string(name) + "'");
      ok = false;
      continue;
    }
    StaticType t = annotation_type(v->annotation);
    if (t == StaticType::NoneType) {
      error(v->annotation, "a field cannot have type None");
      t = StaticType::Error;
    }
    if (StructInfo* inner = struct_info(t); inner && !lay_out(*inner)) t = StaticType::Error;
    if (t == StaticType::Error) ok = false;
    s.fields.push_back(StructField{name, t, static_cast<uint32_t>(s.slot_is_value.size())});
    std::vector<bool> kinds = slot_kinds(t);
    s.slot_is_value.insert(s.slot_is_value.end(), kinds.begin(), kinds.end());
  }
  if (s.slot_is_value.size() > 200) {
    error(s.def, "struct '" + std::string(s.name) + "' has too many fields");
    ok = false;
  }
  s.laying_out = false;
  s.laid_out = true;
  return ok;
}

namespace {

Literal failed(std::string message) {
  Literal l;
  l.type = StaticType::Error;
  l.s = std::move(message);
  return l;
}

// Whether two folded values of one type are equal.
bool same_literal(const Literal& a, const Literal& b) {
  switch (a.type) {
    case StaticType::IntLiteral:
      return a.i == b.i;
    case StaticType::FloatLiteral:
      return a.f == b.f;
    case StaticType::Bool:
      return a.b == b.b;
    case StaticType::String:
      return a.s == b.s;
    default:
      return false;
  }
}

}  // namespace

std::optional<Literal> fold_bit_query(std::string_view name, const Literal& x) {
  if (x.i < INT64_MIN || x.i > INT64_MAX) {
    Literal out;
    out.s = "the argument does not fit in Int";
    return out;
  }
  auto bits = static_cast<uint64_t>(static_cast<int64_t>(x.i));
  Literal out;
  out.type = StaticType::IntLiteral;
  if (name == "count_leading_zeros") {
    out.i = std::countl_zero(bits);
  } else if (name == "count_trailing_zeros") {
    out.i = std::countr_zero(bits);
  } else if (name == "pop_count") {
    out.i = std::popcount(bits);
  } else if (name == "bit_width") {  // of a negative Int: the bits of its complement
    out.i = std::bit_width(x.i < 0 ? ~bits : bits);
  } else if (name == "is_power_of_two") {
    out.type = StaticType::Bool;
    out.b = x.i > 0 && std::has_single_bit(bits);
  } else {
    return std::nullopt;
  }
  return out;
}

namespace {

std::optional<__int128> parse_int_literal(std::string_view text) {
  int base = 10;
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
    base = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
    text.remove_prefix(2);
  }
  __int128 v = 0;
  for (char c : text) {
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    if (__builtin_mul_overflow(v, static_cast<__int128>(base), &v) ||
        __builtin_add_overflow(v, static_cast<__int128>(d), &v)) {
      return std::nullopt;
    }
  }
  return v;
}

double as_double(const Literal& l) {
  return l.type == StaticType::IntLiteral ? static_cast<double>(l.i) : l.f;
}

bool is_number(const Literal& l) {
  return l.type == StaticType::IntLiteral || l.type == StaticType::FloatLiteral;
}

std::optional<Literal> fold_int_binary(OperatorKind op, __int128 a, __int128 b) {
  Literal r;
  r.type = StaticType::IntLiteral;
  bool overflow = false;
  switch (op) {
    case OperatorKind::Add:
      overflow = __builtin_add_overflow(a, b, &r.i);
      break;
    case OperatorKind::Sub:
      overflow = __builtin_sub_overflow(a, b, &r.i);
      break;
    case OperatorKind::Mult:
      overflow = __builtin_mul_overflow(a, b, &r.i);
      break;
    case OperatorKind::FloorDiv:
    case OperatorKind::Mod: {
      if (b == 0) return failed("integer division by zero in a compile-time expression");
      __int128 q = a / b, m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) {
        --q;
        m += b;
      }
      r.i = op == OperatorKind::FloorDiv ? q : m;
      break;
    }
    case OperatorKind::BitAnd:
      r.i = a & b;
      break;
    case OperatorKind::BitOr:
      r.i = a | b;
      break;
    case OperatorKind::BitXor:
      r.i = a ^ b;
      break;
    case OperatorKind::LShift:
      if (b < 0) return failed("negative shift count in a compile-time expression");
      if (a == 0) {
        r.i = 0;
      } else if (b >= 126 || ((a << b) >> b) != a) {
        overflow = true;
      } else {
        r.i = a << b;
      }
      break;
    case OperatorKind::RShift:
      if (b < 0) return failed("negative shift count in a compile-time expression");
      r.i = a >> (b > 127 ? 127 : b);
      break;
    case OperatorKind::Div:
      if (b == 0) return failed("division by zero in a compile-time expression");
      r.type = StaticType::FloatLiteral;
      r.f = static_cast<double>(a) / static_cast<double>(b);
      break;
    default:
      return std::nullopt;
  }
  if (overflow) return failed("integer overflow in a compile-time expression");
  return r;
}

// round(x) and round(x, digits) of literals, as fn code rounds at run time: ties to even,
// digits as Python rounds a float. `fold_arg` folds an argument.
template <class FoldArg>
std::optional<Literal> fold_round(const Call* c, const FoldArg& fold_arg) {
  if (c->args.empty() || c->args.size() > 2 || !c->keywords.empty()) return std::nullopt;
  std::optional<Literal> x = fold_arg(c->args[0]);
  if (!x || (x->type != StaticType::IntLiteral && x->type != StaticType::FloatLiteral)) {
    return std::nullopt;
  }
  if (c->args.size() == 1) {
    if (x->type == StaticType::FloatLiteral) x->f = std::nearbyint(x->f);
    return x;
  }
  std::optional<Literal> digits = fold_arg(c->args[1]);
  if (!digits || digits->type != StaticType::IntLiteral || x->type != StaticType::FloatLiteral ||
      digits->i < INT64_MIN || digits->i > INT64_MAX) {
    return std::nullopt;
  }
  numeric::Result<double> rounded =
      numeric::float_round_ndigits(x->f, static_cast<int64_t>(digits->i));
  if (!rounded) return failed("round() overflows in a compile-time expression");
  x->f = *rounded;
  return x;
}

}  // namespace

std::optional<Literal> ModuleContext::fold(const Expr* e, const AliasScopes* scopes,
                                           const std::function<bool(std::string_view)>& is_local) {
  NestingGuard nest(*this);
  if (nest.too_deep(2 * kMaxNesting)) return std::nullopt;  // expr() reports it
  auto sub = [&](const Expr* x) { return fold(x, scopes, is_local); };
  switch (e->kind) {
    case NodeKind::Constant: {
      auto* c = static_cast<const Constant*>(e);
      Literal l;
      switch (c->value_kind) {
        case ConstantKind::Int: {
          std::optional<__int128> v = parse_int_literal(c->value);
          if (!v) return failed("integer literal is too large");
          l.type = StaticType::IntLiteral;
          l.i = *v;
          return l;
        }
        case ConstantKind::Float:
          l.type = StaticType::FloatLiteral;
          l.f = c->number;
          return l;
        case ConstantKind::True:
        case ConstantKind::False:
          l.type = StaticType::Bool;
          l.b = c->value_kind == ConstantKind::True;
          return l;
        case ConstantKind::Str:
          l.type = StaticType::String;
          l.s = std::string(c->value);
          return l;
        default:
          return std::nullopt;
      }
    }
    case NodeKind::Name: {
      std::string_view id = static_cast<const Name*>(e)->id;
      if (is_local && is_local(id)) return std::nullopt;
      if (scopes) {
        for (auto it = scopes->rbegin(); it != scopes->rend(); ++it) {
          auto found = it->find(id);
          if (found != it->end()) return found->second;
        }
      }
      auto found = aliases.find(id);
      if (found != aliases.end()) return found->second;
      if (functions.count(id)) {  // a fn is a compile-time value (a parameter's, an alias's)
        Literal fn;
        fn.type = StaticType::FnValue;
        fn.s = std::string(id);
        return fn;
      }
      auto imported = math_functions.find(id);  // `from math import pi`
      return imported != math_functions.end() ? math_constant(imported->second) : std::nullopt;
    }
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      std::optional<Literal> v = sub(u->operand);
      if (!v || v->type == StaticType::Error) return v;
      Literal r = *v;
      if (u->op == UnaryOpKind::USub && v->type == StaticType::IntLiteral) {
        r.i = -v->i;
      } else if (u->op == UnaryOpKind::USub && v->type == StaticType::FloatLiteral) {
        r.f = -v->f;
      } else if (u->op == UnaryOpKind::UAdd && is_number(*v)) {
      } else if (u->op == UnaryOpKind::Invert && v->type == StaticType::IntLiteral) {
        r.i = ~v->i;
      } else if (u->op == UnaryOpKind::Not && v->type == StaticType::Bool) {
        r.b = !v->b;
      } else {
        return std::nullopt;
      }
      return r;
    }
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      std::optional<Literal> l = sub(b->left);
      if (!l) return std::nullopt;
      std::optional<Literal> r = sub(b->right);
      if (!r) return std::nullopt;
      if (l->type == StaticType::Error) return l;
      if (r->type == StaticType::Error) return r;
      if (l->type == StaticType::IntLiteral && r->type == StaticType::IntLiteral) {
        return fold_int_binary(b->op, l->i, r->i);
      }
      if (is_number(*l) && is_number(*r)) {
        double x = as_double(*l), y = as_double(*r);
        Literal out;
        out.type = StaticType::FloatLiteral;
        switch (b->op) {
          case OperatorKind::Add:
            out.f = x + y;
            return out;
          case OperatorKind::Sub:
            out.f = x - y;
            return out;
          case OperatorKind::Mult:
            out.f = x * y;
            return out;
          case OperatorKind::Div:
            out.f = x / y;
            return out;
          default:
            return std::nullopt;
        }
      }
      if (l->type == StaticType::String && r->type == StaticType::String &&
          b->op == OperatorKind::Add) {
        Literal out = *l;
        out.s += r->s;
        return out;
      }
      if (l->type == StaticType::String && r->type == StaticType::IntLiteral &&
          b->op == OperatorKind::Mult) {  // "ab" * 3: repeated, empty for a count below 1
        constexpr size_t kMaxBytes = size_t{1} << 20;
        size_t count = r->i > 0 ? static_cast<size_t>(std::min<__int128>(r->i, kMaxBytes + 1)) : 0;
        if (!l->s.empty() && count > kMaxBytes / l->s.size()) {
          return failed("a compile-time string repetition longer than 1048576 bytes");
        }
        Literal out = *l;
        out.s.clear();
        for (size_t i = 0; i < count; ++i) out.s += l->s;
        return out;
      }
      if (l->type == StaticType::Bool && r->type == StaticType::Bool) {
        Literal out = *l;
        if (b->op == OperatorKind::BitAnd)
          out.b = l->b && r->b;
        else if (b->op == OperatorKind::BitOr)
          out.b = l->b || r->b;
        else if (b->op == OperatorKind::BitXor)
          out.b = l->b != r->b;
        else
          return std::nullopt;
        return out;
      }
      return std::nullopt;
    }
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      std::optional<Literal> left = sub(c->left);
      if (!left || left->type == StaticType::Error) return left;
      Literal out;
      out.type = StaticType::Bool;
      out.b = true;
      for (uint32_t i = 0; i < c->ops.size(); ++i) {
        std::optional<Literal> right = sub(c->comparators[i]);
        if (!right || right->type == StaticType::Error) return right;
        if (c->ops[i] == CmpOpKind::In || c->ops[i] == CmpOpKind::NotIn) {
          // `x in tuple`: as Tuple.__contains__, the fields of x's own type.
          if (!is_tuple_type(right->type)) return std::nullopt;
          StaticType want = literal_value_type(*left);
          const std::vector<StaticType>& types = tuple_fields(right->type);
          bool found = false;
          for (size_t f = 0; f < types.size(); ++f) {
            found = found || (types[f] == want && same_literal(*left, right->fields[f]));
          }
          out.b = out.b && found == (c->ops[i] == CmpOpKind::In);
          left = right;
          continue;
        }
        int order;  // -1, 0, 1
        if (left->type == StaticType::IntLiteral && right->type == StaticType::IntLiteral) {
          order = left->i < right->i ? -1 : left->i > right->i ? 1 : 0;
        } else if (is_number(*left) && is_number(*right)) {
          double x = as_double(*left), y = as_double(*right);
          if (x != x || y != y) return std::nullopt;  // nan: leave it to run time
          order = x < y ? -1 : x > y ? 1 : 0;
        } else if (left->type == right->type && left->type == StaticType::String) {
          order = left->s < right->s ? -1 : left->s > right->s ? 1 : 0;
        } else if (left->type == right->type && left->type == StaticType::Bool) {
          order = left->b == right->b ? 0 : left->b ? 1 : -1;
        } else if (left->type == right->type && left->type == StaticType::DType) {
          // DTypes are only equal or not (`==`, `is`).
          if (!dtype_compare_op(c->ops[i])) return std::nullopt;
          order = left->i == right->i ? 0 : 1;
        } else {
          return std::nullopt;
        }
        bool holds;
        switch (c->ops[i]) {
          case CmpOpKind::Eq:
            holds = order == 0;
            break;
          case CmpOpKind::NotEq:
            holds = order != 0;
            break;
          case CmpOpKind::Lt:
            holds = order < 0;
            break;
          case CmpOpKind::LtE:
            holds = order <= 0;
            break;
          case CmpOpKind::Gt:
            holds = order > 0;
            break;
          case CmpOpKind::GtE:
            holds = order >= 0;
            break;
          case CmpOpKind::Is:
          case CmpOpKind::IsNot:
            if (left->type != StaticType::DType) return std::nullopt;
            holds = (order == 0) == (c->ops[i] == CmpOpKind::Is);
            break;
          default:
            return std::nullopt;
        }
        out.b = out.b && holds;
        left = right;
      }
      return out;
    }
    case NodeKind::BoolOp: {
      auto* b = static_cast<const BoolOp*>(e);
      Literal out;
      out.type = StaticType::Bool;
      out.b = b->op == BoolOpKind::And;
      for (const Expr* v : b->values) {
        std::optional<Literal> x = sub(v);
        if (!x || x->type != StaticType::Bool) return std::nullopt;
        out.b = b->op == BoolOpKind::And ? out.b && x->b : out.b || x->b;
      }
      return out;
    }
    case NodeKind::Subscript: {
      // A type: SIMD[DType.float32, 4], Scalar[DType.int8], List[Int].
      auto* s = static_cast<const Subscript*>(e);
      auto* n = cast<Name>(s->value);
      if (!n || (is_local && is_local(n->id)) ||
          (n->id != "SIMD" && n->id != "Scalar" && n->id != "List" && n->id != "UnsafePointer" &&
           n->id != "Deque" && n->id != "Optional" && n->id != "OptionalReg" && n->id != "Dict" &&
           n->id != "Set" && n->id != "Tuple" && !generic_structs.count(n->id))) {
        return std::nullopt;
      }
      ActiveAliases active(*this, scopes);
      StaticType t = annotation_type(e);
      if (t == StaticType::Error) return failed("");  // reported by annotation_type
      Literal out;
      out.type = StaticType::TypeValue;
      out.named = t;
      return out;
    }
    case NodeKind::Attribute: {
      // DType.float32, and Int.MAX / UInt8.MIN: the range of an integer type.
      auto* a = static_cast<const Attribute*>(e);
      auto* n = cast<Name>(a->value);
      if (!n || (is_local && is_local(n->id))) return std::nullopt;
      if (a->attr == "MAX" || a->attr == "MIN") {
        StaticType t = static_type_named(n->id);
        std::optional<SimdType> layout = simd_layout(t);
        if (t == StaticType::Float64 || !layout || !dtype_is_integral(layout->dtype) ||
            layout->width() != 1) {
          return std::nullopt;
        }
        int bits = static_cast<int>(dtype_size(layout->dtype)) * 8;
        bool is_signed = dtype_is_signed(layout->dtype);
        Literal out;
        out.type = StaticType::IntLiteral;
        out.named = t;  // a value of t where nothing asks for another type
        if (a->attr == "MAX") {
          out.i = is_signed ? (__int128{1} << (bits - 1)) - 1 : (__int128{1} << bits) - 1;
        } else {
          out.i = is_signed ? -(__int128{1} << (bits - 1)) : 0;
        }
        return out;
      }
      if (math_modules.count(n->id)) return math_constant(a->attr);  // math.pi
      if (n->id == "String") return string_constant_named(a->attr);  // String.DIGITS
      if (n->id != "DType") return std::nullopt;
      int64_t code;
      if (!dtype_code_named(a->attr, code))
        return failed("DType has no member '" + std::string(a->attr) + "'");
      Literal out;
      out.type = StaticType::DType;
      out.i = code;
      return out;
    }
    case NodeKind::Call: {
      auto* c = static_cast<const Call*>(e);
      if (std::optional<Literal> text = fold_literal_get(c, scopes, is_local)) return text;
      if (auto* f = cast<Name>(c->func);
          f && comptime_calls > 0 && !(is_local && is_local(f->id))) {
        if (auto fn = functions.find(f->id); fn != functions.end()) {
          if (std::optional<Literal> v = comptime_call(c, fn->second, scopes, is_local)) return v;
        }
      }
      if (auto* f = cast<Name>(c->func); f && f->id == "round" && !(is_local && is_local(f->id))) {
        return fold_round(c, sub);
      }
      if (auto* f = cast<Name>(c->func); f && !(is_local && is_local(f->id))) {
        if (auto bit = bit_functions.find(f->id); bit != bit_functions.end()) {
          if (c->args.size() != 1 || !c->keywords.empty()) return std::nullopt;
          std::optional<Literal> v = sub(c->args[0]);
          if (!v || v->type != StaticType::IntLiteral) return std::nullopt;
          return fold_bit_query(bit->second, *v);
        }
      }
      if (auto* a = cast<Attribute>(c->func); a && a->attr == "_from_str") {
        // DType._from_str("float32") (or "DType.float32"): DType.invalid for other names.
        auto* n = cast<Name>(a->value);
        if (!n || n->id != "DType" || (is_local && is_local(n->id)) || c->args.size() != 1) {
          return std::nullopt;
        }
        std::optional<Literal> name = sub(c->args[0]);
        if (!name || name->type != StaticType::String) return std::nullopt;
        std::string_view text = name->s;
        if (text.starts_with("DType.")) text.remove_prefix(6);
        Literal out;
        out.type = StaticType::DType;
        int64_t code;
        out.i = dtype_code_named(text, code) ? code : kDTypeInvalid;
        return out;
      }
      return fold_sys_query(c, scopes, is_local);
    }
    default:
      return std::nullopt;
  }
}

std::optional<Literal> ModuleContext::fold_sys_query(
    const Call* c, const AliasScopes* scopes,
    const std::function<bool(std::string_view)>& is_local) {
  // What sys (sys.info) tells about this machine, known at compile time:
  // num_physical_cores(), num_logical_cores(), os_is_linux() ...; simdwidthof[dtype]()
  // (simd_width_of since 25.6): the lanes of dtype in one vector register of this CPU;
  // bitwidthof[T]() and sizeof[T]() of a DType or a scalar type.
  if (!c->args.empty() || !c->keywords.empty()) return std::nullopt;
  Literal out;
  out.type = StaticType::IntLiteral;
  if (auto* f = cast<Name>(c->func); f && !(is_local && is_local(f->id))) {
    if (f->id == "num_physical_cores" || f->id == "num_logical_cores") {
      out.i = std::max(1u, std::thread::hardware_concurrency());
      return out;
    }
    if (f->id == "os_is_linux" || f->id == "os_is_macos" || f->id == "os_is_windows") {
      out.type = StaticType::Bool;
      out.b = f->id == "os_is_linux";
      return out;
    }
    return std::nullopt;
  }
  auto* s = cast<Subscript>(c->func);
  auto* n = s ? cast<Name>(s->value) : nullptr;
  if (!n || (is_local && is_local(n->id))) return std::nullopt;
  std::string_view query = n->id;
  bool lanes = query == "simdwidthof" || query == "simd_width_of";
  bool bits = query == "bitwidthof" || query == "bit_width_of";
  bool bytes = query == "sizeof" || query == "size_of";
  if (!lanes && !bits && !bytes) return std::nullopt;
  std::optional<Literal> t = fold_alias(s->slice, scopes, is_local);
  if (!t || t->type == StaticType::Error) return t;
  DType d = DType::Int64;
  if (t->type == StaticType::DType && dtype_lanes(t->i)) {
    d = *dtype_lanes(t->i);
  } else if (t->type == StaticType::TypeValue && simd_layout(t->named) && !lanes) {
    out.i = simd_layout(t->named)->byte_size() * (bits ? 8 : 1);
    return out;
  } else {
    return failed(std::string(query) + (lanes ? " takes a DType parameter"
                                              : " takes a DType or a scalar type parameter"));
  }
  out.i = lanes ? native_vector_bytes() / dtype_size(d) : dtype_size(d) * (bits ? 8 : 1);
  return out;
}

StaticType literal_value_type(const Literal& l) {
  switch (l.type) {
    case StaticType::IntLiteral:
      return StaticType::Int;
    case StaticType::FloatLiteral:
      return StaticType::Float64;
    case StaticType::Bool:
      return StaticType::Bool;
    case StaticType::String:
      return StaticType::StringLiteral;
    default:
      return is_tuple_type(l.type) ? l.type : StaticType::Error;
  }
}

std::optional<Literal> ModuleContext::fold_tuple(
    const Sequence* t, const AliasScopes* scopes,
    const std::function<bool(std::string_view)>& is_local) {
  Literal out;
  std::vector<StaticType> types;
  for (const Expr* e : t->elts) {
    // String("text") is a String field; a bare literal a StringLiteral one.
    auto* c = cast<Call>(e);
    auto* f = c ? cast<Name>(c->func) : nullptr;
    bool to_string = f && f->id == "String" && !(is_local && is_local(f->id)) &&
                     c->args.size() == 1 && c->keywords.empty();
    std::optional<Literal> v = fold_alias(to_string ? c->args[0] : e, scopes, is_local);
    if (!v || v->type == StaticType::Error) return v;
    StaticType type = literal_value_type(*v);
    if (to_string && v->type != StaticType::String) return std::nullopt;
    if (type == StaticType::Error) return std::nullopt;
    types.push_back(to_string ? StaticType::String : type);
    out.fields.push_back(std::move(*v));
  }
  if (types.size() < 2) return std::nullopt;
  out.type = tuple_type(types);
  return out;
}

std::optional<Literal> ModuleContext::fold_alias(
    const Expr* e, const AliasScopes* scopes,
    const std::function<bool(std::string_view)>& is_local) {
  ++comptime_calls;
  std::optional<Literal> folded = fold(e, scopes, is_local);
  --comptime_calls;
  if (folded) return folded;
  if (e->kind == NodeKind::Tuple)
    return fold_tuple(static_cast<const Sequence*>(e), scopes, is_local);
  auto* n = cast<Name>(e);
  if (!n || (is_local && is_local(n->id))) return std::nullopt;
  StaticType t = static_type_named(n->id);
  auto st = struct_types.find(n->id);
  if (st != struct_types.end()) t = st->second;
  if (t == StaticType::Error) return std::nullopt;
  Literal out;
  out.type = StaticType::TypeValue;
  out.named = t;
  return out;
}

namespace {

// The methods Mojo's builtin traits of operations require of a struct that names them.
struct Required {
  const char* trait;
  const char* method;
  size_t arguments;  // besides self
  StaticType result;
};
constexpr Required kRequired[] = {
    {"Stringable", "__str__", 0, StaticType::String},
    {"Sized", "__len__", 0, StaticType::Int},
    {"Intable", "__int__", 0, StaticType::Int},
    {"Boolable", "__bool__", 0, StaticType::Bool},
    {"EqualityComparable", "__eq__", 1, StaticType::Bool},
    {"EqualityComparable", "__ne__", 1, StaticType::Bool},
    {"Comparable", "__lt__", 1, StaticType::Bool},
    {"Comparable", "__le__", 1, StaticType::Bool},
    {"Comparable", "__gt__", 1, StaticType::Bool},
    {"Comparable", "__ge__", 1, StaticType::Bool},
    {"Comparable", "__eq__", 1, StaticType::Bool},
    {"Comparable", "__ne__", 1, StaticType::Bool},
    {"Hashable", "__hash__", 0, StaticType::Int},
};

}  // namespace

bool is_operation_trait(std::string_view name) {
  return std::any_of(std::begin(kRequired), std::end(kRequired),
                     [&](const Required& r) { return name == r.trait; });
}

const std::unordered_map<std::string_view, bool>& known_traits() {
  // Traits every struct of scalar fields satisfies as it is (register copies are its copy
  // and move); the others are not supported yet.
  static const std::unordered_map<std::string_view, bool> kTraits{{"AnyType", true},
                                                                  {"Copyable", true},
                                                                  {"Movable", true},
                                                                  {"CollectionElement", true},
                                                                  {"ExplicitlyCopyable", true}};
  return kTraits;
}

// Whether `value` may be the default of a parameter of type t: a literal (or a constant
// expression of them) that t takes, or None for an Optional.
bool default_fits(ModuleContext& m, const Expr* value, StaticType t) {
  if (is_none_literal(value)) {
    return is_optional_type(t);
  }
  std::optional<Literal> lit = m.fold(value, nullptr, nullptr);
  if (!lit || t == StaticType::Error) return t == StaticType::Error;
  if (is_optional_type(t)) t = composite_arg(t);
  std::optional<SimdType> lanes = simd_layout(t);
  switch (lit->type) {
    case StaticType::IntLiteral:
      return lanes && lanes->width() == 1 && t != StaticType::Bool;
    case StaticType::FloatLiteral:
      return lanes && lanes->width() == 1 && dtype_is_float(lanes->dtype);
    case StaticType::Bool:
      return t == StaticType::Bool;
    case StaticType::String:
      return t == StaticType::String;
    default:
      return false;
  }
}

// Checks a fn's or method's declaration and records its signature; false after a
// diagnostic that makes its body impossible to check. `owner` is the struct of a method.
bool declare_signature(ModuleContext& m, const FnDef* def, FnSignature& sig, StaticType owner) {
  sig.def = def;
  sig.name = def->name;
  bool ok = true;
  bool is_static = false;
  for (const Expr* d : def->decorator_list) {
    auto* n = cast<Name>(d);
    if (n && n->id == "staticmethod" && owner != StaticType::Error) {
      is_static = true;
    } else if (!n || n->id != "always_inline") {
      m.error(d, "this decorator is not supported on fn yet");
      ok = false;
    }
  }
  const Arguments* a = def->args;
  if (!a->posonlyargs.empty() || a->vararg || !a->kwonlyargs.empty() || a->kwarg) {
    m.error(def, std::string(function_word(def)) + " '" + std::string(def->name) +
                     "': only positional arguments (with or without defaults) are supported yet");
    ok = false;
  }
  // Python's AST keeps the defaults of the last arguments.
  size_t first_default = a->args.size() - a->defaults.size();
  size_t first = 0;
  if (owner != StaticType::Error && !is_static) {
    if (a->args.empty() || a->args[0]->arg != "self") {
      m.error(def, "method '" + std::string(def->name) +
                       "' needs a `self` argument (or "
                       "@staticmethod)");
      return false;
    }
    const Arg* self = a->args[0];
    first = 1;
    sig.self_type = owner;
    switch (self->convention) {
      case ArgConvention::Default:
      case ArgConvention::Read:
        sig.self_kind = SelfKind::Read;
        break;
      case ArgConvention::Mut:
        // `inout self` in a constructor is the 2023 spelling of `out self`.
        sig.self_kind =
            def->name == "__init__" || def->name == "__copyinit__" || def->name == "__moveinit__"
                ? SelfKind::Out
                : SelfKind::Mut;
        break;
      case ArgConvention::Out:
        sig.self_kind = SelfKind::Out;
        break;
      case ArgConvention::Owned:
      case ArgConvention::Deinit:
        sig.self_kind = SelfKind::Owned;
        break;
      default:
        m.error(self, "'" + std::string(self->convention_spelling) + "' self is not supported yet");
        ok = false;
    }
    if (self->annotation) {
      m.error(self->annotation, "'self' takes no type: it is the struct");
      ok = false;
    }
    if (sig.self_kind == SelfKind::Out && def->returns &&
        m.annotation_type(def->returns) != StaticType::NoneType) {
      m.error(def->returns, "a constructor returns nothing: it initialises `out self`");
      ok = false;
    }
  }
  for (size_t i = first; i < a->args.size(); ++i) {
    const Arg* arg = a->args[i];
    bool is_mut = arg->convention == ArgConvention::Mut;
    if (is_mut && sig.self_kind == SelfKind::Out) {
      m.error(arg, "'" + std::string(arg->convention_spelling) +
                       "' arguments of a constructor are not supported yet");
      ok = false;
    } else if (arg->convention != ArgConvention::Default &&
               arg->convention != ArgConvention::Read && arg->convention != ArgConvention::Owned &&
               !is_mut &&
               (arg->convention != ArgConvention::Deinit || def->name != "__moveinit__")) {
      m.error(arg,
              "'" + std::string(arg->convention_spelling) + "' arguments are not supported yet");
      ok = false;
    }
    StaticType t = StaticType::Error;
    if (!arg->annotation) {
      m.error(arg, "argument '" + std::string(arg->arg) + "' of " + function_word(def) + " '" +
                       std::string(def->name) + "' needs a type");
      ok = false;
    } else {
      t = m.annotation_type(arg->annotation, owner);
      if (t == StaticType::NoneType) {
        m.error(arg->annotation, "an argument cannot have type None");
        t = StaticType::Error;
      }
    }
    const Expr* default_value = i >= first_default ? a->defaults[i - first_default] : nullptr;
    if (default_value && !default_fits(m, default_value, t)) {
      m.error(default_value, "the default of argument '" + std::string(arg->arg) +
                                 "' must be a literal of its type (or None for an Optional)");
      ok = false;
    }
    sig.param_defaults.push_back(default_value);
    sig.param_names.push_back(arg->arg);
    sig.params.push_back(t);
    sig.param_mut.push_back(is_mut);
    sig.param_owned.push_back(arg->convention == ArgConvention::Owned ||
                              arg->convention == ArgConvention::Deinit);
  }
  sig.result = def->returns ? m.annotation_type(def->returns, owner) : StaticType::NoneType;
  if (ok && owner != StaticType::Error) ok = check_lifecycle_signature(m, def, sig);
  return ok;
}

CodeObject* new_typed_code(ModuleContext& m, const FnSignature& sig, std::string_view owner) {
  VM& vm = m.vm;
  const SourceFile& source = m.source;
  auto* code = vm.create<CodeObject>(vm.types.code);
  code->name = vm.intern(sig.name);
  code->qualname =
      owner.empty() ? code->name : vm.new_str(std::string(owner) + "." + std::string(sig.name));
  code->filename = vm.new_str(source.filename());
  code->first_line = sig.def->lineno;
  code->flags = kCodeTyped;
  code->arg_count = static_cast<uint32_t>(sig.params.size());
  auto lanes = [](StaticType t) -> uint16_t {
    if (is_list_type(t)) return static_cast<uint16_t>(boundary_kind(list_element(t)));
    return boundary_kind(t) == BoundaryKind::Scalar ? simd_layout(t)->bits() : 0;
  };
  for (StaticType t : sig.params) {
    code->typed_params.push_back(boundary_kind(t));
    code->typed_param_lanes.push_back(lanes(t));
  }
  code->typed_result = boundary_kind(sig.result);
  code->typed_result_lanes = lanes(sig.result);
  for (size_t i = 0; i < sig.params.size(); ++i) {
    code->typed_param_names.push_back(vm.intern(sig.param_names[i]));
    const Expr* d = i < sig.param_defaults.size() ? sig.param_defaults[i] : nullptr;
    if (!d) continue;
    std::optional<Literal> lit = m.fold(d, nullptr, nullptr);
    std::optional<Value> v = lit ? python_value(vm, *lit) : std::nullopt;
    code->typed_defaults.push_back(v ? *v : Value::none());  // None for an Optional
  }
  if (sig.self_kind != SelfKind::None) {
    // Methods are reached from fn code only: their self slots never meet Python code.
    code->typed_params.insert(code->typed_params.begin(), BoundaryKind::Unsupported);
    code->typed_param_lanes.insert(code->typed_param_lanes.begin(), 0);
  }
  return code;
}

}  // namespace static_impl

bool is_sys_query(std::string_view name) {
  static const std::unordered_set<std::string_view> kQueries{
      "simdwidthof", "simd_width_of", "bitwidthof",         "bit_width_of",
      "sizeof",      "size_of",       "num_physical_cores", "num_logical_cores",
      "os_is_linux", "os_is_macos",   "os_is_windows"};
  return kQueries.count(name) > 0;
}

StaticType ffi_type_named(std::string_view name) {
  static const std::unordered_map<std::string_view, std::string_view> kTypes{
      {"c_char", "Int8"},         {"c_uchar", "UInt8"},   {"c_short", "Int16"},
      {"c_ushort", "UInt16"},     {"c_int", "Int32"},     {"c_uint", "UInt32"},
      {"c_long", "Int64"},        {"c_ulong", "UInt64"},  {"c_long_long", "Int64"},
      {"c_ulong_long", "UInt64"}, {"c_float", "Float32"}, {"c_double", "Float64"},
      {"c_size_t", "UInt"},       {"c_ssize_t", "Int"}};
  auto it = kTypes.find(name);
  return it == kTypes.end() ? StaticType::Error : static_type_named(it->second);
}

bool is_mojo_collections_module(std::string_view module) {
  return module == "collections" || module == "collections.list" || module == "collections.dict" ||
         module == "collections.set" || module == "collections.optional" ||
         module == "collections.string" || module == "collections.deque";
}

bool is_mojo_collection(std::string_view name) {
  return name == "List" || name == "Dict" || name == "Set" || name == "Optional" ||
         name == "OptionalReg" || name == "String" || name == "Deque";
}

const std::vector<std::string_view>& testing_function_names() {
  static const std::vector<std::string_view> kNames{"assert_true",         "assert_false",
                                                    "assert_equal",        "assert_not_equal",
                                                    "assert_almost_equal", "assert_raises"};
  return kNames;
}

bool has_static_declarations(const Module* module) {
  for (const Stmt* s : module->body) {
    if (s->kind == NodeKind::FnDef || s->kind == NodeKind::StructDef ||
        s->kind == NodeKind::TraitDef) {
      return true;
    }
  }
  return false;
}

namespace static_impl {

StaticType ModuleContext::add_struct(const Node* at, std::unique_ptr<StructInfo> info) {
  if (structs.size() >=
      static_cast<size_t>(StaticType::kFirstSimd) - static_cast<size_t>(StaticType::kFirstStruct)) {
    error(at, "too many structs in one module");
    return StaticType::Error;
  }
  auto id = static_cast<uint16_t>(static_cast<uint16_t>(StaticType::kFirstStruct) + structs.size());
  structs.push_back(std::move(info));
  return static_cast<StaticType>(id);
}

}  // namespace static_impl

namespace {

// Declares a struct's name (its fields and methods come once all names are known); a
// generic struct is declared per instance where a type names it.
void declare_struct(ModuleContext& m, const StructDef* def) {
  if (m.struct_types.count(def->name) || m.generic_structs.count(def->name) ||
      m.functions.count(def->name)) {
    m.error(def, "invalid redefinition of '" + std::string(def->name) + "'");
    return;
  }
  if (def->params) {
    m.generic_structs[def->name] =
        GenericStruct{def, static_impl::declare_parameters(m, def, def->name, def->params)};
    return;
  }
  auto info = std::make_unique<StructInfo>();
  info->def = def;
  info->name = def->name;
  StaticType t = m.add_struct(def, std::move(info));
  if (t != StaticType::Error) m.struct_types[def->name] = t;
}

// The standard library's traits that name methods: a struct conforms by defining them
// (checked by name, `self` kind and argument count; the bodies' types are checked as
// any method's). False when `n` names none of these traits.

bool conform_to_builtin_trait(ModuleContext& m, const StructInfo& s, const Name* n) {
  bool known = false;
  for (const static_impl::Required& r : static_impl::kRequired) {
    if (n->id != r.trait) continue;
    known = true;
    auto method = s.methods.find(r.method);
    if (method == s.methods.end() || method->second.self_kind != SelfKind::Read ||
        method->second.params.size() != r.arguments || method->second.result != r.result) {
      m.error(n, "'" + std::string(s.name) + "' does not conform to trait '" + std::string(n->id) +
                     "': it needs `fn " + r.method + "(self" +
                     (r.arguments ? ", other: Self" : "") + ") -> " + static_type_name(r.result) +
                     "`");
      return true;
    }
  }
  return known;
}

}  // namespace

// Checks a struct's decorators, traits and members and declares its methods.
void static_impl::declare_members(ModuleContext& m, StructInfo& s, StaticType type) {
  const StructDef* def = s.def;
  PendingBodies& bodies = m.pending_bodies;
  for (const Expr* d : def->decorator_list) {
    auto* n = cast<Name>(d);
    if (n && (n->id == "value" || n->id == "fieldwise_init")) {
      s.fieldwise_init = true;
    } else if (!n || n->id != "register_passable") {
      // Every struct of scalar fields is passed in registers already.
      m.error(d, "this decorator is not supported on struct yet");
    }
  }
  m.lay_out(s);
  for (const Stmt* stmt : def->body) {
    switch (stmt->kind) {
      case NodeKind::VarDecl:
      case NodeKind::Pass:
        break;
      case NodeKind::ExprStmt:
        if (static_cast<const ExprStmt*>(stmt)->value->kind == NodeKind::Constant) break;
        m.error(stmt, "only fields and methods may appear in a struct");
        break;
      case NodeKind::FnDef: {
        auto* f = static_cast<const FnDef*>(stmt);
        if (s.methods.count(f->name) || s.generic_methods.count(f->name)) {
          m.error(f, "invalid redefinition of '" + std::string(f->name) +
                         "' (overloading is not supported yet)");
          break;
        }
        if (f->params) {  // instantiated per parameter values where it is called
          std::string name = std::string(s.name) + "." + std::string(f->name);
          s.generic_methods[f->name] =
              GenericFn{f, static_impl::declare_parameters(m, f, name, f->params), type};
          break;
        }
        FnSignature& sig = s.methods[f->name];
        bool ok = declare_signature(m, f, sig, type);
        sig.code = new_typed_code(m, sig, s.name);
        if (ok) bodies.emplace_back(&sig, type);
        break;
      }
      default:
        m.error(stmt, "only fields and methods may appear in a struct");
        break;
    }
  }
  for (const Expr* base : def->bases) {
    auto* n = cast<Name>(base);
    if (n) s.traits.insert(n->id);
    if (n && known_traits().count(n->id)) continue;
    if (n && conform_to_builtin_trait(m, s, n)) continue;
    auto trait = n ? m.traits.find(n->id) : m.traits.end();
    if (trait == m.traits.end()) {
      m.error(base, "this trait is not supported yet");
      continue;
    }
    static_impl::conform(m, s, type, trait->second, bodies);
  }
}

StaticModule compile_static(VM& vm, const SourceFile& source, const Module* module) {
  ModuleContext m(vm, source);
  m.collect_python_globals(module);
  for (const Stmt* s : module->body) {
    if (s->kind == NodeKind::StructDef) declare_struct(m, static_cast<const StructDef*>(s));
    if (s->kind == NodeKind::TraitDef)
      static_impl::declare_trait(m, static_cast<const StructDef*>(s));
  }
  PendingBodies& bodies = m.pending_bodies;
  std::unordered_set<const Node*> compile_time_nodes;
  std::unordered_map<const AliasDecl*, Value> alias_values;
  // Aliases first: struct fields and signatures may use them.
  for (const Stmt* s : module->body) {
    if (s->kind != NodeKind::AliasDecl) continue;
    auto* a = static_cast<const AliasDecl*>(s);
    std::optional<Literal> value = m.fold_alias(a->value, nullptr, nullptr);
    if (!value) {
      m.error(a->value, "alias value must be a compile-time constant");
    } else if (value->type == StaticType::Error) {
      m.error(a->value, value->s);
    }
    // A failed alias stays declared as an error (an empty message), so its uses add
    // no diagnostics of their own.
    m.aliases[a->name] = value && value->type != StaticType::Error ? *value : Literal{};
    if (value && (value->type == StaticType::DType || value->type == StaticType::TypeValue)) {
      compile_time_nodes.insert(a);
    }
    // Python code sees the folded value: the expression may use what only the static
    // half knows (simdwidthof, other aliases of types).
    if (std::optional<Value> v = value ? python_value(vm, *value) : std::nullopt) {
      alias_values[a] = *v;
    }
  }
  // Instances of generic structs that signatures name are declared as they are met.
  size_t declared = m.structs.size();
  for (size_t i = 0; i < declared; ++i) {
    auto type = static_cast<StaticType>(static_cast<uint16_t>(StaticType::kFirstStruct) + i);
    static_impl::declare_members(m, *m.structs[i], type);
  }
  for (const Stmt* s : module->body) {
    switch (s->kind) {
      case NodeKind::FnDef: {
        auto* def = static_cast<const FnDef*>(s);
        if (m.functions.count(def->name) || m.struct_types.count(def->name) ||
            m.generics.count(def->name)) {
          m.error(def, "invalid redefinition of '" + std::string(def->name) +
                           "' (overloading is not supported yet)");
          break;
        }
        if (def->params) {
          // Instantiated per parameter values where it is called (static_params.cpp).
          static_impl::declare_generic(m, def);
          break;
        }
        FnSignature& sig = m.functions[def->name];
        bool ok = declare_signature(m, def, sig, StaticType::Error);
        sig.code = new_typed_code(m, sig, "");
        if (ok) bodies.emplace_back(&sig, StaticType::Error);
        break;
      }
      case NodeKind::TraitDef:
        break;  // declared with the structs
      case NodeKind::Import:
        for (const Alias* a : static_cast<const Import*>(s)->names) {
          if (a->name == "math") m.math_modules.insert(a->asname.empty() ? a->name : a->asname);
        }
        break;
      case NodeKind::ImportFrom: {
        auto* from = static_cast<const ImportFrom*>(s);
        if ((from->module == "memory" || from->module == "algorithm" ||
             from->module == "testing") &&
            from->level == 0) {
          compile_time_nodes.insert(s);
        }
        if (from->module == "testing" && from->level == 0) {
          for (const Alias* a : from->names) {
            if (a->name == "*") {
              for (std::string_view name : testing_function_names())
                m.testing_functions[name] = name;
            } else {
              m.testing_functions[a->asname.empty() ? a->name : a->asname] = a->name;
            }
          }
        }
        if (from->level == 0 && is_mojo_collections_module(from->module)) {
          // Mojo's collections are built in; Python's collections serves the other names.
          bool all_static = true;
          for (const Alias* a : from->names) {
            all_static = all_static && is_mojo_collection(a->name);
            if (!is_mojo_collection(a->name)) continue;
            if (!a->asname.empty() && a->asname != a->name) {
              m.error(a,
                      "'" + std::string(a->name) + "' cannot be imported under another name yet");
            }
            compile_time_nodes.insert(a);
          }
          if (all_static) compile_time_nodes.insert(s);
        }
        if ((from->module == "sys" || from->module == "sys.info") && from->level == 0) {
          bool all_static = true;
          for (const Alias* a : from->names) {
            if (is_sys_query(a->name)) {
              compile_time_nodes.insert(a);
            } else {
              all_static = false;
            }
          }
          if (all_static) compile_time_nodes.insert(s);
        }
        if (from->module == "sys.ffi" && from->level == 0) {
          // The C types of sys.ffi are aliases of Mojo's (c_char is Int8 on every target
          // Ember runs on, c_long is Int64 on the 64-bit Linux and macOS ones).
          bool all_static = true;
          for (const Alias* a : from->names) {
            StaticType t = ffi_type_named(a->name);
            if (t == StaticType::Error) {
              all_static = false;
              continue;
            }
            Literal type;
            type.type = StaticType::TypeValue;
            type.named = t;
            m.aliases[a->asname.empty() ? a->name : a->asname] = type;
            compile_time_nodes.insert(a);
          }
          if (all_static) compile_time_nodes.insert(s);
        }
        if (from->module == "bit" && from->level == 0) {
          // The bit module's queries fold at compile time.
          compile_time_nodes.insert(s);
          for (const Alias* a : from->names) {
            m.bit_functions[a->asname.empty() ? a->name : a->asname] = a->name;
          }
        }
        if (from->module != "math" || from->level != 0) break;
        for (const Alias* a : from->names) {
          m.math_functions[a->asname.empty() ? a->name : a->asname] = a->name;
        }
        break;
      }
      default:
        break;
    }
  }
  // Compiling may add the methods of new struct instances.
  for (size_t i = 0; i < bodies.size(); ++i) static_impl::FnCompiler(m, *bodies[i].first).compile();
  StaticModule out;
  out.compile_time_nodes = std::move(compile_time_nodes);
  out.alias_values = std::move(alias_values);
  out.diagnostics = std::move(m.diagnostics);
  if (!out.diagnostics.empty()) return out;
  for (auto& [name, sig] : m.functions) out.typed_codes.push_back(Value::from_object(sig.code));
  for (auto& s : m.structs) {
    for (auto& [name, sig] : s->methods) out.typed_codes.push_back(Value::from_object(sig.code));
  }
  for (auto& [key, sig] : m.instances) {
    if (sig->code) out.typed_codes.push_back(Value::from_object(sig->code));
  }
  for (auto& [name, sig] : m.functions) {
    auto* f = vm.allocate<TypedFunctionObject>(vm.types.typed_function);
    f->code = sig.code;
    out.functions[sig.def] = Value::from_object(f);
  }
  return out;
}

}  // namespace ember

// Dunder methods of the built-in value types called by name: `Int(5).__lt__(10)`,
// `False.__int__()`, `x.__add__(y)`, `s.__contains__("a")`. Each is the operator or
// conversion it implements, so the call is checked and compiled as that expression.
#include <unordered_map>

#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

namespace {

enum class DunderShape : uint8_t {
  Binary,     // x.__add__(y): x + y
  Reflected,  // x.__radd__(y): y + x
  InPlace,    // x.__iadd__(y): x += y
  Compare,    // x.__lt__(y): x < y
  Contains,   // x.__contains__(y): y in x
  Unary,      // x.__neg__(): -x
  Convert,    // x.__int__(): Int(x); x.__round__(n): round(x, n)
  Item,       // x.__getitem__(i): x[i]
};

struct Dunder {
  DunderShape shape;
  int op;                    // OperatorKind, CmpOpKind or UnaryOpKind
  const char* convert = "";  // Convert: the function or type called
  size_t optional_args = 0;  // Convert: arguments it may pass on besides the receiver
};

const Dunder* find_dunder(std::string_view name) {
  using O = OperatorKind;
  using C = CmpOpKind;
  auto bin = [](O o) { return Dunder{DunderShape::Binary, static_cast<int>(o)}; };
  auto ref = [](O o) { return Dunder{DunderShape::Reflected, static_cast<int>(o)}; };
  auto in_place = [](O o) { return Dunder{DunderShape::InPlace, static_cast<int>(o)}; };
  auto cmp = [](C o) { return Dunder{DunderShape::Compare, static_cast<int>(o)}; };
  auto conv = [](const char* f) { return Dunder{DunderShape::Convert, 0, f}; };
  static const std::unordered_map<std::string_view, Dunder> kDunders{
      {"__add__", bin(O::Add)},
      {"__sub__", bin(O::Sub)},
      {"__mul__", bin(O::Mult)},
      {"__truediv__", bin(O::Div)},
      {"__floordiv__", bin(O::FloorDiv)},
      {"__mod__", bin(O::Mod)},
      {"__pow__", bin(O::Pow)},
      {"__and__", bin(O::BitAnd)},
      {"__or__", bin(O::BitOr)},
      {"__xor__", bin(O::BitXor)},
      {"__lshift__", bin(O::LShift)},
      {"__rshift__", bin(O::RShift)},
      {"__radd__", ref(O::Add)},
      {"__rsub__", ref(O::Sub)},
      {"__rmul__", ref(O::Mult)},
      {"__rtruediv__", ref(O::Div)},
      {"__rfloordiv__", ref(O::FloorDiv)},
      {"__rmod__", ref(O::Mod)},
      {"__rpow__", ref(O::Pow)},
      {"__rand__", ref(O::BitAnd)},
      {"__ror__", ref(O::BitOr)},
      {"__rxor__", ref(O::BitXor)},
      {"__rlshift__", ref(O::LShift)},
      {"__rrshift__", ref(O::RShift)},
      {"__iadd__", in_place(O::Add)},
      {"__isub__", in_place(O::Sub)},
      {"__imul__", in_place(O::Mult)},
      {"__itruediv__", in_place(O::Div)},
      {"__ifloordiv__", in_place(O::FloorDiv)},
      {"__imod__", in_place(O::Mod)},
      {"__ipow__", in_place(O::Pow)},
      {"__iand__", in_place(O::BitAnd)},
      {"__ior__", in_place(O::BitOr)},
      {"__ixor__", in_place(O::BitXor)},
      {"__ilshift__", in_place(O::LShift)},
      {"__irshift__", in_place(O::RShift)},
      {"__eq__", cmp(C::Eq)},
      {"__ne__", cmp(C::NotEq)},
      {"__lt__", cmp(C::Lt)},
      {"__le__", cmp(C::LtE)},
      {"__gt__", cmp(C::Gt)},
      {"__ge__", cmp(C::GtE)},
      {"__contains__", Dunder{DunderShape::Contains, static_cast<int>(C::In)}},
      {"__neg__", Dunder{DunderShape::Unary, static_cast<int>(UnaryOpKind::USub)}},
      {"__pos__", Dunder{DunderShape::Unary, static_cast<int>(UnaryOpKind::UAdd)}},
      {"__invert__", Dunder{DunderShape::Unary, static_cast<int>(UnaryOpKind::Invert)}},
      {"__int__", conv("Int")},
      {"__index__", conv("index")},
      {"__float__", conv("Float64")},
      {"__bool__", conv("Bool")},
      {"__as_bool__", conv("Bool")},
      {"__ceil__", conv("ceil")},
      {"__floor__", conv("floor")},
      {"__trunc__", conv("trunc")},
      {"__round__", Dunder{DunderShape::Convert, 0, "round", 1}},
      {"__str__", conv("String")},
      {"__repr__", conv("repr")},
      {"__abs__", conv("abs")},
      {"__len__", conv("len")},
      {"__hash__", conv("hash")},
      {"__getitem__", Dunder{DunderShape::Item, 0}},
  };
  auto it = kDunders.find(name);
  return it == kDunders.end() ? nullptr : &it->second;
}

// The arguments besides the receiver: at least and at most.
std::pair<size_t, size_t> dunder_arity(const Dunder& d) {
  switch (d.shape) {
    case DunderShape::Unary:
      return {0, 0};
    case DunderShape::Convert:
      return {0, d.optional_args};
    default:
      return {1, 1};
  }
}

}  // namespace

Operand FnCompiler::struct_dunder_call(const Node* at, Expr* receiver, const char* method,
                                       std::vector<Expr*> args, const Call* keywords_from) {
  Arena& arena = m_.synthesized_nodes;
  auto* attribute = make_node_at<Attribute>(arena, NodeKind::Attribute, at);
  attribute->value = receiver;
  attribute->attr = method;
  auto* call = make_node_at<Call>(arena, NodeKind::Call, at);
  call->func = attribute;
  call->args = Seq<Expr*>::from(arena, args);
  if (keywords_from) call->keywords = keywords_from->keywords;
  return method_call(call, attribute);
}

std::vector<Expr*> item_indices(const Subscript* s) {
  // `m[i, j]` passes two indices.
  if (auto* t = cast<Sequence>(s->slice); t && s->slice->kind == NodeKind::Tuple) {
    return std::vector<Expr*>(t->elts.begin(), t->elts.end());
  }
  return {s->slice};
}

bool FnCompiler::names_struct(const Expr* e) {
  std::optional<Place> p = place(e);
  return p && is_struct_type(p->type);
}

bool FnCompiler::builtin_receiver(const Expr* e) {
  if (e->kind == NodeKind::Constant) return true;
  if (auto* u = cast<ast::UnaryOp>(e)) return u->operand->kind == NodeKind::Constant;
  if (auto* n = cast<Name>(e)) {
    const Local* l = lookup(n->id);
    if (!l) {  // an alias of a value
      std::optional<Literal> lit = fold(e);
      return lit && literal_value_type(*lit) != StaticType::Error;
    }
    return l->type == StaticType::Int || l->type == StaticType::Float64 ||
           l->type == StaticType::Bool || l->type == StaticType::String ||
           l->type == StaticType::UInt || l->type == StaticType::DType || is_simd_type(l->type) ||
           is_tuple_type(l->type);
  }
  auto* c = cast<Call>(e);
  if (!c) return false;
  const Expr* f = c->func;
  if (auto* s = cast<Subscript>(f)) f = s->value;  // SIMD[DType.int8, 4](...)
  auto* n = cast<Name>(f);
  if (!n || lookup(n->id) || m_.struct_types.count(n->id)) return false;
  return static_type_named(n->id) != StaticType::Error || n->id == "SIMD" || n->id == "Scalar";
}

std::optional<Operand> FnCompiler::builtin_dunder_call(const Call* c, const Attribute* callee,
                                                       StaticType expected) {
  const Dunder* d = find_dunder(callee->attr);
  if (!d) return std::nullopt;
  // `Int.__add__(a, b)`: the method through its type, the receiver the first argument.
  auto* type = cast<Name>(callee->value);
  bool through_type = type && !lookup(type->id) && !m_.struct_types.count(type->id) &&
                      static_type_named(type->id) != StaticType::Error;
  if (!through_type && !builtin_receiver(callee->value)) return std::nullopt;
  size_t first_arg = through_type ? 1 : 0;
  auto [least, most] = dunder_arity(*d);
  if (c->args.size() < least + first_arg || c->args.size() > most + first_arg ||
      !c->keywords.empty()) {
    std::string count = std::to_string(least + first_arg);
    if (most != least) count += " or " + std::to_string(most + first_arg);
    error(c, std::string(callee->attr) + "() takes " + count +
                 (most + first_arg == 1 ? " argument" : " arguments"));
    return Operand{};
  }
  Arena& arena = m_.synthesized_nodes;
  Expr* self = through_type ? c->args[0] : callee->value;
  Expr* arg = c->args.size() > first_arg ? c->args[first_arg] : nullptr;
  switch (d->shape) {
    case DunderShape::Binary:
    case DunderShape::Reflected: {
      auto* b = make_node_at<BinOp>(arena, NodeKind::BinOp, c);
      bool reflected = d->shape == DunderShape::Reflected;
      b->left = reflected ? arg : self;
      b->right = reflected ? self : arg;
      b->op = static_cast<OperatorKind>(d->op);
      return expr(b, expected);
    }
    case DunderShape::InPlace: {
      auto* a = make_node_at<AugAssign>(arena, NodeKind::AugAssign, c);
      a->target = self;
      a->op = static_cast<OperatorKind>(d->op);
      a->value = arg;
      aug_assign(a);
      return Operand{StaticType::NoneType, 0};
    }
    case DunderShape::Compare:
    case DunderShape::Contains: {
      auto* cmp = make_node_at<ast::Compare>(arena, NodeKind::Compare, c);
      bool contains = d->shape == DunderShape::Contains;
      cmp->left = contains ? arg : self;
      cmp->ops = Seq<CmpOpKind>::from(arena, {static_cast<CmpOpKind>(d->op)});
      cmp->comparators = Seq<Expr*>::from(arena, {contains ? self : arg});
      return expr(cmp, expected);
    }
    case DunderShape::Unary: {
      auto* u = make_node_at<ast::UnaryOp>(arena, NodeKind::UnaryOp, c);
      u->op = static_cast<UnaryOpKind>(d->op);
      u->operand = self;
      return expr(u, expected);
    }
    case DunderShape::Convert: {
      auto* f = make_node_at<Name>(arena, NodeKind::Name, c);
      f->id = d->convert;
      auto* call = make_node_at<Call>(arena, NodeKind::Call, c);
      call->func = f;
      std::vector<Expr*> args{self};
      args.insert(args.end(), c->args.begin() + static_cast<std::ptrdiff_t>(first_arg),
                  c->args.end());
      call->args = Seq<Expr*>::from(arena, args);
      return expr(call, expected);
    }
    case DunderShape::Item: {
      auto* s = make_node_at<Subscript>(arena, NodeKind::Subscript, c);
      s->value = self;
      s->slice = arg;
      return expr(s, expected);
    }
  }
  return std::nullopt;
}

}  // namespace ember::static_impl

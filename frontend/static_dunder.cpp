// Dunder methods of the built-in value types called by name: `Int(5).__lt__(10)`,
// `False.__int__()`, `x.__add__(y)`, `s.__contains__("a")`. Each is the operator or
// conversion it implements, so the call is checked and compiled as that expression.
#include <unordered_map>

#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

namespace {

enum class DunderShape : uint8_t { Binary, Reflected, Compare, Contains, Unary, Convert, Item };

struct Dunder {
  DunderShape shape;
  int op;                    // OperatorKind, CmpOpKind or UnaryOpKind
  const char* convert = "";  // Convert: the function or type called
};

const Dunder* find_dunder(std::string_view name) {
  using O = OperatorKind;
  using C = CmpOpKind;
  auto bin = [](O o) { return Dunder{DunderShape::Binary, static_cast<int>(o)}; };
  auto ref = [](O o) { return Dunder{DunderShape::Reflected, static_cast<int>(o)}; };
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
      {"__str__", conv("String")},
      {"__repr__", conv("repr")},
      {"__abs__", conv("abs")},
      {"__len__", conv("len")},
      {"__getitem__", Dunder{DunderShape::Item, 0}},
  };
  auto it = kDunders.find(name);
  return it == kDunders.end() ? nullptr : &it->second;
}

size_t dunder_arity(DunderShape shape) {
  switch (shape) {
    case DunderShape::Unary:
    case DunderShape::Convert:
      return 0;
    default:
      return 1;
  }
}

}  // namespace

bool FnCompiler::builtin_receiver(const Expr* e) {
  if (e->kind == NodeKind::Constant) return true;
  if (auto* u = cast<ast::UnaryOp>(e)) return u->operand->kind == NodeKind::Constant;
  if (auto* n = cast<Name>(e)) {
    const Local* l = lookup(n->id);
    return l &&
           (l->type == StaticType::Int || l->type == StaticType::Float64 ||
            l->type == StaticType::Bool || l->type == StaticType::String || is_simd_type(l->type));
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
  if (!d || !builtin_receiver(callee->value)) return std::nullopt;
  if (c->args.size() != dunder_arity(d->shape) || !c->keywords.empty()) {
    error(c, std::string(callee->attr) + "() takes " + std::to_string(dunder_arity(d->shape)) +
                 (dunder_arity(d->shape) == 1 ? " argument" : " arguments"));
    return Operand{};
  }
  Arena& arena = m_.synthesized_nodes;
  auto node = [&](auto* n, NodeKind kind) {
    n->kind = kind;
    n->lineno = c->lineno;
    n->col_offset = c->col_offset;
    n->end_lineno = c->end_lineno;
    n->end_col_offset = c->end_col_offset;
    return n;
  };
  Expr* self = callee->value;
  Expr* arg = c->args.empty() ? nullptr : c->args[0];
  switch (d->shape) {
    case DunderShape::Binary:
    case DunderShape::Reflected: {
      auto* b = node(arena.make<BinOp>(), NodeKind::BinOp);
      bool reflected = d->shape == DunderShape::Reflected;
      b->left = reflected ? arg : self;
      b->right = reflected ? self : arg;
      b->op = static_cast<OperatorKind>(d->op);
      return expr(b, expected);
    }
    case DunderShape::Compare:
    case DunderShape::Contains: {
      auto* cmp = node(arena.make<ast::Compare>(), NodeKind::Compare);
      bool contains = d->shape == DunderShape::Contains;
      cmp->left = contains ? arg : self;
      cmp->ops = Seq<CmpOpKind>::from(arena, {static_cast<CmpOpKind>(d->op)});
      cmp->comparators = Seq<Expr*>::from(arena, {contains ? self : arg});
      return expr(cmp, expected);
    }
    case DunderShape::Unary: {
      auto* u = node(arena.make<ast::UnaryOp>(), NodeKind::UnaryOp);
      u->op = static_cast<UnaryOpKind>(d->op);
      u->operand = self;
      return expr(u, expected);
    }
    case DunderShape::Convert: {
      auto* f = node(arena.make<Name>(), NodeKind::Name);
      f->id = d->convert;
      auto* call = node(arena.make<Call>(), NodeKind::Call);
      call->func = f;
      call->args = Seq<Expr*>::from(arena, {self});
      return expr(call, expected);
    }
    case DunderShape::Item: {
      auto* s = node(arena.make<Subscript>(), NodeKind::Subscript);
      s->value = self;
      s->slice = arg;
      return expr(s, expected);
    }
  }
  return std::nullopt;
}

}  // namespace ember::static_impl

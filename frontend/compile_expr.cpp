// Expressions: constants, names, operators, displays, calls, conditions.
#include <gmp.h>

#include <bit>
#include <cstdlib>
#include <string>

#include "frontend/compiler_internal.h"
#include "vm/bytes_object.h"
#include "vm/complex_object.h"
#include "vm/int_object.h"
#include "vm/set_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember::compiler_impl {

namespace {

BinaryOp binary_op(ast::OperatorKind k) {
  switch (k) {
    case ast::OperatorKind::Add:
      return BinaryOp::Add;
    case ast::OperatorKind::Sub:
      return BinaryOp::Sub;
    case ast::OperatorKind::Mult:
      return BinaryOp::Mul;
    case ast::OperatorKind::MatMult:
      return BinaryOp::MatMul;
    case ast::OperatorKind::Div:
      return BinaryOp::TrueDiv;
    case ast::OperatorKind::Mod:
      return BinaryOp::Mod;
    case ast::OperatorKind::Pow:
      return BinaryOp::Pow;
    case ast::OperatorKind::LShift:
      return BinaryOp::LShift;
    case ast::OperatorKind::RShift:
      return BinaryOp::RShift;
    case ast::OperatorKind::BitOr:
      return BinaryOp::Or;
    case ast::OperatorKind::BitXor:
      return BinaryOp::Xor;
    case ast::OperatorKind::BitAnd:
      return BinaryOp::And;
    case ast::OperatorKind::FloorDiv:
      return BinaryOp::FloorDiv;
  }
  return BinaryOp::Add;
}

bool has_starred(const Seq<ast::Expr*>& elts) {
  for (auto* e : elts) {
    if (e->kind == ast::NodeKind::Starred) return true;
  }
  return false;
}

constexpr uint32_t kChunk = 64;  // displays longer than this are built incrementally

}  // namespace

namespace {

// The type name of a literal-like expression (after CPython's constant folding), or null.
const char* literal_type(const ast::Expr* e) {
  using K = ast::NodeKind;
  switch (e->kind) {
    case K::Constant:
      switch (static_cast<const ast::Constant*>(e)->value_kind) {
        case ast::ConstantKind::None:
          return "NoneType";
        case ast::ConstantKind::True:
        case ast::ConstantKind::False:
          return "bool";
        case ast::ConstantKind::Ellipsis:
          return "ellipsis";
        case ast::ConstantKind::Int:
          return "int";
        case ast::ConstantKind::Float:
          return "float";
        case ast::ConstantKind::Complex:
          return "complex";
        case ast::ConstantKind::Str:
          return "str";
        case ast::ConstantKind::Bytes:
          return "bytes";
      }
      return nullptr;
    case K::Tuple:
      return "tuple";
    case K::List:
    case K::ListComp:
      return "list";
    case K::Dict:
    case K::DictComp:
      return "dict";
    case K::Set:
    case K::SetComp:
      return "set";
    case K::GeneratorExp:
      return "generator";
    case K::Lambda:
      return "function";
    case K::JoinedStr:
    case K::FormattedValue:
      return "str";
    default:
      return nullptr;
  }
}

// CPython's check_is_arg, negated: a literal other than None/True/False/Ellipsis (after
// constant folding of negative numbers and tuples of constants).
bool is_literal_for_is(const ast::Expr* e) {
  if (auto* c = ast::cast<ast::Constant>(e)) {
    switch (c->value_kind) {
      case ast::ConstantKind::None:
      case ast::ConstantKind::True:
      case ast::ConstantKind::False:
      case ast::ConstantKind::Ellipsis:
        return false;
      default:
        return true;
    }
  }
  if (auto* u = ast::cast<ast::UnaryOp>(e)) {
    auto* c = ast::cast<ast::Constant>(u->operand);
    return c && u->op != ast::UnaryOpKind::Not &&
           (c->value_kind == ast::ConstantKind::Int || c->value_kind == ast::ConstantKind::Float ||
            c->value_kind == ast::ConstantKind::Complex);
  }
  if (auto* t = ast::cast<ast::Sequence>(e); t && e->kind == ast::NodeKind::Tuple) {
    for (auto* x : t->elts) {
      if (!ast::cast<ast::Constant>(x) && !is_literal_for_is(x)) return false;
    }
    return true;
  }
  return false;
}

}  // namespace

void Compiler::check_caller(const ast::Expr* func) {
  using K = ast::NodeKind;
  switch (func->kind) {
    case K::Constant:
    case K::Tuple:
    case K::List:
    case K::ListComp:
    case K::Dict:
    case K::DictComp:
    case K::Set:
    case K::SetComp:
    case K::GeneratorExp:
    case K::JoinedStr:
    case K::FormattedValue:
      warn(func, std::string("'") + literal_type(func) +
                     "' object is not callable; perhaps you missed a comma?");
      break;
    default:
      break;
  }
}

void Compiler::check_subscript(const ast::Subscript* s) {
  using K = ast::NodeKind;
  const ast::Expr* v = s->value;
  const char* vt = literal_type(v);
  if (!vt) return;
  bool not_subscriptable = false;
  bool sequence = false;
  switch (v->kind) {
    case K::Constant: {
      auto k = static_cast<const ast::Constant*>(v)->value_kind;
      sequence = k == ast::ConstantKind::Str || k == ast::ConstantKind::Bytes;
      not_subscriptable = !sequence;
      break;
    }
    case K::Set:
    case K::SetComp:
    case K::GeneratorExp:
    case K::Lambda:
      not_subscriptable = true;
      break;
    case K::Tuple:
    case K::List:
    case K::ListComp:
    case K::JoinedStr:
    case K::FormattedValue:
      sequence = true;
      break;
    default:
      break;
  }
  if (not_subscriptable) {
    warn(v, std::string("'") + vt + "' object is not subscriptable; perhaps you missed a comma?");
    return;
  }
  if (!sequence) return;
  // A sequence indexed by a literal that cannot be an index.
  const ast::Expr* i = s->slice;
  const char* it = literal_type(i);
  if (!it || i->kind == K::Lambda) return;
  if (i->kind == K::Constant) {
    auto k = static_cast<const ast::Constant*>(i)->value_kind;
    if (k == ast::ConstantKind::Int || k == ast::ConstantKind::True ||
        k == ast::ConstantKind::False || k == ast::ConstantKind::None ||
        k == ast::ConstantKind::Ellipsis) {
      return;
    }
  }
  warn(v, std::string(vt) + " indices must be integers or slices, not " + it +
              "; perhaps you missed a comma?");
}

// A literal's value (folding tuples of literals and negated numbers).
bool Compiler::constant_value(const ast::Expr* e, Value* out, std::string* key) {
  if (auto* c = ast::cast<ast::Constant>(e)) {
    switch (c->value_kind) {
      case ast::ConstantKind::None:
        *out = Value::none();
        *key = "N";
        return true;
      case ast::ConstantKind::True:
        *out = Value::from_bool(true);
        *key = "T";
        return true;
      case ast::ConstantKind::False:
        *out = Value::from_bool(false);
        *key = "F";
        return true;
      case ast::ConstantKind::Ellipsis:
        *out = vm_.ellipsis;
        *key = "E";
        return true;
      case ast::ConstantKind::Int: {
        std::string_view text = c->value;
        int base = 10;
        if (text.size() > 2 && text[0] == '0') {
          char p = text[1];
          if (p == 'x' || p == 'X') base = 16;
          if (p == 'o' || p == 'O') base = 8;
          if (p == 'b' || p == 'B') base = 2;
          if (base != 10) text.remove_prefix(2);
        }
        std::string digits(text);
        mpz_t z;
        mpz_init(z);
        if (mpz_set_str(z, digits.c_str(), base) != 0) mpz_set_ui(z, 0);
        *out = vm_.make_int(z);
        char* s = mpz_get_str(nullptr, 16, z);
        *key = std::string("i:") + s;
        free_gmp_string(s);
        mpz_clear(z);
        return true;
      }
      case ast::ConstantKind::Float:
        *out = Value::from_double(c->number);
        *key = std::string("f:") + std::to_string(std::bit_cast<uint64_t>(c->number));
        return true;
      case ast::ConstantKind::Complex: {
        auto* z = vm_.allocate<ComplexObject>(vm_.types.complex);
        z->real = 0.0;
        z->imag = c->number;
        *out = Value::from_object(z);
        *key = std::string("c:") + std::to_string(std::bit_cast<uint64_t>(c->number));
        return true;
      }
      case ast::ConstantKind::Str: {
        *key = "s:";
        *key += c->value;
        auto it = u_->const_index.find(*key);
        if (it != u_->const_index.end()) {
          *out = u_->co->constants[it->second];
        } else {
          *out = Value::from_object(vm_.new_str(c->value));
        }
        return true;
      }
      case ast::ConstantKind::Bytes:
        *out = Value::from_object(new_bytes(vm_, c->value));
        *key = "b:";
        *key += c->value;
        return true;
    }
    return false;
  }
  if (auto* t = ast::cast<ast::Sequence>(e)) {
    if (e->kind != ast::NodeKind::Tuple || t->ctx != ast::ExprContext::Load) return false;
    if (t->elts.size() > 256) return false;
    std::vector<Value> items;
    std::string k = "t(";
    for (auto* x : t->elts) {
      Value v;
      std::string sub;
      if (!constant_value(x, &v, &sub)) return false;
      items.push_back(v);
      k += sub;
      k += std::to_string(sub.size());
      k += ',';
    }
    k += ')';
    if (items.empty()) {
      *out = Value::from_object(vm_.empty_tuple);
    } else {
      TupleObject* tuple = vm_.new_tuple(static_cast<int64_t>(items.size()));
      for (size_t i = 0; i < items.size(); ++i) tuple->items[i] = items[i];
      *out = Value::from_object(tuple);
    }
    *key = std::move(k);
    return true;
  }
  return false;
}

namespace {
bool small_int_literal(const ast::Expr* e, bool negate, int32_t* out) {
  auto* c = ast::cast<ast::Constant>(e);
  if (!c || c->value_kind != ast::ConstantKind::Int) return false;
  std::string_view t = c->value;
  int base = 10;
  if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b')) {
    base = t[1] == 'x' ? 16 : t[1] == 'o' ? 8 : 2;
    t.remove_prefix(2);
  }
  if (t.empty() || t.size() > 12) return false;
  int64_t v = 0;
  for (char ch : t) {
    int d = ch >= 'a' ? ch - 'a' + 10 : ch >= 'A' ? ch - 'A' + 10 : ch - '0';
    if (d < 0 || d >= base) return false;
    v = v * base + d;
    if (v > (int64_t{1} << 32)) return false;
  }
  if (negate) v = -v;
  if (v < INT32_MIN || v > INT32_MAX) return false;
  *out = static_cast<int32_t>(v);
  return true;
}
}  // namespace

uint16_t Compiler::expr_any(const ast::Expr* e) {
  if (auto* n = ast::cast<ast::Name>(e)) {
    uint16_t r;
    if (!u_->has_local_walrus && is_local_reg(n->id, &r)) {
      if (!definitely_bound(r)) {
        LocScope ls(*this, e);
        emit_abx(Op::CheckBound, r, name_index(n->id));
        mark_bound(r);
      }
      return r;
    }
  }
  return expr_temp(e);
}

void Compiler::expr_to(const ast::Expr* e, uint16_t dst) {
  using K = ast::NodeKind;
  LocScope ls(*this, e);
  uint32_t m = mark();
  switch (e->kind) {
    case K::Constant: {
      auto* c = static_cast<const ast::Constant*>(e);
      int32_t small;
      if (c->value_kind == ast::ConstantKind::None) {
        emit_abc(Op::LoadNone, dst);
      } else if (c->value_kind == ast::ConstantKind::True ||
                 c->value_kind == ast::ConstantKind::False) {
        emit_abc(Op::LoadBool, dst, 0, 0, c->value_kind == ast::ConstantKind::True ? 1 : 0);
      } else if (small_int_literal(e, false, &small)) {
        emit_abx(Op::LoadInt, dst, static_cast<uint32_t>(small));
      } else if (c->value_kind == ast::ConstantKind::Str) {
        load_const_value(dst, const_str(c->value));
      } else {
        Value v;
        std::string key;
        constant_value(e, &v, &key);
        load_const_value(dst, add_const(v, key));
      }
      break;
    }
    case K::Name:
      load_name(static_cast<const ast::Name*>(e)->id, dst, e);
      break;
    case K::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      uint16_t l = expr_any(b->left);
      uint16_t r = expr_any(b->right);
      emit_abc(Op::Binary, dst, l, r, static_cast<uint32_t>(binary_op(b->op)));
      break;
    }
    case K::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      int32_t small;
      if (u->op == ast::UnaryOpKind::USub && small_int_literal(u->operand, true, &small)) {
        emit_abx(Op::LoadInt, dst, static_cast<uint32_t>(small));
        break;
      }
      if (u->op == ast::UnaryOpKind::USub) {
        auto* c = ast::cast<ast::Constant>(u->operand);
        if (c && c->value_kind == ast::ConstantKind::Float) {
          double d = -c->number;
          load_const_value(
              dst, add_const(Value::from_double(d),
                             std::string("f:") + std::to_string(std::bit_cast<uint64_t>(d))));
          break;
        }
        if (c && c->value_kind == ast::ConstantKind::Int) {
          // A negative literal too big for LoadInt: folded, as CPython does.
          std::string_view text = c->value;
          int base = 10;
          if (text.size() > 2 && text[0] == '0' &&
              (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
            base = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
            text.remove_prefix(2);
          }
          std::string digits(text);
          mpz_t z;
          mpz_init(z);
          if (mpz_set_str(z, digits.c_str(), base) != 0) mpz_set_ui(z, 0);
          mpz_neg(z, z);
          Value v = vm_.make_int(z);
          char* hex = mpz_get_str(nullptr, 16, z);
          std::string key = std::string("i:") + hex;
          free_gmp_string(hex);
          mpz_clear(z);
          load_const_value(dst, add_const(v, key));
          break;
        }
      }
      uint16_t v = expr_any(u->operand);
      switch (u->op) {
        case ast::UnaryOpKind::Not:
          emit_abc(Op::Not, dst, v);
          break;
        case ast::UnaryOpKind::USub:
          emit_abc(Op::Unary, dst, v, 0, static_cast<uint32_t>(UnaryOp::Neg));
          break;
        case ast::UnaryOpKind::UAdd:
          emit_abc(Op::Unary, dst, v, 0, static_cast<uint32_t>(UnaryOp::Pos));
          break;
        case ast::UnaryOpKind::Invert:
          emit_abc(Op::Unary, dst, v, 0, static_cast<uint32_t>(UnaryOp::Invert));
          break;
      }
      break;
    }
    case K::BoolOp: {
      auto* b = static_cast<const ast::BoolOp*>(e);
      Label end;
      Op jump = b->op == ast::BoolOpKind::And ? Op::JumpIfFalse : Op::JumpIfTrue;
      Bound after_first;
      for (uint32_t i = 0; i < b->values.size(); ++i) {
        expr_to(b->values[i], dst);
        if (i == 0) after_first = save_bound();
        if (i + 1 < b->values.size()) emit_jump(jump, dst, end);
      }
      bind(end);
      restore_bound(after_first);
      break;
    }
    case K::IfExp: {
      auto* i = static_cast<const ast::IfExp*>(e);
      Label orelse, end;
      jump_if(i->test, false, orelse);
      Bound s0 = save_bound();
      expr_to(i->body, dst);
      emit_jump(Op::Jump, 0, end);
      Bound s1 = save_bound();
      bind(orelse);
      restore_bound(s0);
      expr_to(i->orelse, dst);
      bind(end);
      intersect(u_->bound, s1);
      break;
    }
    case K::Compare: {
      auto* c = static_cast<const ast::Compare*>(e);
      for (uint32_t i = 0; i < c->ops.size(); ++i) {
        auto op = c->ops[i];
        if (op != ast::CmpOpKind::Is && op != ast::CmpOpKind::IsNot) continue;
        const ast::Expr* l = i == 0 ? c->left : c->comparators[i - 1];
        if (is_literal_for_is(l) || is_literal_for_is(c->comparators[i])) {
          warn(c, op == ast::CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                           : "\"is not\" with a literal. Did you mean \"!=\"?");
        }
      }
      uint16_t left = expr_any(c->left);
      Label end;
      Bound after_first;
      for (uint32_t i = 0; i < c->ops.size(); ++i) {
        uint16_t right;
        bool last = i + 1 == c->ops.size();
        if (!last) {
          // The middle operand is evaluated once and kept for the next comparison.
          right = alloc();
          expr_to(c->comparators[i], right);
        } else {
          right = expr_any(c->comparators[i]);
        }
        if (i == 0) after_first = save_bound();
        switch (c->ops[i]) {
          case ast::CmpOpKind::Eq:
            emit_abc(Op::Compare, dst, left, right, static_cast<uint32_t>(CompareOp::Eq));
            break;
          case ast::CmpOpKind::NotEq:
            emit_abc(Op::Compare, dst, left, right, static_cast<uint32_t>(CompareOp::Ne));
            break;
          case ast::CmpOpKind::Lt:
            emit_abc(Op::Compare, dst, left, right, static_cast<uint32_t>(CompareOp::Lt));
            break;
          case ast::CmpOpKind::LtE:
            emit_abc(Op::Compare, dst, left, right, static_cast<uint32_t>(CompareOp::Le));
            break;
          case ast::CmpOpKind::Gt:
            emit_abc(Op::Compare, dst, left, right, static_cast<uint32_t>(CompareOp::Gt));
            break;
          case ast::CmpOpKind::GtE:
            emit_abc(Op::Compare, dst, left, right, static_cast<uint32_t>(CompareOp::Ge));
            break;
          case ast::CmpOpKind::Is:
            emit_abc(Op::Is, dst, left, right, 0);
            break;
          case ast::CmpOpKind::IsNot:
            emit_abc(Op::Is, dst, left, right, 1);
            break;
          case ast::CmpOpKind::In:
            emit_abc(Op::Contains, dst, left, right, 0);
            break;
          case ast::CmpOpKind::NotIn:
            emit_abc(Op::Contains, dst, left, right, 1);
            break;
        }
        if (!last) emit_jump(Op::JumpIfFalse, dst, end);
        left = right;
      }
      bind(end);
      restore_bound(after_first);
      break;
    }
    case K::Call:
      compile_call(static_cast<const ast::Call*>(e), dst);
      break;
    case K::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      uint16_t o = expr_any(a->value);
      emit_cached(Instruction::abc(Op::LoadAttr, dst, o, attr_index(a->attr)));
      break;
    }
    case K::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      check_subscript(s);
      uint16_t o = expr_any(s->value);
      uint16_t k = expr_any(s->slice);
      emit_abc(Op::GetItem, dst, o, k);
      break;
    }
    case K::Slice: {
      auto* s = static_cast<const ast::Slice*>(e);
      uint32_t n = s->step ? 3 : 2;
      uint16_t base = alloc(n);
      const ast::Expr* parts[3] = {s->lower, s->upper, s->step};
      for (uint32_t i = 0; i < n; ++i) {
        if (parts[i]) {
          expr_to(parts[i], static_cast<uint16_t>(base + i));
        } else {
          emit_abc(Op::LoadNone, base + i);
        }
      }
      emit_abc(Op::BuildSlice, dst, base, n);
      break;
    }
    case K::Tuple: {
      Value v;
      std::string key;
      if (constant_value(e, &v, &key)) {
        load_const_value(dst, add_const(v, key));
        break;
      }
      build_sequence(static_cast<const ast::Sequence*>(e)->elts, dst, K::Tuple);
      break;
    }
    case K::List:
      build_sequence(static_cast<const ast::Sequence*>(e)->elts, dst, K::List);
      break;
    case K::Set:
      build_sequence(static_cast<const ast::Set*>(e)->elts, dst, K::Set);
      break;
    case K::Dict: {
      auto* d = static_cast<const ast::Dict*>(e);
      uint32_t n = d->values.size();
      uint32_t prefix = 0;
      while (prefix < n && prefix < kChunk && d->keys[prefix]) ++prefix;
      uint16_t base = alloc(prefix * 2);
      for (uint32_t i = 0; i < prefix; ++i) {
        expr_to(d->keys[i], static_cast<uint16_t>(base + 2 * i));
        expr_to(d->values[i], static_cast<uint16_t>(base + 2 * i + 1));
      }
      emit_abc(Op::BuildDict, dst, base, prefix);
      free_to(m);
      for (uint32_t i = prefix; i < n; ++i) {
        if (!d->keys[i]) {
          uint16_t v = expr_any(d->values[i]);
          LocScope at(*this, d->values[i]);
          emit_abc(Op::DictUpdate, dst, v);
        } else {
          uint16_t k = expr_any(d->keys[i]);
          uint16_t v = expr_any(d->values[i]);
          emit_abc(Op::DictSet, dst, k, v);
        }
        free_to(m);
      }
      break;
    }
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp:
      compile_comprehension(static_cast<const ast::Comp*>(e), dst);
      break;
    case K::JoinedStr:
      compile_fstring(static_cast<const ast::JoinedStr*>(e), dst);
      break;
    case K::FormattedValue:
      compile_formatted(static_cast<const ast::FormattedValue*>(e), dst);
      break;
    case K::Lambda:
      compile_lambda(static_cast<const ast::Lambda*>(e), dst);
      break;
    case K::NamedExpr: {
      auto* n = static_cast<const ast::NamedExpr*>(e);
      expr_to(n->value, dst);
      store_target(n->target, dst);
      break;
    }
    case K::Starred:
      error(e, "can't use starred expression here");
    case K::ParamKeyword:
      error(e, "keyword parameters in brackets are only supported in fn code");
      break;
    case K::FnType:
      error(e, "function types are only supported in fn code");
      break;
    case K::Transfer:  // `x^` in Python code is the value itself
      expr_to(static_cast<const ast::Transfer*>(e)->value, dst);
      break;
    case K::Await: {
      auto* w = static_cast<const ast::Await*>(e);
      uint16_t it = alloc();
      expr_to(w->value, it);
      LocScope ls(*this, e);
      emit_await(it);
      emit_abc(Op::Move, dst, it);
      break;
    }
    case K::Yield: {
      auto* y = static_cast<const ast::Await*>(e);
      uint16_t v = y->value ? expr_any(y->value) : alloc();
      if (!y->value) emit_abc(Op::LoadNone, v);
      emit_abc(Op::Yield, dst, v);
      break;
    }
    case K::YieldFrom: {
      auto* y = static_cast<const ast::Await*>(e);
      uint16_t it = alloc();
      expr_to(y->value, it);
      emit_abc(Op::GetIter, it, it);
      uint16_t sent = alloc();
      emit_abc(Op::LoadNone, sent);
      emit_abc(Op::YieldFrom, dst, it, sent);
      break;
    }
    default:
      error(e, "unsupported expression");
  }
  free_to(m);
}

// A set display of three or more constants is built, as CPython builds it, by updating an
// empty set from a frozenset constant: the frozenset's table order decides the insertion
// order, and so the new set's iteration order.
bool Compiler::set_display_from_constant(const Seq<ast::Expr*>& elts, uint16_t dst) {
  std::vector<Value> items;
  std::string key = "fs(";
  for (auto* e : elts) {
    Value v;
    std::string k;
    if (!constant_value(e, &v, &k)) return false;
    if (v.is_object() && vm_.type_of(v)->slots.hash == nullptr) return false;
    items.push_back(v);
    key += k + std::to_string(k.size()) + ",";
  }
  SetObject* folded = new_set_object(vm_, vm_.types.frozenset);
  for (Value v : items) set_add(vm_, folded, v);
  // CPython's constant merging rebuilds the frozenset from its own iteration order once.
  SetObject* frozen = new_set_object(vm_, vm_.types.frozenset);
  for (int64_t i = 0; i <= folded->mask; ++i) {
    if (set_entry_active(folded->table[i])) set_add(vm_, frozen, folded->table[i].key);
  }
  uint32_t m = mark();
  uint16_t r = alloc();
  load_const_value(r, add_const(Value::from_object(frozen), key + ")"));
  emit_abc(Op::BuildSet, dst, dst, 0);
  emit_abc(Op::SetUpdate, dst, r);
  free_to(m);
  return true;
}

// Tuple, list and set displays, with `*x` unpacking and long displays built incrementally.
void Compiler::build_sequence(const Seq<ast::Expr*>& elts, uint16_t dst, ast::NodeKind kind,
                              uint16_t callee) {
  using K = ast::NodeKind;
  uint32_t m = mark();
  uint32_t n = elts.size();
  bool star = has_starred(elts);
  if (kind == K::Set && !star && n >= 3 && set_display_from_constant(elts, dst)) return;
  if (!star && n <= kChunk) {
    uint16_t base = alloc(n);
    for (uint32_t i = 0; i < n; ++i) expr_to(elts[i], static_cast<uint16_t>(base + i));
    Op op = kind == K::Tuple ? Op::BuildTuple : kind == K::List ? Op::BuildList : Op::BuildSet;
    emit_abc(op, dst, base, n);
    free_to(m);
    return;
  }
  // Accumulate in a list (or set), then convert a tuple.
  uint32_t prefix = 0;
  while (prefix < n && prefix < kChunk && elts[prefix]->kind != K::Starred) ++prefix;
  uint16_t acc = dst;
  uint16_t base = alloc(prefix);
  for (uint32_t i = 0; i < prefix; ++i) expr_to(elts[i], static_cast<uint16_t>(base + i));
  emit_abc(kind == K::Set ? Op::BuildSet : Op::BuildList, acc, base, prefix);
  free_to(m);
  for (uint32_t i = prefix; i < n; ++i) {
    const ast::Expr* x = elts[i];
    if (auto* s = ast::cast<ast::Starred>(x)) {
      uint16_t v = expr_any(s->value);
      LocScope at(*this, x);
      if (kind != K::Set && callee != kNoRegister) {
        // `f(*x)`: x=1 and R[c] = the callee, for CPython's "f() argument after * must be
        // an iterable, not int".
        emit_abc(Op::ListExtend, acc, v, callee, 1);
      } else {
        emit_abc(kind == K::Set ? Op::SetUpdate : Op::ListExtend, acc, v);
      }
    } else {
      uint16_t v = expr_any(x);
      emit_abc(kind == K::Set ? Op::SetAdd : Op::ListAppend, acc, v);
    }
    free_to(m);
  }
  if (kind == K::Tuple) emit_abc(Op::ListToTuple, dst, acc);
}

// Jumps to `target` when the truth of `e` equals `cond`.
void Compiler::jump_if(const ast::Expr* e, bool cond, Label& target) {
  LocScope ls(*this, e);
  if (auto* u = ast::cast<ast::UnaryOp>(e); u && u->op == ast::UnaryOpKind::Not) {
    jump_if(u->operand, !cond, target);
    return;
  }
  if (auto* b = ast::cast<ast::BoolOp>(e)) {
    bool is_and = b->op == ast::BoolOpKind::And;
    Bound after_first;
    uint32_t n = b->values.size();
    if (is_and != cond) {
      // `a and b` jumping when false (or `a or b` jumping when true): any operand decides.
      for (uint32_t i = 0; i < n; ++i) {
        jump_if(b->values[i], cond, target);
        if (i == 0) after_first = save_bound();
      }
    } else {
      Label skip;
      for (uint32_t i = 0; i + 1 < n; ++i) {
        jump_if(b->values[i], !cond, skip);
        if (i == 0) after_first = save_bound();
      }
      jump_if(b->values[n - 1], cond, target);
      bind(skip);
    }
    restore_bound(after_first);
    return;
  }
  if (auto* c = ast::cast<ast::Constant>(e)) {
    bool truth;
    switch (c->value_kind) {
      case ast::ConstantKind::None:
      case ast::ConstantKind::False:
        truth = false;
        break;
      case ast::ConstantKind::True:
      case ast::ConstantKind::Ellipsis:
        truth = true;
        break;
      case ast::ConstantKind::Int:
        truth = c->value.find_first_not_of("0xob_") != std::string_view::npos;
        break;
      case ast::ConstantKind::Str:
      case ast::ConstantKind::Bytes:
        truth = !c->value.empty();
        break;
      default:
        truth = c->number != 0;
        break;
    }
    if (truth == cond) emit_jump(Op::Jump, 0, target);
    return;
  }
  uint32_t m = mark();
  uint16_t r = expr_any(e);
  emit_jump(cond ? Op::JumpIfTrue : Op::JumpIfFalse, r, target);
  free_to(m);
}

// ---- calls

void Compiler::compile_call(const ast::Call* c, uint16_t dst) {
  check_caller(c->func);
  for (auto* k : c->keywords) {
    if (!k->arg.empty()) check_forbidden_name(k->arg, k);
  }
  uint32_t m = mark();
  bool star = has_starred(c->args);
  for (auto* k : c->keywords) {
    if (k->arg.empty()) star = true;
  }
  auto* attr = ast::cast<ast::Attribute>(c->func);
  if (attr && !star && c->keywords.empty()) {
    uint16_t base = dst + 1u == m ? dst : alloc();
    alloc();
    {
      LocScope at(*this, attr);
      uint16_t o = expr_any(attr->value);
      emit_cached(Instruction::abc(Op::LoadMethod, base, o, attr_index(attr->attr)));
    }
    free_to(base + 2);
    for (auto* a : c->args) expr_to(a, alloc());
    emit_abc(Op::CallMethod, base, c->args.size());
    if (dst != base) emit_abc(Op::Move, dst, base);
    free_to(m);
    return;
  }
  uint16_t base = dst + 1u == m ? dst : alloc();
  expr_to(c->func, base);
  compile_args_call(base, c->args, c->keywords, c);
  if (dst != base) emit_abc(Op::Move, dst, base);
  free_to(m);
}

// With the callee in R[callee] at the top of the temporaries, evaluates the arguments and
// emits the call; the result is left in R[callee].
void Compiler::compile_args_call(uint16_t callee, const Seq<ast::Expr*>& args,
                                 const Seq<ast::Keyword*>& keywords, const ast::Node* at,
                                 uint32_t leading) {
  bool star = has_starred(args);
  for (auto* k : keywords) {
    if (k->arg.empty()) star = true;
  }
  if (!star) {
    for (auto* a : args) expr_to(a, alloc());
    if (keywords.empty()) {
      emit_abc(Op::Call, callee, leading + args.size());
      return;
    }
    std::string key = "kwnames(";  // interned names: never shared with a user tuple
    TupleObject* names = vm_.new_tuple(static_cast<int64_t>(keywords.size()));
    for (uint32_t i = 0; i < keywords.size(); ++i) {
      expr_to(keywords[i]->value, alloc());
      names->items[i] = Value::from_object(vm_.intern(keywords[i]->arg));
      key += "s:";
      key += keywords[i]->arg;
      key += std::to_string(keywords[i]->arg.size() + 2);
      key += ',';
    }
    key += ')';
    uint32_t ki = add_const(Value::from_object(names), key);
    if (ki > 0xFFFF) error(at, "too many constants");
    emit_abc(Op::CallKw, callee, leading + args.size() + keywords.size(), ki);
    return;
  }
  uint16_t tuple = alloc();
  build_sequence(args, tuple, ast::NodeKind::Tuple, callee);
  if (leading) {
    uint16_t first = alloc();
    emit_abc(Op::BuildTuple, first, callee + 1, leading);
    emit_abc(Op::Binary, tuple, first, tuple, static_cast<uint32_t>(BinaryOp::Add));
    free_to(first);
  }
  uint16_t dict = kNoRegister;
  if (!keywords.empty()) {
    dict = alloc();
    uint32_t m = mark();
    uint32_t prefix = 0;
    while (prefix < keywords.size() && !keywords[prefix]->arg.empty()) ++prefix;
    uint16_t base = alloc(prefix * 2);
    for (uint32_t i = 0; i < prefix; ++i) {
      load_const_value(static_cast<uint16_t>(base + 2 * i), const_str(keywords[i]->arg));
      expr_to(keywords[i]->value, static_cast<uint16_t>(base + 2 * i + 1));
    }
    emit_abc(Op::BuildDict, dict, base, prefix);
    free_to(m);
    for (uint32_t i = prefix; i < keywords.size(); ++i) {
      auto* k = keywords[i];
      if (k->arg.empty()) {
        uint16_t v = expr_any(k->value);
        LocScope ls(*this, k->value);
        emit_abc(Op::DictMerge, dict, v, callee);
      } else {
        uint16_t one = alloc();
        uint16_t pair = alloc(2);
        load_const_value(pair, const_str(k->arg));
        expr_to(k->value, static_cast<uint16_t>(pair + 1));
        emit_abc(Op::BuildDict, one, pair, 1);
        emit_abc(Op::DictMerge, dict, one, callee);
      }
      free_to(m);
    }
  }
  LocScope ls(*this, at);
  emit_abc(Op::CallEx, callee, tuple, dict);
}

// ---- f-strings

void Compiler::compile_fstring(const ast::JoinedStr* j, uint16_t dst) {
  uint32_t m = mark();
  uint32_t n = j->values.size();
  if (n == 0) {
    load_const_value(dst, const_str(""));
    return;
  }
  if (n == 1) {
    if (auto* c = ast::cast<ast::Constant>(j->values[0])) {
      load_const_value(dst, const_str(c->value));
      return;
    }
  }
  uint16_t base = alloc(n);
  for (uint32_t i = 0; i < n; ++i) expr_to(j->values[i], static_cast<uint16_t>(base + i));
  LocScope ls(*this, j);
  emit_abc(Op::BuildString, dst, base, n);
  free_to(m);
}

void Compiler::compile_formatted(const ast::FormattedValue* f, uint16_t dst) {
  uint32_t m = mark();
  uint16_t v = expr_any(f->value);
  uint16_t spec = kNoRegister;
  if (f->format_spec) {
    spec = alloc();
    expr_to(f->format_spec, spec);
  }
  uint32_t conv = 0;
  if (f->conversion == 's') conv = 1;
  if (f->conversion == 'r') conv = 2;
  if (f->conversion == 'a') conv = 3;
  emit_abc(Op::Format, dst, v, spec, conv);
  free_to(m);
}

}  // namespace ember::compiler_impl

namespace ember {

BinaryOp to_binary_op(ast::OperatorKind k) {
  return compiler_impl::binary_op(k);
}

}  // namespace ember

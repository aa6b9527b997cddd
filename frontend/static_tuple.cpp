// Tuples in fn code: `(a, b)` values, `-> (Int, String)` and `Tuple[Int, String]` types,
// `t[0]` with a constant index, unpacking `a, b = f()`, `x in t` and aliases of constant
// Tuples. A tuple is its fields' slots side by side, like an anonymous struct.
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

uint32_t ModuleContext::tuple_offset(StaticType t, size_t field) {
  uint32_t offset = 0;
  const std::vector<StaticType>& fields = tuple_fields(t);
  for (size_t i = 0; i < field; ++i) offset += slot_count(fields[i]);
  return offset;
}

bool literal_converts(StaticType from, StaticType to) {
  if (from == StaticType::StringLiteral) return to == StaticType::String;
  const std::vector<StaticType>& have = tuple_fields(from);
  const std::vector<StaticType>& want = tuple_fields(to);
  if (have.empty() || have.size() != want.size()) return false;
  for (size_t i = 0; i < have.size(); ++i) {
    if (have[i] != want[i] && !literal_converts(have[i], want[i])) return false;
  }
  return true;
}

StaticType ModuleContext::tuple_annotation(const Node* at, const std::vector<const Expr*>& elements,
                                           StaticType self_type) {
  std::vector<StaticType> fields;
  for (const Expr* e : elements) {
    auto* n = cast<Name>(e);
    StaticType t =
        n && n->id == "StringLiteral" ? StaticType::StringLiteral : annotation_type(e, self_type);
    if (t == StaticType::Error) return t;
    if (t == StaticType::NoneType) {
      error(e, "a Tuple field cannot have type None");
      return StaticType::Error;
    }
    if (!check_not_managed(e, t, "a Tuple field")) return StaticType::Error;
    fields.push_back(t);
  }
  if (fields.size() < 2) {
    error(at, "a Tuple has at least two fields in fn code");
    return StaticType::Error;
  }
  return tuple_type(fields);
}

Operand FnCompiler::tuple_literal(const Sequence* e, StaticType expected) {
  const std::vector<StaticType>& want = tuple_fields(expected);
  if (!want.empty() && want.size() != e->elts.size()) {
    error(e, quoted(expected) + " has " + std::to_string(want.size()) + " fields, not " +
                 std::to_string(e->elts.size()));
    return {};
  }
  std::vector<Operand> values;
  std::vector<StaticType> fields;
  for (size_t i = 0; i < e->elts.size(); ++i) {
    StaticType field = want.empty() ? StaticType::Error : want[i];
    // A string literal stays a StringLiteral unless the Tuple's type says String.
    std::optional<Literal> lit = field == StaticType::Error ? fold(e->elts[i]) : std::nullopt;
    if (lit && lit->type == StaticType::String) field = StaticType::StringLiteral;
    Operand v = field == StaticType::Error ? expr(e->elts[i], StaticType::Error)
                                           : expr_as(e->elts[i], field, "a Tuple field");
    if (v.type == StaticType::Error) return {};
    if (v.type == StaticType::NoneType) {
      error(e->elts[i], "a Tuple field cannot be None");
      return {};
    }
    if (!m_.check_not_managed(e->elts[i], v.type, "a Tuple field")) return {};
    values.push_back(owned(e->elts[i], v));
    fields.push_back(v.type);
  }
  if (fields.size() < 2) {
    error(e, "a Tuple has at least two fields in fn code");
    return {};
  }
  StaticType type = tuple_type(fields);
  uint16_t out = temp_for(type);
  for (size_t i = 0; i < values.size(); ++i) {
    move(static_cast<uint16_t>(out + m_.tuple_offset(type, i)), values[i].reg, fields[i]);
  }
  return Operand{type, out};
}

Operand FnCompiler::tuple_constant(const Literal& lit, const Expr* at) {
  const std::vector<StaticType>& fields = tuple_fields(lit.type);
  uint16_t out = temp_for(lit.type);
  for (size_t i = 0; i < fields.size(); ++i) {
    Operand v = materialize(lit.fields[i], fields[i], at);
    if (v.type == StaticType::Error) return {};
    move(static_cast<uint16_t>(out + m_.tuple_offset(lit.type, i)), v.reg, fields[i]);
  }
  return Operand{lit.type, out};
}

Operand FnCompiler::tuple_subscript(const Subscript* s, Operand t) {
  const std::vector<StaticType>& fields = tuple_fields(t.type);
  std::optional<Literal> index = fold(s->slice);
  auto n = static_cast<__int128>(fields.size());
  if (!index || index->type != StaticType::IntLiteral || index->i < -n || index->i >= n) {
    error(s->slice,
          "a Tuple index must be a constant from " + int128_text(-n) + " to " + int128_text(n - 1));
    return {};
  }
  auto i = static_cast<size_t>(index->i < 0 ? index->i + n : index->i);
  return Operand{read_type(fields[i]), static_cast<uint16_t>(t.reg + m_.tuple_offset(t.type, i))};
}

void FnCompiler::var_unpack(const VarDecl* v, const Sequence* names) {
  Operand value = expr(v->value, StaticType::Error);
  if (value.type == StaticType::Error) return;
  const std::vector<StaticType>& fields = tuple_fields(value.type);
  if (fields.size() != names->elts.size()) {
    error(v->value, "cannot unpack " + quoted(value.type) + " into " +
                        std::to_string(names->elts.size()) + " names");
    return;
  }
  for (size_t i = 0; i < fields.size(); ++i) {
    auto* n = static_cast<const Name*>(names->elts[i]);
    StaticType type = read_type(fields[i]);
    Local* l = declare(n, n->id, type, v->is_let);
    if (!l) continue;
    move(l->reg, static_cast<uint16_t>(value.reg + m_.tuple_offset(value.type, i)), type);
    set_initialized(l, true);
  }
}

void FnCompiler::unpack_assign(const Assign* a, const Sequence* targets) {
  Operand value = expr(a->value, StaticType::Error);
  if (value.type == StaticType::Error) return;
  const std::vector<StaticType>& fields = tuple_fields(value.type);
  if (fields.size() != targets->elts.size()) {
    error(a->value, "cannot unpack " + quoted(value.type) + " into " +
                        std::to_string(targets->elts.size()) + " names");
    return;
  }
  for (size_t i = 0; i < fields.size(); ++i) {
    auto* n = cast<Name>(targets->elts[i]);
    if (!n) {
      error(targets->elts[i], "only names can be unpacked into in fn code yet");
      continue;
    }
    StaticType type = read_type(fields[i]);
    auto field = Operand{type, static_cast<uint16_t>(value.reg + m_.tuple_offset(value.type, i))};
    Local* l = lookup(n->id);
    if (!l && !alias_scopes_.back().count(n->id)) {
      // A first assignment declares a `var`.
      l = declare(n, n->id, type, false);
      if (!l) continue;
    } else {
      l = assignable(n, false);
      if (!l) continue;
      if (l->type != type) {
        error(n, "cannot assign a value of type " + quoted(type) + " to '" + std::string(n->id) +
                     "' of type " + quoted(l->type));
        continue;
      }
    }
    move(l->reg, field.reg, type);
    set_initialized(l, true);
  }
}

Operand FnCompiler::tuple_contains(const Node* at, Operand value, Operand tuple) {
  // As Mojo's Tuple.__contains__: only the fields of the value's own type can hold it.
  uint16_t found = temp(false);
  emit(Instruction::abx(Op::LoadRaw, found, raw_constant(0)));
  Operand result{StaticType::Bool, found};
  const std::vector<StaticType>& fields = tuple_fields(tuple.type);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i] != value.type) continue;
    auto field = static_cast<uint16_t>(tuple.reg + m_.tuple_offset(tuple.type, i));
    StaticType type = read_type(fields[i]);
    Operand equal = equal_values(at, Operand{type, value.reg}, Operand{type, field});
    if (equal.type == StaticType::Error) return {};
    result = binary_on(at, OperatorKind::BitOr, result, equal);
  }
  return result;
}

}  // namespace ember::static_impl

// Pointer[T, origin] in fn code: Mojo's safe reference. Its origin is part of its type, and
// fn code supports the origin of one variable of the fn (`__origin_of(x)`), so the type
// alone says what a Pointer points to: a Pointer value needs no slots, and reading through
// it reads that variable where the read happens. `Pointer.address_of(x)` makes one;
// `p[]` is p itself in Ember's parser, so a Pointer converts to its pointee wherever a T
// is expected; Optional[Pointer[T, o]].copied() is an Optional[T].
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

StaticType ModuleContext::reference_annotation(const Subscript* s, StaticType self_type) {
  auto* t = cast<Sequence>(s->slice);
  if (!t || t->kind != NodeKind::Tuple || t->elts.size() != 2) {
    error(s, "Pointer takes a type and an origin: Pointer[T, __origin_of(x)]");
    return StaticType::Error;
  }
  StaticType pointee = annotation_type(t->elts[0], self_type);
  if (pointee == StaticType::Error) return pointee;
  if (!body) {
    error(s, "Pointer types are only supported inside fn bodies yet");
    return StaticType::Error;
  }
  std::optional<uint16_t> origin = body->origin_of(t->elts[1]);
  return origin ? reference_to(pointee, *origin) : StaticType::Error;
}

std::optional<uint16_t> FnCompiler::origin_of(const Expr* e) {
  auto* c = cast<Call>(e);
  auto* f = c ? cast<Name>(c->func) : nullptr;
  auto* n = f && f->id == "__origin_of" && c->args.size() == 1 && c->keywords.empty()
                ? cast<Name>(c->args[0])
                : nullptr;
  Local* l = n ? lookup(n->id) : nullptr;
  if (!l || l->closure) {
    error(e, "the origin of a Pointer in fn code is __origin_of(a variable of the fn) yet");
    return std::nullopt;
  }
  return variable_origin(l);
}

uint16_t FnCompiler::variable_origin(Local* l) {
  for (auto& [origin, variable] : origins_) {
    if (variable == l) return origin;
  }
  auto origin = static_cast<uint16_t>(m_.origin_names.size() + 1);
  m_.origin_names[origin] = std::string(l->name);
  origins_[origin] = l;
  return origin;
}

Operand FnCompiler::address_of(const Call* c) {
  auto* n = c->args.size() == 1 && c->keywords.empty() ? cast<Name>(c->args[0]) : nullptr;
  Local* l = n ? lookup(n->id) : nullptr;
  if (!l || l->closure) {
    error(c, "Pointer.address_of() takes a variable of the fn in fn code yet");
    return {};
  }
  if (!m_.check_not_managed(c->args[0], l->type, "the pointee of a Pointer")) return {};
  if (!initialized(l)) {
    error(c->args[0], "use of uninitialized value '" + std::string(n->id) + "'");
    return {};
  }
  return Operand{reference_to(l->type, variable_origin(l)), 0};
}

Operand FnCompiler::dereference(const Node* at, StaticType reference) {
  auto found = origins_.find(reference_origin(reference));
  if (found == origins_.end()) {  // a type parameter bound to another fn's Pointer
    error(at, "a Pointer cannot leave the fn whose variable it points to yet");
    return {};
  }
  return Operand{found->second->type, found->second->reg};
}

Operand FnCompiler::optional_copied(const Call* c, Operand self, const Expr* params) {
  // Optional[Pointer[T, o]] -> Optional[T]: a copy of the pointee when there is one.
  StaticType reference = composite_arg(self.type);
  if (!is_reference_type(reference) || !c->args.empty() || !c->keywords.empty()) {
    error(c, "copied() takes no arguments and needs an Optional of a Pointer");
    return {};
  }
  if (params) {  // copied[T=String](): T must be the pointee's type
    auto* keyword = cast<ParamKeyword>(params);
    if (keyword && keyword->arg != "T") keyword = nullptr;
    const Expr* given = keyword ? keyword->value : params;
    StaticType t = m_.annotation_type(given);
    if (t == StaticType::Error) return {};
    if (t != referent_of(reference)) {
      error(given, "copied[T] of an Optional of " + quoted(reference) +
                       " needs T = " + quoted(referent_of(reference)));
      return {};
    }
  }
  StaticType result = optional_of(referent_of(reference));
  uint16_t out = temp_for(result);
  JumpLabel empty, end;
  emit_jump(Op::JumpIfRaw, self.reg, 0, empty);
  Operand value = dereference(c, reference);
  if (value.type == StaticType::Error) return {};
  Operand held = to_optional(value, result);
  move(out, held.reg, result);
  emit_jump(Op::Jump, 0, 0, end);
  bind(empty);
  move(out, to_optional(Operand{StaticType::NoneType, 0}, result).reg, result);
  bind(end);
  return Operand{result, out};
}

}  // namespace ember::static_impl

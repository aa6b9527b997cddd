// Traits: declarations of required methods (a `...` body) and default methods, checked
// against each struct that names the trait. Traits are not types yet: without generic
// parameters, conformance is what they give.
#include <unordered_set>

#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

namespace {

// A method whose body is only `...` (after an optional docstring) is required; any other
// body is a default the conforming struct adopts.
bool is_required(const FnDef* f) {
  for (const Stmt* s : f->body) {
    auto* e = cast<ExprStmt>(s);
    auto* c = e ? cast<Constant>(e->value) : nullptr;
    if (!c || (c->value_kind != ConstantKind::Ellipsis && c->value_kind != ConstantKind::Str)) {
      return false;
    }
  }
  return true;
}

bool same_signature(const FnSignature& a, const FnSignature& b) {
  return a.params == b.params && a.param_mut == b.param_mut && a.result == b.result &&
         a.self_kind == b.self_kind;
}

// The methods `trait` and the traits it refines ask for (each trait once, so cycles end).
void collect(ModuleContext& m, const StructDef* trait, std::vector<const FnDef*>& methods,
             std::unordered_set<const StructDef*>& seen) {
  if (!seen.insert(trait).second) return;
  for (const Expr* base : trait->bases) {
    auto* n = cast<Name>(base);
    auto parent = n ? m.traits.find(n->id) : m.traits.end();
    if (parent != m.traits.end()) collect(m, parent->second, methods, seen);
  }
  for (const Stmt* s : trait->body) {
    if (auto* f = cast<FnDef>(s)) methods.push_back(f);
  }
}

}  // namespace

void declare_trait(ModuleContext& m, const StructDef* def) {
  if (m.traits.count(def->name) || m.struct_types.count(def->name)) {
    m.error(def, "invalid redefinition of '" + std::string(def->name) + "'");
    return;
  }
  m.traits[def->name] = def;
  for (const Stmt* s : def->body) {
    switch (s->kind) {
      case NodeKind::FnDef:
      case NodeKind::Pass:
        break;
      case NodeKind::ExprStmt:
        if (static_cast<const ExprStmt*>(s)->value->kind == NodeKind::Constant) break;
        m.error(s, "only method declarations may appear in a trait");
        break;
      default:
        m.error(s, "only method declarations may appear in a trait");
        break;
    }
  }
}

void conform(ModuleContext& m, StructInfo& s, StaticType type, const StructDef* trait,
             PendingBodies& bodies) {
  for (const Expr* base : trait->bases) {
    auto* n = cast<Name>(base);
    if (!n || (!known_traits().count(n->id) && !m.traits.count(n->id))) {
      m.error(base, "this trait is not supported yet");
    }
  }
  std::vector<const FnDef*> methods;
  std::unordered_set<const StructDef*> seen;
  collect(m, trait, methods, seen);
  for (const FnDef* f : methods) {
    std::string where =
        "'" + std::string(f->name) + "', which trait '" + std::string(trait->name) + "' requires";
    // The trait's signature read with Self = this struct.
    FnSignature wanted;
    if (!declare_signature(m, f, wanted, type)) continue;
    auto own = s.methods.find(f->name);
    if (own != s.methods.end()) {
      if (!same_signature(own->second, wanted)) {
        m.error(own->second.def, "method '" + std::string(f->name) + "' of '" +
                                     std::string(s.name) + "' does not match " + where);
      }
      continue;
    }
    if (is_required(f)) {
      m.error(s.def, "'" + std::string(s.name) + "' does not implement " + where);
      continue;
    }
    // Adopt the default: the trait's body compiled as a method of this struct.
    FnSignature& adopted = s.methods[f->name];
    adopted = wanted;
    adopted.code = new_typed_code(m, adopted, s.name);
    bodies.emplace_back(&adopted, type);
  }
}

}  // namespace ember::static_impl

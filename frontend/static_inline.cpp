// Inlining of small fns: a call of a fn whose body is straight-line code on Int, Float64
// and Bool values (local declarations and assignments, then one `return`) is compiled in
// place, in a scope of its own, instead of a CallTyped and a frame.
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

namespace {

bool inlinable_statement(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::VarDecl:
      return true;
    case NodeKind::Assign:
      return static_cast<const Assign*>(s)->targets.size() == 1 &&
             static_cast<const Assign*>(s)->targets[0]->kind == NodeKind::Name;
    case NodeKind::AugAssign:
      return static_cast<const AugAssign*>(s)->target->kind == NodeKind::Name;
    case NodeKind::ExprStmt:
      return static_cast<const ExprStmt*>(s)->value->kind == NodeKind::Constant;
    default:
      return false;
  }
}

}  // namespace

bool FnCompiler::inlinable(const FnSignature& callee) const {
  if (inlining_ || &callee == &sig_ || callee.self_kind != SelfKind::None ||
      !callee.param_values.empty() || !callee.type_args.empty() || !is_raw_type(callee.result)) {
    return false;
  }
  for (size_t i = 0; i < callee.params.size(); ++i) {
    if (callee.param_mut[i] || !is_raw_type(callee.params[i])) return false;
  }
  const Seq<Stmt*>& body = callee.def->body;
  constexpr size_t kMaxStatements = 8;
  if (body.empty() || body.size() > kMaxStatements) return false;
  auto* ret = cast<Return>(body[body.size() - 1]);
  if (!ret || !ret->value) return false;
  for (size_t i = 0; i + 1 < body.size(); ++i) {
    if (!inlinable_statement(body[i])) return false;
  }
  return true;
}

Operand FnCompiler::inline_call(const Call* c, const FnSignature& callee) {
  std::string name(callee.name);
  // The arguments are evaluated in the caller's scope, into registers of the callee's
  // parameters.
  std::vector<Operand> args;
  bool ok = true;
  for (size_t i = 0; i < c->args.size(); ++i) {
    std::string what = "argument " + std::to_string(i + 1) + " of '" + name + "'";
    Operand a = expr_as(c->args[i], callee.params[i], what.c_str());
    if (a.type == StaticType::Error) ok = false;
    args.push_back(a);
  }
  if (!ok || callee.result == StaticType::Error) return {};
  if (callee.def->raises && !may_raise(c, "'" + name + "'")) return {};
  // The body sees its parameters and module-level names only.
  std::vector<std::unordered_map<std::string_view, Local*>> caller_scopes(1);
  AliasScopes caller_aliases(1);
  std::swap(scopes_, caller_scopes);
  std::swap(alias_scopes_, caller_aliases);
  inlining_ = true;
  const Seq<Arg*>& params = callee.def->args->args;
  for (size_t i = 0; i < args.size(); ++i) {
    Local* l = declare(params[i], params[i]->arg, callee.params[i], false);
    if (!l) continue;
    l->read_only = params[i]->convention == ArgConvention::Default ||
                   params[i]->convention == ArgConvention::Read;
    if (l->read_only) {
      // Nothing writes a read-only parameter: it reads the argument's register, which from
      // now on is never a retarget source either (it is read again later).
      l->reg = args[i].reg;
      if (register_is_local_.size() <= l->reg) register_is_local_.resize(l->reg + 1u, false);
      register_is_local_[l->reg] = true;
    } else {
      move(l->reg, args[i].reg, args[i].type);
    }
    set_initialized(l, true);
  }
  const Seq<Stmt*>& body = callee.def->body;
  for (size_t i = 0; i + 1 < body.size(); ++i) stmt(body[i]);
  auto* ret = static_cast<const Return*>(body[body.size() - 1]);
  Operand result;
  {
    LocationScope at(*this, ret);
    result = expr_as(ret->value, callee.result, "return value");
  }
  inlining_ = false;
  std::swap(scopes_, caller_scopes);
  std::swap(alias_scopes_, caller_aliases);
  return result;
}

}  // namespace ember::static_impl

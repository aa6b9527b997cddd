// Compile-time parameters of fns: `fn f[n: Int, T: Trait](x: T)`. A generic fn is checked
// and compiled once per distinct parameter values where it is called (explicit `f[3](...)`,
// defaults, or type parameters inferred from the arguments); instances are cached by name.
#include <cstdio>

#include "frontend/static_internal.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember::static_impl {

using namespace ast;

namespace {

constexpr int kMaxInstantiationDepth = 64;

std::string literal_text(const Literal& l) {
  switch (l.type) {
    case StaticType::IntLiteral:
      return int128_text(l.i);
    case StaticType::FloatLiteral: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", l.f);
      return buf;
    }
    case StaticType::Bool:
      return l.b ? "True" : "False";
    case StaticType::DType:
      return "DType." + std::string(dtype_spelling(l.i));
    case StaticType::FnValue:
      return l.s;
    default:
      return "\"" + l.s + "\"";
  }
}

// Whether struct `s` declares trait `name` or a trait that refines it.
bool satisfies(ModuleContext& m, const StructInfo& s, std::string_view name) {
  std::vector<std::string_view> pending(s.traits.begin(), s.traits.end());
  std::unordered_set<std::string_view> seen;
  while (!pending.empty()) {
    std::string_view t = pending.back();
    pending.pop_back();
    if (t == name) return true;
    if (!seen.insert(t).second) continue;
    auto trait = m.traits.find(t);
    if (trait == m.traits.end()) continue;
    for (const Expr* base : trait->second->bases) {
      if (auto* n = cast<Name>(base)) pending.push_back(n->id);
    }
  }
  return false;
}

}  // namespace

std::vector<ParamDecl> declare_parameters(ModuleContext& m, const Node* owner,
                                          std::string_view name, const Arguments* a) {
  std::vector<ParamDecl> params;
  if (!a->posonlyargs.empty() || a->vararg || !a->kwonlyargs.empty() || a->kwarg) {
    m.error(owner,
            "'" + std::string(name) + "': only plain compile-time parameters are supported yet");
  }
  size_t first_default = a->args.size() - a->defaults.size();
  for (size_t i = 0; i < a->args.size(); ++i) {
    const Arg* arg = a->args[i];
    ParamDecl p;
    p.decl = arg;
    p.name = arg->arg;
    if (i >= first_default) p.default_value = a->defaults[i - first_default];
    auto* n = cast<Name>(arg->annotation);
    StaticType t = n ? static_type_named(n->id) : StaticType::Error;
    if (auto* f = cast<FnType>(arg->annotation)) {
      p.value_type = StaticType::FnValue;
      p.fn_type = f;
    } else if (t == StaticType::Int || t == StaticType::Bool || t == StaticType::Float64 ||
               t == StaticType::String) {
      p.value_type = t;
    } else if (n && n->id == "DType") {
      p.value_type = StaticType::DType;
    } else if (n && (known_traits().count(n->id) || is_operation_trait(n->id) ||
                     m.traits.count(n->id))) {
      p.is_type = true;
      p.constraint = n->id;
      if (p.default_value) {
        m.error(p.default_value, "type parameters cannot have defaults yet");
        p.default_value = nullptr;
      }
    } else {
      m.error(arg, "parameter '" + std::string(p.name) +
                       "' must be an Int, Bool, Float64, String or DType value, a fn, or a type "
                       "bound by a trait");
      continue;
    }
    params.push_back(p);
  }
  return params;
}

void declare_generic(ModuleContext& m, const FnDef* def) {
  GenericFn g;
  g.def = def;
  g.params = declare_parameters(m, def, def->name, def->params);
  m.generics[def->name] = std::move(g);
}

bool ParameterBinding::bind_type(const ParamDecl& p, StaticType t, const Node* at) {
  if (t == StaticType::Error) return false;
  bool builtin_bound = known_traits().count(p.constraint) != 0;
  StructInfo* info = m_.struct_info(t);
  // A builtin type has the operations of the builtin traits it names in Mojo; where it lacks
  // one, the instance's body says so where it uses it.
  bool builtin_type = !info && is_operation_trait(p.constraint);
  if (!builtin_bound && !builtin_type && !(info && satisfies(m_, *info, p.constraint))) {
    m_.error(at, "'" + m_.type_name(t) + "' does not conform to trait '" +
                     std::string(p.constraint) + "', as parameter '" + std::string(p.name) +
                     "' of '" + owner_ + "' requires");
    return false;
  }
  types[p.name] = t;
  return true;
}

bool ParameterBinding::bind_value(const ParamDecl& p, const Expr* e) {
  AliasScopes scopes = scopes_ ? *scopes_ : AliasScopes{};
  scopes.push_back(values);  // earlier parameters, for defaults that use them
  std::optional<Literal> lit = m_.fold(e, &scopes, is_local_);
  if (!lit) {
    m_.error(e, "parameter '" + std::string(p.name) + "' of '" + owner_ +
                    "' must be a compile-time constant");
    return false;
  }
  if (lit->type == StaticType::Error) {
    if (!lit->s.empty()) m_.error(e, lit->s);
    return false;
  }
  if (p.fn_type) return bind_function(p, e, *lit);
  bool fits = (p.value_type == StaticType::Int && lit->type == StaticType::IntLiteral &&
               lit->i >= INT64_MIN && lit->i <= INT64_MAX) ||
              lit->type == p.value_type ||
              (p.value_type == StaticType::Float64 &&
               (lit->type == StaticType::FloatLiteral || lit->type == StaticType::IntLiteral));
  if (!fits) {
    m_.error(e, "parameter '" + std::string(p.name) + "' of '" + owner_ + "' must be '" +
                    m_.type_name(p.value_type) + "'");
    return false;
  }
  if (p.value_type == StaticType::Float64 && lit->type == StaticType::IntLiteral) {
    lit->f = static_cast<double>(lit->i);
    lit->type = StaticType::FloatLiteral;
  }
  values[p.name] = *lit;
  return true;
}

// A fn passed as parameter `p`: its signature must be the parameter's type. A def without
// `-> T` returns `object` in Mojo 25.1 (None unless it says otherwise), so it fits `->
// object`; a fn that does not raise fits a type that `raises`.
bool ParameterBinding::bind_function(const ParamDecl& p, const Expr* e, const Literal& fn) {
  const FnType* type = p.fn_type;
  auto found = fn.type == StaticType::FnValue ? m_.functions.find(fn.s) : m_.functions.end();
  if (found == m_.functions.end()) {
    m_.error(e, "parameter '" + std::string(p.name) + "' of '" + owner_ + "' must be a fn");
    return false;
  }
  const FnSignature& sig = found->second;
  bool fits = sig.def && sig.params.size() == type->args.size() &&
              sig.self_kind == SelfKind::None && (type->raises || !sig.def->raises);
  for (size_t i = 0; fits && i < type->args.size(); ++i) {
    fits = m_.annotation_type(type->args[i]) == sig.params[i] && !sig.param_mut[i];
  }
  StaticType result = type->returns ? m_.annotation_type(type->returns) : StaticType::NoneType;
  bool object_def = sig.def->is_def && !sig.def->returns && result == StaticType::Object;
  if (!fits || (sig.result != result && !object_def)) {
    m_.error(e, "fn '" + fn.s + "' does not have the type of parameter '" + std::string(p.name) +
                    "' of '" + owner_ + "'");
    return false;
  }
  values[p.name] = fn;
  return true;
}

bool ParameterBinding::bind_given(const Node* at, const Expr* given_params) {
  std::vector<const Expr*> given;
  if (auto* t = cast<Sequence>(given_params); t && t->kind == NodeKind::Tuple) {
    given.assign(t->elts.begin(), t->elts.end());
  } else if (given_params) {
    given.push_back(given_params);
  }
  if (given.size() > params_.size()) {
    m_.error(at, "'" + owner_ + "' takes " + std::to_string(params_.size()) +
                     (params_.size() == 1 ? " parameter" : " parameters") + " but " +
                     std::to_string(given.size()) + " were given");
    return false;
  }
  for (size_t i = 0; i < given.size(); ++i) {
    // By position, or by name (`f[n=3]`).
    const Expr* e = given[i];
    const ParamDecl* p = &params_[i];
    if (auto* keyword = cast<ParamKeyword>(e)) {
      auto named = std::find_if(params_.begin(), params_.end(),
                                [&](const ParamDecl& d) { return d.name == keyword->arg; });
      if (named == params_.end()) {
        m_.error(e, "'" + owner_ + "' has no parameter '" + std::string(keyword->arg) + "'");
        return false;
      }
      if (bound(*named)) {
        m_.error(
            e, "parameter '" + std::string(keyword->arg) + "' of '" + owner_ + "' is given twice");
        return false;
      }
      p = &*named;
      e = keyword->value;
    }
    bool ok = p->is_type ? bind_type(*p, m_.annotation_type(e), e) : bind_value(*p, e);
    if (!ok) return false;
  }
  return true;
}

bool ParameterBinding::bind_defaults(const Node* at) {
  for (const ParamDecl& p : params_) {
    if (bound(p)) continue;
    if (!p.is_type && p.default_value) {
      if (!bind_value(p, p.default_value)) return false;
      continue;
    }
    m_.error(at, "cannot infer parameter '" + std::string(p.name) + "' of '" + owner_ + "'");
    return false;
  }
  return true;
}

std::string ParameterBinding::instance_name() {
  std::string key = owner_ + "[";
  for (size_t i = 0; i < params_.size(); ++i) {
    const ParamDecl& p = params_[i];
    if (i) key += ", ";
    key += p.is_type ? m_.type_name(types[p.name]) : literal_text(values[p.name]);
  }
  return key + "]";
}

StaticType ModuleContext::struct_instance(const Node* at, const GenericStruct& g,
                                          const Expr* given) {
  ParameterBinding binding(*this, std::string(g.def->name), g.params, active_aliases, nullptr);
  if (!binding.bind_given(at, given) || !binding.bind_defaults(at)) return StaticType::Error;
  return struct_instance(at, g, binding);
}

StaticType ModuleContext::struct_instance(const Node* at, const GenericStruct& g,
                                          ParameterBinding& binding) {
  std::string key = binding.instance_name();
  auto found = struct_instances.find(key);
  if (found != struct_instances.end()) return found->second;
  if (instantiation_depth >= kMaxInstantiationDepth) {
    error(at, "instantiating '" + key + "' nests more than " +
                  std::to_string(kMaxInstantiationDepth) + " instantiations deep");
    return StaticType::Error;
  }
  auto owned = std::make_unique<StructInfo>();
  StructInfo* s = owned.get();
  s->def = g.def;
  s->instance_name = key;
  s->name = s->instance_name;
  s->param_values = binding.values;
  s->type_args = binding.types;
  StaticType t = add_struct(at, std::move(owned));
  if (t == StaticType::Error) return t;
  struct_instances[key] = t;  // before its members, which may name it
  // Its fields and signatures see the parameters as aliases and types; so do its bodies,
  // compiled later.
  AliasScopes parameters{s->param_values};
  ActiveAliases active(*this, &parameters);
  type_params.push_back(s->type_args);
  ++instantiation_depth;
  {
    BodyScope outside(*this, nullptr);
    declare_members(*this, *s, t);
  }
  --instantiation_depth;
  type_params.pop_back();
  for (auto& [name, sig] : s->methods) {
    sig.param_values = s->param_values;
    sig.type_args = s->type_args;
  }
  return t;
}

Operand FnCompiler::construct_generic(const Call* c, const GenericStruct& g) {
  ParameterBinding binding(m_, std::string(g.def->name), g.params, &alias_scopes_,
                           [this](std::string_view id) { return lookup(id) != nullptr; });
  // The annotations of the constructor's arguments: __init__'s after self, or the fields.
  std::vector<const Expr*> annotations;
  for (const Stmt* s : g.def->body) {
    if (auto* f = cast<FnDef>(s); f && f->name == "__init__") {
      annotations.clear();
      for (size_t i = 1; i < f->args->args.size(); ++i) {
        annotations.push_back(f->args->args[i]->annotation);
      }
      break;
    }
    if (auto* v = cast<VarDecl>(s)) annotations.push_back(v->annotation);
  }
  std::vector<std::optional<Operand>> evaluated(c->args.size());
  for (size_t j = 0; j < annotations.size() && j < c->args.size(); ++j) {
    auto* n = cast<Name>(annotations[j]);
    for (const ParamDecl& p : g.params) {
      if (!n || !p.is_type || p.name != n->id || binding.bound(p)) continue;
      Operand o = expr(c->args[j], StaticType::Error);
      evaluated[j] = o;
      if (!binding.bind_type(p, o.type, c->args[j])) return {};
    }
  }
  if (!binding.bind_defaults(c)) return {};
  StaticType t = m_.struct_instance(c->func, g, binding);
  return t == StaticType::Error ? Operand{} : construct(c, t, &evaluated);
}

Operand FnCompiler::call_generic(const Call* c, const GenericFn& g, const Expr* explicit_params,
                                 std::optional<Operand> self, const Attribute* method) {
  if (!c->keywords.empty()) {
    error(c, "keyword arguments are not supported in fn calls yet");
    return {};
  }
  std::string name(g.def->name);
  StructInfo* owner = m_.struct_info(g.owner);
  if (owner) name = std::string(owner->name) + "." + name;
  ParameterBinding binding(m_, name, g.params, &alias_scopes_,
                           [this](std::string_view id) { return lookup(id) != nullptr; });
  if (!binding.bind_given(c->func, explicit_params)) return {};
  auto& values = binding.values;
  // Type parameters not given are inferred from the arguments declared with them, and
  // value parameters from SIMD[dtype, width] and Scalar[dtype] arguments.
  const Seq<Arg*>& fn_args = g.def->args->args;
  size_t first = self ? 1 : 0;  // a method's `self` has no argument expression
  std::vector<std::optional<Operand>> evaluated(c->args.size());
  for (size_t j = 0; j + first < fn_args.size() && j < c->args.size(); ++j) {
    const Expr* annotation = fn_args[j + first]->annotation;
    if (!infer_simd_parameters(g, annotation, c->args[j], values, evaluated[j])) return {};
    auto* n = cast<Name>(annotation);
    if (!n) continue;
    for (const ParamDecl& p : g.params) {
      if (!p.is_type || p.name != n->id || binding.bound(p)) continue;
      Operand o = expr(c->args[j], StaticType::Error);
      evaluated[j] = o;
      if (!binding.bind_type(p, o.type, c->args[j])) return {};
    }
  }
  if (!binding.bind_defaults(c)) return {};
  std::string key = binding.instance_name();
  auto found = m_.instances.find(key);
  FnSignature* sig = found != m_.instances.end() ? found->second.get()
                                                 : instantiate(c, g, key, values, binding.types);
  if (!sig || !sig->code) return {};
  std::vector<const Expr*> args(c->args.begin(), c->args.end());
  std::optional<Place> receiver = method ? place(method->value) : std::nullopt;
  if (self) {
    if (sig->self_kind == SelfKind::None || sig->self_kind == SelfKind::Out) {
      error(method, "'" + std::string(method->attr) + "' cannot be called on a value");
      return {};
    }
    if (sig->self_kind == SelfKind::Mut) {
      if (!receiver) {
        error(method->value, "a `mut self` method needs a variable to mutate");
        return {};
      }
      if (!mutable_place(method->value, *receiver)) return {};
    }
    if (sig->self_kind == SelfKind::Owned) self = owned(method->value, *self);
  }
  return call_signature(c, *sig, self, receiver, args, &evaluated);
}

bool FnCompiler::infer_simd_parameters(const GenericFn& g, const Expr* annotation, const Expr* arg,
                                       std::unordered_map<std::string_view, Literal>& values,
                                       std::optional<Operand>& evaluated) {
  auto* s = cast<Subscript>(annotation);
  auto* n = s ? cast<Name>(s->value) : nullptr;
  if (!n || (n->id != "SIMD" && n->id != "Scalar")) return true;
  std::vector<const Expr*> params;
  if (auto* t = cast<Sequence>(s->slice); t && t->kind == NodeKind::Tuple) {
    params.assign(t->elts.begin(), t->elts.end());
  } else {
    params.push_back(s->slice);
  }
  for (size_t k = 0; k < params.size() && k < 2; ++k) {
    auto* name = cast<Name>(params[k]);
    if (!name || values.count(name->id)) continue;
    auto p = std::find_if(g.params.begin(), g.params.end(),
                          [&](const ParamDecl& d) { return !d.is_type && d.name == name->id; });
    if (p == g.params.end()) continue;
    if (!evaluated) evaluated = expr(arg, StaticType::Error);
    if (evaluated->type == StaticType::Error) return false;
    std::optional<SimdType> layout = simd_layout(evaluated->type);
    if (!layout || (n->id == "Scalar" && layout->width() != 1)) {
      error(arg, "cannot infer parameter '" + std::string(name->id) + "' of '" +
                     std::string(g.def->name) + "' from " + quoted(evaluated->type));
      return false;
    }
    Literal v;
    v.type = k == 0 ? StaticType::DType : StaticType::IntLiteral;
    v.i = k == 0 ? static_cast<int>(layout->dtype) : layout->width();
    if (v.type != p->value_type && !(p->value_type == StaticType::Int && k == 1)) {
      error(arg, "parameter '" + std::string(name->id) + "' of '" + std::string(g.def->name) +
                     "' must be " + quoted(p->value_type));
      return false;
    }
    values[name->id] = v;
  }
  return true;
}

FnSignature* FnCompiler::instantiate(
    const Node* at, const GenericFn& g, const std::string& key,
    const std::unordered_map<std::string_view, Literal>& values,
    const std::unordered_map<std::string_view, StaticType>& types) {
  if (m_.instantiation_depth >= kMaxInstantiationDepth) {
    error(at, "instantiating '" + key + "' nests more than " +
                  std::to_string(kMaxInstantiationDepth) +
                  " instantiations deep (recursion over parameters without an end?)");
    return nullptr;
  }
  auto owned = std::make_unique<FnSignature>();
  FnSignature* sig = owned.get();
  m_.instances[key] = std::move(owned);
  sig->param_values = values;
  sig->type_args = types;
  // A method of an instance of a generic struct also sees the struct's parameters.
  StructInfo* owner = m_.struct_info(g.owner);
  if (owner) {
    sig->param_values.insert(owner->param_values.begin(), owner->param_values.end());
    sig->type_args.insert(owner->type_args.begin(), owner->type_args.end());
  }
  m_.type_params.push_back(sig->type_args);
  ++m_.instantiation_depth;
  AliasScopes parameters{sig->param_values};
  bool ok;
  {
    ActiveAliases active(m_, &parameters);
    BodyScope outside(m_, nullptr);
    ok = declare_signature(m_, g.def, *sig, g.owner);
  }
  sig->code = new_typed_code(m_, *sig, "");
  sig->code->qualname = m_.vm.new_str(key);
  if (ok) FnCompiler(m_, *sig).compile();
  --m_.instantiation_depth;
  m_.type_params.pop_back();
  return sig;
}

}  // namespace ember::static_impl

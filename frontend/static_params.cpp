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
      return std::string("DType.") + dtype_name(static_cast<DType>(l.i));
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

void declare_generic(ModuleContext& m, const FnDef* def) {
  GenericFn g;
  g.def = def;
  const Arguments* a = def->params;
  if (!a->posonlyargs.empty() || a->vararg || !a->kwonlyargs.empty() || a->kwarg) {
    m.error(def, "fn '" + std::string(def->name) +
                     "': only plain compile-time parameters are supported yet");
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
    if (t == StaticType::Int || t == StaticType::Bool || t == StaticType::Float64 ||
        t == StaticType::String) {
      p.value_type = t;
    } else if (n && n->id == "DType") {
      p.value_type = StaticType::DType;
    } else if (n && (known_traits().count(n->id) || m.traits.count(n->id))) {
      p.is_type = true;
      p.constraint = n->id;
      if (p.default_value) {
        m.error(p.default_value, "type parameters cannot have defaults yet");
        p.default_value = nullptr;
      }
    } else {
      m.error(arg, "parameter '" + std::string(p.name) +
                       "' must be an Int, Bool, Float64, String or DType value, or a type bound "
                       "by a trait");
      continue;
    }
    g.params.push_back(p);
  }
  m.generics[def->name] = std::move(g);
}

Operand FnCompiler::call_generic(const Call* c, const GenericFn& g, const Expr* explicit_params) {
  std::string name(g.def->name);
  std::vector<const Expr*> given;
  if (auto* t = cast<Sequence>(explicit_params); t && t->kind == NodeKind::Tuple) {
    given.assign(t->elts.begin(), t->elts.end());
  } else if (explicit_params) {
    given.push_back(explicit_params);
  }
  if (given.size() > g.params.size()) {
    error(c->func, "'" + name + "' takes " + std::to_string(g.params.size()) +
                       (g.params.size() == 1 ? " parameter" : " parameters") + " but " +
                       std::to_string(given.size()) + " were given");
    return {};
  }
  if (!c->keywords.empty()) {
    error(c, "keyword arguments are not supported in fn calls yet");
    return {};
  }
  std::unordered_map<std::string_view, Literal> values;
  std::unordered_map<std::string_view, StaticType> types;
  auto bind_type = [&](const ParamDecl& p, StaticType t, const Node* at) {
    if (t == StaticType::Error) return false;
    bool builtin_bound = known_traits().count(p.constraint) != 0;
    StructInfo* info = m_.struct_info(t);
    if (!builtin_bound && !(info && satisfies(m_, *info, p.constraint))) {
      error(at, quoted(t) + " does not conform to trait '" + std::string(p.constraint) +
                    "', as parameter '" + std::string(p.name) + "' of '" + name + "' requires");
      return false;
    }
    types[p.name] = t;
    return true;
  };
  auto bind_value = [&](const ParamDecl& p, const Expr* e) {
    AliasScopes scopes = alias_scopes_;
    scopes.push_back(values);  // earlier parameters, for defaults that use them
    std::optional<Literal> lit =
        m_.fold(e, &scopes, [this](std::string_view id) { return lookup(id) != nullptr; });
    if (!lit) {
      error(e, "parameter '" + std::string(p.name) + "' of '" + name +
                   "' must be a compile-time constant");
      return false;
    }
    if (lit->type == StaticType::Error) {
      if (!lit->s.empty()) error(e, lit->s);
      return false;
    }
    bool fits = (p.value_type == StaticType::Int && lit->type == StaticType::IntLiteral &&
                 lit->i >= INT64_MIN && lit->i <= INT64_MAX) ||
                lit->type == p.value_type ||
                (p.value_type == StaticType::Float64 &&
                 (lit->type == StaticType::FloatLiteral || lit->type == StaticType::IntLiteral));
    if (!fits) {
      error(e, "parameter '" + std::string(p.name) + "' of '" + name + "' must be " +
                   quoted(p.value_type));
      return false;
    }
    if (p.value_type == StaticType::Float64 && lit->type == StaticType::IntLiteral) {
      lit->f = static_cast<double>(lit->i);
      lit->type = StaticType::FloatLiteral;
    }
    values[p.name] = *lit;
    return true;
  };
  for (size_t i = 0; i < given.size(); ++i) {
    // By position, or by name (`f[n=3]`).
    const Expr* e = given[i];
    const ParamDecl* p = &g.params[i];
    if (auto* keyword = cast<ParamKeyword>(e)) {
      auto named = std::find_if(g.params.begin(), g.params.end(),
                                [&](const ParamDecl& d) { return d.name == keyword->arg; });
      if (named == g.params.end()) {
        error(e, "'" + name + "' has no parameter '" + std::string(keyword->arg) + "'");
        return {};
      }
      if (values.count(named->name) || types.count(named->name)) {
        error(e, "parameter '" + std::string(keyword->arg) + "' of '" + name + "' is given twice");
        return {};
      }
      p = &*named;
      e = keyword->value;
    }
    bool ok = p->is_type ? bind_type(*p, m_.annotation_type(e), e) : bind_value(*p, e);
    if (!ok) return {};
  }
  // Type parameters not given are inferred from the arguments declared with them, and
  // value parameters from SIMD[dtype, width] and Scalar[dtype] arguments.
  const Seq<Arg*>& fn_args = g.def->args->args;
  std::vector<std::optional<Operand>> evaluated(c->args.size());
  for (size_t j = 0; j < fn_args.size() && j < c->args.size(); ++j) {
    if (!infer_simd_parameters(g, fn_args[j]->annotation, c->args[j], values, evaluated[j])) {
      return {};
    }
    auto* n = cast<Name>(fn_args[j]->annotation);
    if (!n) continue;
    for (const ParamDecl& p : g.params) {
      if (!p.is_type || p.name != n->id || types.count(p.name)) continue;
      Operand o = expr(c->args[j], StaticType::Error);
      evaluated[j] = o;
      if (!bind_type(p, o.type, c->args[j])) return {};
    }
  }
  for (const ParamDecl& p : g.params) {
    if (p.is_type ? types.count(p.name) : values.count(p.name)) continue;
    if (!p.is_type && p.default_value) {
      if (!bind_value(p, p.default_value)) return {};
      continue;
    }
    error(c, "cannot infer parameter '" + std::string(p.name) + "' of '" + name + "'");
    return {};
  }
  std::string key = name + "[";
  for (size_t i = 0; i < g.params.size(); ++i) {
    const ParamDecl& p = g.params[i];
    if (i) key += ", ";
    key += p.is_type ? m_.type_name(types[p.name]) : literal_text(values[p.name]);
  }
  key += "]";
  auto found = m_.instances.find(key);
  FnSignature* sig =
      found != m_.instances.end() ? found->second.get() : instantiate(c, g, key, values, types);
  if (!sig || !sig->code) return {};
  std::vector<const Expr*> args(c->args.begin(), c->args.end());
  return call_signature(c, *sig, std::nullopt, std::nullopt, args, &evaluated);
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
  m_.type_params.push_back(types);
  ++m_.instantiation_depth;
  AliasScopes parameters{values};
  bool ok;
  {
    ActiveAliases active(m_, &parameters);
    ok = declare_signature(m_, g.def, *sig, StaticType::Error);
  }
  sig->code = new_typed_code(m_, *sig, "");
  sig->code->qualname = m_.vm.new_str(key);
  if (ok) FnCompiler(m_, *sig).compile();
  --m_.instantiation_depth;
  m_.type_params.pop_back();
  return sig;
}

}  // namespace ember::static_impl

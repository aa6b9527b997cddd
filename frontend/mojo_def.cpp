// Which defs of a .mojo module are typed code, and the static half compiled with them
// (see mojo_def.h).
#include "frontend/mojo_def.h"

#include <unordered_set>
#include <vector>

#include "frontend/parser.h"
#include "frontend/scope.h"
#include "frontend/static_types.h"

namespace ember {

using namespace ast;

namespace {

// A def that may be typed, and the `fn ... raises` standing in for it while it is.
struct TypedDef {
  FunctionDef* def = nullptr;
  FnDef* fn = nullptr;
  size_t index = 0;     // its statement in the module body
  bool strong = false;  // written as typed Mojo: its errors are reported
  bool typed = true;
};

bool is_static_type_name(std::string_view name) {
  static const std::unordered_set<std::string_view> kGeneric{
      "List",   "Dict",          "Set",         "Optional", "OptionalReg", "Tuple", "SIMD",
      "Scalar", "UnsafePointer", "InlineArray", "Span",     "DType",       "Deque"};
  return static_type_named(name) != StaticType::Error || kGeneric.count(name);
}

// The names of the module's static half and of the Mojo-only library it imports.
struct StaticNames {
  // Python code sees them too (a fn, a typed def, an alias of a number).
  std::unordered_set<std::string_view> shared;
  // Only typed code sees them (structs, traits, `testing`'s functions, `List` ...).
  std::unordered_set<std::string_view> typed_only;
};

StaticNames static_names(const Module* module) {
  StaticNames out;
  std::unordered_set<std::string_view>& names = out.typed_only;
  for (const Stmt* s : module->body) {
    switch (s->kind) {
      case NodeKind::FnDef:
        out.shared.insert(static_cast<const FnDef*>(s)->name);
        break;
      case NodeKind::StructDef:
      case NodeKind::TraitDef:
        names.insert(static_cast<const StructDef*>(s)->name);
        break;
      case NodeKind::AliasDecl:
        out.shared.insert(static_cast<const AliasDecl*>(s)->name);
        break;
      case NodeKind::ImportFrom: {
        auto* from = static_cast<const ImportFrom*>(s);
        if (from->level != 0) break;
        bool whole =
            from->module == "testing" || from->module == "memory" || from->module == "algorithm";
        bool collections = is_mojo_collections_module(from->module);
        bool sys = from->module == "sys" || from->module == "sys.info";
        for (const Alias* a : from->names) {
          if (from->module == "testing" && a->name == "*") {
            names.insert(testing_function_names().begin(), testing_function_names().end());
            continue;
          }
          if (whole || (collections && is_mojo_collection(a->name)) ||
              (sys && is_sys_query(a->name)) ||
              (from->module == "sys.ffi" && ffi_type_named(a->name) != StaticType::Error)) {
            names.insert(a->asname.empty() ? a->name : a->asname);
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

// The name an annotation starts with: `Int`, `List` of `List[Int]`, `DType` of
// `DType.float32` (empty for anything else).
std::string_view annotation_root(const Expr* e) {
  while (e) {
    if (auto* n = cast<Name>(e)) return n->id;
    if (auto* s = cast<Subscript>(e)) {
      e = s->value;
    } else if (auto* a = cast<Attribute>(e)) {
      e = a->value;
    } else {
      break;
    }
  }
  return {};
}

// Whether `def` may be typed; `strong` tells whether it is written as typed Mojo.
bool typed_candidate(const FunctionDef* def, const Scope& scope, const StaticNames& names,
                     const Scope& module_scope, bool& strong) {
  if (def->kind != NodeKind::FunctionDef) return false;
  // A built-in static name counts unless Python code of the module rebinds it.
  auto typed_only = [&](std::string_view name) {
    if (names.typed_only.count(name)) return true;
    const Symbol* global = module_scope.lookup(name);
    return is_static_type_name(name) && !(global && (global->flags & kDefBound));
  };
  auto is_static = [&](std::string_view name) {
    return names.shared.count(name) || typed_only(name);
  };
  const Arguments* a = def->args;
  // Compile-time parameters, argument conventions and static types in the signature are
  // Mojo's alone (Python code could not even evaluate those annotations): the fn checker
  // reports what it lacks.
  strong = true;
  if (def->params) return true;
  for (const Arg* arg : a->args) {
    if (arg->convention != ArgConvention::Default) return true;
    if (arg->annotation && is_static(annotation_root(arg->annotation))) return true;
  }
  if (def->returns && is_static(annotation_root(def->returns))) return true;
  strong = false;
  if (!def->decorator_list.empty() || scope.is_generator || !a->posonlyargs.empty() || a->vararg ||
      !a->kwonlyargs.empty() || a->kwarg || !a->args.empty() ||
      (def->returns && !is_none_literal(def->returns))) {
    return false;
  }
  // A body using what Python code cannot see would fail as Python: it is typed code.
  strong = scope.uses_static_syntax || def->raises;
  bool uses_static = false;
  for (const Symbol& s : scope.symbols()) {
    if (!(s.flags & kUse) || s.scope != SymbolScope::GlobalImplicit) continue;
    strong = strong || typed_only(s.name);
    uses_static = uses_static || is_static(s.name);
  }
  return strong || uses_static;
}

}  // namespace

FnDef* typed_stand_in(Arena& arena, const FunctionDef* def) {
  auto* fn = make_node_at<FnDef>(arena, NodeKind::FnDef, def);
  fn->name = def->name;
  fn->params = def->params;
  fn->args = def->args;
  fn->returns = def->returns;
  fn->raises = true;
  fn->is_def = true;
  fn->body = def->body;
  fn->decorator_list = def->decorator_list;
  return fn;
}

namespace {

std::vector<TypedDef> typed_candidates(const ParseResult& parsed, const ScopeTable& scopes) {
  std::vector<TypedDef> out;
  Module* module = parsed.module();
  if (!is_static_source_name(parsed.source().filename())) return out;
  StaticNames names = static_names(module);
  std::vector<bool> strong(module->body.size()), candidate(module->body.size());
  // A def calling a candidate may be one too: repeat until no new candidate appears.
  for (bool grew = true; grew;) {
    grew = false;
    for (size_t i = 0; i < module->body.size(); ++i) {
      auto* def = cast<FunctionDef>(module->body[i]);
      const Scope* scope = def ? scopes.scope_for(def) : nullptr;
      bool is_strong = false;
      if (candidate[i] || !scope ||
          !typed_candidate(def, *scope, names, *scopes.module_scope(), is_strong)) {
        continue;
      }
      candidate[i] = grew = true;
      strong[i] = is_strong;
      names.shared.insert(def->name);
    }
  }
  for (size_t i = 0; i < module->body.size(); ++i) {
    if (!candidate[i]) continue;
    auto* def = static_cast<FunctionDef*>(module->body[i]);
    out.push_back(TypedDef{def, typed_stand_in(parsed.arena(), def), i, strong[i]});
  }
  return out;
}

bool inside(const Diagnostic& d, const Node* n) {
  return d.line >= n->lineno && d.line <= n->end_lineno;
}

}  // namespace

StaticModule compile_static_module(VM& vm, const ParseResult& parsed, const ScopeTable& scopes) {
  Module* module = parsed.module();
  std::vector<TypedDef> defs = typed_candidates(parsed, scopes);
  auto place = [&](bool typed_view) {
    for (TypedDef& d : defs) {
      module->body.items[d.index] = typed_view && d.typed ? static_cast<Stmt*>(d.fn) : d.def;
    }
  };
  StaticModule out;
  for (;;) {
    place(true);
    if (!has_static_declarations(module)) break;
    out = compile_static(vm, parsed.source(), module);
    // A def that only uses the static half by name and does not check stays Python;
    // checking again without it shows whether others relied on it.
    bool demoted = false;
    for (TypedDef& d : defs) {
      if (!d.typed || d.strong) continue;
      for (const Diagnostic& diag : out.diagnostics) {
        if (!inside(diag, d.def)) continue;
        d.typed = false;
        demoted = true;
        break;
      }
    }
    if (!demoted) break;
    out = StaticModule{};
  }
  place(false);
  // Python code binds each typed def's name to its fn object, as for a fn statement.
  for (const TypedDef& d : defs) {
    auto fn = d.typed ? out.functions.find(d.fn) : out.functions.end();
    if (fn == out.functions.end()) continue;
    out.functions[d.def] = fn->second;
    out.functions.erase(d.fn);
  }
  return out;
}

}  // namespace ember

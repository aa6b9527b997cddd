// Scope analysis (CPython 3.11 symtable semantics) and the compile-time
// checks CPython performs before emitting code.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontend/ast.h"
#include "frontend/syntax_error.h"

namespace ember {

class ParseResult;

enum class ScopeKind : uint8_t { Module, Function, Class, Lambda, Comprehension };

// How a name is resolved inside one scope.
enum class SymbolScope : uint8_t {
  Local,           // fast local (function) / namespace entry (module, class)
  GlobalExplicit,  // `global x`
  GlobalImplicit,  // not bound anywhere enclosing: globals then builtins
  Free,            // bound in an enclosing function (closure cell)
  Cell,            // local, captured by a nested scope
};

// Declaration/use flags collected in the first pass (CPython's DEF_*).
enum SymbolFlag : uint32_t {
  kDefGlobal = 1,
  kDefLocal = 2,
  kDefParam = 4,
  kDefNonlocal = 8,
  kUse = 16,
  kDefFree = 32,
  kDefFreeClass = 64,  // class-local name that is also free in a method
  kDefImport = 128,
  kDefAnnot = 256,
  kDefCompIter = 512,
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

struct Symbol {
  std::string_view name;
  uint32_t flags = 0;
  SymbolScope scope = SymbolScope::GlobalImplicit;
  const ast::Node* decl = nullptr;  // global/nonlocal statement, for errors
};

class Scope {
 public:
  ScopeKind kind = ScopeKind::Module;
  std::string_view
      name;  // "top", function/class name, "lambda", "listcomp", "genexpr", "setcomp", "dictcomp"
  const ast::Node* node = nullptr;  // Module, FunctionDef, ClassDef, Lambda or a comprehension node
  Scope* parent = nullptr;
  std::vector<Scope*> children;  // in source order

  bool is_function_like() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
           kind == ScopeKind::Comprehension;
  }
  bool is_generator = false;
  bool is_coroutine = false;         // async def, or a comprehension using await/async for
  bool is_nested = false;            // inside a function-like scope
  bool has_free = false;             // uses free variables
  bool child_free = false;           // some child uses free variables
  bool needs_class_closure = false;  // class scope: a method uses __class__/super
  bool has_varargs = false, has_varkeywords = false;
  // Mojo syntax in the body itself (`var`/`let` declarations, `x^`): a .mojo `def`
  // that uses it is meant as typed code (frontend/mojo_def.h).
  bool uses_static_syntax = false;

  // Symbols in first-appearance order.
  const std::vector<Symbol>& symbols() const { return symbols_; }
  const Symbol* lookup(std::string_view name) const;
  // Resolution of `name` in this scope (GlobalImplicit if never mentioned).
  SymbolScope scope_of(std::string_view name) const;

  // Parameters in CPython order (posonly, args, kwonly, *args, **kwargs),
  // then the other fast locals in first-appearance order (function-like only).
  std::vector<std::string_view> varnames;
  int param_count = 0;  // leading entries of varnames that are parameters
  std::vector<std::string_view>
      cellvars;  // sorted, like co_cellvars ("__class__" for classes needing it)
  std::vector<std::string_view> freevars;  // sorted, like co_freevars
  // Class whose private names (__x) are mangled inside this scope (the
  // innermost enclosing class, or the class itself); empty if none.
  std::string_view private_name;

  // Internal.
  Symbol& add(std::string_view name);
  std::vector<Symbol> symbols_;
  std::unordered_map<std::string_view, size_t> index_;
};

class ScopeTable {
 public:
  Scope* module_scope() const { return module_; }
  // Scope introduced by a Module/FunctionDef/AsyncFunctionDef/ClassDef/Lambda/
  // ListComp/SetComp/DictComp/GeneratorExp node, or nullptr.
  Scope* scope_for(const ast::Node* node) const;
  const std::vector<std::unique_ptr<Scope>>& all() const { return scopes_; }

  // Internal.
  Scope* create(ScopeKind kind, std::string_view name, const ast::Node* node, Scope* parent);
  Scope* module_ = nullptr;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
  std::deque<std::string> strings_;  // storage for mangled names
};

// CPython's _Py_Mangle: "__x" inside class "C" -> "_C__x". Symbol tables hold
// mangled names, so the compiler must look names up through this.
std::string mangle_name(std::string_view private_name, std::string_view name);

struct ScopeResult {
  bool ok() const { return table != nullptr; }
  std::unique_ptr<ScopeTable> table;
  SyntaxErrorInfo error;
};

// Runs scope analysis and CPython's compile-time syntax checks ('return'
// outside function, 'break' outside loop, ...) on a successfully parsed module,
// or on an expression (parse_expression; its names belong to the module scope,
// whose node is then the ast::Expression).
ScopeResult analyze_scopes(const ParseResult& parsed);

const char* symbol_scope_name(SymbolScope s);
// Text dump of all scopes (for tests and --dump=scopes).
std::string dump_scopes(const ScopeTable& table);

}  // namespace ember

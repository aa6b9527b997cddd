// The static half of a Mojo module: checks its top-level `fn`s, `struct`s (fields, methods,
// operator dunders), `trait`s (conformance, default methods), `alias`es and generic fns
// (names, types, literal typing, definite initialisation, `let`, read-only and `mut`
// arguments, returns) and compiles each fn and method to typed bytecode on raw register
// slots (vm/opcodes.h, "Typed code").
#pragma once
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/static_types.h"
#include "vm/value.h"

namespace ember {

class VM;
class SourceFile;

struct StaticModule {
  // The fn object each top-level `fn` statement (or typed `def`, mojo_def.h) binds
  // (vm/typed_function.h).
  std::unordered_map<const ast::Stmt*, Value> functions;
  // What exists only at compile time, so that the module's Python code skips it: top-level
  // aliases of types and DTypes, imports from the Mojo-only modules (memory, algorithm), and
  // the names of Mojo-only functions imported from sys (simdwidthof, num_physical_cores).
  std::unordered_set<const ast::Node*> compile_time_nodes;
  // Every typed code object of the module (fns, methods, generic instances): the module's
  // code gives them its globals as it starts (BindTypedGlobals).
  std::vector<Value> typed_codes;
  // The folded value of each top-level alias of a number, Bool or String.
  std::unordered_map<const ast::AliasDecl*, Value> alias_values;
  // Every error found; when any, nothing of the module may run.
  std::vector<Diagnostic> diagnostics;
};

// The compile-time facts `sys` and `sys.info` offer Mojo code (simdwidthof, sizeof, ...).
bool is_sys_query(std::string_view name);

// The Mojo type a C type name of `sys.ffi` stands for (c_char: Int8); Error for other names.
StaticType ffi_type_named(std::string_view name);

// Mojo's collections modules (`collections`, `collections.list`, ...) and the names in
// them that are the static half's own types; the other names of `collections` are Python's.
bool is_mojo_collections_module(std::string_view module);
bool is_mojo_collection(std::string_view name);

// The functions of Mojo's `testing` module: what `from testing import *` brings in.
const std::vector<std::string_view>& testing_function_names();

// Whether the module declares anything of the static half (fn, struct, trait).
bool has_static_declarations(const ast::Module* module);

StaticModule compile_static(VM& vm, const SourceFile& source, const ast::Module* module);

}  // namespace ember

// The bytecode compiler: AST (frontend/ast.h) -> CodeObject (vm/code_object.h).
//
// Conventions the interpreter relies on, beyond vm/opcodes.h:
// - Names are resolved by the front end's scope analysis (frontend/scope.h), the one scope
//   analysis; the compiler only adds, per scope, which names are deleted somewhere and
//   whether a walrus binds in it.
// - Registers: parameters (positional incl. positional-only, keyword-only, *args, **kwargs),
//   then the other locals and cells in first-appearance order, then free variables (in the
//   scope's `freevars` order, which is also the closure tuple's order); all of them are
//   named by local_names (local_count covers the free-variable registers too).
//   Temporaries start at local_count. Module bodies keep only temporaries in registers.
// - Every function, lambda and comprehension code object has constants[0] = its docstring
//   (str, and kCodeHasDocstring is set) or None. A module docstring is stored to the global
//   `__doc__` by the module code itself; module annotations create `__annotations__`.
// - `f(*x)`: the positional arguments are built with BuildList / ListExtend / ListToTuple;
//   ListExtend inside a call has x=1 and c = the callee's register, so that a non-iterable
//   can be reported as CPython does ("f() argument after * must be an iterable, not int").
//   Elsewhere ListExtend has x=0.
// - ImportName yields the module named N[b] itself (the leaf of a dotted name); `import a.b`
//   then issues ImportName "a" to bind the top-level package.
// - Exception handler entries are innermost first; code inlined on break/continue/return
//   paths (finally bodies, PopExcInfo, __exit__ calls) lies outside the ranges it leaves.
// - A handler for an except block does PushExcInfo exc, saved; leaving it (normally, by
//   break/continue/return, or by an exception through the cleanup handler) does PopExcInfo.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/diagnostics.h"
#include "frontend/syntax_error.h"

namespace ember {

class VM;
struct CodeObject;

// A compile-time warning (CPython's SyntaxWarning), printed before the program runs.
struct CompileWarning {
  int lineno = 0;
  std::string category = "SyntaxWarning";
  std::string message;
  std::string text;  // the source line, without indentation and newline
};

struct CompileOutput {
  CodeObject* code = nullptr;
  std::optional<SyntaxErrorInfo> error;
  // Errors of Mojo's static half (then `error` holds the first as a SyntaxError for callers
  // that report one error) and their DESIGN.md rendering, source lines and carets included.
  std::vector<Diagnostic> diagnostics;
  std::string diagnostics_text;
  std::vector<CompileWarning> warnings;  // in source order of emission
};

// What CPython writes to stderr for a warning: "FILE:LINE: SyntaxWarning: MESSAGE\n  TEXT\n".
std::string format_compile_warning(const CompileWarning& w, std::string_view filename);

// Parses, analyses scopes and compiles `source` as a module (kCodeModule).
CompileOutput compile_source(VM& vm, std::string_view source, std::string filename);

// Compiles a single expression (eval mode): a module-like code object whose body returns the
// expression's value.
CompileOutput compile_expression(VM& vm, std::string_view source, std::string filename);

// For exec()/eval()/compile(): module-level names go through the frame's `locals` mapping
// (LoadName/StoreName), so the code runs with separate globals and locals.
CompileOutput compile_for_exec(VM& vm, std::string_view source, std::string filename,
                               bool expression);

}  // namespace ember

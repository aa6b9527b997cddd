// Mojo `def`s in .mojo sources. Mojo's own `def` is typed code that may raise (`fn ...
// raises`); Ember's `def` is Python. A top-level `def` of a .mojo source that is written as
// typed Mojo is compiled as `fn ... raises`, every other `def` stays Python, so that both
// Mojo programs and Python programs saved as .mojo run as their authors expect:
// - a def whose signature names static types (`x: Int`, `-> List[Float64]`) or argument
//   conventions, or whose body declares `var`/`let`, transfers with `^` or uses what only
//   typed code sees (the module's structs, `List`, `Int`, `assert_equal` from testing ...),
//   is typed: its type errors are reported like a fn's;
// - a def without arguments that uses the static half only through what Python code sees
//   too (the module's fns and aliases, other typed defs) is typed when it checks as typed
//   code and Python otherwise;
// - a def with a Python annotation (`x: int`), an untyped argument, defaults, `*args`,
//   decorators or `yield`, and every def of a .py source, is Python.
#pragma once

#include "frontend/static_compiler.h"

namespace ember {

class ParseResult;
class ScopeTable;

// The static half of a parsed module (compile_static), its typed defs included; an empty
// StaticModule when the module has nothing of the static half.
StaticModule compile_static_module(VM& vm, const ParseResult& parsed, const ScopeTable& scopes);

}  // namespace ember

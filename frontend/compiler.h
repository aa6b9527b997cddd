// The bytecode compiler: AST (frontend/ast.h) -> CodeObject (vm/code_object.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  std::vector<CompileWarning> warnings;  // in source order of emission
};

// What CPython writes to stderr for a warning: "FILE:LINE: SyntaxWarning: MESSAGE\n  TEXT\n".
std::string format_compile_warning(const CompileWarning& w, std::string_view filename);

// Parses, analyses scopes and compiles `source` as a module (kCodeModule).
CompileOutput compile_source(VM& vm, std::string_view source, std::string filename);

// Compiles a single expression (eval mode): a module-like code object whose body returns the
// expression's value.
CompileOutput compile_expression(VM& vm, std::string_view source, std::string filename);

}  // namespace ember

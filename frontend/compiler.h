// The bytecode compiler: AST (frontend/ast.h) -> CodeObject (vm/code_object.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "frontend/syntax_error.h"

namespace ember {

class VM;
struct CodeObject;

struct CompileOutput {
  CodeObject* code = nullptr;
  std::optional<SyntaxErrorInfo> error;
};

// Parses, analyses scopes and compiles `source` as a module (kCodeModule).
CompileOutput compile_source(VM& vm, std::string_view source, std::string filename);

// Compiles a single expression (eval mode): a module-like code object whose body returns the
// expression's value.
CompileOutput compile_expression(VM& vm, std::string_view source, std::string filename);

}  // namespace ember

// Syntax error description and CPython-identical formatting.
#pragma once

#include <string>
#include <string_view>

namespace ember {

// MemoryError: parser nesting limit; RecursionError: scope analysis nesting
// limit (CPython raises it "during compilation"). Both print no location.
enum class SyntaxErrorKind { SyntaxError, IndentationError, TabError, MemoryError, RecursionError };

const char* syntax_error_kind_name(SyntaxErrorKind kind);

struct SyntaxErrorInfo {
  SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
  std::string message;
  // 1-based line numbers; offsets are 1-based code point columns (CPython's
  // SyntaxError.offset). lineno == 0 means "no location" (message only).
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;  // the source line (with its newline), may be empty
};

// Exactly what CPython 3.11 prints to stderr for an uncaught syntax error
// raised while compiling a script named `filename`.
std::string format_syntax_error(const SyntaxErrorInfo& err, std::string_view filename);

}  // namespace ember

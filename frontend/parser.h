// Python 3.11 parser: source text -> AST (ast.h) or a SyntaxErrorInfo.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "frontend/ast.h"
#include "frontend/lexer.h"
#include "frontend/source.h"
#include "frontend/syntax_error.h"

namespace ember {

struct ParseOptions {
  const KeywordTable* keywords = nullptr;  // nullptr: Python 3.11 keywords
  // Mojo's static half (fn, struct, trait, var, let, alias, comptime, `x^`) as soft keywords.
  // parse_module turns it on for .mojo and .🔥 files; Python sources parse as CPython's.
  bool static_syntax = false;
  // Nesting limit mirroring CPython's parser stack (MemoryError beyond it).
  int max_depth = 5900;
  // Native stack the parser may use before giving up with MemoryError
  // (0: what is left of the current thread's stack, less a safety margin).
  // Set it explicitly when parsing on a small coroutine stack.
  size_t max_stack_bytes = 0;
};

// Owns the source, the arena and either the tree or the error.
class ParseResult {
 public:
  bool ok() const { return !has_error_; }
  // File mode: the module (nullptr on error or in expression mode).
  ast::Module* module() const { return module_; }
  // Expression mode (`eval`): the expression wrapper.
  ast::Expression* expression() const { return expression_; }
  const SyntaxErrorInfo& error() const { return error_; }
  const SourceFile& source() const { return *source_; }
  Arena& arena() const { return *arena_; }
  // CPython-formatted error text ("  File ..., line N\n ...\nSyntaxError: msg\n").
  std::string formatted_error() const { return format_syntax_error(error_, source_->filename()); }

  // Internal: filled by the parser.
  std::shared_ptr<SourceFile> source_;
  std::unique_ptr<Arena> arena_ = std::make_unique<Arena>();
  ast::Module* module_ = nullptr;
  ast::Expression* expression_ = nullptr;
  bool has_error_ = false;
  SyntaxErrorInfo error_;
};

// True for the names of Mojo sources (.mojo, .🔥), whose static half parses.
bool is_static_source_name(std::string_view filename);

ParseResult parse_module(std::string_view source, std::string filename,
                         const ParseOptions& options = {});
ParseResult parse_expression(std::string_view source, std::string filename,
                             const ParseOptions& options = {});

}  // namespace ember

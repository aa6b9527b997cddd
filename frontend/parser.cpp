// Parser core: token buffer, error reporting and the public entry points.
#include "frontend/parser.h"

#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>

#include "frontend/parser_internal.h"
#include "frontend/stack_budget.h"

namespace ember {

static size_t stack_budget(const ParseOptions& opts, uintptr_t here) {
  return opts.max_stack_bytes ? opts.max_stack_bytes : stack_budget(here);
}

Parser::Parser(const SourceFile& src, Arena& arena, const ParseOptions& opts)
    : lexer(src, opts.keywords ? *opts.keywords : KeywordTable::python()),
      src_(src),
      arena_(arena),
      opts_(opts) {
  char probe;
  stack_base_ = reinterpret_cast<uintptr_t>(&probe);
  stack_limit_ = stack_budget(opts, stack_base_);
}

Parser::Parser(const SourceFile& src, Arena& arena, const ParseOptions& opts, uint32_t begin,
               uint32_t end)
    : lexer(src, begin, end, opts.keywords ? *opts.keywords : KeywordTable::python()),
      src_(src),
      arena_(arena),
      opts_(opts) {
  in_fstring_ = true;
  fstring_begin_ = begin;
  fstring_end_ = end;
  fstring_line_ = src.line_of(begin);
}

void Parser::fetch() {
  if (!toks_.empty() &&
      (toks_.back().kind == TokenKind::Error || toks_.back().kind == TokenKind::EndMarker) &&
      base_ + toks_.size() > pos_ + 8) {
    toks_.push_back(toks_.back());
    return;
  }
  Token t = lexer.next();
  if (opts_.static_syntax && t.kind == TokenKind::Unknown && text(t) == "`") t = backtick_name(t);
  toks_.push_back(t);
  fetched_line_ = toks_.back().lineno;
}

// Mojo's ``alias `3`: Int = 3``: the text between two backticks on one line is a name.
Token Parser::backtick_name(const Token& open) {
  for (;;) {
    Token t = lexer.next();
    if (t.kind == TokenKind::Unknown && text(t) == "`" && t.start > open.end) {
      Token name = open;
      name.kind = TokenKind::Name;
      name.start = open.end;
      name.end = t.start;
      name.end_lineno = t.end_lineno;
      name.end_col = t.end_col;
      return name;
    }
    if (t.kind == TokenKind::Error || t.kind == TokenKind::EndMarker ||
        t.kind == TokenKind::Newline || t.lineno != open.lineno) {
      return t;  // no closing backtick on the line: the parser reports what it meets
    }
  }
}

std::string_view Parser::name_of(const Token& t) {
  std::string_view s = text(t);
  for (unsigned char c : s) {
    if (c >= 0x80) {
      // Identifiers are NFKC-normalized.
      utf8proc_uint8_t* out = nullptr;
      std::string tmp(s);
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(tmp.c_str()), 0, &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_NULLTERM | UTF8PROC_STABLE |
                                                  UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
      if (out) {
        std::string_view r = arena_.intern(reinterpret_cast<const char*>(out));
        free(out);
        return r;
      }
      break;
    }
  }
  return s;  // points into the source, which the ParseResult owns
}

const Token& Parser::expect(TokenKind k) {
  if (!at(k)) invalid_syntax();
  return advance();
}

const Token& Parser::expect_msg(TokenKind k, const char* msg) {
  if (!at(k)) {
    if (at(TokenKind::Error)) fail_lexer();
    // CPython reports "expected X" at the last token it fetched.
    error_at(tok(), msg);
  }
  return advance();
}

void Parser::fail_lexer() {
  failed = true;
  err = lexer.error();
  throw ParseFailure{};
}

void Parser::overflow() {
  failed = true;
  err = SyntaxErrorInfo{};
  err.kind = SyntaxErrorKind::MemoryError;
  throw ParseFailure{};
}

void Parser::error_at(const Token& t, std::string msg, SyntaxErrorKind kind) {
  if (lexer.has_error()) fail_lexer();
  if (t.kind == TokenKind::EndMarker ||
      (t.kind == TokenKind::Dedent && t.start >= src_.text().size())) {
    failed = true;
    err = SyntaxErrorInfo{};
    err.kind = kind;
    err.message = std::move(msg);
    int line = src_.line_count();
    if (!src_.text().empty() && src_.text().back() != '\n' && t.lineno <= line) line = t.lineno;
    err.lineno = err.end_lineno = line;
    err.text = std::string(src_.line(line));
    err.offset = err.end_offset = 0;
    throw ParseFailure{};
  }
  int end_line = t.end_lineno, end_col = t.end_col;
  if (t.kind == TokenKind::Newline || t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent) {
    end_line = t.lineno;
    end_col = t.col + 1;
  }
  error_range(t.lineno, t.col, end_line, end_col, std::move(msg), kind);
}

void Parser::error_range(int l, int c, int el, int ec, std::string msg, SyntaxErrorKind kind) {
  if (lexer.has_error()) fail_lexer();
  failed = true;
  if (in_fstring_) {
    // CPython 3.11 parses "(expr)" and reports positions in that text.
    std::string_view expr =
        std::string_view(src_.text()).substr(fstring_begin_, fstring_end_ - fstring_begin_);
    err = SyntaxErrorInfo{};
    err.kind = kind;
    err.message = "f-string: " + msg;
    err.lineno = err.end_lineno = fstring_line_;
    err.text.assign(1, '(');
    err.text.append(expr.data(), expr.size());
    err.text.push_back(')');
    auto to_off = [&](int line, int col) {
      uint32_t abs = src_.line_start(line) + static_cast<uint32_t>(col);
      if (abs < fstring_begin_) abs = fstring_begin_;
      if (abs > fstring_end_ + 1) abs = fstring_end_ + 1;
      return utf8_length(
                 std::string_view(src_.text()).substr(fstring_begin_, abs - fstring_begin_)) +
             2;
    };
    err.offset = to_off(l, c);
    err.end_offset = to_off(el, ec);
    throw ParseFailure{};
  }
  err = make_syntax_error(src_, kind, std::move(msg), l, c, el, ec, true);
  throw ParseFailure{};
}

void Parser::finish_error() {
  if (!failed || lexer.has_error() || err.kind == SyntaxErrorKind::MemoryError ||
      unexpected_indent_)
    return;
  // CPython tokenizes the rest of the file: tokenizer errors win, and so does
  // a bracket left unclosed on a line before the last token the parser read.
  for (;;) {
    Token t = lexer.next();
    if (t.kind == TokenKind::EndMarker) return;
    if (t.kind == TokenKind::Error) {
      if (lexer.error_overrides()) {
        err = lexer.error();
      } else if (lexer.eof_in_brackets() && lexer.error().lineno < fetched_line_) {
        err = lexer.error();
      }
      return;
    }
  }
}

ast::Module* Parser::parse_file() {
  auto* m = arena_.make<ast::Module>();
  m->kind = ast::NodeKind::Module;
  std::vector<ast::Stmt*> body;
  statements_until(body, TokenKind::EndMarker);
  m->body = seq(body);
  return m;
}

ast::Expression* Parser::parse_eval() {
  auto* m = arena_.make<ast::Expression>();
  m->kind = ast::NodeKind::Expression;
  while (at(TokenKind::Newline)) advance();
  m->body = star_expressions();
  while (at(TokenKind::Newline)) advance();
  if (!at(TokenKind::EndMarker)) invalid_syntax();
  return m;
}

// Universal newlines, as CPython reads source files: \r\n and \r become \n.
static std::string normalize_newlines(std::string_view s) {
  if (s.find('\r') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

static bool precheck(const SourceFile& src, ParseResult& r) {
  const std::string& text = src.text();
  size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    r.has_error_ = true;
    int line = src.line_of(static_cast<uint32_t>(nul));
    r.error_.message = "source code cannot contain null bytes";
    r.error_.lineno = r.error_.end_lineno = line;
    std::string_view l = src.line(line);
    r.error_.text = std::string(l.substr(0, l.find('\0')));
    return false;
  }
  size_t bad = find_invalid_utf8(text);
  if (bad != std::string::npos) {
    r.has_error_ = true;
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(text[bad]));
    r.error_.message =
        std::string("Non-UTF-8 code starting with '") + buf + "' in file " + src.filename() +
        " on line " + std::to_string(src.line_of(static_cast<uint32_t>(bad))) +
        ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    return false;
  }
  return true;
}

bool is_static_source_name(std::string_view filename) {
  return filename.ends_with(".mojo") || filename.ends_with("\xF0\x9F\x94\xA5");
}

ParseResult parse_module(std::string_view source, std::string filename,
                         const ParseOptions& given_options) {
  ParseOptions options = given_options;
  if (is_static_source_name(filename)) options.static_syntax = true;
  ParseResult r;
  std::string text;
  SyntaxErrorInfo read_error;
  bool readable = read_script(source, filename, text, read_error);
  r.source_ = std::make_shared<SourceFile>(std::move(text), std::move(filename));
  if (!readable) r.source_->set_read_error(std::move(read_error));
  Parser p(*r.source_, *r.arena_, options);
  try {
    r.module_ = p.parse_file();
  } catch (const ParseFailure&) {
    p.finish_error();
    r.has_error_ = true;
    r.error_ = p.err;
    r.module_ = nullptr;
  }
  return r;
}

ParseResult parse_expression(std::string_view source, std::string filename,
                             const ParseOptions& options) {
  ParseResult r;
  r.source_ = std::make_shared<SourceFile>(normalize_newlines(source), std::move(filename));
  if (!precheck(*r.source_, r)) return r;
  Parser p(*r.source_, *r.arena_, options);
  try {
    // Expression mode: newlines inside are only allowed at the end.
    r.expression_ = p.parse_eval();
  } catch (const ParseFailure&) {
    p.finish_error();
    r.has_error_ = true;
    r.error_ = p.err;
  }
  return r;
}

}  // namespace ember

// Private: the recursive descent parser shared by parser*.cpp.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "frontend/parser.h"

namespace ember {

struct ParseFailure {};

// First sub-target of `e` that cannot be assigned/deleted, or nullptr.
ast::Expr* invalid_target(ast::Expr* e, ast::ExprContext ctx);

class Parser {
 public:
  Parser(const SourceFile& src, Arena& arena, const ParseOptions& opts);
  // For an f-string replacement field [begin,end) of the same source.
  Parser(const SourceFile& src, Arena& arena, const ParseOptions& opts, uint32_t begin,
         uint32_t end);

  ast::Module* parse_file();
  ast::Expression* parse_eval();
  ast::Expr* parse_fstring_field_expr();  // whole input as one (yield/star) expression

  bool failed = false;
  SyntaxErrorInfo err;
  Lexer lexer;

  // ---- tokens ----
  const Token& tok(size_t k = 0) {
    while (pos_ + k >= base_ + toks_.size()) fetch();
    return toks_[pos_ + k - base_];
  }
  TokenKind kind(size_t k = 0) { return tok(k).kind; }
  bool at(TokenKind k) { return kind() == k; }
  const Token& advance() {
    const Token& t = tok();
    ++pos_;
    last_end_line_ = t.end_lineno;
    last_end_col_ = t.end_col;
    return toks_[pos_ - 1 - base_];
  }
  bool accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  const Token& expect(TokenKind k);
  const Token& expect_msg(TokenKind k, const char* msg);
  bool at_name(std::string_view s) { return at(TokenKind::Name) && text(tok()) == s; }
  std::string_view text(const Token& t) const {
    return std::string_view(src_.text()).substr(t.start, t.end - t.start);
  }
  size_t mark() const { return pos_; }
  void reset(size_t m) {
    pos_ = m;
    if (m > 0) {
      last_end_line_ = toks_[m - 1 - base_].end_lineno;
      last_end_col_ = toks_[m - 1 - base_].end_col;
    }
  }

  // ---- errors ----
  [[noreturn]] void fail_lexer();
  [[noreturn]] void error_at(const Token& t, std::string msg,
                             SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError);
  [[noreturn]] void error_range(int l, int c, int el, int ec, std::string msg,
                                SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError);
  [[noreturn]] void error_node(const ast::Node* n, std::string msg) {
    error_range(n->lineno, n->col_offset, n->end_lineno, n->end_col_offset, std::move(msg));
  }
  [[noreturn]] void error_between(const ast::Node* a, const ast::Node* b, std::string msg) {
    error_range(a->lineno, a->col_offset, b->end_lineno, b->end_col_offset, std::move(msg));
  }
  [[noreturn]] void invalid_syntax() { error_at(tok(), "invalid syntax"); }
  void finish_error();  // tokenizer-wins rules, applied once at top level

  // ---- nodes ----
  template <class T>
  T* mk(ast::NodeKind k, const Token& start) {
    T* n = arena_.make<T>();
    n->kind = k;
    n->lineno = start.lineno;
    n->col_offset = start.col;
    return n;
  }
  template <class T>
  T* mk_at(ast::NodeKind k, const ast::Node* start) {
    T* n = arena_.make<T>();
    n->kind = k;
    n->lineno = start->lineno;
    n->col_offset = start->col_offset;
    return n;
  }
  template <class T>
  T* done(T* n) {
    n->end_lineno = last_end_line_;
    n->end_col_offset = last_end_col_;
    return n;
  }
  template <class T>
  T* end_at(T* n, const ast::Node* e) {
    n->end_lineno = e->end_lineno;
    n->end_col_offset = e->end_col_offset;
    return n;
  }
  template <class T>
  Seq<T> seq(const std::vector<T>& v) {
    return Seq<T>::from(arena_, v);
  }
  std::string_view name_of(const Token& t);
  Token backtick_name(const Token& open);

  struct DepthGuard {
    Parser* p;
    explicit DepthGuard(Parser* parser) : p(parser) {
      char probe;
      if (++p->depth_ > p->opts_.max_depth ||
          static_cast<size_t>(p->stack_base_ - reinterpret_cast<uintptr_t>(&probe)) >
              p->stack_limit_) {
        p->overflow();
      }
    }
    ~DepthGuard() { --p->depth_; }
  };
  [[noreturn]] void overflow();

  // ---- statements (parser_stmt.cpp) ----
  void statements_until(std::vector<ast::Stmt*>& out, TokenKind end);
  void statement(std::vector<ast::Stmt*>& out);
  void simple_stmts(std::vector<ast::Stmt*>& out);
  ast::Stmt* simple_stmt();
  ast::Stmt* compound_stmt();
  Seq<ast::Stmt*> block(const char* what, int line);
  ast::Stmt* if_stmt(bool elif);
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt(const Token* async_tok);
  ast::Stmt* with_stmt(const Token* async_tok);
  ast::Stmt* try_stmt();
  ast::Stmt* funcdef(const Token* async_tok, std::vector<ast::Expr*>* decorators,
                     const Token* start);
  ast::Stmt* classdef(std::vector<ast::Expr*>* decorators, const Token* start);
  ast::Stmt* decorated();
  ast::Stmt* match_stmt();
  ast::Stmt* import_stmt();
  ast::Stmt* from_import_stmt();
  ast::Stmt* expr_stmt();
  void equal_as_comparison(size_t m);
  void assignment_as_comparison(size_t start);
  // `conventions`: fn parameters, which may start with an argument convention word.
  ast::Arguments* parameters(TokenKind close, bool annotations, bool conventions = false);

  // ---- Mojo's static half (parser_static.cpp) ----
  // The static declaration starting here (soft keyword followed by a name), else nullptr.
  const char* static_decl_keyword();
  ast::Stmt* fn_def(std::vector<ast::Expr*>* decorators);
  ast::Stmt* struct_def(std::vector<ast::Expr*>* decorators);
  ast::Stmt* var_decl();
  ast::Stmt* alias_decl();
  ast::Arguments* compile_time_parameters();
  // The annotation after `name:`: a function type in Mojo sources, else an expression.
  ast::Expr* annotation();
  // `opt.value() = 2` in Mojo sources: assignment through the reference a call returns.
  bool reference_target(const ast::Expr* e) const {
    return opts_.static_syntax && e->kind == ast::NodeKind::Call;
  }
  ast::Expr* fn_type();
  void set_convention(ast::Arg* arg, const Token& word);
  // `@parameter if/for` and `comptime if/for`: the statement at the `if`/`for` keyword,
  // marked as evaluated at compile time.
  ast::Stmt* comptime_stmt();
  ast::Pattern* patterns();
  ast::Pattern* pattern();
  ast::Pattern* or_pattern();
  ast::Pattern* closed_pattern();
  ast::Pattern* star_or_pattern();
  ast::Expr* pattern_literal_expr(bool allow_complex);
  ast::Expr* pattern_name_or_attr();

  // ---- expressions (parser_expr.cpp) ----
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  ast::Expr* star_named_expression();
  ast::Expr* named_expression();
  ast::Expr* expression();
  ast::Expr* lambdef();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* bitwise_or();
  ast::Expr* bitwise_xor();
  ast::Expr* bitwise_and();
  ast::Expr* shift_expr();
  ast::Expr* sum();
  ast::Expr* term();
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* await_primary();
  ast::Expr* primary();
  ast::Expr* atom();
  ast::Expr* paren_atom();
  ast::Expr* list_atom();
  ast::Expr* brace_atom();
  ast::Expr* dict_value();
  ast::Expr* strings();
  ast::Expr* number(const Token& t);
  ast::Expr* yield_expr();
  ast::Expr* slices();
  ast::Expr* slice();
  ast::Expr* call(ast::Expr* func, const Token* start = nullptr);
  Seq<ast::Comprehension*> comprehensions();
  ast::Expr* star_targets(TokenKind stop_kw);
  ast::Expr* single_target_for_with();
  void set_context(ast::Expr* e, ast::ExprContext ctx);
  void check_forgot_comma(ast::Expr* a);
  void read_next_expression();
  bool starts_expression(size_t k = 0);
  const char* expr_name(const ast::Expr* e);

  // ---- strings (parser_string.cpp) ----
  bool decode_string_body(const Token& t, std::string_view body, bool raw, bool bytes,
                          std::string& out, const Token& after);
  void parse_fstring(const Token& t, uint32_t body_begin, uint32_t body_end, bool raw,
                     std::vector<ast::Expr*>& parts, std::string& pending, int recurse,
                     const Token& after, ast::Node* whole);
  ast::Expr* fstring_field(const Token& t, uint32_t& p, uint32_t end, bool raw, int recurse,
                           const Token& after, ast::Node* whole, std::string& doc);
  ast::Expr* str_piece(std::string& pending, ast::Node* whole);

  const SourceFile& src_;
  Arena& arena_;
  const ParseOptions& opts_;
  std::deque<Token> toks_;  // deque: references stay valid while fetching
  size_t pos_ = 0;          // absolute token index
  size_t base_ = 0;         // absolute index of toks_.front()
  const Token& token_at(size_t abs) const { return toks_[abs - base_]; }
  // Drops consumed tokens (called between statements, where no backtracking
  // mark is live).
  void trim_tokens() {
    while (base_ + 2 < pos_) {
      toks_.pop_front();
      ++base_;
    }
  }
  int last_end_line_ = 1;
  int last_end_col_ = 0;
  // Line of the last token fetched from the lexer (CPython's p->tokens[p->fill-1]).
  int fetched_line_ = 1;
  // The error is CPython's "unexpected indent", found without reading past the INDENT.
  bool unexpected_indent_ = false;
  // Reading the second of two expressions in a row, which CPython does without the
  // error rules that read_next_expression() imitates.
  bool reading_next_expression_ = false;
  int depth_ = 0;
  uintptr_t stack_base_ = 0;  // address near the top of the parser's stack
  size_t stack_limit_ = 0;    // bytes below stack_base_ the parser may use
  bool in_fstring_ = false;
  int fstring_line_ = 0;  // for f-string sub-parsers: error text is "(expr)"
  uint32_t fstring_begin_ = 0;
  uint32_t fstring_end_ = 0;

 private:
  void fetch();
};

}  // namespace ember

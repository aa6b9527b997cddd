// Statements and match patterns.
#include "frontend/parser_internal.h"

namespace ember {

using namespace ast;

void Parser::statements_until(std::vector<Stmt*>& out, TokenKind end) {
  while (!at(end)) {
    if (at(TokenKind::Indent)) {
      const Token& t = tok();
      if (lexer.has_error()) fail_lexer();
      failed = true;
      unexpected_indent_ = true;
      err = lexer.make_error(SyntaxErrorKind::IndentationError, "unexpected indent", t.lineno, 0);
      err.offset = err.end_offset = 0;
      throw ParseFailure{};
    }
    if (at(TokenKind::Error)) fail_lexer();
    if (pos_ - base_ > 256) trim_tokens();
    statement(out);
  }
}

void Parser::statement(std::vector<Stmt*>& out) {
  switch (kind()) {
    case TokenKind::KwIf:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWith:
    case TokenKind::KwDef:
    case TokenKind::KwClass:
    case TokenKind::At:
    case TokenKind::KwAsync:
      out.push_back(compound_stmt());
      return;
    case TokenKind::Name:
      if (opts_.static_syntax && at_name("comptime") &&
          (kind(1) == TokenKind::KwIf || kind(1) == TokenKind::KwFor)) {
        advance();
        out.push_back(comptime_stmt());
        return;
      }
      if (const char* k = static_decl_keyword()) {
        std::string_view word = k;
        if (word == "fn") {
          out.push_back(fn_def(nullptr));
          return;
        }
        if (word == "struct" || word == "trait") {
          out.push_back(struct_def(nullptr));
          return;
        }
        break;  // var, let, alias, comptime: simple statements
      }
      if (at_name("match")) {
        if (Stmt* m = match_stmt()) {
          out.push_back(m);
          return;
        }
      }
      break;
    default:
      break;
  }
  simple_stmts(out);
}

void Parser::simple_stmts(std::vector<Stmt*>& out) {
  for (;;) {
    out.push_back(simple_stmt());
    if (accept(TokenKind::Semi)) {
      if (at(TokenKind::Newline)) break;
      continue;
    }
    break;
  }
  if (!at(TokenKind::Newline)) invalid_syntax();
  advance();
}

Stmt* Parser::simple_stmt() {
  DepthGuard g(this);
  const Token& t = tok();
  switch (t.kind) {
    case TokenKind::KwPass:
    case TokenKind::KwBreak:
    case TokenKind::KwContinue: {
      advance();
      auto* s = mk<Simple>(t.kind == TokenKind::KwPass    ? NodeKind::Pass
                           : t.kind == TokenKind::KwBreak ? NodeKind::Break
                                                          : NodeKind::Continue,
                           t);
      return done(s);
    }
    case TokenKind::KwReturn: {
      advance();
      auto* s = mk<Return>(NodeKind::Return, t);
      if (starts_expression() || at(TokenKind::Star)) s->value = star_expressions();
      return done(s);
    }
    case TokenKind::KwImport:
      return import_stmt();
    case TokenKind::KwFrom:
      return from_import_stmt();
    case TokenKind::KwRaise: {
      advance();
      auto* s = mk<Raise>(NodeKind::Raise, t);
      if (starts_expression()) {
        s->exc = expression();
        if (accept(TokenKind::KwFrom)) s->cause = expression();
      }
      return done(s);
    }
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
      advance();
      auto* s =
          mk<Global>(t.kind == TokenKind::KwGlobal ? NodeKind::Global : NodeKind::Nonlocal, t);
      std::vector<std::string_view> names;
      do {
        if (!at(TokenKind::Name)) invalid_syntax();
        names.push_back(name_of(advance()));
      } while (accept(TokenKind::Comma));
      s->names = seq(names);
      return done(s);
    }
    case TokenKind::KwDel: {
      advance();
      auto* s = mk<Delete>(NodeKind::Delete, t);
      std::vector<Expr*> targets;
      for (;;) {
        Expr* e = bitwise_or();
        targets.push_back(e);
        if (!accept(TokenKind::Comma)) break;
        if (!starts_expression()) break;
      }
      if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
        // `del x + 1` etc: report the whole expression as CPython does.
        size_t m = mark();
        (void)m;
        invalid_syntax();
      }
      for (Expr* e : targets) set_context(e, ExprContext::Del);
      s->targets = seq(targets);
      return done(s);
    }
    case TokenKind::KwAssert: {
      advance();
      auto* s = mk<Assert>(NodeKind::Assert, t);
      s->test = expression();
      if (accept(TokenKind::Comma)) s->msg = expression();
      return done(s);
    }
    case TokenKind::Name:
      if (const char* k = static_decl_keyword()) {
        std::string_view word = k;
        if (word == "var" || word == "let") return var_decl();
        if (word == "alias" || word == "comptime") return alias_decl();
      }
      return expr_stmt();
    default:
      return expr_stmt();
  }
}

static bool is_augassign(TokenKind k, OperatorKind& op) {
  switch (k) {
    case TokenKind::PlusEqual:
      op = OperatorKind::Add;
      return true;
    case TokenKind::MinEqual:
      op = OperatorKind::Sub;
      return true;
    case TokenKind::StarEqual:
      op = OperatorKind::Mult;
      return true;
    case TokenKind::AtEqual:
      op = OperatorKind::MatMult;
      return true;
    case TokenKind::SlashEqual:
      op = OperatorKind::Div;
      return true;
    case TokenKind::PercentEqual:
      op = OperatorKind::Mod;
      return true;
    case TokenKind::AmperEqual:
      op = OperatorKind::BitAnd;
      return true;
    case TokenKind::VBarEqual:
      op = OperatorKind::BitOr;
      return true;
    case TokenKind::CircumflexEqual:
      op = OperatorKind::BitXor;
      return true;
    case TokenKind::LeftShiftEqual:
      op = OperatorKind::LShift;
      return true;
    case TokenKind::RightShiftEqual:
      op = OperatorKind::RShift;
      return true;
    case TokenKind::DoubleStarEqual:
      op = OperatorKind::Pow;
      return true;
    case TokenKind::DoubleSlashEqual:
      op = OperatorKind::FloorDiv;
      return true;
    default:
      return false;
  }
}

Stmt* Parser::expr_stmt() {
  const Token& start = tok();
  size_t start_mark = mark();
  bool parenthesized = start.kind == TokenKind::LPar;
  Expr* e = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
  OperatorKind op;
  if (at(TokenKind::Equal)) {
    std::vector<Expr*> targets{e};
    std::vector<bool> bare_yield{start.kind == TokenKind::KwYield};
    Expr* value = nullptr;
    while (accept(TokenKind::Equal)) {
      bool yield = at(TokenKind::KwYield);
      Expr* v = yield ? yield_expr() : star_expressions();
      if (at(TokenKind::Equal)) {
        targets.push_back(v);
        bare_yield.push_back(yield);
      } else {
        value = v;
      }
    }
    for (size_t i = 0; i < targets.size(); ++i) {
      if (bare_yield[i] ||
          (!reference_target(targets[i]) && invalid_target(targets[i], ExprContext::Store))) {
        assignment_as_comparison(start_mark);
        break;
      }
    }
    for (size_t i = 0; i < targets.size(); ++i) {
      // `(yield)` is an invalid target like any other expression.
      if (bare_yield[i]) error_node(targets[i], "assignment to yield expression not possible");
      if (!reference_target(targets[i])) set_context(targets[i], ExprContext::Store);
    }
    auto* s = mk<Assign>(NodeKind::Assign, start);
    s->targets = seq(targets);
    s->value = value;
    return done(s);
  }
  if (at(TokenKind::Colon)) {
    if (e->kind == NodeKind::Tuple && !parenthesized) {
      error_node(static_cast<Sequence*>(e)->elts[0],
                 "only single target (not tuple) can be annotated");
    }
    if (e->kind == NodeKind::Tuple || e->kind == NodeKind::List) {
      error_node(e, std::string("only single target (not ") +
                        (e->kind == NodeKind::Tuple ? "tuple" : "list") + ") can be annotated");
    }
    if (e->kind != NodeKind::Name && e->kind != NodeKind::Attribute &&
        e->kind != NodeKind::Subscript) {
      error_node(e, "illegal target for annotation");
    }
    advance();
    set_context(e, ExprContext::Store);
    auto* s = mk<AnnAssign>(NodeKind::AnnAssign, start);
    s->target = e;
    s->annotation = expression();
    if (accept(TokenKind::Equal))
      s->value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
    s->simple = e->kind == NodeKind::Name && !parenthesized;
    return done(s);
  }
  if (is_augassign(kind(), op)) {
    if (e->kind != NodeKind::Name && e->kind != NodeKind::Attribute &&
        e->kind != NodeKind::Subscript && !reference_target(e)) {
      error_node(e, std::string("'") + expr_name(e) +
                        "' is an illegal expression for augmented assignment");
    }
    advance();
    if (!reference_target(e)) set_context(e, ExprContext::Store);
    auto* s = mk<AugAssign>(NodeKind::AugAssign, start);
    s->target = e;
    s->op = op;
    s->value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
    return done(s);
  }
  if (auto* n = cast<Name>(e); n && (n->id == "print" || n->id == "exec") && starts_expression() &&
                               !at(TokenKind::LPar) && !at(TokenKind::LSqb)) {
    Expr* rest = star_expressions();
    error_between(e, rest,
                  std::string("Missing parentheses in call to '") + std::string(n->id) +
                      "'. Did you mean " + std::string(n->id) + "(...)?");
  }
  if (at(TokenKind::ColonEqual)) invalid_syntax();
  auto* s = mk<ExprStmt>(NodeKind::ExprStmt, start);
  s->value = e;
  return done(s);
}

Stmt* Parser::import_stmt() {
  const Token& t = advance();
  auto* s = mk<Import>(NodeKind::Import, t);
  std::vector<Alias*> names;
  do {
    if (!at(TokenKind::Name)) invalid_syntax();
    const Token& first = tok();
    std::string name(name_of(advance()));
    while (accept(TokenKind::Dot)) {
      if (!at(TokenKind::Name)) invalid_syntax();
      name += ".";
      name += name_of(advance());
    }
    auto* a = mk<Alias>(NodeKind::Alias, first);
    a->name = arena_.intern(name);
    if (accept(TokenKind::KwAs)) {
      if (!at(TokenKind::Name)) invalid_syntax();
      a->asname = name_of(advance());
    }
    names.push_back(done(a));
  } while (accept(TokenKind::Comma));
  s->names = seq(names);
  return done(s);
}

Stmt* Parser::from_import_stmt() {
  const Token& t = advance();
  auto* s = mk<ImportFrom>(NodeKind::ImportFrom, t);
  int level = 0;
  for (;;) {
    if (accept(TokenKind::Dot)) {
      ++level;
    } else if (accept(TokenKind::Ellipsis)) {
      level += 3;
    } else {
      break;
    }
  }
  if (at(TokenKind::Name)) {
    std::string name(name_of(advance()));
    while (accept(TokenKind::Dot)) {
      if (!at(TokenKind::Name)) invalid_syntax();
      name += ".";
      name += name_of(advance());
    }
    s->module = arena_.intern(name);
  } else if (level == 0) {
    invalid_syntax();
  }
  s->level = level;
  expect(TokenKind::KwImport);
  std::vector<Alias*> names;
  if (at(TokenKind::Star)) {
    const Token& st = advance();
    auto* a = mk<Alias>(NodeKind::Alias, st);
    a->name = "*";
    names.push_back(done(a));
  } else {
    bool paren = accept(TokenKind::LPar);
    for (;;) {
      if (!at(TokenKind::Name)) invalid_syntax();
      const Token& nt = advance();
      auto* a = mk<Alias>(NodeKind::Alias, nt);
      a->name = name_of(nt);
      if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) invalid_syntax();
        a->asname = name_of(advance());
      }
      names.push_back(done(a));
      if (!accept(TokenKind::Comma)) break;
      if (paren && at(TokenKind::RPar)) break;
      if (!paren && at(TokenKind::Newline)) {
        error_at(tok(), "trailing comma not allowed without surrounding parentheses");
      }
    }
    if (paren) expect(TokenKind::RPar);
  }
  s->names = seq(names);
  return done(s);
}

Seq<Stmt*> Parser::block(const char* what, int line) {
  std::vector<Stmt*> body;
  if (at(TokenKind::Newline)) {
    advance();
    if (!at(TokenKind::Indent)) {
      if (at(TokenKind::Error)) fail_lexer();
      std::string msg = std::string("expected an indented block after ") + what + " on line " +
                        std::to_string(line);
      const Token& t = tok();
      if (t.kind == TokenKind::EndMarker) error_at(t, msg, SyntaxErrorKind::IndentationError);
      error_range(t.lineno, t.col, t.lineno, t.col + 1, msg, SyntaxErrorKind::IndentationError);
    }
    advance();
    statements_until(body, TokenKind::Dedent);
    advance();
  } else {
    if (at(TokenKind::Error)) fail_lexer();
    simple_stmts(body);
  }
  return seq(body);
}

static const Node* last_of(Seq<Stmt*> s) {
  return s[s.size() - 1];
}

// ':' that CPython requires with "expected ':'" only when a NEWLINE follows.
static void colon_soft(Parser& p) {
  if (p.at(TokenKind::Colon)) {
    p.advance();
    return;
  }
  if (p.at(TokenKind::Newline)) p.error_at(p.tok(), "expected ':'");
  p.invalid_syntax();
}

Stmt* Parser::compound_stmt() {
  DepthGuard g(this);
  switch (kind()) {
    case TokenKind::KwIf:
      return if_stmt(false);
    case TokenKind::KwWhile:
      return while_stmt();
    case TokenKind::KwFor:
      return for_stmt(nullptr);
    case TokenKind::KwTry:
      return try_stmt();
    case TokenKind::KwWith:
      return with_stmt(nullptr);
    case TokenKind::KwDef:
      return funcdef(nullptr, nullptr, nullptr);
    case TokenKind::KwClass:
      return classdef(nullptr, nullptr);
    case TokenKind::At:
      return decorated();
    case TokenKind::KwAsync: {
      const Token& a = advance();
      if (at(TokenKind::KwDef)) return funcdef(&a, nullptr, nullptr);
      if (at(TokenKind::KwFor)) return for_stmt(&a);
      if (at(TokenKind::KwWith)) return with_stmt(&a);
      invalid_syntax();
    }
    default:
      invalid_syntax();
  }
}

// CPython's invalid_named_expression at token `m`: `NAME = bitwise_or` or
// `bitwise_or = bitwise_or`, not followed by another '=' or ':=', reads as a
// comparison written with '='. Raises that error or changes nothing.
void Parser::equal_as_comparison(size_t m) {
  size_t here = mark();
  bool saved_failed = failed;
  SyntaxErrorInfo saved_err = err;
  // Parses from `m` with `parse`, which returns the last node of a match or nullptr.
  auto match = [&](auto parse) -> Expr* {
    reset(m);
    try {
      return parse();
    } catch (const ParseFailure&) {
      if (lexer.has_error() || err.kind == SyntaxErrorKind::MemoryError) throw;
      return nullptr;
    }
  };
  // '=' bitwise_or !('=' | ':=')
  auto rhs = [&]() -> Expr* {
    if (!accept(TokenKind::Equal)) return nullptr;
    Expr* b = bitwise_or();
    return at(TokenKind::Equal) || at(TokenKind::ColonEqual) ? nullptr : b;
  };
  const Token& first = token_at(m);
  if (first.kind == TokenKind::Name) {
    if (Expr* b = match([&] {
          advance();
          return rhs();
        })) {
      error_range(first.lineno, first.col, b->end_lineno, b->end_col_offset,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  Expr* a = nullptr;
  if (match([&]() -> Expr* {
        // Not where a list, tuple or generator expression (or True, None, False) starts.
        if (at(TokenKind::KwTrue) || at(TokenKind::KwNone) || at(TokenKind::KwFalse))
          return nullptr;
        if (at(TokenKind::LSqb) || at(TokenKind::LPar)) {
          Expr* x = atom();
          if (x->col_offset == first.col && x->lineno == first.lineno &&
              (x->kind == NodeKind::List || x->kind == NodeKind::Tuple ||
               x->kind == NodeKind::GeneratorExp))
            return nullptr;
          reset(m);
        }
        a = bitwise_or();
        return rhs();
      })) {
    error_node(a, std::string("cannot assign to ") + expr_name(a) +
                      " here. Maybe you meant '==' instead of '='?");
  }
  failed = saved_failed;
  err = std::move(saved_err);
  reset(here);
}

// CPython's second pass tries a failed assignment as an annotated tuple target
// (invalid_assignment) before blaming the target, meeting invalid_named_expression
// at each element of the statement's first target.
void Parser::assignment_as_comparison(size_t start) {
  size_t here = mark();
  bool saved_failed = failed;
  SyntaxErrorInfo saved_err = err;
  reset(start);
  for (;;) {
    if (!at(TokenKind::Star)) equal_as_comparison(mark());
    try {
      if (accept(TokenKind::Star)) {
        bitwise_or();
      } else {
        expression();
      }
    } catch (const ParseFailure&) {
      if (lexer.has_error() || err.kind == SyntaxErrorKind::MemoryError) throw;
      break;
    }
    if (!accept(TokenKind::Comma) || !(starts_expression() || at(TokenKind::Star))) break;
  }
  failed = saved_failed;
  err = std::move(saved_err);
  reset(here);
}

Stmt* Parser::if_stmt(bool elif) {
  const Token& t = advance();
  auto* s = mk<If>(NodeKind::If, t);
  size_t test = mark();
  s->test = named_expression();
  if (at(TokenKind::Equal)) equal_as_comparison(test);
  colon_soft(*this);
  s->body = block(elif ? "'elif' statement" : "'if' statement", t.lineno);
  const Node* last = last_of(s->body);
  if (at(TokenKind::KwElif)) {
    Stmt* nested = if_stmt(true);
    s->orelse = seq(std::vector<Stmt*>{nested});
    last = nested;
  } else if (at(TokenKind::KwElse)) {
    const Token& e = advance();
    expect_msg(TokenKind::Colon, "expected ':'");
    s->orelse = block("'else' statement", e.lineno);
    last = last_of(s->orelse);
  }
  return end_at(s, last);
}

Stmt* Parser::while_stmt() {
  const Token& t = advance();
  auto* s = mk<While>(NodeKind::While, t);
  size_t test = mark();
  s->test = named_expression();
  if (at(TokenKind::Equal)) equal_as_comparison(test);
  colon_soft(*this);
  s->body = block("'while' statement", t.lineno);
  const Node* last = last_of(s->body);
  if (at(TokenKind::KwElse)) {
    const Token& e = advance();
    expect_msg(TokenKind::Colon, "expected ':'");
    s->orelse = block("'else' statement", e.lineno);
    last = last_of(s->orelse);
  }
  return end_at(s, last);
}

Stmt* Parser::for_stmt(const Token* async_tok) {
  const Token& t = advance();
  auto* s = mk<For>(async_tok ? NodeKind::AsyncFor : NodeKind::For, async_tok ? *async_tok : t);
  s->target = star_targets(TokenKind::KwIn);
  expect(TokenKind::KwIn);
  s->iter = star_expressions();
  colon_soft(*this);
  s->body = block("'for' statement", t.lineno);
  const Node* last = last_of(s->body);
  if (at(TokenKind::KwElse)) {
    const Token& e = advance();
    expect_msg(TokenKind::Colon, "expected ':'");
    s->orelse = block("'else' statement", e.lineno);
    last = last_of(s->orelse);
  }
  return end_at(s, last);
}

Expr* Parser::single_target_for_with() {
  Expr* e;
  if (at(TokenKind::Star)) {
    const Token& st = advance();
    auto* s = mk<Starred>(NodeKind::Starred, st);
    s->value = bitwise_or();
    e = done(s);
  } else {
    e = bitwise_or();
  }
  set_context(e, ExprContext::Store);
  return e;
}

Stmt* Parser::with_stmt(const Token* async_tok) {
  const Token& t = advance();
  auto* s = mk<With>(async_tok ? NodeKind::AsyncWith : NodeKind::With, async_tok ? *async_tok : t);
  std::vector<WithItem*> items;
  auto item = [&]() {
    auto* w = arena_.make<WithItem>();
    w->kind = NodeKind::WithItem;
    w->context_expr = expression();
    if (accept(TokenKind::KwAs)) {
      w->optional_vars = single_target_for_with();
      // A NEWLINE here is a missing ':' (colon_soft).
      if (!at(TokenKind::Comma) && !at(TokenKind::RPar) && !at(TokenKind::Colon) &&
          !at(TokenKind::Newline))
        invalid_syntax();
    }
    items.push_back(w);
  };
  bool parsed = false;
  if (at(TokenKind::LPar)) {
    size_t m = mark();
    try {
      advance();
      for (;;) {
        item();
        if (!accept(TokenKind::Comma)) break;
        if (at(TokenKind::RPar)) break;
      }
      expect(TokenKind::RPar);
      // Before a NEWLINE colon_soft reports the missing ':', as CPython does for both forms.
      if (!at(TokenKind::Colon) && !at(TokenKind::Newline)) throw ParseFailure{};
      parsed = true;
    } catch (const ParseFailure&) {
      if (lexer.has_error() || err.kind == SyntaxErrorKind::MemoryError) throw;
      failed = false;
      items.clear();
      reset(m);
    }
  }
  if (!parsed) {
    for (;;) {
      item();
      if (!accept(TokenKind::Comma)) break;
    }
  }
  colon_soft(*this);
  s->items = seq(items);
  s->body = block("'with' statement", t.lineno);
  return end_at(s, last_of(s->body));
}

Stmt* Parser::try_stmt() {
  const Token& t = advance();
  auto* s = mk<Try>(NodeKind::Try, t);
  expect_msg(TokenKind::Colon, "expected ':'");
  s->body = block("'try' statement", t.lineno);
  const Node* last = last_of(s->body);
  std::vector<ExceptHandler*> handlers;
  int star_state = 0;  // 0 unknown, 1 plain, 2 star
  while (at(TokenKind::KwExcept)) {
    const Token& e = advance();
    bool star = accept(TokenKind::Star);
    int st = star ? 2 : 1;
    if (star_state && st != star_state) {
      error_range(e.lineno, e.col, e.end_lineno, e.end_col,
                  "cannot have both 'except' and 'except*' on the same 'try'");
    }
    star_state = st;
    auto* h = mk<ExceptHandler>(NodeKind::ExceptHandler, e);
    if (!at(TokenKind::Colon)) {
      if (star && (at(TokenKind::Newline))) error_at(tok(), "expected one or more exception types");
      h->type = expression();
      if (at(TokenKind::Comma)) {
        Expr* first = h->type;
        Expr* lastx = first;
        while (accept(TokenKind::Comma)) {
          if (!starts_expression()) break;
          lastx = expression();
        }
        error_between(first, lastx, "multiple exception types must be parenthesized");
      }
      if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) invalid_syntax();
        h->name = name_of(advance());
      }
    } else if (star) {
      error_at(tok(), "expected one or more exception types");
    }
    colon_soft(*this);
    h->body = block(star ? "'except*' statement" : "'except' statement", e.lineno);
    end_at(h, last_of(h->body));
    last = h;
    handlers.push_back(h);
  }
  if (star_state == 2) s->kind = NodeKind::TryStar;
  s->handlers = seq(handlers);
  if (at(TokenKind::KwElse)) {
    if (handlers.empty()) invalid_syntax();
    const Token& e = advance();
    expect_msg(TokenKind::Colon, "expected ':'");
    s->orelse = block("'else' statement", e.lineno);
    last = last_of(s->orelse);
  }
  if (at(TokenKind::KwFinally)) {
    const Token& f = advance();
    expect_msg(TokenKind::Colon, "expected ':'");
    s->finalbody = block("'finally' statement", f.lineno);
    last = last_of(s->finalbody);
  }
  if (handlers.empty() && s->finalbody.empty())
    error_at(tok(), "expected 'except' or 'finally' block");
  return end_at(s, last);
}

Stmt* Parser::decorated() {
  const Token& start = tok();
  std::vector<Expr*> decorators;
  while (accept(TokenKind::At)) {
    decorators.push_back(named_expression());
    if (!at(TokenKind::Newline)) invalid_syntax();
    advance();
  }
  (void)start;
  if (at(TokenKind::KwDef)) return funcdef(nullptr, &decorators, nullptr);
  if (at(TokenKind::KwClass)) return classdef(&decorators, nullptr);
  if (opts_.static_syntax && (at(TokenKind::KwIf) || at(TokenKind::KwFor)) &&
      decorators.size() == 1 && decorators[0]->kind == NodeKind::Name &&
      static_cast<Name*>(decorators[0])->id == "parameter") {
    return comptime_stmt();
  }
  if (const char* k = static_decl_keyword()) {
    std::string_view word = k;
    if (word == "fn") return fn_def(&decorators);
    if (word == "struct" || word == "trait") return struct_def(&decorators);
  }
  if (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwDef) {
    const Token& a = advance();
    return funcdef(&a, &decorators, nullptr);
  }
  invalid_syntax();
}

Stmt* Parser::funcdef(const Token* async_tok, std::vector<Expr*>* decorators, const Token*) {
  const Token& t = advance();
  auto* s = mk<FunctionDef>(async_tok ? NodeKind::AsyncFunctionDef : NodeKind::FunctionDef,
                            async_tok ? *async_tok : t);
  if (!at(TokenKind::Name)) invalid_syntax();
  s->name = name_of(advance());
  // A .mojo def may be typed Mojo (frontend/mojo_def.h): compile-time parameters, argument
  // conventions and `raises`.
  if (opts_.static_syntax && !async_tok) s->params = compile_time_parameters();
  expect_msg(TokenKind::LPar, "expected '('");
  s->args = parameters(TokenKind::RPar, true, opts_.static_syntax);
  expect(TokenKind::RPar);
  if (opts_.static_syntax && at_name("raises")) {
    advance();
    s->raises = true;
  }
  if (accept(TokenKind::RArrow)) s->returns = expression();
  expect_msg(TokenKind::Colon, "expected ':'");
  if (decorators) s->decorator_list = seq(*decorators);
  s->body = block("function definition", t.lineno);
  return end_at(s, last_of(s->body));
}

Stmt* Parser::classdef(std::vector<Expr*>* decorators, const Token*) {
  const Token& t = advance();
  auto* s = mk<ClassDef>(NodeKind::ClassDef, t);
  if (!at(TokenKind::Name)) invalid_syntax();
  const Token& nt = advance();
  s->name = name_of(nt);
  if (at(TokenKind::LPar)) {
    auto* dummy = mk<Name>(NodeKind::Name, nt);
    done(dummy);
    auto* c = static_cast<Call*>(call(dummy));
    s->bases = c->args;
    s->keywords = c->keywords;
  }
  expect_msg(TokenKind::Colon, "expected ':'");
  if (decorators) s->decorator_list = seq(*decorators);
  s->body = block("class definition", t.lineno);
  return end_at(s, last_of(s->body));
}

Stmt* Parser::match_stmt() {
  size_t m = mark();
  const Token& t = tok();
  Expr* subject = nullptr;
  try {
    advance();
    if (!starts_expression() && !at(TokenKind::Star)) throw ParseFailure{};
    const Token& st = tok();
    Expr* first = star_named_expression();
    if (at(TokenKind::Comma)) {
      std::vector<Expr*> elts{first};
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::Colon)) break;
        elts.push_back(star_named_expression());
      }
      auto* tup = mk<Sequence>(NodeKind::Tuple, st);
      tup->elts = seq(elts);
      subject = done(tup);
    } else {
      subject = first;
    }
    if (!at(TokenKind::Colon)) throw ParseFailure{};
  } catch (const ParseFailure&) {
    if (lexer.has_error() || err.kind == SyntaxErrorKind::MemoryError) throw;
    failed = false;
    reset(m);
    return nullptr;
  }
  advance();  // ':'
  auto* s = mk<Match>(NodeKind::Match, t);
  s->subject = subject;
  if (!at(TokenKind::Newline)) invalid_syntax();
  advance();
  if (!at(TokenKind::Indent)) {
    error_at(
        tok(),
        "expected an indented block after 'match' statement on line " + std::to_string(t.lineno),
        SyntaxErrorKind::IndentationError);
  }
  advance();
  std::vector<MatchCase*> cases;
  while (!at(TokenKind::Dedent)) {
    if (!at_name("case")) invalid_syntax();
    const Token& ct = advance();
    auto* c = arena_.make<MatchCase>();
    c->kind = NodeKind::MatchCase;
    c->pattern = patterns();
    if (accept(TokenKind::KwIf)) c->guard = named_expression();
    colon_soft(*this);
    c->body = block("'case' statement", ct.lineno);
    cases.push_back(c);
  }
  advance();
  s->cases = seq(cases);
  return end_at(s, last_of(cases.back()->body));
}

Pattern* Parser::patterns() {
  const Token& start = tok();
  Pattern* p = star_or_pattern();
  if (!at(TokenKind::Comma)) {
    if (p->kind == NodeKind::MatchStar) {
      auto* sq = mk<MatchSequence>(NodeKind::MatchSequence, start);
      sq->patterns = seq(std::vector<Pattern*>{p});
      return end_at(sq, p);
    }
    return p;
  }
  std::vector<Pattern*> items{p};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at(TokenKind::KwIf)) break;
    items.push_back(star_or_pattern());
  }
  auto* sq = mk<MatchSequence>(NodeKind::MatchSequence, start);
  sq->patterns = seq(items);
  return done(sq);
}

Pattern* Parser::star_or_pattern() {
  if (at(TokenKind::Star)) {
    const Token& st = advance();
    if (!at(TokenKind::Name)) invalid_syntax();
    const Token& nt = advance();
    auto* s = mk<MatchStar>(NodeKind::MatchStar, st);
    std::string_view n = name_of(nt);
    if (n != "_") s->name = n;
    return done(s);
  }
  return pattern();
}

Pattern* Parser::pattern() {
  DepthGuard g(this);
  const Token& start = tok();
  Pattern* p = or_pattern();
  if (at(TokenKind::KwAs)) {
    advance();
    if (!at(TokenKind::Name)) {
      if (starts_expression()) {
        const Token& bt = tok();
        Expr* e = expression();
        (void)bt;
        error_node(e, "invalid pattern target");
      }
      invalid_syntax();
    }
    const Token& nt = advance();
    std::string_view n = name_of(nt);
    if (n == "_") error_at(nt, "cannot use '_' as a target");
    auto* a = mk<MatchAs>(NodeKind::MatchAs, start);
    a->pattern = p;
    a->name = n;
    return done(a);
  }
  return p;
}

Pattern* Parser::or_pattern() {
  const Token& start = tok();
  Pattern* first = closed_pattern();
  if (!at(TokenKind::VBar)) return first;
  std::vector<Pattern*> alts{first};
  while (accept(TokenKind::VBar)) alts.push_back(closed_pattern());
  auto* o = mk<MatchSequence>(NodeKind::MatchOr, start);
  o->patterns = seq(alts);
  return done(o);
}

Expr* Parser::pattern_literal_expr(bool allow_complex) {
  const Token& start = tok();
  Expr* e;
  if (at(TokenKind::String)) {
    e = strings();
    if (e->kind == NodeKind::JoinedStr)
      error_node(e, "patterns may only match literals and attribute lookups");
    return e;
  }
  if (at(TokenKind::KwNone) || at(TokenKind::KwTrue) || at(TokenKind::KwFalse)) return atom();
  if (at(TokenKind::Minus)) {
    advance();
    if (!at(TokenKind::Number)) invalid_syntax();
    auto* u = mk<UnaryOp>(NodeKind::UnaryOp, start);
    u->op = UnaryOpKind::USub;
    u->operand = number(advance());
    e = done(u);
  } else if (at(TokenKind::Number)) {
    e = number(advance());
  } else {
    invalid_syntax();
  }
  if (allow_complex && (at(TokenKind::Plus) || at(TokenKind::Minus))) {
    OperatorKind op = at(TokenKind::Plus) ? OperatorKind::Add : OperatorKind::Sub;
    advance();
    if (!at(TokenKind::Number)) invalid_syntax();
    Expr* imag = number(advance());
    if (static_cast<Constant*>(imag)->value_kind != ConstantKind::Complex) {
      error_node(imag, "imaginary number required in complex literal");
    }
    auto* b = mk<BinOp>(NodeKind::BinOp, start);
    b->left = e;
    b->op = op;
    b->right = imag;
    e = done(b);
  }
  return e;
}

Expr* Parser::pattern_name_or_attr() {
  const Token& nt = advance();
  auto* n = mk<Name>(NodeKind::Name, nt);
  n->id = name_of(nt);
  Expr* e = done(n);
  while (at(TokenKind::Dot)) {
    advance();
    if (!at(TokenKind::Name)) invalid_syntax();
    const Token& at_ = advance();
    auto* a = mk<Attribute>(NodeKind::Attribute, nt);
    a->value = e;
    a->attr = name_of(at_);
    e = done(a);
  }
  return e;
}

Pattern* Parser::closed_pattern() {
  const Token& t = tok();
  switch (t.kind) {
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: {
      auto* p = mk<MatchValue>(NodeKind::MatchSingleton, t);
      p->value = atom();
      return done(p);
    }
    case TokenKind::Number:
    case TokenKind::Minus:
    case TokenKind::String: {
      auto* p = mk<MatchValue>(NodeKind::MatchValue, t);
      p->value = pattern_literal_expr(true);
      return done(p);
    }
    case TokenKind::Name: {
      if (text(t) == "_" && kind(1) != TokenKind::Dot && kind(1) != TokenKind::LPar) {
        advance();
        auto* p = mk<MatchAs>(NodeKind::MatchAs, t);
        return done(p);
      }
      Expr* e = pattern_name_or_attr();
      if (at(TokenKind::LPar)) {
        advance();
        auto* c = mk<MatchClass>(NodeKind::MatchClass, t);
        c->cls = e;
        std::vector<Pattern*> pos, kwp;
        std::vector<std::string_view> kwa;
        while (!at(TokenKind::RPar)) {
          if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
            kwa.push_back(name_of(advance()));
            advance();
            kwp.push_back(pattern());
          } else {
            const Token& pt = tok();
            Pattern* p = pattern();
            if (!kwa.empty()) {
              (void)pt;
              error_node(p, "positional patterns follow keyword patterns");
            }
            pos.push_back(p);
          }
          if (!accept(TokenKind::Comma)) break;
        }
        expect(TokenKind::RPar);
        c->patterns = seq(pos);
        c->kwd_attrs = seq(kwa);
        c->kwd_patterns = seq(kwp);
        return done(c);
      }
      if (e->kind == NodeKind::Attribute) {
        auto* p = mk<MatchValue>(NodeKind::MatchValue, t);
        p->value = e;
        return done(p);
      }
      auto* p = mk<MatchAs>(NodeKind::MatchAs, t);
      p->name = static_cast<Name*>(e)->id;
      return done(p);
    }
    case TokenKind::LPar:
    case TokenKind::LSqb: {
      DepthGuard g(this);
      bool paren = t.kind == TokenKind::LPar;
      TokenKind close = paren ? TokenKind::RPar : TokenKind::RSqb;
      advance();
      std::vector<Pattern*> items;
      bool comma = false;
      while (!at(close)) {
        items.push_back(star_or_pattern());
        if (!accept(TokenKind::Comma)) break;
        comma = true;
      }
      expect(close);
      if (paren && items.size() == 1 && !comma && items[0]->kind != NodeKind::MatchStar)
        return items[0];
      auto* sq = mk<MatchSequence>(NodeKind::MatchSequence, t);
      sq->patterns = seq(items);
      return done(sq);
    }
    case TokenKind::LBrace: {
      DepthGuard g(this);
      advance();
      auto* mm = mk<MatchMapping>(NodeKind::MatchMapping, t);
      std::vector<Expr*> keys;
      std::vector<Pattern*> pats;
      while (!at(TokenKind::RBrace)) {
        if (accept(TokenKind::DoubleStar)) {
          if (!at(TokenKind::Name)) invalid_syntax();
          mm->rest = name_of(advance());
          accept(TokenKind::Comma);
          break;
        }
        Expr* k;
        if (at(TokenKind::Name)) {
          k = pattern_name_or_attr();
          if (k->kind != NodeKind::Attribute) invalid_syntax();
        } else {
          k = pattern_literal_expr(true);
        }
        expect(TokenKind::Colon);
        keys.push_back(k);
        pats.push_back(pattern());
        if (!accept(TokenKind::Comma)) break;
      }
      expect(TokenKind::RBrace);
      mm->keys = seq(keys);
      mm->patterns = seq(pats);
      return done(mm);
    }
    default:
      invalid_syntax();
  }
}

}  // namespace ember

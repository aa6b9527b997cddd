// Expressions.
#include <charconv>
#include <cstring>

#include "frontend/parser_internal.h"

namespace ember {

using namespace ast;

bool Parser::starts_expression(size_t k) {
  switch (kind(k)) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LPar:
    case TokenKind::LSqb:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::Ellipsis:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwAwait:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
      return true;
    default:
      return false;
  }
}

const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Attribute:
      return "attribute";
    case NodeKind::Subscript:
      return "subscript";
    case NodeKind::Starred:
      return "starred";
    case NodeKind::Name:
      return "name";
    case NodeKind::List:
      return "list";
    case NodeKind::Tuple:
      return "tuple";
    case NodeKind::Lambda:
      return "lambda";
    case NodeKind::Call:
      return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp:
      return "expression";
    case NodeKind::GeneratorExp:
      return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return "yield expression";
    case NodeKind::Await:
      return "await expression";
    case NodeKind::ListComp:
      return "list comprehension";
    case NodeKind::SetComp:
      return "set comprehension";
    case NodeKind::DictComp:
      return "dict comprehension";
    case NodeKind::Dict:
      return "dict literal";
    case NodeKind::Set:
      return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue:
      return "f-string expression";
    case NodeKind::Constant: {
      auto* c = static_cast<const Constant*>(e);
      switch (c->value_kind) {
        case ConstantKind::None:
          return "None";
        case ConstantKind::True:
          return "True";
        case ConstantKind::False:
          return "False";
        case ConstantKind::Ellipsis:
          return "ellipsis";
        default:
          return "literal";
      }
    }
    case NodeKind::Compare:
      return "comparison";
    case NodeKind::IfExp:
      return "conditional expression";
    case NodeKind::NamedExpr:
      return "named expression";
    default:
      return "expression";
  }
}

// Finds the first sub-target that cannot be assigned/deleted, or nullptr.
Expr* invalid_target(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case NodeKind::Name:
    case NodeKind::Attribute:
    case NodeKind::Subscript:
      return nullptr;
    case NodeKind::Starred:
      if (ctx == ExprContext::Del) return e;
      return invalid_target(static_cast<Starred*>(e)->value, ctx);
    case NodeKind::List:
    case NodeKind::Tuple:
      for (Expr* x : static_cast<Sequence*>(e)->elts) {
        if (Expr* bad = invalid_target(x, ctx)) return bad;
      }
      return nullptr;
    default:
      return e;
  }
}

void Parser::set_context(Expr* e, ExprContext ctx) {
  if (Expr* bad = invalid_target(e, ctx)) {
    std::string msg = ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ";
    msg += expr_name(bad);
    error_node(bad, msg);
  }
  switch (e->kind) {
    case NodeKind::Name:
      static_cast<Name*>(e)->ctx = ctx;
      break;
    case NodeKind::Attribute:
      static_cast<Attribute*>(e)->ctx = ctx;
      break;
    case NodeKind::Subscript:
      static_cast<Subscript*>(e)->ctx = ctx;
      break;
    case NodeKind::Starred:
      static_cast<Starred*>(e)->ctx = ctx;
      set_context(static_cast<Starred*>(e)->value, ctx);
      break;
    case NodeKind::List:
    case NodeKind::Tuple:
      static_cast<Sequence*>(e)->ctx = ctx;
      for (Expr* x : static_cast<Sequence*>(e)->elts) set_context(x, ctx);
      break;
    default:
      break;
  }
}

// Targets of `for`/comprehensions: star_targets stopping before `in`.
Expr* Parser::star_targets(TokenKind stop_kw) {
  const Token& start = tok();
  std::vector<Expr*> elts;
  bool comma = false;
  for (;;) {
    Expr* e;
    if (at(TokenKind::Star)) {
      const Token& st = advance();
      auto* s = mk<Starred>(NodeKind::Starred, st);
      s->value = bitwise_or();
      e = done(s);
    } else {
      e = bitwise_or();
    }
    elts.push_back(e);
    if (!at(TokenKind::Comma)) break;
    advance();
    comma = true;
    if (at(stop_kw) || !(starts_expression() || at(TokenKind::Star))) break;
  }
  Expr* result;
  if (!comma) {
    result = elts[0];
  } else {
    auto* t = mk<Sequence>(NodeKind::Tuple, start);
    t->elts = seq(elts);
    result = done(t);
  }
  set_context(result, ExprContext::Store);
  return result;
}

Expr* Parser::star_expressions() {
  const Token& start = tok();
  Expr* first = star_expression();
  if (!at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (!(starts_expression() || at(TokenKind::Star))) break;
    elts.push_back(star_expression());
  }
  auto* t = mk<Sequence>(NodeKind::Tuple, start);
  t->elts = seq(elts);
  return done(t);
}

Expr* Parser::star_expression() {
  if (at(TokenKind::Star)) {
    const Token& st = advance();
    auto* s = mk<Starred>(NodeKind::Starred, st);
    s->value = bitwise_or();
    return done(s);
  }
  return expression();
}

Expr* Parser::star_named_expression() {
  if (at(TokenKind::Star)) {
    const Token& st = advance();
    auto* s = mk<Starred>(NodeKind::Starred, st);
    s->value = bitwise_or();
    return done(s);
  }
  return named_expression();
}

Expr* Parser::named_expression() {
  if (at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual) {
    const Token& nt = advance();
    auto* target = mk<Name>(NodeKind::Name, nt);
    target->id = name_of(nt);
    target->ctx = ExprContext::Store;
    done(target);
    advance();
    auto* n = mk<NamedExpr>(NodeKind::NamedExpr, nt);
    n->target = target;
    n->value = expression();
    return done(n);
  }
  Expr* e = expression();
  if (at(TokenKind::ColonEqual)) {
    error_node(e, std::string("cannot use assignment expressions with ") + expr_name(e));
  }
  return e;
}

Expr* Parser::expression() {
  DepthGuard g(this);
  if (at(TokenKind::KwLambda)) return lambdef();
  const Token& start = tok();
  size_t start_mark = mark();
  Expr* body = disjunction();
  // Like CPython's invalid_expression, which skips `NAME STRING` and soft keywords.
  if (starts_expression() && !reading_next_expression_ &&
      !(start.kind == TokenKind::Name &&
        (token_at(start_mark + 1).kind == TokenKind::String || text(start) == "match" ||
         text(start) == "case" || text(start) == "_"))) {
    read_next_expression();
  }
  if (at(TokenKind::KwIf)) {
    advance();
    auto* n = mk<IfExp>(NodeKind::IfExp, start);
    n->body = body;
    n->test = disjunction();
    if (!at(TokenKind::KwElse)) {
      error_range(body->lineno, body->col_offset, n->test->end_lineno, n->test->end_col_offset,
                  "expected 'else' after 'if' expression");
    }
    advance();
    n->orelse = expression();
    return done(n);
  }
  return body;
}

Expr* Parser::lambdef() {
  const Token& lt = advance();
  auto* n = mk<Lambda>(NodeKind::Lambda, lt);
  n->args = parameters(TokenKind::Colon, false);
  expect(TokenKind::Colon);
  n->body = expression();
  return done(n);
}

Expr* Parser::disjunction() {
  const Token& start = tok();
  Expr* first = conjunction();
  if (!at(TokenKind::KwOr)) return first;
  std::vector<Expr*> vals{first};
  while (accept(TokenKind::KwOr)) vals.push_back(conjunction());
  auto* n = mk<BoolOp>(NodeKind::BoolOp, start);
  n->op = BoolOpKind::Or;
  n->values = seq(vals);
  return done(n);
}

Expr* Parser::conjunction() {
  const Token& start = tok();
  Expr* first = inversion();
  if (!at(TokenKind::KwAnd)) return first;
  std::vector<Expr*> vals{first};
  while (accept(TokenKind::KwAnd)) vals.push_back(inversion());
  auto* n = mk<BoolOp>(NodeKind::BoolOp, start);
  n->op = BoolOpKind::And;
  n->values = seq(vals);
  return done(n);
}

Expr* Parser::inversion() {
  if (at(TokenKind::KwNot)) {
    DepthGuard g(this);
    const Token& t = advance();
    auto* n = mk<UnaryOp>(NodeKind::UnaryOp, t);
    n->op = UnaryOpKind::Not;
    n->operand = inversion();
    return done(n);
  }
  return comparison();
}

Expr* Parser::comparison() {
  const Token& start = tok();
  Expr* left = bitwise_or();
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comps;
  for (;;) {
    CmpOpKind op;
    switch (kind()) {
      case TokenKind::EqEqual:
        op = CmpOpKind::Eq;
        break;
      case TokenKind::NotEqual:
        if (text(tok()) == "<>") invalid_syntax();
        op = CmpOpKind::NotEq;
        break;
      case TokenKind::Less:
        op = CmpOpKind::Lt;
        break;
      case TokenKind::LessEqual:
        op = CmpOpKind::LtE;
        break;
      case TokenKind::Greater:
        op = CmpOpKind::Gt;
        break;
      case TokenKind::GreaterEqual:
        op = CmpOpKind::GtE;
        break;
      case TokenKind::KwIn:
        op = CmpOpKind::In;
        break;
      case TokenKind::KwIs:
        if (kind(1) == TokenKind::KwNot) {
          advance();
          op = CmpOpKind::IsNot;
        } else {
          op = CmpOpKind::Is;
        }
        break;
      case TokenKind::KwNot:
        if (kind(1) != TokenKind::KwIn) goto out;
        advance();
        op = CmpOpKind::NotIn;
        break;
      default:
        goto out;
    }
    advance();
    ops.push_back(op);
    comps.push_back(bitwise_or());
  }
out:
  if (ops.empty()) return left;
  auto* n = mk<Compare>(NodeKind::Compare, start);
  n->left = left;
  n->ops = seq(ops);
  n->comparators = seq(comps);
  return done(n);
}

#define EMBER_BINARY_LEVEL(fn, next, cases)            \
  Expr* Parser::fn() {                                 \
    const Token& start = tok();                        \
    Expr* left = next();                               \
    for (;;) {                                         \
      OperatorKind op;                                 \
      switch (kind()) { cases default : return left; } \
      advance();                                       \
      Expr* right = next();                            \
      auto* n = mk<BinOp>(NodeKind::BinOp, start);     \
      n->left = left;                                  \
      n->op = op;                                      \
      n->right = right;                                \
      left = done(n);                                  \
    }                                                  \
  }

#define EMBER_OP(tk, o)   \
  case TokenKind::tk:     \
    op = OperatorKind::o; \
    break;

EMBER_BINARY_LEVEL(bitwise_or, bitwise_xor, EMBER_OP(VBar, BitOr))
EMBER_BINARY_LEVEL(bitwise_xor, bitwise_and, EMBER_OP(Circumflex, BitXor))
EMBER_BINARY_LEVEL(bitwise_and, shift_expr, EMBER_OP(Amper, BitAnd))
EMBER_BINARY_LEVEL(shift_expr, sum, EMBER_OP(LeftShift, LShift) EMBER_OP(RightShift, RShift))
EMBER_BINARY_LEVEL(sum, term, EMBER_OP(Plus, Add) EMBER_OP(Minus, Sub))
EMBER_BINARY_LEVEL(term, factor,
                   EMBER_OP(Star, Mult) EMBER_OP(Slash, Div) EMBER_OP(DoubleSlash, FloorDiv)
                       EMBER_OP(Percent, Mod) EMBER_OP(At, MatMult))
#undef EMBER_OP
#undef EMBER_BINARY_LEVEL

Expr* Parser::factor() {
  UnaryOpKind op;
  switch (kind()) {
    case TokenKind::Plus:
      op = UnaryOpKind::UAdd;
      break;
    case TokenKind::Minus:
      op = UnaryOpKind::USub;
      break;
    case TokenKind::Tilde:
      op = UnaryOpKind::Invert;
      break;
    default:
      return power();
  }
  DepthGuard g(this);
  const Token& t = advance();
  auto* n = mk<UnaryOp>(NodeKind::UnaryOp, t);
  n->op = op;
  n->operand = factor();
  return done(n);
}

Expr* Parser::power() {
  const Token& start = tok();
  Expr* left = await_primary();
  if (!at(TokenKind::DoubleStar)) return left;
  DepthGuard g(this);
  advance();
  auto* n = mk<BinOp>(NodeKind::BinOp, start);
  n->left = left;
  n->op = OperatorKind::Pow;
  n->right = factor();
  return done(n);
}

Expr* Parser::await_primary() {
  if (at(TokenKind::KwAwait)) {
    DepthGuard g(this);
    const Token& t = advance();
    auto* n = mk<Await>(NodeKind::Await, t);
    n->value = primary();
    return done(n);
  }
  return primary();
}

Expr* Parser::primary() {
  const Token& start = tok();
  Expr* e = atom();
  for (;;) {
    switch (kind()) {
      case TokenKind::Dot: {
        advance();
        if (!at(TokenKind::Name)) invalid_syntax();
        const Token& nt = advance();
        auto* a = mk<Attribute>(NodeKind::Attribute, start);
        a->value = e;
        a->attr = name_of(nt);
        e = done(a);
        break;
      }
      case TokenKind::LPar:
        e = call(e, &start);
        break;
      case TokenKind::LSqb: {
        DepthGuard g(this);
        advance();
        if (opts_.static_syntax && at(TokenKind::RSqb)) {
          // `x[]` dereferences a reference (Mojo 2024); loop variables and elements are
          // values here, so it is x itself.
          advance();
          break;
        }
        auto* s = mk<Subscript>(NodeKind::Subscript, start);
        s->value = e;
        s->slice = slices();
        expect(TokenKind::RSqb);
        e = done(s);
        break;
      }
      case TokenKind::Circumflex:
        // `x^` (transfer) where no operand follows; `x ^ y` stays exclusive or.
        if (opts_.static_syntax && !starts_expression(1)) {
          advance();
          auto* t = mk<Transfer>(NodeKind::Transfer, start);
          t->value = e;
          e = done(t);
          break;
        }
        return e;
      default:
        return e;
    }
  }
}

Expr* Parser::slices() {
  const Token& start = tok();
  Expr* first = slice();
  if (!at(TokenKind::Comma)) {
    if (first->kind != NodeKind::Starred) return first;
    auto* t = mk<Sequence>(NodeKind::Tuple, start);  // a[*b] subscripts with a 1-tuple
    t->elts = seq(std::vector<Expr*>{first});
    return done(t);
  }
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    elts.push_back(slice());
  }
  auto* t = mk<Sequence>(NodeKind::Tuple, start);
  t->elts = seq(elts);
  return done(t);
}

Expr* Parser::slice() {
  const Token& start = tok();
  Expr* lower = nullptr;
  if (at(TokenKind::Star)) {
    const Token& st = advance();
    auto* s = mk<Starred>(NodeKind::Starred, st);
    s->value = bitwise_or();
    return done(s);
  }
  if (opts_.static_syntax && at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
    const Token& name = advance();
    advance();  // '='
    auto* k = mk<ParamKeyword>(NodeKind::ParamKeyword, name);
    k->arg = name_of(name);
    k->value = expression();
    return done(k);
  }
  if (!at(TokenKind::Colon)) {
    lower = named_expression();
    if (!at(TokenKind::Colon)) return lower;
    if (lower->kind == NodeKind::NamedExpr) invalid_syntax();
  }
  auto* s = mk<Slice>(NodeKind::Slice, start);
  s->lower = lower;
  advance();  // ':'
  if (!at(TokenKind::Colon) && !at(TokenKind::Comma) && !at(TokenKind::RSqb))
    s->upper = expression();
  if (accept(TokenKind::Colon)) {
    if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) s->step = expression();
  }
  return done(s);
}

void Parser::check_forgot_comma(Expr* a) {
  // Inside brackets, two expressions in a row: "Perhaps you forgot a comma?"
  if (!starts_expression()) return;
  if (a->kind == NodeKind::Name && at(TokenKind::String)) return;
  size_t m = mark();
  Expr* b = nullptr;
  bool saved_failed = failed;
  bool saved_reading = reading_next_expression_;
  // CPython reads the second expression without its error rules.
  reading_next_expression_ = true;
  try {
    b = expression();
  } catch (const ParseFailure&) {
    reading_next_expression_ = saved_reading;
    if (lexer.has_error()) throw;
    failed = saved_failed;
    reset(m);
    return;
  }
  reading_next_expression_ = saved_reading;
  error_between(a, b, "invalid syntax. Perhaps you forgot a comma?");
}

// CPython's second pass reads an expression that directly follows another as
// the second half of a missing comma. How far that reads decides whether an
// unclosed bracket is reported instead (finish_error); a tokenizer error on
// the way is the error.
void Parser::read_next_expression() {
  size_t m = mark();
  bool saved_failed = failed;
  SyntaxErrorInfo saved_err = err;
  reading_next_expression_ = true;
  try {
    expression();
  } catch (const ParseFailure&) {
    if (err.kind == SyntaxErrorKind::MemoryError) throw;
  }
  reading_next_expression_ = false;
  if (lexer.has_error()) fail_lexer();
  failed = saved_failed;
  err = std::move(saved_err);
  reset(m);
}

Expr* Parser::call(Expr* func, const Token* start) {
  DepthGuard g(this);
  const Token& open = advance();  // '('
  auto* c = start ? mk<Call>(NodeKind::Call, *start) : mk_at<Call>(NodeKind::Call, func);
  c->func = func;
  std::vector<Expr*> args;
  std::vector<Keyword*> kws;
  bool seen_kw = false, seen_dstar = false;
  const char* late_error = nullptr;  // CPython reports these at the closing ')'
  while (!at(TokenKind::RPar)) {
    const Token& st = tok();
    if (at(TokenKind::Star)) {
      advance();
      auto* s = mk<Starred>(NodeKind::Starred, st);
      s->value = expression();
      done(s);
      if (seen_dstar)
        error_node(s, "iterable argument unpacking follows keyword argument unpacking");
      args.push_back(s);
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      auto* k = mk<Keyword>(NodeKind::Keyword, st);
      k->value = expression();
      kws.push_back(done(k));
      seen_dstar = true;
    } else if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
      const Token& nt = advance();
      advance();
      auto* k = mk<Keyword>(NodeKind::Keyword, nt);
      k->arg = name_of(nt);
      k->value = expression();
      kws.push_back(done(k));
      seen_kw = true;
    } else {
      const Token& estart = tok();
      Expr* e = named_expression();
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        auto* gen = mk<Comp>(NodeKind::GeneratorExp, estart);
        gen->elt = e;
        gen->generators = comprehensions();
        done(gen);
        if (!args.empty() || !kws.empty() || !at(TokenKind::RPar)) {
          if (at(TokenKind::Comma) && kind(1) == TokenKind::RPar && args.empty() && kws.empty()) {
            // f(x for x in y,) is fine
          } else {
            error_node(gen, "Generator expression must be parenthesized");
          }
        }
        // CPython gives the parenthesized call's genexp the call's parens.
        gen->col_offset = -1;  // fixed below
        e = gen;
      } else if (at(TokenKind::Equal)) {
        const Token& eq = tok();
        error_range(e->lineno, e->col_offset, eq.end_lineno, eq.end_col,
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
      } else {
        check_forgot_comma(e);
      }
      if (seen_dstar && !late_error)
        late_error = "positional argument follows keyword argument unpacking";
      if (seen_kw && !late_error) late_error = "positional argument follows keyword argument";
      args.push_back(e);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  const Token& close = tok();
  if (late_error && close.kind == TokenKind::RPar) error_at(close, late_error);
  expect(TokenKind::RPar);
  if (args.size() == 1 && args[0]->kind == NodeKind::GeneratorExp && args[0]->col_offset == -1) {
    // Sole generator argument: its location spans the call's parentheses.
    args[0]->lineno = open.lineno;
    args[0]->col_offset = open.col;
    args[0]->end_lineno = close.end_lineno;
    args[0]->end_col_offset = close.end_col;
  }
  c->args = seq(args);
  c->keywords = seq(kws);
  return done(c);
}

Seq<Comprehension*> Parser::comprehensions() {
  std::vector<Comprehension*> gens;
  while (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
    auto* c = arena_.make<Comprehension>();
    c->kind = NodeKind::Comprehension;
    if (accept(TokenKind::KwAsync)) c->is_async = true;
    advance();  // for
    c->target = star_targets(TokenKind::KwIn);
    expect(TokenKind::KwIn);
    c->iter = disjunction();
    std::vector<Expr*> ifs;
    while (accept(TokenKind::KwIf)) ifs.push_back(disjunction());
    c->ifs = seq(ifs);
    gens.push_back(c);
  }
  return seq(gens);
}

Expr* Parser::yield_expr() {
  const Token& yt = advance();
  if (accept(TokenKind::KwFrom)) {
    auto* n = mk<Await>(NodeKind::YieldFrom, yt);
    n->value = expression();
    return done(n);
  }
  auto* n = mk<Await>(NodeKind::Yield, yt);
  if (starts_expression() || at(TokenKind::Star)) n->value = star_expressions();
  return done(n);
}

Expr* Parser::atom() {
  const Token& t = tok();
  switch (t.kind) {
    case TokenKind::Name: {
      advance();
      auto* n = mk<Name>(NodeKind::Name, t);
      n->id = name_of(t);
      return done(n);
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
      advance();
      auto* c = mk<Constant>(NodeKind::Constant, t);
      c->value_kind = t.kind == TokenKind::KwTrue    ? ConstantKind::True
                      : t.kind == TokenKind::KwFalse ? ConstantKind::False
                      : t.kind == TokenKind::KwNone  ? ConstantKind::None
                                                     : ConstantKind::Ellipsis;
      return done(c);
    }
    case TokenKind::Number:
      advance();
      return number(t);
    case TokenKind::String:
      return strings();
    case TokenKind::LPar:
      return paren_atom();
    case TokenKind::LSqb:
      return list_atom();
    case TokenKind::LBrace:
      return brace_atom();
    case TokenKind::Error:
      fail_lexer();
    default:
      invalid_syntax();
  }
}

Expr* Parser::number(const Token& t) {
  auto* c = mk<Constant>(NodeKind::Constant, t);
  done(c);
  std::string_view s = text(t);
  std::string clean;
  clean.reserve(s.size());
  for (char ch : s) {
    if (ch != '_') clean += ch;
  }
  char last = static_cast<char>(clean.back() | 0x20);
  bool based = clean.size() > 1 && clean[0] == '0' &&
               ((clean[1] | 0x20) == 'x' || (clean[1] | 0x20) == 'o' || (clean[1] | 0x20) == 'b');
  if (based) {
    clean[1] = static_cast<char>(clean[1] | 0x20);
    c->value_kind = ConstantKind::Int;
    c->value = arena_.intern(clean);
    return c;
  }
  if (last == 'j') {
    clean.pop_back();
    c->value_kind = ConstantKind::Complex;
  } else if (clean.find_first_of(".eE") != std::string::npos) {
    c->value_kind = ConstantKind::Float;
  } else {
    c->value_kind = ConstantKind::Int;
    c->value = arena_.intern(clean);
    return c;
  }
  double v = 0;
  auto res = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (res.ec == std::errc::result_out_of_range) {
    // Overflow to infinity / underflow to zero like CPython's float().
    bool neg_exp = clean.find("e-") != std::string::npos || clean.find("E-") != std::string::npos;
    v = neg_exp ? 0.0 : __builtin_inf();
  }
  c->number = v;
  c->value = arena_.intern(clean);
  return c;
}

Expr* Parser::paren_atom() {
  DepthGuard g(this);
  const Token& open = advance();
  if (at(TokenKind::RPar)) {
    advance();
    auto* t = mk<Sequence>(NodeKind::Tuple, open);
    return done(t);
  }
  if (at(TokenKind::KwYield)) {
    Expr* y = yield_expr();
    expect(TokenKind::RPar);
    return y;
  }
  Expr* first = star_named_expression();
  if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
    if (first->kind == NodeKind::Starred)
      error_node(first, "iterable unpacking cannot be used in comprehension");
    auto* gen = mk<Comp>(NodeKind::GeneratorExp, open);
    gen->elt = first;
    gen->generators = comprehensions();
    expect(TokenKind::RPar);
    return done(gen);
  }
  if (at(TokenKind::RPar)) {
    advance();
    if (first->kind == NodeKind::Starred) error_node(first, "cannot use starred expression here");
    return first;
  }
  if (!at(TokenKind::Comma)) {
    if (at(TokenKind::Equal) && first->kind != NodeKind::Name) {
      // fallthrough to generic error
    }
    check_forgot_comma(first);
    invalid_syntax();
  }
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RPar)) break;
    Expr* e = star_named_expression();
    elts.push_back(e);
    if (!at(TokenKind::Comma) && !at(TokenKind::RPar)) check_forgot_comma(e);
  }
  expect(TokenKind::RPar);
  auto* t = mk<Sequence>(NodeKind::Tuple, open);
  t->elts = seq(elts);
  return done(t);
}

Expr* Parser::list_atom() {
  DepthGuard g(this);
  const Token& open = advance();
  std::vector<Expr*> elts;
  if (!at(TokenKind::RSqb)) {
    Expr* first = star_named_expression();
    if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
      if (first->kind == NodeKind::Starred)
        error_node(first, "iterable unpacking cannot be used in comprehension");
      auto* comp = mk<Comp>(NodeKind::ListComp, open);
      comp->elt = first;
      comp->generators = comprehensions();
      expect(TokenKind::RSqb);
      return done(comp);
    }
    elts.push_back(first);
    if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) check_forgot_comma(first);
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RSqb)) break;
      Expr* e = star_named_expression();
      elts.push_back(e);
      if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) check_forgot_comma(e);
    }
  }
  expect(TokenKind::RSqb);
  auto* l = mk<Sequence>(NodeKind::List, open);
  l->elts = seq(elts);
  return done(l);
}

Expr* Parser::brace_atom() {
  DepthGuard g(this);
  const Token& open = advance();
  if (accept(TokenKind::RBrace)) {
    auto* d = mk<Dict>(NodeKind::Dict, open);
    return done(d);
  }
  std::vector<Expr*> keys, values;
  bool is_dict;
  Expr* first_key = nullptr;
  Expr* first_val = nullptr;
  if (at(TokenKind::DoubleStar)) {
    advance();
    is_dict = true;
    first_val = bitwise_or();
  } else {
    first_key = star_named_expression();
    if (at(TokenKind::Colon) && first_key->kind != NodeKind::Starred) {
      is_dict = true;
      first_val = dict_value();
    } else {
      is_dict = false;
    }
  }
  if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor)) {
    if (is_dict) {
      if (!first_key) error_at(tok(), "dict unpacking cannot be used in dict comprehension");
      auto* comp = mk<Comp>(NodeKind::DictComp, open);
      comp->elt = first_key;
      comp->value = first_val;
      comp->generators = comprehensions();
      expect(TokenKind::RBrace);
      return done(comp);
    }
    if (first_key->kind == NodeKind::Starred)
      error_node(first_key, "iterable unpacking cannot be used in comprehension");
    auto* comp = mk<Comp>(NodeKind::SetComp, open);
    comp->elt = first_key;
    comp->generators = comprehensions();
    expect(TokenKind::RBrace);
    return done(comp);
  }
  if (is_dict) {
    keys.push_back(first_key);
    values.push_back(first_val);
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RBrace)) break;
      if (accept(TokenKind::DoubleStar)) {
        keys.push_back(nullptr);
        values.push_back(bitwise_or());
        continue;
      }
      // CPython has read this key without its error rules when it finds the ':'
      // missing, so `3 if x` is the key 3 and `3 4` no missing comma.
      size_t m = mark();
      Expr* k;
      try {
        k = expression();
      } catch (const ParseFailure&) {
        if (lexer.has_error() || err.kind == SyntaxErrorKind::MemoryError) throw;
        failed = false;
        reset(m);
        k = disjunction();
      }
      if (!at(TokenKind::Colon)) {
        error_range(k->lineno, k->end_col_offset - 1, k->end_lineno, -1,
                    "':' expected after dictionary key");
      }
      keys.push_back(k);
      values.push_back(dict_value());
    }
    if (!at(TokenKind::RBrace)) {
      if (!values.empty() && values.back()) check_forgot_comma(values.back());
      invalid_syntax();
    }
    advance();
    auto* d = mk<Dict>(NodeKind::Dict, open);
    d->keys = seq(keys);
    d->values = seq(values);
    return done(d);
  }
  std::vector<Expr*> elts{first_key};
  if (!at(TokenKind::Comma) && !at(TokenKind::RBrace)) check_forgot_comma(first_key);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    Expr* e = star_named_expression();
    elts.push_back(e);
    if (!at(TokenKind::Comma) && !at(TokenKind::RBrace)) check_forgot_comma(e);
  }
  expect(TokenKind::RBrace);
  auto* s = mk<Set>(NodeKind::Set, open);
  s->elts = seq(elts);
  return done(s);
}

// The value after a dictionary key, from its ':'.
Expr* Parser::dict_value() {
  const Token& colon = advance();
  if (at(TokenKind::RBrace) || at(TokenKind::Comma))
    error_at(colon, "expression expected after dictionary key and ':'");
  if (at(TokenKind::Star)) {
    const Token& star = advance();
    Expr* v = bitwise_or();
    error_range(star.lineno, star.col, v->end_lineno, v->end_col_offset,
                "cannot use a starred expression in a dictionary value");
  }
  return expression();
}

// Parameters of def (annotations allowed) or lambda, up to `close`.
Arguments* Parser::parameters(TokenKind close, bool annotations, bool conventions) {
  auto* a = arena_.make<Arguments>();
  a->kind = NodeKind::Arguments;
  std::vector<Arg*> posonly, args, kwonly;
  std::vector<Expr*> defaults, kw_defaults;
  bool star_seen = false, slash_seen = false;
  const Token* bare_star = nullptr;
  while (!at(close)) {
    const Token& t = tok();
    if (at(TokenKind::Slash)) {
      if (slash_seen) error_at(t, "/ may appear only once");
      if (star_seen) error_at(t, "/ must be ahead of *");
      if (args.empty()) error_at(t, "at least one argument must precede /");
      advance();
      slash_seen = true;
      posonly.insert(posonly.end(), args.begin(), args.end());
      args.clear();
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      if (!at(TokenKind::Name)) invalid_syntax();
      const Token& nt = advance();
      auto* arg = mk<Arg>(NodeKind::Arg, nt);
      arg->arg = name_of(nt);
      if (annotations && accept(TokenKind::Colon)) arg->annotation = annotation();
      a->kwarg = done(arg);
      if (at(TokenKind::Equal)) error_at(tok(), "var-keyword argument cannot have default value");
      if (at(TokenKind::Comma) && kind(1) != close) {
        advance();
        error_at(tok(), "arguments cannot follow var-keyword argument");
      }
    } else if (at(TokenKind::Star)) {
      if (star_seen) error_at(t, "* argument may appear only once");
      advance();
      star_seen = true;
      if (at(TokenKind::Name)) {
        const Token& nt = advance();
        auto* arg = mk<Arg>(NodeKind::Arg, nt);
        arg->arg = name_of(nt);
        if (annotations && accept(TokenKind::Colon)) {
          if (at(TokenKind::Star)) {
            const Token& st = advance();
            auto* s = mk<Starred>(NodeKind::Starred, st);
            s->value = expression();
            arg->annotation = done(s);
          } else {
            arg->annotation = annotation();
          }
        }
        a->vararg = done(arg);
        if (at(TokenKind::Equal))
          error_at(tok(), "var-positional argument cannot have default value");
      } else {
        bare_star = &t;
        if (at(close) || (at(TokenKind::Comma) && kind(1) == TokenKind::DoubleStar)) {
          error_at(close == TokenKind::Colon ? tok() : t, "named arguments must follow bare *");
        }
      }
    } else if (at(TokenKind::Name)) {
      const Token* convention = nullptr;
      if (conventions && kind(1) == TokenKind::Name) convention = &advance();
      const Token& nt = advance();
      auto* arg = mk<Arg>(NodeKind::Arg, convention ? *convention : nt);
      arg->arg = name_of(nt);
      if (convention) set_convention(arg, *convention);
      if (annotations && accept(TokenKind::Colon)) arg->annotation = annotation();
      done(arg);
      Expr* def = nullptr;
      if (accept(TokenKind::Equal)) def = expression();
      if (star_seen) {
        kwonly.push_back(arg);
        kw_defaults.push_back(def);
      } else {
        if (def) {
          defaults.push_back(def);
        } else if (!defaults.empty()) {
          error_node(arg, "non-default argument follows default argument");
        }
        args.push_back(arg);
      }
    } else {
      if (at(TokenKind::LPar) && close == TokenKind::RPar) {
        const Token& open = tok();
        size_t m = mark();
        bool ok = true;
        try {
          atom();
        } catch (const ParseFailure&) {
          if (lexer.has_error()) throw;
          ok = false;
          failed = false;
        }
        if (ok) {
          error_range(open.lineno, open.col, last_end_line_, last_end_col_,
                      "Function parameters cannot be parenthesized");
        }
        reset(m);
      }
      invalid_syntax();
    }
    if (!at(close)) {
      if (!at(TokenKind::Comma)) {
        if (!annotations && at(TokenKind::Colon)) break;
        invalid_syntax();
      }
      advance();
    }
  }
  (void)bare_star;
  a->posonlyargs = seq(posonly);
  a->args = seq(args);
  a->kwonlyargs = seq(kwonly);
  a->kw_defaults = seq(kw_defaults);
  a->defaults = seq(defaults);
  return a;
}

}  // namespace ember

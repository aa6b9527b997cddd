// Mojo's static declarations: fn, struct, trait, var/let, alias/comptime. They are soft
// keywords recognised only when static syntax is on and a name follows, a pair that is
// never valid Python, so every Python program parses as before.
#include "frontend/parser_internal.h"

namespace ember {

using namespace ast;

namespace {

const Node* last_stmt(Seq<Stmt*> s) {
  return s.empty() ? nullptr : s[s.size() - 1];
}

}  // namespace

const char* Parser::static_decl_keyword() {
  if (!opts_.static_syntax || !at(TokenKind::Name) || kind(1) != TokenKind::Name) return nullptr;
  static const char* const kWords[] = {"fn", "struct", "trait", "var", "let", "alias", "comptime"};
  std::string_view word = text(tok());
  for (const char* k : kWords) {
    if (word == k) return k;
  }
  return nullptr;
}

void Parser::set_convention(Arg* arg, const Token& word) {
  std::string_view w = text(word);
  ArgConvention c;
  if (w == "borrowed" || w == "read") {
    c = ArgConvention::Read;
  } else if (w == "inout" || w == "mut") {
    c = ArgConvention::Mut;
  } else if (w == "owned" || w == "var") {
    c = ArgConvention::Owned;
  } else if (w == "out") {
    c = ArgConvention::Out;
  } else if (w == "ref") {
    c = ArgConvention::Ref;
  } else if (w == "deinit") {
    c = ArgConvention::Deinit;
  } else {
    error_at(word, "unknown argument convention '" + std::string(w) + "'");
  }
  arg->convention = c;
  arg->convention_spelling = w;
}

Stmt* Parser::comptime_stmt() {
  if (at(TokenKind::KwFor)) {
    auto* f = static_cast<For*>(for_stmt(nullptr));
    f->comptime = true;
    return f;
  }
  auto* s = static_cast<If*>(if_stmt(false));
  // Its elifs are compile-time too: an elif is the lone If of an orelse, at the same column.
  for (If* i = s;;) {
    i->comptime = true;
    if (i->orelse.size() != 1) break;
    auto* next = cast<If>(i->orelse[0]);
    if (!next || next->col_offset != s->col_offset || next->lineno == s->lineno) break;
    i = next;
  }
  return s;
}

Arguments* Parser::compile_time_parameters() {
  if (!accept(TokenKind::LSqb)) return nullptr;
  Arguments* params = parameters(TokenKind::RSqb, true);
  expect(TokenKind::RSqb);
  return params;
}

Expr* Parser::annotation() {
  if (opts_.static_syntax && at_name("fn") && kind(1) == TokenKind::LPar) return fn_type();
  return expression();
}

// `fn (Int, String) raises capturing -> Bool`: the argument types may carry conventions
// (`mut Int`) and names (`x: Int`), which the type does not keep beyond the type itself.
Expr* Parser::fn_type() {
  const Token& t = advance();  // fn
  auto* f = mk<FnType>(NodeKind::FnType, t);
  expect(TokenKind::LPar);
  std::vector<Expr*> args;
  while (!at(TokenKind::RPar)) {
    if (at(TokenKind::Name) && (kind(1) == TokenKind::Name || kind(1) == TokenKind::Colon))
      advance();  // a convention or an argument name
    if (at(TokenKind::Colon)) advance();
    args.push_back(annotation());
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RPar);
  f->args = seq(args);
  for (;;) {
    if (at_name("raises")) {
      advance();
      f->raises = true;
    } else if (at_name("capturing") || at_name("escaping")) {
      advance();
      f->capturing = true;
      if (accept(TokenKind::LSqb)) {  // capturing[origin]
        expression();
        expect(TokenKind::RSqb);
      }
    } else {
      break;
    }
  }
  if (accept(TokenKind::RArrow)) f->returns = annotation();
  return done(f);
}

Stmt* Parser::fn_def(std::vector<Expr*>* decorators) {
  const Token& t = advance();  // fn
  auto* s = mk<FnDef>(NodeKind::FnDef, t);
  s->name = name_of(advance());
  s->params = compile_time_parameters();
  expect_msg(TokenKind::LPar, "expected '('");
  s->args = parameters(TokenKind::RPar, true, true);
  expect(TokenKind::RPar);
  if (at_name("raises")) {
    advance();
    s->raises = true;
  }
  if (accept(TokenKind::RArrow)) s->returns = expression();
  expect_msg(TokenKind::Colon, "expected ':'");
  if (decorators) s->decorator_list = seq(*decorators);
  s->body = block("function definition", t.lineno);
  return end_at(s, last_stmt(s->body));
}

Stmt* Parser::struct_def(std::vector<Expr*>* decorators) {
  const Token& t = advance();  // struct / trait
  bool is_trait = text(t) == "trait";
  auto* s = mk<StructDef>(is_trait ? NodeKind::TraitDef : NodeKind::StructDef, t);
  s->name = name_of(advance());
  if (!is_trait) s->params = compile_time_parameters();
  if (accept(TokenKind::LPar)) {
    std::vector<Expr*> bases;
    while (!at(TokenKind::RPar)) {
      bases.push_back(expression());
      if (!accept(TokenKind::Comma)) break;
    }
    expect(TokenKind::RPar);
    s->bases = seq(bases);
  }
  expect_msg(TokenKind::Colon, "expected ':'");
  if (decorators) s->decorator_list = seq(*decorators);
  s->body = block(is_trait ? "trait definition" : "struct definition", t.lineno);
  return end_at(s, last_stmt(s->body));
}

Stmt* Parser::var_decl() {
  const Token& t = advance();  // var / let
  auto* s = mk<VarDecl>(NodeKind::VarDecl, t);
  s->is_let = text(t) == "let";
  const Token& nt = advance();
  auto* target = mk<Name>(NodeKind::Name, nt);
  target->id = name_of(nt);
  target->ctx = ExprContext::Store;
  s->target = done(target);
  if (at(TokenKind::Comma)) {
    // `var a, b = value` (Mojo 25.4): the names unpack a tuple.
    std::vector<Expr*> names{s->target};
    while (accept(TokenKind::Comma)) {
      const Token& more = expect(TokenKind::Name);
      auto* n = mk<Name>(NodeKind::Name, more);
      n->id = name_of(more);
      n->ctx = ExprContext::Store;
      names.push_back(done(n));
    }
    auto* tuple = mk<Sequence>(NodeKind::Tuple, nt);
    tuple->elts = seq(names);
    tuple->ctx = ExprContext::Store;
    s->target = done(tuple);
    expect_msg(TokenKind::Equal, "expected '=' after the names of an unpacking 'var'");
    s->value = star_expressions();
    return done(s);
  }
  if (accept(TokenKind::Colon)) s->annotation = annotation();
  if (accept(TokenKind::Equal)) s->value = star_expressions();
  if (!s->annotation && !s->value) {
    error_at(tok(), std::string("expected ':' or '=' after '") + std::string(text(t)) + " " +
                        std::string(target->id) + "'");
  }
  return done(s);
}

Stmt* Parser::alias_decl() {
  const Token& t = advance();  // alias / comptime
  auto* s = mk<AliasDecl>(NodeKind::AliasDecl, t);
  s->comptime = text(t) == "comptime";
  s->name = name_of(advance());
  if (accept(TokenKind::Colon)) s->annotation = annotation();
  expect_msg(TokenKind::Equal, "expected '='");
  s->value = expression();
  return done(s);
}

}  // namespace ember

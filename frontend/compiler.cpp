// The compiler driver: code units, instruction emission, registers, constants, names,
// labels, exception-handler regions and name access.
#include "frontend/compiler.h"

#include <cstring>
#include <new>

#include "frontend/compiler_internal.h"
#include "frontend/mojo_def.h"
#include "frontend/parser.h"
#include "frontend/scope.h"
#include "frontend/static_compiler.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

CompileOutput run(VM& vm, ParseResult& parsed, bool expression, bool names_in_locals = false) {
  CompileOutput out;
  if (!parsed.ok()) {
    out.error = parsed.error();
    return out;
  }
  // The front end's analysis reports CPython's symtable and compile-time errors with
  // CPython's positions and in CPython's order, and resolves the names code generation uses.
  ScopeResult scopes = analyze_scopes(parsed);
  if (!scopes.ok()) {
    out.error = scopes.error;
    return out;
  }
  StaticModule static_module;
  if (!expression) {
    static_module = compile_static_module(vm, parsed, *scopes.table);
    if (!static_module.diagnostics.empty()) {
      const Diagnostic& first = static_module.diagnostics.front();
      SyntaxErrorInfo info;
      info.message = first.message;
      info.lineno = first.line;
      info.offset = first.col + 1;
      out.error = info;
      out.diagnostics_text = format_diagnostics(static_module.diagnostics, parsed.source());
      out.diagnostics = std::move(static_module.diagnostics);
      return out;
    }
  }
  compiler_impl::Compiler c(vm, parsed.source(), *scopes.table);
  c.names_in_locals_ = names_in_locals;
  c.static_module_ = &static_module;
  try {
    out.code =
        expression ? c.compile_expression(parsed.expression()) : c.compile_module(parsed.module());
  } catch (compiler_impl::CompileError& e) {
    out.code = nullptr;
    out.error = std::move(e.info);
  }
  out.warnings = std::move(c.warnings_);
  return out;
}

}  // namespace

CompileOutput compile_source(VM& vm, std::string_view source, std::string filename) {
  ParseResult parsed = parse_module(source, std::move(filename));
  return run(vm, parsed, false);
}

CompileOutput compile_expression(VM& vm, std::string_view source, std::string filename) {
  ParseResult parsed = parse_expression(source, std::move(filename));
  return run(vm, parsed, true);
}

CompileOutput compile_for_exec(VM& vm, std::string_view source, std::string filename,
                               bool expression) {
  ParseResult parsed = expression ? parse_expression(source, std::move(filename))
                                  : parse_module(source, std::move(filename));
  return run(vm, parsed, expression, true);
}

std::string format_compile_warning(const CompileWarning& w, std::string_view filename) {
  std::string out(filename);
  out += ':';
  out += std::to_string(w.lineno);
  out += ": ";
  out += w.category;
  out += ": ";
  out += w.message;
  out += '\n';
  if (!w.text.empty()) {
    out += "  ";
    out += w.text;
    out += '\n';
  }
  return out;
}

namespace compiler_impl {

SyntaxErrorInfo make_error(const SourceFile& src, int line, int col, int end_line, int end_col,
                           std::string message) {
  SyntaxErrorInfo info;
  info.kind = SyntaxErrorKind::SyntaxError;
  info.message = std::move(message);
  if (line <= 0 || line > src.line_count()) return info;
  std::string_view text = src.line(line);
  info.lineno = line;
  info.text = std::string(text);
  auto to_offset = [](std::string_view t, int byte_col) {
    if (byte_col < 0) return 0;
    size_t n = static_cast<size_t>(byte_col);
    if (n > t.size()) n = t.size();
    return utf8_length(t.substr(0, n)) + 1;
  };
  info.offset = to_offset(text, col);
  if (end_line > 0 && end_line <= src.line_count()) {
    info.end_lineno = end_line;
    info.end_offset = to_offset(src.line(end_line), end_col);
  }
  return info;
}

namespace {

// Collects ScopeFacts over the code of one scope, not entering nested scopes (whose
// decorators, defaults, annotations and first iterables belong to this one).
class FactsWalker {
 public:
  explicit FactsWalker(ScopeFacts& out) : out_(out) {}

  void stmts(const Seq<ast::Stmt*>& body) {
    for (auto* s : body) stmt(s);
  }

  void stmt(const ast::Stmt* s) {
    using K = ast::NodeKind;
    switch (s->kind) {
      case K::FunctionDef:
      case K::AsyncFunctionDef: {
        auto* f = static_cast<const ast::FunctionDef*>(s);
        for (auto* d : f->decorator_list) expr(d);
        arguments(f->args);
        expr(f->returns);
        break;
      }
      case K::ClassDef: {
        auto* c = static_cast<const ast::ClassDef*>(s);
        for (auto* d : c->decorator_list) expr(d);
        for (auto* b : c->bases) expr(b);
        for (auto* k : c->keywords) expr(k->value);
        break;
      }
      case K::Return:
        expr(static_cast<const ast::Return*>(s)->value);
        break;
      case K::Delete:
        for (auto* t : static_cast<const ast::Delete*>(s)->targets) expr(t);
        break;
      case K::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        expr(a->value);
        for (auto* t : a->targets) expr(t);
        break;
      }
      case K::AugAssign: {
        auto* a = static_cast<const ast::AugAssign*>(s);
        expr(a->value);
        expr(a->target);
        break;
      }
      case K::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(s);
        expr(a->value);
        expr(a->target);
        expr(a->annotation);
        break;
      }
      case K::For:
      case K::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        expr(f->iter);
        expr(f->target);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case K::While: {
        auto* w = static_cast<const ast::While*>(s);
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case K::If: {
        auto* i = static_cast<const ast::If*>(s);
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case K::With:
      case K::AsyncWith: {
        auto* w = static_cast<const ast::With*>(s);
        for (auto* item : w->items) {
          expr(item->context_expr);
          expr(item->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case K::Match: {
        auto* m = static_cast<const ast::Match*>(s);
        expr(m->subject);
        for (auto* c : m->cases) {
          pattern(c->pattern);
          expr(c->guard);
          stmts(c->body);
        }
        break;
      }
      case K::Raise: {
        auto* r = static_cast<const ast::Raise*>(s);
        expr(r->exc);
        expr(r->cause);
        break;
      }
      case K::Try:
      case K::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        stmts(t->body);
        for (auto* h : t->handlers) {
          expr(h->type);
          if (!h->name.empty()) out_.deleted.insert(h->name);
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case K::Assert: {
        auto* a = static_cast<const ast::Assert*>(s);
        expr(a->test);
        expr(a->msg);
        break;
      }
      case K::ExprStmt:
        expr(static_cast<const ast::ExprStmt*>(s)->value);
        break;
      default:
        break;
    }
  }

  void arguments(const ast::Arguments* args) {
    if (!args) return;
    for (auto* d : args->defaults) expr(d);
    for (auto* d : args->kw_defaults) expr(d);
    auto ann = [&](const ast::Arg* a) {
      if (a) expr(a->annotation);
    };
    for (auto* a : args->posonlyargs) ann(a);
    for (auto* a : args->args) ann(a);
    ann(args->vararg);
    for (auto* a : args->kwonlyargs) ann(a);
    ann(args->kwarg);
  }

  void pattern(const ast::Pattern* p) {
    using K = ast::NodeKind;
    if (!p) return;
    switch (p->kind) {
      case K::MatchValue:
      case K::MatchSingleton:
        expr(static_cast<const ast::MatchValue*>(p)->value);
        break;
      case K::MatchSequence:
      case K::MatchOr:
        for (auto* x : static_cast<const ast::MatchSequence*>(p)->patterns) pattern(x);
        break;
      case K::MatchMapping: {
        auto* m = static_cast<const ast::MatchMapping*>(p);
        for (auto* k : m->keys) expr(k);
        for (auto* x : m->patterns) pattern(x);
        break;
      }
      case K::MatchClass: {
        auto* c = static_cast<const ast::MatchClass*>(p);
        expr(c->cls);
        for (auto* x : c->patterns) pattern(x);
        for (auto* x : c->kwd_patterns) pattern(x);
        break;
      }
      case K::MatchAs:
        pattern(static_cast<const ast::MatchAs*>(p)->pattern);
        break;
      default:
        break;
    }
  }

  void expr(const ast::Expr* e) {
    using K = ast::NodeKind;
    if (!e) return;
    switch (e->kind) {
      case K::BoolOp:
        for (auto* v : static_cast<const ast::BoolOp*>(e)->values) expr(v);
        break;
      case K::NamedExpr: {
        auto* n = static_cast<const ast::NamedExpr*>(e);
        out_.has_local_walrus = true;
        expr(n->value);
        break;
      }
      case K::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        expr(b->left);
        expr(b->right);
        break;
      }
      case K::UnaryOp:
        expr(static_cast<const ast::UnaryOp*>(e)->operand);
        break;
      case K::Lambda:
        arguments(static_cast<const ast::Lambda*>(e)->args);
        break;
      case K::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case K::Dict: {
        auto* d = static_cast<const ast::Dict*>(e);
        for (auto* k : d->keys) expr(k);
        for (auto* v : d->values) expr(v);
        break;
      }
      case K::Set:
        for (auto* x : static_cast<const ast::Set*>(e)->elts) expr(x);
        break;
      case K::ListComp:
      case K::SetComp:
      case K::DictComp:
      case K::GeneratorExp:
        expr(static_cast<const ast::Comp*>(e)->generators[0]->iter);
        break;
      case K::Await:
      case K::Yield:
      case K::YieldFrom:
        expr(static_cast<const ast::Await*>(e)->value);
        break;
      case K::Compare: {
        auto* c = static_cast<const ast::Compare*>(e);
        expr(c->left);
        for (auto* x : c->comparators) expr(x);
        break;
      }
      case K::Call: {
        auto* c = static_cast<const ast::Call*>(e);
        expr(c->func);
        for (auto* a : c->args) expr(a);
        for (auto* k : c->keywords) expr(k->value);
        break;
      }
      case K::FormattedValue: {
        auto* f = static_cast<const ast::FormattedValue*>(e);
        expr(f->value);
        expr(f->format_spec);
        break;
      }
      case K::JoinedStr:
        for (auto* x : static_cast<const ast::JoinedStr*>(e)->values) expr(x);
        break;
      case K::Attribute:
        expr(static_cast<const ast::Attribute*>(e)->value);
        break;
      case K::Subscript: {
        auto* s = static_cast<const ast::Subscript*>(e);
        expr(s->value);
        expr(s->slice);
        break;
      }
      case K::Starred:
        expr(static_cast<const ast::Starred*>(e)->value);
        break;
      case K::Name: {
        auto* n = static_cast<const ast::Name*>(e);
        if (n->ctx == ast::ExprContext::Del) out_.deleted.insert(n->id);
        break;
      }
      case K::List:
      case K::Tuple:
        for (auto* x : static_cast<const ast::Sequence*>(e)->elts) expr(x);
        break;
      case K::Slice: {
        auto* s = static_cast<const ast::Slice*>(e);
        expr(s->lower);
        expr(s->upper);
        expr(s->step);
        break;
      }
      default:
        break;
    }
  }

 private:
  ScopeFacts& out_;
};

}  // namespace

ScopeFacts scope_facts(const Scope* scope) {
  ScopeFacts facts;
  FactsWalker w(facts);
  if (auto* f = ast::cast<ast::FunctionDef>(scope->node)) {
    w.stmts(f->body);
  } else if (auto* l = ast::cast<ast::Lambda>(scope->node)) {
    w.expr(l->body);
  }
  // Comprehensions: a walrus binds in the enclosing function; nothing is deleted.
  return facts;
}

const Scope* Compiler::scope_of_node(const ast::Node* n) const {
  const Scope* s = scopes_.scope_for(n);
  if (!s) throw CompileError{make_error(src_, n, "internal error: no scope for this node")};
  return s;
}

void Compiler::warn(const ast::Node* n, std::string message) {
  CompileWarning w;
  w.lineno = n->lineno;
  w.message = std::move(message);
  if (n->lineno > 0 && n->lineno <= src_.line_count()) {
    std::string_view t = src_.line(n->lineno);
    size_t b = t.find_first_not_of(" \t\f");
    if (b == std::string_view::npos) b = t.size();
    t.remove_prefix(b);
    while (!t.empty() &&
           (t.back() == '\n' || t.back() == '\r' || t.back() == ' ' || t.back() == '\t')) {
      t.remove_suffix(1);
    }
    w.text = std::string(t);
  }
  warnings_.push_back(std::move(w));
}

void Compiler::check_forbidden_name(std::string_view name, const ast::Node* at, bool del) {
  if (name == "__debug__")
    error(at, del ? "cannot delete __debug__" : "cannot assign to __debug__");
}

void Compiler::error(const ast::Node* n, std::string message) {
  if (n) throw CompileError{make_error(src_, n, std::move(message))};
  throw CompileError{
      make_error(src_, loc_.line, loc_.col, loc_.end_line, loc_.end_col, std::move(message))};
}

// ---- units

void Compiler::enter_unit(const Scope* scope, std::string_view name, std::string qualname,
                          int first_line) {
  auto unit = std::make_unique<Unit>();
  unit->scope = scope;
  unit->parent = u_;
  unit->qualname = std::move(qualname);
  auto* co = vm_.create<CodeObject>(vm_.types.code);
  co->name = vm_.intern(name);
  co->qualname = vm_.new_str(unit->qualname);
  co->filename = vm_.new_str(src_.filename());
  co->first_line = first_line;
  unit->co = co;
  u_ = unit.get();
  units_.push_back(std::move(unit));

  if (scope->kind == ScopeKind::Class) {
    // A class body keeps its names in a namespace mapping; registers hold only its cells
    // (`__class__`) and the free variables it reads from enclosing functions.
    co->flags |= kCodeClassBody;
    std::vector<std::string_view> cells(scope->cellvars.begin(), scope->cellvars.end());
    for (auto n : scope->freevars) cells.push_back(n);
    for (size_t i = 0; i < cells.size(); ++i) {
      u_->regs[cells[i]] = static_cast<uint16_t>(i);
      co->local_names.push_back(vm_.intern(cells[i]));
    }
    co->local_count = static_cast<uint32_t>(cells.size());
    u_->next_reg = u_->max_reg = co->local_count;
    u_->bound.bits.assign(cells.size(), 0);
    u_->untracked.assign(cells.size(), 0);
    for (auto n : scope->freevars) co->free_registers.push_back(u_->regs[n]);
    return;
  }
  if (!scope->is_function_like()) {
    co->flags |= kCodeModule;
    return;
  }
  // Comprehensions with `async for` or `await` are coroutines (async generators for
  // generator expressions), like the async functions around them.
  bool async_body = scope->is_coroutine &&
                    (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Comprehension);
  if (async_body && scope->is_generator) {
    co->flags |= kCodeAsyncGenerator;
  } else if (async_body) {
    co->flags |= kCodeCoroutine;
  } else if (scope->is_generator) {
    co->flags |= kCodeGenerator;
  }
  // Registers: parameters, other locals and cells (first-appearance order), then free
  // variables (in closure order: the scope's freevars).
  size_t nparams = static_cast<size_t>(scope->param_count);
  std::vector<std::string_view> order(scope->varnames.begin(),
                                      scope->varnames.begin() + static_cast<ptrdiff_t>(nparams));
  for (const Symbol& sym : scope->symbols()) {
    if ((sym.scope == SymbolScope::Local || sym.scope == SymbolScope::Cell) &&
        !(sym.flags & kDefParam)) {
      order.push_back(sym.name);
    }
  }
  for (auto n : scope->freevars) order.push_back(n);
  if (order.size() > 60000) error(scope->node, "too many local variables");
  for (size_t i = 0; i < order.size(); ++i) {
    u_->regs[order[i]] = static_cast<uint16_t>(i);
    co->local_names.push_back(vm_.intern(order[i]));
  }
  co->local_count = static_cast<uint32_t>(order.size());
  u_->next_reg = u_->max_reg = co->local_count;
  u_->bound.bits.assign(order.size(), 0);
  u_->untracked.assign(order.size(), 0);
  for (size_t i = 0; i < nparams; ++i) u_->bound.bits[i] = 1;
  ScopeFacts facts = scope_facts(scope);
  u_->has_local_walrus = facts.has_local_walrus;
  for (auto n : facts.deleted) {
    auto it = u_->regs.find(n);
    if (it != u_->regs.end()) u_->untracked[it->second] = 1;
  }
  for (auto n : scope->freevars) co->free_registers.push_back(u_->regs[n]);
}

CodeObject* Compiler::leave_unit() {
  CodeObject* co = u_->co;
  co->register_count = std::max(u_->max_reg, co->local_count);
  if (co->register_count == 0) co->register_count = 1;
  u_ = u_->parent;
  return co;
}

bool has_annotations(const Seq<ast::Stmt*>& body) {
  using K = ast::NodeKind;
  for (auto* s : body) {
    switch (s->kind) {
      case K::AnnAssign:
        return true;
      case K::If:
      case K::While: {
        auto* w = s->kind == K::If ? nullptr : static_cast<const ast::While*>(s);
        auto* i = s->kind == K::If ? static_cast<const ast::If*>(s) : nullptr;
        if (has_annotations(i ? i->body : w->body) || has_annotations(i ? i->orelse : w->orelse)) {
          return true;
        }
        break;
      }
      case K::For:
      case K::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        if (has_annotations(f->body) || has_annotations(f->orelse)) return true;
        break;
      }
      case K::With:
      case K::AsyncWith:
        if (has_annotations(static_cast<const ast::With*>(s)->body)) return true;
        break;
      case K::Try:
      case K::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        if (has_annotations(t->body) || has_annotations(t->orelse) ||
            has_annotations(t->finalbody)) {
          return true;
        }
        for (auto* h : t->handlers) {
          if (has_annotations(h->body)) return true;
        }
        break;
      }
      case K::Match:
        for (auto* c : static_cast<const ast::Match*>(s)->cases) {
          if (has_annotations(c->body)) return true;
        }
        break;
      default:
        break;
    }
  }
  return false;
}

CodeObject* Compiler::compile_module(const ast::Module* m) {
  enter_unit(scopes_.module_scope(), "<module>", "<module>", 1);
  if (static_module_ && !static_module_->typed_codes.empty()) {
    // The module's fns look Python names up in its globals, whoever calls them.
    const std::vector<Value>& codes = static_module_->typed_codes;
    TupleObject* tuple = vm_.new_tuple(static_cast<int64_t>(codes.size()));
    for (size_t i = 0; i < codes.size(); ++i) tuple->items[i] = codes[i];
    emit_abx(Op::BindTypedGlobals, 0, add_const(Value::from_object(tuple), "typed codes"));
  }
  const Seq<ast::Stmt*>& body = m->body;
  uint32_t start = 0;
  if (!body.empty()) {
    if (auto* e = ast::cast<ast::ExprStmt>(body[0])) {
      auto* c = ast::cast<ast::Constant>(e->value);
      if (c && c->value_kind == ast::ConstantKind::Str) {
        LocScope ls(*this, e);
        uint16_t r = alloc();
        load_const_value(r, const_str(c->value));
        store_name("__doc__", r);
        free_to(r);
        start = 1;
      }
    }
  }
  if (has_annotations(body)) {
    LocScope ls(*this, body[0]);
    uint16_t r = alloc();
    emit_abc(Op::BuildDict, r, r, 0);
    store_name("__annotations__", r);
    free_to(r);
  }
  u_->in_future_prefix = true;
  for (uint32_t i = start; i < body.size(); ++i) {
    auto* from = ast::cast<ast::ImportFrom>(body[i]);
    if (!from || from->module != "__future__" || from->level != 0) u_->in_future_prefix = false;
    stmt(body[i]);
  }
  // The implicit `return None` is attributed to the last line.
  if (!body.empty()) {
    const ast::Stmt* last = body[body.size() - 1];
    loc_ = SourceLocation{last->end_lineno, last->end_lineno, -1, -1};
  } else {
    loc_ = SourceLocation{1, 1, -1, -1};
  }
  uint16_t r = alloc();
  emit_abc(Op::LoadNone, r);
  emit_abc(Op::Return, r);
  return leave_unit();
}

CodeObject* Compiler::compile_expression(const ast::Expression* e) {
  enter_unit(scopes_.module_scope(), "<module>", "<module>", 1);
  LocScope ls(*this, e->body);
  uint16_t r = expr_temp(e->body);
  emit_abc(Op::Return, r);
  return leave_unit();
}

// ---- emission

uint32_t Compiler::emit(Instruction ins) {
  u_->co->code.push_back(ins);
  u_->co->locations.push_back(loc_);
  return static_cast<uint32_t>(u_->co->code.size() - 1);
}

void Compiler::emit_cached(Instruction ins) {
  emit(ins);
  auto index = static_cast<uint32_t>(u_->co->caches.size());
  u_->co->caches.emplace_back();
  emit(Instruction::aux(index));
}

uint32_t Compiler::emit_abc(Op op, uint32_t a, uint32_t b, uint32_t c, uint32_t x) {
  return emit(Instruction::abc(op, static_cast<uint16_t>(a), static_cast<uint16_t>(b),
                               static_cast<uint16_t>(c), static_cast<uint8_t>(x)));
}

uint32_t Compiler::emit_abx(Op op, uint32_t a, uint32_t bc, uint32_t x) {
  return emit(Instruction::abx(op, static_cast<uint16_t>(a), bc, static_cast<uint8_t>(x)));
}

uint16_t Compiler::alloc(uint32_t n) {
  uint32_t r = u_->next_reg;
  u_->next_reg += n;
  if (u_->next_reg > 0xFFF0) error(nullptr, "too many registers needed (expression too complex)");
  if (u_->next_reg > u_->max_reg) u_->max_reg = u_->next_reg;
  return static_cast<uint16_t>(r);
}

static void set_offset(Instruction& ins, int32_t offset) {
  uint32_t bits = static_cast<uint32_t>(offset);
  ins.b = static_cast<uint16_t>(bits & 0xFFFF);
  ins.c = static_cast<uint16_t>(bits >> 16);
}

void Compiler::bind(Label& l) {
  l.pos = static_cast<int32_t>(pc());
  for (uint32_t ref : l.refs) {
    set_offset(u_->co->code[ref], l.pos - static_cast<int32_t>(ref + 1));
  }
  l.refs.clear();
}

void Compiler::emit_jump(Op op, uint32_t reg, Label& l) {
  uint32_t i = emit_abx(op, reg, 0);
  if (l.pos >= 0) {
    set_offset(u_->co->code[i], l.pos - static_cast<int32_t>(i + 1));
  } else {
    l.refs.push_back(i);
  }
}

void Compiler::emit_jump_back(Op op, uint32_t reg, uint32_t target) {
  uint32_t i = emit_abx(op, reg, 0);
  set_offset(u_->co->code[i], static_cast<int32_t>(target) - static_cast<int32_t>(i + 1));
}

// ---- constants and names

uint32_t Compiler::add_const(Value v, const std::string& key) {
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(u_->co->constants.size());
  u_->co->constants.push_back(v);
  u_->const_index.emplace(key, i);
  return i;
}

uint32_t Compiler::const_str(std::string_view s) {
  std::string key = "s:";
  key += s;
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) return it->second;
  bool ident = !s.empty() && s.size() < 64;
  for (char ch : s) {
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_')) ident = false;
  }
  StrObject* str = ident ? vm_.intern(s) : vm_.new_str(s);
  return add_const(Value::from_object(str), key);
}

uint32_t Compiler::const_none() {
  return add_const(Value::none(), "N");
}

uint32_t Compiler::attr_index(std::string_view attr) {
  return name_index(mangle_name(u_->scope->private_name, attr));
}

uint32_t Compiler::name_index(std::string_view s) {
  std::string key(s);
  auto it = u_->name_index.find(key);
  if (it != u_->name_index.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(u_->co->names.size());
  if (i >= 0xFFFF) error(nullptr, "too many names in one code object");
  u_->co->names.push_back(vm_.intern(s));
  u_->name_index.emplace(std::move(key), i);
  return i;
}

// ---- exception-handler regions

Region* Compiler::open_region(uint16_t reg) {
  auto r = std::make_unique<Region>();
  r->reg = reg;
  r->open = true;
  r->open_start = pc();
  Region* raw = r.get();
  u_->regions.push_back(std::move(r));
  return raw;
}

void Compiler::suspend(Region* r) {
  if (!r->open) return;
  if (pc() > r->open_start) r->ranges.emplace_back(r->open_start, pc());
  r->open = false;
}

void Compiler::resume(Region* r) {
  if (r->open) return;
  r->open = true;
  r->open_start = pc();
}

void Compiler::close_region(Region* r, uint32_t target) {
  suspend(r);
  for (auto& [start, end] : r->ranges) {
    u_->co->handlers.push_back(ExceptionHandler{start, end, target, r->reg});
  }
  r->ranges.clear();
}

// ---- definite assignment

bool Compiler::definitely_bound(uint16_t reg) const {
  if (reg >= u_->bound.bits.size()) return true;
  if (u_->untracked[reg]) return false;
  return u_->bound.dead || u_->bound.bits[reg];
}

void Compiler::mark_bound(uint16_t reg) {
  if (reg < u_->bound.bits.size() && !u_->untracked[reg]) u_->bound.bits[reg] = 1;
}

void Compiler::intersect(Bound& into, const Bound& other) {
  if (other.dead) return;
  if (into.dead) {
    into = other;
    return;
  }
  for (size_t i = 0; i < into.bits.size(); ++i) into.bits[i] = into.bits[i] && other.bits[i];
}

// ---- names

// Code for exec()/eval() keeps module-level names in the frame's locals mapping, except
// names declared global.
bool Compiler::uses_name_ops(std::string_view name) const {
  return names_in_locals_ && kind_of(name) != SymbolScope::GlobalExplicit;
}

bool Compiler::is_local_reg(std::string_view unmangled, uint16_t* reg) {
  if (u_->is_module() || u_->is_class()) return false;
  std::string mangled = mangle_name(u_->scope->private_name, unmangled);
  std::string_view name = mangled;
  if (kind_of(name) != SymbolScope::Local) return false;
  *reg = u_->regs.at(name);
  return true;
}

void Compiler::load_name(std::string_view unmangled, uint16_t dst, const ast::Node* at) {
  std::string mangled = mangle_name(u_->scope->private_name, unmangled);
  std::string_view name = mangled;
  if (name == "__debug__") {  // a constant, as in CPython (no -O)
    emit_abc(Op::LoadBool, dst, 0, 0, 1);
    return;
  }
  if (u_->is_module() && !uses_name_ops(name)) {
    emit_cached(Instruction::abx(Op::LoadGlobal, dst, name_index(name)));
    return;
  }
  if (u_->is_class() || u_->is_module()) {
    switch (kind_of(name)) {
      case SymbolScope::GlobalExplicit:
        emit_cached(Instruction::abx(Op::LoadGlobal, dst, name_index(name)));
        return;
      case SymbolScope::Cell:
      case SymbolScope::Free:
        emit_abc(Op::LoadClassCell, dst, u_->regs.at(name), name_index(name));
        return;
      default:
        emit_abx(Op::LoadName, dst, name_index(name));
        return;
    }
  }
  switch (kind_of(name)) {
    case SymbolScope::Local: {
      uint16_t r = u_->regs.at(name);
      if (!definitely_bound(r)) {
        emit_abx(Op::CheckBound, r, name_index(name));
        mark_bound(r);
      }
      if (r != dst) emit_abc(Op::Move, dst, r);
      break;
    }
    case SymbolScope::Cell:
    case SymbolScope::Free: {
      bool free = kind_of(name) == SymbolScope::Free;
      emit_abc(Op::LoadCell, dst, u_->regs.at(name), name_index(name), free ? 1 : 0);
      break;
    }
    default:
      emit_cached(Instruction::abx(Op::LoadGlobal, dst, name_index(name)));
      break;
  }
}

void Compiler::store_name(std::string_view unmangled, uint16_t src) {
  check_forbidden_name(unmangled, nullptr);
  std::string mangled = mangle_name(u_->scope->private_name, unmangled);
  std::string_view name = mangled;
  if (u_->is_module() && !uses_name_ops(name)) {
    emit_abx(Op::StoreGlobal, src, name_index(name));
    return;
  }
  if (u_->is_class() || u_->is_module()) {
    switch (kind_of(name)) {
      case SymbolScope::GlobalExplicit:
        emit_abx(Op::StoreGlobal, src, name_index(name));
        return;
      case SymbolScope::Cell:
      case SymbolScope::Free:
        emit_abc(Op::StoreCell, u_->regs.at(name), src);
        return;
      default:
        emit_abx(Op::StoreName, src, name_index(name));
        return;
    }
  }
  switch (kind_of(name)) {
    case SymbolScope::Local: {
      uint16_t r = u_->regs.at(name);
      if (r != src) emit_abc(Op::Move, r, src);
      mark_bound(r);
      break;
    }
    case SymbolScope::Cell:
    case SymbolScope::Free:
      emit_abc(Op::StoreCell, u_->regs.at(name), src);
      break;
    default:
      emit_abx(Op::StoreGlobal, src, name_index(name));
      break;
  }
}

void Compiler::delete_name(std::string_view unmangled, const ast::Node* at) {
  LocScope ls(*this, at);
  check_forbidden_name(unmangled, nullptr, true);
  std::string mangled = mangle_name(u_->scope->private_name, unmangled);
  std::string_view name = mangled;
  if (u_->is_module() && !uses_name_ops(name)) {
    emit_abx(Op::DeleteGlobal, 0, name_index(name));
    return;
  }
  if (u_->is_class() || u_->is_module()) {
    switch (kind_of(name)) {
      case SymbolScope::GlobalExplicit:
        emit_abx(Op::DeleteGlobal, 0, name_index(name));
        return;
      case SymbolScope::Cell:
      case SymbolScope::Free:
        emit_abc(Op::DeleteCell, u_->regs.at(name), name_index(name), 0, 1);
        return;
      default:
        emit_abx(Op::DeleteName, 0, name_index(name));
        return;
    }
  }
  switch (kind_of(name)) {
    case SymbolScope::Local: {
      uint16_t r = u_->regs.at(name);
      emit_abx(Op::DeleteLocal, r, name_index(name));
      if (r < u_->bound.bits.size()) u_->bound.bits[r] = 0;
      break;
    }
    case SymbolScope::Cell:
    case SymbolScope::Free: {
      bool free = kind_of(name) == SymbolScope::Free;
      emit_abc(Op::DeleteCell, u_->regs.at(name), name_index(name), 0, free ? 1 : 0);
      break;
    }
    default:
      emit_abx(Op::DeleteGlobal, 0, name_index(name));
      break;
  }
}

}  // namespace compiler_impl
}  // namespace ember

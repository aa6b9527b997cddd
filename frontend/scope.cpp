#include "frontend/scope.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_set>

#include "frontend/lexer.h"
#include "frontend/parser.h"

namespace ember {

using namespace ast;

const char* symbol_scope_name(SymbolScope s) {
  switch (s) {
    case SymbolScope::Local:
      return "local";
    case SymbolScope::GlobalExplicit:
      return "global_explicit";
    case SymbolScope::GlobalImplicit:
      return "global_implicit";
    case SymbolScope::Free:
      return "free";
    case SymbolScope::Cell:
      return "cell";
  }
  return "?";
}

Symbol& Scope::add(std::string_view name) {
  auto it = index_.find(name);
  if (it != index_.end()) return symbols_[it->second];
  index_.emplace(name, symbols_.size());
  symbols_.push_back(Symbol{name, 0, SymbolScope::GlobalImplicit, nullptr});
  return symbols_.back();
}

const Symbol* Scope::lookup(std::string_view name) const {
  auto it = index_.find(name);
  return it == index_.end() ? nullptr : &symbols_[it->second];
}

SymbolScope Scope::scope_of(std::string_view name) const {
  const Symbol* s = lookup(name);
  return s ? s->scope : SymbolScope::GlobalImplicit;
}

std::string mangle_name(std::string_view priv, std::string_view name) {
  if (priv.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return std::string(name);
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_')
    return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  size_t k = priv.find_first_not_of('_');
  if (k == std::string_view::npos) return std::string(name);
  std::string out = "_";
  out += priv.substr(k);
  out += name;
  return out;
}

Scope* ScopeTable::scope_for(const Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

Scope* ScopeTable::create(ScopeKind kind, std::string_view name, const Node* node, Scope* parent) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* s = scopes_.back().get();
  s->kind = kind;
  s->name = name;
  s->node = node;
  s->parent = parent;
  if (parent) {
    parent->children.push_back(s);
    s->is_nested = parent->is_function_like() || parent->is_nested;
  }
  by_node_[node] = s;
  return s;
}

namespace {

struct ScopeFailure {};

using NameSet = std::unordered_set<std::string_view>;

class Analyzer {
 public:
  Analyzer(const SourceFile& src, ScopeTable& table) : src_(src), t_(table) {}

  SyntaxErrorInfo err;

  [[noreturn]] void error(const Node* n, std::string msg) {
    err = make_syntax_error(src_, SyntaxErrorKind::SyntaxError, std::move(msg), n->lineno,
                            n->col_offset, n->end_lineno, n->end_col_offset, true);
    throw ScopeFailure{};
  }

  // ---------------- pass 1: collect symbols ----------------
  void build(const Module* m) {
    cur_ = t_.create(ScopeKind::Module, "top", m, nullptr);
    t_.module_ = cur_;
    // `from __future__ import annotations`: annotations are never evaluated.
    for (uint32_t i = 0; i < m->body.size(); ++i) {
      Stmt* s = m->body[i];
      if (i == 0 && s->kind == NodeKind::ExprStmt) continue;  // docstring
      auto* imp = cast<ImportFrom>(s);
      if (!imp || imp->module != "__future__") break;
      for (Alias* a : imp->names) {
        if (a->name == "annotations") future_annotations_ = true;
      }
    }
    stmts(m->body);
  }
  // Expression mode (`eval`): the module scope holds the expression's names.
  void build(const Expression* e) {
    cur_ = t_.create(ScopeKind::Module, "top", e, nullptr);
    t_.module_ = cur_;
    expr(e->body);
  }

 private:
  std::string_view mangle(std::string_view name) {
    if (private_.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    std::string m = mangle_name(private_, name);
    if (m == name) return name;
    t_.strings_.push_back(std::move(m));
    return t_.strings_.back();
  }

  void def(std::string_view name, uint32_t flag, const Node* where) {
    name = mangle(name);
    Symbol& s = cur_->add(name);
    if ((flag & kDefParam) && (s.flags & kDefParam)) {
      error(where, "duplicate argument '" + std::string(name) + "' in function definition");
    }
    s.flags |= flag;
    if (flag & kDefParam) {
      cur_->varnames.push_back(name);
      ++cur_->param_count;
    }
    if ((flag & kDefGlobal) && cur_ != t_.module_) t_.module_->add(name).flags |= flag;
  }

  void enter(ScopeKind kind, std::string_view name, const Node* node) {
    cur_ = t_.create(kind, name, node, cur_);
    cur_->private_name = private_;
  }
  void leave() { cur_ = cur_->parent; }

  void stmts(Seq<Stmt*> body) {
    for (Stmt* s : body) stmt(s);
  }
  void exprs(Seq<Expr*> es) {
    for (Expr* e : es) {
      if (e) expr(e);
    }
  }
  // `opt.value() = 2`: only Mojo assigns through the reference a call returns.
  void reference_target(const Expr* target) {
    if (target->kind == NodeKind::Call) cur_->uses_static_syntax = true;
  }

  void arguments_defaults(const Arguments* a) {
    exprs(a->defaults);
    exprs(a->kw_defaults);
  }
  void annotations(const Arguments* a, const Expr* returns) {
    if (future_annotations_) return;
    for (auto* list : {&a->posonlyargs, &a->args}) {
      for (Arg* arg : *list) {
        if (arg->annotation) expr(arg->annotation);
      }
    }
    if (a->vararg && a->vararg->annotation) expr(a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) expr(a->kwarg->annotation);
    for (Arg* arg : a->kwonlyargs) {
      if (arg->annotation) expr(arg->annotation);
    }
    if (returns) expr(const_cast<Expr*>(returns));
  }
  void params(const Arguments* a) {
    for (Arg* arg : a->posonlyargs) def(arg->arg, kDefParam, arg);
    for (Arg* arg : a->args) def(arg->arg, kDefParam, arg);
    for (Arg* arg : a->kwonlyargs) def(arg->arg, kDefParam, arg);
    if (a->vararg) {
      def(a->vararg->arg, kDefParam, a->vararg);
      cur_->has_varargs = true;
    }
    if (a->kwarg) {
      def(a->kwarg->arg, kDefParam, a->kwarg);
      cur_->has_varkeywords = true;
    }
  }

  void declare(const Global* g) {
    bool is_global = g->kind == NodeKind::Global;
    const char* what = is_global ? "global" : "nonlocal";
    for (std::string_view name : g->names) {
      const Symbol* existing = cur_->lookup(mangle(name));
      uint32_t flags = existing ? existing->flags : 0;
      if (flags & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        std::string n(name);
        if (flags & kDefParam) error(g, "name '" + n + "' is parameter and " + what);
        if (flags & kUse) error(g, "name '" + n + "' is used prior to " + what + " declaration");
        if (flags & kDefAnnot) error(g, "annotated name '" + n + "' can't be " + what);
        error(g, "name '" + n + "' is assigned to before " + what + " declaration");
      }
      if (!is_global && cur_->kind == ScopeKind::Module)
        error(g, "nonlocal declaration not allowed at module level");
      def(name, is_global ? kDefGlobal : kDefNonlocal, g);
      Symbol& sym = cur_->add(mangle(name));
      if (!sym.decl) sym.decl = g;
    }
  }

  struct Nest {
    Analyzer* a;
    explicit Nest(Analyzer* an) : a(an) {
      if (++a->nesting_ > kMaxNesting) {
        a->err = SyntaxErrorInfo{};
        a->err.kind = SyntaxErrorKind::RecursionError;
        a->err.message = "maximum recursion depth exceeded during compilation";
        throw ScopeFailure{};
      }
    }
    ~Nest() { --a->nesting_; }
  };
  // CPython's symtable allows 3 * the default recursion limit.
  static constexpr int kMaxNesting = 3000;
  int nesting_ = 0;

  void stmt(Stmt* s) {
    Nest nest(this);
    switch (s->kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef: {
        auto* f = static_cast<FunctionDef*>(s);
        def(f->name, kDefLocal, f);
        arguments_defaults(f->args);
        annotations(f->args, f->returns);
        exprs(f->decorator_list);
        enter(ScopeKind::Function, f->name, f);
        cur_->is_coroutine = s->kind == NodeKind::AsyncFunctionDef;
        params(f->args);
        stmts(f->body);
        leave();
        break;
      }
      case NodeKind::ClassDef: {
        auto* c = static_cast<ClassDef*>(s);
        def(c->name, kDefLocal, c);
        exprs(c->bases);
        for (Keyword* k : c->keywords) expr(k->value);
        exprs(c->decorator_list);
        std::string_view saved_private = private_;
        private_ = c->name;
        enter(ScopeKind::Class, c->name, c);
        stmts(c->body);
        leave();
        private_ = saved_private;
        break;
      }
      case NodeKind::Return:
        if (auto* v = static_cast<Return*>(s)->value) expr(v);
        break;
      case NodeKind::Delete:
        exprs(static_cast<Delete*>(s)->targets);
        break;
      case NodeKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        for (Expr* t : a->targets) reference_target(t);
        exprs(a->targets);
        expr(a->value);
        break;
      }
      case NodeKind::AugAssign: {
        auto* a = static_cast<AugAssign*>(s);
        reference_target(a->target);
        expr(a->target);
        expr(a->value);
        break;
      }
      case NodeKind::AnnAssign: {
        auto* a = static_cast<AnnAssign*>(s);
        if (auto* n = cast<Name>(a->target)) {
          const Symbol* existing = cur_->lookup(mangle(n->id));
          uint32_t flags = existing ? existing->flags : 0;
          if ((flags & (kDefGlobal | kDefNonlocal)) && cur_ != t_.module_ && a->simple) {
            error(s, "annotated name '" + std::string(n->id) + "' can't be " +
                         ((flags & kDefGlobal) ? "global" : "nonlocal"));
          }
          if (a->simple) {
            def(n->id, kDefAnnot | kDefLocal, n);
          } else if (a->value) {
            def(n->id, kDefLocal, n);
          }
        } else {
          expr(a->target);
        }
        if (!future_annotations_) expr(a->annotation);
        if (a->value) expr(a->value);
        break;
      }
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        auto* f = static_cast<For*>(s);
        expr(f->target);
        expr(f->iter);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case NodeKind::While: {
        auto* w = static_cast<While*>(s);
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case NodeKind::If: {
        auto* w = static_cast<If*>(s);
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        auto* w = static_cast<With*>(s);
        for (WithItem* it : w->items) {
          expr(it->context_expr);
          if (it->optional_vars) expr(it->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case NodeKind::Match: {
        auto* m = static_cast<Match*>(s);
        expr(m->subject);
        for (MatchCase* c : m->cases) {
          pattern(c->pattern);
          if (c->guard) expr(c->guard);
          stmts(c->body);
        }
        break;
      }
      case NodeKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case NodeKind::Try:
      case NodeKind::TryStar: {
        auto* t = static_cast<Try*>(s);
        stmts(t->body);
        stmts(t->orelse);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) expr(h->type);
          if (!h->name.empty()) def(h->name, kDefLocal, h);
          stmts(h->body);
        }
        stmts(t->finalbody);
        break;
      }
      case NodeKind::Assert: {
        auto* a = static_cast<Assert*>(s);
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case NodeKind::Import:
      case NodeKind::ImportFrom: {
        Seq<Alias*> names = s->kind == NodeKind::Import ? static_cast<Import*>(s)->names
                                                        : static_cast<ImportFrom*>(s)->names;
        for (Alias* a : names) {
          if (a->name == "*") {
            if (cur_->kind != ScopeKind::Module) error(a, "import * only allowed at module level");
            continue;
          }
          std::string_view store =
              a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          def(store, kDefImport, a);
        }
        break;
      }
      case NodeKind::Global:
      case NodeKind::Nonlocal:
        declare(static_cast<Global*>(s));
        break;
      case NodeKind::ExprStmt:
        expr(static_cast<ExprStmt*>(s)->value);
        break;
      // Mojo declarations: fn, struct and trait bind their names; their bodies belong to
      // the static compiler. In Python code `var`/`let`/`alias` assign like `=`.
      case NodeKind::FnDef:
        def(static_cast<FnDef*>(s)->name, kDefLocal, s);
        break;
      case NodeKind::StructDef:
      case NodeKind::TraitDef:
        def(static_cast<StructDef*>(s)->name, kDefLocal, s);
        break;
      case NodeKind::VarDecl: {
        auto* v = static_cast<VarDecl*>(s);
        cur_->uses_static_syntax = true;
        if (v->value) {
          if (auto* t = cast<Sequence>(v->target)) {
            for (Expr* e : t->elts) def(static_cast<Name*>(e)->id, kDefLocal, e);
          } else {
            def(static_cast<Name*>(v->target)->id, kDefLocal, v->target);
          }
          expr(v->value);
        }
        break;
      }
      case NodeKind::AliasDecl:
        def(static_cast<AliasDecl*>(s)->name, kDefLocal, s);
        expr(static_cast<AliasDecl*>(s)->value);
        break;
      default:
        break;
    }
  }

  void pattern(Pattern* p) {
    Nest nest(this);
    switch (p->kind) {
      case NodeKind::MatchValue:
        expr(static_cast<MatchValue*>(p)->value);
        break;
      case NodeKind::MatchSingleton:
        break;
      case NodeKind::MatchSequence:
      case NodeKind::MatchOr:
        for (Pattern* q : static_cast<MatchSequence*>(p)->patterns) pattern(q);
        break;
      case NodeKind::MatchMapping: {
        auto* m = static_cast<MatchMapping*>(p);
        exprs(m->keys);
        for (Pattern* q : m->patterns) pattern(q);
        if (!m->rest.empty()) def(m->rest, kDefLocal, p);
        break;
      }
      case NodeKind::MatchClass: {
        auto* m = static_cast<MatchClass*>(p);
        expr(m->cls);
        for (Pattern* q : m->patterns) pattern(q);
        for (Pattern* q : m->kwd_patterns) pattern(q);
        break;
      }
      case NodeKind::MatchStar:
        if (!static_cast<MatchStar*>(p)->name.empty())
          def(static_cast<MatchStar*>(p)->name, kDefLocal, p);
        break;
      case NodeKind::MatchAs: {
        auto* m = static_cast<MatchAs*>(p);
        if (m->pattern) pattern(m->pattern);
        if (!m->name.empty()) def(m->name, kDefLocal, p);
        break;
      }
      default:
        break;
    }
  }

  static const char* comp_name(NodeKind k) {
    switch (k) {
      case NodeKind::ListComp:
        return "listcomp";
      case NodeKind::SetComp:
        return "setcomp";
      case NodeKind::DictComp:
        return "dictcomp";
      default:
        return "genexpr";
    }
  }
  static const char* comp_desc(NodeKind k) {
    switch (k) {
      case NodeKind::ListComp:
        return "list comprehension";
      case NodeKind::SetComp:
        return "set comprehension";
      case NodeKind::DictComp:
        return "dict comprehension";
      default:
        return "generator expression";
    }
  }

  void comprehension(Comp* c) {
    Comprehension* first = c->generators[0];
    ++comp_iter_expr_;
    expr(first->iter);
    --comp_iter_expr_;
    enter(ScopeKind::Comprehension, comp_name(c->kind), c);
    if (c->kind == NodeKind::GeneratorExp) cur_->is_generator = true;
    if (first->is_async) cur_->is_coroutine = true;
    def(".0", kDefParam, c);
    comp_target(first->target);
    exprs(first->ifs);
    for (uint32_t i = 1; i < c->generators.size(); ++i) {
      Comprehension* g = c->generators[i];
      if (g->is_async) cur_->is_coroutine = true;
      comp_target(g->target);
      ++comp_iter_expr_;
      expr(g->iter);
      --comp_iter_expr_;
      exprs(g->ifs);
    }
    if (c->value) expr(c->value);
    expr(c->elt);
    leave();
  }
  void comp_target(Expr* e) {
    comp_iter_target_ = true;
    expr(e);
    comp_iter_target_ = false;
  }

  void named_expr_target(NamedExpr* ne) {
    auto* target = static_cast<Name*>(ne->target);
    std::string_view name = target->id;
    if (comp_iter_expr_ > 0)
      error(target, "assignment expression cannot be used in a comprehension iterable expression");
    if (cur_->kind != ScopeKind::Comprehension) return;
    for (Scope* s = cur_; s; s = s->parent) {
      if (s->kind == ScopeKind::Comprehension) {
        const Symbol* sym = s->lookup(mangle(name));
        if (sym && (sym->flags & kDefCompIter)) {
          error(target, "assignment expression cannot rebind comprehension iteration variable '" +
                            std::string(name) + "'");
        }
        continue;
      }
      if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
        def(name, kDefNonlocal, ne);
        Scope* saved = cur_;
        cur_ = s;
        def(name, kDefLocal, ne);
        cur_ = saved;
        return;
      }
      if (s->kind == ScopeKind::Module) {
        def(name, kDefGlobal, ne);
        Scope* saved = cur_;
        cur_ = s;
        def(name, kDefGlobal, ne);
        cur_ = saved;
        return;
      }
      error(target, "assignment expression within a comprehension cannot be used in a class body");
    }
  }

  void expr(Expr* e) {
    Nest nest(this);
    switch (e->kind) {
      case NodeKind::Name: {
        auto* n = static_cast<Name*>(e);
        if (n->ctx == ExprContext::Load) {
          def(n->id, kUse, n);
          if (cur_->is_function_like() && n->id == "super") def("__class__", kUse, n);
        } else {
          def(n->id, kDefLocal | (comp_iter_target_ ? static_cast<uint32_t>(kDefCompIter) : 0u), n);
        }
        break;
      }
      case NodeKind::BoolOp:
        exprs(static_cast<BoolOp*>(e)->values);
        break;
      case NodeKind::NamedExpr: {
        auto* ne = static_cast<NamedExpr*>(e);
        named_expr_target(ne);
        expr(ne->value);
        expr(ne->target);
        break;
      }
      case NodeKind::BinOp:
        expr(static_cast<BinOp*>(e)->left);
        expr(static_cast<BinOp*>(e)->right);
        break;
      case NodeKind::UnaryOp:
        expr(static_cast<UnaryOp*>(e)->operand);
        break;
      case NodeKind::Lambda: {
        auto* l = static_cast<Lambda*>(e);
        arguments_defaults(l->args);
        enter(ScopeKind::Lambda, "lambda", l);
        params(l->args);
        expr(l->body);
        leave();
        break;
      }
      case NodeKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case NodeKind::Dict:
        exprs(static_cast<Dict*>(e)->keys);
        exprs(static_cast<Dict*>(e)->values);
        break;
      case NodeKind::Set:
        exprs(static_cast<Set*>(e)->elts);
        break;
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::DictComp:
      case NodeKind::GeneratorExp:
        comprehension(static_cast<Comp*>(e));
        break;
      case NodeKind::Await:
        if (cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
        expr(static_cast<Await*>(e)->value);
        break;
      case NodeKind::Yield:
      case NodeKind::YieldFrom: {
        if (cur_->kind == ScopeKind::Comprehension) {
          error(e, std::string("'yield' inside ") + comp_desc(cur_->node->kind));
        }
        auto* y = static_cast<Await*>(e);
        if (y->value) expr(y->value);
        cur_->is_generator = true;
        break;
      }
      case NodeKind::Compare:
        expr(static_cast<Compare*>(e)->left);
        exprs(static_cast<Compare*>(e)->comparators);
        break;
      case NodeKind::Call: {
        auto* c = static_cast<Call*>(e);
        expr(c->func);
        exprs(c->args);
        for (Keyword* k : c->keywords) expr(k->value);
        break;
      }
      case NodeKind::FormattedValue: {
        auto* f = static_cast<FormattedValue*>(e);
        expr(f->value);
        if (f->format_spec) expr(f->format_spec);
        break;
      }
      case NodeKind::JoinedStr:
        exprs(static_cast<JoinedStr*>(e)->values);
        break;
      case NodeKind::Attribute:
        expr(static_cast<Attribute*>(e)->value);
        break;
      case NodeKind::Subscript:
        expr(static_cast<Subscript*>(e)->value);
        expr(static_cast<Subscript*>(e)->slice);
        break;
      case NodeKind::Starred:
        expr(static_cast<Starred*>(e)->value);
        break;
      case NodeKind::List:
      case NodeKind::Tuple:
        exprs(static_cast<Sequence*>(e)->elts);
        break;
      case NodeKind::Slice: {
        auto* s = static_cast<Slice*>(e);
        if (s->lower) expr(s->lower);
        if (s->upper) expr(s->upper);
        if (s->step) expr(s->step);
        break;
      }
      case NodeKind::Transfer:
        cur_->uses_static_syntax = true;
        expr(static_cast<Transfer*>(e)->value);
        break;
      case NodeKind::FnType: {
        cur_->uses_static_syntax = true;
        auto* f = static_cast<FnType*>(e);
        exprs(f->args);
        if (f->returns) expr(f->returns);
        break;
      }
      case NodeKind::ParamKeyword:
        expr(static_cast<ParamKeyword*>(e)->value);
        break;
      default:
        break;
    }
  }

 public:
  // ---------------- pass 2: resolve ----------------
  void analyze(Scope* s, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newbound, newglobal, newfree;
    std::unordered_map<std::string_view, SymbolScope> scopes;
    if (s->kind == ScopeKind::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (Symbol& sym : s->symbols_) analyze_name(s, scopes, sym, bound, local, free, global);
    if (s->kind != ScopeKind::Class) {
      if (s->is_function_like()) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (Scope* child : s->children) {
      NameSet child_bound = newbound, child_global = newglobal, child_free;
      analyze(child, &child_bound, child_free, child_global);
      allfree.insert(child_free.begin(), child_free.end());
      if (child->has_free || child->child_free) s->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (s->is_function_like()) {
      for (auto& [name, sc] : scopes) {
        if (sc == SymbolScope::Local && newfree.count(name)) {
          sc = SymbolScope::Cell;
          newfree.erase(name);
        }
      }
    } else if (s->kind == ScopeKind::Class) {
      if (newfree.erase("__class__")) s->needs_class_closure = true;
    }
    // update_symbols
    for (Symbol& sym : s->symbols_) sym.scope = scopes[sym.name];
    for (std::string_view name : newfree) {
      Symbol* existing = nullptr;
      auto it = s->index_.find(name);
      if (it != s->index_.end()) existing = &s->symbols_[it->second];
      if (existing) {
        if (s->kind == ScopeKind::Class && (existing->flags & (kDefBound | kDefGlobal))) {
          existing->flags |= kDefFreeClass;
        }
        continue;
      }
      if (bound && !bound->count(name)) continue;
      if (!bound) continue;
      Symbol& ns = s->add(name);
      ns.flags |= kDefFree;
      ns.scope = SymbolScope::Free;
    }
    free.insert(newfree.begin(), newfree.end());
  }

  void analyze_name(Scope* s, std::unordered_map<std::string_view, SymbolScope>& scopes,
                    Symbol& sym, NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    std::string_view name = sym.name;
    std::string n(name);
    if (sym.flags & kDefGlobal) {
      if (sym.flags & kDefNonlocal)
        error(sym.decl ? sym.decl : s->node, "name '" + n + "' is nonlocal and global");
      scopes[name] = SymbolScope::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return;
    }
    if (sym.flags & kDefNonlocal) {
      const Node* where = sym.decl ? sym.decl : s->node;
      if (!bound) error(where, "nonlocal declaration not allowed at module level");
      if (!bound->count(name)) error(where, "no binding for nonlocal '" + n + "' found");
      scopes[name] = SymbolScope::Free;
      s->has_free = true;
      free.insert(name);
      return;
    }
    if (sym.flags & kDefBound) {
      scopes[name] = SymbolScope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      scopes[name] = SymbolScope::Free;
      s->has_free = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      scopes[name] = SymbolScope::GlobalImplicit;
      return;
    }
    if (s->is_nested) s->has_free = true;
    scopes[name] = SymbolScope::GlobalImplicit;
  }

  void finish(Scope* s) {
    if (s->is_function_like()) {
      std::unordered_set<std::string_view> params(s->varnames.begin(), s->varnames.end());
      for (const Symbol& sym : s->symbols_) {
        if (sym.scope == SymbolScope::Local && !params.count(sym.name))
          s->varnames.push_back(sym.name);
      }
    }
    for (const Symbol& sym : s->symbols_) {
      if (sym.scope == SymbolScope::Cell) s->cellvars.push_back(sym.name);
      if (sym.scope == SymbolScope::Free || (sym.flags & kDefFreeClass))
        s->freevars.push_back(sym.name);
    }
    if (s->kind == ScopeKind::Class && s->needs_class_closure) s->cellvars.push_back("__class__");
    std::sort(s->cellvars.begin(), s->cellvars.end());
    std::sort(s->freevars.begin(), s->freevars.end());
    for (Scope* c : s->children) finish(c);
  }

 private:
  const SourceFile& src_;
  ScopeTable& t_;
  Scope* cur_ = nullptr;
  int comp_iter_expr_ = 0;
  bool future_annotations_ = false;
  std::string_view private_;
  bool comp_iter_target_ = false;
};

// ---------------- compile-time checks (CPython's compile.c) ----------------
class Checker {
 public:
  Checker(const SourceFile& src, const ScopeTable& t) : src_(src), t_(t) {}
  SyntaxErrorInfo err;

  void run(const Module* m) {
    scope_ = t_.module_scope();
    stmts(m->body);
  }
  void run(const Expression* e) {
    scope_ = t_.module_scope();
    expr(e->body);
  }

 private:
  [[noreturn]] void error(const Node* n, std::string msg) {
    err = make_syntax_error(src_, SyntaxErrorKind::SyntaxError, std::move(msg), n->lineno,
                            n->col_offset, n->end_lineno, n->end_col_offset, true);
    throw ScopeFailure{};
  }
  bool in_function() const {
    return scope_->kind != ScopeKind::Module && scope_->kind != ScopeKind::Class;
  }
  bool in_async() const {
    return scope_->kind == ScopeKind::Function && scope_->node->kind == NodeKind::AsyncFunctionDef;
  }

  void stmts(Seq<Stmt*> body) {
    for (Stmt* s : body) stmt(s);
  }
  void exprs(Seq<Expr*> es, bool star_ok = false) {
    for (Expr* e : es) {
      if (e) expr(e, star_ok);
    }
  }
  void keywords(Seq<Keyword*> kws) {
    for (uint32_t i = 0; i < kws.size(); ++i) {
      if (kws[i]->arg.empty()) continue;
      for (uint32_t j = i + 1; j < kws.size(); ++j) {
        if (kws[j]->arg == kws[i]->arg)
          error(kws[j], "keyword argument repeated: " + std::string(kws[i]->arg));
      }
    }
    for (Keyword* k : kws) expr(k->value);
  }
  void target(Expr* e) {
    if (e->kind == NodeKind::Starred)
      error(e, "starred assignment target must be in a list or tuple");
    store(e);
  }
  void store(Expr* e) {
    if (e->kind == NodeKind::List || e->kind == NodeKind::Tuple) {
      int stars = 0;
      for (Expr* x : static_cast<Sequence*>(e)->elts) {
        if (x->kind == NodeKind::Starred) {
          if (++stars > 1) error(e, "multiple starred expressions in assignment");
          store(static_cast<Starred*>(x)->value);
        } else {
          store(x);
        }
      }
      return;
    }
    if (e->kind == NodeKind::Starred)
      error(e, "starred assignment target must be in a list or tuple");
    expr(e);
  }
  template <class F>
  void with_scope(const Node* n, F f) {
    Scope* saved = scope_;
    bool saved_loop = in_loop_;
    scope_ = t_.scope_for(n);
    in_loop_ = false;
    f();
    scope_ = saved;
    in_loop_ = saved_loop;
  }
  void args(const Arguments* a) {
    exprs(a->defaults);
    exprs(a->kw_defaults);
  }

  void stmt(Stmt* s) {
    switch (s->kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef: {
        auto* f = static_cast<FunctionDef*>(s);
        exprs(f->decorator_list);
        args(f->args);
        with_scope(f, [&] { stmts(f->body); });
        break;
      }
      case NodeKind::ClassDef: {
        auto* c = static_cast<ClassDef*>(s);
        exprs(c->decorator_list);
        exprs(c->bases, true);
        keywords(c->keywords);
        with_scope(c, [&] { stmts(c->body); });
        break;
      }
      case NodeKind::Return: {
        if (!in_function()) error(s, "'return' outside function");
        auto* r = static_cast<Return*>(s);
        if (r->value && scope_->is_coroutine && scope_->is_generator &&
            scope_->kind == ScopeKind::Function) {
          error(s, "'return' with value in async generator");
        }
        if (r->value) expr(r->value);
        break;
      }
      case NodeKind::Delete:
        exprs(static_cast<Delete*>(s)->targets);
        break;
      case NodeKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        expr(a->value);
        for (Expr* t : a->targets) target(t);
        break;
      }
      case NodeKind::AugAssign:
        expr(static_cast<AugAssign*>(s)->target);
        expr(static_cast<AugAssign*>(s)->value);
        break;
      case NodeKind::AnnAssign: {
        auto* a = static_cast<AnnAssign*>(s);
        if (a->value) expr(a->value);
        expr(a->target);
        break;
      }
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        auto* f = static_cast<For*>(s);
        if (s->kind == NodeKind::AsyncFor && !in_async())
          error(s, "'async for' outside async function");
        expr(f->iter);
        target(f->target);
        bool saved = in_loop_;
        in_loop_ = true;
        stmts(f->body);
        in_loop_ = saved;
        stmts(f->orelse);
        break;
      }
      case NodeKind::While: {
        auto* w = static_cast<While*>(s);
        expr(w->test);
        bool saved = in_loop_;
        in_loop_ = true;
        stmts(w->body);
        in_loop_ = saved;
        stmts(w->orelse);
        break;
      }
      case NodeKind::If:
        expr(static_cast<If*>(s)->test);
        stmts(static_cast<If*>(s)->body);
        stmts(static_cast<If*>(s)->orelse);
        break;
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        if (s->kind == NodeKind::AsyncWith && !in_async())
          error(s, "'async with' outside async function");
        auto* w = static_cast<With*>(s);
        for (WithItem* it : w->items) {
          expr(it->context_expr);
          if (it->optional_vars) target(it->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case NodeKind::Match: {
        auto* m = static_cast<Match*>(s);
        expr(m->subject);
        for (MatchCase* c : m->cases) {
          if (c->guard) expr(c->guard);
          stmts(c->body);
        }
        break;
      }
      case NodeKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case NodeKind::Try:
      case NodeKind::TryStar: {
        auto* t = static_cast<Try*>(s);
        stmts(t->body);
        for (uint32_t i = 0; i < t->handlers.size(); ++i) {
          ExceptHandler* h = t->handlers[i];
          if (!h->type && i + 1 < t->handlers.size()) {
            ExceptHandler loc = *h;  // CPython points at "except:"
            loc.end_lineno = loc.lineno;
            loc.end_col_offset = loc.col_offset + 7;
            error(&loc, "default 'except:' must be last");
          }
          if (h->type) expr(h->type);
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case NodeKind::Assert: {
        auto* a = static_cast<Assert*>(s);
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case NodeKind::ExprStmt:
        expr(static_cast<ExprStmt*>(s)->value);
        break;
      case NodeKind::Break:
        if (!in_loop_) error(s, "'break' outside loop");
        break;
      case NodeKind::Continue:
        if (!in_loop_) error(s, "'continue' not properly in loop");
        break;
      case NodeKind::VarDecl: {
        auto* v = static_cast<VarDecl*>(s);
        if (v->value) {
          expr(v->value);
          target(v->target);
        }
        break;
      }
      case NodeKind::AliasDecl:
        expr(static_cast<AliasDecl*>(s)->value);
        break;
      default:
        break;
    }
  }

  void expr(Expr* e, bool star_ok = false) {
    switch (e->kind) {
      case NodeKind::Starred:
        if (!star_ok) error(e, "can't use starred expression here");
        expr(static_cast<Starred*>(e)->value);
        break;
      case NodeKind::BoolOp:
        exprs(static_cast<BoolOp*>(e)->values);
        break;
      case NodeKind::NamedExpr:
        expr(static_cast<NamedExpr*>(e)->value);
        break;
      case NodeKind::BinOp:
        expr(static_cast<BinOp*>(e)->left);
        expr(static_cast<BinOp*>(e)->right);
        break;
      case NodeKind::UnaryOp:
        expr(static_cast<UnaryOp*>(e)->operand);
        break;
      case NodeKind::Lambda: {
        auto* l = static_cast<Lambda*>(e);
        args(l->args);
        with_scope(l, [&] { expr(l->body); });
        break;
      }
      case NodeKind::IfExp:
        expr(static_cast<IfExp*>(e)->test);
        expr(static_cast<IfExp*>(e)->body);
        expr(static_cast<IfExp*>(e)->orelse);
        break;
      case NodeKind::Dict:
        exprs(static_cast<Dict*>(e)->keys);
        exprs(static_cast<Dict*>(e)->values);
        break;
      case NodeKind::Set:
        exprs(static_cast<Set*>(e)->elts, true);
        break;
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::DictComp:
      case NodeKind::GeneratorExp: {
        auto* c = static_cast<Comp*>(e);
        expr(c->generators[0]->iter);
        with_scope(c, [&] {
          for (uint32_t i = 0; i < c->generators.size(); ++i) {
            Comprehension* g = c->generators[i];
            if (g->is_async && c->kind != NodeKind::GeneratorExp && !in_async_context()) {
              error(e, "asynchronous comprehension outside of an asynchronous function");
            }
            if (i) expr(g->iter);
            exprs(g->ifs);
          }
          expr(c->elt);
          if (c->value) expr(c->value);
        });
        break;
      }
      case NodeKind::Await: {
        if (!in_function()) error(e, "'await' outside function");
        if (!in_async() && scope_->kind != ScopeKind::Comprehension)
          error(e, "'await' outside async function");
        expr(static_cast<Await*>(e)->value);
        break;
      }
      case NodeKind::Yield:
      case NodeKind::YieldFrom: {
        if (!in_function()) error(e, "'yield' outside function");
        if (e->kind == NodeKind::YieldFrom && in_async()) {
          error(e, "'yield from' inside async function");
        }
        auto* y = static_cast<Await*>(e);
        if (y->value) expr(y->value);
        break;
      }
      case NodeKind::Compare:
        expr(static_cast<Compare*>(e)->left);
        exprs(static_cast<Compare*>(e)->comparators);
        break;
      case NodeKind::Call: {
        auto* c = static_cast<Call*>(e);
        expr(c->func);
        exprs(c->args, true);
        keywords(c->keywords);
        break;
      }
      case NodeKind::FormattedValue:
        expr(static_cast<FormattedValue*>(e)->value);
        if (auto* f = static_cast<FormattedValue*>(e)->format_spec) expr(f);
        break;
      case NodeKind::JoinedStr:
        exprs(static_cast<JoinedStr*>(e)->values);
        break;
      case NodeKind::Attribute:
        expr(static_cast<Attribute*>(e)->value);
        break;
      case NodeKind::Subscript:
        expr(static_cast<Subscript*>(e)->value);
        expr(static_cast<Subscript*>(e)->slice, true);
        break;
      case NodeKind::List:
      case NodeKind::Tuple:
        exprs(static_cast<Sequence*>(e)->elts, true);
        break;
      case NodeKind::Slice: {
        auto* s = static_cast<Slice*>(e);
        if (s->lower) expr(s->lower);
        if (s->upper) expr(s->upper);
        if (s->step) expr(s->step);
        break;
      }
      case NodeKind::Transfer:
        expr(static_cast<Transfer*>(e)->value);
        break;
      case NodeKind::FnType: {
        auto* f = static_cast<FnType*>(e);
        exprs(f->args, false);
        if (f->returns) expr(f->returns);
        break;
      }
      case NodeKind::ParamKeyword:
        expr(static_cast<ParamKeyword*>(e)->value);
        break;
      default:
        break;
    }
  }
  bool in_async_context() const {
    for (Scope* s = scope_; s; s = s->parent) {
      if (s->kind == ScopeKind::Comprehension) continue;
      return s->kind == ScopeKind::Function && s->node->kind == NodeKind::AsyncFunctionDef;
    }
    return false;
  }

  const SourceFile& src_;
  const ScopeTable& t_;
  Scope* scope_ = nullptr;
  bool in_loop_ = false;
};

}  // namespace

ScopeResult analyze_scopes(const ParseResult& parsed) {
  ScopeResult r;
  auto table = std::make_unique<ScopeTable>();
  Analyzer a(parsed.source(), *table);
  try {
    if (parsed.module()) {
      a.build(parsed.module());
    } else {
      a.build(parsed.expression());
    }
    NameSet free, global;
    a.analyze(table->module_scope(), nullptr, free, global);
    a.finish(table->module_scope());
  } catch (const ScopeFailure&) {
    r.error = a.err;
    return r;
  }
  Checker c(parsed.source(), *table);
  try {
    if (parsed.module()) {
      c.run(parsed.module());
    } else {
      c.run(parsed.expression());
    }
  } catch (const ScopeFailure&) {
    r.error = c.err;
    return r;
  }
  r.table = std::move(table);
  return r;
}

static const char* const kScopeKindNames[] = {"module", "function", "class", "lambda",
                                              "comprehension"};

std::string dump_scopes(const ScopeTable& table) {
  std::string out;
  auto join = [](const std::vector<std::string_view>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) s += ", ";
      s += v[i];
    }
    return s + "]";
  };
  auto rec = [&](auto& self, const Scope* s, int depth) -> void {
    std::string ind(static_cast<size_t>(depth) * 2, ' ');
    out += ind + kScopeKindNames[static_cast<int>(s->kind)] + " " + std::string(s->name);
    if (s->is_generator) out += " generator";
    if (s->is_coroutine) out += " coroutine";
    if (s->needs_class_closure) out += " needs_class_closure";
    out += "\n";
    for (const Symbol& sym : s->symbols()) {
      out += ind + "  " + std::string(sym.name) + ": " + symbol_scope_name(sym.scope);
      if (sym.flags & kDefParam) out += " param";
      out += "\n";
    }
    if (s->is_function_like()) out += ind + "  varnames=" + join(s->varnames) + "\n";
    if (!s->cellvars.empty()) out += ind + "  cellvars=" + join(s->cellvars) + "\n";
    if (!s->freevars.empty()) out += ind + "  freevars=" + join(s->freevars) + "\n";
    for (const Scope* c : s->children) self(self, c, depth + 1);
  };
  rec(rec, table.module_scope(), 0);
  return out;
}

}  // namespace ember

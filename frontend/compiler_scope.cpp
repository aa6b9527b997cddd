// Scope analysis for the compiler: which names are local, global, cell or free in each
// module, function, lambda and comprehension scope, with CPython's symtable errors.
#include <string>

#include "frontend/compiler_internal.h"

namespace ember::compiler_impl {

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

class ScopeBuilder {
 public:
  ScopeBuilder(ScopeTable& table, const SourceFile& src) : t_(table), src_(src) {}

  void build(const ast::Node* root) {
    Scope* m = push(Scope::Kind::Module, root, "<module>");
    t_.module = m;
    if (auto* mod = ast::cast<ast::Module>(root)) {
      stmts(mod->body);
    } else if (auto* e = ast::cast<ast::Expression>(root)) {
      expr(e->body);
    }
    cur_ = nullptr;
    std::unordered_set<std::string_view> none;
    analyze(m, none);
  }

 private:
  [[noreturn]] void fail(const ast::Node* n, std::string msg) {
    throw CompileError{make_error(src_, n, std::move(msg))};
  }

  Scope* push(Scope::Kind kind, const ast::Node* node, std::string name) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->node = node;
    s->parent = cur_;
    s->name = std::move(name);
    Scope* raw = s.get();
    t_.all.push_back(std::move(s));
    t_.by_node[node] = raw;
    if (cur_) cur_->children.push_back(raw);
    cur_ = raw;
    return raw;
  }
  void pop() { cur_ = cur_->parent; }

  void def(std::string_view name) { cur_->flag(name) |= kDefLocal; }
  void use(std::string_view name) { cur_->flag(name) |= kUse; }

  void param(const ast::Arg* a) {
    if (!a) return;
    uint32_t& f = cur_->flag(a->arg);
    if (f & kDefParam)
      fail(a, "duplicate argument '" + std::string(a->arg) + "' in function definition");
    f |= kDefParam | kDefLocal;
    cur_->params.push_back(a->arg);
  }

  void arguments_outer(const ast::Arguments* args) {
    if (!args) return;
    for (auto* d : args->defaults) expr(d);
    for (auto* d : args->kw_defaults) {
      if (d) expr(d);
    }
  }
  void annotations(const ast::Arguments* args, const ast::Expr* returns) {
    if (args) {
      auto ann = [&](const ast::Arg* a) {
        if (a && a->annotation) expr(a->annotation);
      };
      for (auto* a : args->posonlyargs) ann(a);
      for (auto* a : args->args) ann(a);
      ann(args->vararg);
      for (auto* a : args->kwonlyargs) ann(a);
      ann(args->kwarg);
    }
    if (returns) expr(returns);
  }
  void params(const ast::Arguments* args) {
    if (!args) return;
    for (auto* a : args->posonlyargs) param(a);
    for (auto* a : args->args) param(a);
    for (auto* a : args->kwonlyargs) param(a);
    param(args->vararg);
    param(args->kwarg);
  }

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
        arguments_outer(f->args);
        annotations(f->args, f->returns);
        def(f->name);
        push(Scope::Kind::Function, f, std::string(f->name));
        params(f->args);
        stmts(f->body);
        pop();
        break;
      }
      case K::ClassDef: {
        auto* c = static_cast<const ast::ClassDef*>(s);
        for (auto* d : c->decorator_list) expr(d);
        for (auto* b : c->bases) expr(b);
        for (auto* k : c->keywords) expr(k->value);
        def(c->name);
        break;  // class bodies are rejected by the compiler for now
      }
      case K::Return: {
        auto* r = static_cast<const ast::Return*>(s);
        if (r->value) expr(r->value);
        break;
      }
      case K::Delete:
        for (auto* t : static_cast<const ast::Delete*>(s)->targets) target(t);
        break;
      case K::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        expr(a->value);
        for (auto* t : a->targets) target(t);
        break;
      }
      case K::AugAssign: {
        auto* a = static_cast<const ast::AugAssign*>(s);
        expr(a->value);
        if (auto* n = ast::cast<ast::Name>(a->target)) {
          use(n->id);
          def(n->id);
        } else {
          target(a->target);
        }
        break;
      }
      case K::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(s);
        if (a->value) expr(a->value);
        if (auto* n = ast::cast<ast::Name>(a->target)) {
          uint32_t& f = cur_->flag(n->id);
          if ((f & (kDefGlobal | kDefNonlocal)) && a->simple) {
            fail(s, "annotated name '" + std::string(n->id) + "' can't be " +
                        ((f & kDefGlobal) ? "global" : "nonlocal"));
          }
          f |= kDefAnnot | kDefLocal;
        } else {
          target(a->target);
        }
        break;
      }
      case K::For:
      case K::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        expr(f->iter);
        target(f->target);
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
          if (item->optional_vars) target(item->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case K::Match: {
        auto* m = static_cast<const ast::Match*>(s);
        expr(m->subject);
        for (auto* c : m->cases) {
          pattern(c->pattern);
          if (c->guard) expr(c->guard);
          stmts(c->body);
        }
        break;
      }
      case K::Raise: {
        auto* r = static_cast<const ast::Raise*>(s);
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case K::Try:
      case K::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        stmts(t->body);
        for (auto* h : t->handlers) {
          if (h->type) expr(h->type);
          if (!h->name.empty()) {
            def(h->name);
            cur_->deleted.insert(h->name);
          }
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case K::Assert: {
        auto* a = static_cast<const ast::Assert*>(s);
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case K::Import:
        for (auto* a : static_cast<const ast::Import*>(s)->names) {
          if (!a->asname.empty()) {
            def(a->asname);
          } else {
            std::string_view n = a->name;
            size_t dot = n.find('.');
            def(dot == std::string_view::npos ? n : n.substr(0, dot));
          }
        }
        break;
      case K::ImportFrom:
        for (auto* a : static_cast<const ast::ImportFrom*>(s)->names) {
          if (a->name == "*") {
            if (cur_->is_function()) fail(s, "import * only allowed at module level");
            continue;
          }
          def(a->asname.empty() ? a->name : a->asname);
        }
        break;
      case K::Global:
      case K::Nonlocal: {
        auto* g = static_cast<const ast::Global*>(s);
        bool global = s->kind == K::Global;
        const char* what = global ? "global" : "nonlocal";
        if (!global && !cur_->is_function())
          fail(s, "nonlocal declaration not allowed at module level");
        for (auto name : g->names) {
          uint32_t& f = cur_->flag(name);
          std::string n(name);
          if (f & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
            if (f & kDefParam) fail(s, "name '" + n + "' is parameter and " + what);
            if (f & kUse) fail(s, "name '" + n + "' is used prior to " + what + " declaration");
            if (f & kDefAnnot) fail(s, "annotated name '" + n + "' can't be " + what);
            fail(s, "name '" + n + "' is assigned to before " + what + " declaration");
          }
          if ((global && (f & kDefNonlocal)) || (!global && (f & kDefGlobal))) {
            fail(s, "name '" + n + "' is nonlocal and global");
          }
          f |= global ? kDefGlobal : kDefNonlocal;
          if (!global) nonlocal_at_[cur_][name] = s;
        }
        break;
      }
      case K::ExprStmt:
        expr(static_cast<const ast::ExprStmt*>(s)->value);
        break;
      default:
        break;
    }
  }

  void target(const ast::Expr* e) {
    using K = ast::NodeKind;
    switch (e->kind) {
      case K::Name: {
        auto* n = static_cast<const ast::Name*>(e);
        def(n->id);
        if (n->ctx == ast::ExprContext::Del) cur_->deleted.insert(n->id);
        break;
      }
      case K::Starred:
        target(static_cast<const ast::Starred*>(e)->value);
        break;
      case K::List:
      case K::Tuple:
        for (auto* x : static_cast<const ast::Sequence*>(e)->elts) target(x);
        break;
      default:
        expr(e);  // attributes and subscripts read their container and key
        break;
    }
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
        if (!m->rest.empty()) def(m->rest);
        break;
      }
      case K::MatchClass: {
        auto* c = static_cast<const ast::MatchClass*>(p);
        expr(c->cls);
        for (auto* x : c->patterns) pattern(x);
        for (auto* x : c->kwd_patterns) pattern(x);
        break;
      }
      case K::MatchStar: {
        auto* s = static_cast<const ast::MatchStar*>(p);
        if (!s->name.empty()) def(s->name);
        break;
      }
      case K::MatchAs: {
        auto* a = static_cast<const ast::MatchAs*>(p);
        pattern(a->pattern);
        if (!a->name.empty()) def(a->name);
        break;
      }
      default:
        break;
    }
  }

  void comprehension(const ast::Comp* c, const char* name) {
    expr(c->generators[0]->iter);
    Scope* s = push(Scope::Kind::Comprehension, c, name);
    s->flag(".0") |= kDefParam | kDefLocal;
    s->params.push_back(".0");
    for (uint32_t i = 0; i < c->generators.size(); ++i) {
      auto* g = c->generators[i];
      if (i > 0) expr(g->iter);
      comp_target(g->target);
      for (auto* cond : g->ifs) expr(cond);
    }
    if (c->elt) expr(c->elt);
    if (c->value) expr(c->value);
    pop();
  }
  void comp_target(const ast::Expr* e) {
    if (auto* n = ast::cast<ast::Name>(e)) {
      def(n->id);
      comp_iter_vars_[cur_].insert(n->id);
      return;
    }
    if (auto* s = ast::cast<ast::Sequence>(e)) {
      for (auto* x : s->elts) comp_target(x);
      return;
    }
    if (auto* st = ast::cast<ast::Starred>(e)) {
      comp_target(st->value);
      return;
    }
    target(e);
  }

  void walrus(const ast::NamedExpr* n) {
    expr(n->value);
    auto* name = ast::cast<ast::Name>(n->target);
    if (!name) return;
    if (cur_->kind != Scope::Kind::Comprehension) {
      def(name->id);
      cur_->has_local_walrus = true;
      return;
    }
    // Binds in the nearest enclosing function (or module) scope.
    Scope* s = cur_;
    std::vector<Scope*> comps;
    while (s->kind == Scope::Kind::Comprehension) {
      if (comp_iter_vars_[s].count(name->id)) {
        fail(n, "assignment expression cannot rebind comprehension iteration variable '" +
                    std::string(name->id) + "'");
      }
      comps.push_back(s);
      s = s->parent;
    }
    bool module = !s->is_function();
    for (Scope* c : comps) c->flag(name->id) |= module ? kDefGlobal : kCompWalrus;
    uint32_t& f = s->flag(name->id);
    if (!(f & (kDefGlobal | kDefNonlocal))) f |= kDefLocal;
  }

  void expr(const ast::Expr* e) {
    using K = ast::NodeKind;
    if (!e) return;
    switch (e->kind) {
      case K::BoolOp:
        for (auto* v : static_cast<const ast::BoolOp*>(e)->values) expr(v);
        break;
      case K::NamedExpr:
        walrus(static_cast<const ast::NamedExpr*>(e));
        break;
      case K::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        expr(b->left);
        expr(b->right);
        break;
      }
      case K::UnaryOp:
        expr(static_cast<const ast::UnaryOp*>(e)->operand);
        break;
      case K::Lambda: {
        auto* l = static_cast<const ast::Lambda*>(e);
        arguments_outer(l->args);
        push(Scope::Kind::Lambda, l, "<lambda>");
        params(l->args);
        expr(l->body);
        pop();
        break;
      }
      case K::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case K::Dict: {
        auto* d = static_cast<const ast::Dict*>(e);
        for (uint32_t i = 0; i < d->values.size(); ++i) {
          if (d->keys[i]) expr(d->keys[i]);
          expr(d->values[i]);
        }
        break;
      }
      case K::Set:
        for (auto* x : static_cast<const ast::Set*>(e)->elts) expr(x);
        break;
      case K::ListComp:
        comprehension(static_cast<const ast::Comp*>(e), "<listcomp>");
        break;
      case K::SetComp:
        comprehension(static_cast<const ast::Comp*>(e), "<setcomp>");
        break;
      case K::DictComp:
        comprehension(static_cast<const ast::Comp*>(e), "<dictcomp>");
        break;
      case K::GeneratorExp:
        comprehension(static_cast<const ast::Comp*>(e), "<genexpr>");
        break;
      case K::Await:
        if (!cur_->is_function()) fail(e, "'await' outside function");
        cur_->has_await = true;
        expr(static_cast<const ast::Await*>(e)->value);
        break;
      case K::Yield:
      case K::YieldFrom:
        if (!cur_->is_function()) fail(e, "'yield' outside function");
        if (cur_->kind == Scope::Kind::Comprehension) {
          std::string what = cur_->name.substr(1, cur_->name.size() - 2);
          if (what == "listcomp") what = "list comprehension";
          if (what == "setcomp") what = "set comprehension";
          if (what == "dictcomp") what = "dict comprehension";
          if (what == "genexpr") what = "generator expression";
          fail(e, "'yield' inside " + what);
        }
        cur_->has_yield = true;
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
        if (f->format_spec) expr(f->format_spec);
        break;
      }
      case K::JoinedStr:
        for (auto* x : static_cast<const ast::JoinedStr*>(e)->values) expr(x);
        break;
      case K::Constant:
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
        if (n->ctx == ast::ExprContext::Load) {
          use(n->id);
        } else {
          target(n);
        }
        break;
      }
      case K::List:
      case K::Tuple: {
        auto* s = static_cast<const ast::Sequence*>(e);
        if (s->ctx != ast::ExprContext::Load) {
          target(s);
        } else {
          for (auto* x : s->elts) expr(x);
        }
        break;
      }
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

  // ---- resolution
  void analyze(Scope* s, const std::unordered_set<std::string_view>& bound) {
    std::unordered_set<std::string_view> newbound;
    if (s->is_function()) newbound = bound;
    for (auto name : s->order) {
      uint32_t f = s->flags[name];
      SymKind k;
      if (f & kDefGlobal) {
        k = SymKind::GlobalExplicit;
        newbound.erase(name);
      } else if (f & (kDefNonlocal | kCompWalrus)) {
        if (!bound.count(name)) {
          const ast::Node* at = s->node;
          auto it = nonlocal_at_.find(s);
          if (it != nonlocal_at_.end() && it->second.count(name)) at = it->second[name];
          fail(at, "no binding for nonlocal '" + std::string(name) + "' found");
        }
        k = SymKind::Free;
      } else if (!s->is_function()) {
        k = SymKind::GlobalImplicit;
      } else if (f & (kDefLocal | kDefParam)) {
        k = SymKind::Local;
        newbound.insert(name);
      } else if (bound.count(name)) {
        k = SymKind::Free;
      } else {
        k = SymKind::GlobalImplicit;
      }
      s->kinds[name] = k;
      if (k == SymKind::Free) s->frees.push_back(name);
    }
    for (Scope* child : s->children) {
      analyze(child, newbound);
      for (auto name : child->frees) {
        auto it = s->kinds.find(name);
        if (it != s->kinds.end() && it->second == SymKind::Local) {
          it->second = SymKind::Cell;
        } else if (it != s->kinds.end() && it->second == SymKind::Free) {
          // already free here
        } else if (it != s->kinds.end() && it->second == SymKind::Cell) {
        } else {
          if (it == s->kinds.end()) s->flag(name);
          s->kinds[name] = SymKind::Free;
          s->frees.push_back(name);
        }
      }
    }
  }

  ScopeTable& t_;
  const SourceFile& src_;
  Scope* cur_ = nullptr;
  std::unordered_map<Scope*, std::unordered_set<std::string_view>> comp_iter_vars_;
  std::unordered_map<Scope*, std::unordered_map<std::string_view, const ast::Node*>> nonlocal_at_;
};

}  // namespace

void build_scopes(ScopeTable& table, const ast::Node* root, const SourceFile& src) {
  ScopeBuilder b(table, src);
  b.build(root);
}

}  // namespace ember::compiler_impl

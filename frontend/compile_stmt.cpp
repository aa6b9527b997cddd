// Statements: assignments, control flow, imports, assert.
#include <algorithm>
#include <string>

#include "frontend/binary_op.h"
#include "frontend/compiler_internal.h"
#include "frontend/static_compiler.h"

namespace ember::compiler_impl {

namespace {
constexpr size_t kMaxBlocks = 20;  // CPython's CO_MAXBLOCKS
// A clause of except* must end for the others to run and the rest to be re-raised.
constexpr const char* kExceptStarExitMessage =
    "'break', 'continue' and 'return' cannot appear in an except* block";
// `f() = x` (Mojo's assignment through a returned reference) outside typed code.
constexpr const char* kCallTargetOutsideFn =
    "assignment through the reference a call returns is only supported in fn code";

// Expressions whose evaluation writes their destination only once, at the end, so they can
// be compiled straight into a local's register.
bool writes_dst_once(const ast::Expr* e) {
  using K = ast::NodeKind;
  switch (e->kind) {
    case K::Constant:
    case K::Name:
    case K::BinOp:
    case K::Attribute:
    case K::Subscript:
    case K::Lambda:
    case K::JoinedStr:
      return true;
    case K::UnaryOp:
      return true;
    case K::Compare:
      return static_cast<const ast::Compare*>(e)->ops.size() == 1;
    case K::List:
    case K::Tuple:
    case K::Set: {
      // Built from temporaries by one instruction (no unpacking, short display).
      const Seq<ast::Expr*>& elts = e->kind == K::Set ? static_cast<const ast::Set*>(e)->elts
                                                      : static_cast<const ast::Sequence*>(e)->elts;
      if (elts.size() > 64) return false;
      for (auto* x : elts) {
        if (x->kind == K::Starred) return false;
      }
      return true;
    }
    case K::Dict: {
      auto* d = static_cast<const ast::Dict*>(e);
      if (d->keys.size() > 64) return false;
      for (auto* k : d->keys) {
        if (!k) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
}  // namespace

void Compiler::push_block(Block b, const ast::Node* at) {
  if (u_->blocks.size() >= kMaxBlocks) error(at, "too many statically nested blocks");
  u_->blocks.push_back(b);
}

void Compiler::stmts(const Seq<ast::Stmt*>& body) {
  for (auto* s : body) stmt(s);
}

void Compiler::stmt(const ast::Stmt* s) {
  using K = ast::NodeKind;
  LocScope ls(*this, s);
  uint32_t m = mark();
  switch (s->kind) {
    case K::ExprStmt: {
      auto* e = static_cast<const ast::ExprStmt*>(s)->value;
      if (e->kind == K::Constant) break;  // no effect
      if (e->kind == K::Name) {
        // Still raises NameError / UnboundLocalError.
        uint16_t r;
        if (is_local_reg(static_cast<const ast::Name*>(e)->id, &r)) {
          if (!definitely_bound(r)) {
            LocScope at(*this, e);
            emit_abx(Op::CheckBound, r, name_index(static_cast<const ast::Name*>(e)->id));
            mark_bound(r);
          }
          break;
        }
      }
      expr_any(e);
      break;
    }
    case K::Assign:
      compile_assign(static_cast<const ast::Assign*>(s));
      break;
    case K::AugAssign:
      compile_augassign(static_cast<const ast::AugAssign*>(s));
      break;
    case K::AnnAssign: {
      auto* a = static_cast<const ast::AnnAssign*>(s);
      check_starred_assign(a->target);
      if (a->value) {
        uint16_t v = expr_any(a->value);
        store_target(a->target, v);
      } else if (!ast::cast<ast::Name>(a->target)) {
        // `obj.attr: T` / `obj[k]: T` evaluate the target's container (and key).
        if (auto* at = ast::cast<ast::Attribute>(a->target)) expr_any(at->value);
        if (auto* sub = ast::cast<ast::Subscript>(a->target)) {
          expr_any(sub->value);
          expr_any(sub->slice);
        }
      }
      if (!u_->scope->is_function_like()) {
        // Module and class annotations are evaluated; simple names are recorded in
        // __annotations__.
        uint32_t m2 = mark();
        uint16_t ann = expr_any(a->annotation);
        if (auto* n = ast::cast<ast::Name>(a->target); n && a->simple) {
          uint16_t d = alloc();
          uint16_t k = alloc();
          load_name("__annotations__", d, a);
          load_const_value(k, const_str(n->id));
          emit_abc(Op::SetItem, d, k, ann);
        }
        free_to(m2);
      }
      break;
    }
    case K::Delete:
      for (auto* t : static_cast<const ast::Delete*>(s)->targets) compile_delete(t);
      break;
    case K::If:
      compile_if(static_cast<const ast::If*>(s));
      break;
    case K::While:
      compile_while(static_cast<const ast::While*>(s));
      break;
    case K::For:
      compile_for(static_cast<const ast::For*>(s));
      break;
    case K::AsyncFor:
      compile_for(static_cast<const ast::For*>(s));
      break;
    case K::FunctionDef:
    case K::AsyncFunctionDef:
      if (static_module_ && static_module_->functions.count(s)) {
        bind_typed_function(s, static_cast<const ast::FunctionDef*>(s)->name);
        break;
      }
      // A generic def exists only as its instances, in typed code.
      if (static_cast<const ast::FunctionDef*>(s)->params) break;
      compile_funcdef(static_cast<const ast::FunctionDef*>(s));
      break;
    case K::ClassDef:
      compile_classdef(static_cast<const ast::ClassDef*>(s));
      break;
    case K::Return:
      compile_return(static_cast<const ast::Return*>(s));
      break;
    case K::Pass:
      break;
    case K::Break:
      compile_break_continue(s, true);
      break;
    case K::Continue:
      compile_break_continue(s, false);
      break;
    case K::Raise:
      compile_raise(static_cast<const ast::Raise*>(s));
      break;
    case K::Try:
    case K::TryStar:
      compile_try(static_cast<const ast::Try*>(s));
      break;
    case K::With:
      compile_with(static_cast<const ast::With*>(s), 0);
      break;
    case K::AsyncWith:
      compile_with(static_cast<const ast::With*>(s), 0);
      break;
    case K::Match:
      compile_match(static_cast<const ast::Match*>(s));
      break;
    case K::Assert:
      compile_assert(static_cast<const ast::Assert*>(s));
      break;
    case K::Import:
      compile_import(static_cast<const ast::Import*>(s));
      break;
    case K::ImportFrom:
      if (static_module_ && static_module_->compile_time_nodes.count(s)) break;
      compile_import_from(static_cast<const ast::ImportFrom*>(s));
      break;
    case K::Global:
    case K::Nonlocal:
      break;
    case K::FnDef: {
      // Checked and compiled by the static half; here the name is bound to its fn object.
      auto* f = static_cast<const ast::FnDef*>(s);
      if (f->params) break;  // a generic fn exists only as its instances, in fn code
      if (!static_module_ || !static_module_->functions.count(f)) {
        error(s, "fn definitions are only supported at the top level of a module yet");
      }
      bind_typed_function(s, f->name);
      break;
    }
    case K::StructDef:
    case K::TraitDef:
      // Checked and compiled by the static half; Python code cannot use them yet.
      if (!u_->is_module()) {
        error(s, "structs and traits are only supported at the top level of a module yet");
      }
      break;
    case K::VarDecl: {
      auto* v = static_cast<const ast::VarDecl*>(s);
      if (v->value) store_target(v->target, expr_any(v->value));
      break;
    }
    case K::AliasDecl: {
      auto* a = static_cast<const ast::AliasDecl*>(s);
      if (static_module_ && static_module_->compile_time_nodes.count(a)) break;
      if (auto v = static_module_ ? static_module_->alias_values.find(a)
                                  : decltype(static_module_->alias_values.end()){};
          static_module_ && v != static_module_->alias_values.end()) {
        uint16_t r = alloc();
        load_const_value(r, add_const(v->second, "alias:" + std::string(a->name)));
        store_name(a->name, r);
        break;
      }
      store_name(a->name, expr_any(a->value));
      break;
    }
    default:
      error(s, "unsupported statement");
  }
  free_to(m);
}

// ---- assignment

void Compiler::check_starred_assign(const ast::Expr* target) {
  auto* seq = ast::cast<ast::Sequence>(target);
  if (!seq) return;
  bool seen = false;
  for (auto* e : seq->elts) {
    if (e->kind == ast::NodeKind::Starred) {
      if (seen) error(e, "multiple starred expressions in assignment");
      seen = true;
    }
    check_starred_assign(e);
  }
}

void Compiler::store_target(const ast::Expr* target, uint16_t src) {
  using K = ast::NodeKind;
  uint32_t m = mark();
  switch (target->kind) {
    case K::Name:
      store_name(static_cast<const ast::Name*>(target)->id, src);
      break;
    case K::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(target);
      uint16_t o = expr_any(a->value);
      LocScope ls(*this, target);
      emit_cached(Instruction::abc(Op::StoreAttr, o, attr_index(a->attr), src));
      break;
    }
    case K::Subscript: {
      auto* sub = static_cast<const ast::Subscript*>(target);
      uint16_t o = expr_any(sub->value);
      uint16_t k = expr_any(sub->slice);
      LocScope ls(*this, target);
      emit_abc(Op::SetItem, o, k, src);
      break;
    }
    case K::List:
    case K::Tuple: {
      auto* seq = static_cast<const ast::Sequence*>(target);
      uint32_t n = seq->elts.size();
      int star = -1;
      for (uint32_t i = 0; i < n; ++i) {
        if (seq->elts[i]->kind == K::Starred) {
          if (star >= 0) error(seq->elts[i], "multiple starred expressions in assignment");
          star = static_cast<int>(i);
        }
      }
      uint16_t base = alloc(n);
      {
        LocScope ls(*this, target);
        if (star < 0) {
          emit_abc(Op::Unpack, base, src, n);
        } else {
          uint32_t before = static_cast<uint32_t>(star);
          uint32_t after = n - before - 1;
          if (before > 255 || after > 255) {
            error(target, "too many expressions in star-unpacking assignment");
          }
          emit_abc(Op::UnpackEx, base, src, before, after);
        }
      }
      for (uint32_t i = 0; i < n; ++i) {
        const ast::Expr* e = seq->elts[i];
        if (auto* st = ast::cast<ast::Starred>(e)) e = st->value;
        store_target(e, static_cast<uint16_t>(base + i));
      }
      break;
    }
    case K::Starred:
      error(target, "starred assignment target must be in a list or tuple");
    case K::Call:  // parsed only in Mojo sources
      error(target, kCallTargetOutsideFn);
    default:
      error(target, "cannot assign to expression");
  }
  free_to(m);
}

void Compiler::compile_assign(const ast::Assign* a) {
  for (auto* t : a->targets) check_starred_assign(t);
  // `a, b = x, y`: evaluate the right-hand side items, then assign left to right.
  if (a->targets.size() == 1) {
    auto* lhs = ast::cast<ast::Sequence>(a->targets[0]);
    auto* rhs = ast::cast<ast::Sequence>(a->value);
    if (lhs && rhs && rhs->ctx == ast::ExprContext::Load && lhs->elts.size() == rhs->elts.size() &&
        lhs->elts.size() <= 16) {
      bool star = false;
      for (auto* e : lhs->elts) star |= e->kind == ast::NodeKind::Starred;
      for (auto* e : rhs->elts) star |= e->kind == ast::NodeKind::Starred;
      if (!star) {
        uint32_t n = rhs->elts.size();
        uint16_t base = alloc(n);
        for (uint32_t i = 0; i < n; ++i) expr_to(rhs->elts[i], static_cast<uint16_t>(base + i));
        for (uint32_t i = 0; i < n; ++i)
          store_target(lhs->elts[i], static_cast<uint16_t>(base + i));
        return;
      }
    }
    if (auto* n = ast::cast<ast::Name>(a->targets[0])) {
      uint16_t r;
      if (!u_->has_local_walrus && is_local_reg(n->id, &r) && writes_dst_once(a->value)) {
        expr_to(a->value, r);
        mark_bound(r);
        return;
      }
    }
  }
  uint16_t v = expr_any(a->value);
  for (auto* t : a->targets) store_target(t, v);
}

void Compiler::compile_augassign(const ast::AugAssign* a) {
  uint32_t op = static_cast<uint32_t>(to_binary_op(a->op));
  if (auto* n = ast::cast<ast::Name>(a->target)) {
    uint16_t r;
    if (!u_->has_local_walrus && is_local_reg(n->id, &r)) {
      if (!definitely_bound(r)) {
        LocScope ls(*this, a->target);
        emit_abx(Op::CheckBound, r, name_index(n->id));
        mark_bound(r);
      }
      uint16_t v = expr_any(a->value);
      emit_abc(Op::InPlace, r, r, v, op);
      return;
    }
    uint16_t t = alloc();
    {
      LocScope ls(*this, a->target);
      load_name(n->id, t, a->target);
    }
    uint16_t v = expr_any(a->value);
    emit_abc(Op::InPlace, t, t, v, op);
    store_name(n->id, t);
    return;
  }
  if (auto* at = ast::cast<ast::Attribute>(a->target)) {
    uint16_t o = expr_any(at->value);
    uint16_t t = alloc();
    {
      LocScope ls(*this, a->target);
      emit_cached(Instruction::abc(Op::LoadAttr, t, o, attr_index(at->attr)));
    }
    uint16_t v = expr_any(a->value);
    emit_abc(Op::InPlace, t, t, v, op);
    LocScope ls(*this, a->target);
    emit_cached(Instruction::abc(Op::StoreAttr, o, attr_index(at->attr), t));
    return;
  }
  if (auto* sub = ast::cast<ast::Subscript>(a->target)) {
    uint16_t o = expr_any(sub->value);
    uint16_t k = expr_any(sub->slice);
    uint16_t t = alloc();
    {
      LocScope ls(*this, a->target);
      emit_abc(Op::GetItem, t, o, k);
    }
    uint16_t v = expr_any(a->value);
    emit_abc(Op::InPlace, t, t, v, op);
    LocScope ls(*this, a->target);
    emit_abc(Op::SetItem, o, k, t);
    return;
  }
  error(a->target, a->target->kind == ast::NodeKind::Call
                       ? kCallTargetOutsideFn
                       : "illegal expression for augmented assignment");
}

void Compiler::compile_delete(const ast::Expr* target) {
  using K = ast::NodeKind;
  uint32_t m = mark();
  switch (target->kind) {
    case K::Name:
      delete_name(static_cast<const ast::Name*>(target)->id, target);
      break;
    case K::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(target);
      uint16_t o = expr_any(a->value);
      LocScope ls(*this, target);
      emit_abc(Op::DeleteAttr, o, attr_index(a->attr));
      break;
    }
    case K::Subscript: {
      auto* sub = static_cast<const ast::Subscript*>(target);
      uint16_t o = expr_any(sub->value);
      uint16_t k = expr_any(sub->slice);
      LocScope ls(*this, target);
      emit_abc(Op::DeleteItem, o, k);
      break;
    }
    case K::List:
    case K::Tuple:
      for (auto* e : static_cast<const ast::Sequence*>(target)->elts) compile_delete(e);
      break;
    default:
      error(target, "cannot delete expression");
  }
  free_to(m);
}

// ---- control flow

void Compiler::compile_if(const ast::If* s) {
  Label orelse, end;
  jump_if(s->test, false, orelse);
  Bound s0 = save_bound();
  stmts(s->body);
  if (!s->orelse.empty()) {
    if (!u_->bound.dead) emit_jump(Op::Jump, 0, end);
    Bound s1 = save_bound();
    bind(orelse);
    restore_bound(s0);
    stmts(s->orelse);
    bind(end);
    intersect(u_->bound, s1);
  } else {
    bind(orelse);
    intersect(u_->bound, s0);
  }
}

// The test is compiled twice, before the loop and at its bottom, so that each iteration
// ends in one conditional backward jump instead of a jump back to the test at the top.
void Compiler::compile_while(const ast::While* s) {
  Label top, body, exit, brk;
  bind(top);
  jump_if(s->test, false, exit);
  Bound st = save_bound();
  push_block(Block{BlockKind::Loop, s, &brk, &top}, s);
  bind(body);
  stmts(s->body);
  if (!u_->bound.dead) jump_if(s->test, true, body);
  pop_block();
  bind(exit);
  restore_bound(st);
  stmts(s->orelse);
  bind(brk);
  restore_bound(st);
}

// for, and async for: each step of the latter awaits __anext__() inside a handler that ends
// the loop on StopAsyncIteration (EndAsyncFor re-raises any other exception of the step).
void Compiler::compile_for(const ast::For* s) {
  bool is_async = s->kind == ast::NodeKind::AsyncFor;
  uint32_t m = mark();
  uint16_t it = alloc();
  expr_to(s->iter, it);
  {
    LocScope ls(*this, s->iter);
    emit_abc(is_async ? Op::GetAIter : Op::GetIter, it, it);
  }
  uint16_t exc = is_async ? alloc() : 0;
  Bound s0 = save_bound();
  Label top, exit, brk;
  bind(top);
  uint16_t item;
  bool direct = false;
  if (auto* n = ast::cast<ast::Name>(s->target); n && !is_async && is_local_reg(n->id, &item)) {
    direct = true;
  } else {
    item = alloc();
  }
  Region* step = nullptr;
  {
    // As in CPython, an error from the iterator's __next__ points at the whole statement
    // (a traceback shows its first line without carets).
    LocScope ls(*this, is_async ? static_cast<const ast::Node*>(s->iter) : s);
    if (is_async) {
      step = open_region(exc);
      emit_abc(Op::GetANext, item, it);
      emit_await(item);
      suspend(step);
    } else {
      emit_abc(Op::ForIter, it, item);
      exit.refs.push_back(emit(Instruction::aux(0)));
    }
  }
  if (direct) {
    mark_bound(item);
  } else {
    store_target(s->target, item);
  }
  push_block(Block{BlockKind::Loop, s, &brk, &top}, s);
  stmts(s->body);
  {
    LocScope ls(*this, s->iter);
    if (!u_->bound.dead) emit_jump(Op::Jump, 0, top);
  }
  pop_block();
  if (step) {
    close_region(step, pc());
    LocScope ls(*this, s->iter);
    emit_abc(Op::EndAsyncFor, exc);
  }
  bind(exit);
  restore_bound(s0);
  stmts(s->orelse);
  bind(brk);
  restore_bound(s0);
  free_to(m);
}

void Compiler::compile_break_continue(const ast::Stmt* s, bool is_break) {
  size_t loop = u_->blocks.size();
  while (loop > 0 && u_->blocks[loop - 1].kind != BlockKind::Loop) --loop;
  if (loop == 0) error(s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  for (size_t i = loop; i < u_->blocks.size(); ++i) {
    if (u_->blocks[i].kind == BlockKind::ExceptStarBody) error(s, kExceptStarExitMessage);
  }
  Block b = u_->blocks[loop - 1];
  std::vector<Region*> suspended;
  unwind_blocks(loop, suspended);
  emit_jump(Op::Jump, 0, is_break ? *b.brk : *b.cont);
  for (Region* r : suspended) resume(r);
  u_->bound.dead = true;
}

void Compiler::compile_return(const ast::Return* s) {
  if (!u_->scope->is_function_like()) error(s, "'return' outside function");
  // Finally bodies, __exit__ calls and the clearing of `except ... as name` may rebind
  // locals, so the value must be copied out first (`return e` inside the handler).
  bool cleanups = false;
  for (auto& b : u_->blocks) {
    if (b.kind == BlockKind::ExceptStarBody) error(s, kExceptStarExitMessage);
    cleanups |= b.kind == BlockKind::TryFinally || b.kind == BlockKind::With ||
                (b.kind == BlockKind::ExceptBody && !b.name.empty());
  }
  uint16_t r;
  if (s->value && !cleanups) {
    r = expr_any(s->value);
  } else {
    r = alloc();
    if (s->value) {
      expr_to(s->value, r);
    } else {
      emit_abc(Op::LoadNone, r);
    }
  }
  std::vector<Region*> suspended;
  unwind_blocks(0, suspended);
  emit_abc(Op::Return, r);
  for (Region* reg : suspended) resume(reg);
  u_->bound.dead = true;
}

// ---- imports

void Compiler::compile_import(const ast::Import* s) {
  for (auto* a : s->names) {
    LocScope ls(*this, s);
    uint32_t m = mark();
    uint16_t r = alloc();
    std::string_view name = a->name;
    emit_abc(Op::ImportName, r, name_index(name), 0, 0);
    if (!a->asname.empty()) {
      store_name(a->asname, r);
    } else {
      size_t dot = name.find('.');
      if (dot != std::string_view::npos) {
        // `import a.b` binds the top-level package `a`.
        name = name.substr(0, dot);
        emit_abc(Op::ImportName, r, name_index(name), 0, 0);
      }
      store_name(name, r);
    }
    free_to(m);
  }
}

// `from __future__ import ...`: only at the top of a module, only known features (all of
// them are the default behaviour here).
void Compiler::check_future_import(const ast::ImportFrom* s) {
  static const char* const kFeatures[] = {
      "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
  if (!u_->in_future_prefix)
    error(s, "from __future__ imports must occur at the beginning of the file");
  for (auto* a : s->names) {
    if (a->name == "braces") error(s, "not a chance");
    if (std::find_if(std::begin(kFeatures), std::end(kFeatures),
                     [&](const char* f) { return a->name == f; }) == std::end(kFeatures)) {
      error(s, "future feature " + std::string(a->name) + " is not defined");
    }
  }
}

void Compiler::bind_typed_function(const ast::Stmt* s, std::string_view name) {
  Value fn = static_module_->functions.at(s);
  uint32_t m = mark();
  uint16_t r = alloc();
  load_const_value(r, add_const(fn, "fn:" + std::to_string(fn.bits())));
  store_name(name, r);
  free_to(m);
}

void Compiler::compile_import_from(const ast::ImportFrom* s) {
  if (s->module == "__future__" && s->level == 0) check_future_import(s);
  uint16_t mod = alloc();
  emit_abc(Op::ImportName, mod, name_index(s->module), 0, static_cast<uint32_t>(s->level));
  for (auto* a : s->names) {
    LocScope ls(*this, a);
    if (static_module_ && static_module_->compile_time_nodes.count(a)) continue;
    if (a->name == "*") {
      emit_abc(Op::ImportStar, mod);
      continue;
    }
    uint32_t m = mark();
    uint16_t r = alloc();
    emit_abc(Op::ImportFrom, r, mod, name_index(a->name));
    store_name(a->asname.empty() ? a->name : a->asname, r);
    free_to(m);
  }
}

void Compiler::compile_assert(const ast::Assert* s) {
  if (auto* t = ast::cast<ast::Sequence>(s->test);
      t && s->test->kind == ast::NodeKind::Tuple && !t->elts.empty()) {
    warn(s, "assertion is always true, perhaps remove parentheses?");
  }
  Label ok;
  jump_if(s->test, true, ok);
  Bound after = save_bound();
  uint32_t m = mark();
  uint16_t t = alloc();
  emit_abx(Op::LoadBuiltin, t, name_index("AssertionError"));
  if (s->msg) {
    expr_to(s->msg, alloc());
    emit_abc(Op::Call, t, 1);
  }
  emit_abc(Op::Raise, t, 0, 0, 1);
  free_to(m);
  bind(ok);
  restore_bound(after);
}

}  // namespace ember::compiler_impl

// try/except/else/finally, with, raise, and leaving blocks early (break/continue/return).
#include "frontend/compiler_internal.h"

namespace ember::compiler_impl {

void Compiler::compile_raise(const ast::Raise* r) {
  uint32_t m = mark();
  if (!r->exc) {
    emit_abc(Op::Raise, 0, 0, 0, 0);
  } else if (!r->cause) {
    uint16_t e = expr_any(r->exc);
    LocScope ls(*this, r);
    emit_abc(Op::Raise, e, 0, 0, 1);
  } else {
    uint16_t e = expr_any(r->exc);
    uint16_t c = expr_any(r->cause);
    LocScope ls(*this, r);
    emit_abc(Op::Raise, e, c, 0, 2);
  }
  free_to(m);
  u_->bound.dead = true;
}

void Compiler::clear_except_name(std::string_view name) {
  uint32_t m = mark();
  uint16_t t = alloc();
  emit_abc(Op::LoadNone, t);
  store_name(name, t);
  delete_name(name, nullptr);
  free_to(m);
}

void Compiler::unwind_blocks(size_t down_to, std::vector<Region*>& suspended) {
  for (size_t i = u_->blocks.size(); i-- > down_to;) {
    Block b = u_->blocks[i];
    if (b.region2) {
      suspend(b.region2);
      suspended.push_back(b.region2);
    }
    if (b.region) {
      suspend(b.region);
      suspended.push_back(b.region);
    }
    switch (b.kind) {
      case BlockKind::Loop:
      case BlockKind::TryBody:
      case BlockKind::ExceptStarBody:  // never left by a jump (a SyntaxError)
        break;
      case BlockKind::ExceptBody:
        emit_abc(Op::PopExcInfo, b.saved);
        if (!b.name.empty()) clear_except_name(b.name);
        break;
      case BlockKind::With:
        emit_normal_exit(b.exit_reg, b.node->kind == ast::NodeKind::AsyncWith);
        break;
      case BlockKind::TryFinally: {
        std::vector<Block> saved_blocks = u_->blocks;
        Bound saved_bound = save_bound();
        u_->blocks.erase(u_->blocks.begin() + static_cast<std::ptrdiff_t>(i), u_->blocks.end());
        stmts(*b.finalbody);
        u_->blocks = std::move(saved_blocks);
        restore_bound(saved_bound);
        break;
      }
    }
  }
}

void Compiler::compile_try(const ast::Try* t) {
  if (!t->finalbody.empty()) {
    compile_try_finally(t);
  } else {
    compile_try_except(t);
  }
}

Bound Compiler::compile_try_body(const ast::Try* t, uint16_t exc, Label& end) {
  Region* h = open_region(exc);
  Block body{BlockKind::TryBody, t};
  body.region = h;
  push_block(body, t);
  stmts(t->body);
  pop_block();
  suspend(h);
  stmts(t->orelse);
  if (!u_->bound.dead) emit_jump(Op::Jump, 0, end);
  Bound after = save_bound();
  close_region(h, pc());
  return after;
}

void Compiler::compile_try_except(const ast::Try* t) {
  if (t->kind == ast::NodeKind::TryStar) {
    compile_try_star(t);
    return;
  }
  for (uint32_t i = 0; i + 1 < t->handlers.size(); ++i) {
    if (!t->handlers[i]->type) error(t->handlers[i], "default 'except:' must be last");
  }
  if (t->handlers.empty()) {
    stmts(t->body);
    stmts(t->orelse);
    return;
  }
  uint32_t m = mark();
  uint16_t exc = alloc();
  uint16_t saved = alloc();
  uint16_t cleanup = alloc();
  Bound s0 = save_bound();
  Label end;
  Bound acc = compile_try_body(t, exc, end);

  // The handler: the exception arrives in R[exc].
  LocScope ls(*this, t->handlers[0]);
  emit_abc(Op::PushExcInfo, exc, saved);
  Region* c = open_region(cleanup);
  for (auto* handler : t->handlers) {
    LocScope hl(*this, handler);
    restore_bound(s0);
    Label next;
    if (handler->type) {
      uint32_t m2 = mark();
      uint16_t ty = expr_any(handler->type);
      uint16_t match = alloc();
      {
        LocScope tl(*this, handler->type);
        emit_abc(Op::CheckExcMatch, match, exc, ty);
      }
      emit_jump(Op::JumpIfFalse, match, next);
      free_to(m2);
    }
    Region* named = nullptr;
    if (!handler->name.empty()) {
      store_name(handler->name, exc);
      named = open_region(cleanup);
    }
    Block b{BlockKind::ExceptBody, handler};
    b.region = c;
    b.region2 = named;
    b.saved = saved;
    b.name = handler->name;
    push_block(b, handler);
    stmts(handler->body);
    pop_block();
    if (named) suspend(named);
    if (!u_->bound.dead) {
      emit_abc(Op::PopExcInfo, saved);
      if (named) clear_except_name(handler->name);
      emit_jump(Op::Jump, 0, end);
    }
    intersect(acc, save_bound());
    if (named) {
      // An exception leaving the clause body: clear the name, then the outer cleanup runs.
      close_region(named, pc());
      u_->bound.dead = false;
      clear_except_name(handler->name);
      emit_abc(Op::Reraise, cleanup);
    }
    bind(next);
  }
  // No clause matched: re-raise (the cleanup restores the previous exception info).
  if (t->handlers[t->handlers.size() - 1]->type) emit_abc(Op::Reraise, exc);
  close_region(c, pc());
  emit_abc(Op::PopExcInfo, saved);
  emit_abc(Op::Reraise, cleanup);
  bind(end);
  restore_bound(acc);
  free_to(m);
}

void Compiler::call_hidden_builtin(const char* name, uint16_t dst,
                                   std::initializer_list<uint16_t> args) {
  uint32_t m = mark();
  uint16_t base = alloc(static_cast<uint32_t>(args.size()) + 1);
  emit_abx(Op::LoadBuiltin, base, name_index(name));
  uint16_t slot = base;
  for (uint16_t arg : args) emit_abc(Op::Move, ++slot, arg);
  emit_abc(Op::Call, base, static_cast<uint16_t>(args.size()));
  emit_abc(Op::Move, dst, base);
  free_to(m);
}

// try/except* (PEP 654): every clause whose type matches part of what is still unhandled
// runs once, with that part (a group) as its exception; what the clauses raise and what none
// of them handled are raised together afterwards. The splitting and recombining are
// lib/_exception_groups.py's __except_star_*__ functions.
void Compiler::compile_try_star(const ast::Try* t) {
  uint32_t m = mark();
  uint16_t exc = alloc();
  uint16_t saved = alloc();
  uint16_t cleanup = alloc();
  uint16_t state = alloc();
  Bound s0 = save_bound();
  Label end;
  Bound acc = compile_try_body(t, exc, end);

  LocScope ls(*this, t->handlers[0]);
  restore_bound(s0);
  emit_abc(Op::PushExcInfo, exc, saved);
  Region* c = open_region(cleanup);
  call_hidden_builtin("__except_star_begin__", state, {exc});
  for (auto* handler : t->handlers) {
    LocScope hl(*this, handler);
    uint32_t m2 = mark();
    uint16_t match = alloc();
    uint16_t handler_saved = alloc();
    uint16_t raised = alloc();
    Label next;
    {
      uint16_t type = expr_any(handler->type);
      LocScope tl(*this, handler->type);
      call_hidden_builtin("__except_star_match__", match, {state, type});
    }
    emit_jump(Op::JumpIfFalse, match, next);  // None: nothing left of this type
    // Inside the clause, the matched part is the exception being handled.
    emit_abc(Op::PushExcInfo, match, handler_saved);
    if (!handler->name.empty()) store_name(handler->name, match);
    Region* r = open_region(raised);
    Block b{BlockKind::ExceptStarBody, handler};
    b.region = r;
    push_block(b, handler);
    stmts(handler->body);
    pop_block();
    suspend(r);
    auto leave_clause = [&] {
      emit_abc(Op::PopExcInfo, handler_saved);
      if (!handler->name.empty()) clear_except_name(handler->name);
    };
    if (!u_->bound.dead) {
      leave_clause();
      emit_jump(Op::Jump, 0, next);
    }
    close_region(r, pc());
    // The clause raised: keep what it raised for the end, and go on with the next clause.
    u_->bound.dead = false;
    uint16_t ignored = alloc();
    call_hidden_builtin("__except_star_raised__", ignored, {state, raised});
    leave_clause();
    bind(next);
    restore_bound(s0);
    free_to(m2);
  }
  uint16_t result = alloc();
  call_hidden_builtin("__except_star_end__", result, {state});
  Label reraise;
  emit_jump(Op::JumpIfTrue, result, reraise);
  emit_abc(Op::PopExcInfo, saved);
  emit_jump(Op::Jump, 0, end);
  intersect(acc, save_bound());
  bind(reraise);
  emit_abc(Op::Reraise, result);
  close_region(c, pc());
  emit_abc(Op::PopExcInfo, saved);
  emit_abc(Op::Reraise, cleanup);
  bind(end);
  restore_bound(acc);
  free_to(m);
}

void Compiler::compile_try_finally(const ast::Try* t) {
  uint32_t m = mark();
  uint16_t exc = alloc();
  uint16_t saved = alloc();
  uint16_t cleanup = alloc();
  Bound s0 = save_bound();
  Region* f = open_region(exc);
  Block b{BlockKind::TryFinally, t};
  b.region = f;
  b.finalbody = &t->finalbody;
  push_block(b, t);
  if (t->handlers.empty()) {
    stmts(t->body);
    stmts(t->orelse);
  } else {
    compile_try_except(t);
  }
  pop_block();
  suspend(f);
  // Normal path.
  Label end;
  bool reachable = !u_->bound.dead;
  if (reachable) {
    stmts(t->finalbody);
    if (!u_->bound.dead) emit_jump(Op::Jump, 0, end);
  }
  Bound after = save_bound();
  close_region(f, pc());
  // Exceptional path: run the finally body with the exception being handled, re-raise.
  restore_bound(s0);
  LocScope ls(*this, t->finalbody[0]);
  emit_abc(Op::PushExcInfo, exc, saved);
  Region* c = open_region(cleanup);
  Block eb{BlockKind::ExceptBody, t};
  eb.region = c;
  eb.saved = saved;
  push_block(eb, t);
  stmts(t->finalbody);
  pop_block();
  suspend(c);
  if (!u_->bound.dead) {
    emit_abc(Op::PopExcInfo, saved);
    emit_abc(Op::Reraise, exc);
  }
  close_region(c, pc());
  emit_abc(Op::PopExcInfo, saved);
  emit_abc(Op::Reraise, cleanup);
  bind(end);
  restore_bound(after);
  free_to(m);
}

void Compiler::emit_await(uint16_t reg, uint32_t source) {
  uint32_t m = mark();
  emit_abc(Op::GetAwaitable, reg, reg, 0, source);
  uint16_t sent = alloc();
  emit_abc(Op::LoadNone, sent);
  emit_abc(Op::YieldFrom, reg, reg, sent);
  free_to(m);
}

// Leaving a with block without an exception: exit(None, None, None), awaited for async with.
void Compiler::emit_normal_exit(uint16_t exit_reg, bool is_async) {
  uint32_t m = mark();
  uint16_t t = alloc(4);
  emit_abc(Op::Move, t, exit_reg);
  for (int k = 1; k <= 3; ++k) emit_abc(Op::LoadNone, t + k);
  emit_abc(Op::Call, t, 3);
  if (is_async) emit_await(t, 2);
  free_to(m);
}

void Compiler::compile_with(const ast::With* w, size_t index) {
  const ast::WithItem* item = w->items[index];
  bool is_async = w->kind == ast::NodeKind::AsyncWith;
  uint32_t m = mark();
  uint16_t mgr = alloc(2);
  {
    uint32_t m2 = mark();
    uint16_t ctx = expr_any(item->context_expr);
    LocScope ls(*this, item->context_expr);
    emit_abc(Op::BeforeWith, mgr, ctx, 0, is_async);
    if (is_async) emit_await(static_cast<uint16_t>(mgr + 1), 1);
    free_to(m2);
  }
  if (item->optional_vars) store_target(item->optional_vars, static_cast<uint16_t>(mgr + 1));
  uint16_t exc = alloc();
  uint16_t saved = alloc();
  uint16_t cleanup = alloc();
  Bound s0 = save_bound();
  Region* r = open_region(exc);
  Block b{BlockKind::With, w};
  b.region = r;
  b.exit_reg = mgr;
  push_block(b, w);
  if (index + 1 < w->items.size()) {
    compile_with(w, index + 1);
  } else {
    stmts(w->body);
  }
  pop_block();
  suspend(r);
  Label end;
  if (!u_->bound.dead) {
    LocScope ls(*this, w);
    emit_normal_exit(mgr, is_async);
    emit_jump(Op::Jump, 0, end);
  }
  close_region(r, pc());
  LocScope ls(*this, w);
  emit_abc(Op::PushExcInfo, exc, saved);
  Region* c = open_region(cleanup);
  uint16_t res = alloc();
  emit_abc(Op::WithExit, res, mgr, exc);
  if (is_async) emit_await(res, 2);
  Label reraise;
  emit_jump(Op::JumpIfFalse, res, reraise);
  emit_abc(Op::PopExcInfo, saved);
  emit_jump(Op::Jump, 0, end);
  bind(reraise);
  emit_abc(Op::Reraise, exc);
  close_region(c, pc());
  emit_abc(Op::PopExcInfo, saved);
  emit_abc(Op::Reraise, cleanup);
  bind(end);
  restore_bound(s0);
  free_to(m);
}

}  // namespace ember::compiler_impl

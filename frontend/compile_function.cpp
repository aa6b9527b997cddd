// Functions, lambdas and comprehensions: nested code objects and closures.
#include <string>

#include "frontend/compiler_internal.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember::compiler_impl {

std::string Compiler::child_qualname(std::string_view name) const {
  if (u_->is_module()) return std::string(name);
  if (kind_of(name) == SymbolScope::GlobalExplicit) return std::string(name);
  if (u_->is_class()) return u_->qualname + "." + std::string(name);
  return u_->qualname + ".<locals>." + std::string(name);
}

const ast::Constant* docstring(const Seq<ast::Stmt*>* body) {
  if (!body || body->empty()) return nullptr;
  auto* e = ast::cast<ast::ExprStmt>((*body)[0]);
  if (!e) return nullptr;
  auto* c = ast::cast<ast::Constant>(e->value);
  if (c && c->value_kind == ast::ConstantKind::Str) return c;
  return nullptr;
}

// The prologue of a function-like unit: a fresh cell in each cell variable's register
// (a parameter's keeps its argument).
void Compiler::emit_make_cells() {
  for (const Symbol& sym : u_->scope->symbols()) {
    if (sym.scope == SymbolScope::Cell) emit_abc(Op::MakeCell, u_->regs.at(sym.name));
  }
}

// Emits MakeFunction for `child` (code constant `code_index`) into R[dst], which must be the
// top temporary; R[dst+1..] already hold the extras selected by `flags` other than the
// closure, which this adds.
void Compiler::make_closure(const Scope* child, uint32_t code_index, uint16_t dst, uint8_t flags,
                            uint16_t first_extra) {
  if (!child->freevars.empty()) {
    uint16_t tuple = alloc();
    uint32_t m = mark();
    uint32_t n = static_cast<uint32_t>(child->freevars.size());
    uint16_t base = alloc(n);
    for (uint32_t i = 0; i < n; ++i) {
      emit_abc(Op::Move, base + i, u_->regs.at(child->freevars[i]));
    }
    emit_abc(Op::BuildTuple, tuple, base, n);
    free_to(m);
    flags |= 8;
  }
  (void)first_extra;
  emit_abx(Op::MakeFunction, dst, code_index, flags);
}

// Compiles a def or lambda: the nested code object, then MakeFunction with its defaults,
// keyword-only defaults, annotations and closure into R[dst].
void Compiler::make_function(const ast::Node* node, const Scope* scope, const ast::Arguments* args,
                             uint16_t dst, std::string_view name, const Seq<ast::Stmt*>* body,
                             const ast::Expr* lambda_body, const ast::Expr* returns) {
  if (args) {
    auto check = [&](const ast::Arg* a) {
      if (a) check_forbidden_name(a->arg, a);
    };
    for (auto* a : args->posonlyargs) check(a);
    for (auto* a : args->args) check(a);
    check(args->vararg);
    for (auto* a : args->kwonlyargs) check(a);
    check(args->kwarg);
  }
  if (auto* f = ast::cast<ast::FunctionDef>(node)) check_forbidden_name(f->name, node);
  uint32_t m = mark();
  uint16_t base = dst + 1u == m ? dst : alloc();
  uint8_t flags = 0;
  // Defaults, evaluated in the enclosing scope.
  if (args && !args->defaults.empty()) {
    uint16_t r = alloc();
    uint32_t m2 = mark();
    Value v;
    std::string key;
    bool all_const = true;
    std::vector<Value> items;
    std::string k = "t(";
    for (auto* d : args->defaults) {
      if (!constant_value(d, &v, &key)) {
        all_const = false;
        break;
      }
      items.push_back(v);
      k += key + std::to_string(key.size()) + ",";
    }
    if (all_const) {
      TupleObject* t = vm_.new_tuple(static_cast<int64_t>(items.size()));
      for (size_t i = 0; i < items.size(); ++i) t->items[i] = items[i];
      load_const_value(r, add_const(Value::from_object(t), k + ")"));
    } else {
      uint32_t n = args->defaults.size();
      uint16_t b = alloc(n);
      for (uint32_t i = 0; i < n; ++i) expr_to(args->defaults[i], static_cast<uint16_t>(b + i));
      emit_abc(Op::BuildTuple, r, b, n);
    }
    free_to(m2);
    flags |= 1;
  }
  if (args) {
    uint32_t count = 0;
    for (auto* d : args->kw_defaults) {
      if (d) ++count;
    }
    if (count) {
      uint16_t r = alloc();
      uint32_t m2 = mark();
      uint16_t b = alloc(count * 2);
      uint32_t j = 0;
      for (uint32_t i = 0; i < args->kwonlyargs.size() && i < args->kw_defaults.size(); ++i) {
        if (!args->kw_defaults[i]) continue;
        load_const_value(static_cast<uint16_t>(b + 2 * j), const_str(args->kwonlyargs[i]->arg));
        expr_to(args->kw_defaults[i], static_cast<uint16_t>(b + 2 * j + 1));
        ++j;
      }
      emit_abc(Op::BuildDict, r, b, count);
      free_to(m2);
      flags |= 2;
    }
  }
  // Annotations (evaluated at definition time, as in CPython 3.11).
  {
    std::vector<std::pair<std::string_view, const ast::Expr*>> anns;
    if (args) {
      auto add = [&](const ast::Arg* a) {
        if (a && a->annotation) anns.emplace_back(a->arg, a->annotation);
      };
      for (auto* a : args->posonlyargs) add(a);
      for (auto* a : args->args) add(a);
      add(args->vararg);
      for (auto* a : args->kwonlyargs) add(a);
      add(args->kwarg);
    }
    if (returns) anns.emplace_back("return", returns);
    if (!anns.empty()) {
      uint16_t r = alloc();
      uint32_t m2 = mark();
      uint32_t n = static_cast<uint32_t>(anns.size());
      uint16_t b = alloc(n * 2);
      for (uint32_t i = 0; i < n; ++i) {
        load_const_value(static_cast<uint16_t>(b + 2 * i), const_str(anns[i].first));
        expr_to(anns[i].second, static_cast<uint16_t>(b + 2 * i + 1));
      }
      emit_abc(Op::BuildDict, r, b, n);
      free_to(m2);
      flags |= 4;
    }
  }

  // The nested code object.
  int first_line = node->lineno;
  if (auto* f = ast::cast<ast::FunctionDef>(node)) {
    if (!f->decorator_list.empty()) first_line = f->decorator_list[0]->lineno;
  }
  std::string qualname = child_qualname(name);
  SourceLocation saved_loc = loc_;
  enter_unit(scope, name, qualname, first_line);
  CodeObject* co = u_->co;
  if (args) {
    co->arg_count = args->posonlyargs.size() + args->args.size();
    co->posonly_count = args->posonlyargs.size();
    co->kwonly_count = args->kwonlyargs.size();
    if (args->vararg) co->flags |= kCodeVarArgs;
    if (args->kwarg) co->flags |= kCodeVarKeywords;
  }
  if (lambda_body) co->flags |= kCodeLambda;
  // constants[0] is the docstring, or None.
  const ast::Constant* doc = lambda_body ? nullptr : docstring(body);
  if (doc) {
    const_str(doc->value);
    co->flags |= kCodeHasDocstring;
  } else {
    const_none();
  }
  {
    LocScope ls(*this, node);
    emit_make_cells();
  }
  if (lambda_body) {
    LocScope ls(*this, lambda_body);
    uint16_t r = expr_temp(lambda_body);
    emit_abc(Op::Return, r);
  } else {
    for (uint32_t i = doc ? 1 : 0; i < body->size(); ++i) stmt((*body)[i]);
    if (!u_->bound.dead) {
      const ast::Stmt* last = body->empty() ? nullptr : (*body)[body->size() - 1];
      loc_ = last ? SourceLocation{last->end_lineno, last->end_lineno, -1, -1}
                  : SourceLocation{node->lineno, node->lineno, -1, -1};
      uint16_t r = alloc();
      emit_abc(Op::LoadNone, r);
      emit_abc(Op::Return, r);
    }
  }
  leave_unit();
  loc_ = saved_loc;
  uint32_t ci = add_const(Value::from_object(co),
                          std::string("code:") + std::to_string(u_->co->constants.size()));
  LocScope ls(*this, node);
  make_closure(scope, ci, base, flags, static_cast<uint16_t>(base + 1));
  if (dst != base) emit_abc(Op::Move, dst, base);
  free_to(m);
}

void Compiler::compile_lambda(const ast::Lambda* l, uint16_t dst) {
  make_function(l, scope_of_node(l), l->args, dst, "<lambda>", nullptr, l->body, nullptr);
}

void Compiler::compile_funcdef(const ast::FunctionDef* f) {
  const Scope* scope = scope_of_node(f);
  // (`await` outside an async function was reported by the scope analysis.)
  uint32_t m = mark();
  uint32_t nd = f->decorator_list.size();
  uint16_t base = alloc(nd + 1);
  for (uint32_t i = 0; i < nd; ++i) expr_to(f->decorator_list[i], static_cast<uint16_t>(base + i));
  make_function(f, scope, f->args, static_cast<uint16_t>(base + nd), f->name, &f->body, nullptr,
                f->returns);
  for (uint32_t i = nd; i-- > 0;) {
    LocScope ls(*this, f->decorator_list[i]);
    emit_abc(Op::Call, base + i, 1);
  }
  store_name(f->name, base);
  free_to(m);
}

// ---- comprehensions: a nested function called with the first iterator

void Compiler::compile_comprehension(const ast::Comp* c, uint16_t dst) {
  const Scope* scope = scope_of_node(c);
  uint32_t m = mark();
  uint16_t base = dst + 1u == m ? dst : alloc();
  std::string name = "<" + std::string(scope->name) + ">";  // "<listcomp>", ...
  std::string qualname = child_qualname(name);
  SourceLocation saved_loc = loc_;
  enter_unit(scope, name, qualname, c->lineno);
  CodeObject* co = u_->co;
  co->arg_count = 1;
  const_none();
  {
    LocScope ls(*this, c);
    emit_make_cells();
    uint16_t result = alloc();
    if (c->kind == ast::NodeKind::GeneratorExp) {
      comprehension_body(c, 0, result, u_->regs.at(".0"));
      emit_abc(Op::LoadNone, result);
    } else {
      Op build = c->kind == ast::NodeKind::ListComp  ? Op::BuildList
                 : c->kind == ast::NodeKind::SetComp ? Op::BuildSet
                                                     : Op::BuildDict;
      emit_abc(build, result, result, 0);
      comprehension_body(c, 0, result, u_->regs.at(".0"));
    }
    emit_abc(Op::Return, result);
  }
  leave_unit();
  loc_ = saved_loc;
  uint32_t ci = add_const(Value::from_object(co),
                          std::string("code:") + std::to_string(u_->co->constants.size()));
  make_closure(scope, ci, base, 0, static_cast<uint16_t>(base + 1));
  free_to(base + 1);
  uint16_t arg = alloc();
  expr_to(c->generators[0]->iter, arg);
  {
    LocScope ls(*this, c->generators[0]->iter);
    emit_abc(c->generators[0]->is_async ? Op::GetAIter : Op::GetIter, arg, arg);
  }
  emit_abc(Op::Call, base, 1);
  if (scope->is_coroutine && c->kind != ast::NodeKind::GeneratorExp) {
    LocScope ls(*this, c);
    emit_await(base);
  }
  if (dst != base) emit_abc(Op::Move, dst, base);
  free_to(m);
}

void Compiler::comprehension_body(const ast::Comp* c, size_t gen_index, uint16_t result,
                                  uint16_t first_iter) {
  uint32_t m = mark();
  const ast::Comprehension* g = c->generators[gen_index];
  uint16_t it = first_iter;
  if (gen_index > 0) {
    it = alloc();
    expr_to(g->iter, it);
    LocScope ls(*this, g->iter);
    emit_abc(g->is_async ? Op::GetAIter : Op::GetIter, it, it);
  }
  Label top, exit;
  bind(top);
  uint16_t item;
  bool direct = false;
  if (auto* n = ast::cast<ast::Name>(g->target); n && is_local_reg(n->id, &item)) {
    direct = true;
  } else {
    item = alloc();
  }
  // `async for` clauses await each step in a handler that ends the loop on
  // StopAsyncIteration (as compile_for does).
  uint16_t exc = g->is_async ? alloc() : 0;
  Region* step = nullptr;
  if (g->is_async) {
    step = open_region(exc);
    LocScope ls(*this, g->iter);
    emit_abc(Op::GetANext, item, it);
    emit_await(item);
    suspend(step);
  } else {
    LocScope ls(*this, g->iter);
    emit_abc(Op::ForIter, it, item);
    uint32_t aux = emit(Instruction::aux(0));
    exit.refs.push_back(aux);
  }
  if (direct) {
    mark_bound(item);
  } else {
    store_target(g->target, item);
  }
  for (auto* cond : g->ifs) jump_if(cond, false, top);
  if (gen_index + 1 < c->generators.size()) {
    comprehension_body(c, gen_index + 1, result, first_iter);
  } else {
    LocScope ls(*this, c->elt);
    uint32_t m2 = mark();
    if (c->kind == ast::NodeKind::DictComp) {
      uint16_t k = expr_any(c->elt);
      uint16_t v = expr_any(c->value);
      emit_abc(Op::DictSet, result, k, v);
    } else if (c->kind == ast::NodeKind::GeneratorExp) {
      uint16_t v = expr_any(c->elt);
      emit_abc(Op::Yield, v, v);
    } else {
      uint16_t v = expr_any(c->elt);
      emit_abc(c->kind == ast::NodeKind::ListComp ? Op::ListAppend : Op::SetAdd, result, v);
    }
    free_to(m2);
  }
  emit_jump(Op::Jump, 0, top);
  if (step) {
    close_region(step, pc());
    LocScope ls(*this, g->iter);
    emit_abc(Op::EndAsyncFor, exc);
  }
  bind(exit);
  free_to(m);
}

}  // namespace ember::compiler_impl

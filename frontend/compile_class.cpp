// Class statements: the body becomes a function run by __build_class__ with a fresh
// namespace (CPython's scheme), so metaclasses, __prepare__ and zero-argument super() work.
#include <algorithm>
#include <string>

#include "frontend/compiler_internal.h"
#include "vm/str_object.h"

namespace ember::compiler_impl {

void Compiler::compile_classdef(const ast::ClassDef* c) {
  check_forbidden_name(c->name, c);
  const Scope* scope = scope_of_node(c);
  uint32_t m = mark();
  uint32_t nd = c->decorator_list.size();
  uint16_t base = alloc(nd + 1);
  for (uint32_t i = 0; i < nd; ++i) expr_to(c->decorator_list[i], static_cast<uint16_t>(base + i));
  uint16_t callee = base + nd;
  {
    LocScope ls(*this, c);
    emit_abx(Op::LoadBuiltin, callee, name_index("__build_class__"));
  }

  // The body function.
  int first_line = nd ? c->decorator_list[0]->lineno : c->lineno;
  std::string qualname = child_qualname(c->name);
  SourceLocation saved_loc = loc_;
  enter_unit(scope, c->name, qualname, first_line);
  const_none();
  const ast::Constant* doc = docstring(&c->body);
  {
    LocScope ls(*this, c);
    for (auto n : scope->cellvars) emit_abc(Op::MakeCell, u_->regs.at(n));
    uint16_t r = alloc();
    emit_cached(Instruction::abx(Op::LoadGlobal, r, name_index("__name__")));
    emit_abx(Op::StoreName, r, name_index("__module__"));
    load_const_value(r, const_str(qualname));
    emit_abx(Op::StoreName, r, name_index("__qualname__"));
    if (doc) {
      load_const_value(r, const_str(doc->value));
      emit_abx(Op::StoreName, r, name_index("__doc__"));
    }
    if (has_annotations(c->body)) {
      emit_abc(Op::BuildDict, r, r, 0);
      emit_abx(Op::StoreName, r, name_index("__annotations__"));
    }
    free_to(r);
  }
  for (uint32_t i = doc ? 1 : 0; i < c->body.size(); ++i) stmt(c->body[i]);
  const ast::Stmt* last = c->body[c->body.size() - 1];
  loc_ = SourceLocation{last->end_lineno, last->end_lineno, -1, -1};
  uint16_t r = alloc();
  auto& cells = scope->cellvars;
  if (std::find(cells.begin(), cells.end(), "__class__") != cells.end()) {
    // type.__new__ fills the cell that methods using super() or __class__ share.
    emit_abx(Op::StoreName, u_->regs.at("__class__"), name_index("__classcell__"));
  }
  emit_abc(Op::LoadNone, r);
  emit_abc(Op::Return, r);
  CodeObject* body_code = leave_unit();
  loc_ = saved_loc;
  uint32_t ci =
      add_const(Value::from_object(body_code), "code:" + std::to_string(u_->co->constants.size()));

  // __build_class__(body, name, *bases, **keywords), then the decorators, innermost first.
  LocScope ls(*this, c);
  uint16_t body_function = alloc();
  make_closure(scope, ci, body_function, 0, body_function + 1);
  free_to(body_function + 1);
  load_const_value(alloc(), const_str(c->name));
  compile_args_call(callee, c->bases, c->keywords, c, 2);
  for (uint32_t i = nd; i-- > 0;) {
    LocScope ds(*this, c->decorator_list[i]);
    emit_abc(Op::Call, base + i, 1);
  }
  store_name(c->name, base);
  free_to(m);
}

}  // namespace ember::compiler_impl

// Errors in fn code: `raise`, `try`/`except`/`else`, and the check that only a `raises` fn
// (or the body of a `try`) calls what may raise. An Error is a Python exception of the
// VM's `Error` class, so it unwinds through fn and def frames alike; `except e` catches
// anything raised, Python exceptions from Python code included.
#include "frontend/static_internal.h"
#include "vm/vm.h"

namespace ember::static_impl {

using namespace ast;

bool FnCompiler::may_raise(const Node* at, const std::string& what) {
  if (sig_.def->raises || try_depth_ > 0) return true;
  error(at, what + " may raise, but '" + std::string(sig_.name) +
                "' does not: declare it `raises` or handle the error with try/except");
  return false;
}

void FnCompiler::leave_handlers(size_t depth) {
  for (size_t i = active_handlers_.size(); i > depth; --i) {
    emit(Instruction::abc(Op::PopExcInfo, active_handlers_[i - 1]));
  }
}

Operand FnCompiler::new_error(Operand message) {
  std::vector<bool> kinds{true, true};
  uint16_t block = temp_block(kinds);
  emit(Instruction::abx(Op::LoadConst, block, constant(Value::from_object(m_.vm.types.MojoError))));
  box_to(message, static_cast<uint16_t>(block + 1));
  emit(Instruction::abc(Op::Call, block, 1));
  return Operand{StaticType::ErrorValue, block};
}

void FnCompiler::raise_stmt(const Raise* s) {
  if (!s->exc) {
    error(s, "a bare 'raise' is not supported in fn code yet; raise the caught error by name");
    return;
  }
  if (s->cause) error(s->cause, "'raise ... from' is not supported in fn code yet");
  // `raise Error("message")`, `raise e` (a caught Error), `raise "message"`.
  Operand e = expr(s->exc, StaticType::Error);
  if (e.type == StaticType::String) e = new_error(e);
  if (e.type == StaticType::Error) return;
  if (e.type != StaticType::ErrorValue) {
    error(s->exc, "fn code raises an Error, not " + quoted(e.type));
    return;
  }
  if (!sig_.def->raises && try_depth_ == 0) {
    error(s, "'raise' outside a try body needs a `raises` fn: declare '" + std::string(sig_.name) +
                 "' `raises`");
    return;
  }
  emit(Instruction::abc(Op::Raise, e.reg, 0, 0, 1));
  dead_ = true;
}

void FnCompiler::try_stmt(const Try* s) {
  if (s->kind == NodeKind::TryStar || !s->finalbody.empty()) {
    error(s, s->kind == NodeKind::TryStar ? "'except*' is not supported in fn code"
                                          : "'finally' is not supported in fn code yet");
    return;
  }
  if (s->handlers.size() != 1) {
    error(s, "fn code takes exactly one 'except' clause (it catches every Error)");
    return;
  }
  const ExceptHandler* handler = s->handlers[0];
  // `except e:` names the Error (Mojo's spelling); `except Error as e:` too.
  std::string_view name = handler->name;
  if (auto* n = cast<Name>(handler->type); n && name.empty()) {
    name = n->id;
  } else if (handler->type &&
             (!cast<Name>(handler->type) || cast<Name>(handler->type)->id != "Error")) {
    error(handler->type, "fn code catches every Error: write `except e:` or `except:`");
  }
  uint16_t exc = temp(true), saved = temp(true), cleanup = temp(true);
  JumpLabel end;
  auto start = static_cast<uint32_t>(code_->code.size());
  std::vector<char> before = init_;
  ++try_depth_;
  block(s->body);
  --try_depth_;
  auto stop = static_cast<uint32_t>(code_->code.size());
  if (!dead_) block(s->orelse);
  std::vector<char> after_body = init_;
  bool after_body_dead = dead_;
  if (!dead_) emit_jump(Op::Jump, 0, 0, end);
  // The handler: the exception arrives in R[exc]. What the body initialised may not be.
  auto target = static_cast<uint32_t>(code_->code.size());
  if (stop > start) code_->handlers.push_back(ExceptionHandler{start, stop, target, exc});
  init_ = before;
  dead_ = false;
  last_label_pos_ = static_cast<int32_t>(target);
  emit(Instruction::abc(Op::PushExcInfo, exc, saved));
  scopes_.emplace_back();
  alias_scopes_.emplace_back();
  if (!name.empty()) {
    if (Local* l = declare(handler, name, StaticType::ErrorValue, true)) {
      move(l->reg, exc, StaticType::ErrorValue);
      set_initialized(l, true);
    }
  }
  auto handler_start = static_cast<uint32_t>(code_->code.size());
  active_handlers_.push_back(saved);
  stmts(handler->body);
  active_handlers_.pop_back();
  auto handler_stop = static_cast<uint32_t>(code_->code.size());
  scopes_.pop_back();
  alias_scopes_.pop_back();
  bool handler_dead = dead_;
  if (!dead_) {
    emit(Instruction::abc(Op::PopExcInfo, saved));
    emit_jump(Op::Jump, 0, 0, end);
  }
  // An error leaving the handler restores the error being handled before it goes on.
  if (handler_stop > handler_start) {
    code_->handlers.push_back(ExceptionHandler{handler_start, handler_stop,
                                               static_cast<uint32_t>(code_->code.size()), cleanup});
    last_label_pos_ = static_cast<int32_t>(code_->code.size());
    emit(Instruction::abc(Op::PopExcInfo, saved));
    emit(Instruction::abc(Op::Reraise, cleanup));
  }
  // The paths meet: a variable is initialised after the try when each live path did it.
  if (handler_dead) {
    init_ = after_body;
  } else if (!after_body_dead) {
    for (size_t i = 0; i < init_.size() && i < after_body.size(); ++i) {
      init_[i] = init_[i] && after_body[i];
    }
  }
  dead_ = handler_dead && after_body_dead;
  bind(end);
}

}  // namespace ember::static_impl

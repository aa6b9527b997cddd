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
  for (size_t i = exit_actions_.size(); i > depth; --i) {
    ExitAction action = exit_actions_[i - 1];
    if (!action.finally_body) {
      emit(Instruction::abc(Op::PopExcInfo, action.saved));
      continue;
    }
    // The finally body, compiled here; a jump out of it runs only the actions outside it.
    std::vector<ExitAction> all = exit_actions_;
    exit_actions_.resize(i - 1);
    auto from = static_cast<uint32_t>(code_->code.size());
    bool was_dead = dead_;
    block(*action.finally_body);
    dead_ = was_dead;
    action.holes->emplace_back(from, static_cast<uint32_t>(code_->code.size()));
    exit_actions_ = std::move(all);
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
  if (s->kind == NodeKind::TryStar) {
    error(s, "'except*' is not supported in fn code");
    return;
  }
  if (s->finalbody.empty()) {
    try_except(s);
    return;
  }
  // try/finally: the finally body runs after the try (and its except clause), in place
  // before any return, break or continue that leaves it, and on an error, which goes on
  // after it.
  uint16_t exc = temp(true);
  std::vector<std::pair<uint32_t, uint32_t>> holes;
  auto start = static_cast<uint32_t>(code_->code.size());
  exit_actions_.push_back(ExitAction{0, &s->finalbody, &holes});
  if (s->handlers.empty()) {
    block(s->body);
  } else {
    try_except(s);
  }
  exit_actions_.pop_back();
  auto stop = static_cast<uint32_t>(code_->code.size());
  JumpLabel end;
  if (!dead_) {
    block(s->finalbody);
    if (!dead_) emit_jump(Op::Jump, 0, 0, end);
  }
  bool after_dead = dead_;
  std::vector<char> after = init_;
  // The error path: the protected code minus the finally bodies compiled inside it.
  auto target = static_cast<uint32_t>(code_->code.size());
  uint32_t from = start;
  std::sort(holes.begin(), holes.end());
  for (auto [hole_start, hole_end] : holes) {
    if (hole_start > from)
      code_->handlers.push_back(ExceptionHandler{from, hole_start, target, exc});
    from = std::max(from, hole_end);
  }
  if (stop > from) code_->handlers.push_back(ExceptionHandler{from, stop, target, exc});
  last_label_pos_ = static_cast<int32_t>(target);
  dead_ = false;
  block(s->finalbody);
  if (!dead_) emit(Instruction::abc(Op::Reraise, exc));
  init_ = after;
  dead_ = after_dead;
  bind(end);
}

uint32_t FnCompiler::protected_block(const Seq<Stmt*>& body) {
  auto start = static_cast<uint32_t>(code_->code.size());
  ++try_depth_;
  block(body);
  --try_depth_;
  return start;
}

void FnCompiler::begin_handler(uint32_t start, uint32_t stop, uint16_t exc,
                               const std::vector<char>& before) {
  auto target = static_cast<uint32_t>(code_->code.size());
  if (stop > start) code_->handlers.push_back(ExceptionHandler{start, stop, target, exc});
  init_ = before;  // what the body initialised may not be
  dead_ = false;
  last_label_pos_ = static_cast<int32_t>(target);
}

void FnCompiler::try_except(const Try* s) {
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
  std::vector<char> before = init_;
  uint32_t start = protected_block(s->body);
  auto stop = static_cast<uint32_t>(code_->code.size());
  if (!dead_) block(s->orelse);
  std::vector<char> after_body = init_;
  bool after_body_dead = dead_;
  if (!dead_) emit_jump(Op::Jump, 0, 0, end);
  begin_handler(start, stop, exc, before);
  emit(Instruction::abc(Op::PushExcInfo, exc, saved));
  open_scope();
  if (!name.empty()) {
    if (Local* l = declare(handler, name, StaticType::ErrorValue, true)) {
      move(l->reg, exc, StaticType::ErrorValue);
      set_initialized(l, true);
    }
  }
  auto handler_start = static_cast<uint32_t>(code_->code.size());
  exit_actions_.push_back(ExitAction{saved, nullptr, nullptr});
  stmts(handler->body);
  exit_actions_.pop_back();
  auto handler_stop = static_cast<uint32_t>(code_->code.size());
  close_scope();
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

// Deque[T] in fn code: a List's storage (a TypedListObject) with a deque's methods.
// Indexing, len(), `in`, loops (reversed too) and copies are the List's; appendleft and
// popleft work at the front by moving the elements, as List.insert(0, x) does (O(n), where
// Mojo's ring buffer takes O(1)). pop, popleft, peek and peekleft raise Mojo's
// "IndexError: Deque is empty" on an empty Deque.
#include "frontend/static_internal.h"
#include "vm/typed_list.h"

namespace ember::static_impl {

using namespace ast;

Operand FnCompiler::deque_method(const Call* c, const Attribute* callee, Operand self) {
  std::string_view name = callee->attr;
  StaticType element = composite_arg(self.type);
  Operand list{list_storage(self.type), self.reg};
  std::string what = "Deque." + std::string(name) + "()";
  auto arity = [&](size_t n) {
    if (c->args.size() == n && c->keywords.empty()) return true;
    error(c, what + " takes " + std::to_string(n) + (n == 1 ? " argument" : " arguments"));
    return false;
  };
  bool left = name == "popleft" || name == "peekleft";
  if (name == "pop" || name == "peek" || left) {
    bool takes = name == "pop" || name == "popleft";
    if (!arity(0) || (takes && !mutable_list(callee->value))) return {};
    if (!may_raise(c, what + " of an empty Deque")) return {};
    JumpLabel nonempty;
    emit_jump(Op::JumpIfRaw, list_len(list).reg, 1, nonempty);
    Literal message;
    message.type = StaticType::String;
    message.s = "IndexError: Deque is empty";
    Operand e = new_error(materialize(message, StaticType::String, c));
    emit(Instruction::abc(Op::Raise, e.reg, 0, 0, 1));
    bind(nonempty);
    uint16_t out = temp_for(element);
    if (takes) {
      emit(
          Instruction::abc(Op::TListPop, out, list.reg, left ? constant_register(0) : kNoRegister));
    } else {
      uint16_t index = constant_register(left ? 0 : static_cast<uint64_t>(int64_t{-1}));
      emit(Instruction::abc(Op::TListGet, out, list.reg, index,
                            static_cast<uint8_t>(m_.slot_count(element))));
    }
    return Operand{element, out};
  }
  if (name == "appendleft") {
    if (!arity(1) || !mutable_list(callee->value)) return {};
    std::string argument = "the argument of " + what;
    Operand v = owned(c->args[0], expr_as(c->args[0], element, argument.c_str()));
    if (v.type == StaticType::Error) return {};
    std::vector<bool> kinds{false};
    std::vector<bool> element_kinds = m_.slot_kinds(element);
    kinds.insert(kinds.end(), element_kinds.begin(), element_kinds.end());
    uint16_t args = temp_block(kinds);
    emit(Instruction::abx(Op::LoadRaw, args, raw_constant(0)));
    move(static_cast<uint16_t>(args + 1), v.reg, element);
    emit(Instruction::abc(Op::TListMethod, 0, list.reg, args,
                          static_cast<uint8_t>(TypedListMethod::Insert)));
    return Operand{StaticType::NoneType, 0};
  }
  // The methods a List has too (extend takes a List, as Mojo's Deque.extend does).
  if (name == "append" || name == "clear" || name == "extend" || name == "reverse" ||
      name == "__len__" || name == "__contains__" || name == "index") {
    return list_method(c, callee, list);
  }
  if (name == "copy") {
    Operand copy = list_method(c, callee, list);
    return copy.type == StaticType::Error ? copy : Operand{self.type, copy.reg};
  }
  error(callee, quoted(self.type) + " has no method '" + std::string(name) + "' in fn code yet");
  return {};
}

}  // namespace ember::static_impl

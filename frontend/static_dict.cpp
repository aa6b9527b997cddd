// Dict[K, V] in fn code: a Python dict underneath, its keys and values boxed and unboxed at
// each operation by their static types (K: Int, String, Bool or DType; V: a number, Bool, String
// or object). A Dict is a value: assignment and `owned` arguments copy it, as for List.
// A missing key raises KeyError, so d[k] and pop(k) need a `raises` fn or a try body.
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

StaticType ModuleContext::dict_annotation(const Subscript* s, StaticType self_type) {
  auto* t = cast<Sequence>(s->slice);
  if (!t || t->kind != NodeKind::Tuple || t->elts.size() != 2) {
    error(s, "Dict takes two parameters: Dict[K, V]");
    return StaticType::Error;
  }
  StaticType key = annotation_type(t->elts[0], self_type);
  StaticType value = annotation_type(t->elts[1], self_type);
  if (key == StaticType::Error || value == StaticType::Error) return StaticType::Error;
  if (key != StaticType::Int && key != StaticType::String && key != StaticType::Bool &&
      key != StaticType::DType) {
    error(t->elts[0],
          "Dict keys in fn code are Int, String, Bool or DType, not '" + type_name(key) + "'");
    return StaticType::Error;
  }
  bool boxable = value == StaticType::Int || value == StaticType::Float64 ||
                 value == StaticType::Bool || value == StaticType::String ||
                 value == StaticType::Object;
  if (!boxable) {
    error(t->elts[1], "Dict values in fn code are numbers, Bools, Strings or objects, not '" +
                          type_name(value) + "'");
    return StaticType::Error;
  }
  return dict_type(key, value);
}

Operand FnCompiler::new_dict(StaticType type) {
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::BuildDict, out, out, 0));
  return Operand{type, out};
}

Operand FnCompiler::dict_key(const Expr* e, StaticType dict) {
  Operand k = expr_as(e, dict_fields(dict).first, "a Dict key");
  if (k.type == StaticType::Error) return {};
  return as_object(e, k);
}

Operand FnCompiler::dict_subscript(const Subscript* s, Operand d) {
  Operand key = dict_key(s->slice, d.type);
  if (key.type == StaticType::Error || !may_raise(s, "a Dict lookup")) return {};
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::GetItem, out, d.reg, key.reg));
  return unbox_python_result(Operand{StaticType::Object, out}, dict_fields(d.type).second);
}

void FnCompiler::dict_store(const Subscript* target, Operand d, const Expr* value) {
  Operand key = dict_key(target->slice, d.type);
  Operand v = expr_as(value, dict_fields(d.type).second, "a Dict value");
  if (key.type == StaticType::Error || v.type == StaticType::Error) return;
  Operand boxed_value = as_object(value, v);
  if (boxed_value.type == StaticType::Error) return;
  emit(Instruction::abc(Op::SetItem, d.reg, key.reg, boxed_value.reg));
}

Operand FnCompiler::dict_contains(const Node* at, Operand key, Operand d, bool negated) {
  StaticType key_type = is_set_type(d.type) ? composite_arg(d.type) : dict_fields(d.type).first;
  if (key.type != key_type) {
    error(at, "cannot look for " + quoted(key.type) + " in a " + quoted(d.type));
    return {};
  }
  Operand k = as_object(at, key);
  if (k.type == StaticType::Error) return {};
  uint16_t found = temp(true), out = temp(false);
  emit(Instruction::abc(Op::Contains, found, k.reg, d.reg, negated ? 1 : 0));
  emit(Instruction::abc(Op::UnboxRaw, out, found, 0, static_cast<uint8_t>(BoundaryKind::Bool)));
  return Operand{StaticType::Bool, out};
}

Operand FnCompiler::object_len(Operand d) {
  uint16_t n = temp(true), out = temp(false);
  emit(Instruction::abc(Op::GetLen, n, d.reg));
  emit(Instruction::abc(Op::UnboxRaw, out, n, 0, static_cast<uint8_t>(BoundaryKind::Int)));
  return Operand{StaticType::Int, out};
}

Operand FnCompiler::dict_method(const Call* c, const Attribute* callee, Operand d) {
  auto [key_type, value_type] = dict_fields(d.type);
  std::string_view method = callee->attr;
  size_t n = c->args.size();
  if (!c->keywords.empty()) {
    error(c, "Dict methods take no keyword arguments");
    return {};
  }
  if ((method == "get" && (n == 1 || n == 2)) || (method == "find" && n == 1)) {
    // get(k) and find(k): an Optional[V]; get(k, default): a V.
    Operand key = dict_key(c->args[0], d.type);
    if (key.type == StaticType::Error) return {};
    Operand fallback;
    if (n == 2) {
      fallback = expr_as(c->args[1], value_type, "the default of Dict.get()");
      if (fallback.type == StaticType::Error) return {};
    }
    StaticType result = n == 2 ? value_type : optional_of(value_type);
    uint16_t out = temp_for(result);
    uint16_t found = temp(true), present = temp(false);
    emit(Instruction::abc(Op::Contains, found, key.reg, d.reg, 0));
    emit(Instruction::abc(Op::UnboxRaw, present, found, 0,
                          static_cast<uint8_t>(BoundaryKind::Bool)));
    JumpLabel missing, end;
    emit_jump(Op::JumpIfRaw, present, 0, missing);
    uint16_t item = temp(true);
    emit(Instruction::abc(Op::GetItem, item, d.reg, key.reg));
    Operand v = unbox_python_result(Operand{StaticType::Object, item}, value_type);
    if (n == 2) {
      move(out, v.reg, value_type);
    } else {
      Operand some = to_optional(v, result);
      move(out, some.reg, result);
    }
    emit_jump(Op::Jump, 0, 0, end);
    bind(missing);
    if (n == 2) {
      move(out, fallback.reg, value_type);
    } else {
      Operand none = to_optional(Operand{StaticType::NoneType, 0}, result);
      move(out, none.reg, result);
    }
    bind(end);
    return Operand{result, out};
  }
  if (method == "pop" && (n == 1 || n == 2)) {
    if (n == 1 && !may_raise(c, "Dict.pop() of a missing key")) return {};
    if (!mutable_list(callee->value)) return {};
    Operand key = dict_key(c->args[0], d.type);
    if (key.type == StaticType::Error) return {};
    std::vector<uint16_t> args{key.reg};
    if (n == 2) {
      Operand fallback =
          as_object(c->args[1], expr_as(c->args[1], value_type, "the default of Dict.pop()"));
      if (fallback.type == StaticType::Error) return {};
      args.push_back(fallback.reg);
    }
    return unbox_python_result(call_python_method(d.reg, "pop", args), value_type);
  }
  if (method == "setdefault" && n == 2) {
    // The value of k, stored first as `default` when k is missing.
    if (!mutable_list(callee->value)) return {};
    Operand key = dict_key(c->args[0], d.type);
    Operand fallback =
        as_object(c->args[1], expr_as(c->args[1], value_type, "the default of Dict.setdefault()"));
    if (key.type == StaticType::Error || fallback.type == StaticType::Error) return {};
    return unbox_python_result(call_python_method(d.reg, "setdefault", {key.reg, fallback.reg}),
                               value_type);
  }
  if (method == "update" && n == 1) {
    // The other Dict's items, in its order; its values replace those of keys present.
    if (!mutable_list(callee->value)) return {};
    Operand other = expr_as(c->args[0], d.type, "the argument of Dict.update()");
    if (other.type == StaticType::Error) return {};
    call_python_method(d.reg, "update", {other.reg});
    return Operand{StaticType::NoneType, 0};
  }
  if (method == "popitem" && n == 0) {
    // The last item inserted, removed: a DictEntry (e.key, e.value); Mojo's KeyError text
    // when it is empty.
    if (!may_raise(c, "Dict.popitem() of an empty Dict") || !mutable_list(callee->value)) return {};
    JumpLabel nonempty;
    emit_jump(Op::JumpIfRaw, object_len(d).reg, 1, nonempty);
    Operand e = new_error(string_constant("KeyError: popitem(): dictionary is empty"));
    emit(Instruction::abc(Op::Raise, e.reg, 0, 0, 1));
    bind(nonempty);
    StaticType entry = dict_entry_type(key_type, value_type);
    uint16_t out = temp_for(entry);
    unbox_entry(c, call_python_method(d.reg, "popitem").reg, entry, out);
    return Operand{entry, out};
  }
  if ((method == "__str__" || method == "__repr__") && n == 0) {
    // {'a': 1, 'b': 2}: each key and value as repr() writes it, as Mojo's Dict does.
    if (holds_dtype_codes(d.type)) {
      error(callee, quoted(d.type) + " has no method '" + std::string(method) + "' in fn code yet");
      return {};
    }
    return call_builtin_on_value("repr", d, StaticType::String);
  }
  if ((method == "clear" || method == "copy") && n == 0) {
    if (method == "copy") return copy_collection(d);
    if (!mutable_list(callee->value)) return {};
    call_python_method(d.reg, "clear");
    return Operand{StaticType::NoneType, 0};
  }
  error(callee, quoted(d.type) + " has no method '" + std::string(method) + "' in fn code yet");
  return {};
}

void FnCompiler::unbox_entry(const Expr* at, uint16_t item, StaticType entry, uint16_t dst) {
  // A (key, value) tuple: each half unboxed into its slots.
  auto [key, value] = dict_fields(entry);
  StaticType halves[] = {key, value};
  uint16_t slot = dst;
  for (int i = 0; i < 2; ++i) {
    uint16_t index = temp(true), half = temp(true);
    Literal position;
    position.type = StaticType::IntLiteral;
    position.i = i;
    box_to(materialize(position, StaticType::Int, at), index);
    emit(Instruction::abc(Op::GetItem, half, item, index));
    Operand v = unbox_python_result(Operand{StaticType::Object, half}, halves[i]);
    move(slot, v.reg, halves[i]);
    slot = static_cast<uint16_t>(slot + m_.slot_count(halves[i]));
  }
}

void FnCompiler::object_loop(const For* s, const Name* target, uint16_t iterable,
                             StaticType item_type) {
  uint16_t it = temp(true), item = temp(true);
  emit(Instruction::abc(Op::GetIter, it, iterable));
  open_scope();
  Local* var = declare(target, target->id, item_type, false);
  JumpLabel top, exit, next, exhausted;
  std::vector<char> before = init_;
  bool before_dead = dead_;
  bind(top);
  emit(Instruction::abc(Op::ForIter, it, item));
  emit_jump(Op::Aux, 0, 0, exhausted);
  if (var && is_dict_entry_type(item_type)) {
    unbox_entry(s->iter, item, item_type, var->reg);
    set_initialized(var, true);
  } else if (var) {
    Operand v = unbox_python_result(Operand{StaticType::Object, item}, item_type);
    move(var->reg, v.reg, item_type);
    set_initialized(var, true);
  }
  loops_.push_back({&exit, &next, exit_actions_.size()});
  stmts(s->body);
  loops_.pop_back();
  bind(next);
  emit_jump(Op::Jump, 0, 0, top);
  bind(exhausted);
  loop_else(s->orelse, before, before_dead);
  bind(exit);
  dead_ = false;
  close_scope();
}

}  // namespace ember::static_impl

// List[T] in typed fn code: construction, literals typed by context, indexing (negative
// indices count from the end), append/pop/copy, len(), `in`, `for x in list`, and the copies
// that give a List value semantics. Elements live unboxed in a TypedListObject.
#include "frontend/static_internal.h"
#include "vm/typed_list.h"

namespace ember::static_impl {

using namespace ast;

namespace {

// Whether `e` produces a List nobody else holds: a new one, or one moved out with `^`.
bool fresh_value(const Expr* e) {
  return e->kind == NodeKind::Call || e->kind == NodeKind::List || e->kind == NodeKind::Transfer;
}

}  // namespace

Operand FnCompiler::owned(const Expr* e, Operand o, bool local_ends) {
  if (m_.managed(o.type)) return owned_managed(e, o, local_ends);
  if (!is_collection_type(o.type) || fresh_value(e)) return o;
  if (auto* n = cast<Name>(e); n && local_ends) {
    // A local of this fn (not one a closure captures) ends with the return: no copy.
    Local* l = lookup(n->id);
    bool is_mut_param = std::find(mut_params_.begin(), mut_params_.end(), l) != mut_params_.end();
    bool captured = l && l->depth <= innermost_frame_depth(FutureFrame::Kind::Closure);
    if (l && !l->read_only && !is_mut_param && !captured) return o;
  }
  if (is_deque_type(o.type)) {  // Movable and ExplicitlyCopyable only
    error(e,
          quoted(o.type) + " cannot be copied implicitly; copy it with .copy() or move it with ^");
    return {};
  }
  return copy_collection(o);
}

Operand FnCompiler::copy_collection(Operand o) {
  if (is_dict_type(o.type) || is_set_type(o.type)) {
    return Operand{o.type, call_python_method(o.reg, "copy").reg};
  }
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::TListCopy, out, o.reg));
  return Operand{o.type, out};
}

namespace {

// How the elements of a List of `element` cross into Python code: a List of SIMD scalars
// does not yet (the list's layout word has no room for the lane type).
BoundaryKind list_boundary(StaticType element) {
  BoundaryKind k = boundary_kind(element);
  return k == BoundaryKind::Scalar ? BoundaryKind::Unsupported : k;
}

}  // namespace

Operand FnCompiler::new_list(const Node* at, StaticType list_type) {
  if (!m_.check_not_managed(at, list_element(list_type), "a List element")) return {};
  std::vector<bool> kinds = m_.slot_kinds(list_element(list_type));
  if (kinds.size() > kMaxListElementSlots) {
    error(at, "a List element may have at most " + std::to_string(kMaxListElementSlots) +
                  " slots; " + quoted(list_element(list_type)) + " has " +
                  std::to_string(kinds.size()));
    return {};
  }
  uint16_t out = temp(true);
  emit(Instruction::abx(
      Op::TListNew, out,
      raw_constant(typed_list_layout(kinds, list_boundary(list_element(list_type)))),
      static_cast<uint8_t>(kinds.size())));
  return Operand{list_type, out};
}

// Appends each of `elements`, checked as the list's element type.
Operand FnCompiler::list_literal(const Sequence* e, StaticType expected) {
  StaticType type = is_list_type(expected) ? expected : StaticType::Error;
  size_t first = 0;
  Operand first_value;
  if (type == StaticType::Error) {
    // Without a List type from the context, the first element decides.
    if (e->elts.empty()) {
      error(e, "the element type of an empty list literal is unknown here; write List[T]()");
      return {};
    }
    first_value = owned(e->elts[0], expr(e->elts[0], StaticType::Error));
    if (first_value.type == StaticType::Error) return {};
    if (first_value.type == StaticType::NoneType) {
      error(e, "a List of " + quoted(first_value.type) + " is not supported yet");
      return {};
    }
    type = list_of(first_value.type);
    first = 1;
  }
  Operand list = new_list(e, type);
  if (list.type == StaticType::Error) return {};
  if (first) emit(Instruction::abc(Op::TListAppend, list.reg, first_value.reg));
  bool ok = true;
  for (size_t i = first; i < e->elts.size(); ++i) {
    Operand v = owned(e->elts[i], expr_as(e->elts[i], list_element(type), "a list element"));
    if (v.type == StaticType::Error) {
      ok = false;
      continue;
    }
    emit(Instruction::abc(Op::TListAppend, list.reg, v.reg));
  }
  return ok ? list : Operand{};
}

Operand FnCompiler::list_construct(const Call* c, const Expr* element) {
  return list_of_elements(c, m_.list_type(element, sig_.self_type));
}

Operand FnCompiler::list_of_elements(const Call* c, StaticType type) {
  // List[T](capacity=n): an empty List; the capacity is a hint, Ember's List grows as needed.
  bool capacity = c->keywords.size() == 1 && c->keywords[0]->arg == "capacity";
  if ((!c->keywords.empty() && !capacity) || (capacity && !c->args.empty())) {
    error(c->keywords[0], "List() in fn code takes elements or the keyword argument capacity");
    return {};
  }
  if (capacity && expr_as(c->keywords[0]->value, StaticType::Int, "the capacity of List()").type ==
                      StaticType::Error) {
    return {};
  }
  if (type == StaticType::Error) return {};
  Operand list = new_list(c, type);
  if (list.type == StaticType::Error) return {};
  bool ok = true;
  for (const Expr* a : c->args) {
    Operand v = owned(a, expr_as(a, list_element(type), "a List element"));
    if (v.type == StaticType::Error) {
      ok = false;
      continue;
    }
    emit(Instruction::abc(Op::TListAppend, list.reg, v.reg));
  }
  return ok ? list : Operand{};
}

Operand FnCompiler::subscript(const Subscript* s) {
  if (names_struct(s->value))
    return struct_dunder_call(s, s->value, "__getitem__", item_indices(s));
  Operand list = expr(s->value, StaticType::Error);
  if (list.type == StaticType::Error) return {};
  list.type = list_storage(list.type);  // d[i] of a Deque
  if (is_range_type(list.type)) return range_item(s, list, s->slice);
  if (has_lanes(list.type)) return simd_subscript(s, list);
  if (list.type == StaticType::Object) return object_subscript(s, list);
  if (list.type == StaticType::String) return string_subscript(s, list);
  if (is_tuple_type(list.type)) return tuple_subscript(s, list);
  if (is_dict_type(list.type)) return dict_subscript(s, list);
  if (is_pointer_type(list.type)) return pointer_access(s, list, s->slice, std::nullopt);
  if (!is_list_type(list.type)) {
    error(s->value, quoted(list.type) + " cannot be indexed in fn code");
    return {};
  }
  if (auto* slice = cast<Slice>(s->slice)) return list_slice(slice, list);
  Operand index = index_operand(s->slice, "a List index");
  if (index.type == StaticType::Error) return {};
  StaticType element = list_element(list.type);
  uint16_t out = temp_for(element);
  emit(Instruction::abc(Op::TListGet, out, list.reg, index.reg,
                        static_cast<uint8_t>(m_.slot_count(element))));
  return Operand{element, out};
}

Operand FnCompiler::list_slice(const Slice* slice, Operand list) {
  // l[a:b:c]: a new List of those elements, the bounds and step as Python's slices take
  // them (Mojo's List.__getitem__(Slice) too). The elements go through a Python list.
  StaticType element = list_element(list.type);
  if (element != StaticType::Int && element != StaticType::Float64 && element != StaticType::Bool &&
      element != StaticType::String) {
    error(slice, "slices of a " + quoted(list.type) +
                     " are not supported yet (Int, Float64, Bool and String elements are)");
    return {};
  }
  std::optional<uint16_t> bounds = python_slice(slice, true);
  if (!bounds) return {};
  Operand items = as_object(slice, list);
  if (items.type == StaticType::Error) return {};
  uint16_t part = temp(true);
  emit(Instruction::abc(Op::GetItem, part, items.reg, *bounds));
  Operand out = new_list(slice, list.type);
  emit(Instruction::abc(Op::TListMethod, 0, out.reg, part,
                        static_cast<uint8_t>(TypedListMethod::ExtendFromPython)));
  return out;
}

bool FnCompiler::mutable_list(const Expr* e) {
  // `grid[i][j] = v` changes `grid`: the List it is an element of.
  while (auto* s = cast<Subscript>(e)) e = s->value;
  std::optional<Place> p = place(e);
  return !p || mutable_place(e, *p);
}

void FnCompiler::subscript_assign(const Subscript* target, const Expr* value) {
  if (names_struct(target->value)) {
    std::vector<Expr*> args = item_indices(target);
    args.push_back(const_cast<Expr*>(value));
    struct_dunder_call(target, target->value, "__setitem__", args);
    return;
  }
  Operand list = expr(target->value, StaticType::Error);
  list.type = list_storage(list.type);
  if (is_pointer_type(list.type)) return pointer_store(list, target->slice, value);
  if (list.type == StaticType::Object) return object_store(target, list, value);
  if (is_dict_type(list.type)) {
    if (mutable_list(target->value)) dict_store(target, list, value);
    return;
  }
  if (list.type != StaticType::Error && !is_list_type(list.type) && !has_lanes(list.type)) {
    error(target->value, quoted(list.type) + " cannot be indexed in fn code");
    list.type = StaticType::Error;
  }
  if (list.type == StaticType::Error || !mutable_list(target->value)) {
    expr(value, StaticType::Error);
    return;
  }
  if (has_lanes(list.type)) return simd_subscript_assign(target, list, value, nullptr);
  Operand index = index_operand(target->slice, "a List index");
  StaticType element = list_element(list.type);
  Operand v = owned(value, expr_as(value, element, "assignment"));
  if (index.type == StaticType::Error || v.type == StaticType::Error) return;
  emit(Instruction::abc(Op::TListSet, list.reg, index.reg, v.reg,
                        static_cast<uint8_t>(m_.slot_count(element))));
}

void FnCompiler::subscript_aug_assign(const AugAssign* a, const Subscript* target) {
  if (names_struct(target->value)) {
    // x[i] op= v: x.__setitem__(i, x.__getitem__(i) op v), the indices evaluated twice.
    auto* current = m_.synthesized_nodes.make<Subscript>();
    *current = *target;
    current->ctx = ExprContext::Load;
    auto* combined = make_node_at<BinOp>(m_.synthesized_nodes, NodeKind::BinOp, a);
    combined->left = current;
    combined->op = a->op;
    combined->right = a->value;
    std::vector<Expr*> args = item_indices(target);
    args.push_back(combined);
    struct_dunder_call(a, target->value, "__setitem__", args);
    return;
  }
  Operand list = expr(target->value, StaticType::Error);
  list.type = list_storage(list.type);
  if (is_pointer_type(list.type)) return pointer_aug_store(a, target, list);
  if (is_dict_type(list.type)) {
    // d[k] op= v: the lookup raises KeyError for a missing key, as in Python.
    if (!mutable_list(target->value)) return;
    Operand current = dict_subscript(target, list);
    if (current.type == StaticType::Error) return;
    Operand right = expr(a->value, current.type);
    Operand result = binary_on(a, a->op, current, right);
    if (result.type == StaticType::Error) return;
    Operand key = dict_key(target->slice, list.type);
    Operand value = as_object(a, result);
    if (key.type != StaticType::Error && value.type != StaticType::Error) {
      emit(Instruction::abc(Op::SetItem, list.reg, key.reg, value.reg));
    }
    return;
  }
  if (list.type != StaticType::Error && !is_list_type(list.type) && !has_lanes(list.type)) {
    error(target->value, quoted(list.type) + " cannot be indexed in fn code");
    list.type = StaticType::Error;
  }
  if (list.type == StaticType::Error || !mutable_list(target->value)) {
    expr(a->value, StaticType::Error);
    return;
  }
  if (has_lanes(list.type)) return simd_subscript_assign(target, list, a->value, a);
  Operand index = index_operand(target->slice, "a List index");
  if (index.type == StaticType::Error) return;
  StaticType element = list_element(list.type);
  auto width = static_cast<uint8_t>(m_.slot_count(element));
  uint16_t current = temp_for(element);
  emit(Instruction::abc(Op::TListGet, current, list.reg, index.reg, width));
  Operand right = expr(a->value, element);
  Operand result = binary_on(a, a->op, Operand{element, current}, right);
  if (result.type == StaticType::Error) return;
  if (result.type != element) {
    error(a, "cannot assign a value of type " + quoted(result.type) + " to a target of type " +
                 quoted(element));
    return;
  }
  emit(Instruction::abc(Op::TListSet, list.reg, index.reg, result.reg, width));
}

Operand FnCompiler::list_equal(const Node* at, Operand l, Operand r) {
  // Mojo's List.__eq__: equal lengths and each pair of elements equal.
  StaticType element = list_element(l.type);
  auto width = static_cast<uint8_t>(m_.slot_count(element));
  uint16_t out = temp(false);
  Operand n = list_len(l), m = list_len(r);
  emit(Instruction::abc(Op::CompareI64, out, n.reg, m.reg, static_cast<uint8_t>(CompareOp::Eq)));
  JumpLabel done;
  emit_jump(Op::JumpIfRaw, out, 0, done);
  bool ok = true;
  emit_range_loop(constant_register(0), n.reg, 1, [&](uint16_t i) {
    uint16_t a = temp_for(element), b = temp_for(element);
    emit(Instruction::abc(Op::TListGet, a, l.reg, i, width));
    emit(Instruction::abc(Op::TListGet, b, r.reg, i, width));
    Operand same = equal_values(at, Operand{element, a}, Operand{element, b});
    if (same.type == StaticType::Error) {
      ok = false;
      return;
    }
    emit(Instruction::abc(Op::AndI64, out, out, same.reg));
  });
  bind(done);
  return ok ? Operand{StaticType::Bool, out} : Operand{};
}

Operand FnCompiler::list_text(const Node* at, Operand list) {
  // As Mojo's List.__str__: "[" and the elements' reprs, separated by ", ", then "]".
  Operand inside = list_joined(at, list, string_constant(", "), true);
  if (inside.type == StaticType::Error) return {};
  Operand text = binary_on(at, OperatorKind::Add, string_constant("["), inside);
  return binary_on(at, OperatorKind::Add, text, string_constant("]"));
}

Operand FnCompiler::list_joined(const Node* at, Operand list, Operand separator, bool as_repr) {
  StaticType element = list_element(list.type);
  auto width = static_cast<uint8_t>(m_.slot_count(element));
  uint16_t text = temp(true), between = temp(true);
  move(text, string_constant("").reg, StaticType::String);
  move(between, string_constant("").reg, StaticType::String);
  Operand n = list_len(list);
  bool ok = true;
  emit_range_loop(constant_register(0), n.reg, 1, [&](uint16_t i) {
    uint16_t e = temp_for(element);
    emit(Instruction::abc(Op::TListGet, e, list.reg, i, width));
    Operand item = as_repr ? repr_of(at, Operand{element, e}) : text_of(at, Operand{element, e});
    if (item.type == StaticType::Error) {
      ok = false;
      return;
    }
    Operand joined = binary_on(at, OperatorKind::Add, Operand{StaticType::String, text},
                               Operand{StaticType::String, between});
    joined = binary_on(at, OperatorKind::Add, joined, item);
    move(text, joined.reg, StaticType::String);
    move(between, separator.reg, StaticType::String);
  });
  if (!ok) return {};
  return Operand{StaticType::String, text};
}

Operand FnCompiler::list_index(const Call* c, Operand self) {
  // index(value, start=0, stop=None): positional or keyword start and stop.
  const Expr* given[3] = {nullptr, nullptr, nullptr};  // value, start, stop
  bool ok = c->args.size() <= 3;
  for (size_t i = 0; ok && i < c->args.size(); ++i) given[i] = c->args[i];
  for (const Keyword* k : c->keywords) {
    int which = k->arg == "start" ? 1 : k->arg == "stop" ? 2 : -1;
    ok = ok && which > 0 && !given[which];
    if (ok) given[which] = k->value;
  }
  if (!ok || !given[0]) {
    error(c, "List.index() takes a value, then start and stop");
    return {};
  }
  if (!may_raise(c, "List.index() of a missing element")) return {};
  uint16_t args = temp_block({m_.slot_kinds(list_element(self.type))[0], false, false});
  expr_to(given[0], list_element(self.type), args, "the argument of List.index()");
  for (int i = 1; i < 3; ++i) {
    auto r = static_cast<uint16_t>(args + i);
    auto* none = given[i] ? cast<Constant>(given[i]) : nullptr;
    if (given[i] && !(none && none->value_kind == ConstantKind::None)) {
      expr_to(given[i], StaticType::Int, r,
              i == 1 ? "the start of List.index()" : "the stop of List.index()");
    } else {
      uint64_t bound = i == 1 ? 0 : static_cast<uint64_t>(INT64_MAX);
      emit(Instruction::abx(Op::LoadRaw, r, raw_constant(bound)));
    }
  }
  uint16_t out = temp(false);
  emit(Instruction::abc(Op::TListMethod, out, self.reg, args,
                        static_cast<uint8_t>(TypedListMethod::Index)));
  return Operand{StaticType::Int, out};
}

Operand FnCompiler::list_binary(const Node* at, OperatorKind op, Operand l, Operand r) {
  // l + r: a new List of l's elements, then r's; l * n: n copies of l's elements, one after
  // the other (none for n below 1). Elements are copied as values (inner Lists too).
  auto extend = [&](uint16_t list, uint16_t other) {
    emit(Instruction::abc(Op::TListMethod, 0, list, other,
                          static_cast<uint8_t>(TypedListMethod::Extend)));
  };
  if (op == OperatorKind::Add && l.type == r.type) {
    Operand out = new_list(at, l.type);
    if (out.type == StaticType::Error) return {};
    extend(out.reg, l.reg);
    extend(out.reg, r.reg);
    return out;
  }
  if (op == OperatorKind::Mult && r.type == StaticType::Int) {
    Operand out = new_list(at, l.type);
    if (out.type == StaticType::Error) return {};
    emit_range_loop(constant_register(0), r.reg, 1, [&](uint16_t) { extend(out.reg, l.reg); });
    return out;
  }
  error(at, "invalid operand types for '" + std::string(operator_symbol(op)) +
                "': " + quoted(l.type) + " and " + quoted(r.type));
  return {};
}

Operand FnCompiler::list_len(Operand list) {
  uint16_t out = temp(false);
  emit(Instruction::abc(Op::TListLen, out, list.reg));
  return Operand{StaticType::Int, out};
}

Operand FnCompiler::list_method(const Call* c, const Attribute* callee, Operand self) {
  std::string_view name = callee->attr;
  StaticType element = list_element(self.type);
  auto arity = [&](size_t lo, size_t hi) {
    if (c->args.size() >= lo && c->args.size() <= hi && c->keywords.empty()) return true;
    error(c,
          "List." + std::string(name) + "() takes " +
              (lo == hi ? std::to_string(lo) : std::to_string(lo) + " or " + std::to_string(hi)) +
              (hi == 1 ? " argument" : " arguments"));
    return false;
  };
  if (name == "append") {
    if (!arity(1, 1) || !mutable_list(callee->value)) return {};
    Operand v = owned(c->args[0], expr_as(c->args[0], element, "the argument of List.append()"));
    if (v.type == StaticType::Error) return {};
    emit(Instruction::abc(Op::TListAppend, self.reg, v.reg));
    return Operand{StaticType::NoneType, 0};
  }
  if (name == "pop") {
    if (!arity(0, 1) || !mutable_list(callee->value)) return {};
    uint16_t index = kNoRegister;
    if (!c->args.empty()) {
      Operand i = expr_as(c->args[0], StaticType::Int, "the argument of List.pop()");
      if (i.type == StaticType::Error) return {};
      index = i.reg;
    }
    uint16_t out = temp_for(element);
    emit(Instruction::abc(Op::TListPop, out, self.reg, index));
    return Operand{element, out};
  }
  auto method = [&](TypedListMethod m, uint16_t out, uint16_t args) {
    emit(Instruction::abc(Op::TListMethod, out, self.reg, args, static_cast<uint8_t>(m)));
  };
  if (name == "insert") {
    if (!arity(2, 2) || !mutable_list(callee->value)) return {};
    Operand index = expr_as(c->args[0], StaticType::Int, "the index of List.insert()");
    Operand v = owned(c->args[1], expr_as(c->args[1], element, "the element of List.insert()"));
    if (index.type == StaticType::Error || v.type == StaticType::Error) return {};
    std::vector<bool> kinds{false};
    std::vector<bool> element_kinds = m_.slot_kinds(element);
    kinds.insert(kinds.end(), element_kinds.begin(), element_kinds.end());
    uint16_t args = temp_block(kinds);
    move(args, index.reg, StaticType::Int);
    move(static_cast<uint16_t>(args + 1), v.reg, element);
    method(TypedListMethod::Insert, 0, args);
    return Operand{StaticType::NoneType, 0};
  }
  if (name == "extend") {
    if (!arity(1, 1) || !mutable_list(callee->value)) return {};
    Operand other = expr_as(c->args[0], self.type, "the argument of List.extend()");
    if (other.type == StaticType::Error) return {};
    method(TypedListMethod::Extend, 0, other.reg);
    return Operand{StaticType::NoneType, 0};
  }
  if (name == "clear" || name == "reverse") {
    if (!arity(0, 0) || !mutable_list(callee->value)) return {};
    method(name == "clear" ? TypedListMethod::Clear : TypedListMethod::Reverse, 0, 0);
    return Operand{StaticType::NoneType, 0};
  }
  if (name == "unsafe_get" || name == "unsafe_set") {
    // Mojo leaves an index outside the List undefined; Ember checks it as l[i] does.
    bool set = name == "unsafe_set";
    if (!arity(set ? 2 : 1, set ? 2 : 1) || (set && !mutable_list(callee->value))) return {};
    std::string what = "the index of List." + std::string(name) + "()";
    Operand index = index_operand(c->args[0], what.c_str());
    auto width = static_cast<uint8_t>(m_.slot_count(element));
    if (set) {
      Operand v = owned(c->args[1], expr_as(c->args[1], element, "the value of List.unsafe_set()"));
      if (index.type == StaticType::Error || v.type == StaticType::Error) return {};
      emit(Instruction::abc(Op::TListSet, self.reg, index.reg, v.reg, width));
      return Operand{StaticType::NoneType, 0};
    }
    if (index.type == StaticType::Error) return {};
    uint16_t out = temp_for(element);
    emit(Instruction::abc(Op::TListGet, out, self.reg, index.reg, width));
    return Operand{element, out};
  }
  if (name == "__str__" || name == "__repr__") {  // Mojo's List: both are "[" reprs "]"
    if (!arity(0, 0)) return {};
    return list_text(c, self);
  }
  if (name == "index" || name == "sort" || name == "count") {
    bool comparable = element == StaticType::Int || element == StaticType::Float64 ||
                      element == StaticType::Bool || element == StaticType::String;
    if (!comparable) {
      error(callee, "List." + std::string(name) + "() of a " + quoted(self.type) +
                        " is not supported yet (Int, Float64, Bool and String elements are)");
      return {};
    }
    if (name == "sort") {
      if (!arity(0, 0) || !mutable_list(callee->value)) return {};
      method(TypedListMethod::Sort, 0, 0);
      return Operand{StaticType::NoneType, 0};
    }
    if (name == "count") {  // the elements equal to the value, as the Python list counts them
      if (!arity(1, 1)) return {};
      Operand v =
          as_object(c->args[0], expr_as(c->args[0], element, "the argument of List.count()"));
      Operand items = as_object(c, self);
      if (v.type == StaticType::Error || items.type == StaticType::Error) return {};
      return unbox_python_result(call_python_method(items.reg, "count", {v.reg}), StaticType::Int);
    }
    return list_index(c, self);
  }
  if (name == "copy") {
    if (!arity(0, 0)) return {};
    uint16_t out = temp(true);
    emit(Instruction::abc(Op::TListCopy, out, self.reg));
    return Operand{self.type, out};
  }
  if (name == "__len__") {
    if (!arity(0, 0)) return {};
    return list_len(self);
  }
  if (name == "__contains__") {
    if (!arity(1, 1)) return {};
    Operand v = expr(c->args[0], element);
    if (v.type == StaticType::Error) return {};
    return *list_contains(c->args[0], v, self);
  }
  error(callee, quoted(self.type) + " has no method '" + std::string(name) + "' in fn code yet");
  for (const Expr* a : c->args) expr(a, StaticType::Error);
  return {};
}

std::optional<Operand> FnCompiler::list_contains(const Node* at, Operand left, Operand right) {
  if (is_deque_type(right.type)) right.type = list_storage(right.type);
  if (!is_list_type(right.type)) return std::nullopt;
  StaticType element = list_element(right.type);
  if (left.type != element) {
    error(at, "cannot look for " + quoted(left.type) + " in a " + quoted(right.type));
    return Operand{};
  }
  if (!is_raw_type(element) && element != StaticType::String) {
    error(at, "'in' is not supported on a " + quoted(right.type) + " yet");
    return Operand{};
  }
  uint16_t out = temp(false);
  emit(Instruction::abc(Op::TListContains, out, right.reg, left.reg));
  return Operand{StaticType::Bool, out};
}

// The List is evaluated once and held in a register of its own; the loop runs over the
// length it had when the loop began.
void FnCompiler::list_for(const For* s, const Name* target) {
  // `for x in reversed(list)`: the List from its last element to its first; a Dict and its
  // views backwards, from the last key inserted.
  const Call* reversed = cast<Call>(s->iter);
  auto* reversed_name = reversed ? cast<Name>(reversed->func) : nullptr;
  bool backwards = reversed_name && reversed_name->id == "reversed" && !lookup("reversed") &&
                   reversed->args.size() == 1 && reversed->keywords.empty();
  const Expr* iterable = backwards ? reversed->args[0] : s->iter;
  // The Python iterable of a Dict's keys (the dict), values or items, reversed when asked.
  auto dict_loop = [&](Operand view, StaticType item_type) {
    if (backwards) view = call_builtin_on_value("reversed", view, StaticType::Object);
    object_loop(s, target, view.reg, item_type);
  };
  // `for k in d.keys()`, `for v in d.values()`, `for e in d.items()` (e.key and e.value,
  // also as e[].key, e[].value).
  if (auto* call = cast<Call>(iterable); call && call->args.empty() && call->keywords.empty()) {
    if (auto* a = cast<Attribute>(call->func);
        a && (a->attr == "keys" || a->attr == "values" || a->attr == "items")) {
      Operand d = expr(a->value, StaticType::Error);
      if (d.type == StaticType::Error) return;
      if (!is_dict_type(d.type)) {
        error(s->iter, "fn code can loop over a range(), a List or a Dict, not " + quoted(d.type));
        return;
      }
      auto [key, value] = dict_fields(d.type);
      if (backwards && a->attr == "keys") {  // as Mojo's reversed() overloads
        error(iterable, "reversed() takes a Dict, its values() or its items(), not keys()");
        return;
      }
      if (a->attr == "items") {
        dict_loop(call_python_method(d.reg, "items"), dict_entry_type(key, value));
      } else if (a->attr == "values") {
        dict_loop(call_python_method(d.reg, "values"), value);
      } else {
        dict_loop(d, key);
      }
      return;
    }
  }
  Operand list = expr(iterable, StaticType::Error);
  if (list.type == StaticType::Error) return;
  list.type = list_storage(list.type);  // a Deque loops as its List does
  if (is_range_type(list.type)) {
    return range_for(s, target, backwards ? range_reversed(s->iter, list) : list);
  }
  if (is_dict_type(list.type)) return dict_loop(list, dict_fields(list.type).first);
  if (backwards && !is_list_type(list.type)) {
    error(reversed->args[0],
          "fn code can loop over reversed() of a List or a Dict, not " + quoted(list.type));
    return;
  }
  if (is_set_type(list.type)) return object_loop(s, target, list.reg, composite_arg(list.type));
  // A String yields each character (Mojo's StringSlice of one code point: a String here).
  if (list.type == StaticType::String) return object_loop(s, target, list.reg, list.type);
  if (!is_list_type(list.type)) {
    error(s->iter, "fn code can loop over a range() or a List, not " + quoted(list.type));
    return;
  }
  uint16_t held = temp(true);
  emit(Instruction::abc(Op::Move, held, list.reg));
  uint16_t counter = temp_block({false, false, false});
  auto bound = static_cast<uint16_t>(counter + 1);
  if (backwards) {  // from len - 1 down to 0: the bound is -1
    emit(Instruction::abc(Op::TListLen, counter, held));
    emit(Instruction::abc(Op::SubI64, counter, counter, constant_register(1)));
    emit(Instruction::abx(Op::LoadRaw, bound, raw_constant(static_cast<uint64_t>(int64_t{-1}))));
  } else {
    emit(Instruction::abx(Op::LoadRaw, counter, raw_constant(0)));
    emit(Instruction::abc(Op::TListLen, bound, held));
  }
  StaticType element = list_element(list.type);
  auto width = static_cast<uint8_t>(m_.slot_count(element));
  counted_loop(s, target, element, counter, backwards ? -1 : 1, [&](uint16_t var, uint16_t index) {
    emit(Instruction::abc(Op::TListGet, var, held, index, width));
  });
}

Operand FnCompiler::inferred_collection(const Call* c, std::string_view name) {
  // List(1, 2) and Set("a", "b"): the element type is the first element's.
  if (c->args.empty() || !c->keywords.empty()) {
    error(c, std::string(name) + "() without [T] needs elements to infer T from; write " +
                 std::string(name) + "[T]()");
    for (const Expr* a : c->args) expr(a, StaticType::Error);
    return {};
  }
  if (name == "List") {
    auto* elements = make_node_at<Sequence>(m_.synthesized_nodes, NodeKind::List, c);
    elements->elts = c->args;
    return list_literal(elements, StaticType::Error);
  }
  // The element type is the first element's, or that of the Set or List it is built from.
  Operand first = expr(c->args[0], StaticType::Error);
  StaticType element = first.type;
  if (c->args.size() == 1 && (is_set_type(first.type) || is_list_type(first.type))) {
    element = composite_arg(first.type);
  }
  if (first.type == StaticType::Error) return {};
  if (!set_element_type(element)) {
    error(c->args[0], "cannot infer the element type of Set() from this; write Set[T](...)");
    return {};
  }
  return set_construct(c, set_of(element), first);
}

Operand FnCompiler::truth_reduction(const Call* c, std::string_view name) {
  // any(x) / all(x) of a List, a Set or a SIMD vector: whether any / every element is true
  // (non-zero, non-empty), as the elements' own truth says.
  if (c->args.size() != 1 || !c->keywords.empty()) {
    error(c, std::string(name) + "() takes exactly one argument");
    return {};
  }
  Operand v = expr(c->args[0], StaticType::Error);
  if (v.type == StaticType::Error) return {};
  if (has_lanes(v.type)) {
    SimdType t = *simd_layout(v.type);
    Operand mask = v;
    if (t.dtype != DType::Bool) {
      Literal zero;
      zero.type = StaticType::IntLiteral;
      Operand z = materialize(zero, simd_static_type(t.scalar()), c);
      mask = simd_compare(c, CompareOp::Ne, v, z);
      if (mask.type == StaticType::Error) return {};
    }
    uint16_t out = temp(false);
    emit_simd(Op::SimdUnary, out, mask.reg, 0,
              static_cast<uint8_t>(name == "any" ? SimdUnaryOp::ReduceOr : SimdUnaryOp::ReduceAnd),
              *simd_layout(mask.type));
    return Operand{StaticType::Bool, out};
  }
  if (!is_list_type(v.type) && !is_set_type(v.type)) {
    error(c->args[0],
          std::string(name) + "() takes a List, a Set or a SIMD value, not " + quoted(v.type));
    return {};
  }
  uint16_t items = temp(true);
  if (is_list_type(v.type)) {
    if (!to_python(c->args[0], v, items)) return {};
  } else {
    emit(Instruction::abc(Op::Move, items, v.reg));
  }
  return call_builtin_on_values(name, {Operand{StaticType::Object, items}}, StaticType::Bool);
}

}  // namespace ember::static_impl

// set and frozenset: slots, methods and set_iterator. The table itself is vm/set_object.cpp.
#include <string>

#include "builtins/container_util.h"
#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/ops.h"
#include "vm/set_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

SetObject* as_set(Value v) {
  return static_cast<SetObject*>(v.as_object());
}

Type* base_type(VM& vm, Value v) {
  return is_frozenset(vm, v) ? vm.types.frozenset : vm.types.set;
}

Value obj(const Object* o) {
  return Value::from_object(o);
}

struct SetIterObject : Object {
  SetObject* set;  // null once exhausted
  int64_t pos;
  int64_t expected;
  int64_t remaining;
};

void trace_set_iter(Object* self, Marker& m) {
  m.mark(static_cast<SetIterObject*>(self)->set);
}

bool set_iter_next(VM& vm, Value self, Value* item) {
  auto* it = static_cast<SetIterObject*>(self.as_object());
  SetObject* s = it->set;
  if (!s) return false;
  if (s->used != it->expected) {
    it->expected = -1;
    vm.raise(vm.types.RuntimeError, "Set changed size during iteration");
  }
  SetEntry* e = set_next(s, &it->pos);
  if (!e) {
    it->set = nullptr;
    return false;
  }
  --it->remaining;
  *item = e->key;
  return true;
}

Value set_iter_length_hint(VM& vm, CallArgs args) {
  auto* it = static_cast<SetIterObject*>(args[0].as_object());
  return Value::from_small_int(it->set && it->set->used == it->expected ? it->remaining : 0);
}

Value set_iter(VM& vm, Value self) {
  auto* it = vm.allocate<SetIterObject>(vm.types.set_iterator);
  it->set = as_set(self);
  it->pos = 0;
  it->expected = it->remaining = as_set(self)->used;
  return obj(it);
}

Value set_repr(VM& vm, Value self) {
  SetObject* s = as_set(self);
  Type* t = s->type;
  std::string name(t->name->view());
  if (s->used == 0) return make_str(vm, name + "()");
  ReprGuard guard(vm, s);
  if (guard.active()) return make_str(vm, name + "(...)");
  std::string out;
  bool plain = t == vm.types.set;
  if (!plain) out = name + "(";
  out += "{";
  bool first = true;
  for (int64_t pos = 0; pos <= s->mask;) {
    SetEntry* e = set_next(s, &pos);
    if (!e) break;
    if (!first) out += ", ";
    first = false;
    Rooted key(vm, e->key);
    append_repr(vm, out, key.get());
  }
  out += "}";
  if (!plain) out += ")";
  return make_str(vm, out);
}

int64_t frozenset_hash(VM&, Value self) {
  SetObject* s = as_set(self);
  if (s->hash == -1) s->hash = frozenset_hash_of(s);
  return s->hash;
}

bool issuperset(VM& vm, SetObject* s, Value other) {
  if (is_any_set(vm, other)) return set_issubset(vm, as_set(other), obj(s));
  Rooted keep(vm, obj(s));
  Value it = get_iterator(vm, other);
  Rooted keep_it(vm, it);
  Value key;
  while (iterator_next(vm, it, &key)) {
    Rooted keep_key(vm, key);
    if (!set_contains(vm, s, key)) return false;
  }
  return true;
}

Value set_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_any_set(vm, a) || !is_any_set(vm, b)) return vm.not_implemented;
  SetObject* x = as_set(a);
  SetObject* y = as_set(b);
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: {
      bool eq = x->used == y->used && set_issubset(vm, x, b);
      return Value::from_bool(op == CompareOp::Eq ? eq : !eq);
    }
    case CompareOp::Le:
      return Value::from_bool(set_issubset(vm, x, b));
    case CompareOp::Ge:
      return Value::from_bool(set_issubset(vm, y, a));
    case CompareOp::Lt:
      return Value::from_bool(x->used < y->used && set_issubset(vm, x, b));
    case CompareOp::Gt:
      return Value::from_bool(x->used > y->used && set_issubset(vm, y, a));
  }
  return vm.not_implemented;
}

SetObject* symmetric_difference(VM& vm, SetObject* s, Value other) {
  Rooted keep(vm, obj(s));
  SetObject* result = new_set(vm, base_type(vm, obj(s)), other);
  Rooted keep_result(vm, obj(result));
  set_symmetric_difference_update(vm, result, obj(s));
  return result;
}

Value set_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_any_set(vm, a) || !is_any_set(vm, b)) return vm.not_implemented;
  SetObject* s = as_set(a);
  switch (op) {
    case BinaryOp::Or: {
      SetObject* result = set_copy(vm, s, base_type(vm, a));
      Rooted keep(vm, obj(result));
      set_update(vm, result, b);
      return obj(result);
    }
    case BinaryOp::And:
      return obj(set_intersection(vm, s, b));
    case BinaryOp::Sub:
      return obj(set_difference(vm, s, b));
    case BinaryOp::Xor:
      return obj(symmetric_difference(vm, s, b));
    default:
      return vm.not_implemented;
  }
}

void intersection_update(VM& vm, SetObject* s, Value other) {
  SetObject* tmp = set_intersection(vm, s, other);
  set_swap_bodies(s, tmp);
}

Value set_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (is_frozenset(vm, a) || !is_any_set(vm, a) || !is_any_set(vm, b)) return vm.not_implemented;
  SetObject* s = as_set(a);
  switch (op) {
    case BinaryOp::Or:
      set_update(vm, s, b);
      return a;
    case BinaryOp::And:
      intersection_update(vm, s, b);
      return a;
    case BinaryOp::Sub:
      set_difference_update(vm, s, b);
      return a;
    case BinaryOp::Xor:
      set_symmetric_difference_update(vm, s, b);
      return a;
    default:
      return vm.not_implemented;
  }
}

int64_t set_length(VM&, Value self) {
  return as_set(self)->used;
}

bool set_contains_slot(VM& vm, Value self, Value item) {
  return set_contains(vm, as_set(self), item);
}

bool init_overridden(VM& vm, Type* type) {
  Value mine = dict_get_str(vm, vm.types.set->dict, vm.name("__init__"));
  return !lookup_in_type(vm, type, vm.name("__init__")).is(mine);
}

Value set_construct(VM& vm, Type* type, CallArgs args) {
  if (type != vm.types.set && init_overridden(vm, type)) return obj(new_set_object(vm, type));
  check_no_kwargs(vm, args, "set");
  check_positional(vm, "set", args.npos, 0, 1);
  return obj(new_set(vm, type, args.npos ? args[0] : Value::undefined()));
}

Value frozenset_construct(VM& vm, Type* type, CallArgs args) {
  check_no_kwargs(vm, args, "frozenset");
  check_positional(vm, "frozenset", args.npos, 0, 1);
  if (args.npos && type == vm.types.frozenset && vm.type_of(args[0]) == vm.types.frozenset) {
    return args[0];
  }
  return obj(new_set(vm, type, args.npos ? args[0] : Value::undefined()));
}

// ---- methods

[[noreturn]] void key_error(VM& vm, Value key) {
  vm.raise(obj(vm.new_exception(vm.types.KeyError, vm.new_tuple({key}))));
}

Value set_init(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "set");
  check_positional(vm, "set", args.npos - 1, 0, 1);
  SetObject* s = as_set(args[0]);
  if (s->fill) set_clear(vm, s);
  if (args.npos > 1) set_update(vm, s, args[1]);
  return Value::none();
}

Value set_add_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "set.add");
  set_add(vm, as_set(args[0]), args[1]);
  return Value::none();
}

Value set_discard_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "set.discard");
  set_discard(vm, as_set(args[0]), args[1]);
  return Value::none();
}

Value set_remove_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "set.remove");
  if (!set_discard(vm, as_set(args[0]), args[1])) key_error(vm, args[1]);
  return Value::none();
}

Value set_pop(VM& vm, CallArgs args) {
  check_no_args(vm, args, "set.pop");
  SetObject* s = as_set(args[0]);
  if (s->used == 0) key_error(vm, make_str(vm, "pop from an empty set"));
  int64_t i = s->finger & s->mask;
  while (!set_entry_active(s->table[i])) {
    ++i;
    if (i > s->mask) i = 0;
  }
  Value key = s->table[i].key;
  // A dummy, as set_discard leaves.
  s->table[i].hash = -1;
  s->table[i].key = Value::from_bits(kSetDummyBits);
  --s->used;
  s->finger = i + 1;
  return key;
}

Value set_clear_method(VM& vm, CallArgs args) {
  check_no_args(vm, args, "set.clear");
  set_clear(vm, as_set(args[0]));
  return Value::none();
}

Value set_copy_method(VM& vm, CallArgs args) {
  Value self = args[0];
  bool frozen = is_frozenset(vm, self);
  check_no_args(vm, args, frozen ? "frozenset.copy" : "set.copy");
  if (frozen && vm.type_of(self) == vm.types.frozenset) return self;
  return obj(set_copy(vm, as_set(self), base_type(vm, self)));
}

const char* qual(VM& vm, Value self, const char* name, std::string& buffer) {
  buffer = is_frozenset(vm, self) ? "frozenset." : "set.";
  buffer += name;
  return buffer.c_str();
}

Value set_update_method(VM& vm, CallArgs args) {
  std::string q;
  check_no_kwargs(vm, args, qual(vm, args[0], "update", q));
  for (uint32_t i = 1; i < args.npos; ++i) set_update(vm, as_set(args[0]), args[i]);
  return Value::none();
}

Value set_union(VM& vm, CallArgs args) {
  std::string q;
  check_no_kwargs(vm, args, qual(vm, args[0], "union", q));
  SetObject* result = set_copy(vm, as_set(args[0]), base_type(vm, args[0]));
  Rooted keep(vm, obj(result));
  for (uint32_t i = 1; i < args.npos; ++i) {
    if (args[i].is(args[0])) continue;
    set_update(vm, result, args[i]);
  }
  return obj(result);
}

SetObject* intersection_multi(VM& vm, CallArgs args) {
  if (args.npos == 1) return set_copy(vm, as_set(args[0]), base_type(vm, args[0]));
  Rooted result(vm, args[0]);
  for (uint32_t i = 1; i < args.npos; ++i) {
    result.set(obj(set_intersection(vm, as_set(result.get()), args[i])));
  }
  return as_set(result.get());
}

Value set_intersection_method(VM& vm, CallArgs args) {
  std::string q;
  check_no_kwargs(vm, args, qual(vm, args[0], "intersection", q));
  return obj(intersection_multi(vm, args));
}

Value set_intersection_update_method(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "set.intersection_update");
  SetObject* tmp = intersection_multi(vm, args);
  set_swap_bodies(as_set(args[0]), tmp);
  return Value::none();
}

Value set_difference_method(VM& vm, CallArgs args) {
  std::string q;
  check_no_kwargs(vm, args, qual(vm, args[0], "difference", q));
  if (args.npos == 1) return obj(set_copy(vm, as_set(args[0]), base_type(vm, args[0])));
  SetObject* result = set_difference(vm, as_set(args[0]), args[1]);
  Rooted keep(vm, obj(result));
  for (uint32_t i = 2; i < args.npos; ++i) set_difference_update(vm, result, args[i]);
  return obj(result);
}

Value set_difference_update_method(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "set.difference_update");
  for (uint32_t i = 1; i < args.npos; ++i) set_difference_update(vm, as_set(args[0]), args[i]);
  return Value::none();
}

Value set_symmetric_difference_method(VM& vm, CallArgs args) {
  std::string q;
  check_exactly_one(vm, args, qual(vm, args[0], "symmetric_difference", q));
  return obj(symmetric_difference(vm, as_set(args[0]), args[1]));
}

Value set_symmetric_difference_update_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "set.symmetric_difference_update");
  set_symmetric_difference_update(vm, as_set(args[0]), args[1]);
  return Value::none();
}

Value set_issubset_method(VM& vm, CallArgs args) {
  std::string q;
  check_exactly_one(vm, args, qual(vm, args[0], "issubset", q));
  return Value::from_bool(set_issubset(vm, as_set(args[0]), args[1]));
}

Value set_issuperset_method(VM& vm, CallArgs args) {
  std::string q;
  check_exactly_one(vm, args, qual(vm, args[0], "issuperset", q));
  return Value::from_bool(issuperset(vm, as_set(args[0]), args[1]));
}

Value set_isdisjoint_method(VM& vm, CallArgs args) {
  std::string q;
  check_exactly_one(vm, args, qual(vm, args[0], "isdisjoint", q));
  SetObject* s = as_set(args[0]);
  Value other = args[1];
  if (other.is(args[0])) return Value::from_bool(s->used == 0);
  if (is_any_set(vm, other)) {
    SetObject* a = s;
    SetObject* b = as_set(other);
    if (b->used > a->used) std::swap(a, b);
    for (int64_t pos = 0; pos <= b->mask;) {
      SetEntry* e = set_next(b, &pos);
      if (!e) break;
      SetEntry entry = *e;
      if (set_contains_hashed(vm, a, entry.key, entry.hash)) return Value::from_bool(false);
    }
    return Value::from_bool(true);
  }
  Value it = get_iterator(vm, other);
  Rooted keep(vm, it);
  Value key;
  while (iterator_next(vm, it, &key)) {
    Rooted keep_key(vm, key);
    if (set_contains(vm, s, key)) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}

Value set_contains_method(VM& vm, CallArgs args) {
  std::string q;
  check_exactly_one(vm, args, qual(vm, args[0], "__contains__", q));
  return Value::from_bool(set_contains(vm, as_set(args[0]), args[1]));
}

Value set_len_method(VM& vm, CallArgs args) {
  std::string q;
  check_no_args(vm, args, qual(vm, args[0], "__len__", q));
  return Value::from_small_int(as_set(args[0])->used);
}

void install_common(VM& vm, Type* t) {
  TypeSlots& s = t->slots;
  s.trace = trace_set;
  s.finalize = finalize_set;
  s.repr = set_repr;
  s.compare = set_compare;
  s.binary = set_binary;
  s.length = set_length;
  s.iter = set_iter;
  s.contains = set_contains_slot;
  vm.add_method(t, "__repr__", wrap_unary<set_repr>);
  vm.add_method(t, "__iter__", wrap_unary<set_iter>);
  vm.add_method(t, "__or__", wrap_binary<set_binary, BinaryOp::Or, false>);
  vm.add_method(t, "__and__", wrap_binary<set_binary, BinaryOp::And, false>);
  vm.add_method(t, "__sub__", wrap_binary<set_binary, BinaryOp::Sub, false>);
  vm.add_method(t, "__xor__", wrap_binary<set_binary, BinaryOp::Xor, false>);
  vm.add_method(t, "__ror__", wrap_binary<set_binary, BinaryOp::Or, true>);
  vm.add_method(t, "__rand__", wrap_binary<set_binary, BinaryOp::And, true>);
  vm.add_method(t, "__rsub__", wrap_binary<set_binary, BinaryOp::Sub, true>);
  vm.add_method(t, "__rxor__", wrap_binary<set_binary, BinaryOp::Xor, true>);
  add_compare_methods<set_compare>(vm, t);
  vm.add_method(t, "copy", set_copy_method);
  vm.add_method(t, "union", set_union);
  vm.add_method(t, "intersection", set_intersection_method);
  vm.add_method(t, "difference", set_difference_method);
  vm.add_method(t, "symmetric_difference", set_symmetric_difference_method);
  vm.add_method(t, "issubset", set_issubset_method);
  vm.add_method(t, "issuperset", set_issuperset_method);
  vm.add_method(t, "isdisjoint", set_isdisjoint_method);
  vm.add_method(t, "__contains__", set_contains_method);
  vm.add_method(t, "__len__", set_len_method);
}

}  // namespace

void install_set_types(VM& vm) {
  Type* set = vm.types.set;
  install_common(vm, set);
  set->flags |= kTypeBaseType;
  set->slots.hash = nullptr;
  set->slots.inplace = set_inplace;
  set->slots.construct = set_construct;
  vm.add_method(set, "__init__", set_init);
  vm.add_method(set, "__ior__", wrap_binary<set_inplace, BinaryOp::Or, false>);
  vm.add_method(set, "__iand__", wrap_binary<set_inplace, BinaryOp::And, false>);
  vm.add_method(set, "__isub__", wrap_binary<set_inplace, BinaryOp::Sub, false>);
  vm.add_method(set, "__ixor__", wrap_binary<set_inplace, BinaryOp::Xor, false>);
  vm.add_method(set, "add", set_add_method);
  vm.add_method(set, "discard", set_discard_method);
  vm.add_method(set, "remove", set_remove_method);
  vm.add_method(set, "pop", set_pop);
  vm.add_method(set, "clear", set_clear_method);
  vm.add_method(set, "update", set_update_method);
  vm.add_method(set, "intersection_update", set_intersection_update_method);
  vm.add_method(set, "difference_update", set_difference_update_method);
  vm.add_method(set, "symmetric_difference_update", set_symmetric_difference_update_method);

  Type* frozen = vm.types.frozenset;
  install_common(vm, frozen);
  frozen->flags |= kTypeBaseType;
  frozen->slots.hash = frozenset_hash;
  frozen->slots.inplace = nullptr;
  frozen->slots.construct = frozenset_construct;
  vm.add_method(frozen, "__hash__", wrap_int<frozenset_hash>);

  Type* iter = new_iterator_type(vm, "set_iterator");
  iter->slots.trace = trace_set_iter;
  add_iterator_methods<set_iter_next>(vm, iter);
  vm.add_method(iter, "__length_hint__", set_iter_length_hint);
  vm.types.set_iterator = iter;
}

}  // namespace ember

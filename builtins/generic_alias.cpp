// types.GenericAlias: what subscripting a built-in class gives (`list[int]`,
// `dict[str, list[int]]`), and types.UnionType (`int | str`), so annotations evaluate and
// isinstance() accepts unions as in CPython.
#include <string>
#include <vector>

#include "builtins/classes_internal.h"
#include "builtins/misc_support.h"
#include "vm/function_object.h"
#include "vm/vm.h"

namespace ember::classes {

using misc::obj;

namespace {

struct GenericAliasObject : Object {
  Value origin;
  TupleObject* args;
};

GenericAliasObject* as_alias(Value v) {
  return static_cast<GenericAliasObject*>(v.as_object());
}

void trace_alias(Object* self, Marker& m) {
  auto* a = static_cast<GenericAliasObject*>(self);
  mark_value(m, a->origin);
  m.mark(a->args);
}

// How an alias prints a class inside the brackets: `int`, `__main__.A`, `...`.
std::string arg_text(VM& vm, Value v) {
  if (v.is(vm.ellipsis)) return "...";
  if (v.is_none() || v.is(obj(vm.types.none))) return "None";
  if (Type* t = misc::as_type(vm, v)) return misc::qualified_type_name(vm, t);
  return misc::repr_text(vm, v);
}

Value alias_repr(VM& vm, Value self) {
  GenericAliasObject* a = as_alias(self);
  std::string text = arg_text(vm, a->origin) + "[";
  for (int64_t i = 0; i < a->args->size; ++i) {
    if (i) text += ", ";
    text += arg_text(vm, a->args->items[i]);
  }
  if (a->args->size == 0) text += "()";
  return misc::new_str_value(vm, text + "]");
}

Value alias_call(VM& vm, Value self, CallArgs args) {
  return vm.call(as_alias(self)->origin, args);
}

Value alias_getattr(VM& vm, Value self, StrObject* name) {
  GenericAliasObject* a = as_alias(self);
  std::string_view n = name->view();
  if (n == "__origin__") return a->origin;
  if (n == "__args__") return obj(a->args);
  if (n == "__parameters__") return obj(vm.empty_tuple);
  if (n == "__class__") return obj(a->type);
  return get_attribute(vm, a->origin, name);
}

Value alias_compare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || vm.type_of(b) != vm.type_of(a)) {
    return vm.not_implemented;
  }
  bool equal = as_alias(a)->origin.is(as_alias(b)->origin) &&
               values_equal(vm, obj(as_alias(a)->args), obj(as_alias(b)->args));
  return Value::from_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t alias_hash(VM& vm, Value self) {
  return hash_value(vm, as_alias(self)->origin) ^ hash_value(vm, obj(as_alias(self)->args));
}

// cls.__class_getitem__(item) for the built-in generic classes.
Value class_getitem(VM& vm, CallArgs args) {
  if (args.npos != 2) misc::type_error(vm, "__class_getitem__ expected 1 argument");
  RootScope roots(vm);
  Value item = args[1];
  TupleObject* items = vm.type_of(item) == vm.types.tuple
                           ? static_cast<TupleObject*>(item.as_object())
                           : vm.new_tuple({item});
  roots.add(obj(items));
  auto* a = vm.allocate<GenericAliasObject>(vm.types.generic_alias);
  a->origin = args[0];
  a->args = items;
  return obj(a);
}

// ---- int | str

bool is_union(VM& vm, Value v) {
  return vm.type_of(v) == vm.types.union_type;
}

// Operands `|` accepts for a union: classes, None, aliases and unions.
bool unionable(VM& vm, Value v) {
  return v.is_none() || misc::as_type(vm, v) || vm.type_of(v) == vm.types.generic_alias ||
         is_union(vm, v);
}

void add_member(VM& vm, std::vector<Value>& members, Value v) {
  if (is_union(vm, v)) {
    TupleObject* args = as_alias(v)->args;
    for (int64_t i = 0; i < args->size; ++i) add_member(vm, members, args->items[i]);
    return;
  }
  if (v.is_none()) v = obj(vm.types.none);
  for (Value m : members) {
    if (m.is(v)) return;
  }
  members.push_back(v);
}

Value type_or(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or || !unionable(vm, a) || !unionable(vm, b)) return vm.not_implemented;
  std::vector<Value> members;
  add_member(vm, members, a);
  add_member(vm, members, b);
  if (members.size() == 1) return members[0];
  TupleObject* args = vm.new_tuple(static_cast<int64_t>(members.size()));
  for (size_t i = 0; i < members.size(); ++i) args->items[i] = members[i];
  Rooted keep(vm, obj(args));
  auto* u = vm.allocate<GenericAliasObject>(vm.types.union_type);
  u->origin = Value::none();
  u->args = args;
  return obj(u);
}

Value union_repr(VM& vm, Value self) {
  TupleObject* args = as_alias(self)->args;
  std::string text;
  for (int64_t i = 0; i < args->size; ++i) {
    if (i) text += " | ";
    text += arg_text(vm, args->items[i]);
  }
  return misc::new_str_value(vm, text);
}

Value union_getattr(VM& vm, Value self, StrObject* name) {
  if (name->view() == "__args__") return obj(as_alias(self)->args);
  if (name->view() == "__parameters__") return obj(vm.empty_tuple);
  return misc::generic_or_raise(vm, self, name);
}

}  // namespace

void install_generic_alias(VM& vm) {
  Type* t = vm.new_type("GenericAlias", vm.types.object, 0);
  t->module = vm.intern("types");
  t->slots.trace = trace_alias;
  t->slots.repr = alias_repr;
  t->slots.call = alias_call;
  t->slots.getattr = alias_getattr;
  t->slots.compare = alias_compare;
  t->slots.hash = alias_hash;
  t->slots.construct = nullptr;
  vm.types.generic_alias = t;
  Value getitem = obj(vm.new_native_function("__class_getitem__", class_getitem));
  Value method = vm.call(obj(vm.types.classmethod), {getitem});
  const BuiltinTypes& T = vm.types;
  for (Type* generic : {T.list, T.dict, T.tuple, T.set, T.frozenset, T.type}) {
    dict_set_str(vm, generic->dict, vm.name("__class_getitem__"), method);
  }

  Type* u = vm.new_type("UnionType", vm.types.object, 0);
  u->module = vm.intern("types");
  u->slots.trace = trace_alias;
  u->slots.repr = union_repr;
  u->slots.getattr = union_getattr;
  u->slots.compare = alias_compare;
  u->slots.hash = alias_hash;
  u->slots.binary = type_or;
  u->slots.construct = nullptr;
  vm.types.union_type = u;
  vm.types.type->slots.binary = type_or;
  vm.types.generic_alias->slots.binary = type_or;
}

}  // namespace ember::classes

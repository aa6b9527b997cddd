// types.GenericAlias: what subscripting a built-in class gives (`list[int]`,
// `dict[str, list[int]]`), so annotations evaluate as in CPython.
#include <string>

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
}

}  // namespace ember::classes

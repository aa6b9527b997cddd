// dict: slots and methods. Views and iterators are in dict_views.cpp.
#include <string>

#include "builtins/container_util.h"
#include "builtins/dict_internal.h"
#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/function_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

bool is_dict(VM& vm, Value v) {
  return vm.type_of(v)->has_flag(kTypeDictSubclass);
}

void raise_key_error(VM& vm, Value key) {
  vm.raise(Value::from_object(vm.new_exception(vm.types.KeyError, vm.new_tuple({key}))));
}

namespace {

void merge_dict(VM& vm, DictObject* dict, DictObject* other) {
  if (dict == other || other->size == 0) return;
  Rooted keep(vm, Value::from_object(other));
  for (int64_t pos = 0; DictEntry* e = dict_next(other, &pos);) {
    DictEntry entry = *e;
    dict_set_hashed(vm, dict, entry.key, entry.hash, entry.value);
  }
}

void update_from_pairs(VM& vm, DictObject* dict, Value iterable) {
  Value it = get_iterator(vm, iterable);
  Rooted keep_it(vm, it);
  Value item;
  for (int64_t n = 0; iterator_next(vm, it, &item); ++n) {
    Rooted keep_item(vm, item);
    const Value* pair;
    int64_t size;
    ListObject* materialised = nullptr;
    if (!sequence_items(vm, item, &pair, &size)) {
      Type* t = vm.type_of(item);
      if (!t->slots.iter) {
        vm.raise(vm.types.TypeError, "cannot convert dictionary update sequence element #" +
                                         std::to_string(n) + " to a sequence");
      }
      materialised = sequence_to_list(vm, item);
      keep_item.set(Value::from_object(materialised));
      pair = materialised->items;
      size = materialised->size;
    }
    if (size != 2) {
      vm.raise(vm.types.ValueError, "dictionary update sequence element #" + std::to_string(n) +
                                        " has length " + std::to_string(size) + "; 2 is required");
    }
    Rooted key(vm, pair[0]);
    Rooted value(vm, pair[1]);
    dict_set(vm, dict, key.get(), value.get());
  }
}

}  // namespace

void dict_update_arg(VM& vm, DictObject* dict, Value arg) {
  if (is_dict(vm, arg) && (vm.type_of(arg) == vm.types.dict ||
                           vm.type_of(arg)->slots.iter == vm.types.dict->slots.iter)) {
    merge_dict(vm, dict, as_dict(arg));
    return;
  }
  Value keys_method = get_attribute_or_undefined(vm, arg, vm.name("keys"));
  if (!keys_method.is_undefined()) {
    Rooted keep_arg(vm, arg);
    Value keys = vm.call(keys_method, {});
    Rooted keep_keys(vm, keys);
    Value it = get_iterator(vm, keys);
    Rooted keep_it(vm, it);
    Value key;
    while (iterator_next(vm, it, &key)) {
      Rooted keep_key(vm, key);
      Value value = get_item(vm, arg, key);
      Rooted keep_value(vm, value);
      dict_set(vm, dict, key, value);
    }
    return;
  }
  update_from_pairs(vm, dict, arg);
}

namespace {

void update_from_kwargs(VM& vm, DictObject* dict, CallArgs args) {
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    dict_set(vm, dict, args.kwnames->items[k], args.values[args.npos + k]);
  }
}

Value dict_repr(VM& vm, Value self) {
  DictObject* d = as_dict(self);
  if (d->size == 0) return make_str(vm, "{}");
  ReprGuard guard(vm, d);
  if (guard.active()) return make_str(vm, "{...}");
  std::string out = "{";
  bool first = true;
  for (int64_t pos = 0; DictEntry* e = dict_next(d, &pos);) {
    if (!first) out += ", ";
    first = false;
    Rooted key(vm, e->key);
    Rooted value(vm, e->value);
    append_repr(vm, out, key.get());
    out += ": ";
    append_repr(vm, out, value.get());
  }
  out += "}";
  return make_str(vm, out);
}

bool dict_equal(VM& vm, DictObject* a, DictObject* b) {
  if (a->size != b->size) return false;
  NativeRecursionGuard guard(vm, " in comparison");
  for (int64_t pos = 0; pos < a->used;) {
    DictEntry* e = dict_next(a, &pos);
    if (!e) break;
    Rooted key(vm, e->key);
    Rooted value(vm, e->value);
    Value other = dict_get_hashed(vm, b, key.get(), e->hash);
    if (other.is_undefined()) return false;
    Rooted keep_other(vm, other);
    if (!values_equal(vm, value.get(), other)) return false;
  }
  return true;
}

Value dict_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_dict(vm, a) || !is_dict(vm, b)) return vm.not_implemented;
  if (op != CompareOp::Eq && op != CompareOp::Ne) return vm.not_implemented;
  bool eq = dict_equal(vm, as_dict(a), as_dict(b));
  return Value::from_bool(op == CompareOp::Eq ? eq : !eq);
}

Value dict_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or || !is_dict(vm, a) || !is_dict(vm, b)) return vm.not_implemented;
  DictObject* r = dict_copy(vm, as_dict(a), vm.types.dict);
  Rooted keep(vm, Value::from_object(r));
  dict_update_arg(vm, r, b);
  return Value::from_object(r);
}

Value dict_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or || !is_dict(vm, a)) return vm.not_implemented;
  dict_update_arg(vm, as_dict(a), b);
  return a;
}

int64_t dict_length(VM&, Value self) {
  return as_dict(self)->size;
}

Value dict_iter(VM& vm, Value self) {
  return new_dict_iter(vm, as_dict(self), DictPart::Keys, false);
}

Value dict_getitem(VM& vm, Value self, Value key) {
  DictObject* d = as_dict(self);
  Value v = dict_get(vm, d, key);
  if (!v.is_undefined()) return v;
  if (d->type != vm.types.dict) {
    Value missing = lookup_in_type(vm, d->type, vm.name("__missing__"));
    if (!missing.is_undefined()) return vm.call(missing, {self, key});
  }
  raise_key_error(vm, key);
}

void dict_setitem(VM& vm, Value self, Value key, Value value) {
  dict_set(vm, as_dict(self), key, value);
}

void dict_delitem(VM& vm, Value self, Value key) {
  if (!dict_delete(vm, as_dict(self), key)) raise_key_error(vm, key);
}

bool dict_contains(VM& vm, Value self, Value key) {
  return !dict_get(vm, as_dict(self), key).is_undefined();
}

bool init_overridden(VM& vm, Type* type) {
  Value mine = dict_get_str(vm, vm.types.dict->dict, vm.name("__init__"));
  return !lookup_in_type(vm, type, vm.name("__init__")).is(mine);
}

void dict_fill(VM& vm, DictObject* d, CallArgs args, uint32_t first) {
  check_positional(vm, "dict", args.npos - first, 0, 1);
  if (args.npos > first) dict_update_arg(vm, d, args[first]);
  update_from_kwargs(vm, d, args);
}

Value dict_construct(VM& vm, Type* type, CallArgs args) {
  DictObject* d = type == vm.types.dict ? vm.new_dict() : vm.allocate<DictObject>(type);
  if (type != vm.types.dict && init_overridden(vm, type)) return Value::from_object(d);
  Rooted keep(vm, Value::from_object(d));
  dict_fill(vm, d, args, 0);
  return Value::from_object(d);
}

// ---- methods

Value dict_init(VM& vm, CallArgs args) {
  dict_fill(vm, as_dict(args[0]), args, 1);
  return Value::none();
}

Value dict_keys(VM& vm, CallArgs args) {
  check_no_args(vm, args, "dict.keys");
  return new_dict_view(vm, as_dict(args[0]), DictPart::Keys);
}

Value dict_values(VM& vm, CallArgs args) {
  check_no_args(vm, args, "dict.values");
  return new_dict_view(vm, as_dict(args[0]), DictPart::Values);
}

Value dict_items(VM& vm, CallArgs args) {
  check_no_args(vm, args, "dict.items");
  return new_dict_view(vm, as_dict(args[0]), DictPart::Items);
}

Value dict_get_method(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "get");
  check_positional(vm, "get", args.npos - 1, 1, 2);
  Value v = dict_get(vm, as_dict(args[0]), args[1]);
  if (!v.is_undefined()) return v;
  return args.npos > 2 ? args[2] : Value::none();
}

Value dict_setdefault(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "setdefault");
  check_positional(vm, "setdefault", args.npos - 1, 1, 2);
  DictObject* d = as_dict(args[0]);
  int64_t hash = hash_value(vm, args[1]);
  Value v = dict_get_hashed(vm, d, args[1], hash);
  if (!v.is_undefined()) return v;
  Value def = args.npos > 2 ? args[2] : Value::none();
  dict_set_hashed(vm, d, args[1], hash, def);
  return def;
}

Value dict_pop(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "pop");
  check_positional(vm, "pop", args.npos - 1, 1, 2);
  DictObject* d = as_dict(args[0]);
  Value v;
  if (d->size > 0 && dict_pop_hashed(vm, d, args[1], hash_value(vm, args[1]), &v)) return v;
  if (args.npos > 2) return args[2];
  raise_key_error(vm, args[1]);
}

Value dict_popitem(VM& vm, CallArgs args) {
  check_no_args(vm, args, "dict.popitem");
  DictEntry e;
  if (!dict_pop_last(vm, as_dict(args[0]), &e)) {
    raise_key_error(vm, make_str(vm, "popitem(): dictionary is empty"));
  }
  return Value::from_object(vm.new_tuple({e.key, e.value}));
}

Value dict_update(VM& vm, CallArgs args) {
  check_positional(vm, "update", args.npos - 1, 0, 1);
  DictObject* d = as_dict(args[0]);
  if (args.npos > 1) dict_update_arg(vm, d, args[1]);
  update_from_kwargs(vm, d, args);
  return Value::none();
}

Value dict_copy_method(VM& vm, CallArgs args) {
  check_no_args(vm, args, "dict.copy");
  return Value::from_object(dict_copy(vm, as_dict(args[0]), vm.types.dict));
}

Value dict_clear_method(VM& vm, CallArgs args) {
  check_no_args(vm, args, "dict.clear");
  dict_clear(vm, as_dict(args[0]));
  return Value::none();
}

// Bound to the dict type: `dict.fromkeys(iterable, value=None)`.
Value dict_fromkeys(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "fromkeys");
  check_positional(vm, "fromkeys", args.npos - 1, 1, 2);
  Type* cls = static_cast<Type*>(args[0].as_object());
  Value value = args.npos > 2 ? args[2] : Value::none();
  Value result = cls == vm.types.dict ? Value::from_object(vm.new_dict()) : vm.call(args[0], {});
  Rooted keep(vm, result);
  Value it = get_iterator(vm, args[1]);
  Rooted keep_it(vm, it);
  Value key;
  bool exact = is_dict(vm, result) && vm.type_of(result) == vm.types.dict;
  while (iterator_next(vm, it, &key)) {
    if (exact) {
      dict_set(vm, as_dict(result), key, value);
    } else {
      Rooted keep_key(vm, key);
      set_item(vm, result, key, value);
    }
  }
  return result;
}

Value dict_reversed(VM& vm, CallArgs args) {
  check_no_args(vm, args, "dict.__reversed__");
  return new_dict_iter(vm, as_dict(args[0]), DictPart::Keys, true);
}

Value dict_getitem_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "dict.__getitem__");
  return dict_getitem(vm, args[0], args[1]);
}

Value dict_contains_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "dict.__contains__");
  return Value::from_bool(dict_contains(vm, args[0], args[1]));
}

Value dict_setitem_method(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "__setitem__");
  check_positional(vm, "__setitem__", args.npos - 1, 2, 2);
  dict_setitem(vm, args[0], args[1], args[2]);
  return Value::none();
}

Value dict_delitem_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "dict.__delitem__");
  dict_delitem(vm, args[0], args[1]);
  return Value::none();
}

Value dict_len_method(VM& vm, CallArgs args) {
  check_no_args(vm, args, "dict.__len__");
  return Value::from_small_int(as_dict(args[0])->size);
}

}  // namespace

void install_dict_type(VM& vm) {
  Type* t = vm.types.dict;
  t->flags |= kTypeBaseType;
  TypeSlots& s = t->slots;
  s.repr = dict_repr;
  s.hash = nullptr;
  s.compare = dict_compare;
  s.binary = dict_binary;
  s.inplace = dict_inplace;
  s.length = dict_length;
  s.iter = dict_iter;
  s.getitem = dict_getitem;
  s.setitem = dict_setitem;
  s.delitem = dict_delitem;
  s.contains = dict_contains;
  s.construct = dict_construct;
  vm.add_method(t, "__init__", dict_init);
  vm.add_method(t, "__repr__", wrap_unary<dict_repr>);
  vm.add_method(t, "__iter__", wrap_unary<dict_iter>);
  vm.add_method(t, "__or__", wrap_binary<dict_binary, BinaryOp::Or, false>);
  vm.add_method(t, "__ror__", wrap_binary<dict_binary, BinaryOp::Or, true>);
  vm.add_method(t, "__ior__", wrap_binary<dict_inplace, BinaryOp::Or, false>);
  add_compare_methods<dict_compare>(vm, t);
  vm.add_method(t, "keys", dict_keys);
  vm.add_method(t, "values", dict_values);
  vm.add_method(t, "items", dict_items);
  vm.add_method(t, "get", dict_get_method);
  vm.add_method(t, "setdefault", dict_setdefault);
  vm.add_method(t, "pop", dict_pop);
  vm.add_method(t, "popitem", dict_popitem);
  vm.add_method(t, "update", dict_update);
  vm.add_method(t, "copy", dict_copy_method);
  vm.add_method(t, "clear", dict_clear_method);
  vm.add_method(t, "__reversed__", dict_reversed);
  vm.add_method(t, "__getitem__", dict_getitem_method);
  vm.add_method(t, "__contains__", dict_contains_method);
  vm.add_method(t, "__setitem__", dict_setitem_method);
  vm.add_method(t, "__delitem__", dict_delitem_method);
  vm.add_method(t, "__len__", dict_len_method);
  install_dict_views(vm);
}

void install_dict_classmethods(VM& vm) {
  // A classmethod, so that D.fromkeys builds a D for every dict subclass D.
  Value fromkeys = Value::from_object(vm.new_native_function("fromkeys", dict_fromkeys));
  dict_set_str(vm, vm.types.dict->dict, vm.name("fromkeys"),
               vm.call(Value::from_object(vm.types.classmethod), {fromkeys}));
}

}  // namespace ember

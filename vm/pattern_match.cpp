#include "vm/pattern_match.h"

#include <string>

#include "vm/dict_object.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

// Built-in types whose class pattern with one positional sub-pattern matches the subject
// itself (`case int(x):`), as CPython's _Py_TPFLAGS_MATCH_SELF.
bool matches_self(VM& vm, Type* t) {
  Type* self_matching[] = {vm.types.bool_,  vm.types.bytearray, vm.types.bytes, vm.types.dict,
                           vm.types.float_, vm.types.frozenset, vm.types.int_,  vm.types.list,
                           vm.types.set,    vm.types.str,       vm.types.tuple};
  for (Type* s : self_matching) {
    if (t == s) return true;
  }
  return false;
}

}  // namespace

bool match_sequence(VM& vm, Value subject) {
  Type* t = vm.type_of(subject);
  if (is_subtype(t, vm.types.str) || is_subtype(t, vm.types.bytes) ||
      is_subtype(t, vm.types.bytearray)) {
    return false;
  }
  return is_subtype(t, vm.types.list) || is_subtype(t, vm.types.tuple) ||
         is_subtype(t, vm.types.range);
}

bool match_mapping(VM& vm, Value subject) {
  return is_subtype(vm.type_of(subject), vm.types.dict);
}

Value match_keys(VM& vm, Value subject, Value keys) {
  auto* key_tuple = static_cast<TupleObject*>(keys.as_object());
  TupleObject* values = vm.new_tuple(key_tuple->size);
  Rooted keep(vm, Value::from_object(values));
  Value get = get_attribute(vm, subject, vm.name("get"));
  Rooted keep_get(vm, get);
  // A private sentinel distinguishes a missing key from a None value.
  Value missing = Value::from_object(vm.allocate<Object>(vm.types.object));
  Rooted keep_missing(vm, missing);
  for (int64_t i = 0; i < key_tuple->size; ++i) {
    for (int64_t j = 0; j < i; ++j) {
      if (values_equal(vm, key_tuple->items[i], key_tuple->items[j])) {
        vm.raise(vm.types.ValueError, "mapping pattern checks duplicate key (" +
                                          std::string(repr(vm, key_tuple->items[i])->view()) + ")");
      }
    }
    Value v = vm.call(get, {key_tuple->items[i], missing});
    if (v.is(missing)) return Value::none();
    values->items[i] = v;
  }
  return Value::from_object(values);
}

Value match_class(VM& vm, Value subject, Value cls, int positional, Value keyword_names) {
  if (!cls.is_object() || !cls.as_object()->type->has_flag(kTypeTypeSubclass)) {
    vm.raise(vm.types.TypeError, "called match pattern must be a class");
  }
  auto* type = static_cast<Type*>(cls.as_object());
  if (!is_instance(vm, subject, type)) return Value::none();
  auto* keywords = static_cast<TupleObject*>(keyword_names.as_object());
  TupleObject* result = vm.new_tuple(positional + keywords->size);
  Rooted keep(vm, Value::from_object(result));
  int64_t k = 0;
  if (positional > 0) {
    if (matches_self(vm, type)) {
      if (positional > 1) {
        vm.raise(vm.types.TypeError, std::string(type->name->view()) +
                                         "() accepts 1 positional sub-pattern (" +
                                         std::to_string(positional) + " given)");
      }
      result->items[k++] = subject;
    } else {
      Value match_args = lookup_in_type(vm, type, vm.name("__match_args__"));
      if (match_args.is_undefined() || !is_instance(vm, match_args, vm.types.tuple)) {
        vm.raise(vm.types.TypeError, std::string(type->name->view()) +
                                         "() accepts 0 positional sub-patterns (" +
                                         std::to_string(positional) + " given)");
      }
      auto* names = static_cast<TupleObject*>(match_args.as_object());
      if (names->size < positional) {
        vm.raise(vm.types.TypeError, std::string(type->name->view()) + "() accepts " +
                                         std::to_string(names->size) + " positional sub-pattern" +
                                         (names->size == 1 ? "" : "s") + " (" +
                                         std::to_string(positional) + " given)");
      }
      for (int i = 0; i < positional; ++i) {
        Value v = get_attribute_or_undefined(vm, subject,
                                             static_cast<StrObject*>(names->items[i].as_object()));
        if (v.is_undefined()) return Value::none();
        result->items[k++] = v;
      }
    }
  }
  for (int64_t i = 0; i < keywords->size; ++i) {
    Value v = get_attribute_or_undefined(vm, subject,
                                         static_cast<StrObject*>(keywords->items[i].as_object()));
    if (v.is_undefined()) return Value::none();
    result->items[k++] = v;
  }
  return Value::from_object(result);
}

Value copy_dict_without_keys(VM& vm, Value mapping, Value keys) {
  DictObject* copy = vm.new_dict();
  Rooted keep(vm, Value::from_object(copy));
  auto* source = static_cast<DictObject*>(mapping.as_object());
  for (int64_t i = 0; i < source->used; ++i) {
    if (!source->entries[i].key.is_undefined()) {
      dict_set(vm, copy, source->entries[i].key, source->entries[i].value);
    }
  }
  auto* key_tuple = static_cast<TupleObject*>(keys.as_object());
  for (int64_t i = 0; i < key_tuple->size; ++i) dict_delete(vm, copy, key_tuple->items[i]);
  return Value::from_object(copy);
}

}  // namespace ember

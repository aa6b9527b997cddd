#include "vm/collection_ops.h"

#include <string>
#include <vector>

#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

// The items of a list or tuple without copying, or null for other iterables.
const Value* sequence_items(VM& vm, Value v, int64_t* size) {
  if (!v.is_object()) return nullptr;
  Object* o = v.as_object();
  if (o->type == vm.types.list) {
    *size = static_cast<ListObject*>(o)->size;
    return static_cast<ListObject*>(o)->items;
  }
  if (o->type == vm.types.tuple) {
    *size = static_cast<TupleObject*>(o)->size;
    return static_cast<TupleObject*>(o)->items;
  }
  return nullptr;
}

Value iterator_for_unpacking(VM& vm, Value iterable) {
  if (!vm.type_of(iterable)->slots.iter) {
    vm.raise(vm.types.TypeError,
             "cannot unpack non-iterable " + std::string(type_name(vm, iterable)) + " object");
  }
  return get_iterator(vm, iterable);
}

[[noreturn]] void raise_not_enough(VM& vm, int64_t expected, int64_t got, bool at_least) {
  std::string message = "not enough values to unpack (expected ";
  if (at_least) message += "at least ";
  message += std::to_string(expected) + ", got " + std::to_string(got) + ")";
  vm.raise(vm.types.ValueError, message);
}

}  // namespace

std::string callable_description(VM& vm, Value callee) {
  if (callee.is_object()) {
    Object* o = callee.as_object();
    if (o->type == vm.types.bound_method) {
      return callable_description(vm, static_cast<BoundMethodObject*>(o)->function);
    }
    if (o->type == vm.types.function) {
      auto* f = static_cast<FunctionObject*>(o);
      std::string text;
      if (is_instance(vm, f->module, vm.types.str)) {
        std::string_view module = static_cast<StrObject*>(f->module.as_object())->view();
        if (module != "builtins") text = std::string(module) + ".";
      }
      return text + std::string(f->qualname->view()) + "()";
    }
    if (o->type == vm.types.native_function) {
      return std::string(static_cast<NativeFunctionObject*>(o)->qualname->view()) + "()";
    }
    if (o->type->has_flag(kTypeTypeSubclass)) {
      return std::string(static_cast<Type*>(o)->name->view()) + "()";
    }
  }
  return std::string(type_name(vm, callee)) + " object";
}

void list_extend_call_arguments(VM& vm, ListObject* list, Value iterable, Value callee) {
  if (!vm.type_of(iterable)->slots.iter) {
    vm.raise(vm.types.TypeError, callable_description(vm, callee) +
                                     " argument after * must be an iterable, not " +
                                     std::string(type_name(vm, iterable)));
  }
  list_extend(vm, list, iterable);
}

void list_extend(VM& vm, ListObject* list, Value iterable) {
  int64_t n;
  if (const Value* items = sequence_items(vm, iterable, &n)) {
    list_reserve(vm, list, list->size + n);
    // Re-read: extending a list with itself must copy the original items only.
    items = sequence_items(vm, iterable, &n);
    for (int64_t i = 0; i < n; ++i) list->items[list->size + i] = items[i];
    list->size += n;
    return;
  }
  Value it = get_iterator(vm, iterable);
  Rooted keep(vm, it);
  Value item;
  while (iterator_next(vm, it, &item)) list_append(vm, list, item);
}

void dict_update_from(VM& vm, DictObject* dict, Value mapping, Value callee) {
  bool for_call = !callee.is_undefined();
  if (mapping.is_object() && is_subtype(mapping.as_object()->type, vm.types.dict)) {
    auto* source = static_cast<DictObject*>(mapping.as_object());
    for (int64_t i = 0; i < source->used; ++i) {
      DictEntry entry = source->entries[i];
      if (entry.key.is_undefined()) continue;
      if (for_call) {
        if (!is_instance(vm, entry.key, vm.types.str)) {
          vm.raise(vm.types.TypeError, "keywords must be strings");
        }
        if (!dict_get(vm, dict, entry.key).is_undefined()) {
          vm.raise(vm.types.TypeError,
                   callable_description(vm, callee) +
                       " got multiple values for keyword argument '" +
                       std::string(static_cast<StrObject*>(entry.key.as_object())->view()) + "'");
        }
      }
      dict_set(vm, dict, entry.key, entry.value);
    }
    return;
  }
  // Any other mapping: keys() then __getitem__.
  Value keys_method = get_attribute_or_undefined(vm, mapping, vm.name("keys"));
  if (keys_method.is_undefined()) {
    if (for_call) {
      vm.raise(vm.types.TypeError, callable_description(vm, callee) +
                                       " argument after ** must be a mapping, not " +
                                       std::string(type_name(vm, mapping)));
    }
    vm.raise(vm.types.TypeError,
             "'" + std::string(type_name(vm, mapping)) + "' object is not a mapping");
  }
  Value keys = vm.call(keys_method, {});
  Rooted keep_keys(vm, keys);
  Value it = get_iterator(vm, keys);
  Rooted keep_it(vm, it);
  Value key;
  while (iterator_next(vm, it, &key)) {
    Rooted keep_key(vm, key);
    dict_set(vm, dict, key, get_item(vm, mapping, key));
  }
}

void unpack_exact(VM& vm, Value iterable, Value* out, int64_t count) {
  int64_t n;
  if (const Value* items = sequence_items(vm, iterable, &n)) {
    if (n < count) raise_not_enough(vm, count, n, false);
    if (n > count) {
      vm.raise(vm.types.ValueError,
               "too many values to unpack (expected " + std::to_string(count) + ")");
    }
    for (int64_t i = 0; i < count; ++i) out[i] = items[i];
    return;
  }
  RootScope roots(vm);
  Value it = iterator_for_unpacking(vm, iterable);
  roots.add(it);
  std::vector<Value> values;
  Value item;
  for (int64_t i = 0; i < count; ++i) {
    if (!iterator_next(vm, it, &item)) raise_not_enough(vm, count, i, false);
    values.push_back(item);
    roots.add(item);
  }
  if (iterator_next(vm, it, &item)) {
    vm.raise(vm.types.ValueError,
             "too many values to unpack (expected " + std::to_string(count) + ")");
  }
  for (int64_t i = 0; i < count; ++i) out[i] = values[i];
}

void unpack_starred(VM& vm, Value iterable, Value* out, int64_t before, int64_t after) {
  ListObject* all = vm.new_list();
  Rooted keep(vm, Value::from_object(all));
  int64_t n;
  if (sequence_items(vm, iterable, &n)) {
    list_extend(vm, all, iterable);
  } else {
    list_extend(vm, all, iterator_for_unpacking(vm, iterable));
  }
  if (all->size < before + after) raise_not_enough(vm, before + after, all->size, true);
  for (int64_t i = 0; i < before; ++i) out[i] = all->items[i];
  int64_t rest = all->size - before - after;
  ListObject* middle = vm.new_list(rest);
  for (int64_t i = 0; i < rest; ++i) middle->items[i] = all->items[before + i];
  out[before] = Value::from_object(middle);
  for (int64_t i = 0; i < after; ++i) out[before + 1 + i] = all->items[before + rest + i];
}

}  // namespace ember

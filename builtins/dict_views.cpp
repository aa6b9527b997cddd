// dict_keys / dict_values / dict_items views and the dict iterators.
#include <string>

#include "builtins/container_util.h"
#include "builtins/dict_internal.h"
#include "vm/dict_object.h"
#include "vm/ops.h"
#include "vm/set_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

constexpr const char* kViewKeys[] = {" keys", " values", " items"};
constexpr const char* kIterKeys[] = {" keyiterator", " valueiterator", " itemiterator"};
constexpr const char* kReverseKeys[] = {" reversekeyiterator", " reversevalueiterator",
                                        " reverseitemiterator"};

DictViewObject* as_view(Value v) {
  return static_cast<DictViewObject*>(v.as_object());
}
DictIterObject* as_iter(Value v) {
  return static_cast<DictIterObject*>(v.as_object());
}

void trace_view(Object* self, Marker& m) {
  m.mark(static_cast<DictViewObject*>(self)->dict);
}
void trace_iter(Object* self, Marker& m) {
  m.mark(static_cast<DictIterObject*>(self)->dict);
}

// Which part a view or iterator type shows, recorded in gc_aux of the type.
DictPart part_of(Value v) {
  return static_cast<DictPart>(v.as_object()->type->gc_aux);
}

Value entry_value(VM& vm, const DictEntry& e, DictPart part) {
  switch (part) {
    case DictPart::Keys:
      return e.key;
    case DictPart::Values:
      return e.value;
    case DictPart::Items:
      return Value::from_object(vm.new_tuple({e.key, e.value}));
  }
  return Value::none();
}

bool iter_next(VM& vm, Value self, Value* item, bool reverse) {
  DictIterObject* it = as_iter(self);
  DictObject* d = it->dict;
  if (!d) return false;
  if (d->size != it->expected) {
    it->expected = -1;
    vm.raise(vm.types.RuntimeError, "dictionary changed size during iteration");
  }
  DictEntry* e = nullptr;
  if (reverse) {
    while (it->pos >= 0 && it->pos < d->used) {
      DictEntry* candidate = &d->entries[it->pos--];
      if (!candidate->key.is_undefined()) {
        e = candidate;
        break;
      }
    }
  } else {
    e = dict_next(d, &it->pos);
  }
  if (!e) {
    it->dict = nullptr;
    return false;
  }
  if (it->remaining == 0) {
    it->dict = nullptr;
    vm.raise(vm.types.RuntimeError, "dictionary keys changed during iteration");
  }
  --it->remaining;
  *item = entry_value(vm, *e, part_of(self));
  return true;
}

bool dict_iter_next(VM& vm, Value self, Value* item) {
  return iter_next(vm, self, item, false);
}
bool dict_reverse_iter_next(VM& vm, Value self, Value* item) {
  return iter_next(vm, self, item, true);
}

Value iter_length_hint(VM& vm, CallArgs args) {
  DictIterObject* it = as_iter(args[0]);
  return Value::from_small_int(it->dict && it->dict->size == it->expected ? it->remaining : 0);
}

// ---- views

int64_t view_length(VM&, Value self) {
  return as_view(self)->dict->size;
}

Value view_iter(VM& vm, Value self) {
  return new_dict_iter(vm, as_view(self)->dict, part_of(self), false);
}

Value view_repr(VM& vm, Value self) {
  DictViewObject* v = as_view(self);
  ReprGuard guard(vm, v);
  if (guard.active()) return make_str(vm, "...");
  std::string out(v->type->name->view());
  out += "([";
  bool first = true;
  DictPart part = part_of(self);
  for (int64_t pos = 0; DictEntry* e = dict_next(v->dict, &pos);) {
    if (!first) out += ", ";
    first = false;
    Rooted item(vm, entry_value(vm, *e, part));
    append_repr(vm, out, item.get());
  }
  out += "])";
  return make_str(vm, out);
}

bool items_contains(VM& vm, DictObject* d, Value item) {
  if (!vm.type_of(item)->has_flag(kTypeTupleSubclass)) return false;
  auto* t = static_cast<TupleObject*>(item.as_object());
  if (t->size != 2) return false;
  Value found = dict_get(vm, d, t->items[0]);
  if (found.is_undefined()) return false;
  Rooted keep(vm, found);
  return values_equal(vm, found, t->items[1]);
}

bool view_contains(VM& vm, Value self, Value item) {
  DictViewObject* v = as_view(self);
  switch (part_of(self)) {
    case DictPart::Keys:
      return !dict_get(vm, v->dict, item).is_undefined();
    case DictPart::Items:
      return items_contains(vm, v->dict, item);
    case DictPart::Values:
      for (int64_t pos = 0; DictEntry* e = dict_next(v->dict, &pos);) {
        Rooted value(vm, e->value);
        if (values_equal(vm, value.get(), item)) return true;
      }
      return false;
  }
  return false;
}

bool is_set_view(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  return t == aux_type(vm, vm.types.dict, kViewKeys[0]) ||
         t == aux_type(vm, vm.types.dict, kViewKeys[2]);
}

// Every item of `a` is in `b`.
bool all_contained_in(VM& vm, Value a, Value b) {
  Value it = get_iterator(vm, a);
  Rooted keep(vm, it);
  Value item;
  while (iterator_next(vm, it, &item)) {
    Rooted keep_item(vm, item);
    if (!contains(vm, b, item)) return false;
  }
  return true;
}

Value view_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_set_view(vm, a) || !(is_any_set(vm, b) || is_set_view(vm, b))) {
    return vm.not_implemented;
  }
  int64_t la = length(vm, a);
  int64_t lb = length(vm, b);
  bool r = false;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      r = la == lb && all_contained_in(vm, a, b);
      if (op == CompareOp::Ne) r = !r;
      break;
    case CompareOp::Lt:
      r = la < lb && all_contained_in(vm, a, b);
      break;
    case CompareOp::Le:
      r = la <= lb && all_contained_in(vm, a, b);
      break;
    case CompareOp::Gt:
      r = la > lb && all_contained_in(vm, b, a);
      break;
    case CompareOp::Ge:
      r = la >= lb && all_contained_in(vm, b, a);
      break;
  }
  return Value::from_bool(r);
}

// CPython's dictviews_to_set: a keys view converts through its dict.
SetObject* view_to_set(VM& vm, Value v) {
  if (v.is_object() && v.as_object()->type == aux_type(vm, vm.types.dict, kViewKeys[0])) {
    return new_set(vm, vm.types.set, Value::from_object(as_view(v)->dict));
  }
  return new_set(vm, vm.types.set, v);
}

Value view_intersect(VM& vm, Value self, Value other) {
  if (!is_set_view(vm, self)) std::swap(self, other);
  Rooted keep_self(vm, self);
  Rooted keep_other(vm, other);
  int64_t len_self = length(vm, self);
  if (other.is_object() && other.as_object()->type == vm.types.set &&
      len_self <= static_cast<SetObject*>(other.as_object())->used) {
    return Value::from_object(
        set_intersection(vm, static_cast<SetObject*>(other.as_object()), self));
  }
  if (is_set_view(vm, other) && length(vm, other) > len_self) {
    std::swap(self, other);
    keep_self.set(self);
    keep_other.set(other);
  }
  SetObject* result = new_set_object(vm, vm.types.set);
  Rooted keep(vm, Value::from_object(result));
  Value it = get_iterator(vm, other);
  Rooted keep_it(vm, it);
  Value key;
  while (iterator_next(vm, it, &key)) {
    Rooted keep_key(vm, key);
    if (view_contains(vm, self, key)) set_add(vm, result, key);
  }
  return Value::from_object(result);
}

Value view_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::And) return view_intersect(vm, a, b);
  if (op != BinaryOp::Or && op != BinaryOp::Sub && op != BinaryOp::Xor) {
    return vm.not_implemented;
  }
  Rooted keep_b(vm, b);
  SetObject* result = view_to_set(vm, a);
  Rooted keep(vm, Value::from_object(result));
  switch (op) {
    case BinaryOp::Or:
      set_update(vm, result, b);
      break;
    case BinaryOp::Sub:
      set_difference_update(vm, result, b);
      break;
    default:
      set_symmetric_difference_update(vm, result, b);
      break;
  }
  return Value::from_object(result);
}

Value view_isdisjoint(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "isdisjoint");
  Value self = args[0];
  Value other = args[1];
  if (self.is(other)) return Value::from_bool(length(vm, self) == 0);
  Value it = get_iterator(vm, other);
  Rooted keep(vm, it);
  Value item;
  while (iterator_next(vm, it, &item)) {
    Rooted keep_item(vm, item);
    if (view_contains(vm, self, item)) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}

Value view_reversed(VM& vm, CallArgs args) {
  check_no_args(vm, args, "__reversed__");
  return new_dict_iter(vm, as_view(args[0])->dict, part_of(args[0]), true);
}

Value view_getattr(VM& vm, Value self, StrObject* name) {
  if (name->view() == "mapping") return Value::from_object(as_view(self)->dict);
  return generic_get_attribute(vm, self, name);
}

}  // namespace

Value new_dict_iter(VM& vm, DictObject* dict, DictPart part, bool reverse) {
  int index = static_cast<int>(part);
  Type* type = aux_type(vm, vm.types.dict, reverse ? kReverseKeys[index] : kIterKeys[index]);
  auto* it = vm.allocate<DictIterObject>(type);
  it->dict = dict;
  it->pos = reverse ? dict->used - 1 : 0;
  it->expected = dict->size;
  it->remaining = dict->size;
  return Value::from_object(it);
}

Value new_dict_view(VM& vm, DictObject* dict, DictPart part) {
  Type* type = aux_type(vm, vm.types.dict, kViewKeys[static_cast<int>(part)]);
  auto* view = vm.allocate<DictViewObject>(type);
  view->dict = dict;
  return Value::from_object(view);
}

void install_dict_views(VM& vm) {
  const char* view_names[] = {"dict_keys", "dict_values", "dict_items"};
  const char* iter_names[] = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
  const char* reverse_names[] = {"dict_reversekeyiterator", "dict_reversevalueiterator",
                                 "dict_reverseitemiterator"};
  for (int i = 0; i < 3; ++i) {
    auto part = static_cast<DictPart>(i);
    Type* view = vm.new_type(view_names[i], vm.types.object, 0);
    view->gc_aux = static_cast<uint32_t>(part);
    TypeSlots& s = view->slots;
    s.trace = trace_view;
    s.repr = view_repr;
    s.length = view_length;
    s.iter = view_iter;
    s.contains = view_contains;
    s.getattr = view_getattr;
    s.construct = nullptr;
    if (part != DictPart::Values) {
      s.hash = nullptr;
      s.compare = view_compare;
      s.binary = view_binary;
      vm.add_method(view, "isdisjoint", view_isdisjoint);
    }
    vm.add_method(view, "__reversed__", view_reversed);
    vm.add_method(view, "__repr__", wrap_unary<view_repr>);
    vm.add_method(view, "__len__", wrap_int<view_length>);
    vm.add_method(view, "__iter__", wrap_unary<view_iter>);
    vm.add_method(view, "__contains__", wrap_contains<view_contains>);
    register_aux_type(vm, vm.types.dict, kViewKeys[i], view);

    Type* forward = new_iterator_type(vm, iter_names[i]);
    forward->gc_aux = static_cast<uint32_t>(part);
    forward->slots.trace = trace_iter;
    add_iterator_methods<dict_iter_next>(vm, forward);
    vm.add_method(forward, "__length_hint__", iter_length_hint);
    register_aux_type(vm, vm.types.dict, kIterKeys[i], forward);

    Type* reverse = new_iterator_type(vm, reverse_names[i]);
    reverse->gc_aux = static_cast<uint32_t>(part);
    reverse->slots.trace = trace_iter;
    add_iterator_methods<dict_reverse_iter_next>(vm, reverse);
    register_aux_type(vm, vm.types.dict, kReverseKeys[i], reverse);
  }
}

}  // namespace ember

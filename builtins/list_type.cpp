// list: slots, methods, list_iterator and list_reverseiterator.
#include <algorithm>
#include <cstring>
#include <string>

#include "builtins/container_util.h"
#include "builtins/install.h"
#include "builtins/sequence_iter.h"
#include "vm/dict_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/slice_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

ListObject* as_list(Value v) {
  return static_cast<ListObject*>(v.as_object());
}

bool is_list(VM& vm, Value v) {
  return vm.type_of(v)->has_flag(kTypeListSubclass);
}

// Sets the size, growing the buffer when needed; new slots are None.
void list_resize(VM& vm, ListObject* list, int64_t size) {
  if (size > list->capacity) {
    check_value_count(vm, size);
    int64_t capacity = size + (size >> 3) + (size < 9 ? 3 : 6);
    list_reserve(vm, list, capacity);
  }
  for (int64_t i = list->size; i < size; ++i) list->items[i] = Value::none();
  list->size = size;
}

// Replaces items [low, high) by `count` values from `src`.
void list_replace_range(VM& vm, ListObject* list, int64_t low, int64_t high, const Value* src,
                        int64_t count) {
  int64_t old_size = list->size;
  int64_t delta = count - (high - low);
  if (delta > 0) list_resize(vm, list, old_size + delta);
  if (old_size > high) {
    std::memmove(list->items + high + delta, list->items + high, (old_size - high) * sizeof(Value));
  }
  if (count) std::memcpy(list->items + low, src, count * sizeof(Value));
  if (delta < 0) list->size = old_size + delta;
}

Value list_repr(VM& vm, Value self) {
  ListObject* l = as_list(self);
  if (l->size == 0) return make_str(vm, "[]");
  ReprGuard guard(vm, l);
  if (guard.active()) return make_str(vm, "[...]");
  std::string out = "[";
  for (int64_t i = 0; i < l->size; ++i) {
    if (i) out += ", ";
    Rooted keep(vm, l->items[i]);
    append_repr(vm, out, keep.get());
  }
  out += "]";
  return make_str(vm, out);
}

Value list_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_list(vm, a) || !is_list(vm, b)) return vm.not_implemented;
  return sequence_compare(
      vm, a, b, op, [](Value v) { return as_list(v)->size; },
      [](Value v, int64_t i) { return as_list(v)->items[i]; });
}

ListObject* new_list_of(VM& vm, const Value* items, int64_t n) {
  check_value_count(vm, n);
  ListObject* r = vm.new_list(0);
  if (n) {
    list_reserve(vm, r, n);
    std::memcpy(r->items, items, n * sizeof(Value));
    r->size = n;
  }
  return r;
}

int64_t repeat_count(VM& vm, ListObject* l, Value count) {
  int64_t n = as_ssize(vm, count, vm.types.OverflowError);
  if (n <= 0 || l->size == 0) return 0;
  if (n > INT64_MAX / l->size) vm.raise_memory_error();
  check_value_count(vm, n * l->size);
  return n;
}

Value list_repeat(VM& vm, ListObject* l, Value count) {
  int64_t n = repeat_count(vm, l, count);
  ListObject* r = vm.new_list(0);
  if (n == 0) return Value::from_object(r);
  int64_t size = l->size;
  list_reserve(vm, r, n * size);
  for (int64_t k = 0; k < n; ++k) std::memcpy(r->items + k * size, l->items, size * sizeof(Value));
  r->size = n * size;
  return Value::from_object(r);
}

[[noreturn]] void cannot_multiply(VM& vm, Value count) {
  std::string message = "can't multiply sequence by non-int of type '";
  message += type_name(vm, count);
  message += "'";
  vm.raise(vm.types.TypeError, message);
}

Value list_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::Add) {
    if (!is_list(vm, a)) return vm.not_implemented;
    if (!is_list(vm, b)) {
      if (defer_to_other(vm, b)) return vm.not_implemented;
      std::string message = "can only concatenate list (not \"";
      message += type_name(vm, b);
      message += "\") to list";
      vm.raise(vm.types.TypeError, message);
    }
    ListObject* x = as_list(a);
    ListObject* y = as_list(b);
    check_value_count(vm, x->size + y->size);
    ListObject* r = vm.new_list(0);
    list_reserve(vm, r, x->size + y->size);
    if (x->size) std::memcpy(r->items, x->items, x->size * sizeof(Value));
    if (y->size) std::memcpy(r->items + x->size, y->items, y->size * sizeof(Value));
    r->size = x->size + y->size;
    return Value::from_object(r);
  }
  if (op == BinaryOp::Mul) {
    Value seq = is_list(vm, a) ? a : b;
    Value count = seq.is(a) ? b : a;
    if (!is_index_like(vm, count)) {
      if (defer_to_other(vm, count)) return vm.not_implemented;
      cannot_multiply(vm, count);
    }
    return list_repeat(vm, as_list(seq), count);
  }
  return vm.not_implemented;
}

Value list_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_list(vm, a)) return vm.not_implemented;
  ListObject* l = as_list(a);
  if (op == BinaryOp::Add) {
    list_extend_from(vm, l, b);
    return a;
  }
  if (op == BinaryOp::Mul) {
    if (!is_index_like(vm, b)) {
      if (defer_to_other(vm, b)) return vm.not_implemented;
      cannot_multiply(vm, b);
    }
    int64_t n = repeat_count(vm, l, b);
    if (n == 0) {
      l->size = 0;
      return a;
    }
    int64_t size = l->size;
    list_reserve(vm, l, n * size);
    for (int64_t k = 1; k < n; ++k) {
      std::memcpy(l->items + k * size, l->items, size * sizeof(Value));
    }
    l->size = n * size;
    return a;
  }
  return vm.not_implemented;
}

int64_t list_length(VM&, Value self) {
  return as_list(self)->size;
}

Value list_iter(VM& vm, Value self) {
  return new_seq_iter(vm, vm.types.list_iterator, self, 0);
}

bool list_iter_next(VM&, Value self, Value* item) {
  return list_iter_advance(static_cast<SeqIterObject*>(self.as_object()), item);
}

bool list_reverse_iter_next(VM&, Value self, Value* item) {
  auto* it = static_cast<SeqIterObject*>(self.as_object());
  if (it->seq.is_undefined()) return false;
  ListObject* l = as_list(it->seq);
  if (it->index >= 0 && it->index < l->size) {
    *item = l->items[it->index--];
    return true;
  }
  it->seq = Value::undefined();
  return false;
}

// __length_hint__ of list_iterator: the items left (0 once the list shrank below the index).
Value list_iter_length_hint(VM&, CallArgs args) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_undefined()) return Value::from_small_int(0);
  return Value::from_small_int(std::max<int64_t>(as_list(it->seq)->size - it->index, 0));
}

// __length_hint__ of list_reverseiterator: the index counts down to 0.
Value list_reverse_iter_length_hint(VM&, CallArgs args) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_undefined() || it->index >= as_list(it->seq)->size)
    return Value::from_small_int(0);
  return Value::from_small_int(it->index + 1);
}

[[noreturn]] void bad_index_type(VM& vm, Value key) {
  std::string message = "list indices must be integers or slices, not ";
  message += type_name(vm, key);
  vm.raise(vm.types.TypeError, message);
}

SliceObject* as_slice(VM& vm, Value key) {
  if (key.is_object() && key.as_object()->type == vm.types.slice) {
    return static_cast<SliceObject*>(key.as_object());
  }
  return nullptr;
}

Value list_getitem(VM& vm, Value self, Value key) {
  ListObject* l = as_list(self);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (!normalize_index(i, l->size)) vm.raise(vm.types.IndexError, "list index out of range");
    return l->items[i];
  }
  // Slices before the __index__ protocol: they are the common case after small ints.
  if (SliceObject* slice = as_slice(vm, key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, slice, l->size, &start, &stop, &step);
    ListObject* r = vm.new_list(0);
    if (n == 0) return Value::from_object(r);
    list_reserve(vm, r, n);
    if (step == 1) {
      std::copy_n(l->items + start, n, r->items);
    } else {
      for (int64_t k = 0, i = start; k < n; ++k, i += step) r->items[k] = l->items[i];
    }
    r->size = n;
    return Value::from_object(r);
  }
  if (is_index_like(vm, key)) {
    int64_t i = as_ssize(vm, key, vm.types.IndexError);
    if (!normalize_index(i, l->size)) vm.raise(vm.types.IndexError, "list index out of range");
    return l->items[i];
  }
  bad_index_type(vm, key);
}

// Materialises the right-hand side of a slice assignment.
ListObject* assigned_items(VM& vm, Value value) {
  Type* t = vm.type_of(value);
  if (!t->slots.iter && !t->slots.getitem)
    vm.raise(vm.types.TypeError, "can only assign an iterable");
  return sequence_to_list(vm, value);
}

void delete_extended(ListObject* l, int64_t start, int64_t step, int64_t n) {
  if (n == 0) return;
  if (step < 0) {
    start = start + step * (n - 1);
    step = -step;
  }
  int64_t write = start;
  int64_t next_deleted = start;
  int64_t deleted = 0;
  for (int64_t read = start; read < l->size; ++read) {
    if (deleted < n && read == next_deleted) {
      ++deleted;
      next_deleted += step;
      continue;
    }
    l->items[write++] = l->items[read];
  }
  l->size = write;
}

void list_setitem(VM& vm, Value self, Value key, Value value) {
  ListObject* l = as_list(self);
  SliceObject* slice = as_slice(vm, key);
  if (!slice) {
    if (!is_index_like(vm, key)) bad_index_type(vm, key);
    int64_t i = as_ssize(vm, key, vm.types.IndexError);
    if (!normalize_index(i, l->size)) {
      vm.raise(vm.types.IndexError, "list assignment index out of range");
    }
    l->items[i] = value;
    return;
  }
  // Another exact list is read in place (the fresh reversed slice of `p[:k] = p[k-1::-1]`);
  // anything else, the target list itself included, is copied into a new list first.
  bool in_place =
      value.is_object() && value.as_object()->type == vm.types.list && value.as_object() != l;
  ListObject* src = in_place ? as_list(value) : assigned_items(vm, value);
  Rooted keep_src(vm, Value::from_object(src));
  int64_t start, stop, step;
  int64_t n = slice_indices(vm, slice, l->size, &start, &stop, &step);
  if (step == 1) {
    if (stop < start) stop = start;
    list_replace_range(vm, l, start, stop, src->items, src->size);
    return;
  }
  if (src->size != n) {
    vm.raise(vm.types.ValueError, "attempt to assign sequence of size " +
                                      std::to_string(src->size) + " to extended slice of size " +
                                      std::to_string(n));
  }
  for (int64_t k = 0, i = start; k < n; ++k, i += step) l->items[i] = src->items[k];
}

void list_delitem(VM& vm, Value self, Value key) {
  ListObject* l = as_list(self);
  if (is_index_like(vm, key)) {
    int64_t i = as_ssize(vm, key, vm.types.IndexError);
    if (!normalize_index(i, l->size)) {
      vm.raise(vm.types.IndexError, "list assignment index out of range");
    }
    list_replace_range(vm, l, i, i + 1, nullptr, 0);
    return;
  }
  SliceObject* slice = as_slice(vm, key);
  if (!slice) bad_index_type(vm, key);
  int64_t start, stop, step;
  int64_t n = slice_indices(vm, slice, l->size, &start, &stop, &step);
  if (step == 1) {
    if (stop < start) stop = start;
    list_replace_range(vm, l, start, stop, nullptr, 0);
    return;
  }
  delete_extended(l, start, step, n);
}

bool list_contains(VM& vm, Value self, Value item) {
  ListObject* l = as_list(self);
  for (int64_t i = 0; i < l->size; ++i) {
    Value x = l->items[i];
    if (x.is(item)) return true;
    Rooted keep(vm, x);
    if (values_equal(vm, x, item)) return true;
  }
  return false;
}

Value list_construct(VM& vm, Type* type, CallArgs args) {
  ListObject* l = vm.allocate<ListObject>(type);
  // A subclass with its own __init__ fills the list there (CPython's list.__new__ ignores
  // its arguments).
  if (type != vm.types.list) {
    Value mine = dict_get_str(vm, vm.types.list->dict, vm.name("__init__"));
    if (!lookup_in_type(vm, type, vm.name("__init__")).is(mine)) return Value::from_object(l);
  }
  check_no_kwargs(vm, args, "list");
  check_positional(vm, "list", args.npos, 0, 1);
  if (args.npos == 1) {
    Rooted keep(vm, Value::from_object(l));
    list_extend_from(vm, l, args[0]);
  }
  return Value::from_object(l);
}

// ---- methods

Value list_init(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "list");
  check_positional(vm, "list", args.npos - 1, 0, 1);
  ListObject* l = as_list(args[0]);
  l->size = 0;
  if (args.npos == 2) list_extend_from(vm, l, args[1]);
  return Value::none();
}

Value list_append_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "list.append");
  list_append(vm, as_list(args[0]), args[1]);
  return Value::none();
}

Value list_extend_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "list.extend");
  list_extend_from(vm, as_list(args[0]), args[1]);
  return Value::none();
}

Value list_insert(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "insert");
  check_positional(vm, "insert", args.npos - 1, 2, 2);
  ListObject* l = as_list(args[0]);
  int64_t i = as_ssize_clamped(vm, args[1]);
  if (i < 0) i = std::max<int64_t>(i + l->size, 0);
  if (i > l->size) i = l->size;
  Value item = args[2];
  list_replace_range(vm, l, i, i, &item, 1);
  return Value::none();
}

Value list_pop(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "pop");
  check_positional(vm, "pop", args.npos - 1, 0, 1);
  ListObject* l = as_list(args[0]);
  int64_t i = -1;
  if (args.npos == 2) i = as_ssize(vm, args[1], vm.types.IndexError);
  if (l->size == 0) vm.raise(vm.types.IndexError, "pop from empty list");
  if (!normalize_index(i, l->size)) vm.raise(vm.types.IndexError, "pop index out of range");
  Value item = l->items[i];
  list_replace_range(vm, l, i, i + 1, nullptr, 0);
  return item;
}

Value list_remove(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "list.remove");
  ListObject* l = as_list(args[0]);
  for (int64_t i = 0; i < l->size; ++i) {
    Value x = l->items[i];
    Rooted keep(vm, x);
    if (values_equal(vm, x, args[1])) {
      if (i < l->size) list_replace_range(vm, l, i, i + 1, nullptr, 0);
      return Value::none();
    }
  }
  vm.raise(vm.types.ValueError, "list.remove(x): x not in list");
}

Value list_index(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "index");
  check_positional(vm, "index", args.npos - 1, 1, 3);
  ListObject* l = as_list(args[0]);
  int64_t start = 0, stop = l->size;
  if (args.npos > 2) {
    start = as_ssize_clamped(vm, args[2]);
    if (start < 0) start = std::max<int64_t>(start + l->size, 0);
  }
  if (args.npos > 3) {
    stop = as_ssize_clamped(vm, args[3]);
    if (stop < 0) stop = std::max<int64_t>(stop + l->size, 0);
  }
  for (int64_t i = start; i < stop && i < l->size; ++i) {
    Value x = l->items[i];
    Rooted keep(vm, x);
    if (values_equal(vm, x, args[1])) return Value::from_small_int(i);
  }
  std::string message;
  append_repr(vm, message, args[1]);
  message += " is not in list";
  vm.raise(vm.types.ValueError, message);
}

Value list_count(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "list.count");
  ListObject* l = as_list(args[0]);
  int64_t n = 0;
  for (int64_t i = 0; i < l->size; ++i) {
    Value x = l->items[i];
    Rooted keep(vm, x);
    if (values_equal(vm, x, args[1])) ++n;
  }
  return Value::from_small_int(n);
}

Value list_reverse(VM& vm, CallArgs args) {
  check_no_args(vm, args, "list.reverse");
  ListObject* l = as_list(args[0]);
  std::reverse(l->items, l->items + l->size);
  return Value::none();
}

Value list_copy(VM& vm, CallArgs args) {
  check_no_args(vm, args, "list.copy");
  ListObject* l = as_list(args[0]);
  return Value::from_object(new_list_of(vm, l->items, l->size));
}

Value list_clear(VM& vm, CallArgs args) {
  check_no_args(vm, args, "list.clear");
  as_list(args[0])->size = 0;
  return Value::none();
}

Value list_reversed(VM& vm, CallArgs args) {
  check_no_args(vm, args, "list.__reversed__");
  ListObject* l = as_list(args[0]);
  return new_seq_iter(vm, aux_type(vm, vm.types.list, " reverseiterator"), args[0], l->size - 1);
}

Value list_sort_method(VM& vm, CallArgs args) {
  if (args.npos > 1) vm.raise(vm.types.TypeError, "sort() takes no positional arguments");
  Value key = Value::none();
  Value reverse = Value::from_bool(false);
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    auto* name = static_cast<StrObject*>(args.kwnames->items[k].as_object());
    Value v = args.values[args.npos + k];
    if (name->view() == "key") {
      key = v;
    } else if (name->view() == "reverse") {
      reverse = v;
    } else {
      std::string message = "'";
      message += name->view();
      message += "' is an invalid keyword argument for sort()";
      vm.raise(vm.types.TypeError, message);
    }
  }
  bool rev =
      reverse.is_bool() ? reverse.as_bool() : as_ssize(vm, reverse, vm.types.OverflowError) != 0;
  list_sort(vm, as_list(args[0]), key, rev);
  return Value::none();
}

Value list_sizeof(VM& vm, CallArgs args) {
  check_no_args(vm, args, "list.__sizeof__");
  return vm.make_int(40 + as_list(args[0])->capacity * 8);
}

}  // namespace

void list_extend_from(VM& vm, ListObject* list, Value iterable) {
  const Value* items;
  int64_t size;
  if (sequence_items(vm, iterable, &items, &size)) {
    if (size == 0) return;
    int64_t old = list->size;
    check_value_count(vm, old + size);
    list_reserve(vm, list, old + size);
    // Re-read: extending a list by itself.
    sequence_items(vm, iterable, &items, &size);
    std::memmove(list->items + old, items, size * sizeof(Value));
    list->size = old + size;
    return;
  }
  Type* t = vm.type_of(iterable);
  if (!t->has_flag(kTypeHeapType) && t->slots.length && t->slots.iter) {
    int64_t hint = t->slots.length(vm, iterable);
    check_value_count(vm, list->size + hint);
    list_reserve(vm, list, list->size + hint);
  }
  Value it = get_iterator(vm, iterable);
  Rooted keep_it(vm, it);
  Value item;
  while (iterator_next(vm, it, &item)) list_append(vm, list, item);
}

void install_list_type(VM& vm) {
  Type* t = vm.types.list;
  TypeSlots& s = t->slots;
  s.repr = list_repr;
  s.hash = nullptr;
  s.compare = list_compare;
  s.binary = list_binary;
  s.inplace = list_inplace;
  s.length = list_length;
  s.iter = list_iter;
  s.getitem = list_getitem;
  s.setitem = list_setitem;
  s.delitem = list_delitem;
  s.contains = list_contains;
  s.construct = list_construct;
  vm.add_method(t, "__init__", list_init);
  vm.add_method(t, "__repr__", wrap_unary<list_repr>);
  vm.add_method(t, "__len__", wrap_int<list_length>);
  vm.add_method(t, "__iter__", wrap_unary<list_iter>);
  vm.add_method(t, "__getitem__", wrap_getitem<list_getitem>);
  vm.add_method(t, "__setitem__", wrap_setitem<list_setitem>);
  vm.add_method(t, "__delitem__", wrap_delitem<list_delitem>);
  vm.add_method(t, "__contains__", wrap_contains<list_contains>);
  vm.add_method(t, "__add__", wrap_binary<list_binary, BinaryOp::Add, false>);
  vm.add_method(t, "__mul__", wrap_binary<list_binary, BinaryOp::Mul, false>);
  vm.add_method(t, "__rmul__", wrap_binary<list_binary, BinaryOp::Mul, true>);
  vm.add_method(t, "__iadd__", wrap_binary<list_inplace, BinaryOp::Add, false>);
  vm.add_method(t, "__imul__", wrap_binary<list_inplace, BinaryOp::Mul, false>);
  add_compare_methods<list_compare>(vm, t);
  vm.add_method(t, "append", list_append_method);
  vm.add_method(t, "extend", list_extend_method);
  vm.add_method(t, "insert", list_insert);
  vm.add_method(t, "pop", list_pop);
  vm.add_method(t, "remove", list_remove);
  vm.add_method(t, "index", list_index);
  vm.add_method(t, "count", list_count);
  vm.add_method(t, "reverse", list_reverse);
  vm.add_method(t, "copy", list_copy);
  vm.add_method(t, "clear", list_clear);
  vm.add_method(t, "sort", list_sort_method);
  vm.add_method(t, "__reversed__", list_reversed);
  vm.add_method(t, "__sizeof__", list_sizeof);

  Type* iter = new_iterator_type(vm, "list_iterator");
  vm.types.list_iterator = iter;
  iter->slots.trace = trace_seq_iter;
  add_iterator_methods<list_iter_next>(vm, iter);
  vm.add_method(iter, "__length_hint__", list_iter_length_hint);
  Type* reverse = new_iterator_type(vm, "list_reverseiterator");
  reverse->slots.trace = trace_seq_iter;
  add_iterator_methods<list_reverse_iter_next>(vm, reverse);
  vm.add_method(reverse, "__length_hint__", list_reverse_iter_length_hint);
  register_aux_type(vm, t, " reverseiterator", reverse);
}

}  // namespace ember

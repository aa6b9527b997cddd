// tuple: slots, methods and tuple_iterator.
#include <string>

#include "builtins/container_util.h"
#include "builtins/install.h"
#include "builtins/sequence_iter.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/slice_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

void trace_seq_iter(Object* self, Marker& marker) {
  mark_value(marker, static_cast<SeqIterObject*>(self)->seq);
}

Value new_seq_iter(VM& vm, Type* type, Value seq, int64_t index) {
  auto* it = vm.allocate<SeqIterObject>(type);
  it->seq = seq;
  it->index = index;
  return Value::from_object(it);
}

namespace {

TupleObject* as_tuple(Value v) {
  return static_cast<TupleObject*>(v.as_object());
}

bool is_tuple(VM& vm, Value v) {
  return vm.type_of(v)->has_flag(kTypeTupleSubclass);
}

Value tuple_repr(VM& vm, Value self) {
  TupleObject* t = as_tuple(self);
  if (t->size == 0) return make_str(vm, "()");
  ReprGuard guard(vm, t);
  if (guard.active()) return make_str(vm, "(...)");
  std::string out = "(";
  append_reprs(vm, out, t->items, t->size);
  if (t->size == 1) out += ",";
  out += ")";
  return make_str(vm, out);
}

// CPython 3.11's tuple hash (xxHash-based, XXH64 primes, rotate by 31).
constexpr uint64_t kPrime1 = 11400714785074694791ull;
constexpr uint64_t kPrime2 = 14029467366897019727ull;
constexpr uint64_t kPrime5 = 2870177450012600261ull;

int64_t tuple_hash(VM& vm, Value self) {
  TupleObject* t = as_tuple(self);
  if (t->hash != -1) return t->hash;
  NativeRecursionGuard guard(vm, " while calling a Python object");
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < t->size; ++i) {
    uint64_t lane = static_cast<uint64_t>(hash_value(vm, t->items[i]));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (kPrime5 ^ 3527539ull);
  int64_t h = acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
  if (t->type == vm.types.tuple) t->hash = h;
  return h;
}

Value tuple_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_tuple(vm, a) || !is_tuple(vm, b)) return vm.not_implemented;
  return sequence_compare(
      vm, a, b, op, [](Value v) { return as_tuple(v)->size; },
      [](Value v, int64_t i) { return as_tuple(v)->items[i]; });
}

Value tuple_repeat(VM& vm, TupleObject* t, Value count) {
  int64_t n = as_ssize(vm, count, vm.types.OverflowError);
  if (n <= 0 || t->size == 0) return Value::from_object(vm.empty_tuple);
  if (n == 1 && t->type == vm.types.tuple) return Value::from_object(t);
  if (n > INT64_MAX / t->size) vm.raise_memory_error();
  check_value_count(vm, n * t->size);
  TupleObject* r = vm.new_tuple(n * t->size);
  for (int64_t k = 0; k < n; ++k) {
    for (int64_t i = 0; i < t->size; ++i) r->items[k * t->size + i] = t->items[i];
  }
  return Value::from_object(r);
}

Value tuple_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::Add) {
    if (!is_tuple(vm, a)) return vm.not_implemented;
    if (!is_tuple(vm, b)) {
      if (defer_to_other(vm, b)) return vm.not_implemented;
      std::string message = "can only concatenate tuple (not \"";
      message += type_name(vm, b);
      message += "\") to tuple";
      vm.raise(vm.types.TypeError, message);
    }
    TupleObject* x = as_tuple(a);
    TupleObject* y = as_tuple(b);
    if (y->size == 0 && x->type == vm.types.tuple) return a;
    if (x->size == 0 && y->type == vm.types.tuple) return b;
    TupleObject* r = vm.new_tuple(x->size + y->size);
    for (int64_t i = 0; i < x->size; ++i) r->items[i] = x->items[i];
    for (int64_t i = 0; i < y->size; ++i) r->items[x->size + i] = y->items[i];
    return Value::from_object(r);
  }
  if (op == BinaryOp::Mul) {
    Value seq = is_tuple(vm, a) ? a : b;
    Value count = seq.is(a) ? b : a;
    if (!is_index_like(vm, count)) {
      if (defer_to_other(vm, count)) return vm.not_implemented;
      std::string message = "can't multiply sequence by non-int of type '";
      message += type_name(vm, count);
      message += "'";
      vm.raise(vm.types.TypeError, message);
    }
    return tuple_repeat(vm, as_tuple(seq), count);
  }
  return vm.not_implemented;
}

int64_t tuple_length(VM&, Value self) {
  return as_tuple(self)->size;
}

Value tuple_iter(VM& vm, Value self) {
  return new_seq_iter(vm, vm.types.tuple_iterator, self, 0);
}

bool tuple_iter_next(VM&, Value self, Value* item) {
  auto* it = static_cast<SeqIterObject*>(self.as_object());
  if (it->seq.is_undefined()) return false;
  TupleObject* t = as_tuple(it->seq);
  if (it->index < t->size) {
    *item = t->items[it->index++];
    return true;
  }
  it->seq = Value::undefined();
  return false;
}

// __length_hint__ of tuple_iterator: the items left.
Value tuple_iter_length_hint(VM&, CallArgs args) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_undefined()) return Value::from_small_int(0);
  return Value::from_small_int(as_tuple(it->seq)->size - it->index);
}

Value tuple_getitem(VM& vm, Value self, Value key) {
  TupleObject* t = as_tuple(self);
  if (is_index_like(vm, key)) {
    int64_t i = as_ssize(vm, key, vm.types.IndexError);
    if (!normalize_index(i, t->size)) vm.raise(vm.types.IndexError, "tuple index out of range");
    return t->items[i];
  }
  if (vm.type_of(key) == vm.types.slice) {
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, static_cast<SliceObject*>(key.as_object()), t->size, &start,
                              &stop, &step);
    if (n == t->size && step == 1 && t->type == vm.types.tuple) return self;
    TupleObject* r = vm.new_tuple(n);
    for (int64_t k = 0, i = start; k < n; ++k, i += step) r->items[k] = t->items[i];
    return Value::from_object(r);
  }
  std::string message = "tuple indices must be integers or slices, not ";
  message += type_name(vm, key);
  vm.raise(vm.types.TypeError, message);
}

bool tuple_contains(VM& vm, Value self, Value item) {
  TupleObject* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; ++i) {
    if (values_equal(vm, t->items[i], item)) return true;
  }
  return false;
}

Value tuple_construct(VM& vm, Type* type, CallArgs args) {
  check_no_kwargs(vm, args, "tuple");
  check_positional(vm, "tuple", args.npos, 0, 1);
  if (args.npos == 0) {
    if (type == vm.types.tuple) return Value::from_object(vm.empty_tuple);
    TupleObject* t = vm.allocate<TupleObject>(type);
    t->size = 0;
    t->hash = -1;
    return Value::from_object(t);
  }
  Value arg = args[0];
  if (type == vm.types.tuple && vm.type_of(arg) == vm.types.tuple) return arg;
  ListObject* items = sequence_to_list(vm, arg);
  if (type == vm.types.tuple) {
    if (items->size == 0) return Value::from_object(vm.empty_tuple);
    TupleObject* t = vm.new_tuple(items->size);
    for (int64_t i = 0; i < items->size; ++i) t->items[i] = items->items[i];
    return Value::from_object(t);
  }
  Rooted keep(vm, Value::from_object(items));
  auto* t = vm.allocate<TupleObject>(type, items->size * sizeof(Value));
  t->size = items->size;
  t->hash = -1;
  for (int64_t i = 0; i < items->size; ++i) t->items[i] = items->items[i];
  return Value::from_object(t);
}

Value tuple_count(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "tuple.count");
  TupleObject* t = as_tuple(args[0]);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i) {
    if (values_equal(vm, t->items[i], args[1])) ++n;
  }
  return Value::from_small_int(n);
}

// start/stop arguments of index(): clamped like CPython's _PyEval_SliceIndexNotNone.
void index_bounds(VM& vm, CallArgs args, int64_t size, int64_t* start, int64_t* stop) {
  *start = 0;
  *stop = size;
  if (args.npos > 2) {
    *start = as_ssize_clamped(vm, args[2]);
    if (*start < 0) *start = std::max<int64_t>(*start + size, 0);
  }
  if (args.npos > 3) {
    *stop = as_ssize_clamped(vm, args[3]);
    if (*stop < 0) *stop = std::max<int64_t>(*stop + size, 0);
  }
}

Value tuple_index(VM& vm, CallArgs args) {
  check_no_kwargs(vm, args, "index");
  check_positional(vm, "index", args.npos - 1, 1, 3);
  TupleObject* t = as_tuple(args[0]);
  int64_t start, stop;
  index_bounds(vm, args, t->size, &start, &stop);
  for (int64_t i = start; i < stop && i < t->size; ++i) {
    if (values_equal(vm, t->items[i], args[1])) return Value::from_small_int(i);
  }
  vm.raise(vm.types.ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(VM& vm, CallArgs args) {
  check_no_args(vm, args, "tuple.__getnewargs__");
  TupleObject* t = as_tuple(args[0]);
  TupleObject* copy = vm.new_tuple(t->size);
  for (int64_t i = 0; i < t->size; ++i) copy->items[i] = t->items[i];
  return Value::from_object(vm.new_tuple({Value::from_object(copy)}));
}

}  // namespace

void install_tuple_type(VM& vm) {
  Type* t = vm.types.tuple;
  t->flags |= kTypeBaseType;
  TypeSlots& s = t->slots;
  s.repr = tuple_repr;
  s.hash = tuple_hash;
  s.compare = tuple_compare;
  s.binary = tuple_binary;
  s.length = tuple_length;
  s.iter = tuple_iter;
  s.getitem = tuple_getitem;
  s.contains = tuple_contains;
  s.construct = tuple_construct;
  vm.add_method(t, "__repr__", wrap_unary<tuple_repr>);
  vm.add_method(t, "__hash__", wrap_int<tuple_hash>);
  vm.add_method(t, "__len__", wrap_int<tuple_length>);
  vm.add_method(t, "__iter__", wrap_unary<tuple_iter>);
  vm.add_method(t, "__getitem__", wrap_getitem<tuple_getitem>);
  vm.add_method(t, "__contains__", wrap_contains<tuple_contains>);
  vm.add_method(t, "__add__", wrap_binary<tuple_binary, BinaryOp::Add, false>);
  vm.add_method(t, "__mul__", wrap_binary<tuple_binary, BinaryOp::Mul, false>);
  vm.add_method(t, "__rmul__", wrap_binary<tuple_binary, BinaryOp::Mul, true>);
  add_compare_methods<tuple_compare>(vm, t);
  vm.add_method(t, "count", tuple_count);
  vm.add_method(t, "index", tuple_index);
  vm.add_method(t, "__getnewargs__", tuple_getnewargs);

  Type* iter = new_iterator_type(vm, "tuple_iterator");
  iter->slots.trace = trace_seq_iter;
  add_iterator_methods<tuple_iter_next>(vm, iter);
  vm.add_method(iter, "__length_hint__", tuple_iter_length_hint);
  vm.types.tuple_iterator = iter;
}

}  // namespace ember

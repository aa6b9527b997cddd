// range: slots, methods, range_iterator / longrange_iterator; installs slice too.
#include <gmp.h>

#include <string>

#include "builtins/container_util.h"
#include "builtins/install.h"
#include "vm/int_object.h"
#include "vm/iterator_objects.h"
#include "vm/ops.h"
#include "vm/range_object.h"
#include "vm/slice_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

RangeObject* as_range(Value v) {
  return static_cast<RangeObject*>(v.as_object());
}
Value obj(const Object* o) {
  return Value::from_object(o);
}

// ---- int arithmetic on Values (small fast path, GMP otherwise)

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  explicit Mpz(Value x) {
    mpz_init(v);
    set(x);
  }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  void set(Value x) {
    if (x.is_small_int()) {
      mpz_set_si(v, x.as_small_int());
    } else if (x.is_bool()) {
      mpz_set_si(v, x.as_bool() ? 1 : 0);
    } else {
      mpz_set(v, static_cast<BigIntObject*>(x.as_object())->value);
    }
  }
};

int sign_of(Value x) {
  if (x.is_small_int()) return x.as_small_int() < 0 ? -1 : x.as_small_int() > 0;
  if (x.is_bool()) return x.as_bool() ? 1 : 0;
  return mpz_sgn(static_cast<BigIntObject*>(x.as_object())->value);
}

bool all_small(Value a, Value b, Value c) {
  return a.is_small_int() && b.is_small_int() && c.is_small_int();
}

Value int_add(VM& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return vm.make_int(a.as_small_int() + b.as_small_int());
  Mpz x(a), y(b);
  mpz_add(x.v, x.v, y.v);
  return vm.make_int(x.v);
}

Value int_sub(VM& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return vm.make_int(a.as_small_int() - b.as_small_int());
  Mpz x(a), y(b);
  mpz_sub(x.v, x.v, y.v);
  return vm.make_int(x.v);
}

Value int_mul(VM& vm, Value a, Value b) {
  Mpz x(a), y(b);
  mpz_mul(x.v, x.v, y.v);
  return vm.make_int(x.v);
}

int int_cmp(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    return a.as_small_int() < b.as_small_int() ? -1 : a.as_small_int() > b.as_small_int();
  }
  Mpz x(a), y(b);
  int c = mpz_cmp(x.v, y.v);
  return c < 0 ? -1 : c > 0;
}

// Python's floor division and modulo.
Value int_floordiv(VM& vm, Value a, Value b) {
  Mpz x(a), y(b);
  mpz_fdiv_q(x.v, x.v, y.v);
  return vm.make_int(x.v);
}

// Length of range(start, stop, step), step != 0.
Value range_length_of(VM& vm, Value start, Value stop, Value step) {
  if (all_small(start, stop, step)) {
    int64_t lo = start.as_small_int(), hi = stop.as_small_int(), st = step.as_small_int();
    int64_t n = 0;
    if (st > 0 && lo < hi) n = (hi - lo - 1) / st + 1;
    if (st < 0 && lo > hi) n = (lo - hi - 1) / (-st) + 1;
    return vm.make_int(n);
  }
  Mpz lo(start), hi(stop), st(step);
  if (mpz_sgn(st.v) < 0) {
    mpz_swap(lo.v, hi.v);
    mpz_neg(st.v, st.v);
  }
  if (mpz_cmp(lo.v, hi.v) >= 0) return Value::from_small_int(0);
  mpz_sub(hi.v, hi.v, lo.v);
  mpz_sub_ui(hi.v, hi.v, 1);
  mpz_fdiv_q(hi.v, hi.v, st.v);
  mpz_add_ui(hi.v, hi.v, 1);
  return vm.make_int(hi.v);
}

Value as_int(VM& vm, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::from_small_int(v.as_bool() ? 1 : 0);
  if (!is_index_like(vm, v)) {
    std::string message = "'";
    message += type_name(vm, v);
    message += "' object cannot be interpreted as an integer";
    vm.raise(vm.types.TypeError, message);
  }
  return to_int_index(vm, v);
}

bool is_exact_int(VM& vm, Value v) {
  return v.is_small_int() || v.is_bool() || (v.is_object() && v.as_object()->type == vm.types.int_);
}

RangeObject* make_range(VM& vm, Value start, Value stop, Value step) {
  Value length = range_length_of(vm, start, stop, step);
  auto* r = vm.allocate<RangeObject>(vm.types.range);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = length;
  return r;
}

void range_trace(Object* self, Marker& m) {
  auto* r = static_cast<RangeObject*>(self);
  mark_value(m, r->start);
  mark_value(m, r->stop);
  mark_value(m, r->step);
  mark_value(m, r->length);
}

Value range_construct(VM& vm, Type* type, CallArgs args) {
  check_no_kwargs(vm, args, "range");
  check_positional(vm, "range", args.npos, 1, 3);
  Value start = Value::from_small_int(0), stop, step = Value::from_small_int(1);
  if (args.npos == 1) {
    stop = as_int(vm, args[0]);
  } else {
    start = as_int(vm, args[0]);
    Rooted keep_start(vm, start);
    stop = as_int(vm, args[1]);
    Rooted keep_stop(vm, stop);
    if (args.npos == 3) {
      step = as_int(vm, args[2]);
      if (sign_of(step) == 0) vm.raise(vm.types.ValueError, "range() arg 3 must not be zero");
    }
  }
  return obj(make_range(vm, start, stop, step));
}

Value range_repr(VM& vm, Value self) {
  RangeObject* r = as_range(self);
  std::string out = "range(";
  append_repr(vm, out, r->start);
  out += ", ";
  append_repr(vm, out, r->stop);
  if (!(r->step.is_small_int() && r->step.as_small_int() == 1)) {
    out += ", ";
    append_repr(vm, out, r->step);
  }
  out += ")";
  return make_str(vm, out);
}

int64_t range_hash(VM& vm, Value self) {
  RangeObject* r = as_range(self);
  Value t1 = Value::none(), t2 = Value::none();
  if (sign_of(r->length) != 0) {
    t1 = r->start;
    if (!(r->length.is_small_int() && r->length.as_small_int() == 1)) t2 = r->step;
  }
  return hash_value(vm, obj(vm.new_tuple({r->length, t1, t2})));
}

bool range_equal(RangeObject* a, RangeObject* b) {
  if (a == b) return true;
  if (int_cmp(a->length, b->length) != 0) return false;
  if (sign_of(a->length) == 0) return true;
  if (int_cmp(a->start, b->start) != 0) return false;
  if (a->length.is_small_int() && a->length.as_small_int() == 1) return true;
  return int_cmp(a->step, b->step) == 0;
}

Value range_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (vm.type_of(a) != vm.types.range || vm.type_of(b) != vm.types.range) {
    return vm.not_implemented;
  }
  if (op != CompareOp::Eq && op != CompareOp::Ne) return vm.not_implemented;
  bool eq = range_equal(as_range(a), as_range(b));
  return Value::from_bool(op == CompareOp::Eq ? eq : !eq);
}

int64_t range_length(VM& vm, Value self) {
  Value n = as_range(self)->length;
  if (n.is_small_int()) return n.as_small_int();
  auto* big = static_cast<BigIntObject*>(n.as_object());
  if (mpz_fits_slong_p(big->value)) return mpz_get_si(big->value);
  vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
}

bool range_truth(VM&, Value self) {
  return sign_of(as_range(self)->length) != 0;
}

// start + i * step
Value range_item(VM& vm, RangeObject* r, Value i) {
  if (all_small(r->start, r->step, i)) {
    // |i| <= 2**47 and |step| <= 2**47: the product may exceed int64; use GMP then.
    __int128 v = static_cast<__int128>(r->start.as_small_int()) +
                 static_cast<__int128>(i.as_small_int()) * r->step.as_small_int();
    if (v >= INT64_MIN && v <= INT64_MAX) return vm.make_int(static_cast<int64_t>(v));
  }
  Rooted keep(vm, int_mul(vm, i, r->step));
  return int_add(vm, r->start, keep.get());
}

// Clamps a slice bound as CPython's _PySlice_GetLongIndices.
Value slice_bound(VM& vm, Value v, Value length, bool negative_step, bool is_start) {
  if (v.is_none()) {
    if (negative_step)
      return is_start ? int_sub(vm, length, Value::from_small_int(1)) : Value::from_small_int(-1);
    return is_start ? Value::from_small_int(0) : length;
  }
  if (!is_index_like(vm, v)) {
    vm.raise(vm.types.TypeError,
             "slice indices must be integers or None or have an __index__ method");
  }
  Value i = as_int(vm, v);
  if (sign_of(i) < 0) {
    i = int_add(vm, i, length);
    if (sign_of(i) < 0) i = Value::from_small_int(negative_step ? -1 : 0);
  } else if (int_cmp(i, length) >= 0) {
    i = negative_step ? int_sub(vm, length, Value::from_small_int(1)) : length;
  }
  return i;
}

Value range_getitem(VM& vm, Value self, Value key) {
  RangeObject* r = as_range(self);
  if (is_index_like(vm, key)) {
    Value i = as_int(vm, key);
    Rooted keep(vm, i);
    if (sign_of(i) < 0) i = int_add(vm, i, r->length);
    if (sign_of(i) < 0 || int_cmp(i, r->length) >= 0) {
      vm.raise(vm.types.IndexError, "range object index out of range");
    }
    return range_item(vm, r, i);
  }
  if (vm.type_of(key) == vm.types.slice) {
    auto* slice = static_cast<SliceObject*>(key.as_object());
    Value step = Value::from_small_int(1);
    if (!slice->step.is_none()) {
      if (!is_index_like(vm, slice->step)) {
        vm.raise(vm.types.TypeError,
                 "slice indices must be integers or None or have an __index__ method");
      }
      step = as_int(vm, slice->step);
      if (sign_of(step) == 0) vm.raise(vm.types.ValueError, "slice step cannot be zero");
    }
    RootScope roots(vm);
    roots.add(step);
    bool negative = sign_of(step) < 0;
    Value lo = slice_bound(vm, slice->start, r->length, negative, true);
    roots.add(lo);
    Value hi = slice_bound(vm, slice->stop, r->length, negative, false);
    roots.add(hi);
    Value start = range_item(vm, r, lo);
    roots.add(start);
    Value stop = range_item(vm, r, hi);
    roots.add(stop);
    Value new_step = int_mul(vm, r->step, step);
    roots.add(new_step);
    return obj(make_range(vm, start, stop, new_step));
  }
  std::string message = "range indices must be integers or slices, not ";
  message += type_name(vm, key);
  vm.raise(vm.types.TypeError, message);
}

bool int_in_range(RangeObject* r, Value v) {
  if (sign_of(r->step) > 0) {
    if (int_cmp(r->start, v) > 0 || int_cmp(v, r->stop) >= 0) return false;
  } else {
    if (int_cmp(r->start, v) < 0 || int_cmp(v, r->stop) <= 0) return false;
  }
  if (all_small(r->start, r->step, v)) {
    return (v.as_small_int() - r->start.as_small_int()) % r->step.as_small_int() == 0;
  }
  Mpz d(v), s(r->start);
  mpz_sub(d.v, d.v, s.v);
  Mpz st(r->step);
  return mpz_divisible_p(d.v, st.v) != 0;
}

Value range_iter(VM& vm, Value self);

bool range_contains(VM& vm, Value self, Value item) {
  RangeObject* r = as_range(self);
  if (is_exact_int(vm, item)) {
    Value v = item.is_bool() ? Value::from_small_int(item.as_bool() ? 1 : 0) : item;
    return int_in_range(r, v);
  }
  Value it = range_iter(vm, self);
  Rooted keep(vm, it);
  Value x;
  while (iterator_next(vm, it, &x)) {
    if (values_equal(vm, x, item)) return true;
  }
  return false;
}

// ---- iterators

struct LongRangeIterObject : Object {
  Value next;
  Value step;
  Value remaining;
};

void trace_long_iter(Object* self, Marker& m) {
  auto* it = static_cast<LongRangeIterObject*>(self);
  mark_value(m, it->next);
  mark_value(m, it->step);
  mark_value(m, it->remaining);
}

bool range_iter_next(VM& vm, Value self, Value* item) {
  int64_t value;
  if (!range_iter_advance(static_cast<RangeIterObject*>(self.as_object()), &value)) return false;
  *item = vm.make_int(value);
  return true;
}

bool long_iter_next(VM& vm, Value self, Value* item) {
  auto* it = static_cast<LongRangeIterObject*>(self.as_object());
  if (sign_of(it->remaining) <= 0) return false;
  Value current = it->next;
  Rooted keep(vm, current);
  it->remaining = int_sub(vm, it->remaining, Value::from_small_int(1));
  it->next = int_add(vm, current, it->step);
  *item = current;
  return true;
}

Value range_iter_length_hint(VM& vm, CallArgs args) {
  auto* it = static_cast<RangeIterObject*>(args[0].as_object());
  return vm.make_int(it->remaining > 0 ? it->remaining : 0);
}

Value long_iter_length_hint(VM& vm, CallArgs args) {
  return static_cast<LongRangeIterObject*>(args[0].as_object())->remaining;
}

bool fits_int64(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  auto* big = static_cast<BigIntObject*>(v.as_object());
  if (!mpz_fits_slong_p(big->value)) return false;
  *out = mpz_get_si(big->value);
  return true;
}

Value make_iter(VM& vm, Value first, Value step, Value length) {
  int64_t f, s, n;
  if (fits_int64(first, &f) && fits_int64(step, &s) && fits_int64(length, &n)) {
    // All produced values must fit too: first + (n-1)*step.
    __int128 last = static_cast<__int128>(f) + static_cast<__int128>(n > 0 ? n - 1 : 0) * s;
    if (last >= INT64_MIN && last <= INT64_MAX) {
      auto* it = vm.allocate<RangeIterObject>(vm.types.range_iterator);
      it->next = f;
      it->step = s;
      it->remaining = n;
      return obj(it);
    }
  }
  auto* it = vm.allocate<LongRangeIterObject>(aux_type(vm, vm.types.range, " longiterator"));
  it->next = first;
  it->step = step;
  it->remaining = length;
  return obj(it);
}

Value range_iter(VM& vm, Value self) {
  RangeObject* r = as_range(self);
  return make_iter(vm, r->start, r->step, r->length);
}

// ---- methods and attributes

Value range_reversed(VM& vm, CallArgs args) {
  check_no_args(vm, args, "range.__reversed__");
  RangeObject* r = as_range(args[0]);
  RootScope roots(vm);
  Value last = r->start;
  if (sign_of(r->length) > 0) {
    Value n1 = int_sub(vm, r->length, Value::from_small_int(1));
    roots.add(n1);
    last = range_item(vm, r, n1);
    roots.add(last);
  }
  Value step = int_sub(vm, Value::from_small_int(0), r->step);
  roots.add(step);
  return make_iter(vm, last, step, r->length);
}

Value range_count(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "range.count");
  if (is_exact_int(vm, args[1])) {
    return Value::from_small_int(range_contains(vm, args[0], args[1]) ? 1 : 0);
  }
  Value it = range_iter(vm, args[0]);
  Rooted keep(vm, it);
  Value x;
  int64_t n = 0;
  while (iterator_next(vm, it, &x)) {
    if (values_equal(vm, x, args[1])) ++n;
  }
  return vm.make_int(n);
}

Value range_index(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "range.index");
  RangeObject* r = as_range(args[0]);
  Value item = args[1];
  if (is_exact_int(vm, item)) {
    Value v = item.is_bool() ? Value::from_small_int(item.as_bool() ? 1 : 0) : item;
    if (int_in_range(r, v)) {
      Rooted d(vm, int_sub(vm, v, r->start));
      return int_floordiv(vm, d.get(), r->step);
    }
    std::string message;
    append_repr(vm, message, item);
    message += " is not in range";
    vm.raise(vm.types.ValueError, message);
  }
  Value it = range_iter(vm, args[0]);
  Rooted keep(vm, it);
  Value x;
  int64_t n = 0;
  while (iterator_next(vm, it, &x)) {
    if (values_equal(vm, x, item)) return vm.make_int(n);
    ++n;
  }
  vm.raise(vm.types.ValueError, "sequence.index(x): x not in sequence");
}

Value range_getattr(VM& vm, Value self, StrObject* name) {
  RangeObject* r = as_range(self);
  std::string_view n = name->view();
  if (n == "start") return r->start;
  if (n == "stop") return r->stop;
  if (n == "step") return r->step;
  return generic_get_attribute(vm, self, name);
}

Value range_reduce(VM& vm, CallArgs args) {
  check_no_args(vm, args, "range.__reduce__");
  RangeObject* r = as_range(args[0]);
  Value t = obj(vm.new_tuple({r->start, r->stop, r->step}));
  return obj(vm.new_tuple({obj(vm.types.range), t}));
}

}  // namespace

void install_range_and_slice(VM& vm) {
  Type* t = vm.types.range;
  TypeSlots& s = t->slots;
  s.trace = range_trace;
  s.repr = range_repr;
  s.hash = range_hash;
  s.compare = range_compare;
  s.length = range_length;
  s.truth = range_truth;
  s.iter = range_iter;
  s.getitem = range_getitem;
  s.contains = range_contains;
  s.getattr = range_getattr;
  s.construct = range_construct;
  vm.add_method(t, "__repr__", wrap_unary<range_repr>);
  vm.add_method(t, "__hash__", wrap_int<range_hash>);
  vm.add_method(t, "__len__", wrap_int<range_length>);
  vm.add_method(t, "__iter__", wrap_unary<range_iter>);
  vm.add_method(t, "__getitem__", wrap_getitem<range_getitem>);
  vm.add_method(t, "__contains__", wrap_contains<range_contains>);
  add_compare_methods<range_compare>(vm, t);
  vm.add_method(t, "count", range_count);
  vm.add_method(t, "index", range_index);
  vm.add_method(t, "__reversed__", range_reversed);
  vm.add_method(t, "__reduce__", range_reduce);

  Type* iter = new_iterator_type(vm, "range_iterator");
  vm.types.range_iterator = iter;
  add_iterator_methods<range_iter_next>(vm, iter);
  vm.add_method(iter, "__length_hint__", range_iter_length_hint);
  Type* long_iter = new_iterator_type(vm, "longrange_iterator");
  long_iter->slots.trace = trace_long_iter;
  add_iterator_methods<long_iter_next>(vm, long_iter);
  vm.add_method(long_iter, "__length_hint__", long_iter_length_hint);
  register_aux_type(vm, t, " longiterator", long_iter);

  install_slice_type(vm);
}

}  // namespace ember

// slice objects and the slice arithmetic shared by every sequence type.
#include <string>

#include "builtins/container_util.h"
#include "vm/ops.h"
#include "vm/slice_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

int64_t slice_bound(VM& vm, Value v) {
  if (v.is_small_int()) return v.as_small_int();
  if (!is_index_like(vm, v)) {
    vm.raise(vm.types.TypeError,
             "slice indices must be integers or None or have an __index__ method");
  }
  return as_ssize_clamped(vm, v);
}

}  // namespace

int64_t slice_indices(VM& vm, SliceObject* slice, int64_t length, int64_t* start, int64_t* stop,
                      int64_t* step) {
  int64_t st = 1;
  if (!slice->step.is_none()) {
    st = slice_bound(vm, slice->step);
    if (st == 0) vm.raise(vm.types.ValueError, "slice step cannot be zero");
    if (st < -INT64_MAX) st = -INT64_MAX;
  }
  int64_t lo = 0, hi = 0;
  if (slice->start.is_none()) {
    lo = st < 0 ? INT64_MAX : 0;
  } else {
    lo = slice_bound(vm, slice->start);
  }
  if (slice->stop.is_none()) {
    hi = st < 0 ? INT64_MIN : INT64_MAX;
  } else {
    hi = slice_bound(vm, slice->stop);
  }
  // PySlice_AdjustIndices.
  if (lo < 0) {
    lo += length;
    if (lo < 0) lo = st < 0 ? -1 : 0;
  } else if (lo >= length) {
    lo = st < 0 ? length - 1 : length;
  }
  if (hi < 0) {
    hi += length;
    if (hi < 0) hi = st < 0 ? -1 : 0;
  } else if (hi >= length) {
    hi = st < 0 ? length - 1 : length;
  }
  *start = lo;
  *stop = hi;
  *step = st;
  // Steps of 1 and -1 (nearly every slice) need no division.
  if (st < 0) {
    if (hi >= lo) return 0;
    return st == -1 ? lo - hi : (lo - hi - 1) / (-st) + 1;
  }
  if (lo >= hi) return 0;
  return st == 1 ? hi - lo : (hi - lo - 1) / st + 1;
}

namespace {

SliceObject* as_slice(Value v) {
  return static_cast<SliceObject*>(v.as_object());
}

void slice_trace(Object* self, Marker& m) {
  auto* s = static_cast<SliceObject*>(self);
  mark_value(m, s->start);
  mark_value(m, s->stop);
  mark_value(m, s->step);
}

Value slice_repr(VM& vm, Value self) {
  SliceObject* s = as_slice(self);
  std::string out = "slice(";
  append_repr(vm, out, s->start);
  out += ", ";
  append_repr(vm, out, s->stop);
  out += ", ";
  append_repr(vm, out, s->step);
  out += ")";
  return make_str(vm, out);
}

Value slice_as_tuple(VM& vm, SliceObject* s) {
  return Value::from_object(vm.new_tuple({s->start, s->stop, s->step}));
}

Value slice_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (vm.type_of(a) != vm.types.slice || vm.type_of(b) != vm.types.slice) {
    return vm.not_implemented;
  }
  if (a.is(b) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    return Value::from_bool(op == CompareOp::Eq);
  }
  Rooted x(vm, slice_as_tuple(vm, as_slice(a)));
  Rooted y(vm, slice_as_tuple(vm, as_slice(b)));
  return compare_op(vm, op, x.get(), y.get());
}

Value slice_getattr(VM& vm, Value self, StrObject* name) {
  SliceObject* s = as_slice(self);
  std::string_view n = name->view();
  if (n == "start") return s->start;
  if (n == "stop") return s->stop;
  if (n == "step") return s->step;
  return generic_get_attribute(vm, self, name);
}

Value slice_construct(VM& vm, Type* type, CallArgs args) {
  check_no_kwargs(vm, args, "slice");
  check_positional(vm, "slice", args.npos, 1, 3);
  auto* s = vm.allocate<SliceObject>(type);
  s->start = Value::none();
  s->step = Value::none();
  if (args.npos == 1) {
    s->stop = args[0];
  } else {
    s->start = args[0];
    s->stop = args[1];
    if (args.npos == 3) s->step = args[2];
  }
  return Value::from_object(s);
}

Value slice_indices_method(VM& vm, CallArgs args) {
  check_exactly_one(vm, args, "slice.indices");
  int64_t length = as_ssize(vm, args[1], vm.types.OverflowError);
  if (length < 0) vm.raise(vm.types.ValueError, "length should not be negative");
  int64_t start, stop, step;
  slice_indices(vm, as_slice(args[0]), length, &start, &stop, &step);
  return Value::from_object(
      vm.new_tuple({vm.make_int(start), vm.make_int(stop), vm.make_int(step)}));
}

Value slice_reduce(VM& vm, CallArgs args) {
  check_no_args(vm, args, "slice.__reduce__");
  SliceObject* s = as_slice(args[0]);
  Value t = slice_as_tuple(vm, s);
  return Value::from_object(vm.new_tuple({Value::from_object(vm.types.slice), t}));
}

}  // namespace

void install_slice_type(VM& vm) {
  Type* t = vm.types.slice;
  TypeSlots& s = t->slots;
  s.trace = slice_trace;
  s.repr = slice_repr;
  s.hash = nullptr;
  s.compare = slice_compare;
  s.getattr = slice_getattr;
  s.construct = slice_construct;
  vm.add_method(t, "indices", slice_indices_method);
  vm.add_method(t, "__reduce__", slice_reduce);
}

}  // namespace ember

// Helpers shared by the container types (tuple, list, dict, set, range, slice): argument
// checking with CPython's messages, index conversion, recursion guards for repr.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vm/object.h"

namespace ember {

class VM;
struct ListObject;
struct TupleObject;
struct SliceObject;

// `name() takes no keyword arguments` unless args has none.
void check_no_kwargs(VM& vm, CallArgs args, std::string_view name);
// Positional count for a method (args[0] is self) must lie in [min, max]; CPython's
// _PyArg_CheckPositional messages ("pop expected at most 1 argument, got 2").
void check_positional(VM& vm, std::string_view name, int64_t nargs, int64_t min, int64_t max);
// METH_O style: "list.append() takes exactly one argument (0 given)".
void check_exactly_one(VM& vm, CallArgs args, std::string_view qualname);
// METH_NOARGS style: "dict.keys() takes no arguments (1 given)".
void check_no_args(VM& vm, CallArgs args, std::string_view qualname);

// True when v is an int or has __index__.
bool is_index_like(VM& vm, Value v);
// Converts an __index__-able value to int64. A big int out of int64 range raises
// `overflow_type` with "cannot fit 'int' into an index-sized integer"; a non-integer raises
// TypeError "'str' object cannot be interpreted as an integer".
int64_t as_ssize(VM& vm, Value v, Type* overflow_type);
// Like as_ssize, but clamps big ints (slice bounds semantics).
int64_t as_ssize_clamped(VM& vm, Value v);

// Normalises a negative index; returns false when out of range.
inline bool normalize_index(int64_t& i, int64_t size) {
  if (i < 0) i += size;
  return i >= 0 && i < size;
}

// A sequence's items as a vector (for list/tuple fast paths, or via iteration). The values
// are rooted through a temporary list that the caller keeps alive (`holder`).
ListObject* sequence_to_list(VM& vm, Value iterable);

// Guards against infinite recursion while building the repr of a container that may
// contain itself: `active()` is true when the object is already being printed.
class ReprGuard {
 public:
  ReprGuard(VM& vm, Object* object);
  ~ReprGuard();
  bool active() const { return active_; }

 private:
  VM& vm_;
  Object* object_;
  bool active_;
};

// C-stack recursion guard for nested container operations (repr, compare, hash).
class NativeRecursionGuard {
 public:
  NativeRecursionGuard(VM& vm, const char* where);
  ~NativeRecursionGuard();

 private:
  VM& vm_;
};

// Appends "item, item, ..." reprs of `items`.
void append_reprs(VM& vm, std::string& out, const Value* items, int64_t count);
// Reads items of a list/tuple as (pointer, size); false for other types.
bool sequence_items(VM& vm, Value v, const Value** items, int64_t* size);

Value make_str(VM& vm, std::string_view text);

}  // namespace ember

namespace ember {

// Raises MemoryError (without allocating) when `count` values cannot reasonably be
// allocated: more than physical memory, or beyond the heap's limit.
void check_value_count(VM& vm, int64_t count);

// Per-VM auxiliary types (iterators, views) are kept in their owner type's dict under a key
// that is not an identifier, so no attribute access reaches them.
void register_aux_type(VM& vm, Type* owner, std::string_view key, Type* aux);
Type* aux_type(VM& vm, Type* owner, std::string_view key);
// A new iterator-like type: not subclassable, `iter` returns self.
Type* new_iterator_type(VM& vm, std::string_view name);

// Lexicographic rich comparison of two sequences read through `at(seq, i)` / `size(seq)`
// (re-read on every step: comparisons may run Python code that mutates them).
template <class Size, class At>
Value sequence_compare(VM& vm, Value a, Value b, CompareOp op, Size size, At at);

// For binary slots of sequences: decides between NotImplemented (let a user type's
// reflected method try) and CPython's sequence error for built-in operand types.
bool defer_to_other(VM& vm, Value other);

}  // namespace ember

#include "vm/ops.h"
#include "vm/vm.h"

namespace ember {

template <class Size, class At>
Value sequence_compare(VM& vm, Value a, Value b, CompareOp op, Size size, At at) {
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && size(a) != size(b)) {
    return Value::from_bool(op == CompareOp::Ne);
  }
  NativeRecursionGuard guard(vm, " in comparison");
  int64_t i = 0;
  for (; i < size(a) && i < size(b); ++i) {
    Value x = at(a, i);
    Value y = at(b, i);
    if (x.is(y)) continue;
    Rooted keep_x(vm, x);
    Rooted keep_y(vm, y);
    if (!values_equal(vm, x, y)) break;
  }
  if (i >= size(a) || i >= size(b)) {
    int64_t sa = size(a);
    int64_t sb = size(b);
    bool r = false;
    switch (op) {
      case CompareOp::Lt:
        r = sa < sb;
        break;
      case CompareOp::Le:
        r = sa <= sb;
        break;
      case CompareOp::Eq:
        r = sa == sb;
        break;
      case CompareOp::Ne:
        r = sa != sb;
        break;
      case CompareOp::Gt:
        r = sa > sb;
        break;
      case CompareOp::Ge:
        r = sa >= sb;
        break;
    }
    return Value::from_bool(r);
  }
  if (op == CompareOp::Eq) return Value::from_bool(false);
  if (op == CompareOp::Ne) return Value::from_bool(true);
  return compare_op(vm, op, at(a, i), at(b, i));
}

}  // namespace ember

namespace ember {

// list.sort(key=, reverse=) on a list: stable, raises "list modified during sort".
void list_sort(VM& vm, ListObject* list, Value key, bool reverse);
// Appends every item of `iterable` to `list` (list.extend).
void list_extend_from(VM& vm, ListObject* list, Value iterable);

}  // namespace ember

namespace ember {
// slice_type.cpp; called by install_range_and_slice.
void install_slice_type(VM& vm);
}  // namespace ember

namespace ember {

// Python-visible dunder methods (`[].__len__()`, `super().__getitem__(i)`) that call a
// type's own slot function directly.
void check_wrapper_args(VM& vm, CallArgs args, uint32_t expected);
[[noreturn]] void raise_stop_iteration(VM& vm);

template <Value (*F)(VM&, Value)>
Value wrap_unary(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 0);
  return F(vm, args[0]);
}
template <int64_t (*F)(VM&, Value)>
Value wrap_int(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 0);
  return vm.make_int(F(vm, args[0]));
}
template <Value (*F)(VM&, Value, Value)>
Value wrap_getitem(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 1);
  return F(vm, args[0], args[1]);
}
template <bool (*F)(VM&, Value, Value)>
Value wrap_contains(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 1);
  return Value::from_bool(F(vm, args[0], args[1]));
}
template <void (*F)(VM&, Value, Value, Value)>
Value wrap_setitem(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 2);
  F(vm, args[0], args[1], args[2]);
  return Value::none();
}
template <void (*F)(VM&, Value, Value)>
Value wrap_delitem(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 1);
  F(vm, args[0], args[1]);
  return Value::none();
}
template <Value (*F)(VM&, Value, Value, CompareOp), CompareOp op>
Value wrap_compare(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 1);
  return F(vm, args[0], args[1], op);
}
template <Value (*F)(VM&, BinaryOp, Value, Value), BinaryOp op, bool reflected>
Value wrap_binary(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 1);
  return reflected ? F(vm, op, args[1], args[0]) : F(vm, op, args[0], args[1]);
}
template <bool (*F)(VM&, Value, Value*)>
Value wrap_next(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 0);
  Value item;
  if (!F(vm, args[0], &item)) raise_stop_iteration(vm);
  return item;
}

// The comparison dunders (__eq__ ... __ge__) for a compare slot function.
template <Value (*F)(VM&, Value, Value, CompareOp)>
void add_compare_methods(VM& vm, Type* t) {
  vm.add_method(t, "__eq__", wrap_compare<F, CompareOp::Eq>);
  vm.add_method(t, "__ne__", wrap_compare<F, CompareOp::Ne>);
  vm.add_method(t, "__lt__", wrap_compare<F, CompareOp::Lt>);
  vm.add_method(t, "__le__", wrap_compare<F, CompareOp::Le>);
  vm.add_method(t, "__gt__", wrap_compare<F, CompareOp::Gt>);
  vm.add_method(t, "__ge__", wrap_compare<F, CompareOp::Ge>);
}

// __iter__ (returning self) and __next__ for an iterator type.
template <bool (*F)(VM&, Value, Value*)>
void add_iterator_methods(VM& vm, Type* t) {
  vm.add_method(t, "__next__", wrap_next<F>);
  t->slots.next = F;
}

}  // namespace ember

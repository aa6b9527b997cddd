#include "builtins/container_util.h"

#include <gmp.h>

#include "vm/int_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {
// Bit of GcObject::gc_flags set while an object's repr is being built.
constexpr uint8_t kReprActive = 0x80;
}  // namespace

Value make_str(VM& vm, std::string_view text) {
  return Value::from_object(vm.new_str(text));
}

void check_no_kwargs(VM& vm, CallArgs args, std::string_view name) {
  if (args.nkw() == 0) return;
  std::string message(name);
  message += "() takes no keyword arguments";
  vm.raise(vm.types.TypeError, message);
}

void check_positional(VM& vm, std::string_view name, int64_t nargs, int64_t min, int64_t max) {
  std::string message(name);
  if (nargs < min) {
    message += min == max ? " expected " : " expected at least ";
    message += std::to_string(min) + (min == 1 ? " argument, got " : " arguments, got ");
    message += std::to_string(nargs);
    vm.raise(vm.types.TypeError, message);
  }
  if (nargs > max) {
    message += min == max ? " expected " : " expected at most ";
    message += std::to_string(max) + (max == 1 ? " argument, got " : " arguments, got ");
    message += std::to_string(nargs);
    vm.raise(vm.types.TypeError, message);
  }
}

void check_exactly_one(VM& vm, CallArgs args, std::string_view qualname) {
  check_no_kwargs(vm, args, qualname);
  if (args.npos != 2) {
    std::string message(qualname);
    message += "() takes exactly one argument (" + std::to_string(args.npos - 1) + " given)";
    vm.raise(vm.types.TypeError, message);
  }
}

void check_no_args(VM& vm, CallArgs args, std::string_view qualname) {
  check_no_kwargs(vm, args, qualname);
  if (args.npos != 1) {
    std::string message(qualname);
    message += "() takes no arguments (" + std::to_string(args.npos - 1) + " given)";
    vm.raise(vm.types.TypeError, message);
  }
}

bool is_index_like(VM& vm, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  Type* t = vm.type_of(v);
  return t->has_flag(kTypeIntSubclass) || t->slots.index != nullptr;
}

namespace {

[[noreturn]] void not_integer(VM& vm, Value v) {
  std::string message = "'";
  message += type_name(vm, v);
  message += "' object cannot be interpreted as an integer";
  vm.raise(vm.types.TypeError, message);
}

Value index_of(VM& vm, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::from_small_int(v.as_bool() ? 1 : 0);
  if (!is_index_like(vm, v)) not_integer(vm, v);
  return to_int_index(vm, v);
}

}  // namespace

int64_t as_ssize(VM& vm, Value v, Type* overflow_type) {
  Value i = index_of(vm, v);
  if (i.is_small_int()) return i.as_small_int();
  if (i.is_bool()) return i.as_bool() ? 1 : 0;
  auto* big = static_cast<BigIntObject*>(i.as_object());
  if (mpz_fits_slong_p(big->value)) return mpz_get_si(big->value);
  vm.raise(overflow_type, "cannot fit 'int' into an index-sized integer");
}

int64_t as_ssize_clamped(VM& vm, Value v) {
  Value i = index_of(vm, v);
  if (i.is_small_int()) return i.as_small_int();
  if (i.is_bool()) return i.as_bool() ? 1 : 0;
  auto* big = static_cast<BigIntObject*>(i.as_object());
  if (mpz_fits_slong_p(big->value)) return mpz_get_si(big->value);
  return mpz_sgn(big->value) < 0 ? INT64_MIN : INT64_MAX;
}

ListObject* sequence_to_list(VM& vm, Value iterable) {
  ListObject* list = vm.new_list(0);
  Rooted keep(vm, Value::from_object(list));
  const Value* items;
  int64_t size;
  if (sequence_items(vm, iterable, &items, &size)) {
    list_reserve(vm, list, size);
    for (int64_t i = 0; i < size; ++i) list->items[i] = items[i];
    list->size = size;
    return list;
  }
  list_extend_from(vm, list, iterable);
  return list;
}

bool sequence_items(VM& vm, Value v, const Value** items, int64_t* size) {
  if (!v.is_object()) return false;
  Object* o = v.as_object();
  if (o->type == vm.types.list) {
    auto* l = static_cast<ListObject*>(o);
    *items = l->items;
    *size = l->size;
    return true;
  }
  if (o->type == vm.types.tuple) {
    auto* t = static_cast<TupleObject*>(o);
    *items = t->items;
    *size = t->size;
    return true;
  }
  return false;
}

ReprGuard::ReprGuard(VM& vm, Object* object) : vm_(vm), object_(object) {
  active_ = (object->gc_flags & kReprActive) != 0;
  if (!active_) {
    if (++vm.recursion_depth > vm.recursion_limit) {
      --vm.recursion_depth;
      vm.raise(vm.types.RecursionError,
               "maximum recursion depth exceeded while getting the repr of an object");
    }
    object->gc_flags |= kReprActive;
  }
}

ReprGuard::~ReprGuard() {
  if (!active_) {
    object_->gc_flags &= static_cast<uint8_t>(~kReprActive);
    --vm_.recursion_depth;
  }
}

NativeRecursionGuard::NativeRecursionGuard(VM& vm, const char* where) : vm_(vm) {
  if (++vm.recursion_depth > vm.recursion_limit) {
    --vm.recursion_depth;
    std::string message = "maximum recursion depth exceeded";
    message += where;
    vm.raise(vm.types.RecursionError, message);
  }
}

NativeRecursionGuard::~NativeRecursionGuard() {
  --vm_.recursion_depth;
}

void append_reprs(VM& vm, std::string& out, const Value* items, int64_t count) {
  for (int64_t i = 0; i < count; ++i) {
    if (i) out += ", ";
    append_repr(vm, out, items[i]);
  }
}

}  // namespace ember

#include <unistd.h>

#include "vm/dict_object.h"

namespace ember {

void check_value_count(VM& vm, int64_t count) {
  if (count < 0) vm.raise_memory_error();
  // Small requests: the heap's own limit check on allocation is enough.
  if (count < (int64_t{1} << 24)) return;
  static_assert(sizeof(Value) == 8);
  long pages = sysconf(_SC_PHYS_PAGES);
  long page_size = sysconf(_SC_PAGESIZE);
  uint64_t physical =
      pages > 0 && page_size > 0 ? static_cast<uint64_t>(pages) * page_size : (1ull << 40);
  if (static_cast<uint64_t>(count) > physical / sizeof(Value)) vm.raise_memory_error();
  try {
    vm.heap().check_room(static_cast<size_t>(count) * sizeof(Value));
  } catch (const OutOfMemory&) {
    vm.raise_memory_error();
  }
}

void register_aux_type(VM& vm, Type* owner, std::string_view key, Type* aux) {
  dict_set_str(vm, owner->dict, vm.intern(key), Value::from_object(aux));
}

Type* aux_type(VM& vm, Type* owner, std::string_view key) {
  Value v = dict_get_str(vm, owner->dict, vm.intern(key));
  return static_cast<Type*>(v.as_object());
}

namespace {
Value iter_self(VM&, Value self) {
  return self;
}
Value iter_self_method(VM& vm, CallArgs args) {
  check_wrapper_args(vm, args, 0);
  return args[0];
}
}  // namespace

Type* new_iterator_type(VM& vm, std::string_view name) {
  Type* t = vm.new_type(name, vm.types.object, 0);
  t->slots.iter = iter_self;
  t->slots.hash = vm.types.object->slots.hash;
  vm.add_method(t, "__iter__", iter_self_method);
  return t;
}

bool defer_to_other(VM& vm, Value other) {
  return vm.type_of(other)->has_flag(kTypeHeapType);
}

}  // namespace ember

#include "vm/exception_object.h"

namespace ember {

void check_wrapper_args(VM& vm, CallArgs args, uint32_t expected) {
  if (args.nkw() != 0) {
    vm.raise(vm.types.TypeError, "wrapper takes no keyword arguments");
  }
  uint32_t got = args.npos - 1;
  if (got != expected) {
    vm.raise(vm.types.TypeError, "expected " + std::to_string(expected) +
                                     (expected == 1 ? " argument, got " : " arguments, got ") +
                                     std::to_string(got));
  }
}

void raise_stop_iteration(VM& vm) {
  vm.raise(Value::from_object(vm.new_exception(vm.types.StopIteration, vm.empty_tuple)));
}

}  // namespace ember

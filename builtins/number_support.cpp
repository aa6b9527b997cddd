#include "builtins/number_support.h"

#include <charconv>
#include <cstring>
#include <string>

#include "builtins/int_value.h"
#include "builtins/numeric/complex_ops.h"
#include "builtins/numeric/float_ops.h"
#include "builtins/numeric/int_format.h"
#include "builtins/numeric/int_ops.h"
#include "vm/call.h"
#include "vm/complex_object.h"
#include "vm/float_object.h"
#include "vm/int_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

void raise_num_error(VM& vm, const numeric::NumError& error) {
  switch (error.kind) {
    case numeric::NumError::ValueError:
      vm.raise(vm.types.ValueError, error.message);
    case numeric::NumError::OverflowError:
      vm.raise(vm.types.OverflowError, error.message);
    case numeric::NumError::ZeroDivisionError:
      vm.raise(vm.types.ZeroDivisionError, error.message);
    case numeric::NumError::TypeError:
      vm.raise(vm.types.TypeError, error.message);
    case numeric::NumError::MemoryError:
      vm.raise_memory_error();
  }
  vm.raise(vm.types.SystemError, error.message);
}

double int_to_double(VM& vm, Value v) {
  int64_t x;
  // int64 -> double is correctly rounded (half-even) in hardware. (numeric::int_to_double also
  // mishandles 54..61-bit values at the moment.)
  if (int_as_int64(v, &x)) return static_cast<double>(x);
  IntView z(v);
  return checked(vm, numeric::int_to_double(z.get()));
}

Value float_power(VM& vm, double x, double y) {
  numeric::FloatPow p = checked(vm, numeric::float_pow(x, y));
  if (!p.needs_complex) return Value::from_double(p.value);
  numeric::Complex z = checked(vm, numeric::complex_pow({x, 0.0}, {y, 0.0}));
  return new_complex(vm, z.re, z.im);
}

Value new_complex(VM& vm, double real, double imag) {
  auto* c = vm.allocate<ComplexObject>(vm.types.complex);
  c->real = real;
  c->imag = imag;
  return Value::from_object(c);
}

bool is_complex_value(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.as_object()->type, vm.types.complex);
}

bool real_operand(VM& vm, Value v, double* out) {
  if (is_float_value(v)) {
    *out = float_value(v);
    return true;
  }
  if (!is_int_value(vm, v)) return false;
  *out = int_to_double(vm, v);
  return true;
}

bool number_to_double(VM& vm, Value x, double* out) {
  if (real_operand(vm, x, out)) return true;
  Type* t = vm.type_of(x);
  if (is_subtype(t, vm.types.complex)) return false;
  Value method = lookup_in_type(vm, t, vm.name("__float__"));
  if (!method.is_undefined()) {
    Value r = call_with_self(vm, method, x, CallArgs{});
    if (!is_float_value(r)) {
      vm.raise(vm.types.TypeError, std::string(t->name->view()) +
                                       ".__float__ returned non-float (type " +
                                       std::string(type_name(vm, r)) + ")");
    }
    *out = float_value(r);
    return true;
  }
  if (t->slots.to_float) {
    Value r = t->slots.to_float(vm, x);
    if (is_float_value(r)) {
      *out = float_value(r);
      return true;
    }
  }
  if (t->slots.index || !lookup_in_type(vm, t, vm.name("__index__")).is_undefined()) {
    Value i = t->slots.index
                  ? t->slots.index(vm, x)
                  : call_with_self(vm, lookup_in_type(vm, t, vm.name("__index__")), x, CallArgs{});
    if (!is_int_value(vm, i)) {
      vm.raise(vm.types.TypeError,
               "__index__ returned non-int (type " + std::string(type_name(vm, i)) + ")");
    }
    *out = int_to_double(vm, i);
    return true;
  }
  return false;
}

Value round_int(VM& vm, Value x, Value ndigits) {
  if (x.is_bool()) x = Value::from_small_int(x.as_bool() ? 1 : 0);
  if (ndigits.is_none()) return x;
  Value n = to_int_index(vm, ndigits);
  IntView z(x), digits(n);
  return vm.make_int(numeric::int_round(z.get(), digits.get()).get());
}

Value number_to_int(VM& vm, Value x) {
  if (is_int_value(vm, x)) {
    if (x.is_bool()) return Value::from_small_int(x.as_bool() ? 1 : 0);
    // An instance of an int subclass converts to a plain int of the same value.
    if (x.is_object() && x.as_object()->type != vm.types.int_) {
      return vm.make_int(static_cast<BigIntObject*>(x.as_object())->value);
    }
    return x;
  }
  if (is_float_value(x)) return int_result(vm, numeric::float_to_int(float_value(x)));
  Type* t = vm.type_of(x);
  if (is_subtype(t, vm.types.str) || is_subtype(t, vm.types.bytes) ||
      is_subtype(t, vm.types.bytearray)) {
    return text_to_int(vm, x, Value::from_small_int(10));
  }
  for (const char* method : {"__int__", "__index__", "__trunc__"}) {
    Value f = lookup_in_type(vm, t, vm.name(method));
    if (!f.is_undefined()) {
      Value r = call_with_self(vm, f, x, CallArgs{});
      if (!is_int_value(vm, r)) {
        vm.raise(vm.types.TypeError, std::string(method) + " returned non-int (type " +
                                         std::string(type_name(vm, r)) + ")");
      }
      return r;
    }
  }
  if (t->slots.index) return t->slots.index(vm, x);
  vm.raise(vm.types.TypeError,
           "int() argument must be a string, a bytes-like object or a real number, not '" +
               std::string(t->name->view()) + "'");
}

void parse_int_constructor_args(VM& vm, CallArgs args, Value* x, Value* base) {
  if (args.npos + args.nkw() > 2) {
    vm.raise(vm.types.TypeError, "int() takes at most 2 arguments (" +
                                     std::to_string(args.npos + args.nkw()) + " given)");
  }
  if (args.npos >= 1) *x = args[0];
  if (args.npos == 2) *base = args[1];
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view name = static_cast<StrObject*>(args.kwnames->items[k].as_object())->view();
    if (name == "base" && base->is_undefined()) {
      *base = args[args.npos + k];
    } else if (name == "base") {
      vm.raise(vm.types.TypeError, "argument for int() given by name ('base') and position (2)");
    } else {
      vm.raise(vm.types.TypeError,
               "'" + std::string(name) + "' is an invalid keyword argument for int()");
    }
  }
}

Value int64_text(VM& vm, int64_t x) {
  char buffer[24];
  size_t n = static_cast<size_t>(std::to_chars(buffer, buffer + sizeof buffer, x).ptr - buffer);
  StrObject* s = vm.allocate_str(vm.types.str, n, static_cast<int64_t>(n), true);
  std::memcpy(s->data, buffer, n);
  return Value::from_object(s);
}

Value format_int(VM& vm, Value v, StrObject* spec) {
  int64_t x;
  if (spec->byte_length == 0 && !v.is_bool() && int_as_int64(v, &x)) return int64_text(vm, x);
  IntView z(v);
  std::string_view type = v.is_bool() ? "bool" : "int";
  if (v.is_bool() && spec->byte_length == 0) return Value::from_object(str(vm, v));
  return Value::from_object(vm.new_str(
      checked(vm, numeric::format_int(z.get(), spec->view(), type, vm.int_max_str_digits))));
}

void expect_no_arguments(VM& vm, CallArgs args, const char* name) {
  if (args.npos != 1 || args.nkw() != 0) {
    vm.raise(vm.types.TypeError, std::string(name) + "() takes no arguments (" +
                                     std::to_string(args.npos + args.nkw() - 1) + " given)");
  }
}

Value attribute_or_error(VM& vm, Value self, StrObject* name) {
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) raise_no_attribute(vm, self, name);
  return v;
}

}  // namespace ember

// Glue between the pure numeric library (builtins/numeric/) and the VM's number types.
#pragma once
#include <gmp.h>

#include <cstdint>

#include "builtins/numeric/mpz.h"
#include "builtins/numeric/result.h"
#include "vm/object.h"
#include "vm/vm.h"

namespace ember {

class VM;

// Raises the Python exception a numeric-library error stands for.
[[noreturn]] void raise_num_error(VM& vm, const numeric::NumError& error);

template <class T>
T checked(VM& vm, numeric::Result<T> result) {
  if (!result.ok()) raise_num_error(vm, result.error());
  return std::move(result).value();
}

inline Value int_result(VM& vm, numeric::Result<numeric::Mpz> result) {
  return vm.make_int(checked(vm, std::move(result)).get());
}

// The outcome of a three-way comparison `c` (<0, 0, >0) under `op`.
inline bool compare_result(CompareOp op, int c) {
  switch (op) {
    case CompareOp::Lt:
      return c < 0;
    case CompareOp::Le:
      return c <= 0;
    case CompareOp::Eq:
      return c == 0;
    case CompareOp::Ne:
      return c != 0;
    case CompareOp::Gt:
      return c > 0;
    case CompareOp::Ge:
      return c >= 0;
  }
  return false;
}

// float ** float with CPython's errors; a negative base with a fractional exponent gives
// a complex result.
Value float_power(VM& vm, double x, double y);

// A new complex object.
Value new_complex(VM& vm, double real, double imag);
// True for complex values.
bool is_complex_value(VM& vm, Value v);
// The value of a float, int or bool operand as a double (OverflowError "int too large to
// convert to float"); false for any other type.
bool real_operand(VM& vm, Value v, double* out);
// float(x) for a number-like object: float, int, __float__, __index__. Returns false when x
// has none of these (the caller raises its own TypeError); raises when __float__ misbehaves.
bool number_to_double(VM& vm, Value x, double* out);

// round(x, ndigits) for a float or an int; ndigits None (round(x)) gives an int.
Value round_float(VM& vm, double x, Value ndigits);
Value round_int(VM& vm, Value x, Value ndigits);

// abs(x), divmod(a, b) and pow(v, w, z) (z None: v ** w), as the built-ins compute them.
Value number_abs(VM& vm, Value x);
Value number_divmod(VM& vm, Value a, Value b);
Value number_power(VM& vm, Value v, Value w, Value z);

// int(x) for a number or an object with __int__/__index__/__trunc__.
Value number_to_int(VM& vm, Value x);
// int(text, base) for str, bytes and bytearray.
Value text_to_int(VM& vm, Value text, Value base);
// Splits int()'s arguments: int([x], base=10).
void parse_int_constructor_args(VM& vm, CallArgs args, Value* x, Value* base);
// format(int, spec).
Value format_int(VM& vm, Value v, StrObject* spec);
// Decimal text of an int64 as a str (str() and format() of every int that fits).
Value int64_text(VM& vm, int64_t x);

// Raises TypeError "name() takes no arguments (N given)" unless only self was passed.
void expect_no_arguments(VM& vm, CallArgs args, const char* name);
// Generic attribute lookup with the usual AttributeError.
Value attribute_or_error(VM& vm, Value self, StrObject* name);

// int.to_bytes / int.from_bytes.
void install_int_bytes_methods(VM& vm);
// The special methods of int, bool, float and complex ((3).__add__, float.__lt__, ...).
void install_number_dunders(VM& vm);
// The built-in functions abs, divmod, pow, round, hex, oct, bin.
void install_number_functions(VM& vm);

}  // namespace ember

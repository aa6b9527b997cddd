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

// CPython's numeric hash (modulus 2**61 - 1), so that equal numbers hash alike.
int64_t hash_int64(int64_t x);
int64_t hash_mpz(mpz_srcptr x);

// float ** float with CPython's errors; a negative base with a fractional exponent gives
// a complex result.
Value float_power(VM& vm, double x, double y);

// int(x) for a number or an object with __int__/__index__/__trunc__.
Value number_to_int(VM& vm, Value x);
// int(text, base) for str, bytes and bytearray.
Value text_to_int(VM& vm, Value text, Value base);
// Splits int()'s arguments: int([x], base=10).
void parse_int_constructor_args(VM& vm, CallArgs args, Value* x, Value* base);
// format(int, spec).
Value format_int(VM& vm, Value v, StrObject* spec);

// Raises TypeError "name() takes no arguments (N given)" unless only self was passed.
void expect_no_arguments(VM& vm, CallArgs args, const char* name);
// Generic attribute lookup with the usual AttributeError.
Value attribute_or_error(VM& vm, Value self, StrObject* name);

// int.to_bytes / int.from_bytes.
void install_int_bytes_methods(VM& vm);

}  // namespace ember

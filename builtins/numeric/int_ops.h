// Python int semantics on GMP integers, with int64 fast paths.
#pragma once

#include <gmp.h>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "builtins/numeric/mpz.h"
#include "builtins/numeric/result.h"

namespace ember::numeric {

// --- int64 fast paths: return false when the result does not fit (or b == 0); the caller then
// takes the mpz path, which also produces the error.
bool i64_add(int64_t a, int64_t b, int64_t* out);
bool i64_sub(int64_t a, int64_t b, int64_t* out);
bool i64_mul(int64_t a, int64_t b, int64_t* out);
bool i64_floordiv(int64_t a, int64_t b, int64_t* out);
bool i64_mod(int64_t a, int64_t b, int64_t* out);
bool i64_lshift(int64_t a, int64_t n, int64_t* out);    // n must be >= 0
bool i64_pow(int64_t base, int64_t exp, int64_t* out);  // exp must be >= 0

// --- arbitrary precision (Python's floor semantics: the remainder has the divisor's sign).
Result<Mpz> int_floordiv(mpz_srcptr a, mpz_srcptr b);  // "integer division or modulo by zero"
Result<Mpz> int_mod(mpz_srcptr a, mpz_srcptr b);       // "integer modulo by zero"
Result<std::pair<Mpz, Mpz>> int_divmod(mpz_srcptr a, mpz_srcptr b);

// a ** b. A negative exponent makes the result a float (is_float set), computed as
// float(a) ** float(b) with CPython's float errors.
struct IntPow {
  bool is_float = false;
  Mpz int_value;
  double float_value = 0.0;
};
Result<IntPow> int_pow(mpz_srcptr base, mpz_srcptr exp);
// pow(a, b, m); negative b uses the modular inverse.
Result<Mpz> int_pow_mod(mpz_srcptr base, mpz_srcptr exp, mpz_srcptr mod);

Result<Mpz> int_lshift(mpz_srcptr a, mpz_srcptr n);  // "negative shift count"
Result<Mpz> int_rshift(mpz_srcptr a, mpz_srcptr n);
Mpz int_and(mpz_srcptr a, mpz_srcptr b);
Mpz int_or(mpz_srcptr a, mpz_srcptr b);
Mpz int_xor(mpz_srcptr a, mpz_srcptr b);
Mpz int_invert(mpz_srcptr a);

uint64_t int_bit_length(mpz_srcptr a);
uint64_t int_bit_count(mpz_srcptr a);

// int.to_bytes(length, byteorder, signed=...) / int.from_bytes(bytes, byteorder, signed=...).
Result<std::string> int_to_bytes(mpz_srcptr a, int64_t length, bool little_endian, bool is_signed);
Mpz int_from_bytes(std::string_view bytes, bool little_endian, bool is_signed);

// float(a), correctly rounded (half-even); "int too large to convert to float".
Result<double> int_to_double(mpz_srcptr a);
// a / b, correctly rounded; "division by zero", "integer division result too large for a float".
Result<double> int_true_divide(mpz_srcptr a, mpz_srcptr b);
// Exact comparison of an int with a float; unordered when x is NaN.
std::partial_ordering int_compare_double(mpz_srcptr a, double x);
// round(a, ndigits): half-even rounding to a multiple of 10**-ndigits.
Mpz int_round(mpz_srcptr a, mpz_srcptr ndigits);

// str(a) in base 10; max_str_digits = 0 disables CPython's 4300-digit limit.
Result<std::string> int_to_decimal(mpz_srcptr a, int64_t max_str_digits = 4300);
// Digits in base 2, 8, 10 or 16 with '-' sign, and with 0b/0o/0x prefix when prefix is set.
std::string int_to_base(mpz_srcptr a, int base, bool prefix);
inline std::string int_bin(mpz_srcptr a) {
  return int_to_base(a, 2, true);
}
inline std::string int_oct(mpz_srcptr a) {
  return int_to_base(a, 8, true);
}
inline std::string int_hex(mpz_srcptr a) {
  return int_to_base(a, 16, true);
}

// Internal helper shared with float code: rounds q * 2**shift to a double, half-even, where q
// carries a sticky low bit (at most 64 bits). Returns +inf on overflow.
double round_scaled_to_double(uint64_t q, int64_t shift);

}  // namespace ember::numeric

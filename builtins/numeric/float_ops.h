// Python float semantics: division, modulo, power, rounding, conversions, hex.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "builtins/numeric/mpz.h"
#include "builtins/numeric/result.h"

namespace ember::numeric {

Result<double> float_truediv(double a, double b);   // "float division by zero"
Result<double> float_floordiv(double a, double b);  // "float floor division by zero"
Result<double> float_mod(double a, double b);       // "float modulo"
Result<std::pair<double, double>> float_divmod(double a, double b);  // "float divmod()"

// a ** b. needs_complex: a negative base with a non-integral exponent; the caller must then
// compute complex(a) ** complex(b) (value is unspecified).
struct FloatPow {
  bool needs_complex = false;
  double value = 0.0;
};
Result<FloatPow> float_pow(double a, double b);

// round(x): half-even to an int. round(x, ndigits): correctly rounded, half-even on the exact
// binary value.
Result<Mpz> float_round(double x);
Result<double> float_round_ndigits(double x, int64_t ndigits);

bool float_is_integer(double x);
Result<std::pair<Mpz, Mpz>> float_as_integer_ratio(double x);
std::string float_hex(double x);
Result<double> float_fromhex(std::string_view s);

// math.floor / math.ceil / math.trunc / int(x) for floats.
Result<Mpz> float_floor(double x);
Result<Mpz> float_ceil(double x);
Result<Mpz> float_trunc(double x);
inline Result<Mpz> float_to_int(double x) {
  return float_trunc(x);
}

}  // namespace ember::numeric

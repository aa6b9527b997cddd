// Python complex semantics: repr, division, power, abs.
#pragma once

#include <string>

#include "builtins/numeric/result.h"

namespace ember::numeric {

struct Complex {
  double re = 0.0;
  double im = 0.0;
};

// repr(z) / str(z): "(1+2j)", "1j", "(-0-1j)", "(nan+infj)".
std::string complex_repr(Complex z);

Complex complex_add(Complex a, Complex b);
Complex complex_sub(Complex a, Complex b);
Complex complex_mul(Complex a, Complex b);
Result<Complex> complex_div(Complex a, Complex b);  // "complex division by zero"
// a ** b: "0.0 to a negative or complex power" (ZeroDivisionError), "complex exponentiation"
// (OverflowError).
Result<Complex> complex_pow(Complex a, Complex b);
Result<double> complex_abs(Complex z);  // "absolute value too large"

}  // namespace ember::numeric

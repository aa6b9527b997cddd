#include "builtins/numeric/complex_ops.h"

#include <cerrno>
#include <climits>
#include <cmath>

#include "builtins/numeric/float_repr.h"

namespace ember::numeric {
namespace {

// _Py_c_quot; sets *domain_error on division by zero.
Complex quot(Complex a, Complex b, bool* domain_error) {
  Complex r;
  const double abs_breal = b.re < 0 ? -b.re : b.re;
  const double abs_bimag = b.im < 0 ? -b.im : b.im;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *domain_error = true;
      r.re = r.im = 0.0;
    } else {
      const double ratio = b.im / b.re;
      const double denom = b.re + b.im * ratio;
      r.re = (a.re + a.im * ratio) / denom;
      r.im = (a.im - a.re * ratio) / denom;
    }
  } else if (abs_bimag >= abs_breal) {
    const double ratio = b.re / b.im;
    const double denom = b.re * ratio + b.im;
    r.re = (a.re * ratio + a.im) / denom;
    r.im = (a.im * ratio - a.re) / denom;
  } else {
    r.re = r.im = std::nan("");
  }
  return r;
}

// _Py_c_pow; sets *domain_error for 0 ** (negative or complex).
Complex cpow(Complex a, Complex b, bool* domain_error) {
  Complex r;
  if (b.re == 0.0 && b.im == 0.0) {
    r.re = 1.0;
    r.im = 0.0;
  } else if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *domain_error = true;
    r.re = 0.0;
    r.im = 0.0;
  } else {
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
      len /= std::exp(at * b.im);
      phase += b.im * std::log(vabs);
    }
    r.re = len * std::cos(phase);
    r.im = len * std::sin(phase);
  }
  return r;
}

Complex powu(Complex x, long n) {
  Complex r{1.0, 0.0};
  Complex p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = complex_mul(r, p);
    mask <<= 1;
    p = complex_mul(p, p);
  }
  return r;
}

}  // namespace

std::string complex_repr(Complex z) {
  if (z.re == 0.0 && !std::signbit(z.re)) return double_to_string(z.im, 'r', 0, 0) + "j";
  return "(" + double_to_string(z.re, 'r', 0, 0) + double_to_string(z.im, 'r', 0, kDtsfSign) + "j)";
}

Complex complex_add(Complex a, Complex b) {
  return {a.re + b.re, a.im + b.im};
}
Complex complex_sub(Complex a, Complex b) {
  return {a.re - b.re, a.im - b.im};
}
Complex complex_mul(Complex a, Complex b) {
  return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

Result<Complex> complex_div(Complex a, Complex b) {
  bool domain_error = false;
  Complex r = quot(a, b, &domain_error);
  if (domain_error) return zero_division_error("complex division by zero");
  return r;
}

Result<Complex> complex_pow(Complex a, Complex b) {
  bool domain_error = false;
  errno = 0;
  Complex p;
  // (long)exponent.real, guarded against values a C cast cannot represent.
  const bool fits_long = b.re >= -9.2e18 && b.re <= 9.2e18;
  const long int_exponent = fits_long ? static_cast<long>(b.re) : LONG_MIN;
  if (b.im == 0.0 && fits_long && b.re == static_cast<double>(int_exponent)) {
    if (int_exponent > 100 || int_exponent < -100) {
      p = cpow(a, Complex{static_cast<double>(int_exponent), 0.0}, &domain_error);
    } else if (int_exponent > 0) {
      p = powu(a, int_exponent);
    } else {
      p = quot(Complex{1.0, 0.0}, powu(a, -int_exponent), &domain_error);
    }
  } else {
    p = cpow(a, b, &domain_error);
  }
  int err = domain_error ? EDOM : errno;
  if (std::isinf(p.re) || std::isinf(p.im)) {
    if (err == 0) err = ERANGE;
  } else if (err == ERANGE) {
    err = 0;
  }
  if (err == EDOM) return zero_division_error("0.0 to a negative or complex power");
  if (err == ERANGE) return overflow_error("complex exponentiation");
  return p;
}

Result<double> complex_abs(Complex z) {
  if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
    if (std::isinf(z.re)) return std::fabs(z.re);
    if (std::isinf(z.im)) return std::fabs(z.im);
    return std::nan("");
  }
  double r = std::hypot(z.re, z.im);
  if (!std::isfinite(r)) return overflow_error("absolute value too large");
  return r;
}

}  // namespace ember::numeric

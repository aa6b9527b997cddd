#include "builtins/numeric/float_ops.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "builtins/numeric/int_ops.h"

namespace ember::numeric {
namespace {

void div_mod(double vx, double wx, double* floordiv, double* modulo) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double fd;
  if (div != 0.0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *modulo = mod;
}

bool is_odd_integer(double x) {
  return std::fmod(std::fabs(x), 2.0) == 1.0;
}

Result<Mpz> integral_to_mpz(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) return value_error("cannot convert float NaN to integer");
  Mpz r;
  mpz_set_d(r.get(), x);
  return r;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_py_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool iequals_prefix(std::string_view s, size_t pos, std::string_view word) {
  if (s.size() - pos < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = s[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

}  // namespace

Result<double> float_truediv(double a, double b) {
  if (b == 0.0) return zero_division_error("float division by zero");
  return a / b;
}

Result<double> float_floordiv(double a, double b) {
  if (b == 0.0) return zero_division_error("float floor division by zero");
  double d, m;
  div_mod(a, b, &d, &m);
  return d;
}

Result<double> float_mod(double a, double b) {
  if (b == 0.0) return zero_division_error("float modulo");
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

Result<std::pair<double, double>> float_divmod(double a, double b) {
  if (b == 0.0) return zero_division_error("float divmod()");
  double d, m;
  div_mod(a, b, &d, &m);
  return std::make_pair(d, m);
}

Result<FloatPow> float_pow(double iv, double iw) {
  FloatPow r;
  if (iw == 0.0) {
    r.value = 1.0;
    return r;
  }
  if (std::isnan(iv)) {
    r.value = iv;
    return r;
  }
  if (std::isnan(iw)) {
    r.value = iv == 1.0 ? 1.0 : iw;
    return r;
  }
  if (std::isinf(iw)) {
    double av = std::fabs(iv);
    if (av == 1.0) {
      r.value = 1.0;
    } else if ((iw > 0.0) == (av > 1.0)) {
      r.value = std::fabs(iw);
    } else {
      r.value = 0.0;
    }
    return r;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) {
      r.value = odd ? iv : std::fabs(iv);
    } else {
      r.value = odd ? std::copysign(0.0, iv) : 0.0;
    }
    return r;
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) return zero_division_error("0.0 cannot be raised to a negative power");
    r.value = odd ? iv : 0.0;
    return r;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      r.needs_complex = true;
      return r;
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) {
    r.value = negate ? -1.0 : 1.0;
    return r;
  }
  errno = 0;
  double ix = std::pow(iv, iw);
  int err = errno;
  if (std::isinf(ix)) {
    err = ERANGE;
  } else if (err == ERANGE && ix == 0.0) {
    err = 0;
  }
  if (err == ERANGE) return overflow_error("(34, 'Numerical result out of range')");
  if (err != 0) return value_error("(33, 'Numerical argument out of domain')");
  r.value = negate ? -ix : ix;
  return r;
}

Result<Mpz> float_round(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return integral_to_mpz(rounded);
}

Result<double> float_round_ndigits(double x, int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  constexpr int64_t kNdigitsMax = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)
  constexpr int64_t kNdigitsMin = -308;  // -(DBL_MAX_EXP + 1) * log10(2)
  if (ndigits > kNdigitsMax) return x;
  if (ndigits < kNdigitsMin) return 0.0 * x;
  // x = m * 2**e exactly; q = round_half_even(x * 10**ndigits); result = q / 10**ndigits.
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);
  Mpz num, den;
  mpz_set_d(num.get(), std::ldexp(m, 53));
  e -= 53;
  mpz_set_ui(den.get(), 1);
  if (e >= 0) {
    mpz_mul_2exp(num.get(), num.get(), static_cast<mp_bitcnt_t>(e));
  } else {
    mpz_mul_2exp(den.get(), den.get(), static_cast<mp_bitcnt_t>(-e));
  }
  Mpz p10;
  mpz_ui_pow_ui(p10.get(), 10, static_cast<unsigned long>(ndigits >= 0 ? ndigits : -ndigits));
  if (ndigits >= 0) {
    mpz_mul(num.get(), num.get(), p10.get());
  } else {
    mpz_mul(den.get(), den.get(), p10.get());
  }
  Mpz q, r;
  mpz_fdiv_qr(q.get(), r.get(), num.get(), den.get());
  mpz_mul_2exp(r.get(), r.get(), 1);
  int c = mpz_cmp(r.get(), den.get());
  if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q.get(), q.get(), 1);
  std::string text = std::signbit(x) ? "-" : "";
  text += Mpz(q.get()).to_string();
  text += "e" + std::to_string(-ndigits);
  errno = 0;
  double rounded = std::strtod(text.c_str(), nullptr);
  if (std::isinf(rounded)) return overflow_error("rounded value too large to represent");
  return rounded;
}

bool float_is_integer(double x) {
  return std::isfinite(x) && std::floor(x) == x;
}

Result<std::pair<Mpz, Mpz>> float_as_integer_ratio(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return value_error("cannot convert NaN to integer ratio");
  int e = 0;
  double m = std::frexp(x, &e);
  // Scale the mantissa to an integer.
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Mpz num, den;
  mpz_set_d(num.get(), m);
  mpz_set_ui(den.get(), 1);
  if (e > 0) {
    mpz_mul_2exp(num.get(), num.get(), static_cast<mp_bitcnt_t>(e));
  } else {
    mpz_mul_2exp(den.get(), den.get(), static_cast<mp_bitcnt_t>(-e));
  }
  return std::make_pair(std::move(num), std::move(den));
}

std::string float_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);
  const int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  s.push_back(kHex[static_cast<int>(m)]);
  m -= static_cast<int>(m);
  s.push_back('.');
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    s.push_back(kHex[static_cast<int>(m)]);
    m -= static_cast<int>(m);
  }
  std::string out = x < 0 ? "-0x" : "0x";
  out += s;
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return out;
}

Result<double> float_fromhex(std::string_view s) {
  const NumError invalid = value_error("invalid hexadecimal floating-point string");
  size_t pos = 0, end = s.size();
  while (pos < end && is_py_space(s[pos])) ++pos;
  while (end > pos && is_py_space(s[end - 1])) --end;
  bool negate = false;
  if (pos < end && (s[pos] == '-' || s[pos] == '+')) {
    negate = s[pos] == '-';
    ++pos;
  }
  std::string_view body = s.substr(pos, end - pos);
  if (iequals_prefix(body, 0, "infinity") && body.size() == 8) return negate ? -HUGE_VAL : HUGE_VAL;
  if (iequals_prefix(body, 0, "inf") && body.size() == 3) return negate ? -HUGE_VAL : HUGE_VAL;
  if (iequals_prefix(body, 0, "nan") && body.size() == 3) return std::nan("");
  size_t i = 0;
  if (iequals_prefix(body, 0, "0x")) i = 2;
  Mpz mant;
  int64_t frac_digits = 0;
  int64_t ndigits = 0;
  for (; i < body.size() && hex_value(body[i]) >= 0; ++i, ++ndigits) {
    mpz_mul_2exp(mant.get(), mant.get(), 4);
    mpz_add_ui(mant.get(), mant.get(), static_cast<unsigned long>(hex_value(body[i])));
  }
  if (i < body.size() && body[i] == '.') {
    for (++i; i < body.size() && hex_value(body[i]) >= 0; ++i, ++ndigits, ++frac_digits) {
      mpz_mul_2exp(mant.get(), mant.get(), 4);
      mpz_add_ui(mant.get(), mant.get(), static_cast<unsigned long>(hex_value(body[i])));
    }
  }
  if (ndigits == 0) return invalid;
  int64_t exp = 0;
  if (i < body.size() && (body[i] == 'p' || body[i] == 'P')) {
    ++i;
    bool eneg = false;
    if (i < body.size() && (body[i] == '-' || body[i] == '+')) {
      eneg = body[i] == '-';
      ++i;
    }
    size_t start = i;
    for (; i < body.size() && body[i] >= '0' && body[i] <= '9'; ++i) {
      if (exp < (int64_t{1} << 40)) exp = exp * 10 + (body[i] - '0');
    }
    if (i == start) return invalid;
    if (eneg) exp = -exp;
  }
  if (i != body.size()) return invalid;
  if (mpz_sgn(mant.get()) == 0) return negate ? -0.0 : 0.0;
  const int64_t shift = exp - 4 * frac_digits;
  const int64_t n = static_cast<int64_t>(mpz_sizeinbase(mant.get(), 2));
  const int64_t top = n - 1 + shift;
  if (top > 1024) return overflow_error("hexadecimal value too large to represent as a float");
  if (top < -1100) return negate ? -0.0 : 0.0;
  uint64_t q;
  int64_t qshift = shift;
  if (n > 62) {
    const uint64_t cut = static_cast<uint64_t>(n - 62);
    const bool sticky = mpz_scan1(mant.get(), 0) < cut;
    mpz_tdiv_q_2exp(mant.get(), mant.get(), cut);
    q = mpz_get_ui(mant.get()) | (sticky ? 1 : 0);
    qshift += static_cast<int64_t>(cut);
  } else {
    q = mpz_get_ui(mant.get());
  }
  double d = round_scaled_to_double(q, qshift);
  if (std::isinf(d)) return overflow_error("hexadecimal value too large to represent as a float");
  return negate ? -d : d;
}

Result<Mpz> float_floor(double x) {
  return integral_to_mpz(std::floor(x));
}
Result<Mpz> float_ceil(double x) {
  return integral_to_mpz(std::ceil(x));
}
Result<Mpz> float_trunc(double x) {
  return integral_to_mpz(std::trunc(x));
}

}  // namespace ember::numeric

#include "builtins/numeric/int_ops.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <type_traits>

#include "builtins/numeric/float_ops.h"

namespace ember::numeric {
namespace {

// Largest allocation (in bits) we attempt for a result before reporting MemoryError.
constexpr uint64_t kMaxResultBits = uint64_t{1} << 36;

int bit_width_u64(uint64_t q) {
  return q == 0 ? 0 : 64 - __builtin_clzll(q);
}

}  // namespace

// ---------------------------------------------------------------- int64 fast paths

bool i64_add(int64_t a, int64_t b, int64_t* out) {
  return !__builtin_add_overflow(a, b, out);
}
bool i64_sub(int64_t a, int64_t b, int64_t* out) {
  return !__builtin_sub_overflow(a, b, out);
}
bool i64_mul(int64_t a, int64_t b, int64_t* out) {
  return !__builtin_mul_overflow(a, b, out);
}

bool i64_floordiv(int64_t a, int64_t b, int64_t* out) {
  if (b == 0 || (a == INT64_MIN && b == -1)) return false;
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  *out = q;
  return true;
}

bool i64_mod(int64_t a, int64_t b, int64_t* out) {
  if (b == 0) return false;
  if (b == -1) {
    *out = 0;
    return true;
  }
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  *out = r;
  return true;
}

bool i64_lshift(int64_t a, int64_t n, int64_t* out) {
  if (n < 0) return false;
  if (a == 0) {
    *out = 0;
    return true;
  }
  if (n > 63) return false;
  const __int128 r = static_cast<__int128>(a) * (static_cast<__int128>(1) << n);
  if (r < INT64_MIN || r > INT64_MAX) return false;
  *out = static_cast<int64_t>(r);
  return true;
}

bool i64_pow(int64_t base, int64_t exp, int64_t* out) {
  if (exp < 0) return false;
  int64_t result = 1;
  int64_t b = base;
  while (exp > 0) {
    if (exp & 1) {
      if (__builtin_mul_overflow(result, b, &result)) return false;
    }
    exp >>= 1;
    if (exp > 0 && __builtin_mul_overflow(b, b, &b)) return false;
  }
  *out = result;
  return true;
}

// ---------------------------------------------------------------- division

Result<Mpz> int_floordiv(mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) == 0) return zero_division_error("integer division or modulo by zero");
  Mpz q;
  mpz_fdiv_q(q.get(), a, b);
  return q;
}

Result<Mpz> int_mod(mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) == 0) return zero_division_error("integer modulo by zero");
  Mpz r;
  mpz_fdiv_r(r.get(), a, b);
  return r;
}

Result<std::pair<Mpz, Mpz>> int_divmod(mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) == 0) return zero_division_error("integer division or modulo by zero");
  Mpz q, r;
  mpz_fdiv_qr(q.get(), r.get(), a, b);
  return std::make_pair(std::move(q), std::move(r));
}

// ---------------------------------------------------------------- powers

Result<IntPow> int_pow(mpz_srcptr base, mpz_srcptr exp) {
  IntPow r;
  if (mpz_sgn(exp) < 0) {
    auto fb = int_to_double(base);
    if (!fb) return fb.error();
    auto fe = int_to_double(exp);
    if (!fe) return fe.error();
    auto p = float_pow(*fb, *fe);
    if (!p) return p.error();
    r.is_float = true;
    r.float_value = p->value;
    return r;
  }
  if (mpz_cmpabs_ui(base, 1) <= 0) {
    // 0, 1 or -1: the result is trivial whatever the exponent's size.
    if (mpz_sgn(exp) == 0) {
      mpz_set_ui(r.int_value.get(), 1);
    } else if (mpz_sgn(base) >= 0) {
      mpz_set(r.int_value.get(), base);
    } else {
      mpz_set_si(r.int_value.get(), mpz_odd_p(exp) ? -1 : 1);
    }
    return r;
  }
  if (!mpz_fits_ulong_p(exp)) return memory_error();
  unsigned long e = mpz_get_ui(exp);
  const uint64_t bits = mpz_sizeinbase(base, 2);
  if (e != 0 && bits > kMaxResultBits / e) return memory_error();
  mpz_pow_ui(r.int_value.get(), base, e);
  return r;
}

Result<Mpz> int_pow_mod(mpz_srcptr base, mpz_srcptr exp, mpz_srcptr mod) {
  if (mpz_sgn(mod) == 0) return value_error("pow() 3rd argument cannot be 0");
  const bool negative_output = mpz_sgn(mod) < 0;
  Mpz m;
  mpz_abs(m.get(), mod);
  Mpz result;
  if (mpz_cmp_ui(m.get(), 1) == 0) return result;
  Mpz b(base);
  Mpz e(exp);
  if (mpz_sgn(exp) < 0) {
    Mpz inv;
    Mpz reduced;
    mpz_mod(reduced.get(), base, m.get());
    if (mpz_invert(inv.get(), reduced.get(), m.get()) == 0) {
      return value_error("base is not invertible for the given modulus");
    }
    b = std::move(inv);
    mpz_neg(e.get(), e.get());
  }
  mpz_powm(result.get(), b.get(), e.get(), m.get());
  if (negative_output && mpz_sgn(result.get()) != 0) mpz_sub(result.get(), result.get(), m.get());
  return result;
}

// ---------------------------------------------------------------- bits

Result<Mpz> int_lshift(mpz_srcptr a, mpz_srcptr n) {
  if (mpz_sgn(n) < 0) return value_error("negative shift count");
  Mpz r;
  if (mpz_sgn(a) == 0) return r;
  if (!mpz_fits_ulong_p(n) || mpz_get_ui(n) > kMaxResultBits) return memory_error();
  mpz_mul_2exp(r.get(), a, mpz_get_ui(n));
  return r;
}

Result<Mpz> int_rshift(mpz_srcptr a, mpz_srcptr n) {
  if (mpz_sgn(n) < 0) return value_error("negative shift count");
  Mpz r;
  if (!mpz_fits_ulong_p(n) || mpz_get_ui(n) >= mpz_sizeinbase(a, 2) + 1) {
    mpz_set_si(r.get(), mpz_sgn(a) < 0 ? -1 : 0);
    return r;
  }
  mpz_fdiv_q_2exp(r.get(), a, mpz_get_ui(n));
  return r;
}

Mpz int_and(mpz_srcptr a, mpz_srcptr b) {
  Mpz r;
  mpz_and(r.get(), a, b);
  return r;
}
Mpz int_or(mpz_srcptr a, mpz_srcptr b) {
  Mpz r;
  mpz_ior(r.get(), a, b);
  return r;
}
Mpz int_xor(mpz_srcptr a, mpz_srcptr b) {
  Mpz r;
  mpz_xor(r.get(), a, b);
  return r;
}
Mpz int_invert(mpz_srcptr a) {
  Mpz r;
  mpz_com(r.get(), a);
  return r;
}

uint64_t int_bit_length(mpz_srcptr a) {
  return mpz_sgn(a) == 0 ? 0 : mpz_sizeinbase(a, 2);
}

uint64_t int_bit_count(mpz_srcptr a) {
  if (mpz_sgn(a) >= 0) return mpz_popcount(a);
  Mpz t;
  mpz_abs(t.get(), a);
  return mpz_popcount(t.get());
}

Result<std::string> int_to_bytes(mpz_srcptr a, int64_t length, bool little_endian, bool is_signed) {
  if (length < 0) return value_error("length argument must be non-negative");
  const int sign = mpz_sgn(a);
  if (sign < 0 && !is_signed) return overflow_error("can't convert negative int to unsigned");
  const uint64_t avail = static_cast<uint64_t>(length) * 8;
  uint64_t need;
  if (sign == 0) {
    need = 0;
  } else if (sign > 0) {
    need = mpz_sizeinbase(a, 2) + (is_signed ? 1 : 0);
  } else {
    Mpz t;
    mpz_add_ui(t.get(), a, 1);  // -(a+1) = |a| - 1
    need = (mpz_sgn(t.get()) == 0 ? 0 : mpz_sizeinbase(t.get(), 2)) + 1;
  }
  // CPython quirk: -1 fits in zero bytes (its sign bits need not be stored).
  if (length == 0 && is_signed && mpz_cmp_si(a, -1) == 0) return std::string();
  if (need > avail) return overflow_error("int too big to convert");
  Mpz v(a);
  if (sign < 0) {
    Mpz p;
    mpz_ui_pow_ui(p.get(), 2, avail);
    mpz_add(v.get(), v.get(), p.get());
  }
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  if (length > 0 && mpz_sgn(v.get()) != 0) {
    std::string tmp((mpz_sizeinbase(v.get(), 2) + 7) / 8, '\0');
    mpz_export(tmp.data(), &count, 1, 1, 1, 0, v.get());
    out.replace(out.size() - count, count, tmp.data(), count);
  }
  if (little_endian) std::reverse(out.begin(), out.end());
  return out;
}

Mpz int_from_bytes(std::string_view bytes, bool little_endian, bool is_signed) {
  Mpz r;
  if (bytes.empty()) return r;
  mpz_import(r.get(), bytes.size(), little_endian ? -1 : 1, 1, 1, 0, bytes.data());
  const unsigned char top =
      static_cast<unsigned char>(little_endian ? bytes.back() : bytes.front());
  if (is_signed && (top & 0x80)) {
    Mpz p;
    mpz_ui_pow_ui(p.get(), 2, bytes.size() * 8);
    mpz_sub(r.get(), r.get(), p.get());
  }
  return r;
}

// ---------------------------------------------------------------- float conversions

double round_scaled_to_double(uint64_t q, int64_t shift) {
  if (q == 0) return 0.0;
  const int b = bit_width_u64(q);
  const int64_t e = b - 1 + shift;
  if (e > 1023) return HUGE_VAL;
  int64_t p = e >= -1022 ? 53 : 53 - (-1022 - e);
  if (p < 0) return 0.0;
  int64_t drop = b - p;
  if (drop <= 0) return std::ldexp(static_cast<double>(q), static_cast<int>(shift));
  uint64_t kept = drop >= 64 ? 0 : q >> drop;
  uint64_t rem = drop >= 64 ? q : q & ((uint64_t{1} << drop) - 1);
  uint64_t half = uint64_t{1} << (drop - 1);
  if (rem > half || (rem == half && (kept & 1))) ++kept;
  return std::ldexp(static_cast<double>(kept), static_cast<int>(shift + drop));
}

Result<double> int_to_double(mpz_srcptr a) {
  const int sign = mpz_sgn(a);
  if (sign == 0) return 0.0;
  const uint64_t n = mpz_sizeinbase(a, 2);
  if (n <= 53) return mpz_get_d(a);
  if (n > 1025) return overflow_error("int too large to convert to float");
  Mpz t;
  mpz_abs(t.get(), a);
  if (n <= 64) {
    double d = round_scaled_to_double(mpz_get_ui(t.get()), 0);
    return sign < 0 ? -d : d;
  }
  const uint64_t cut = n - 62;
  const bool sticky = mpz_scan1(t.get(), 0) < cut;
  mpz_tdiv_q_2exp(t.get(), t.get(), cut);
  uint64_t q = mpz_get_ui(t.get()) | (sticky ? 1 : 0);
  double d = round_scaled_to_double(q, static_cast<int64_t>(cut));
  if (std::isinf(d)) return overflow_error("int too large to convert to float");
  return sign < 0 ? -d : d;
}

Result<double> int_true_divide(mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) == 0) return zero_division_error("division by zero");
  const bool negate = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0) return negate ? -0.0 : 0.0;
  const int64_t na = static_cast<int64_t>(mpz_sizeinbase(a, 2));
  const int64_t nb = static_cast<int64_t>(mpz_sizeinbase(b, 2));
  if (na <= 53 && nb <= 53) return mpz_get_d(a) / mpz_get_d(b);
  const int64_t diff = na - nb;
  if (diff > 1025) return overflow_error("integer division result too large for a float");
  if (diff < -1080) return negate ? -0.0 : 0.0;
  const int64_t s = 62 - diff;
  Mpz num, den, q, r;
  mpz_abs(num.get(), a);
  mpz_abs(den.get(), b);
  if (s >= 0) {
    mpz_mul_2exp(num.get(), num.get(), static_cast<mp_bitcnt_t>(s));
  } else {
    mpz_mul_2exp(den.get(), den.get(), static_cast<mp_bitcnt_t>(-s));
  }
  mpz_tdiv_qr(q.get(), r.get(), num.get(), den.get());
  uint64_t qq = mpz_get_ui(q.get()) | (mpz_sgn(r.get()) != 0 ? 1 : 0);
  double d = round_scaled_to_double(qq, -s);
  if (std::isinf(d)) return overflow_error("integer division result too large for a float");
  return negate ? -d : d;
}

std::partial_ordering int_compare_double(mpz_srcptr a, double x) {
  if (std::isnan(x)) return std::partial_ordering::unordered;
  int c = mpz_cmp_d(a, x);
  return c < 0 ? std::partial_ordering::less
               : (c > 0 ? std::partial_ordering::greater : std::partial_ordering::equivalent);
}

Mpz int_round(mpz_srcptr a, mpz_srcptr ndigits) {
  Mpz r(a);
  if (mpz_sgn(ndigits) >= 0) return r;
  Mpz k;
  mpz_neg(k.get(), ndigits);
  if (mpz_sgn(a) == 0 || !mpz_fits_ulong_p(k.get()) ||
      mpz_get_ui(k.get()) > mpz_sizeinbase(a, 10) + 1) {
    mpz_set_ui(r.get(), 0);
    return r;
  }
  Mpz p, q, rem;
  mpz_ui_pow_ui(p.get(), 10, mpz_get_ui(k.get()));
  mpz_fdiv_qr(q.get(), rem.get(), a, p.get());
  Mpz twice;
  mpz_mul_2exp(twice.get(), rem.get(), 1);
  int c = mpz_cmp(twice.get(), p.get());
  if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_sub(rem.get(), rem.get(), p.get());
  mpz_sub(r.get(), a, rem.get());
  return r;
}

// ---------------------------------------------------------------- to text

Result<std::string> int_to_decimal(mpz_srcptr a, int64_t max_str_digits) {
  const char* limit_msg =
      "Exceeds the limit (%lld digits) for integer string conversion; use "
      "sys.set_int_max_str_digits() to increase the limit";
  if (max_str_digits > 0 && mpz_sizeinbase(a, 10) > static_cast<uint64_t>(max_str_digits) + 1) {
    char buf[200];
    std::snprintf(buf, sizeof buf, limit_msg, static_cast<long long>(max_str_digits));
    return value_error(buf);
  }
  std::string s = int_to_base(a, 10, false);
  const size_t ndigits = s.size() - (s[0] == '-' ? 1 : 0);
  if (max_str_digits > 0 && ndigits > static_cast<uint64_t>(max_str_digits)) {
    char buf[200];
    std::snprintf(buf, sizeof buf, limit_msg, static_cast<long long>(max_str_digits));
    return value_error(buf);
  }
  return s;
}

std::string int_to_base(mpz_srcptr a, int base, bool prefix) {
  const char* p = !prefix || base == 10 ? "" : base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  if (mpz_fits_slong_p(a) && (base == 2 || base == 8 || base == 10 || base == 16)) {
    // The common case, without GMP's size estimate, its buffer and a strlen: digits are
    // written backwards into a buffer large enough for 64 binary digits, a prefix and a sign.
    long value = mpz_get_si(a);
    unsigned long magnitude = value < 0 ? 0ul - static_cast<unsigned long>(value) : value;
    char buffer[72];
    char* end = buffer + sizeof buffer;
    char* out = end;
    // A constant divisor per base lets the compiler replace the divisions by multiplications.
    auto write_digits = [&](auto radix) {
      do {
        *--out = "0123456789abcdef"[magnitude % radix];
        magnitude /= radix;
      } while (magnitude != 0);
    };
    switch (base) {
      case 2:
        write_digits(std::integral_constant<unsigned long, 2>{});
        break;
      case 8:
        write_digits(std::integral_constant<unsigned long, 8>{});
        break;
      case 16:
        write_digits(std::integral_constant<unsigned long, 16>{});
        break;
      default:
        write_digits(std::integral_constant<unsigned long, 10>{});
        break;
    }
    for (size_t i = std::char_traits<char>::length(p); i > 0; --i) *--out = p[i - 1];
    if (value < 0) *--out = '-';
    return std::string(out, end);
  }
  std::string digits(mpz_sizeinbase(a, base) + 2, '\0');
  mpz_get_str(digits.data(), base, a);
  digits.resize(std::char_traits<char>::length(digits.c_str()));
  if (*p == '\0') return digits;
  if (digits[0] == '-') return "-" + std::string(p) + digits.substr(1);
  return p + digits;
}

}  // namespace ember::numeric

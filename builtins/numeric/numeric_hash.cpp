#include "builtins/numeric/numeric_hash.h"

#include <cmath>

namespace ember::numeric {

int64_t hash_int64(int64_t v) {
  uint64_t a = v < 0 ? (~static_cast<uint64_t>(v) + 1) : static_cast<uint64_t>(v);
  int64_t h = static_cast<int64_t>(a % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_mpz(mpz_srcptr v) {
  int64_t h = static_cast<int64_t>(mpz_tdiv_ui(v, kHashModulus));
  if (mpz_sgn(v) < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_double(double v, int64_t nan_hash) {
  if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
  if (std::isnan(v)) return nan_hash;
  int e = 0;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & kHashModulus) | x >> (61 - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

int64_t hash_complex(double re, double im, int64_t nan_hash) {
  uint64_t hr = static_cast<uint64_t>(hash_double(re, nan_hash));
  uint64_t hi = static_cast<uint64_t>(hash_double(im, nan_hash));
  uint64_t combined = hr + kHashImag * hi;
  if (combined == static_cast<uint64_t>(-1)) combined = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(combined);
}

int64_t hash_pointer(const void* p) {
  uint64_t y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << 60);
  int64_t x = static_cast<int64_t>(y);
  return x == -1 ? -2 : x;
}

}  // namespace ember::numeric

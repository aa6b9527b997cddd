// CPython's numeric hash: reduction modulo 2**61 - 1, so equal numbers hash equally.
#pragma once

#include <gmp.h>

#include <cstdint>

namespace ember::numeric {

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;
constexpr int64_t kHashInf = 314159;
constexpr uint64_t kHashImag = 1000003;

int64_t hash_int64(int64_t v);
int64_t hash_mpz(mpz_srcptr v);
// hash(float). NaN hashes by object identity in 3.11: pass the object's identity hash (see
// hash_pointer) as nan_hash; it is returned for NaN.
int64_t hash_double(double v, int64_t nan_hash = 0);
inline bool hash_double_uses_identity(double v) {
  return v != v;
}
// hash(complex(re, im)); nan_hash as for hash_double (the complex object's identity hash).
int64_t hash_complex(double re, double im, int64_t nan_hash = 0);
// CPython's _Py_HashPointer (address rotated right by 4 bits; -1 becomes -2).
int64_t hash_pointer(const void* p);

}  // namespace ember::numeric

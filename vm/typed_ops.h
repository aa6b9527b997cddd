// The arithmetic of typed (Mojo fn) code on raw slots: Int wraps at 64 bits, `//` and `%`
// floor as Python's do. The interpreter's typed opcodes and the compile-time folding of
// literals share these definitions.
#pragma once
#include <bit>
#include <cmath>
#include <cstdint>

#include "vm/object.h"
#include "vm/value.h"

namespace ember::typed {

inline int64_t raw_int(Value v) {
  return static_cast<int64_t>(v.bits());
}
inline double raw_float(Value v) {
  return std::bit_cast<double>(v.bits());
}
inline Value from_int(int64_t i) {
  return Value::from_bits(static_cast<uint64_t>(i));
}
inline Value from_float(double d) {
  return Value::from_bits(std::bit_cast<uint64_t>(d));
}

inline int64_t wrap_add(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}
inline int64_t wrap_sub(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
inline int64_t wrap_mul(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
}
// Precondition: b != 0. INT64_MIN // -1 wraps to INT64_MIN.
inline int64_t floor_div(int64_t a, int64_t b) {
  if (b == -1) return wrap_sub(0, a);
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
// Precondition: b != 0. The result has the sign of b.
inline int64_t floor_mod(int64_t a, int64_t b) {
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
// Precondition: n >= 0.
inline int64_t shift_left(int64_t a, int64_t n) {
  return n >= 64 ? 0 : static_cast<int64_t>(static_cast<uint64_t>(a) << n);
}
inline int64_t shift_right(int64_t a, int64_t n) {
  return a >> (n >= 64 ? 63 : n);
}

template <class T>
bool compare(CompareOp op, T a, T b) {
  switch (op) {
    case CompareOp::Lt:
      return a < b;
    case CompareOp::Le:
      return a <= b;
    case CompareOp::Eq:
      return a == b;
    case CompareOp::Ne:
      return a != b;
    case CompareOp::Gt:
      return a > b;
    case CompareOp::Ge:
      return a >= b;
  }
  return false;
}

// Whether a Float64 truncates to an Int (finite and inside the int64 range).
inline bool float_fits_int(double d) {
  return std::isfinite(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

}  // namespace ember::typed

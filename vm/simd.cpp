#include "vm/simd.h"

#include <double-conversion/double-conversion.h>

#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <type_traits>

#include "builtins/numeric/float_repr.h"
#include "vm/typed_ops.h"
#include "vm/value.h"

namespace ember {

namespace {

struct DTypeInfo {
  const char* name;
  uint32_t size;
};

constexpr DTypeInfo kDTypes[] = {
    {"bool", 1},     {"int8", 1},    {"int16", 2},   {"int32", 4},  {"int64", 8},
    {"uint8", 1},    {"uint16", 2},  {"uint32", 4},  {"uint64", 8}, {"float16", 2},
    {"bfloat16", 2}, {"float32", 4}, {"float64", 8},
};
static_assert(std::size(kDTypes) == static_cast<size_t>(DType::kCount));

// IEEE binary16 <-> binary32, rounding to nearest even.
float half_to_float(uint16_t h) {
  uint32_t sign = static_cast<uint32_t>(h & 0x8000) << 16;
  uint32_t exponent = (h >> 10) & 0x1F;
  uint32_t mantissa = h & 0x3FF;
  if (exponent == 0x1F) return std::bit_cast<float>(sign | 0x7F800000 | (mantissa << 13));
  if (exponent == 0) {
    float magnitude = std::ldexp(static_cast<float>(mantissa), -24);
    return sign ? -magnitude : magnitude;
  }
  return std::bit_cast<float>(sign | ((exponent + 112) << 23) | (mantissa << 13));
}

uint16_t float_to_half(float f) {
  uint32_t bits = std::bit_cast<uint32_t>(f);
  auto sign = static_cast<uint16_t>((bits >> 16) & 0x8000);
  float magnitude = std::fabs(f);
  if (std::isnan(f)) return static_cast<uint16_t>(sign | 0x7E00);
  if (magnitude >= 65520.0f) return static_cast<uint16_t>(sign | 0x7C00);  // rounds to inf
  if (magnitude < 6.103515625e-05f) {
    // Subnormal: a multiple of 2^-24, rounded to nearest even by nearbyint.
    return static_cast<uint16_t>(sign |
                                 static_cast<uint16_t>(std::nearbyint(magnitude * 16777216.0f)));
  }
  uint32_t m = std::bit_cast<uint32_t>(magnitude);
  uint32_t rounded = m + 0xFFF + ((m >> 13) & 1);
  return static_cast<uint16_t>(sign | ((rounded - (112u << 23)) >> 13));
}

float bfloat_to_float(uint16_t b) {
  return std::bit_cast<float>(static_cast<uint32_t>(b) << 16);
}

uint16_t float_to_bfloat(float f) {
  uint32_t bits = std::bit_cast<uint32_t>(f);
  if (std::isnan(f)) return static_cast<uint16_t>((bits >> 16) | 0x40);
  return static_cast<uint16_t>((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16);
}

// How lanes of each DType are stored and computed on: half-precision lanes compute in float.
template <DType D>
struct Lane;
#define EMBER_LANE(D, Storage, Compute)               \
  template <>                                         \
  struct Lane<DType::D> {                             \
    using S = Storage;                                \
    using C = Compute;                                \
    static C load(S s) { return static_cast<C>(s); }  \
    static S store(C c) { return static_cast<S>(c); } \
  };
EMBER_LANE(Bool, uint8_t, uint8_t)
EMBER_LANE(Int8, int8_t, int8_t)
EMBER_LANE(Int16, int16_t, int16_t)
EMBER_LANE(Int32, int32_t, int32_t)
EMBER_LANE(Int64, int64_t, int64_t)
EMBER_LANE(UInt8, uint8_t, uint8_t)
EMBER_LANE(UInt16, uint16_t, uint16_t)
EMBER_LANE(UInt32, uint32_t, uint32_t)
EMBER_LANE(UInt64, uint64_t, uint64_t)
EMBER_LANE(Float32, float, float)
EMBER_LANE(Float64, double, double)
#undef EMBER_LANE
template <>
struct Lane<DType::Float16> {
  using S = uint16_t;
  using C = float;
  static C load(S s) { return half_to_float(s); }
  static S store(C c) { return float_to_half(c); }
};
template <>
struct Lane<DType::BFloat16> {
  using S = uint16_t;
  using C = float;
  static C load(S s) { return bfloat_to_float(s); }
  static S store(C c) { return float_to_bfloat(c); }
};

// Calls f(Lane<D>{}) for the DType d.
template <class F>
decltype(auto) with_lane(DType d, F&& f) {
  switch (d) {
    case DType::Bool:
      return f(Lane<DType::Bool>{});
    case DType::Int8:
      return f(Lane<DType::Int8>{});
    case DType::Int16:
      return f(Lane<DType::Int16>{});
    case DType::Int32:
      return f(Lane<DType::Int32>{});
    case DType::Int64:
      return f(Lane<DType::Int64>{});
    case DType::UInt8:
      return f(Lane<DType::UInt8>{});
    case DType::UInt16:
      return f(Lane<DType::UInt16>{});
    case DType::UInt32:
      return f(Lane<DType::UInt32>{});
    case DType::UInt64:
      return f(Lane<DType::UInt64>{});
    case DType::Float16:
      return f(Lane<DType::Float16>{});
    case DType::BFloat16:
      return f(Lane<DType::BFloat16>{});
    case DType::Float32:
      return f(Lane<DType::Float32>{});
    case DType::Float64:
    case DType::kCount:
      break;
  }
  return f(Lane<DType::Float64>{});
}

// A vector's lanes unpacked from, and packed back into, register slots.
template <class L>
struct Lanes {
  using C = typename L::C;
  C v[64];
  uint32_t n;
  Lanes(SimdType t, const Value* slots) : n(t.width()) {
    typename L::S raw[64];
    std::memcpy(raw, slots, n * sizeof raw[0]);
    for (uint32_t i = 0; i < n; ++i) v[i] = L::load(raw[i]);
  }
  explicit Lanes(uint32_t width) : n(width) {}
};

template <class S>
void pack(const S* raw, uint32_t n, Value* dst) {
  uint64_t slots[64] = {};
  std::memcpy(slots, raw, n * sizeof(S));
  std::memcpy(static_cast<void*>(dst), slots, (n * sizeof(S) + 7) / 8 * 8);
}

template <class L>
void store(const typename L::C* lanes, uint32_t n, Value* dst) {
  typename L::S raw[64];
  for (uint32_t i = 0; i < n; ++i) raw[i] = L::store(lanes[i]);
  pack(raw, n, dst);
}

// Integer arithmetic wraps: computed on 64-bit unsigned values and truncated.
template <class T>
T wrapping(uint64_t r) {
  return static_cast<T>(r);
}

template <class C>
const char* integer_binary(SimdBinaryOp op, C x, C y, C& out) {
  auto ux = static_cast<uint64_t>(x), uy = static_cast<uint64_t>(y);
  constexpr int kBits = sizeof(C) * 8;
  switch (op) {
    case SimdBinaryOp::Add:
      out = wrapping<C>(ux + uy);
      return nullptr;
    case SimdBinaryOp::Sub:
      out = wrapping<C>(ux - uy);
      return nullptr;
    case SimdBinaryOp::Mul:
      out = wrapping<C>(ux * uy);
      return nullptr;
    case SimdBinaryOp::FloorDiv:
    case SimdBinaryOp::Mod:
      if (y == 0)
        return op == SimdBinaryOp::Mod ? "integer modulo by zero" : "integer division by zero";
      if constexpr (std::is_signed_v<C>) {
        int64_t q = typed::floor_div(x, y), m = typed::floor_mod(x, y);
        out = wrapping<C>(static_cast<uint64_t>(op == SimdBinaryOp::FloorDiv ? q : m));
      } else {
        out = op == SimdBinaryOp::FloorDiv ? static_cast<C>(x / y) : static_cast<C>(x % y);
      }
      return nullptr;
    case SimdBinaryOp::Pow: {
      if constexpr (std::is_signed_v<C>) {
        if (y < 0) return "negative exponent in integer power";
      }
      uint64_t result = 1, base = ux;
      for (uint64_t e = uy; e; e >>= 1) {
        if (e & 1) result *= base;
        base *= base;
      }
      out = wrapping<C>(result);
      return nullptr;
    }
    case SimdBinaryOp::And:
      out = static_cast<C>(x & y);
      return nullptr;
    case SimdBinaryOp::Or:
      out = static_cast<C>(x | y);
      return nullptr;
    case SimdBinaryOp::Xor:
      out = static_cast<C>(x ^ y);
      return nullptr;
    case SimdBinaryOp::Shl:
    case SimdBinaryOp::Shr:
      if constexpr (std::is_signed_v<C>) {
        if (y < 0) return "negative shift count";
      }
      if (op == SimdBinaryOp::Shl) {
        out = uy >= kBits ? C(0) : wrapping<C>(ux << uy);
      } else if constexpr (std::is_signed_v<C>) {
        out = static_cast<C>(x >> (uy >= kBits ? kBits - 1 : uy));
      } else {
        out = uy >= kBits ? C(0) : static_cast<C>(x >> uy);
      }
      return nullptr;
    case SimdBinaryOp::Min:
      out = y < x ? y : x;
      return nullptr;
    case SimdBinaryOp::Max:
      out = x < y ? y : x;
      return nullptr;
    default:
      out = 0;  // Div and comparisons are handled by the caller
      return nullptr;
  }
}

template <class C>
C float_binary(SimdBinaryOp op, C x, C y) {
  switch (op) {
    case SimdBinaryOp::Add:
      return x + y;
    case SimdBinaryOp::Sub:
      return x - y;
    case SimdBinaryOp::Mul:
      return x * y;
    case SimdBinaryOp::Div:
      return x / y;
    case SimdBinaryOp::FloorDiv:
      return std::floor(x / y);
    case SimdBinaryOp::Mod: {
      // The sign of the divisor, as Python's float %.
      C m = std::fmod(x, y);
      if (m == 0) return std::copysign(C(0), y);
      if ((m < 0) != (y < 0)) m += y;
      return m;
    }
    case SimdBinaryOp::Pow:
      return std::pow(x, y);
    case SimdBinaryOp::Min:
      return y < x ? y : x;
    case SimdBinaryOp::Max:
      return x < y ? y : x;
    default:
      return 0;
  }
}

template <class C>
bool compare_lanes(SimdBinaryOp op, C x, C y) {
  return typed::compare(
      static_cast<CompareOp>(static_cast<int>(op) - static_cast<int>(SimdBinaryOp::Lt)), x, y);
}

template <class C>
C float_unary(SimdUnaryOp op, C x) {
  switch (op) {
    case SimdUnaryOp::Neg:
      return -x;
    case SimdUnaryOp::Abs:
      return std::fabs(x);
    case SimdUnaryOp::Sqrt:
      return std::sqrt(x);
    case SimdUnaryOp::Floor:
      return std::floor(x);
    case SimdUnaryOp::Ceil:
      return std::ceil(x);
    case SimdUnaryOp::Trunc:
      return std::trunc(x);
    case SimdUnaryOp::RoundEven:
      return std::nearbyint(x);  // the default rounding mode rounds ties to even
    case SimdUnaryOp::Exp:
      return std::exp(x);
    case SimdUnaryOp::Exp2:
      return std::exp2(x);
    case SimdUnaryOp::Log:
      return std::log(x);
    case SimdUnaryOp::Log2:
      return std::log2(x);
    case SimdUnaryOp::Log10:
      return std::log10(x);
    case SimdUnaryOp::Sin:
      return std::sin(x);
    case SimdUnaryOp::Cos:
      return std::cos(x);
    case SimdUnaryOp::Tan:
      return std::tan(x);
    case SimdUnaryOp::Atan:
      return std::atan(x);
    case SimdUnaryOp::Tanh:
      return std::tanh(x);
    default:
      return x;
  }
}

template <class C>
C integer_unary(SimdUnaryOp op, C x) {
  switch (op) {
    case SimdUnaryOp::Neg:
      return wrapping<C>(0 - static_cast<uint64_t>(x));
    case SimdUnaryOp::Invert:
      return static_cast<C>(~x);
    case SimdUnaryOp::Abs:
      if constexpr (std::is_signed_v<C>) {
        return x < 0 ? wrapping<C>(0 - static_cast<uint64_t>(x)) : x;
      }
      return x;
    default:
      return x;  // floor, ceil, trunc and round of an integer are the integer
  }
}

template <class C>
C reduce(SimdUnaryOp op, const C* v, uint32_t n) {
  C acc = v[0];
  for (uint32_t i = 1; i < n; ++i) {
    switch (op) {
      case SimdUnaryOp::ReduceAdd:
        if constexpr (std::is_integral_v<C>) {
          acc = wrapping<C>(static_cast<uint64_t>(acc) + static_cast<uint64_t>(v[i]));
        } else {
          acc = acc + v[i];
        }
        break;
      case SimdUnaryOp::ReduceMul:
        if constexpr (std::is_integral_v<C>) {
          acc = wrapping<C>(static_cast<uint64_t>(acc) * static_cast<uint64_t>(v[i]));
        } else {
          acc = acc * v[i];
        }
        break;
      case SimdUnaryOp::ReduceMin:
        acc = v[i] < acc ? v[i] : acc;
        break;
      case SimdUnaryOp::ReduceMax:
        acc = acc < v[i] ? v[i] : acc;
        break;
      case SimdUnaryOp::ReduceAnd:
        if constexpr (std::is_integral_v<C>) acc = static_cast<C>(acc & v[i]);
        break;
      case SimdUnaryOp::ReduceOr:
        if constexpr (std::is_integral_v<C>) acc = static_cast<C>(acc | v[i]);
        break;
      default:
        break;
    }
  }
  return acc;
}

// A lane converted to the lane type of L: saturating for floats to integers.
template <class L, class From>
typename L::C convert_lane(From x) {
  using C = typename L::C;
  if constexpr (std::is_same_v<C, uint8_t> && std::is_same_v<L, Lane<DType::Bool>>) {
    return x != From(0) ? 1 : 0;
  } else if constexpr (std::is_integral_v<C> && std::is_floating_point_v<From>) {
    if (std::isnan(x)) return 0;
    constexpr auto lo = static_cast<From>(std::numeric_limits<C>::min());
    constexpr auto hi = static_cast<From>(std::numeric_limits<C>::max());
    if (x <= lo) return std::numeric_limits<C>::min();
    if (x >= hi) return std::numeric_limits<C>::max();
    return static_cast<C>(x);
  } else if constexpr (std::is_integral_v<C> && std::is_integral_v<From>) {
    return wrapping<C>(static_cast<uint64_t>(x));
  } else {
    return static_cast<C>(x);
  }
}

// The shortest text that reads back as the same float32, as Python prints a float.
std::string float32_text(float f) {
  if (!std::isfinite(f)) return numeric::float_repr(f);
  char digits[32];
  bool sign = false;
  int length = 0, point = 0;
  double_conversion::DoubleToStringConverter::DoubleToAscii(
      f, double_conversion::DoubleToStringConverter::SHORTEST_SINGLE, 0, digits, sizeof digits,
      &sign, &length, &point);
  // The digits as a double: its shortest repr has the same digits.
  char text[64];
  std::snprintf(text, sizeof text, "%s0.%se%d", sign ? "-" : "", digits, point);
  return numeric::float_repr(std::strtod(text, nullptr));
}

std::string float16_text(float f) {
  if (!std::isfinite(f)) return numeric::float_repr(f);
  uint16_t h = float_to_half(f);
  for (int precision = 1; precision < 6; ++precision) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*e", precision - 1, static_cast<double>(f));
    if (float_to_half(std::strtof(text, nullptr)) == h) {
      return numeric::float_repr(std::strtod(text, nullptr));
    }
  }
  return numeric::float_repr(f);
}

template <class L>
std::string lane_text(DType d, typename L::C x) {
  using C = typename L::C;
  if (d == DType::Bool) return x ? "True" : "False";
  if (d == DType::Float64) return numeric::float_repr(static_cast<double>(x));
  if (d == DType::Float32) return float32_text(static_cast<float>(x));
  if (d == DType::Float16) return float16_text(static_cast<float>(x));
  if (d == DType::BFloat16) {
    // bfloat16 keeps 8 significant bits: at most 4 digits tell its values apart.
    for (int precision = 1; precision < 6; ++precision) {
      char text[64];
      std::snprintf(text, sizeof text, "%.*e", precision - 1, static_cast<double>(x));
      if (float_to_bfloat(std::strtof(text, nullptr)) == float_to_bfloat(static_cast<float>(x))) {
        return numeric::float_repr(std::strtod(text, nullptr));
      }
    }
  }
  if constexpr (std::is_integral_v<C>) {
    if constexpr (std::is_signed_v<C>) return std::to_string(static_cast<int64_t>(x));
    return std::to_string(static_cast<uint64_t>(x));
  }
  return numeric::float_repr(static_cast<double>(x));
}

}  // namespace

const char* dtype_name(DType d) {
  return kDTypes[static_cast<int>(d)].name;
}

bool dtype_named(std::string_view name, DType& out) {
  for (size_t i = 0; i < std::size(kDTypes); ++i) {
    if (name == kDTypes[i].name) {
      out = static_cast<DType>(i);
      return true;
    }
  }
  if (name == "index") {  // the pointer-sized integer: Int's DType on 64-bit targets
    out = DType::Int64;
    return true;
  }
  return false;
}

uint32_t dtype_size(DType d) {
  return kDTypes[static_cast<int>(d)].size;
}

const char* simd_binary(SimdBinaryOp op, SimdType t, Value* dst, const Value* a, const Value* b) {
  return with_lane(t.dtype, [&](auto lane) -> const char* {
    using L = decltype(lane);
    using C = typename L::C;
    Lanes<L> x(t, a), y(t, b);
    if (is_comparison(op)) {
      uint8_t out[64];
      for (uint32_t i = 0; i < x.n; ++i) out[i] = compare_lanes(op, x.v[i], y.v[i]) ? 1 : 0;
      pack(out, x.n, dst);
      return nullptr;
    }
    C out[64];
    for (uint32_t i = 0; i < x.n; ++i) {
      if constexpr (std::is_floating_point_v<C>) {
        out[i] = float_binary(op, x.v[i], y.v[i]);
      } else if (const char* failure = integer_binary(op, x.v[i], y.v[i], out[i])) {
        return failure;
      }
    }
    store<L>(out, x.n, dst);
    return nullptr;
  });
}

void simd_unary(SimdUnaryOp op, SimdType t, Value* dst, const Value* a) {
  with_lane(t.dtype, [&](auto lane) {
    using L = decltype(lane);
    using C = typename L::C;
    Lanes<L> x(t, a);
    if (is_reduction(op)) {
      C r = reduce(op, x.v, x.n);
      store<L>(&r, 1, dst);
      return;
    }
    C out[64];
    for (uint32_t i = 0; i < x.n; ++i) {
      if constexpr (std::is_floating_point_v<C>) {
        out[i] = float_unary(op, x.v[i]);
      } else if (t.dtype == DType::Bool && op == SimdUnaryOp::Invert) {
        out[i] = x.v[i] ^ 1;
      } else {
        out[i] = integer_unary(op, x.v[i]);
      }
    }
    store<L>(out, x.n, dst);
  });
}

void simd_cast(SimdType from, SimdType to, Value* dst, const Value* a) {
  with_lane(from.dtype, [&](auto from_lane) {
    using F = decltype(from_lane);
    Lanes<F> x(from, a);
    with_lane(to.dtype, [&](auto to_lane) {
      using T = decltype(to_lane);
      typename T::C out[64];
      uint32_t n = to.width();
      for (uint32_t i = 0; i < n; ++i) out[i] = convert_lane<T>(x.v[x.n == 1 ? 0 : i]);
      store<T>(out, n, dst);
    });
  });
}

void simd_fma(SimdType t, Value* dst, const Value* a, const Value* b, const Value* c) {
  with_lane(t.dtype, [&](auto lane) {
    using L = decltype(lane);
    using C = typename L::C;
    Lanes<L> x(t, a), y(t, b), z(t, c);
    C out[64];
    for (uint32_t i = 0; i < x.n; ++i) {
      if constexpr (std::is_floating_point_v<C>) {
        out[i] = std::fma(x.v[i], y.v[i], z.v[i]);
      } else {
        out[i] = wrapping<C>(static_cast<uint64_t>(x.v[i]) * static_cast<uint64_t>(y.v[i]) +
                             static_cast<uint64_t>(z.v[i]));
      }
    }
    store<L>(out, x.n, dst);
  });
}

void simd_select(SimdType t, Value* dst, const Value* mask, const Value* when_true,
                 const Value* when_false) {
  uint8_t m[64];
  std::memcpy(m, mask, t.width());
  uint32_t size = dtype_size(t.dtype);
  uint8_t out[512], yes[512], no[512];
  std::memcpy(yes, when_true, t.byte_size());
  std::memcpy(no, when_false, t.byte_size());
  for (uint32_t i = 0; i < t.width(); ++i) {
    std::memcpy(out + i * size, (m[i] ? yes : no) + i * size, size);
  }
  pack(out, t.byte_size(), dst);
}

void simd_move_lane(uint32_t size, Value* dst, uint32_t dst_lane, const Value* src,
                    uint32_t src_lane) {
  std::memmove(reinterpret_cast<char*>(dst) + dst_lane * size,
               reinterpret_cast<const char*>(src) + src_lane * size, size);
}

void simd_extract(SimdType t, Value* dst, const Value* v, uint32_t lane) {
  uint64_t slot = 0;
  std::memcpy(&slot, reinterpret_cast<const char*>(v) + lane * dtype_size(t.dtype),
              dtype_size(t.dtype));
  *dst = Value::from_bits(slot);
}

void simd_clear(SimdType t, Value* dst) {
  for (uint32_t i = 0; i < t.slots(); ++i) dst[i] = Value::from_bits(0);
}

std::string simd_text(SimdType t, const Value* v) {
  return with_lane(t.dtype, [&](auto lane) {
    using L = decltype(lane);
    Lanes<L> x(t, v);
    if (x.n == 1) return lane_text<L>(t.dtype, x.v[0]);
    std::string out = "[";
    for (uint32_t i = 0; i < x.n; ++i) {
      if (i) out += ", ";
      out += lane_text<L>(t.dtype, x.v[i]);
    }
    return out + "]";
  });
}

double simd_lane_as_double(SimdType t, const Value* v, uint32_t lane) {
  return with_lane(t.dtype, [&](auto l) {
    using L = decltype(l);
    return static_cast<double>(Lanes<L>(t, v).v[lane]);
  });
}

int64_t simd_lane_as_int(SimdType t, const Value* v, uint32_t lane) {
  return with_lane(t.dtype, [&](auto l) {
    using L = decltype(l);
    return static_cast<int64_t>(Lanes<L>(t, v).v[lane]);
  });
}

}  // namespace ember

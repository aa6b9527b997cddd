// SIMD[DType, width] values of typed (Mojo fn) code. A vector's lanes are packed, lane 0
// first, into consecutive raw register slots: SIMD[DType.float32, 8] fills four slots. The
// bytes past the last lane of the last slot are zero, so a width-1 Bool-typed vector is the
// same raw slot as a Bool (0 or 1). Scalars are vectors of width 1 (Float32 is
// SIMD[DType.float32, 1]); Float64's slot is the double's bits, as Float64 everywhere else
// in fn code.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace ember {

class Value;

enum class DType : uint8_t {
  Bool,
  Int8,
  Int16,
  Int32,
  Int64,
  UInt8,
  UInt16,
  UInt32,
  UInt64,
  Float16,
  BFloat16,
  Float32,
  Float64,
  kCount,
};

// Mojo's spelling of a DType: "float32", "int8", "bool".
const char* dtype_name(DType d);
// The DType Mojo spells `name` (as in DType.float32); false when there is none.
bool dtype_named(std::string_view name, DType& out);
uint32_t dtype_size(DType d);  // bytes per lane
inline bool dtype_is_float(DType d) {
  return d >= DType::Float16;
}
inline bool dtype_is_signed(DType d) {
  return d >= DType::Int8 && d <= DType::Int64;
}
inline bool dtype_is_integral(DType d) {
  return d >= DType::Int8 && d <= DType::UInt64;
}

// A vector type: the lanes' DType and a power-of-two width.
struct SimdType {
  static constexpr uint32_t kMaxLog2Width = 6;  // at most 64 lanes
  DType dtype = DType::Float64;
  uint8_t log2_width = 0;

  uint32_t width() const { return 1u << log2_width; }
  uint32_t byte_size() const { return dtype_size(dtype) * width(); }
  uint32_t slots() const { return (byte_size() + 7) / 8; }
  // The 16-bit form instructions carry.
  uint16_t bits() const {
    return static_cast<uint16_t>((static_cast<uint32_t>(dtype) << 8) | log2_width);
  }
  static SimdType from_bits(uint32_t b) {
    return SimdType{static_cast<DType>((b >> 8) & 0xFF), static_cast<uint8_t>(b & 0xFF)};
  }
  SimdType with_dtype(DType d) const { return SimdType{d, log2_width}; }
  SimdType scalar() const { return SimdType{dtype, 0}; }
  bool operator==(const SimdType&) const = default;
};

// The operations of SimdBinary. Comparisons give a Bool vector of the operands' width.
enum class SimdBinaryOp : uint8_t {
  Add,
  Sub,
  Mul,
  Div,
  FloorDiv,
  Mod,
  Pow,
  And,
  Or,
  Xor,
  Shl,
  Shr,
  Min,
  Max,
  Lt,
  Le,
  Eq,
  Ne,
  Gt,
  Ge,
};

// The operations of SimdUnary. Reductions give a vector of width 1.
enum class SimdUnaryOp : uint8_t {
  Neg,
  Invert,
  Abs,
  Sqrt,
  Floor,
  Ceil,
  Trunc,
  RoundEven,  // to the nearest integer, ties to even (Mojo's round)
  Exp,
  Exp2,
  Log,
  Log2,
  Log10,
  Sin,
  Cos,
  Tan,
  Atan,
  Tanh,
  ReduceAdd,
  ReduceMul,
  ReduceMin,
  ReduceMax,
  ReduceAnd,
  ReduceOr,
};

inline bool is_reduction(SimdUnaryOp op) {
  return op >= SimdUnaryOp::ReduceAdd;
}
inline bool is_comparison(SimdBinaryOp op) {
  return op >= SimdBinaryOp::Lt;
}

// The kernels the interpreter runs. `dst` and the operands are register slots (they may
// overlap exactly, never partially). The ones that can fail return the message of the stop
// (integer division by zero, a negative shift count) and nullptr when they succeed.
const char* simd_binary(SimdBinaryOp op, SimdType t, Value* dst, const Value* a, const Value* b);
void simd_unary(SimdUnaryOp op, SimdType t, Value* dst, const Value* a);
// Converts each lane of `a` (type `from`) to `to`: of the same width, or a scalar splat
// across all of to's lanes. Floats to integers truncate and saturate (nan becomes 0),
// integers wrap, anything to Bool is `!= 0`.
void simd_cast(SimdType from, SimdType to, Value* dst, const Value* a);
// a * b + c, lane by lane, with one rounding for floats.
void simd_fma(SimdType t, Value* dst, const Value* a, const Value* b, const Value* c);
// Lane i of dst is lane i of `when_true` where lane i of the Bool vector `mask` is set, else
// lane i of `when_false`.
void simd_select(SimdType t, Value* dst, const Value* mask, const Value* when_true,
                 const Value* when_false);
// Copies lane `src_lane` of `src` into lane `dst_lane` of `dst` (lanes of `size` bytes).
void simd_move_lane(uint32_t size, Value* dst, uint32_t dst_lane, const Value* src,
                    uint32_t src_lane);
// Lane `i` of a vector as its width-1 scalar.
void simd_extract(SimdType t, Value* dst, const Value* v, uint32_t lane);
// Zeroes a vector's slots (its lanes are then filled lane by lane).
void simd_clear(SimdType t, Value* dst);
// Mojo's text of a value: a scalar as Python prints the number (shortest digits for every
// float type), a vector as "[1.0, 2.0]".
std::string simd_text(SimdType t, const Value* v);
// A lane as a double or an int64 (for boxing a scalar at the boundary with Python code).
double simd_lane_as_double(SimdType t, const Value* v, uint32_t lane);
int64_t simd_lane_as_int(SimdType t, const Value* v, uint32_t lane);

}  // namespace ember

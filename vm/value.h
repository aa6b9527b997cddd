// Value: the 64-bit NaN-boxed representation of every Python value in the VM.
#pragma once
#include <bit>
#include <cstdint>
#include <cstring>

namespace ember {

struct Object;

// Layout (top 16 bits decide):
//   < 0xFFF9  a double (NaNs are canonicalised so no double reaches the tags below)
//   0xFFF9    small int: 48-bit two's-complement payload; larger ints are heap objects
//   0xFFFA    special: None, False, True, Undefined (an unbound local or empty slot)
//   0xFFFC    pointer to a heap Object (48-bit address)
// The layout is shared with the JIT: keep it in one place.
class Value {
 public:
  static constexpr uint64_t kTagShift = 48;
  static constexpr uint64_t kTagInt = 0xFFF9ull << kTagShift;
  static constexpr uint64_t kTagSpecial = 0xFFFAull << kTagShift;
  static constexpr uint64_t kTagObject = 0xFFFCull << kTagShift;
  static constexpr uint64_t kTagMask = 0xFFFFull << kTagShift;
  static constexpr uint64_t kPayloadMask = (1ull << kTagShift) - 1;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;

  static constexpr uint64_t kNoneBits = kTagSpecial | 0;
  static constexpr uint64_t kUndefinedBits = kTagSpecial | 1;
  static constexpr uint64_t kFalseBits = kTagSpecial | 2;
  static constexpr uint64_t kTrueBits = kTagSpecial | 3;

  static constexpr int64_t kSmallIntMax = (1ll << 47) - 1;
  static constexpr int64_t kSmallIntMin = -(1ll << 47);

  constexpr Value() : bits_(kUndefinedBits) {}

  static constexpr Value from_bits(uint64_t bits) { return Value(bits); }
  static Value from_double(double d) {
    if (d != d) return Value(kCanonicalNaN);
    return Value(std::bit_cast<uint64_t>(d));
  }
  static constexpr bool fits_small_int(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }
  // Precondition: fits_small_int(i). Use VM::make_int for arbitrary int64 values.
  static constexpr Value from_small_int(int64_t i) {
    return Value(kTagInt | (static_cast<uint64_t>(i) & kPayloadMask));
  }
  static constexpr Value none() { return Value(kNoneBits); }
  static constexpr Value undefined() { return Value(kUndefinedBits); }
  static constexpr Value from_bool(bool b) { return Value(b ? kTrueBits : kFalseBits); }
  static Value from_object(const Object* o) {
    return Value(kTagObject | reinterpret_cast<uint64_t>(o));
  }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool is_double() const { return bits_ < kTagInt; }
  constexpr bool is_small_int() const { return (bits_ & kTagMask) == kTagInt; }
  constexpr bool is_object() const { return (bits_ & kTagMask) == kTagObject; }
  constexpr bool is_none() const { return bits_ == kNoneBits; }
  constexpr bool is_undefined() const { return bits_ == kUndefinedBits; }
  constexpr bool is_bool() const { return (bits_ | 1) == kTrueBits; }
  constexpr bool is_true() const { return bits_ == kTrueBits; }
  constexpr bool is_false() const { return bits_ == kFalseBits; }

  double as_double() const { return std::bit_cast<double>(bits_); }
  constexpr int64_t as_small_int() const { return static_cast<int64_t>(bits_ << 16) >> 16; }
  constexpr bool as_bool() const { return bits_ == kTrueBits; }
  Object* as_object() const { return reinterpret_cast<Object*>(bits_ & kPayloadMask); }

  // Identity (Python's `is`).
  constexpr bool is(Value other) const { return bits_ == other.bits_; }

 private:
  constexpr explicit Value(uint64_t bits) : bits_(bits) {}
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace ember

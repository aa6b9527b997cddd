// Quickening: the interpreter rewrites a generic instruction of `def` code in place into a
// form specialised for the operand types it meets (CPython 3.11's scheme), and rewrites it
// back when a guard of the specialised form fails. The specialised forms and their guards
// are listed in vm/opcodes.h; this file decides which form fits and how to undo it.
#pragma once
#include <cstdint>

#include "vm/builtin_types.h"
#include "vm/instruction.h"
#include "vm/int_object.h"
#include "vm/object.h"
#include "vm/value.h"

namespace ember {

// Set in x of a quickened Binary* form that came from InPlace, so that unquickening
// restores the right generic instruction (ints and floats have no in-place operators, so
// both generic forms quicken alike).
constexpr uint8_t kQuickenedInPlace = 0x80;

// The operands of the int forms: exact ints that fit int64, read into *out. Small ints are
// their fast case; the others are boxes holding one inline limb below 2^63 (what int64
// arithmetic leaves past the small range: LCGs, hashes and masks step across 2^47 all the
// time, and would otherwise take the generic path both ways).
inline bool int64_operand(const BuiltinTypes& types, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!v.is_object() || v.as_object()->type != types.int_) return false;
  auto* big = static_cast<BigIntObject*>(v.as_object());
  if (!big->has_inline_limb() || big->inline_limb > static_cast<uint64_t>(INT64_MAX)) {
    return false;
  }
  auto magnitude = static_cast<int64_t>(big->inline_limb);
  *out = big->value->_mp_size < 0 ? -magnitude : magnitude;
  return true;
}

// The operands of BinaryAddStr (a str subclass may define __add__ or __radd__).
inline bool is_exact_str(const BuiltinTypes& types, Value v) {
  return v.is_object() && v.as_object()->type == types.str;
}

// Small ints and floats mixed with small ints (exactly representable: 48 bits) are the
// operands of the float forms; two small ints take the int forms.
inline bool is_float_operand_pair(Value a, Value b) {
  return (a.is_double() && (b.is_double() || b.is_small_int())) ||
         (a.is_small_int() && b.is_double());
}
inline double float_operand(Value v) {
  return v.is_double() ? v.as_double() : static_cast<double>(v.as_small_int());
}

// Compare without a switch: each CompareOp is the set of outcomes that make it true.
enum CompareOutcome : uint8_t { kLess = 1, kEqual = 2, kGreater = 4, kUnordered = 8 };
inline bool compare_holds(CompareOp op, uint8_t outcome) {
  static constexpr uint8_t kTrueFor[] = {
      kLess,                          // Lt
      kLess | kEqual,                 // Le
      kEqual,                         // Eq
      kLess | kGreater | kUnordered,  // Ne: also true for NaN
      kGreater,                       // Gt
      kGreater | kEqual,              // Ge
  };
  return (kTrueFor[static_cast<int>(op)] & outcome) != 0;
}
inline uint8_t int_outcome(int64_t x, int64_t y) {
  return x < y ? kLess : x == y ? kEqual : kGreater;
}
inline uint8_t float_outcome(double x, double y) {
  return x < y ? kLess : x == y ? kEqual : x > y ? kGreater : kUnordered;
}

// The specialised form for `ins` (a Binary, InPlace or Compare) on operands a and b, or
// ins.op itself when none applies.
Op quickened_binary(const BuiltinTypes& types, const Instruction& ins, Value a, Value b);
Op quickened_compare(Value a, Value b);
// The specialised ForIter for `iterator`, or Op::ForIter. Inline: the generic ForIter asks
// on every step over the iterators that have no form (generators, dict iterators).
inline Op quickened_for_iter(const BuiltinTypes& types, Value iterator) {
  if (!iterator.is_object()) return Op::ForIter;
  Type* t = iterator.as_object()->type;
  if (t == types.range_iterator) return Op::ForIterRange;
  if (t == types.list_iterator) return Op::ForIterList;
  return Op::ForIter;
}

// Rewrites `ins` (generic or quickened) into `op`, keeping InPlace-ness in x.
void quicken(Instruction& ins, Op op);
// Rewrites a quickened instruction back into its generic form.
void unquicken(Instruction& ins);
// Whether `op` is one of the quickened forms of Binary and InPlace (whose x keeps the
// BinaryOp, with kQuickenedInPlace).
bool is_quickened_binary(Op op);

}  // namespace ember

// The bytecode instruction word.
#pragma once
#include <cstdint>

#include "vm/opcodes.h"

namespace ember {

// One 64-bit word per instruction: an opcode, a small extra operand and three 16-bit
// register or index operands. Operands that need 32 bits (constant and name indices, jump
// offsets) use `bc`, the concatenation of b and c. Some instructions are followed by an AUX
// word (documented in opcodes.h) that holds further operands. 16-bit registers keep the
// frame layout free of the 256-register limit of byte-sized operands.
struct Instruction {
  Op op;
  uint8_t x;
  uint16_t a;
  uint16_t b;
  uint16_t c;

  uint32_t bc() const { return static_cast<uint32_t>(b) | (static_cast<uint32_t>(c) << 16); }
  int32_t sbc() const { return static_cast<int32_t>(bc()); }

  static Instruction abc(Op op, uint16_t a, uint16_t b = 0, uint16_t c = 0, uint8_t x = 0) {
    return Instruction{op, x, a, b, c};
  }
  static Instruction abx(Op op, uint16_t a, uint32_t bc, uint8_t x = 0) {
    return Instruction{op, x, a, static_cast<uint16_t>(bc & 0xFFFF),
                       static_cast<uint16_t>(bc >> 16)};
  }
  // An AUX word carrying a raw 64-bit payload reinterpreted as fields.
  static Instruction aux(uint32_t lo, uint32_t hi = 0) {
    return Instruction{Op::Aux, 0, static_cast<uint16_t>(hi & 0xFFFF),
                       static_cast<uint16_t>(lo & 0xFFFF), static_cast<uint16_t>(lo >> 16)};
  }
  uint32_t aux_lo() const { return bc(); }
  uint32_t aux_hi() const { return a; }
};

static_assert(sizeof(Instruction) == 8);

}  // namespace ember

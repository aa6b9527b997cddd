#include "vm/typed_fusion.h"

#include <array>
#include <cstddef>

namespace ember {

namespace {

#define EMBER_COUNT_OP(name) +1
constexpr int kOpcodeCount = 0 EMBER_OPCODES(EMBER_COUNT_OP);
#undef EMBER_COUNT_OP
static_assert(kOpcodeCount <= 256, "opcodes are one byte");

struct PairTable {
  // fused[first][second]: the fused opcode, or Nop when the pair does not fuse.
  std::array<std::array<Op, kOpcodeCount>, kOpcodeCount> fused;
  PairTable() {
    for (auto& row : fused) row.fill(Op::Nop);
#define EMBER_PAIR_ENTRY(X, first, second) \
  fused[static_cast<int>(Op::first)][static_cast<int>(Op::second)] = Op::first##_##second;
    EMBER_FUSED_PAIRS(_, EMBER_PAIR_ENTRY)
#undef EMBER_PAIR_ENTRY
  }
};

}  // namespace

void fuse_typed_pairs(std::vector<Instruction>& code) {
  static const PairTable kPairs;
  // Forwards, so that each pair is looked up before its second instruction is rewritten
  // as the first of the next pair. No first half has an AUX word, so code[i + 1] starts an
  // instruction.
  for (size_t i = 0; i + 1 < code.size(); ++i) {
    Op fused = kPairs.fused[static_cast<int>(code[i].op)][static_cast<int>(code[i + 1].op)];
    if (fused != Op::Nop) code[i].op = fused;
  }
}

OpPair split_fused(Op op) {
  switch (op) {
#define EMBER_PAIR_CASE(X, first, second) \
  case Op::first##_##second:              \
    return OpPair{Op::first, Op::second};
    EMBER_FUSED_PAIRS(_, EMBER_PAIR_CASE)
#undef EMBER_PAIR_CASE
    default:
      return OpPair{op, Op::Nop};
  }
}

}  // namespace ember

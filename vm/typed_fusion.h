// Superinstructions of typed code: adjacent pairs of hot typed instructions become one
// dispatch (the fused opcodes of opcodes.h, EMBER_FUSED_PAIRS).
#pragma once
#include <vector>

#include "vm/instruction.h"

namespace ember {

// Rewrites the first instruction of every fusable pair of typed `code` into its fused
// opcode. Positions, operands and jump offsets stay as they were: the second instruction of
// a pair stays in place (and may itself start a pair), so any jump to it still runs it.
void fuse_typed_pairs(std::vector<Instruction>& code);

// The two opcodes a fused opcode runs; {op, Nop} for an opcode that is not a pair.
struct OpPair {
  Op first;
  Op second;
};
OpPair split_fused(Op op);

}  // namespace ember

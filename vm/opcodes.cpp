#include "vm/opcodes.h"

namespace ember {

const char* opcode_name(Op op) {
#define EMBER_OPCODE_NAME(name) #name,
  static const char* const kNames[] = {EMBER_OPCODES(EMBER_OPCODE_NAME)};
#undef EMBER_OPCODE_NAME
  return kNames[static_cast<int>(op)];
}

}  // namespace ember

// libember.so has no JIT (see install_embedded_jit in vm_state.h): every mode interprets.
#include "embed/vm_state.h"

namespace ember {

void install_embedded_jit(VM&, JitMode) {}

}  // namespace ember

// The tracing JIT of libember.a (see install_embedded_jit in vm_state.h).
#include "embed/vm_state.h"
#include "jit/engine.h"

namespace ember {

void install_embedded_jit(VM& vm, JitMode mode) {
  jit::EngineOptions options;
  options.mode = mode;
  jit::install_jit(vm, options);
}

}  // namespace ember

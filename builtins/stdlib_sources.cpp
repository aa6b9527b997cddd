#include "builtins/stdlib_sources.h"

#include "builtins/install.h"
#include "vm/vm.h"

namespace ember {

void install_stdlib_sources(VM& vm) {
  for (size_t i = 0; i < kEmbeddedModuleCount; ++i) {
    const EmbeddedModule& m = kEmbeddedModules[i];
    vm.embedded_modules[m.name] = EmbeddedSource{m.path, m.package, {m.source, m.size}};
  }
}

}  // namespace ember

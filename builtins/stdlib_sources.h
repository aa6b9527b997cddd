// The standard-library modules written in Python (lib/), compiled into the binary by
// cmake/embed_stdlib.cmake and registered with the VM's import system.
#pragma once
#include <cstddef>

namespace ember {

class VM;

struct EmbeddedModule {
  const char* name;  // dotted module name
  const char* path;  // relative to lib/, for __file__ and tracebacks
  bool package;
  const char* source;
  size_t size;
};

extern const EmbeddedModule kEmbeddedModules[];
extern const size_t kEmbeddedModuleCount;

}  // namespace ember

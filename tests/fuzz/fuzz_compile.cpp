// libFuzzer target: parse, analyse (scopes; types and ownership in static Mojo) and compile
// arbitrary bytes to bytecode without running them, as Python and as static Mojo. One VM serves
// every input (compiling only allocates code objects and constants; a collection between inputs
// frees them).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "builtins/install.h"
#include "frontend/compiler.h"
#include "vm/vm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static ember::VM* vm = [] {
    auto* created = new ember::VM();
    ember::install_builtins(*created);
    return created;
  }();
  std::string_view source(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"<fuzz>", "<fuzz>.mojo"}) {
    ember::CompileOutput compiled = ember::compile_source(*vm, source, name);
    (void)compiled;
  }
  vm->heap().collect();
  return 0;
}

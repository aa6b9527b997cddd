// libFuzzer target: compile and run arbitrary bytes as a program, in a fresh VM each time,
// under a step budget, a time limit and a heap limit, with no capabilities (no files, no
// environment, no exit, no processes, no imports from disk). Output goes to /dev/null.
#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "builtins/install.h"
#include "frontend/compiler.h"
#include "fuzz_source_name.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "vm/program_abort.h"
#include "vm/vm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static bool quiet = [] {
    int null_fd = open("/dev/null", O_WRONLY);
    if (null_fd >= 0) dup2(null_fd, STDOUT_FILENO);
    return true;
  }();
  (void)quiet;
  ember::VMOptions options;
  options.capabilities = 0;
  options.max_memory = 64u << 20;
  options.step_budget = 200000;
  options.time_limit = 2;
  ember::VM vm(options);
  ember::install_builtins(vm);
  std::string source(reinterpret_cast<const char*>(data), size);
  ember::CompileOutput compiled =
      ember::compile_source(vm, source, ember::fuzz::source_name_for(source));
  if (compiled.error) return 0;
  try {
    ember::ModuleObject* module = ember::new_module(vm, "__main__");
    ember::run_code(vm, compiled.code, module->dict);
  } catch (const ember::PythonException&) {
    vm.clear_raised();
  } catch (const ember::ProgramAbort&) {
    // A fatal stop in fn code (division by zero, List index): the driver's exit 1.
  }
  return 0;
}

// libFuzzer target, differential: the JIT is an optimisation only. Each input runs twice,
// each time in a fresh VM, with the JIT off and with every loop traced at its first back
// edge (--jit=eager), its `main` too when it is Mojo; what it printed and how it ended must
// be the same. Runs that a limit cut short are not compared: the recorder's iteration
// ticks no step, so a step budget runs out a few iterations apart.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "builtins/install.h"
#include "frontend/compiler.h"
#include "fuzz_source_name.h"
#include "jit/engine.h"
#include "vm/dict_object.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "vm/program_abort.h"
#include "vm/str_object.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace {

struct Outcome {
  std::string output;
  std::string ending;
  bool limited = false;
};

void append_to(void* context, std::string_view text) {
  static_cast<std::string*>(context)->append(text);
}

Outcome run(const std::string& source, ember::JitMode mode) {
  Outcome outcome;
  ember::VMOptions options;
  options.capabilities = 0;
  options.max_memory = 64u << 20;
  options.step_budget = 200000;
  options.time_limit = 2;
  options.stdout_sink = {append_to, &outcome.output};
  options.stderr_sink = {append_to, &outcome.output};
  ember::VM vm(options);
  ember::install_builtins(vm);
  ember::jit::EngineOptions jit;
  jit.mode = mode;
  ember::jit::install_jit(vm, jit);
  const char* name = ember::fuzz::source_name_for(source);
  ember::CompileOutput compiled = ember::compile_source(vm, source, name);
  if (compiled.error) return outcome;
  try {
    ember::ModuleObject* module = ember::new_module(vm, "__main__");
    ember::run_code(vm, compiled.code, module->dict);
    if (std::string(name).ends_with(".mojo")) {
      ember::Value main = ember::dict_get_str(vm, module->dict, vm.intern("main"));
      if (!main.is_undefined()) vm.call(main, {});
    }
    outcome.ending = "returned";
  } catch (const ember::PythonException&) {
    outcome.ending = "raised " + std::string(vm.type_of(vm.raised())->name->view());
    vm.clear_raised();
  } catch (const ember::ProgramAbort& abort) {
    outcome.ending = "stopped: " + abort.message;
  }
  vm.out().flush();
  vm.err().flush();
  outcome.limited = vm.interrupts.steps_left() == 0 || vm.interrupts.past_deadline();
  return outcome;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string source(reinterpret_cast<const char*>(data), size);
  Outcome interpreted = run(source, ember::JitMode::Off);
  Outcome traced = run(source, ember::JitMode::Eager);
  if (interpreted.limited || traced.limited) return 0;
  if (interpreted.output != traced.output || interpreted.ending != traced.ending) {
    std::fprintf(stderr, "--jit=off and --jit=eager differ\n--- off (%s)\n%s\n--- eager (%s)\n%s\n",
                 interpreted.ending.c_str(), interpreted.output.c_str(), traced.ending.c_str(),
                 traced.output.c_str());
    std::abort();
  }
  return 0;
}

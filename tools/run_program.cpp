#include "run_program.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "frontend/compiler.h"
#include "frontend/parser.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/output_stream.h"
#include "vm/program_abort.h"
#include "vm/str_object.h"
#include "vm/traceback.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

// The last line of an OSError's traceback for `error` ("BrokenPipeError: [Errno 32] ...").
std::string os_error_line(int error) {
  const char* type = error == EPIPE ? "BrokenPipeError" : "OSError";
  return std::string(type) + ": [Errno " + std::to_string(error) + "] " + std::strerror(error) +
         "\n";
}

ModuleObject* create_main_module(VM& vm, const std::string& filename) {
  auto* module = vm.allocate<ModuleObject>(vm.types.module);
  module->name = vm.intern("__main__");
  module->dict = vm.new_dict();
  dict_set_str(vm, module->dict, vm.intern("__name__"), Value::from_object(module->name));
  dict_set_str(vm, module->dict, vm.intern("__file__"), Value::from_object(vm.new_str(filename)));
  dict_set_str(vm, module->dict, vm.intern("__doc__"), Value::none());
  dict_set_str(vm, vm.modules, module->name, Value::from_object(module));
  return module;
}

}  // namespace

int run_main_program(VM& vm, const std::string& source, const std::string& filename) {
  vm.remember_source(filename, source);
  CompileOutput compiled = compile_source(vm, source, filename);
  if (!compiled.diagnostics.empty()) {
    vm.err().write(compiled.diagnostics_text);
    vm.err().flush();
    return 1;
  }
  if (compiled.error) {
    vm.out().flush();
    vm.err().write(format_syntax_error(*compiled.error, filename));
    vm.err().flush();
    return 1;
  }
  for (const CompileWarning& warning : compiled.warnings) {
    vm.err().write(format_compile_warning(warning, filename));
  }
  ModuleObject* module = create_main_module(vm, filename);
  int status = 0;
  try {
    run_code(vm, compiled.code, module->dict);
    // A Mojo program's `fn main()` / `def main()` runs after the top level.
    if (is_static_source_name(filename)) {
      Value main = dict_get_str(vm, module->dict, vm.intern("main"));
      if (!main.is_undefined()) vm.call(main, {});
    }
  } catch (const ProgramAbort& abort) {
    vm.out().flush();
    vm.err().write(abort.message + "\n");
    status = 1;
  } catch (const PythonException&) {
    Value exception = vm.raised();
    vm.clear_raised();
    Rooted keep(vm, exception);
    // The program is over: reporting may need memory even when it died of MemoryError.
    vm.heap().set_limit(0);
    if (is_instance(vm, exception, vm.types.SystemExit)) {
      status = system_exit_status(vm, exception);
    } else {
      vm.out().flush();
      vm.err().write(format_exception(vm, exception));
      status = is_instance(vm, exception, vm.types.KeyboardInterrupt) ? kExitKeyboardInterrupt : 1;
    }
  }
  // The objects still alive are finalised, as CPython's shutdown does.
  try {
    vm.finalizers.run_all(vm);
  } catch (const PythonException&) {
    vm.clear_raised();
  } catch (const ProgramAbort&) {
  }
  if (!vm.out().flush()) {
    // As CPython when the final flush of sys.stdout fails (e.g. a closed pipe): report it and
    // exit with 120 unless the program already failed.
    int error = vm.out().take_error();
    vm.err().write(
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
        "encoding='utf-8'>\n");
    vm.err().write(os_error_line(error));
    if (status == 0) status = 120;
  }
  vm.err().flush();
  return status;
}

}  // namespace ember

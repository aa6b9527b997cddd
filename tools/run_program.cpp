#include "run_program.h"

#include "frontend/compiler.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/output_stream.h"
#include "vm/str_object.h"
#include "vm/traceback.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

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
  } catch (const PythonException&) {
    Value exception = vm.raised();
    vm.clear_raised();
    Rooted keep(vm, exception);
    if (is_instance(vm, exception, vm.types.SystemExit)) {
      status = system_exit_status(vm, exception);
    } else {
      vm.out().flush();
      vm.err().write(format_exception(vm, exception));
      status = 1;
    }
  }
  vm.out().flush();
  vm.err().flush();
  return status;
}

}  // namespace ember

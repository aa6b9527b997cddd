// compile(), eval() and exec(): source text compiled at run time by the host's front end
// (vm.module_loader) and run with explicit or the caller's globals and locals.
#include <string>

#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/code_object.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/module_loader.h"
#include "vm/vm.h"

namespace ember {

namespace {

using misc::obj;

CodeObject* compile_text(VM& vm, Value source, const std::string& filename, bool expression,
                         const char* fname) {
  std::string text;
  if (StrObject* s = misc::as_str(vm, source)) {
    text = s->view();
  } else if (vm.type_of(source) == vm.types.bytes) {
    text = std::string(str(vm, vm.call(get_attribute(vm, source, vm.name("decode")), {}))->view());
  } else {
    misc::type_error(vm, std::string(fname) + "() arg 1 must be a string, bytes or code object");
  }
  if (text.find('\0') != std::string::npos) {
    vm.raise(vm.types.SyntaxError, "source code string cannot contain null bytes");
  }
  if (expression) text.erase(0, text.find_first_not_of(" \t"));
  if (!vm.module_loader) {
    vm.raise(vm.types.RuntimeError, std::string(fname) + "(): compiling source is not available");
  }
  return vm.module_loader->compile_text(vm, text, filename, expression);
}

Value run(VM& vm, CallArgs args, const char* fname, bool expression) {
  misc::no_kwargs(vm, args, fname);
  misc::expect_range(vm, args, fname, 1, 3);
  Value globals = args.npos > 1 ? args[1] : Value::none();
  Value locals = args.npos > 2 ? args[2] : Value::none();
  if (!globals.is_none() && !is_instance(vm, globals, vm.types.dict)) {
    misc::type_error(vm, std::string(fname) + "() globals must be a dict, not " +
                             std::string(type_name(vm, globals)));
  }
  if (!locals.is_none() && !vm.type_of(locals)->slots.getitem) {
    misc::type_error(vm, "locals must be a mapping");
  }
  RootScope roots(vm);
  if (globals.is_none()) {
    if (!vm.frame) vm.raise(vm.types.SystemError, std::string(fname) + "(): no current frame");
    globals = obj(vm.frame->globals);
    if (locals.is_none()) locals = misc::locals_dict(vm);
  } else if (locals.is_none()) {
    locals = globals;
  }
  roots.add(locals);
  Value source = args[0];
  CodeObject* code = vm.type_of(source) == vm.types.code
                         ? static_cast<CodeObject*>(source.as_object())
                         : compile_text(vm, source, "<string>", expression, fname);
  roots.add(obj(code));
  Value result =
      run_code_with_locals(vm, code, static_cast<DictObject*>(globals.as_object()), locals);
  return expression ? result : Value::none();
}

Value builtin_eval(VM& vm, CallArgs args) {
  return run(vm, args, "eval", true);
}

Value builtin_exec(VM& vm, CallArgs args) {
  return run(vm, args, "exec", false);
}

// compile(source, filename, mode): a code object for exec() or eval().
Value builtin_compile(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "compile", 3, 6);
  StrObject* filename = misc::as_str(vm, args[1]);
  StrObject* mode = misc::as_str(vm, args[2]);
  if (!filename) misc::type_error(vm, "compile() argument 'filename' must be str");
  if (!mode) misc::type_error(vm, "compile() argument 'mode' must be str");
  std::string_view m = mode->view();
  if (m != "exec" && m != "eval" && m != "single") {
    vm.raise(vm.types.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  return obj(compile_text(vm, args[0], std::string(filename->view()), m == "eval", "compile"));
}

}  // namespace

void install_eval_exec(VM& vm) {
  vm.add_builtin_function("eval", builtin_eval);
  vm.add_builtin_function("exec", builtin_exec);
  vm.add_builtin_function("compile", builtin_compile);
}

}  // namespace ember

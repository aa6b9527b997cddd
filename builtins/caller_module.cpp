// `_caller`: the globals and source position of a calling frame, so library functions that
// build classes (collections.namedtuple, enum's functional API) can set __module__ to their
// caller's module, warnings.warn can name the line that warned and logging the function
// that logged, as CPython does with sys._getframe; and source_line(), what CPython's
// warnings read through linecache.
#include <optional>
#include <string>
#include <utility>

#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/traceback.h"
#include "vm/tuple_object.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace ember {

namespace {

// The Python frame `depth` calls up from the one that called a _caller function (given as
// the optional argument of `function`), or ValueError "call stack is not deep enough".
Frame* calling_frame(VM& vm, CallArgs args, const std::string& function) {
  if (args.nkw() > 0) vm.raise(vm.types.TypeError, function + "() takes no keyword arguments");
  if (args.npos > 1) {
    vm.raise(vm.types.TypeError,
             function + "() takes at most 1 argument (" + std::to_string(args.npos) + " given)");
  }
  int64_t depth = args.npos == 1 ? index_value(vm, args[0]) : 0;
  Frame* frame = vm.frame;
  for (; frame != nullptr && depth > 0; --depth) frame = frame->previous;
  if (frame == nullptr || depth < 0) vm.raise(vm.types.ValueError, "call stack is not deep enough");
  return frame;
}

// globals(depth=0): depth 0 is the Python frame that called this function.
Value caller_globals(VM& vm, CallArgs args) {
  return Value::from_object(calling_frame(vm, args, "globals")->globals);
}

// location(depth=0): (filename, line number) of the instruction that frame is running.
Value caller_location(VM& vm, CallArgs args) {
  Frame* frame = calling_frame(vm, args, "location");
  int32_t line = frame->code->locations[frame->pc_index()].line;
  return Value::from_object(
      vm.new_tuple({Value::from_object(frame->code->filename), Value::from_small_int(line)}));
}

// function_name(depth=0): the name of the function that frame runs ("<module>" at top level),
// what logging records as funcName.
Value caller_function_name(VM& vm, CallArgs args) {
  return Value::from_object(calling_frame(vm, args, "function_name")->code->name);
}

// source_line(filename, lineno): that line of the file, with its line break, or "" when the
// source is unknown (linecache.getline's contract).
Value caller_source_line(VM& vm, CallArgs args) {
  if (args.nkw() > 0 || args.npos != 2) {
    vm.raise(vm.types.TypeError, "source_line() takes exactly 2 positional arguments");
  }
  if (!is_subtype(vm.type_of(args[0]), vm.types.str)) {
    vm.raise(vm.types.TypeError,
             "source_line() argument 1 must be str, not " + std::string(type_name(vm, args[0])));
  }
  auto* filename = static_cast<StrObject*>(args[0].as_object());
  int64_t lineno = index_value(vm, args[1]);
  std::optional<std::string> line;
  if (lineno > 0 && lineno <= INT32_MAX) {
    line = source_line(vm, std::string(filename->view()), static_cast<int>(lineno));
  }
  return Value::from_object(vm.new_str(line ? *line + "\n" : ""));
}

void init_caller(VM& vm, ModuleObject* module) {
  const std::pair<const char*, NativeFunction> functions[] = {
      {"globals", caller_globals},
      {"location", caller_location},
      {"function_name", caller_function_name},
      {"source_line", caller_source_line},
  };
  for (const auto& [name, f] : functions) {
    dict_set_str(vm, module->dict, vm.name(name),
                 Value::from_object(vm.new_native_function(name, f)));
  }
}

}  // namespace

void install_caller_module(VM& vm) {
  vm.native_modules["_caller"] = init_caller;
}

}  // namespace ember

// `_caller`: the globals of a calling frame, so library functions that build classes
// (collections.namedtuple, enum's functional API) can set __module__ to their caller's
// module as CPython does with sys._getframe.
#include <string>

#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace ember {

namespace {

// globals(depth=0): depth 0 is the Python frame that called this function.
Value caller_globals(VM& vm, CallArgs args) {
  if (args.nkw() > 0) vm.raise(vm.types.TypeError, "globals() takes no keyword arguments");
  if (args.npos > 1) {
    vm.raise(vm.types.TypeError,
             "globals() takes at most 1 argument (" + std::to_string(args.npos) + " given)");
  }
  int64_t depth = args.npos == 1 ? index_value(vm, args[0]) : 0;
  Frame* frame = vm.frame;
  for (; frame != nullptr && depth > 0; --depth) frame = frame->previous;
  if (frame == nullptr || depth < 0) vm.raise(vm.types.ValueError, "call stack is not deep enough");
  return Value::from_object(frame->globals);
}

void init_caller(VM& vm, ModuleObject* module) {
  dict_set_str(vm, module->dict, vm.name("globals"),
               Value::from_object(vm.new_native_function("globals", caller_globals)));
}

}  // namespace

void install_caller_module(VM& vm) {
  vm.native_modules["_caller"] = init_caller;
}

}  // namespace ember

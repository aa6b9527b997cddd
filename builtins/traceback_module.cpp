// `_traceback`: the VM's own traceback printing for lib/traceback.py, so that
// traceback.format_exc() and friends give exactly what an uncaught exception prints.
#include <string>
#include <utility>

#include "builtins/install.h"
#include "builtins/native_module.h"
#include "vm/list_object.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/traceback.h"
#include "vm/tuple_object.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace ember {

namespace {

Value exception_argument(VM& vm, CallArgs args, const char* function) {
  if (args.nkw() > 0 || args.npos != 1) {
    vm.raise(vm.types.TypeError, std::string(function) + "() takes exactly one argument");
  }
  if (!vm.type_of(args[0])->has_flag(kTypeExceptionSubclass)) {
    vm.raise(vm.types.TypeError, std::string(function) + "() argument must be an exception");
  }
  return args[0];
}

// format(exception): the whole report, chained exceptions and groups included.
Value traceback_format(VM& vm, CallArgs args) {
  return Value::from_object(
      vm.new_str(format_exception(vm, exception_argument(vm, args, "format"))));
}

// format_only(exception): "Type: message" (a SyntaxError's location block first).
Value traceback_format_only(VM& vm, CallArgs args) {
  Value exception = exception_argument(vm, args, "format_only");
  return Value::from_object(vm.new_str(format_exception_only(vm, exception)));
}

// entries(traceback): [(filename, line number, name, text), ...], oldest frame first; text is
// what a traceback prints for the frame (File line, source line, carets).
Value traceback_entries_of(VM& vm, CallArgs args) {
  if (args.nkw() > 0 || args.npos != 1) {
    vm.raise(vm.types.TypeError, "entries() takes exactly one argument");
  }
  if (!args[0].is_none() && vm.type_of(args[0]) != vm.types.traceback) {
    vm.raise(vm.types.TypeError, "entries() argument must be a traceback or None");
  }
  ListObject* list = vm.new_list();
  Rooted keep(vm, Value::from_object(list));
  for (const TracebackEntry& entry : traceback_entries(vm, args[0])) {
    TupleObject* item = vm.new_tuple(4);
    Rooted keep_item(vm, Value::from_object(item));
    for (int64_t i = 0; i < 4; ++i) item->items[i] = Value::none();
    item->items[0] = Value::from_object(vm.new_str(entry.filename));
    item->items[1] = Value::from_small_int(entry.line);
    item->items[2] = Value::from_object(vm.new_str(entry.name));
    item->items[3] = Value::from_object(vm.new_str(entry.text));
    list_append(vm, list, Value::from_object(item));
  }
  return Value::from_object(list);
}

void init_traceback(VM& vm, ModuleObject* module) {
  const std::pair<const char*, NativeFunction> functions[] = {
      {"format", traceback_format},
      {"format_only", traceback_format_only},
      {"entries", traceback_entries_of},
  };
  for (const auto& [name, f] : functions) native::add_function(vm, module, name, f);
}

}  // namespace

void install_traceback_module(VM& vm) {
  vm.native_modules["_traceback"] = init_traceback;
}

}  // namespace ember

// `gc`: the collector's interface. collect() runs a full collection and returns how many
// objects it freed. disable() only changes what isenabled() says: Ember's collector is its
// only way of reclaiming memory (CPython's reference counting goes on while its cycle
// collector is disabled), so collections continue.
#include <atomic>
#include <string>
#include <utility>

#include "builtins/install.h"
#include "builtins/native_module.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace ember {

namespace {

// What isenabled() reports; process-wide, as it changes nothing (VMs may run on several threads).
std::atomic<bool> collector_enabled{true};

void expect_arguments(VM& vm, CallArgs args, const char* name, uint32_t most) {
  if (args.nkw() > 0) {
    vm.raise(vm.types.TypeError, "gc." + std::string(name) + "() takes no keyword arguments");
  }
  if (args.npos > most) {
    vm.raise(vm.types.TypeError, "gc." + std::string(name) + "() takes " +
                                     (most == 0 ? "no arguments" : "at most 1 argument") + " (" +
                                     std::to_string(args.npos) + " given)");
  }
}

// collect(generation=2): there is one generation; 0, 1 and 2 all collect everything.
Value gc_collect(VM& vm, CallArgs args) {
  expect_arguments(vm, args, "collect", 1);
  if (args.npos == 1) {
    int64_t generation = index_value(vm, args[0]);
    if (generation < 0 || generation > 2) vm.raise(vm.types.ValueError, "invalid generation");
  }
  size_t before = vm.heap().object_count();
  // Objects whose __del__ just ran die (and their weak references clear) in a second pass,
  // as they would in CPython's one call.
  if (vm.collect_garbage()) vm.collect_garbage();
  size_t after = vm.heap().object_count();
  return vm.make_int(static_cast<int64_t>(before > after ? before - after : 0));
}

Value gc_enable(VM& vm, CallArgs args) {
  expect_arguments(vm, args, "enable", 0);
  collector_enabled = true;
  return Value::none();
}

Value gc_disable(VM& vm, CallArgs args) {
  expect_arguments(vm, args, "disable", 0);
  collector_enabled = false;
  return Value::none();
}

Value gc_isenabled(VM& vm, CallArgs args) {
  expect_arguments(vm, args, "isenabled", 0);
  return Value::from_bool(collector_enabled);
}

void init_gc(VM& vm, ModuleObject* module) {
  const std::pair<const char*, NativeFunction> functions[] = {
      {"collect", gc_collect},
      {"enable", gc_enable},
      {"disable", gc_disable},
      {"isenabled", gc_isenabled},
  };
  for (const auto& [name, f] : functions) native::add_function(vm, module, name, f);
}

}  // namespace

void install_gc_module(VM& vm) {
  vm.native_modules["gc"] = init_gc;
}

}  // namespace ember

#include "vm/lazy_builtins.h"

#include <string_view>

#include "vm/dict_object.h"
#include "vm/import.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

struct LazyBuiltin {
  std::string_view name;
  const char* module;
};

constexpr LazyBuiltin kLazyBuiltins[] = {
    {"BaseExceptionGroup", "_exception_groups"},
    {"ExceptionGroup", "_exception_groups"},
    // What `try ... except*` compiles to calls (names no program would choose).
    {"__except_star_begin__", "_exception_groups"},
    {"__except_star_match__", "_exception_groups"},
    {"__except_star_raised__", "_exception_groups"},
    {"__except_star_end__", "_exception_groups"},
    // The storage of Set[T] in fn code.
    {"__mojo_set__", "_mojo_collections"},
};

}  // namespace

Value lazy_builtin(VM& vm, StrObject* name) {
  const char* module_name = nullptr;
  for (const LazyBuiltin& lazy : kLazyBuiltins) {
    if (name->view() == lazy.name) module_name = lazy.module;
  }
  if (!module_name) return Value::undefined();
  Value module = import_module(vm, vm.intern(module_name), 0, nullptr);
  Rooted keep(vm, module);
  // Every name the module provides becomes a builtin at once.
  for (const LazyBuiltin& lazy : kLazyBuiltins) {
    if (std::string_view(lazy.module) != module_name) continue;
    StrObject* provided = vm.intern(lazy.name);
    dict_set_str(vm, vm.builtins, provided, get_attribute(vm, module, provided));
  }
  return dict_get_str(vm, vm.builtins, name);
}

Value loaded_builtin(VM& vm, const char* name) {
  return dict_get_str(vm, vm.builtins, vm.intern(name));
}

}  // namespace ember

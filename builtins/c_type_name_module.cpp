// `_c_type_name`: library classes that stand in for types CPython writes in C (collections.deque,
// functools.partial) take CPython's dotted type name for error messages ("unhashable type:
// 'collections.deque'"), while __name__ and __qualname__ stay plain.
#include <string>

#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace ember {

namespace {

// c_type(cls): names cls "<its __module__>.<its __name__>" in messages; returns cls, so it
// serves as a class decorator.
Value c_type(VM& vm, CallArgs args) {
  if (args.nkw() > 0 || args.npos != 1 || !is_subtype(vm.type_of(args[0]), vm.types.type)) {
    vm.raise(vm.types.TypeError, "c_type() takes exactly one class");
  }
  auto* t = static_cast<Type*>(args[0].as_object());
  if (t->module == nullptr)
    vm.raise(vm.types.ValueError, "c_type() needs a class with a __module__");
  std::string dotted = std::string(t->module->view()) + "." + std::string(t->name->view());
  t->c_name = vm.new_str(dotted);
  return args[0];
}

void init_c_type_name(VM& vm, ModuleObject* module) {
  dict_set_str(vm, module->dict, vm.name("c_type"),
               Value::from_object(vm.new_native_function("c_type", c_type)));
}

}  // namespace

void install_c_type_name_module(VM& vm) {
  vm.native_modules["_c_type_name"] = init_c_type_name;
}

}  // namespace ember

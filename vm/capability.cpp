#include "vm/capability.h"

#include <string>

#include "vm/function_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

std::string_view capability_name(Capability capability) {
  switch (capability) {
    case Capability::FileSystem:
      return "filesystem";
    case Capability::Environment:
      return "environment";
    case Capability::Exit:
      return "exit";
    case Capability::Process:
      return "process";
    case Capability::ImportFiles:
      return "import-files";
  }
  return "unknown";
}

void require_capability(VM& vm, Capability capability, std::string_view what) {
  if (vm.has_capability(capability)) return;
  vm.raise(vm.types.PermissionError, std::string(what) + " needs the '" +
                                         std::string(capability_name(capability)) +
                                         "' capability, which the host has not granted");
}

namespace {

// self is (what, capability).
Value call_denied(VM& vm, CallArgs args) {
  auto* self = static_cast<TupleObject*>(args[0].as_object());
  auto* what = static_cast<StrObject*>(self->items[0].as_object());
  require_capability(vm, static_cast<Capability>(self->items[1].as_small_int()), what->view());
  return Value::none();
}

}  // namespace

NativeFunctionObject* new_denied_function(VM& vm, std::string_view name, std::string_view what,
                                          Capability capability) {
  Value description = Value::from_object(vm.new_str(what));
  Rooted keep(vm, description);
  Value self = Value::from_object(
      vm.new_tuple({description, Value::from_small_int(static_cast<int64_t>(capability))}));
  Rooted keep_self(vm, self);
  return vm.new_native_function(name, call_denied, self);
}

}  // namespace ember

// None, NotImplemented and Ellipsis: the singletons and their types.
#include "builtins/install.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

Value none_repr(VM& vm, Value) {
  return Value::from_object(vm.intern("None"));
}
bool none_truth(VM&, Value) {
  return false;
}
int64_t constant_hash(VM&, Value v) {
  // CPython hashes these by address; any fixed value per object serves.
  return static_cast<int64_t>(v.bits() >> 4);
}
Value none_construct(VM& vm, Type*, CallArgs args) {
  if (args.npos + args.nkw() != 0) vm.raise(vm.types.TypeError, "NoneType takes no arguments");
  return Value::none();
}

Value not_implemented_repr(VM& vm, Value) {
  return Value::from_object(vm.intern("NotImplemented"));
}
Value not_implemented_construct(VM& vm, Type*, CallArgs args) {
  if (args.npos + args.nkw() != 0) {
    vm.raise(vm.types.TypeError, "NotImplementedType takes no arguments");
  }
  return vm.not_implemented;
}

Value ellipsis_repr(VM& vm, Value) {
  return Value::from_object(vm.intern("Ellipsis"));
}
Value ellipsis_construct(VM& vm, Type*, CallArgs args) {
  if (args.npos + args.nkw() != 0) vm.raise(vm.types.TypeError, "ellipsis takes no arguments");
  return vm.ellipsis;
}

}  // namespace

void install_singletons(VM& vm) {
  TypeSlots& none = vm.types.none->slots;
  none.repr = none_repr;
  none.truth = none_truth;
  none.hash = constant_hash;
  none.construct = none_construct;

  TypeSlots& not_implemented = vm.types.not_implemented->slots;
  not_implemented.repr = not_implemented_repr;
  not_implemented.hash = constant_hash;
  not_implemented.construct = not_implemented_construct;

  TypeSlots& ellipsis = vm.types.ellipsis->slots;
  ellipsis.repr = ellipsis_repr;
  ellipsis.hash = constant_hash;
  ellipsis.construct = ellipsis_construct;

  vm.add_builtin("NotImplemented", vm.not_implemented);
  vm.add_builtin("Ellipsis", vm.ellipsis);
}

}  // namespace ember

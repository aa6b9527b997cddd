#include "vm/native_self.h"

#include <algorithm>
#include <array>
#include <string>

#include "vm/str_object.h"

namespace ember {

namespace {

// Dunders that CPython exposes as slot wrappers, whose messages differ from those of
// ordinary methods. Sorted.
constexpr std::array<std::string_view, 77> kSlotWrapperNames = {
    "__abs__",       "__add__",      "__aiter__",   "__and__",       "__anext__",
    "__await__",     "__bool__",     "__call__",    "__contains__",  "__del__",
    "__delattr__",   "__delete__",   "__delitem__", "__divmod__",    "__eq__",
    "__float__",     "__floordiv__", "__ge__",      "__get__",       "__getattribute__",
    "__getitem__",   "__gt__",       "__hash__",    "__iadd__",      "__iand__",
    "__ifloordiv__", "__ilshift__",  "__imatmul__", "__imod__",      "__imul__",
    "__index__",     "__init__",     "__int__",     "__invert__",    "__ior__",
    "__ipow__",      "__irshift__",  "__isub__",    "__iter__",      "__itruediv__",
    "__ixor__",      "__le__",       "__len__",     "__lshift__",    "__lt__",
    "__matmul__",    "__mod__",      "__mul__",     "__ne__",        "__neg__",
    "__next__",      "__or__",       "__pos__",     "__pow__",       "__radd__",
    "__rand__",      "__rdivmod__",  "__repr__",    "__rfloordiv__", "__rlshift__",
    "__rmatmul__",   "__rmod__",     "__rmul__",    "__ror__",       "__rpow__",
    "__rrshift__",   "__rshift__",   "__rsub__",    "__rtruediv__",  "__rxor__",
    "__set__",       "__setattr__",  "__setitem__", "__str__",       "__sub__",
    "__truediv__",   "__xor__",
};

}  // namespace

bool is_slot_wrapper(VM& vm, const NativeFunctionObject* f) {
  std::string_view name = f->name->view();
  if (!std::binary_search(kSlotWrapperNames.begin(), kSlotWrapperNames.end(), name)) return false;
  // CPython defines these as ordinary methods on some types (they are faster that way).
  const Type* t = f->owner;
  if (name == "__getitem__") return t != vm.types.dict && t != vm.types.list;
  if (name == "__contains__") {
    return t != vm.types.dict && t != vm.types.set && t != vm.types.frozenset;
  }
  return true;
}

void raise_bad_native_self(VM& vm, const NativeFunctionObject* f, CallArgs args) {
  std::string name(f->name->view());
  std::string owner(f->owner->name->view());
  if (args.npos == 0) {
    vm.raise(vm.types.TypeError,
             is_slot_wrapper(vm, f)
                 ? "descriptor '" + name + "' of '" + owner + "' object needs an argument"
                 : "unbound method " + owner + "." + name + "() needs an argument");
  }
  if (!is_slot_wrapper(vm, f)) raise_descriptor_mismatch(vm, name, f->owner, args[0]);
  vm.raise(vm.types.TypeError, "descriptor '" + name + "' requires a '" + owner +
                                   "' object but received a '" +
                                   std::string(vm.type_of(args[0])->name->view()) + "'");
}

void raise_descriptor_mismatch(VM& vm, std::string_view name, const Type* owner, Value instance) {
  vm.raise(vm.types.TypeError, "descriptor '" + std::string(name) + "' for '" +
                                   std::string(owner->name->view()) +
                                   "' objects doesn't apply to a '" +
                                   std::string(vm.type_of(instance)->name->view()) + "' object");
}

}  // namespace ember

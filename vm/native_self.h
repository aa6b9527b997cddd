// The `self` of a method of a built-in type must be an instance of that type.
//
// Native methods read their receiver's C++ layout without looking, so the check happens
// once, where native functions are called and bound: `list.append(5, 1)`,
// `list.__dict__['append'].__get__(5)`, `types.MethodType(list.append, 5)` and methods
// stored on unrelated classes all reach one of these two places.
#pragma once
#include "vm/function_object.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace ember {

// True when `receiver` may be the `self` of `f` (always for functions without an owner).
inline bool native_accepts_self(VM& vm, const NativeFunctionObject* f, Value receiver) {
  Type* owner = f->owner;
  if (!owner) return true;
  Type* t = vm.type_of(receiver);
  return t == owner || is_subtype(t, owner);
}

// True for the dunders CPython implements as slot wrappers (`<slot wrapper '__len__' of
// 'list' objects>`), whose messages and reprs differ from those of ordinary methods.
bool is_slot_wrapper(VM& vm, const NativeFunctionObject* f);

// Raises check_native_self's TypeError.
[[noreturn]] void raise_bad_native_self(VM& vm, const NativeFunctionObject* f, CallArgs args);

// A call of the unbound method `f` with `args` (self first): raises CPython's TypeError when
// self is missing or of the wrong type.
inline void check_native_self(VM& vm, const NativeFunctionObject* f, CallArgs args) {
  if (!f->owner) return;
  if (args.npos == 0 || !native_accepts_self(vm, f, args[0])) raise_bad_native_self(vm, f, args);
}

// Binding `f` to `instance` that is not an instance of f's owner: "descriptor 'append' for
// 'list' objects doesn't apply to a 'int' object".
[[noreturn]] void raise_descriptor_mismatch(VM& vm, std::string_view name, const Type* owner,
                                            Value instance);

}  // namespace ember

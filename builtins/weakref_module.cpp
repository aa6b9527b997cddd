// `_weakref`: weak references (vm/weak_refs.h), behind lib/weakref.py.
//
// ref(obj[, callback]) names obj without keeping it alive; calling the reference gives obj,
// or None once the collector has freed it. Only instances of types flagged kTypeWeakrefable
// can be referred to (as in CPython: classes defined in Python, functions, types, sets,
// generators, modules, ... but not int, str, tuple, list or dict).
#include <string>

#include "builtins/misc_support.h"
#include "builtins/native_module.h"
#include "builtins/native_stdlib.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/weak_refs.h"

namespace ember {

namespace {

using native::obj;

WeakRefObject* as_ref(Value v) {
  return static_cast<WeakRefObject*>(v.as_object());
}

void trace_ref(Object* self, Marker& m) {
  mark_value(m, static_cast<WeakRefObject*>(self)->callback);
}

Object* weakly_referable(VM& vm, Value target) {
  Type* t = vm.type_of(target);
  if (!target.is_object() || !t->has_flag(kTypeWeakrefable)) {
    StrObject* name = t->c_name ? t->c_name : t->name;
    misc::type_error(vm,
                     "cannot create weak reference to '" + std::string(name->view()) + "' object");
  }
  return target.as_object();
}

// ref(obj, callback=None). Without a callback every call gives the same reference.
Value construct_ref(VM& vm, Type* type, CallArgs args) {
  native::no_keywords(vm, args, "ref");
  misc::expect_range(vm, args, "__new__", 1, 2);
  Object* referent = weakly_referable(vm, args[0]);
  Value callback = args.npos == 2 ? args[1] : Value::none();
  if (callback.is_none()) {
    if (const auto* refs = vm.weak_refs.refs_to(referent)) {
      for (WeakRefObject* ref : *refs) {
        if (ref->callback.is_none()) return obj(ref);
      }
    }
  }
  auto* ref = vm.allocate<WeakRefObject>(type);
  ref->referent = referent;
  ref->callback = callback;
  vm.weak_refs.add(ref);
  return obj(ref);
}

Value call_ref(VM& vm, Value self, CallArgs args) {
  misc::no_kwargs(vm, args, "weakref");
  if (args.npos != 0) {
    misc::type_error(vm, "weakref expected 0 arguments, got " + std::to_string(args.npos));
  }
  Object* referent = as_ref(self)->referent;
  return referent ? obj(referent) : Value::none();
}

int64_t hash_ref(VM& vm, Value self) {
  WeakRefObject* ref = as_ref(self);
  if (!ref->hashed) {
    if (!ref->referent) misc::type_error(vm, "weak object has gone away");
    ref->hash = hash_value(vm, obj(ref->referent));
    ref->hashed = true;
  }
  return ref->hash;
}

// Two live references are equal when their referents are; otherwise only a reference is
// equal to itself.
Value compare_ref(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || vm.type_of(b) != vm.type_of(a)) {
    return vm.not_implemented;
  }
  Object* x = as_ref(a)->referent;
  Object* y = as_ref(b)->referent;
  bool equal = x && y ? values_equal(vm, obj(x), obj(y)) : a.is(b);
  return Value::from_bool(equal == (op == CompareOp::Eq));
}

Value repr_ref(VM& vm, Value self) {
  std::string text = "<weakref at " + misc::address_text(self) + "; ";
  Object* referent = as_ref(self)->referent;
  if (!referent) return misc::new_str_value(vm, text + "dead>");
  text += "to '" + misc::qualified_type_name(vm, referent->type) + "' at " +
          misc::address_text(obj(referent));
  Value name = get_attribute_or_undefined(vm, obj(referent), vm.name("__name__"));
  if (StrObject* s = name.is_undefined() ? nullptr : misc::as_str(vm, name)) {
    text += " (" + std::string(s->view()) + ")";
  }
  return misc::new_str_value(vm, text + ">");
}

Value getattr_ref(VM& vm, Value self, StrObject* name) {
  if (name->view() == "__callback__") return as_ref(self)->callback;
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) raise_no_attribute(vm, self, name);
  return v;
}

Value weakref_getweakrefcount(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "_weakref.getweakrefcount");
  if (!args[0].is_object()) return vm.make_int(int64_t{0});
  const auto* refs = vm.weak_refs.refs_to(args[0].as_object());
  return vm.make_int(refs ? static_cast<int64_t>(refs->size()) : 0);
}

Value weakref_getweakrefs(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "_weakref.getweakrefs");
  ListObject* list = vm.new_list();
  if (!args[0].is_object()) return obj(list);
  if (const auto* refs = vm.weak_refs.refs_to(args[0].as_object())) {
    for (WeakRefObject* ref : *refs) list_append(vm, list, obj(ref));
  }
  return obj(list);
}

void init_weakref(VM& vm, ModuleObject* m) {
  Type* t = native::new_module_type(vm, m, "ReferenceType");
  t->module = vm.intern("weakref");
  t->c_name = vm.intern("weakref.ReferenceType");
  t->slots.trace = trace_ref;
  t->slots.construct = construct_ref;
  t->slots.call = call_ref;
  t->slots.hash = hash_ref;
  t->slots.compare = compare_ref;
  t->slots.repr = repr_ref;
  t->slots.getattr = getattr_ref;
  native::add_value(vm, m, "ref", obj(t));
  native::add_value(vm, m, "ReferenceType", obj(t));
  native::add_function(vm, m, "getweakrefcount", weakref_getweakrefcount);
  native::add_function(vm, m, "getweakrefs", weakref_getweakrefs);
}

}  // namespace

void install_weakref_module(VM& vm) {
  vm.native_modules["_weakref"] = init_weakref;
}

}  // namespace ember

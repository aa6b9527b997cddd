// `object`: the root of every class — construction, default repr/str/hash/equality/format,
// and the `__class__` attribute every value has.
#include <string>
#include <vector>

#include "builtins/classes_internal.h"
#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/dict_object.h"
#include "vm/module_object.h"
#include "vm/native_self.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace ember {

namespace misc {

std::string qualified_type_name(VM& vm, Type* t) {
  std::string out;
  if (t->module && t->module->view() != "builtins") {
    out.append(t->module->view());
    out.push_back('.');
  }
  out.append((t->qualname ? t->qualname : t->name)->view());
  return out;
}

DictObject* private_namespace(VM& vm) {
  StrObject* name = vm.intern("_ember_builtins");
  Value m = dict_get_str(vm, vm.modules, name);
  if (!m.is_undefined()) return static_cast<ModuleObject*>(m.as_object())->dict;
  auto* module = vm.allocate<ModuleObject>(vm.types.module);
  module->name = name;
  module->dict = vm.new_dict();
  dict_set_str(vm, vm.modules, name, obj(module));
  dict_set_str(vm, module->dict, vm.name("__name__"), obj(name));
  return module->dict;
}

std::string default_repr_text(VM& vm, Value self) {
  return "<" + qualified_type_name(vm, vm.type_of(self)) + " object at " + address_text(self) + ">";
}

int64_t identity_hash(VM&, Value self) {
  uint64_t bits = self.is_object() ? reinterpret_cast<uint64_t>(self.as_object()) : self.bits();
  // Like CPython's _Py_HashPointer: rotate away the alignment bits.
  uint64_t h = (bits >> 4) | (bits << 60);
  auto r = static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

Value identity_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (op == CompareOp::Eq) return a.is(b) ? Value::from_bool(true) : vm.not_implemented;
  if (op == CompareOp::Ne) return a.is(b) ? Value::from_bool(false) : vm.not_implemented;
  return vm.not_implemented;
}

}  // namespace misc

namespace {

using misc::identity_compare;
using misc::identity_hash;
using misc::obj;

// A read-only attribute computed by a C++ getter, stored in a type's dict (CPython's
// getset_descriptor): `object.__class__`, and `int.real`, `range.start` and the like, whose
// getter is null because the owner's getattr slot computes them.
struct GetSetObject : Object {
  Value (*getter)(VM& vm, Value instance);
  // Assignment (`value` undefined: deletion); null for read-only attributes.
  void (*setter)(VM& vm, Value instance, Value value);
  StrObject* name;
  Type* owner;
  // A read-only member in CPython (slice.start, complex.real): refused as "readonly attribute".
  bool member;
};

void trace_getset(Object* self, Marker& m) {
  auto* g = static_cast<GetSetObject*>(self);
  m.mark(g->name);
  m.mark(g->owner);
}

Value getset_descr_get(VM& vm, Value self, Value instance, Value owner) {
  auto* g = static_cast<GetSetObject*>(self.as_object());
  if (instance.is_undefined()) return self;
  if (instance.is_none() && !owner.is_undefined() && !owner.is_none() &&
      owner.as_object() != vm.types.none) {
    return self;
  }
  if (!is_instance(vm, instance, g->owner)) {
    raise_descriptor_mismatch(vm, g->name->view(), g->owner, instance);
  }
  if (!g->getter) return g->owner->slots.getattr(vm, instance, g->name);
  return g->getter(vm, instance);
}

void getset_descr_set(VM& vm, Value self, Value instance, Value value) {
  auto* g = static_cast<GetSetObject*>(self.as_object());
  if (!is_instance(vm, instance, g->owner)) {
    raise_descriptor_mismatch(vm, g->name->view(), g->owner, instance);
  }
  if (g->setter) return g->setter(vm, instance, value);
  if (g->member) vm.raise(vm.types.AttributeError, "readonly attribute");
  vm.raise(vm.types.AttributeError, "attribute '" + std::string(g->name->view()) + "' of '" +
                                        std::string(g->owner->name->view()) +
                                        "' objects is not writable");
}

Value getset_repr(VM& vm, Value self) {
  auto* g = static_cast<GetSetObject*>(self.as_object());
  return misc::new_str_value(vm, "<attribute '" + std::string(g->name->view()) + "' of '" +
                                     std::string(g->owner->name->view()) + "' objects>");
}

Value object_repr(VM& vm, Value self) {
  return misc::new_str_value(vm, misc::default_repr_text(vm, self));
}

Value object_format(VM& vm, Value self, StrObject* spec) {
  if (spec->byte_length != 0) {
    misc::type_error(vm, "unsupported format string passed to " +
                             std::string(vm.type_of(self)->name->view()) + ".__format__");
  }
  return obj(str(vm, self));
}

Value object_construct(VM& vm, Type* type, CallArgs args) {
  if (args.npos != 0 || args.nkw() != 0) {
    if (type == vm.types.object) misc::type_error(vm, "object() takes no arguments");
    misc::type_error(vm, std::string(type->name->view()) + "() takes no arguments");
  }
  return obj(vm.allocate<Object>(type));
}

Value class_getter(VM& vm, Value instance) {
  return obj(vm.type_of(instance));
}

// The names of the __slots__ members a class and its bases add to the instance layout.
std::vector<std::string_view> slot_members(VM& vm, Type* t) {
  std::vector<std::string_view> names;
  for (int64_t i = 0; i < t->mro->size; ++i) {
    auto* c = static_cast<Type*>(t->mro->items[i].as_object());
    int64_t pos = 0;
    while (DictEntry* e = dict_next(c->dict, &pos)) {
      if (vm.type_of(e->value)->name->view() == "member_descriptor") {
        names.push_back(static_cast<StrObject*>(e->key.as_object())->view());
      }
    }
  }
  return names;
}

// `obj.__class__ = cls`, between classes whose instances share one memory layout.
void class_setter(VM& vm, Value instance, Value value) {
  if (value.is_undefined()) misc::type_error(vm, "can't delete __class__ attribute");
  Type* to = misc::as_type(vm, value);
  if (!to) {
    misc::type_error(vm, "__class__ must be set to a class, not '" +
                             std::string(type_name(vm, value)) + "' object");
  }
  Type* from = vm.type_of(instance);
  if (!from->has_flag(kTypeHeapType) || !to->has_flag(kTypeHeapType)) {
    misc::type_error(vm,
                     "__class__ assignment only supported for mutable types or ModuleType "
                     "subclasses");
  }
  bool compatible = from->layout_base == to->layout_base &&
                    from->attrs_offset == to->attrs_offset &&
                    from->attrs_after_data == to->attrs_after_data &&
                    from->has_flag(kTypeNoInstanceDict) == to->has_flag(kTypeNoInstanceDict) &&
                    slot_members(vm, from) == slot_members(vm, to);
  if (!compatible) {
    misc::type_error(vm, "__class__ assignment: '" + std::string(to->name->view()) +
                             "' object layout differs from '" + std::string(from->name->view()) +
                             "'");
  }
  instance.as_object()->type = to;
}

// ---- methods visible as object.__xxx__

Value need_self(VM& vm, CallArgs args, const char* name, uint32_t extra) {
  if (args.npos != extra + 1) {
    misc::type_error(vm, std::string("expected ") + std::to_string(extra) + " argument" +
                             (extra == 1 ? "" : "s") + ", got " +
                             std::to_string(args.npos == 0 ? 0 : args.npos - 1));
  }
  misc::no_kwargs(vm, args, name);
  return args[0];
}

Value m_repr(VM& vm, CallArgs args) {
  return object_repr(vm, need_self(vm, args, "__repr__", 0));
}
Value m_str(VM& vm, CallArgs args) {
  return obj(repr(vm, need_self(vm, args, "__str__", 0)));
}
Value m_hash(VM& vm, CallArgs args) {
  return vm.make_int(identity_hash(vm, need_self(vm, args, "__hash__", 0)));
}
Value m_eq(VM& vm, CallArgs args) {
  Value self = need_self(vm, args, "__eq__", 1);
  return identity_compare(vm, self, args[1], CompareOp::Eq);
}
Value m_ne(VM& vm, CallArgs args) {
  Value self = need_self(vm, args, "__ne__", 1);
  // object.__ne__ inverts __eq__ unless that is NotImplemented.
  Value eq = compare_op(vm, CompareOp::Eq, self, args[1]);
  if (eq.is(vm.not_implemented)) return eq;
  return Value::from_bool(!truthy(vm, eq));
}
Value m_not_implemented(VM& vm, CallArgs args) {
  need_self(vm, args, "__lt__", 1);
  return vm.not_implemented;
}
Value m_format(VM& vm, CallArgs args) {
  Value self = need_self(vm, args, "__format__", 1);
  StrObject* spec = misc::as_str(vm, args[1]);
  if (!spec) {
    misc::type_error(
        vm, "__format__() argument must be str, not " + std::string(type_name(vm, args[1])));
  }
  return object_format(vm, self, spec);
}
// object.__init__ accepts extra arguments only when the class overrides __new__ and not
// __init__ (CPython's rule, so that either method may be overridden alone).
Value m_init(VM& vm, CallArgs args) {
  if (args.npos == 0)
    misc::type_error(vm, "descriptor '__init__' of 'object' object needs an argument");
  Value self = args[0];
  if ((args.npos == 1 && args.nkw() == 0) || misc::as_type(vm, self)) return Value::none();
  Type* t = vm.type_of(self);
  if (classes::defined_in_python(vm, t, "__init__")) {
    misc::type_error(vm,
                     "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  if (!classes::defined_in_python(vm, t, "__new__")) {
    misc::type_error(vm, std::string(t->name->view()) + "() takes no arguments");
  }
  return Value::none();
}
Value m_getattribute(VM& vm, CallArgs args) {
  Value self = need_self(vm, args, "__getattribute__", 1);
  StrObject* name = misc::as_str(vm, args[1]);
  if (!name) {
    misc::type_error(
        vm, "attribute name must be string, not '" + std::string(type_name(vm, args[1])) + "'");
  }
  return misc::generic_or_raise(vm, self, name);
}
// object.__setattr__/__delattr__: the built-in behaviour, bypassing any __setattr__ of
// the class (which is usually the caller).
void object_setattr(VM& vm, Value self, StrObject* name, Value value) {
  Type* layout = vm.type_of(self)->layout_base;
  if (layout && layout->slots.setattr) return layout->slots.setattr(vm, self, name, value);
  if (!generic_set_attribute(vm, self, name, value)) raise_no_attribute(vm, self, name);
}

Value m_setattr(VM& vm, CallArgs args) {
  Value self = need_self(vm, args, "__setattr__", 2);
  StrObject* name = misc::as_str(vm, args[1]);
  if (!name) {
    misc::type_error(
        vm, "attribute name must be string, not '" + std::string(type_name(vm, args[1])) + "'");
  }
  object_setattr(vm, self, name, args[2]);
  return Value::none();
}
Value m_delattr(VM& vm, CallArgs args) {
  Value self = need_self(vm, args, "__delattr__", 1);
  StrObject* name = misc::as_str(vm, args[1]);
  if (!name) {
    misc::type_error(
        vm, "attribute name must be string, not '" + std::string(type_name(vm, args[1])) + "'");
  }
  object_setattr(vm, self, name, Value::undefined());
  return Value::none();
}

}  // namespace

void install_object_and_type(VM& vm) {
  Type* object = vm.types.object;
  object->slots.repr = object_repr;
  object->slots.hash = identity_hash;
  object->slots.compare = identity_compare;
  object->slots.format = object_format;
  object->slots.construct = object_construct;

  Type* getset = vm.new_type("getset_descriptor", object, 0);
  getset->slots.trace = trace_getset;
  getset->slots.descr_get = getset_descr_get;
  getset->slots.descr_set = getset_descr_set;
  getset->slots.repr = getset_repr;
  getset->slots.hash = identity_hash;
  getset->slots.compare = identity_compare;
  getset->slots.construct = nullptr;
  vm.add_method(getset, "__get__", misc::descriptor_get_method);
  auto add_getset = [&](Type* owner, const char* name, Value (*getter)(VM&, Value),
                        bool member = false) {
    auto* g = vm.allocate<GetSetObject>(getset);
    g->getter = getter;
    g->name = vm.name(name);
    g->owner = owner;
    g->member = member;
    dict_set_str(vm, owner->dict, g->name, obj(g));
    return g;
  };
  add_getset(object, "__class__", class_getter)->setter = class_setter;
  const BuiltinTypes& T = vm.types;
  for (const char* name : {"real", "imag", "numerator", "denominator"}) {
    add_getset(T.int_, name, nullptr);
  }
  for (Type* t : {T.float_, T.complex}) {
    for (const char* name : {"real", "imag"}) add_getset(t, name, nullptr, t == T.complex);
  }
  for (Type* t : {T.range, T.slice}) {
    for (const char* name : {"start", "stop", "step"}) add_getset(t, name, nullptr, true);
  }

  vm.add_method(object, "__repr__", m_repr);
  vm.add_method(object, "__str__", m_str);
  vm.add_method(object, "__hash__", m_hash);
  vm.add_method(object, "__eq__", m_eq);
  vm.add_method(object, "__ne__", m_ne);
  vm.add_method(object, "__lt__", m_not_implemented);
  vm.add_method(object, "__le__", m_not_implemented);
  vm.add_method(object, "__gt__", m_not_implemented);
  vm.add_method(object, "__ge__", m_not_implemented);
  vm.add_method(object, "__format__", m_format);
  vm.add_method(object, "__init__", m_init);
  vm.add_method(object, "__getattribute__", m_getattribute);
  vm.add_method(object, "__setattr__", m_setattr);
  vm.add_method(object, "__delattr__", m_delattr);

  install_type_type(vm);
}

}  // namespace ember

// The descriptor types of the class protocol: property, classmethod and staticmethod.
#include <string>

#include "builtins/classes_internal.h"
#include "builtins/misc_support.h"
#include "vm/function_object.h"
#include "vm/vm.h"

namespace ember::classes {

using misc::obj;

namespace {

// ---- property

struct PropertyObject : Object {
  Value fget;  // None when absent
  Value fset;
  Value fdel;
  Value doc;
  Value name;  // set by __set_name__, for error messages; None until then
};

PropertyObject* as_property(Value v) {
  return static_cast<PropertyObject*>(v.as_object());
}

void trace_property(Object* self, Marker& m) {
  auto* p = static_cast<PropertyObject*>(self);
  mark_value(m, p->fget);
  mark_value(m, p->fset);
  mark_value(m, p->fdel);
  mark_value(m, p->doc);
  mark_value(m, p->name);
}

// "property 'x' of 'A' object has no getter"
[[noreturn]] void raise_missing_accessor(VM& vm, PropertyObject* p, Value instance,
                                         const char* what) {
  std::string message = "property ";
  if (StrObject* n = misc::as_str(vm, p->name)) message += "'" + std::string(n->view()) + "' ";
  message += "of '" + std::string(type_name(vm, instance)) + "' object " + what;
  vm.raise(vm.types.AttributeError, message);
}

Value property_get(VM& vm, Value self, Value instance, Value owner) {
  if (instance.is_undefined() || instance.is_none()) return self;
  PropertyObject* p = as_property(self);
  if (p->fget.is_none()) raise_missing_accessor(vm, p, instance, "has no getter");
  return vm.call(p->fget, {instance});
}

void property_set(VM& vm, Value self, Value instance, Value value) {
  PropertyObject* p = as_property(self);
  if (value.is_undefined()) {
    if (p->fdel.is_none()) raise_missing_accessor(vm, p, instance, "has no deleter");
    vm.call(p->fdel, {instance});
    return;
  }
  if (p->fset.is_none()) raise_missing_accessor(vm, p, instance, "has no setter");
  vm.call(p->fset, {instance, value});
}

void fill_property(VM& vm, PropertyObject* p, CallArgs args) {
  static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
  Value values[4] = {Value::none(), Value::none(), Value::none(), Value::none()};
  if (args.npos > 4) {
    misc::type_error(
        vm, "property() takes at most 4 arguments (" + std::to_string(args.npos) + " given)");
  }
  for (uint32_t i = 0; i < args.npos; ++i) values[i] = args[i];
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = static_cast<StrObject*>(args.kwnames->items[k].as_object())->view();
    int found = -1;
    for (int i = 0; i < 4; ++i) {
      if (key == kNames[i]) found = i;
    }
    if (found < 0) {
      misc::type_error(vm,
                       "property() got an unexpected keyword argument '" + std::string(key) + "'");
    }
    values[found] = args.values[args.npos + k];
  }
  p->fget = values[0];
  p->fset = values[1];
  p->fdel = values[2];
  p->doc = values[3];
  // Like CPython: without an explicit doc, the getter's docstring.
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value d = get_attribute_or_undefined(vm, p->fget, vm.name("__doc__"));
    if (!d.is_undefined()) p->doc = d;
  }
  p->name = Value::none();
}

Value property_construct(VM& vm, Type* type, CallArgs args) {
  auto* p = vm.allocate<PropertyObject>(type);
  p->fget = p->fset = p->fdel = p->doc = p->name = Value::none();
  // A subclass with its own __init__ fills the property there, through property.__init__
  // (CPython's property.__new__ ignores its arguments).
  if (type != vm.types.property) {
    Value mine = dict_get_str(vm, vm.types.property->dict, vm.name("__init__"));
    if (!lookup_in_type(vm, type, vm.name("__init__")).is(mine)) return obj(p);
  }
  Rooted keep(vm, obj(p));
  fill_property(vm, p, args);
  return obj(p);
}

PropertyObject* self_property(VM& vm, CallArgs args, uint32_t extra, const char* name) {
  if (args.npos != extra + 1 || !is_instance(vm, args[0], vm.types.property)) {
    misc::type_error(vm, std::string("descriptor '") + name + "' requires a 'property' object");
  }
  return as_property(args[0]);
}

// p.getter(f) / p.setter(f) / p.deleter(f): a copy with one accessor replaced.
Value copy_with(VM& vm, CallArgs args, int which, const char* name) {
  PropertyObject* p = self_property(vm, args, 1, name);
  if (p->type != vm.types.property) {
    // A subclass builds the copy through its own constructor, as CPython does.
    return vm.call(obj(p->type), {which == 0 ? args[1] : p->fget, which == 1 ? args[1] : p->fset,
                                  which == 2 ? args[1] : p->fdel, p->doc});
  }
  auto* q = vm.allocate<PropertyObject>(p->type);
  q->fget = which == 0 ? args[1] : p->fget;
  q->fset = which == 1 ? args[1] : p->fset;
  q->fdel = which == 2 ? args[1] : p->fdel;
  q->doc = p->doc;
  q->name = p->name;
  return obj(q);
}

Value m_property_init(VM& vm, CallArgs args) {
  if (args.npos < 1 || !is_instance(vm, args[0], vm.types.property)) {
    misc::type_error(vm, "descriptor '__init__' requires a 'property' object");
  }
  fill_property(vm, as_property(args[0]), CallArgs{args.values + 1, args.npos - 1, args.kwnames});
  return Value::none();
}

Value m_getter(VM& vm, CallArgs args) {
  return copy_with(vm, args, 0, "getter");
}
Value m_setter(VM& vm, CallArgs args) {
  return copy_with(vm, args, 1, "setter");
}
Value m_deleter(VM& vm, CallArgs args) {
  return copy_with(vm, args, 2, "deleter");
}
Value m_property_get(VM& vm, CallArgs args) {
  if (args.npos < 2 || args.npos > 3) misc::type_error(vm, "expected 1 or 2 arguments");
  return property_get(vm, args[0], args[1], args.npos == 3 ? args[2] : Value::none());
}
Value m_property_set(VM& vm, CallArgs args) {
  PropertyObject* p = self_property(vm, args, 2, "__set__");
  property_set(vm, obj(p), args[1], args[2]);
  return Value::none();
}
Value m_property_delete(VM& vm, CallArgs args) {
  PropertyObject* p = self_property(vm, args, 1, "__delete__");
  property_set(vm, obj(p), args[1], Value::undefined());
  return Value::none();
}
Value m_property_set_name(VM& vm, CallArgs args) {
  PropertyObject* p = self_property(vm, args, 2, "__set_name__");
  p->name = args[2];
  return Value::none();
}

Value property_getattr(VM& vm, Value self, StrObject* name) {
  PropertyObject* p = as_property(self);
  std::string_view n = name->view();
  if (n == "fget") return p->fget;
  if (n == "fset") return p->fset;
  if (n == "fdel") return p->fdel;
  if (n == "__doc__") return p->doc;
  return misc::generic_or_raise(vm, self, name);
}

void property_setattr(VM& vm, Value self, StrObject* name, Value value) {
  std::string_view n = name->view();
  if (n == "fget" || n == "fset" || n == "fdel") {
    vm.raise(vm.types.AttributeError, "readonly attribute");
  }
  if (n == "__doc__") {
    as_property(self)->doc = value.is_undefined() ? Value::none() : value;
    return;
  }
  if (!generic_set_attribute(vm, self, name, value)) raise_not_writable(vm, self, name);
}

// ---- classmethod and staticmethod

struct MethodWrapperObject : Object {
  Value callable;
  DictObject* dict;  // __dict__ (functools.wraps copies attributes); created on demand
};

void trace_wrapper(Object* self, Marker& m) {
  auto* w = static_cast<MethodWrapperObject*>(self);
  mark_value(m, w->callable);
  m.mark(w->dict);
}

Value wrapper_construct(VM& vm, Type* type, CallArgs args) {
  std::string name(type->name->view());
  misc::no_kwargs(vm, args, name);
  if (args.npos != 1) {
    misc::type_error(vm, name + " expected 1 argument, got " + std::to_string(args.npos));
  }
  auto* w = vm.allocate<MethodWrapperObject>(type);
  w->callable = args[0];
  return obj(w);
}

Value classmethod_get(VM& vm, Value self, Value instance, Value owner) {
  auto* w = static_cast<MethodWrapperObject*>(self.as_object());
  Value cls = owner;
  if (cls.is_undefined() || cls.is_none()) cls = obj(vm.type_of(instance));
  // A wrapped descriptor other than a function binds to the class itself (Python 3.9-3.12:
  // `@classmethod @property` makes a class property).
  Type* wrapped = vm.type_of(w->callable);
  if (wrapped->slots.descr_get && wrapped != vm.types.function &&
      wrapped != vm.types.native_function) {
    return wrapped->slots.descr_get(vm, w->callable, cls, cls);
  }
  auto* m = vm.allocate<BoundMethodObject>(vm.types.bound_method);
  m->function = w->callable;
  m->self = cls;
  return obj(m);
}

Value staticmethod_get(VM&, Value self, Value, Value) {
  return static_cast<MethodWrapperObject*>(self.as_object())->callable;
}

Value staticmethod_call(VM& vm, Value self, CallArgs args) {
  return vm.call(static_cast<MethodWrapperObject*>(self.as_object())->callable, args);
}

Value wrapper_getattr(VM& vm, Value self, StrObject* name) {
  auto* w = static_cast<MethodWrapperObject*>(self.as_object());
  std::string_view n = name->view();
  if (n == "__func__" || n == "__wrapped__") return w->callable;
  if (n == "__dict__") {
    if (!w->dict) w->dict = vm.new_dict();
    return obj(w->dict);
  }
  if (w->dict) {
    Value v = dict_get_str(vm, w->dict, name);
    if (!v.is_undefined()) return v;
  }
  if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__" ||
      n == "__annotations__") {
    return get_attribute(vm, w->callable, name);
  }
  return misc::generic_or_raise(vm, self, name);
}

void wrapper_setattr(VM& vm, Value self, StrObject* name, Value value) {
  auto* w = static_cast<MethodWrapperObject*>(self.as_object());
  if (name->view() == "__func__") vm.raise(vm.types.AttributeError, "readonly attribute");
  if (!w->dict) w->dict = vm.new_dict();
  if (value.is_undefined()) {
    if (!dict_delete(vm, w->dict, obj(name))) raise_no_attribute(vm, self, name);
  } else {
    dict_set_str(vm, w->dict, name, value);
  }
}

Value wrapper_repr(VM& vm, Value self) {
  auto* w = static_cast<MethodWrapperObject*>(self.as_object());
  return misc::new_str_value(
      vm, "<" + std::string(w->type->name->view()) + "(" + misc::repr_text(vm, w->callable) + ")>");
}

Type* wrapper_type(VM& vm, const char* name) {
  Type* t = vm.new_type(name, vm.types.object);
  t->slots.trace = trace_wrapper;
  t->slots.construct = wrapper_construct;
  t->slots.getattr = wrapper_getattr;
  t->slots.setattr = wrapper_setattr;
  t->slots.repr = wrapper_repr;
  vm.add_builtin(name, obj(t));
  return t;
}

}  // namespace

uint32_t property_object_size() {
  return sizeof(PropertyObject);
}

void install_descriptors(VM& vm) {
  Type* p = vm.new_type("property", vm.types.object);
  p->slots.trace = trace_property;
  p->slots.construct = property_construct;
  p->slots.descr_get = property_get;
  p->slots.descr_set = property_set;
  p->slots.getattr = property_getattr;
  p->slots.setattr = property_setattr;
  vm.add_method(p, "__init__", m_property_init);
  vm.add_method(p, "getter", m_getter);
  vm.add_method(p, "setter", m_setter);
  vm.add_method(p, "deleter", m_deleter);
  vm.add_method(p, "__get__", m_property_get);
  vm.add_method(p, "__set__", m_property_set);
  vm.add_method(p, "__delete__", m_property_delete);
  vm.add_method(p, "__set_name__", m_property_set_name);
  vm.add_builtin("property", obj(p));
  vm.types.property = p;

  vm.types.classmethod = wrapper_type(vm, "classmethod");
  vm.types.classmethod->slots.descr_get = classmethod_get;
  vm.add_method(vm.types.classmethod, "__get__", misc::descriptor_get_method);
  vm.types.staticmethod = wrapper_type(vm, "staticmethod");
  vm.types.staticmethod->slots.descr_get = staticmethod_get;
  vm.add_method(vm.types.staticmethod, "__get__", misc::descriptor_get_method);
  vm.types.staticmethod->slots.call = staticmethod_call;
}

}  // namespace ember::classes

// `type`: the class of classes — `type(x)`, calling a class to build an instance, the repr
// `<class 'int'>` and the class attributes (__name__, __mro__, ...).
#include <string>

#include "builtins/classes_internal.h"
#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/list_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

using misc::obj;

Type* self_type(Value self) {
  return static_cast<Type*>(self.as_object());
}

// ---- mappingproxy: the read-only view returned by `Class.__dict__`

struct MappingProxyObject : Object {
  Value mapping;
};

Value proxied(Value self) {
  return static_cast<MappingProxyObject*>(self.as_object())->mapping;
}

void trace_proxy(Object* self, Marker& m) {
  mark_value(m, static_cast<MappingProxyObject*>(self)->mapping);
}

Value proxy_repr(VM& vm, Value self) {
  return misc::new_str_value(vm, "mappingproxy(" + misc::repr_text(vm, proxied(self)) + ")");
}
Value proxy_str(VM& vm, Value self) {
  return obj(str(vm, proxied(self)));
}
Value proxy_getitem(VM& vm, Value self, Value key) {
  return get_item(vm, proxied(self), key);
}
int64_t proxy_length(VM& vm, Value self) {
  return length(vm, proxied(self));
}
Value proxy_iter(VM& vm, Value self) {
  return get_iterator(vm, proxied(self));
}
bool proxy_contains(VM& vm, Value self, Value item) {
  return contains(vm, proxied(self), item);
}
Value proxy_compare(VM& vm, Value a, Value b, CompareOp op) {
  return compare_op(vm, op, proxied(a), b);
}
Value proxy_getattr(VM& vm, Value self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "keys" || n == "values" || n == "items" || n == "get" || n == "copy" ||
      n == "__getitem__" || n == "__contains__" || n == "__len__" || n == "__iter__") {
    return get_attribute(vm, proxied(self), name);
  }
  return misc::generic_or_raise(vm, self, name);
}

Value new_mapping_proxy(VM& vm, Value mapping) {
  Rooted keep(vm, mapping);
  Type* t = static_cast<Type*>(
      dict_get_str(vm, misc::private_namespace(vm), vm.name("mappingproxy")).as_object());
  auto* p = vm.allocate<MappingProxyObject>(t);
  p->mapping = mapping;
  return obj(p);
}

// types.MappingProxyType(mapping): any mapping but a list or tuple (which index by position).
Value construct_proxy(VM& vm, Type* type, CallArgs args) {
  Value mapping;
  misc::keywords(vm, args, "mappingproxy", {"mapping"}, &mapping);
  if (args.npos + args.nkw() > 1) {
    misc::type_error(vm, "mappingproxy() takes at most 1 argument (" +
                             std::to_string(args.npos + args.nkw()) + " given)");
  }
  if (args.npos == 1) mapping = args[0];
  if (mapping.is_undefined()) {
    misc::type_error(vm, "mappingproxy() missing required argument 'mapping' (pos 1)");
  }
  Type* t = vm.type_of(mapping);
  if (!t->slots.getitem || t->has_flag(kTypeListSubclass) || t->has_flag(kTypeTupleSubclass)) {
    misc::type_error(vm, "mappingproxy() argument must be a mapping, not " +
                             std::string(type_name(vm, mapping)));
  }
  return new_mapping_proxy(vm, mapping);
}

// `proxy | other` and `other | proxy` act on the proxied mapping (a new dict for dicts).
Value proxy_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or) return vm.not_implemented;
  Type* proxy_type = vm.type_of(a) == vm.type_of(b) ? vm.type_of(a) : nullptr;
  if (proxy_type || vm.type_of(a)->slots.binary == proxy_binary) a = proxied(a);
  if (proxy_type || vm.type_of(b)->slots.binary == proxy_binary) b = proxied(b);
  return binary_op(vm, op, a, b);
}

Value proxy_reversed(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "__reversed__", 1, 1);
  return misc::call_method(vm, proxied(args[0]), "__reversed__", {});
}

void install_mapping_proxy(VM& vm) {
  Type* t = vm.new_type("mappingproxy", vm.types.object, 0);
  t->slots.trace = trace_proxy;
  t->slots.repr = proxy_repr;
  t->slots.str = proxy_str;
  t->slots.getitem = proxy_getitem;
  t->slots.length = proxy_length;
  t->slots.iter = proxy_iter;
  t->slots.contains = proxy_contains;
  t->slots.compare = proxy_compare;
  t->slots.getattr = proxy_getattr;
  t->slots.binary = proxy_binary;
  t->slots.hash = nullptr;
  t->slots.construct = construct_proxy;
  vm.add_method(t, "__reversed__", proxy_reversed);
  dict_set_str(vm, misc::private_namespace(vm), t->name, obj(t));
}

Value type_repr(VM& vm, Value self) {
  return misc::new_str_value(vm,
                             "<class '" + misc::qualified_type_name(vm, self_type(self)) + "'>");
}

Value type_call(VM& vm, Value self, CallArgs args) {
  Type* target = self_type(self);
  if (target == vm.types.type) {
    if (args.npos == 1 && args.nkw() == 0) return obj(vm.type_of(args[0]));
    if (args.npos != 3) misc::type_error(vm, "type() takes 1 or 3 arguments");
    return classes::new_class(vm, target, args);
  }
  if (!target->slots.construct) {
    misc::type_error(vm, "cannot create '" + misc::qualified_type_name(vm, target) + "' instances");
  }
  return target->slots.construct(vm, target, args);
}

Value module_name(VM& vm, Type* t) {
  if (t->module) return obj(t->module);
  Value v = dict_get_str(vm, t->dict, vm.name("__module__"));
  if (!v.is_undefined()) return v;
  return obj(vm.name("builtins"));
}

// Attributes stored in the Type struct rather than in its dict.
Value type_special(VM& vm, Type* t, std::string_view n) {
  if (n.size() < 5 || n[0] != '_' || n[1] != '_') return Value::undefined();
  if (n == "__name__") return obj(t->name);
  if (n == "__qualname__") return obj(t->qualname ? t->qualname : t->name);
  if (n == "__module__") return module_name(vm, t);
  if (n == "__mro__") return obj(t->mro);
  if (n == "__bases__") return obj(t->bases);
  if (n == "__base__") return t->base ? obj(t->base) : Value::none();
  if (n == "__class__") return obj(t->type);
  if (n == "__dict__") return new_mapping_proxy(vm, obj(t->dict));
  if (n == "__doc__") {
    Value v = dict_get_str(vm, t->dict, vm.name("__doc__"));
    return v.is_undefined() ? Value::none() : v;
  }
  return Value::undefined();
}

Value type_getattr(VM& vm, Value self, StrObject* name) {
  Type* t = self_type(self);
  Value special = type_special(vm, t, name->view());
  if (!special.is_undefined()) return special;
  Value found = lookup_in_type(vm, t, name);
  if (!found.is_undefined()) {
    Type* ft = vm.type_of(found);
    // Functions looked up on a class stay unbound; other descriptors (classmethod,
    // staticmethod, property) decide for themselves.
    if (ft == vm.types.function || ft == vm.types.native_function || !ft->slots.descr_get) {
      return found;
    }
    return ft->slots.descr_get(vm, found, Value::undefined(), self);
  }
  // Attributes of the metaclass (`int.mro`), bound to the class.
  Value meta = lookup_in_type(vm, t->type, name);
  if (!meta.is_undefined()) {
    Type* mt = vm.type_of(meta);
    if (mt->slots.descr_get) return mt->slots.descr_get(vm, meta, self, obj(t->type));
    return meta;
  }
  vm.raise(vm.types.AttributeError, "type object '" + std::string(t->name->view()) +
                                        "' has no attribute '" + std::string(name->view()) + "'");
}

// A special method assigned to a class changes the slots of the class and its subclasses.
void update_slots_with_subclasses(VM& vm, Type* t) {
  classes::update_slots(vm, t);
  if (!t->subclasses) return;
  for (int64_t i = 0; i < t->subclasses->size; ++i) {
    update_slots_with_subclasses(vm, static_cast<Type*>(t->subclasses->items[i].as_object()));
  }
}

void type_setattr(VM& vm, Value self, StrObject* name, Value value) {
  Type* t = self_type(self);
  std::string_view n = name->view();
  auto refuse = [&](const char* what) {
    misc::type_error(vm, std::string("cannot ") + what + " '" + std::string(n) +
                             "' attribute of immutable type '" + std::string(t->name->view()) +
                             "'");
  };
  // CPython says "set" for deletions from built-in types too.
  if (!t->has_flag(kTypeHeapType)) refuse("set");
  bool special = n == "__name__" || n == "__qualname__" || n == "__module__" || n == "__doc__" ||
                 n == "__bases__";
  if (special && value.is_undefined()) refuse("delete");
  if (n == "__mro__") vm.raise(vm.types.AttributeError, "readonly attribute");
  if (n == "__bases__") {
    std::string target = std::string(t->name->view()) + ".__bases__";
    if (vm.type_of(value) != vm.types.tuple) {
      misc::type_error(
          vm, "can only assign tuple to " + target + ", not " + std::string(type_name(vm, value)));
    }
    if (static_cast<TupleObject*>(value.as_object())->size == 0) {
      misc::type_error(vm, "can only assign non-empty tuple to " + target + ", not ()");
    }
  }
  if (n == "__module__") {
    StrObject* m = misc::as_str(vm, value);
    t->module = m;
  }
  if (n == "__name__" || n == "__qualname__") {
    StrObject* s = misc::as_str(vm, value);
    if (!s) {
      misc::type_error(vm, "can only assign string to " + std::string(t->name->view()) + "." +
                               std::string(n) + ", not '" + std::string(type_name(vm, value)) +
                               "'");
    }
    if (n == "__name__") {
      t->name = s;
    } else {
      t->qualname = s;
    }
    type_modified(t);
    return;
  }
  if (n == "__del__") t->flags |= kTypeHasDel;
  if (value.is_undefined()) {
    if (!dict_delete(vm, t->dict, obj(name))) {
      vm.raise(vm.types.AttributeError, "type object '" + std::string(t->name->view()) +
                                            "' has no attribute '" + std::string(n) + "'");
    }
  } else {
    dict_set_str(vm, t->dict, name, value);
  }
  type_modified(t);
  if (classes::is_slot_name(vm, name)) update_slots_with_subclasses(vm, t);
}

Value type_construct(VM& vm, Type* metatype, CallArgs args) {
  return classes::new_class(vm, metatype, args);
}

// type.__call__(cls, ...): what calling a class does (metaclasses call it through super()).
Value m_call(VM& vm, CallArgs args) {
  if (args.npos < 1 || !misc::as_type(vm, args[0])) {
    misc::type_error(vm, "descriptor '__call__' of 'type' object needs an argument");
  }
  return type_call(vm, args[0], CallArgs{args.values + 1, args.npos - 1, args.kwnames});
}

Value m_subclasses(VM& vm, CallArgs args) {
  if (args.npos != 1 || !misc::as_type(vm, args[0])) {
    misc::type_error(vm, "descriptor '__subclasses__' of 'type' object needs an argument");
  }
  Type* t = self_type(args[0]);
  ListObject* list = vm.new_list();
  if (t->subclasses) {
    for (int64_t i = 0; i < t->subclasses->size; ++i)
      list_append(vm, list, t->subclasses->items[i]);
  }
  return obj(list);
}

Value m_mro(VM& vm, CallArgs args) {
  if (args.npos != 1 || !misc::as_type(vm, args[0])) {
    misc::type_error(vm, "descriptor 'mro' of 'type' object needs an argument");
  }
  Type* t = self_type(args[0]);
  ListObject* list = vm.new_list(t->mro->size);
  for (int64_t i = 0; i < t->mro->size; ++i) list->items[i] = t->mro->items[i];
  return obj(list);
}

Value m_subclasscheck(VM& vm, CallArgs args) {
  if (args.npos != 2) misc::type_error(vm, "__subclasscheck__ expected 1 argument");
  Type* sub = misc::as_type(vm, args[1]);
  if (!sub) misc::type_error(vm, "issubclass() arg 1 must be a class");
  return Value::from_bool(is_subtype(sub, self_type(args[0])));
}

Value m_instancecheck(VM& vm, CallArgs args) {
  if (args.npos != 2) misc::type_error(vm, "__instancecheck__ expected 1 argument");
  return Value::from_bool(is_subtype(vm.type_of(args[1]), self_type(args[0])));
}

}  // namespace

void install_type_type(VM& vm) {
  Type* type = vm.types.type;
  type->slots.repr = type_repr;
  type->slots.call = type_call;
  type->slots.getattr = type_getattr;
  type->slots.setattr = type_setattr;
  type->slots.construct = type_construct;
  type->slots.hash = misc::identity_hash;
  type->slots.compare = misc::identity_compare;
  install_mapping_proxy(vm);
  vm.add_method(type, "mro", m_mro);
  vm.add_method(type, "__subclasses__", m_subclasses);
  vm.add_method(type, "__call__", m_call);
  vm.add_method(type, "__subclasscheck__", m_subclasscheck);
  vm.add_method(type, "__instancecheck__", m_instancecheck);
}

}  // namespace ember

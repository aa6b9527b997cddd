// Creating classes: the class statement's __build_class__, `type(name, bases, dict)` (with
// C3 method resolution order, layout and metaclass checks, __set_name__, __init_subclass__
// and the __class__ cell), and calling a class to build an instance (__new__ then __init__).
#include <algorithm>
#include <string>
#include <vector>

#include "builtins/classes_internal.h"
#include "builtins/misc_support.h"
#include "vm/bytes_object.h"
#include "vm/call.h"
#include "vm/complex_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/float_object.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/instance.h"
#include "vm/int_object.h"
#include "vm/interpreter.h"
#include "vm/list_object.h"
#include "vm/native_self.h"
#include "vm/set_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember::classes {

using misc::obj;

namespace {

std::string type_text(Type* t) {
  return std::string(t->name->view());
}

// ---- layout: which C++ struct instances are, and where their attributes go

// The built-in type whose struct a class's instances use.
Type* layout_of(VM& vm, Type* t) {
  if (t->has_flag(kTypeHeapType)) return t->layout_base;
  if (t->has_flag(kTypeExceptionSubclass)) return vm.types.BaseException;
  return t;
}

// Offset of the attribute block in instances of a class with this layout; 0 when the
// instances keep attributes elsewhere (exceptions, classes) or cannot have any (variable-size
// layouts such as str and tuple).
uint32_t attrs_offset_for(VM& vm, Type* layout) {
  const BuiltinTypes& T = vm.types;
  if (layout == T.object) return sizeof(Object);
  if (layout == T.list) return sizeof(ListObject);
  if (layout == T.dict) return sizeof(DictObject);
  if (layout == T.set || layout == T.frozenset) return sizeof(SetObject);
  if (layout == T.int_) return sizeof(BigIntObject);
  if (layout == T.float_) return sizeof(FloatObject);
  if (layout == T.complex) return sizeof(ComplexObject);
  if (layout == T.property) return property_object_size();
  if (layout == T.str || layout == T.tuple || layout == T.bytes) return kAttrsAfterData;
  return 0;
}

// Where the attribute block of an instance of a str, tuple or bytes subclass starts: after
// its variable-size data, as VM::allocate placed it.
uint32_t str_attrs(const Object* o) {
  return static_cast<uint32_t>(attrs_position(
      sizeof(StrObject) + static_cast<const StrObject*>(o)->byte_length + sizeof(uint32_t*)));
}
uint32_t tuple_attrs(const Object* o) {
  return static_cast<uint32_t>(attrs_position(
      sizeof(TupleObject) + static_cast<const TupleObject*>(o)->size * sizeof(Value)));
}
uint32_t bytes_attrs(const Object* o) {
  return static_cast<uint32_t>(
      attrs_position(sizeof(BytesObject) + static_cast<const BytesObject*>(o)->size));
}

uint32_t (*attrs_locator(VM& vm, Type* layout))(const Object*) {
  if (layout == vm.types.str) return str_attrs;
  if (layout == vm.types.tuple) return tuple_attrs;
  if (layout == vm.types.bytes) return bytes_attrs;
  return nullptr;
}

// Instances of int subclasses are heap ints: an inline small int has no room for a class.
Value box_int(VM& vm, Type* cls, Value v) {
  auto* big = vm.allocate<BigIntObject>(cls);
  if (v.is_small_int() || v.is_bool()) {
    mpz_init_set_si(big->value, v.is_bool() ? v.as_bool() : v.as_small_int());
  } else {
    mpz_init_set(big->value, static_cast<BigIntObject*>(v.as_object())->value);
  }
  big->gc_aux = static_cast<uint32_t>(mpz_size(big->value));
  vm.heap().add_external(big->gc_aux * sizeof(mp_limb_t));
  return obj(big);
}

// `layout(*args)` for an instance of `cls`, a subclass of the built-in type `layout`.
Value construct_builtin_part(VM& vm, Type* layout, Type* cls, CallArgs args) {
  Value instance = layout->slots.construct(vm, cls, args);
  if (layout == vm.types.int_ && vm.type_of(instance) != cls &&
      is_instance(vm, instance, vm.types.int_)) {
    return box_int(vm, cls, instance);
  }
  // float and complex construct plain values; the subclass's instance copies the value.
  if (layout == vm.types.float_ && cls != layout && instance.is_double()) {
    auto* boxed = vm.allocate<FloatObject>(cls);
    boxed->value = instance.as_double();
    return obj(boxed);
  }
  if (layout == vm.types.complex && vm.type_of(instance) != cls &&
      vm.type_of(instance) == vm.types.complex) {
    auto* plain = static_cast<ComplexObject*>(instance.as_object());
    auto* boxed = vm.allocate<ComplexObject>(cls);
    boxed->real = plain->real;
    boxed->imag = plain->imag;
    return obj(boxed);
  }
  return instance;
}

void trace_instance(Object* self, Marker& m) {
  Type* base = self->type->layout_base;
  if (base->slots.trace) base->slots.trace(self, m);
  trace_instance_attributes(instance_attributes(self), m);
}

void finalize_instance(VM& vm, Object* self) {
  Type* base = self->type->layout_base;
  if (base->slots.finalize) base->slots.finalize(vm, self);
  free_instance_attributes(vm, instance_attributes(self));
}

// ---- the instance __dict__ descriptor

struct DictDescriptorObject : Object {
  Type* owner;
};

void trace_dict_descriptor(Object* self, Marker& m) {
  m.mark(static_cast<DictDescriptorObject*>(self)->owner);
}

// A descriptor taken from one class and applied to an instance of an unrelated one.
void check_descriptor_instance(VM& vm, std::string_view name, Type* owner, Value instance) {
  if (!is_instance(vm, instance, owner)) raise_descriptor_mismatch(vm, name, owner, instance);
}

Value dict_descriptor_get(VM& vm, Value self, Value instance, Value owner) {
  if (instance.is_undefined() || instance.is_none()) return self;
  check_descriptor_instance(vm, "__dict__",
                            static_cast<DictDescriptorObject*>(self.as_object())->owner, instance);
  InstanceAttributes* attrs = instance_attributes(instance.as_object());
  return obj(instance_attribute_dict(vm, attrs));
}

void dict_descriptor_set(VM& vm, Value self, Value instance, Value value) {
  check_descriptor_instance(vm, "__dict__",
                            static_cast<DictDescriptorObject*>(self.as_object())->owner, instance);
  InstanceAttributes* attrs = instance_attributes(instance.as_object());
  if (value.is_undefined()) {
    instance_attribute_replace_dict(vm, attrs, vm.new_dict());
    return;
  }
  if (!value.is_object() || !is_subtype(value.as_object()->type, vm.types.dict)) {
    misc::type_error(vm, "__dict__ must be set to a dictionary, not a '" +
                             std::string(type_name(vm, value)) + "'");
  }
  instance_attribute_replace_dict(vm, attrs, static_cast<DictObject*>(value.as_object()));
}

Value dict_descriptor_repr(VM& vm, Value self) {
  auto* d = static_cast<DictDescriptorObject*>(self.as_object());
  return misc::new_str_value(vm, "<attribute '__dict__' of '" + type_text(d->owner) + "' objects>");
}

// ---- the instance __weakref__ descriptor (same layout as __dict__'s)

Value weakref_descriptor_get(VM& vm, Value self, Value instance, Value owner) {
  if (instance.is_undefined() || instance.is_none()) return self;
  check_descriptor_instance(vm, "__weakref__",
                            static_cast<DictDescriptorObject*>(self.as_object())->owner, instance);
  const auto* refs = vm.weak_refs.refs_to(instance.as_object());
  return refs ? obj(refs->front()) : Value::none();
}

void weakref_descriptor_set(VM& vm, Value self, Value instance, Value value) {
  auto* d = static_cast<DictDescriptorObject*>(self.as_object());
  vm.raise(vm.types.AttributeError,
           "attribute '__weakref__' of '" + type_text(d->owner) + "' objects is not writable");
}

Value weakref_descriptor_repr(VM& vm, Value self) {
  auto* d = static_cast<DictDescriptorObject*>(self.as_object());
  return misc::new_str_value(vm,
                             "<attribute '__weakref__' of '" + type_text(d->owner) + "' objects>");
}

// ---- method resolution order

// C3 linearisation: the class, then a merge of its bases' MROs and the bases themselves.
TupleObject* compute_mro(VM& vm, Type* type, TupleObject* bases) {
  std::vector<std::vector<Type*>> seqs;
  for (int64_t i = 0; i < bases->size; ++i) {
    auto* b = static_cast<Type*>(bases->items[i].as_object());
    std::vector<Type*> mro;
    for (int64_t j = 0; j < b->mro->size; ++j) {
      mro.push_back(static_cast<Type*>(b->mro->items[j].as_object()));
    }
    seqs.push_back(std::move(mro));
  }
  std::vector<Type*> direct;
  for (int64_t i = 0; i < bases->size; ++i) {
    direct.push_back(static_cast<Type*>(bases->items[i].as_object()));
  }
  seqs.push_back(direct);
  std::vector<Type*> result{type};
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }),
               seqs.end());
    if (seqs.empty()) break;
    Type* chosen = nullptr;
    for (auto& s : seqs) {
      Type* candidate = s.front();
      bool in_tail = std::any_of(seqs.begin(), seqs.end(), [&](auto& other) {
        return std::find(other.begin() + 1, other.end(), candidate) != other.end();
      });
      if (!in_tail) {
        chosen = candidate;
        break;
      }
    }
    if (!chosen) {
      std::string names;
      for (Type* b : direct) names += (names.empty() ? "" : ", ") + type_text(b);
      misc::type_error(
          vm, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    result.push_back(chosen);
    for (auto& s : seqs) {
      if (s.front() == chosen) s.erase(s.begin());
    }
  }
  TupleObject* mro = vm.new_tuple(static_cast<int64_t>(result.size()));
  for (size_t i = 0; i < result.size(); ++i) mro->items[i] = obj(result[i]);
  return mro;
}

// The base whose layout every other base's layout extends (CPython's best_base).
Type* best_base(VM& vm, TupleObject* bases) {
  Type* best = nullptr;
  Type* best_layout = nullptr;
  for (int64_t i = 0; i < bases->size; ++i) {
    auto* b = static_cast<Type*>(bases->items[i].as_object());
    Type* layout = layout_of(vm, b);
    if (!best || is_subtype(layout, best_layout)) {
      if (!best || layout != best_layout) {
        best = b;
        best_layout = layout;
      }
    } else if (!is_subtype(best_layout, layout)) {
      misc::type_error(vm, "multiple bases have instance lay-out conflict");
    }
  }
  return best;
}

// The most derived of `meta` and the metaclasses of the bases.
Type* calculate_metaclass(VM& vm, Type* meta, TupleObject* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* t = vm.type_of(bases->items[i]);
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    misc::type_error(vm,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                     "subclass of the metaclasses of all its bases");
  }
  return winner;
}

// Wraps a plain function found in the class namespace under `name` in `wrapper`
// (staticmethod for __new__, classmethod for __init_subclass__ and __class_getitem__).
void wrap_implicit(VM& vm, DictObject* dict, const char* name, Type* wrapper) {
  Value v = dict_get_str(vm, dict, vm.name(name));
  if (v.is_object() && v.as_object()->type == vm.types.function) {
    dict_set_str(vm, dict, vm.name(name), vm.call(obj(wrapper), {v}));
  }
}

void set_names(VM& vm, Type* t) {
  // Snapshot first: __set_name__ may change the class dict.
  std::vector<std::pair<Value, Value>> entries;
  int64_t pos = 0;
  while (DictEntry* e = dict_next(t->dict, &pos)) entries.emplace_back(e->key, e->value);
  RootScope roots(vm);
  for (auto& [k, v] : entries) {
    roots.add(k);
    roots.add(v);
  }
  for (auto& [key, value] : entries) {
    Value method = special_method(vm, vm.type_of(value), "__set_name__");
    if (method.is_undefined()) continue;
    try {
      call_special(vm, method, value, {obj(t), key});
    } catch (const PythonException&) {
      // Python 3.11 reports which attribute failed, with the error as the cause.
      Value cause = vm.raised();
      vm.clear_raised();
      Rooted keep(vm, cause);
      ExceptionObject* e = vm.new_exception(
          vm.types.RuntimeError, "Error calling __set_name__ on '" +
                                     std::string(type_name(vm, value)) + "' instance " +
                                     misc::repr_text(vm, key) + " in '" + type_text(t) + "'");
      e->cause = cause;
      e->suppress_context = true;
      vm.raise(obj(e));
    }
  }
}

// super(t, t).__init_subclass__(**kwargs)
void init_subclass(VM& vm, Type* t, CallArgs kwargs) {
  StrObject* key = vm.name("__init_subclass__");
  for (int64_t i = 1; i < t->mro->size; ++i) {
    auto* base = static_cast<Type*>(t->mro->items[i].as_object());
    Value hook = dict_get_str(vm, base->dict, key);
    if (hook.is_undefined()) continue;
    Type* ht = vm.type_of(hook);
    if (ht->slots.descr_get) hook = ht->slots.descr_get(vm, hook, Value::undefined(), obj(t));
    Rooted keep(vm, hook);
    vm.call(hook, kwargs);
    return;
  }
}

// ---- __slots__

struct MemberObject : Object {
  StrObject* name;  // the attribute name
  StrObject* key;   // where the value is stored in the instance (see is_slot_key)
  Type* owner;
};

void trace_member(Object* self, Marker& m) {
  auto* d = static_cast<MemberObject*>(self);
  m.mark(d->name);
  m.mark(d->key);
  m.mark(d->owner);
}

Value member_get(VM& vm, Value self, Value instance, Value owner) {
  if (instance.is_undefined() || instance.is_none()) return self;
  auto* d = static_cast<MemberObject*>(self.as_object());
  check_descriptor_instance(vm, d->name->view(), d->owner, instance);
  InstanceAttributes* attrs = instance_attributes(instance.as_object());
  Value v = attrs ? instance_attribute_get(vm, attrs, d->key) : Value::undefined();
  if (v.is_undefined()) raise_no_attribute(vm, instance, d->name);
  return v;
}

void member_set(VM& vm, Value self, Value instance, Value value) {
  auto* d = static_cast<MemberObject*>(self.as_object());
  check_descriptor_instance(vm, d->name->view(), d->owner, instance);
  InstanceAttributes* attrs = instance_attributes(instance.as_object());
  if (!attrs) raise_no_attribute(vm, instance, d->name);
  if (!value.is_undefined()) {
    instance_attribute_set(vm, attrs, d->key, value);
  } else if (!instance_attribute_delete(vm, attrs, d->key)) {
    vm.raise(obj(vm.new_exception(vm.types.AttributeError, vm.new_tuple({obj(d->name)}))));
  }
}

Value member_repr(VM& vm, Value self) {
  auto* d = static_cast<MemberObject*>(self.as_object());
  return misc::new_str_value(vm, "<member '" + std::string(d->name->view()) + "' of '" +
                                     type_text(d->owner) + "' objects>");
}

bool instances_have_dict(Type* t) {
  return t->has_flag(kTypeHeapType) && !t->has_flag(kTypeNoInstanceDict) && t->attrs_offset;
}

// CPython's variable-size instances (int, tuple, bytes) leave no room for __slots__ or a
// weak-reference slot in their subclasses.
bool variable_size_layout(VM& vm, Type* layout) {
  return layout == vm.types.int_ || layout == vm.types.tuple || layout == vm.types.bytes;
}

// What a class's instances get beyond their bases' layout.
struct SlotsOutcome {
  bool has_dict;     // instances have a __dict__ that this class must describe
  bool has_weakref;  // a __weakref__ slot is wanted (no __slots__, or it names __weakref__)
};

// __slots__ names become data descriptors over the attribute block; without "__dict__" among
// them (and no base with a __dict__), instances accept no other attributes.
SlotsOutcome apply_slots(VM& vm, Type* t, DictObject* dict) {
  Value slots = dict_get_str(vm, dict, vm.name("__slots__"));
  bool base_dict = false;
  for (int64_t i = 0; i < t->bases->size; ++i) {
    base_dict |= instances_have_dict(static_cast<Type*>(t->bases->items[i].as_object()));
  }
  if (slots.is_undefined()) return {t->attrs_offset != 0, true};
  RootScope roots(vm);
  if (misc::as_str(vm, slots)) slots = obj(vm.new_tuple({slots}));
  roots.add(slots);
  Value it = get_iterator(vm, slots);
  roots.add(it);
  bool wants_dict = false;
  bool wants_weakref = false;
  Type* member_type = static_cast<Type*>(
      dict_get_str(vm, misc::private_namespace(vm), vm.name("member_descriptor")).as_object());
  Value item;
  while (iterator_next(vm, it, &item)) {
    StrObject* name = misc::as_str(vm, item);
    if (!name) {
      misc::type_error(
          vm, "__slots__ items must be strings, not '" + std::string(type_name(vm, item)) + "'");
    }
    std::string_view n = name->view();
    if (n == "__dict__") {
      wants_dict = true;
      continue;
    }
    if (n == "__weakref__") {
      if (t->has_flag(kTypeWeakrefable)) {
        misc::type_error(vm,
                         "__weakref__ slot disallowed: either we already got one, or "
                         "__itemsize__ != 0");
      }
      wants_weakref = true;
      continue;
    }
    if (!t->attrs_offset && t->layout_base == vm.types.BaseException) {
      // Exceptions keep ordinary attributes in their own dict; slot values get an
      // attribute block after the exception's fields.
      t->attrs_offset = sizeof(ExceptionObject);
    }
    if (!t->attrs_offset || t->attrs_offset == kAttrsAfterData ||
        variable_size_layout(vm, t->layout_base)) {
      misc::type_error(vm, "nonempty __slots__ not supported for subtype of '" +
                               type_text(t->layout_base) + "'");
    }
    std::string mangled(n);
    if (n.size() > 2 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) != "__") {
      std::string owner(t->name->view());
      owner.erase(0, owner.find_first_not_of('_'));
      mangled = "_" + owner + std::string(n);
    }
    StrObject* key = vm.intern(mangled);
    if (!dict_get_str(vm, dict, key).is_undefined()) {
      vm.raise(vm.types.ValueError,
               "'" + std::string(n) + "' in __slots__ conflicts with class variable");
    }
    auto* member = vm.allocate<MemberObject>(member_type);
    member->name = key;
    member->key = vm.intern(std::string(1, '\0') + mangled);
    member->owner = t;
    dict_set_str(vm, dict, key, obj(member));
  }
  bool has_dict = wants_dict || base_dict;
  if (!has_dict) t->flags |= kTypeNoInstanceDict;
  return {has_dict && t->attrs_offset != 0, wants_weakref};
}

}  // namespace

// type(name, bases, dict, **kwargs) for metaclass `metatype`.
Value new_class(VM& vm, Type* metatype, CallArgs args) {
  if (args.npos != 3) misc::type_error(vm, "type() takes 1 or 3 arguments");
  StrObject* name = misc::as_str(vm, args[0]);
  if (!name) {
    misc::type_error(
        vm, "type.__new__() argument 1 must be str, not " + std::string(type_name(vm, args[0])));
  }
  if (vm.type_of(args[1]) != vm.types.tuple) {
    misc::type_error(
        vm, "type.__new__() argument 2 must be tuple, not " + std::string(type_name(vm, args[1])));
  }
  if (!args[2].is_object() || !is_subtype(vm.type_of(args[2]), vm.types.dict)) {
    misc::type_error(
        vm, "type.__new__() argument 3 must be dict, not " + std::string(type_name(vm, args[2])));
  }
  RootScope roots(vm);
  auto* bases = static_cast<TupleObject*>(args[1].as_object());
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* b = misc::as_type(vm, bases->items[i]);
    if (!b) misc::type_error(vm, "bases must be types");
    if (!b->has_flag(kTypeBaseType)) {
      misc::type_error(
          vm, "type '" + misc::qualified_type_name(vm, b) + "' is not an acceptable base type");
    }
    for (int64_t j = 0; j < i; ++j) {
      if (bases->items[j].is(bases->items[i])) {
        misc::type_error(vm, "duplicate base class " + type_text(b));
      }
    }
  }
  if (bases->size == 0) bases = vm.new_tuple({obj(vm.types.object)});
  roots.add(obj(bases));
  Type* base = best_base(vm, bases);

  DictObject* dict = dict_copy(vm, static_cast<DictObject*>(args[2].as_object()), vm.types.dict);
  roots.add(obj(dict));
  auto* t = vm.allocate<Type>(metatype);
  new (&t->slots) TypeSlots();
  roots.add(obj(t));
  t->name = name;
  t->qualname = name;
  t->dict = dict;
  t->base = base;
  t->bases = bases;
  t->flags = kTypeHeapType | kTypeBaseType;
  for (int64_t i = 0; i < bases->size; ++i) {
    t->flags |= static_cast<Type*>(bases->items[i].as_object())->flags &
                ~(kTypeHeapType | kTypeBaseType | kTypeNoInstanceDict);
  }
  t->layout_base = layout_of(vm, base);
  t->attrs_offset =
      base->has_flag(kTypeHeapType) ? base->attrs_offset : attrs_offset_for(vm, t->layout_base);
  t->attrs_after_data = attrs_locator(vm, t->layout_base);
  t->mro = compute_mro(vm, t, bases);

  Value qualname = dict_get_str(vm, dict, vm.name("__qualname__"));
  if (!qualname.is_undefined()) {
    StrObject* q = misc::as_str(vm, qualname);
    if (!q) {
      misc::type_error(
          vm, "type __qualname__ must be a str, not " + std::string(type_name(vm, qualname)));
    }
    t->qualname = q;
    dict_delete(vm, dict, obj(vm.name("__qualname__")));
  }
  Value module = dict_get_str(vm, dict, vm.name("__module__"));
  if (module.is_undefined() && vm.frame) {
    module = dict_get_str(vm, vm.frame->globals, vm.name("__name__"));
    if (!module.is_undefined()) dict_set_str(vm, dict, vm.name("__module__"), module);
  }
  if (StrObject* m = module.is_undefined() ? nullptr : misc::as_str(vm, module)) t->module = m;
  wrap_implicit(vm, dict, "__new__", vm.types.staticmethod);
  wrap_implicit(vm, dict, "__init_subclass__", vm.types.classmethod);
  wrap_implicit(vm, dict, "__class_getitem__", vm.types.classmethod);
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (!dict_get_str(vm, dict, vm.name("__eq__")).is_undefined() &&
      dict_get_str(vm, dict, vm.name("__hash__")).is_undefined()) {
    dict_set_str(vm, dict, vm.name("__hash__"), Value::none());
  }
  if (!dict_get_str(vm, dict, vm.name("__del__")).is_undefined()) t->flags |= kTypeHasDel;
  SlotsOutcome layout = apply_slots(vm, t, dict);
  // The instance descriptors go after the body's names, then __doc__, as CPython orders them.
  auto add_descriptor = [&](const char* name, const char* key) {
    auto* d = vm.allocate<DictDescriptorObject>(static_cast<Type*>(
        dict_get_str(vm, misc::private_namespace(vm), vm.name(key)).as_object()));
    d->owner = t;
    dict_set_str(vm, dict, vm.name(name), obj(d));
  };
  if (layout.has_dict && !instances_have_dict(base)) add_descriptor("__dict__", "dict_descriptor");
  if (layout.has_weakref && !t->has_flag(kTypeWeakrefable) &&
      !variable_size_layout(vm, t->layout_base)) {
    t->flags |= kTypeWeakrefable;
    add_descriptor("__weakref__", "weakref_descriptor");
  }
  if (dict_get_str(vm, dict, vm.name("__doc__")).is_undefined()) {
    dict_set_str(vm, dict, vm.name("__doc__"), Value::none());
  }
  Value cell = dict_get_str(vm, dict, vm.name("__classcell__"));
  if (!cell.is_undefined()) {
    if (vm.type_of(cell) != vm.types.cell) {
      misc::type_error(vm, "__classcell__ must be a nonlocal cell, not " +
                               misc::repr_text(vm, obj(vm.type_of(cell))));
    }
    static_cast<CellObject*>(cell.as_object())->contents = obj(t);
    dict_delete(vm, dict, obj(vm.name("__classcell__")));
  }

  t->slots = base->slots;
  if (t->attrs_offset) {
    t->slots.trace = trace_instance;
    t->slots.finalize = finalize_instance;
  }
  update_slots(vm, t);
  t->slots.construct = construct_instance;
  for (int64_t i = 0; i < bases->size; ++i) {
    auto* b = static_cast<Type*>(bases->items[i].as_object());
    if (!b->subclasses) b->subclasses = vm.new_list();
    list_append(vm, b->subclasses, obj(t));
  }

  set_names(vm, t);
  CallArgs kwargs{args.values + args.npos, 0, args.kwnames};
  init_subclass(vm, t, kwargs);
  return obj(t);
}

// Instances of classes with __del__ are registered for finalisation (vm/finalizers.h).
Value register_finalizer(VM& vm, Value instance) {
  if (instance.is_object() && vm.type_of(instance)->has_flag(kTypeHasDel)) {
    vm.finalizers.add(instance.as_object());
  }
  return instance;
}

Value construct_instance(VM& vm, Type* type, CallArgs args) {
  Value instance;
  Value new_method = special_method(vm, type, vm.new_name);
  if (!type->has_flag(kTypeHeapType) || new_method.is_undefined()) {
    misc::type_error(vm, "cannot create '" + misc::qualified_type_name(vm, type) + "' instances");
  }
  bool python_new = defined_in_python(vm, type, vm.new_name);
  bool python_init = defined_in_python(vm, type, vm.init_name);
  if (python_new) {
    if (vm.type_of(new_method)->slots.descr_get) {
      new_method =
          vm.type_of(new_method)->slots.descr_get(vm, new_method, Value::undefined(), obj(type));
    }
    Rooted keep(vm, new_method);
    instance = call_with_self(vm, new_method, obj(type), args);
  } else if (type->layout_base == vm.types.object) {
    if ((args.npos || args.nkw()) && !python_init) {
      misc::type_error(vm, type_text(type) + "() takes no arguments");
    }
    instance = obj(vm.allocate<Object>(type));
  } else {
    instance = construct_builtin_part(vm, type->layout_base, type, args);
  }
  register_finalizer(vm, instance);
  if (!python_init || !is_instance(vm, instance, type)) return instance;
  Rooted keep(vm, instance);
  Value init = special_method(vm, vm.type_of(instance), vm.init_name);
  Value result = call_with_self(vm, init, instance, args);
  if (!result.is_none()) {
    misc::type_error(
        vm, "__init__() should return None, not '" + std::string(type_name(vm, result)) + "'");
  }
  return instance;
}

namespace {

// PEP 560: a base that is not a class may stand for others through __mro_entries__.
TupleObject* resolve_mro_entries(VM& vm, TupleObject* orig) {
  std::vector<Value> bases;
  bool changed = false;
  for (int64_t i = 0; i < orig->size; ++i) {
    Value b = orig->items[i];
    Value hook = misc::as_type(vm, b)
                     ? Value::undefined()
                     : get_attribute_or_undefined(vm, b, vm.name("__mro_entries__"));
    if (hook.is_undefined()) {
      bases.push_back(b);
      continue;
    }
    Rooted keep(vm, hook);
    Value entries = vm.call(hook, {obj(orig)});
    if (vm.type_of(entries) != vm.types.tuple) {
      misc::type_error(vm, "__mro_entries__ must return a tuple");
    }
    auto* t = static_cast<TupleObject*>(entries.as_object());
    bases.insert(bases.end(), t->items, t->items + t->size);
    changed = true;
  }
  if (!changed) return orig;
  TupleObject* result = vm.new_tuple(static_cast<int64_t>(bases.size()));
  for (size_t i = 0; i < bases.size(); ++i) result->items[i] = bases[i];
  return result;
}

// __build_class__(func, name, *bases, metaclass=None, **kwds): runs the class body in a
// fresh namespace, then calls the metaclass.
Value build_class(VM& vm, CallArgs args) {
  if (args.npos < 2) misc::type_error(vm, "__build_class__: not enough arguments");
  if (vm.type_of(args[0]) != vm.types.function) {
    misc::type_error(vm, "__build_class__: func must be a function");
  }
  if (!misc::as_str(vm, args[1])) misc::type_error(vm, "__build_class__: name is not a string");
  RootScope roots(vm);
  TupleObject* orig_bases = vm.new_tuple(args.npos - 2);
  for (uint32_t i = 2; i < args.npos; ++i) orig_bases->items[i - 2] = args[i];
  roots.add(obj(orig_bases));
  TupleObject* bases = resolve_mro_entries(vm, orig_bases);
  roots.add(obj(bases));

  // Keywords: metaclass= is ours, the rest go to __prepare__, the metaclass and
  // __init_subclass__.
  Value meta = Value::undefined();
  std::vector<Value> kw_values;
  std::vector<Value> kw_names;
  for (uint32_t i = 0; i < args.nkw(); ++i) {
    Value key = args.kwnames->items[i];
    Value value = args.values[args.npos + i];
    if (static_cast<StrObject*>(key.as_object())->view() == "metaclass") {
      meta = value;
    } else {
      kw_names.push_back(key);
      kw_values.push_back(value);
    }
  }
  TupleObject* kwnames = nullptr;
  if (!kw_names.empty()) {
    kwnames = vm.new_tuple(static_cast<int64_t>(kw_names.size()));
    for (size_t i = 0; i < kw_names.size(); ++i) kwnames->items[i] = kw_names[i];
    roots.add(obj(kwnames));
  }
  if (meta.is_undefined()) {
    meta = bases->size ? obj(vm.type_of(bases->items[0])) : obj(vm.types.type);
  }
  if (Type* m = misc::as_type(vm, meta)) meta = obj(calculate_metaclass(vm, m, bases));
  roots.add(meta);

  Value ns = Value::undefined();
  Value prepare = get_attribute_or_undefined(vm, meta, vm.name("__prepare__"));
  if (prepare.is_undefined()) {
    ns = obj(vm.new_dict());
  } else {
    roots.add(prepare);
    std::vector<Value> values{args[1], obj(bases)};
    values.insert(values.end(), kw_values.begin(), kw_values.end());
    ns = vm.call(prepare, CallArgs{values.data(), 2, kwnames});
    if (!ns.is_object() || (!vm.type_of(ns)->slots.getitem)) {
      misc::type_error(vm, misc::repr_text(vm, meta) +
                               ".__prepare__() must return a mapping, not " +
                               std::string(type_name(vm, ns)));
    }
  }
  roots.add(ns);
  if (bases != orig_bases) set_item(vm, ns, obj(vm.name("__orig_bases__")), obj(orig_bases));
  run_class_body(vm, static_cast<FunctionObject*>(args[0].as_object()), ns);
  std::vector<Value> values{args[1], obj(bases), ns};
  values.insert(values.end(), kw_values.begin(), kw_values.end());
  return vm.call(meta, CallArgs{values.data(), 3, kwnames});
}

// T.__new__(cls, ...) for a built-in type T (bound to T): builds an instance of cls, a
// subclass of T, the way calling T would, without running __init__.
Value builtin_new(VM& vm, CallArgs args) {
  Type* owner = misc::as_type(vm, args[0]);
  std::string owner_name = type_text(owner);
  if (args.npos < 2) {
    misc::type_error(vm, owner_name + ".__new__(): not enough arguments");
  }
  Type* cls = misc::as_type(vm, args[1]);
  if (!cls) {
    misc::type_error(vm, owner_name + ".__new__(X): X is not a type object (" +
                             std::string(type_name(vm, args[1])) + ")");
  }
  if (!is_subtype(cls, owner)) {
    misc::type_error(vm, owner_name + ".__new__(" + type_text(cls) + "): " + type_text(cls) +
                             " is not a subtype of " + owner_name);
  }
  if (layout_of(vm, cls) != layout_of(vm, owner)) {
    // cls's instances need a constructor that knows their layout: name the nearest class
    // whose __new__ is not Python code.
    Type* creator = cls;
    while (creator->has_flag(kTypeHeapType) && defined_in_python(vm, creator, "__new__")) {
      creator = creator->base;
    }
    misc::type_error(vm, owner_name + ".__new__(" + type_text(cls) + ") is not safe, use " +
                             type_text(creator) + ".__new__()");
  }
  CallArgs rest{args.values + 2, args.npos - 2, args.kwnames};
  if (owner == vm.types.object) {
    if ((rest.npos || rest.nkw()) &&
        (!defined_in_python(vm, cls, "__init__") || defined_in_python(vm, cls, "__new__"))) {
      if (defined_in_python(vm, cls, "__new__")) {
        misc::type_error(vm,
                         "object.__new__() takes exactly one argument (the type to "
                         "instantiate)");
      }
      misc::type_error(vm, type_text(cls) + "() takes no arguments");
    }
    return register_finalizer(vm, obj(vm.allocate<Object>(cls)));
  }
  if (owner == vm.types.type) return new_class(vm, cls, rest);
  return register_finalizer(vm, construct_builtin_part(vm, owner, cls, rest));
}

// object.__subclasshook__ (a classmethod): no opinion, so issubclass() decides normally.
Value object_subclasshook(VM& vm, CallArgs args) {
  return vm.not_implemented;
}

// object.__init_subclass__ (a classmethod): the end of the __init_subclass__ chain.
Value object_init_subclass(VM& vm, CallArgs args) {
  if (args.npos > 1 || args.nkw()) {
    Type* cls = misc::as_type(vm, args[0]);
    misc::type_error(vm, std::string((cls->qualname ? cls->qualname : cls->name)->view()) +
                             ".__init_subclass__() takes no keyword arguments");
  }
  return Value::none();
}

}  // namespace

void install_classes(VM& vm) {
  install_index_iterator(vm);
  install_descriptors(vm);
  install_super(vm);
  install_generic_alias(vm);
  install_class_builder(vm);
}

void install_class_builder(VM& vm) {
  // The data descriptors class creation puts in class dicts, found by their private keys.
  auto descriptor_type = [&](const char* name, const char* key, auto trace, auto get, auto set,
                             auto repr) {
    Type* t = vm.new_type(name, vm.types.object, 0);
    t->slots.trace = trace;
    t->slots.descr_get = get;
    t->slots.descr_set = set;
    t->slots.repr = repr;
    t->slots.construct = nullptr;
    vm.add_method(t, "__get__", misc::descriptor_get_method);
    vm.add_method(t, "__set__", misc::descriptor_set_method);
    vm.add_method(t, "__delete__", misc::descriptor_delete_method);
    dict_set_str(vm, misc::private_namespace(vm), vm.name(key), obj(t));
  };
  descriptor_type("getset_descriptor", "dict_descriptor", trace_dict_descriptor,
                  dict_descriptor_get, dict_descriptor_set, dict_descriptor_repr);
  descriptor_type("getset_descriptor", "weakref_descriptor", trace_dict_descriptor,
                  weakref_descriptor_get, weakref_descriptor_set, weakref_descriptor_repr);
  descriptor_type("member_descriptor", "member_descriptor", trace_member, member_get, member_set,
                  member_repr);

  vm.add_builtin_function("__build_class__", build_class);
  Value subclasshook = obj(vm.new_native_function("__subclasshook__", object_subclasshook));
  dict_set_str(vm, vm.types.object->dict, vm.name("__subclasshook__"),
               vm.call(obj(vm.types.classmethod), {subclasshook}));
  // Mutable containers say they are unhashable where classes look (collections.abc).
  for (Type* t : {vm.types.list, vm.types.dict, vm.types.set, vm.types.bytearray}) {
    dict_set_str(vm, t->dict, vm.name("__hash__"), Value::none());
  }
  Value hook = obj(vm.new_native_function("__init_subclass__", object_init_subclass));
  dict_set_str(vm, vm.types.object->dict, vm.name("__init_subclass__"),
               vm.call(obj(vm.types.classmethod), {hook}));
  // __new__ for every built-in class that can be subclassed.
  std::vector<Type*> bases{vm.types.object, vm.types.type};
  int64_t pos = 0;
  while (DictEntry* e = dict_next(vm.builtins, &pos)) {
    Type* t = misc::as_type(vm, e->value);
    if (t && t != vm.types.object && t != vm.types.type && t->has_flag(kTypeBaseType) &&
        t->slots.construct) {
      bases.push_back(t);
    }
  }
  for (Type* t : bases) {
    if (!dict_get_str(vm, t->dict, vm.name("__new__")).is_undefined()) continue;
    dict_set_str(vm, t->dict, vm.name("__new__"),
                 obj(vm.new_native_function("__new__", builtin_new, obj(t))));
  }
}

}  // namespace ember::classes

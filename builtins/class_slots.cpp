// Slot functions for classes defined in Python: each routes a built-in operation (`a + b`,
// `len(x)`, `x[k]`, `repr(x)`, ...) to the special method the class defines, with CPython's
// rules for reflected operands, return-type checks and error messages.
#include <string>
#include <vector>

#include "builtins/classes_internal.h"
#include "builtins/misc_support.h"
#include "vm/call.h"
#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/int_object.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace ember::classes {

using misc::obj;

Value special_method(VM& vm, Type* type, const char* name) {
  return special_method(vm, type, vm.name(name));
}

Value special_method(VM& vm, Type* type, StrObject* name) {
  return lookup_in_type(vm, type, name);
}

Value call_special(VM& vm, Value method, Value self, std::initializer_list<Value> args) {
  RootScope roots(vm);
  roots.add(self);
  for (Value a : args) roots.add(a);
  Type* mt = vm.type_of(method);
  bool plain_function =
      mt == vm.types.function ||
      (mt == vm.types.native_function &&
       static_cast<NativeFunctionObject*>(method.as_object())->self.is_undefined());
  if (plain_function) {
    std::vector<Value> values;
    values.reserve(args.size() + 1);
    values.push_back(self);
    values.insert(values.end(), args.begin(), args.end());
    return vm.call(method, CallArgs{values.data(), static_cast<uint32_t>(values.size()), nullptr});
  }
  if (mt->slots.descr_get) {
    method = mt->slots.descr_get(vm, method, self, obj(vm.type_of(self)));
    roots.add(method);
  }
  return vm.call(method, CallArgs{args.begin(), static_cast<uint32_t>(args.size()), nullptr});
}

namespace {

std::string quoted_type(VM& vm, Value v) {
  return "'" + std::string(type_name(vm, v)) + "'";
}

bool is_int(VM& vm, Value v) {
  return v.is_small_int() || v.is_bool() || is_instance(vm, v, vm.types.int_);
}

// Calls `name` on type(self), which update_slots found defined.
Value call_slot(VM& vm, Value self, const char* name, std::initializer_list<Value> args) {
  Value method = special_method(vm, vm.type_of(self), name);
  if (method.is_undefined() || method.is_none()) return vm.not_implemented;
  return call_special(vm, method, self, args);
}

// ---- text

Value slot_repr(VM& vm, Value self) {
  return call_slot(vm, self, "__repr__", {});
}

Value slot_str(VM& vm, Value self) {
  return call_slot(vm, self, "__str__", {});
}

Value slot_format(VM& vm, Value self, StrObject* spec) {
  Value r = call_slot(vm, self, "__format__", {obj(spec)});
  if (!misc::as_str(vm, r)) {
    misc::type_error(vm, "__format__ must return a str, not " + std::string(type_name(vm, r)));
  }
  return r;
}

// ---- hashing and comparison

int64_t slot_hash(VM& vm, Value self) {
  Value method = special_method(vm, vm.type_of(self), "__hash__");
  if (method.is_none() || method.is_undefined()) {
    misc::type_error(vm, "unhashable type: " + quoted_type(vm, self));
  }
  Value r = call_special(vm, method, self, {});
  if (!is_int(vm, r)) misc::type_error(vm, "__hash__ method should return an integer");
  // Like CPython: a result that fits a machine word is the hash (-1 becomes -2); a bigger
  // int is reduced by hashing it.
  if (r.is_small_int() || r.is_bool()) return hash_value(vm, r);
  auto* big = static_cast<BigIntObject*>(r.as_object());
  if (mpz_fits_slong_p(big->value)) {
    int64_t h = mpz_get_si(big->value);
    return h == -1 ? -2 : h;
  }
  return hash_value(vm, r);
}

const char* const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Value slot_compare(VM& vm, Value a, Value b, CompareOp op) {
  return call_slot(vm, a, kCompareNames[static_cast<int>(op)], {b});
}

// ---- arithmetic

struct BinaryNames {
  const char* op;
  const char* reflected;
  const char* inplace;
};
const BinaryNames kBinaryNames[kBinaryOpCount] = {
    {"__add__", "__radd__", "__iadd__"},
    {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},
    {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},
    {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

Value slot_binary(VM& vm, BinaryOp op, Value a, Value b);

// Both operands are tried here when they are instances of Python classes (the generic
// binary_op only calls one slot function when both types share it): a.__op__(b), then
// b.__rop__(a) — the reflected one first when b's class is a subclass of a's.
Value slot_binary(VM& vm, BinaryOp op, Value a, Value b) {
  const BinaryNames& names = kBinaryNames[static_cast<int>(op)];
  Type* ta = vm.type_of(a);
  Type* tb = vm.type_of(b);
  bool a_defines = ta->slots.binary == slot_binary;
  Value reflected = Value::undefined();
  if (tb != ta && tb->slots.binary == slot_binary) {
    reflected = special_method(vm, tb, names.reflected);
  }
  if (a_defines) {
    if (!reflected.is_undefined() && is_subtype(tb, ta) &&
        !reflected.is(special_method(vm, ta, names.reflected))) {
      Value r = call_special(vm, reflected, b, {a});
      if (!r.is(vm.not_implemented)) return r;
      reflected = Value::undefined();
    }
    Value method = special_method(vm, ta, names.op);
    if (!method.is_undefined() && !method.is_none()) {
      Value r = call_special(vm, method, a, {b});
      if (!r.is(vm.not_implemented)) return r;
    }
  }
  if (!reflected.is_undefined() && !reflected.is_none()) return call_special(vm, reflected, b, {a});
  return vm.not_implemented;
}

Value slot_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  return call_slot(vm, a, kBinaryNames[static_cast<int>(op)].inplace, {b});
}

Value slot_unary(VM& vm, UnaryOp op, Value self) {
  static const char* const kNames[] = {"__neg__", "__pos__", "__invert__"};
  return call_slot(vm, self, kNames[static_cast<int>(op)], {});
}

Value slot_index(VM& vm, Value self) {
  Value r = call_slot(vm, self, "__index__", {});
  if (!is_int(vm, r)) {
    misc::type_error(vm, "__index__ returned non-int (type " + std::string(type_name(vm, r)) + ")");
  }
  return r;
}

Value slot_to_float(VM& vm, Value self) {
  Value r = call_slot(vm, self, "__float__", {});
  if (!r.is_double()) {
    misc::type_error(vm, std::string(type_name(vm, self)) + ".__float__ returned non-float (type " +
                             std::string(type_name(vm, r)) + ")");
  }
  return r;
}

// ---- truth, length, containers

int64_t length_of_result(VM& vm, Value r) {
  if (!is_int(vm, r)) {
    misc::type_error(vm, quoted_type(vm, r) + " object cannot be interpreted as an integer");
  }
  if (r.is_bool()) return r.as_bool() ? 1 : 0;
  if (!r.is_small_int()) {
    auto* big = static_cast<BigIntObject*>(r.as_object());
    if (mpz_sgn(big->value) < 0) vm.raise(vm.types.ValueError, "__len__() should return >= 0");
    if (!mpz_fits_slong_p(big->value)) {
      vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return mpz_get_si(big->value);
  }
  int64_t n = r.as_small_int();
  if (n < 0) vm.raise(vm.types.ValueError, "__len__() should return >= 0");
  return n;
}

int64_t slot_length(VM& vm, Value self) {
  return length_of_result(vm, call_slot(vm, self, "__len__", {}));
}

bool slot_truth(VM& vm, Value self) {
  Type* t = vm.type_of(self);
  Value method = special_method(vm, t, "__bool__");
  if (!method.is_undefined() && !method.is_none()) {
    Value r = call_special(vm, method, self, {});
    if (!r.is_bool()) {
      misc::type_error(vm,
                       "__bool__ should return bool, returned " + std::string(type_name(vm, r)));
    }
    return r.as_bool();
  }
  method = special_method(vm, t, "__len__");
  if (method.is_undefined() || method.is_none()) return true;
  return length_of_result(vm, call_special(vm, method, self, {})) != 0;
}

Value slot_getitem(VM& vm, Value self, Value key) {
  // `__getitem__ = None` is called like any other value: "'NoneType' object is not callable".
  Value method = special_method(vm, vm.type_of(self), "__getitem__");
  if (method.is_undefined()) return vm.not_implemented;
  return call_special(vm, method, self, {key});
}

void slot_setitem(VM& vm, Value self, Value key, Value value) {
  Value method = special_method(vm, vm.type_of(self), "__setitem__");
  if (method.is_undefined() || method.is_none()) {
    misc::type_error(vm, quoted_type(vm, self) + " object does not support item assignment");
  }
  call_special(vm, method, self, {key, value});
}

void slot_delitem(VM& vm, Value self, Value key) {
  Value method = special_method(vm, vm.type_of(self), "__delitem__");
  if (method.is_undefined() || method.is_none()) {
    misc::type_error(vm, quoted_type(vm, self) + " object doesn't support item deletion");
  }
  call_special(vm, method, self, {key});
}

bool slot_contains(VM& vm, Value self, Value item) {
  return truthy(vm, call_slot(vm, self, "__contains__", {item}));
}

// ---- iteration

Value slot_iter(VM& vm, Value self) {
  Value method = special_method(vm, vm.type_of(self), "__iter__");
  if (method.is_none()) misc::type_error(vm, quoted_type(vm, self) + " object is not iterable");
  Value it = call_special(vm, method, self, {});
  if (!vm.type_of(it)->slots.next) {
    misc::type_error(vm, "iter() returned non-iterator of type " + quoted_type(vm, it));
  }
  return it;
}

// A class with __getitem__ but no __iter__ iterates by indexing 0, 1, ... until IndexError
// (CPython's `iterator` type).
struct IndexIterObject : Object {
  Value seq;  // undefined once exhausted
  int64_t index;
};

void trace_index_iter(Object* self, Marker& m) {
  mark_value(m, static_cast<IndexIterObject*>(self)->seq);
}

bool index_iter_next(VM& vm, Value self, Value* item) {
  auto* it = static_cast<IndexIterObject*>(self.as_object());
  if (it->seq.is_undefined()) return false;
  try {
    *item = get_item(vm, it->seq, Value::from_small_int(it->index));
  } catch (const PythonException&) {
    Value e = vm.raised();
    if (!is_instance(vm, e, vm.types.IndexError) && !is_instance(vm, e, vm.types.StopIteration)) {
      throw;
    }
    vm.clear_raised();
    it->seq = Value::undefined();
    return false;
  }
  ++it->index;
  return true;
}

Value index_iter_self(VM&, Value self) {
  return self;
}

Value slot_iter_by_index(VM& vm, Value self) {
  auto* it = vm.allocate<IndexIterObject>(vm.types.iterator);
  it->seq = self;
  return obj(it);
}

bool slot_next(VM& vm, Value self, Value* item) {
  try {
    *item = call_slot(vm, self, "__next__", {});
    return true;
  } catch (const PythonException&) {
    if (!is_instance(vm, vm.raised(), vm.types.StopIteration)) throw;
    vm.clear_raised();
    return false;
  }
}

// ---- calls and attributes

Value slot_call(VM& vm, Value self, CallArgs args) {
  Value method = special_method(vm, vm.type_of(self), "__call__");
  return call_with_self(vm, method, self, args);
}

Value slot_descr_get(VM& vm, Value self, Value instance, Value owner) {
  return call_slot(vm, self, "__get__",
                   {instance.is_undefined() ? Value::none() : instance,
                    owner.is_undefined() ? Value::none() : owner});
}

void slot_descr_set(VM& vm, Value self, Value instance, Value value) {
  const char* name = value.is_undefined() ? "__delete__" : "__set__";
  Value method = special_method(vm, vm.type_of(self), name);
  if (method.is_undefined()) vm.raise(vm.types.AttributeError, name);
  if (value.is_undefined()) {
    call_special(vm, method, self, {instance});
  } else {
    call_special(vm, method, self, {instance, value});
  }
}

bool is_object_method(VM& vm, Value method, const char* name) {
  return method.is(dict_get_str(vm, vm.types.object->dict, vm.name(name)));
}

// The attribute lookup of the class's layout base (the built-in part of the instance).
Value base_getattr(VM& vm, Value self, StrObject* name) {
  Type* base = vm.type_of(self)->layout_base;
  if (base && base->slots.getattr) return base->slots.getattr(vm, self, name);
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) raise_no_attribute(vm, self, name);
  return v;
}

Value slot_getattr(VM& vm, Value self, StrObject* name) {
  Type* t = vm.type_of(self);
  Value getattribute = special_method(vm, t, "__getattribute__");
  Value fallback = special_method(vm, t, "__getattr__");
  try {
    if (!is_object_method(vm, getattribute, "__getattribute__")) {
      return call_special(vm, getattribute, self, {obj(name)});
    }
    if (!fallback.is_undefined() && !(t->layout_base && t->layout_base->slots.getattr)) {
      Value v = generic_get_attribute(vm, self, name);
      if (!v.is_undefined()) return v;
      return call_special(vm, fallback, self, {obj(name)});
    }
    return base_getattr(vm, self, name);
  } catch (const PythonException&) {
    if (fallback.is_undefined() || !is_instance(vm, vm.raised(), vm.types.AttributeError)) throw;
    vm.clear_raised();
    return call_special(vm, fallback, self, {obj(name)});
  }
}

void slot_setattr(VM& vm, Value self, StrObject* name, Value value) {
  Type* t = vm.type_of(self);
  const char* hook = value.is_undefined() ? "__delattr__" : "__setattr__";
  Value method = special_method(vm, t, hook);
  if (!is_object_method(vm, method, hook)) {
    if (value.is_undefined()) {
      call_special(vm, method, self, {obj(name)});
    } else {
      call_special(vm, method, self, {obj(name), value});
    }
    return;
  }
  Type* base = t->layout_base;
  if (base && base->slots.setattr) return base->slots.setattr(vm, self, name, value);
  if (!generic_set_attribute(vm, self, name, value)) raise_no_attribute(vm, self, name);
}

// ---- which special methods a class defines

const char* const kSlotNames[] = {
    "__repr__",    "__str__",     "__format__",   "__hash__",    "__lt__",           "__le__",
    "__eq__",      "__ne__",      "__gt__",       "__ge__",      "__neg__",          "__pos__",
    "__invert__",  "__index__",   "__float__",    "__bool__",    "__len__",          "__getitem__",
    "__setitem__", "__delitem__", "__contains__", "__iter__",    "__next__",         "__call__",
    "__get__",     "__set__",     "__delete__",   "__getattr__", "__getattribute__", "__setattr__",
    "__delattr__",
};

}  // namespace

// True when the first class in type's MRO that defines `name` is a Python class.
bool defined_in_python(VM& vm, Type* type, const char* name) {
  return defined_in_python(vm, type, vm.name(name));
}

bool defined_in_python(VM& vm, Type* type, StrObject* key) {
  TupleObject* mro = type->mro;
  for (int64_t i = 0; i < mro->size; ++i) {
    auto* t = static_cast<Type*>(mro->items[i].as_object());
    if (!dict_get_str(vm, t->dict, key).is_undefined()) return t->has_flag(kTypeHeapType);
  }
  return false;
}

void install_index_iterator(VM& vm) {
  Type* t = vm.new_type("iterator", vm.types.object, 0);
  t->slots.trace = trace_index_iter;
  t->slots.iter = index_iter_self;
  t->slots.next = index_iter_next;
  t->slots.construct = nullptr;
  vm.types.iterator = t;
}

bool is_slot_name(VM& vm, StrObject* name) {
  std::string_view n = name->view();
  if (n.size() < 5 || n.substr(0, 2) != "__" || n.substr(n.size() - 2) != "__") return false;
  for (const char* s : kSlotNames) {
    if (n == s) return true;
  }
  for (const BinaryNames& b : kBinaryNames) {
    if (n == b.op || n == b.reflected || n == b.inplace) return true;
  }
  return false;
}

void update_slots(VM& vm, Type* type) {
  TypeSlots& s = type->slots;
  const TypeSlots& base = type->layout_base->slots;
  auto defines = [&](const char* name) { return defined_in_python(vm, type, name); };
  auto pick = [&](auto& slot, auto dispatcher, auto inherited,
                  std::initializer_list<const char*> names) {
    slot = inherited;
    for (const char* n : names) {
      if (defines(n)) slot = dispatcher;
    }
  };
  pick(s.repr, slot_repr, base.repr, {"__repr__"});
  pick(s.str, slot_str, base.str, {"__str__"});
  pick(s.format, slot_format, base.format, {"__format__"});
  pick(s.hash, slot_hash, base.hash, {"__hash__"});
  pick(s.compare, slot_compare, base.compare,
       {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"});
  s.binary = base.binary;
  s.inplace = base.inplace;
  for (const BinaryNames& b : kBinaryNames) {
    if (defines(b.op) || defines(b.reflected)) s.binary = slot_binary;
    if (defines(b.inplace)) s.inplace = slot_inplace;
  }
  pick(s.unary, slot_unary, base.unary, {"__neg__", "__pos__", "__invert__"});
  pick(s.index, slot_index, base.index, {"__index__"});
  pick(s.to_float, slot_to_float, base.to_float, {"__float__"});
  pick(s.truth, slot_truth, base.truth, {"__bool__", "__len__"});
  pick(s.length, slot_length, base.length, {"__len__"});
  pick(s.getitem, slot_getitem, base.getitem, {"__getitem__"});
  pick(s.setitem, slot_setitem, base.setitem, {"__setitem__", "__delitem__"});
  pick(s.delitem, slot_delitem, base.delitem, {"__setitem__", "__delitem__"});
  pick(s.contains, slot_contains, base.contains, {"__contains__"});
  pick(s.iter, slot_iter, base.iter, {"__iter__"});
  if (s.iter == base.iter && !base.iter && defines("__getitem__")) s.iter = slot_iter_by_index;
  pick(s.next, slot_next, base.next, {"__next__"});
  pick(s.call, slot_call, base.call, {"__call__"});
  pick(s.descr_get, slot_descr_get, base.descr_get, {"__get__"});
  pick(s.descr_set, slot_descr_set, base.descr_set, {"__set__", "__delete__"});
  pick(s.getattr, slot_getattr, base.getattr, {"__getattr__", "__getattribute__"});
  pick(s.setattr, slot_setattr, base.setattr, {"__setattr__", "__delattr__"});
  ++type->version;
}

}  // namespace ember::classes

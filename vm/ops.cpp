#include "vm/ops.h"
#include "vm/float_object.h"

#include <cinttypes>
#include <cstdio>

#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/instance.h"
#include "vm/int_object.h"
#include "vm/module_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

const char* binary_op_symbol(BinaryOp op) {
  static const char* const kSymbols[kBinaryOpCount] = {"+",  "-",  "*",  "@", "/", "//", "%",
                                                       "**", "<<", ">>", "&", "|", "^"};
  return kSymbols[static_cast<int>(op)];
}

const char* compare_op_symbol(CompareOp op) {
  static const char* const kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return kSymbols[static_cast<int>(op)];
}

CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Lt:
      return CompareOp::Gt;
    case CompareOp::Le:
      return CompareOp::Ge;
    case CompareOp::Gt:
      return CompareOp::Lt;
    case CompareOp::Ge:
      return CompareOp::Le;
    default:
      return op;
  }
}

std::string quoted_type_name(VM& vm, Value v) {
  std::string s = "'";
  s += type_name(vm, v);
  s += "'";
  return s;
}

// Tries a's slot, then b's reflected slot (b first when b's type is a proper subtype).
Value try_binary(VM& vm, BinaryOp op, Value a, Value b) {
  Type* ta = vm.type_of(a);
  Type* tb = vm.type_of(b);
  auto slot_a = ta->slots.binary;
  auto slot_b = tb != ta ? tb->slots.binary : nullptr;
  if (slot_b && slot_b == slot_a) slot_b = nullptr;
  if (slot_b && is_subtype(tb, ta) && tb != ta) {
    Value r = slot_b(vm, op, a, b);
    if (!r.is(vm.not_implemented)) return r;
    slot_b = nullptr;
  }
  if (slot_a) {
    Value r = slot_a(vm, op, a, b);
    if (!r.is(vm.not_implemented)) return r;
  }
  if (slot_b) {
    Value r = slot_b(vm, op, a, b);
    if (!r.is(vm.not_implemented)) return r;
  }
  return vm.not_implemented;
}

[[noreturn]] void raise_unsupported(VM& vm, const char* symbol, Value a, Value b) {
  std::string message = "unsupported operand type(s) for ";
  message += symbol;
  message += ": " + quoted_type_name(vm, a) + " and " + quoted_type_name(vm, b);
  vm.raise(vm.types.TypeError, message);
}

}  // namespace

std::string_view type_name(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return (t->c_name ? t->c_name : t->name)->view();
}

Value binary_op(VM& vm, BinaryOp op, Value a, Value b) {
  Value r = try_binary(vm, op, a, b);
  if (!r.is(vm.not_implemented)) return r;
  raise_unsupported(vm, op == BinaryOp::Pow ? "** or pow()" : binary_op_symbol(op), a, b);
}

Value inplace_op(VM& vm, BinaryOp op, Value a, Value b) {
  if (auto slot = vm.type_of(a)->slots.inplace) {
    Value r = slot(vm, op, a, b);
    if (!r.is(vm.not_implemented)) return r;
  }
  Value r = try_binary(vm, op, a, b);
  if (!r.is(vm.not_implemented)) return r;
  std::string symbol = binary_op_symbol(op);
  symbol += "=";
  raise_unsupported(vm, symbol.c_str(), a, b);
}

Value unary_op(VM& vm, UnaryOp op, Value a) {
  if (auto slot = vm.type_of(a)->slots.unary) {
    Value r = slot(vm, op, a);
    if (!r.is(vm.not_implemented)) return r;
  }
  static const char* const kSymbols[] = {"-", "+", "~"};
  std::string message = "bad operand type for unary ";
  message += kSymbols[static_cast<int>(op)];
  message += ": " + quoted_type_name(vm, a);
  vm.raise(vm.types.TypeError, message);
}

Value compare_op(VM& vm, CompareOp op, Value a, Value b) {
  Type* ta = vm.type_of(a);
  Type* tb = vm.type_of(b);
  bool reflected_first = tb != ta && is_subtype(tb, ta) && tb->slots.compare;
  if (reflected_first) {
    Value r = tb->slots.compare(vm, b, a, swapped(op));
    if (!r.is(vm.not_implemented)) return r;
  }
  if (ta->slots.compare) {
    Value r = ta->slots.compare(vm, a, b, op);
    if (!r.is(vm.not_implemented)) return r;
  }
  // Like CPython, the reflected operation is tried even when both types are the same
  // (`a > b` falls back to `b < a` for a class that defines only __lt__).
  if (!reflected_first && tb->slots.compare) {
    Value r = tb->slots.compare(vm, b, a, swapped(op));
    if (!r.is(vm.not_implemented)) return r;
  }
  if (op == CompareOp::Eq) return Value::from_bool(a.is(b));
  if (op == CompareOp::Ne) return Value::from_bool(!a.is(b));
  std::string message = "'";
  message += compare_op_symbol(op);
  message += "' not supported between instances of " + quoted_type_name(vm, a) + " and " +
             quoted_type_name(vm, b);
  vm.raise(vm.types.TypeError, message);
}

bool compare_bool(VM& vm, CompareOp op, Value a, Value b) {
  Value r = compare_op(vm, op, a, b);
  if (r.is_bool()) return r.as_bool();
  return truthy(vm, r);
}

bool values_equal(VM& vm, Value a, Value b) {
  if (a.is(b)) return true;
  if (a.is_small_int() && b.is_small_int()) return false;
  return compare_bool(vm, CompareOp::Eq, a, b);
}

bool truthy(VM& vm, Value v) {
  if (v.is_bool()) return v.as_bool();
  if (v.is_none()) return false;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  Type* t = vm.type_of(v);
  if (t->slots.truth) return t->slots.truth(vm, v);
  if (t->slots.length) return t->slots.length(vm, v) != 0;
  return true;
}

int64_t hash_value(VM& vm, Value v) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    return i == -1 ? -2 : i;
  }
  if (v.is_bool()) return v.as_bool() ? 1 : 0;
  if (v.is_object()) {
    Object* o = v.as_object();
    if (o->type == vm.types.str) return str_hash(static_cast<StrObject*>(o));
  }
  Type* t = vm.type_of(v);
  if (t->slots.hash) return t->slots.hash(vm, v);
  vm.raise(vm.types.TypeError, "unhashable type: " + quoted_type_name(vm, v));
}

StrObject* repr(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  if (t->slots.repr) {
    Value r = t->slots.repr(vm, v);
    if (r.is_object() && is_subtype(r.as_object()->type, vm.types.str)) {
      return static_cast<StrObject*>(r.as_object());
    }
    vm.raise(vm.types.TypeError,
             "__repr__ returned non-string (type " + std::string(type_name(vm, r)) + ")");
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, " object at %p>", static_cast<void*>(v.as_object()));
  std::string text = "<";
  text += t->name->view();
  text += buffer;
  return vm.new_str(text);
}

StrObject* str(VM& vm, Value v) {
  if (v.is_object() && v.as_object()->type == vm.types.str) {
    return static_cast<StrObject*>(v.as_object());
  }
  Type* t = vm.type_of(v);
  if (t->slots.str) {
    Value r = t->slots.str(vm, v);
    if (r.is_object() && is_subtype(r.as_object()->type, vm.types.str)) {
      return static_cast<StrObject*>(r.as_object());
    }
    vm.raise(vm.types.TypeError,
             "__str__ returned non-string (type " + std::string(type_name(vm, r)) + ")");
  }
  return repr(vm, v);
}

StrObject* ascii_repr(VM& vm, Value v) {
  StrObject* r = repr(vm, v);
  if (r->ascii) return r;
  std::string out;
  const char* p = r->data;
  const char* end = r->data + r->byte_length;
  while (p < end) {
    uint32_t cp = utf8_decode(p);
    char buffer[16];
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    if (cp <= 0xFF) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", cp);
    } else if (cp <= 0xFFFF) {
      std::snprintf(buffer, sizeof buffer, "\\u%04x", cp);
    } else {
      std::snprintf(buffer, sizeof buffer, "\\U%08x", cp);
    }
    out += buffer;
  }
  return vm.new_str(out);
}

Value format_with_spec(VM& vm, Value v, StrObject* spec) {
  Type* t = vm.type_of(v);
  if (t->slots.format) return t->slots.format(vm, v, spec);
  if (spec->byte_length != 0) {
    vm.raise(vm.types.TypeError,
             "unsupported format string passed to " + std::string(t->name->view()) + ".__format__");
  }
  return Value::from_object(str(vm, v));
}

void append_repr(VM& vm, std::string& out, Value v) {
  out += repr(vm, v)->view();
}
void append_str(VM& vm, std::string& out, Value v) {
  out += str(vm, v)->view();
}

// ---- attributes

static Value lookup_in_mro(VM& vm, Type* type, StrObject* name) {
  TupleObject* mro = type->mro;
  for (int64_t i = 0; i < mro->size; ++i) {
    auto* t = static_cast<Type*>(mro->items[i].as_object());
    Value v = dict_get_str(vm, t->dict, name);
    if (!v.is_undefined()) return v;
  }
  return Value::undefined();
}

Value lookup_in_type(VM& vm, Type* type, StrObject* name) {
  // Only interned names are cached: a temporary string's address may be reused.
  if (!name->interned) return lookup_in_mro(vm, type, name);
  TypeLookupEntry& e = vm.type_lookup_entry(type, name);
  if (e.type == type && e.name == name && e.version == type->version) return e.result;
  Value v = lookup_in_mro(vm, type, name);
  e = TypeLookupEntry{type, name, type->version, v};
  return v;
}

Value generic_get_attribute(VM& vm, Value obj, StrObject* name) {
  Type* t = vm.type_of(obj);
  Value found = lookup_in_type(vm, t, name);
  Type* ft = found.is_undefined() ? nullptr : vm.type_of(found);
  if (ft && ft->slots.descr_set && ft->slots.descr_get) {
    return ft->slots.descr_get(vm, found, obj, Value::from_object(t));
  }
  if (obj.is_object()) {
    if (InstanceAttributes* attrs = instance_attributes(obj.as_object())) {
      Value own = instance_attribute_get(vm, attrs, name);
      if (!own.is_undefined()) return own;
    }
  }
  if (ft && ft->slots.descr_get) return ft->slots.descr_get(vm, found, obj, Value::from_object(t));
  return found;
}

Value get_attribute_or_undefined(VM& vm, Value obj, StrObject* name) {
  Type* t = vm.type_of(obj);
  // Getters (the type's slot, properties, __slots__ members) may raise AttributeError.
  try {
    if (t->slots.getattr) return t->slots.getattr(vm, obj, name);
    return generic_get_attribute(vm, obj, name);
  } catch (const PythonException&) {
    Value e = vm.raised();
    if (is_instance(vm, e, vm.types.AttributeError)) {
      vm.clear_raised();
      return Value::undefined();
    }
    throw;
  }
}

void raise_no_attribute(VM& vm, Value obj, StrObject* name) {
  Type* t = vm.type_of(obj);
  std::string message;
  if (t == vm.types.module) {
    message = "module '";
    message += static_cast<ModuleObject*>(obj.as_object())->name->view();
    message += "' has no attribute '";
  } else if (is_subtype(t, vm.types.type)) {
    message = "type object '";
    message += static_cast<Type*>(obj.as_object())->name->view();
    message += "' has no attribute '";
  } else {
    message = quoted_type_name(vm, obj) + " object has no attribute '";
  }
  message += name->view();
  message += "'";
  vm.raise(vm.types.AttributeError, message);
}

Value get_attribute(VM& vm, Value obj, StrObject* name) {
  Type* t = vm.type_of(obj);
  if (t->slots.getattr) return t->slots.getattr(vm, obj, name);
  Value v = generic_get_attribute(vm, obj, name);
  if (!v.is_undefined()) return v;
  raise_no_attribute(vm, obj, name);
}

// Assignment (or deletion, when `value` is undefined) through a data descriptor or into the
// instance's own attributes; false when neither applies.
bool generic_set_attribute(VM& vm, Value obj, StrObject* name, Value value) {
  Value found = lookup_in_type(vm, vm.type_of(obj), name);
  if (!found.is_undefined()) {
    if (auto set = vm.type_of(found)->slots.descr_set) {
      set(vm, found, obj, value);
      return true;
    }
  }
  InstanceAttributes* attrs = obj.is_object() ? instance_attributes(obj.as_object()) : nullptr;
  if (!attrs || vm.type_of(obj)->has_flag(kTypeNoInstanceDict)) return false;
  if (!value.is_undefined()) {
    instance_attribute_set(vm, attrs, name, value);
  } else if (!instance_attribute_delete(vm, attrs, name)) {
    raise_no_attribute(vm, obj, name);
  }
  return true;
}

void set_attribute(VM& vm, Value obj, StrObject* name, Value value) {
  Type* t = vm.type_of(obj);
  if (t->slots.setattr) return t->slots.setattr(vm, obj, name, value);
  if (generic_set_attribute(vm, obj, name, value)) return;
  raise_not_writable(vm, obj, name);
}

void raise_not_writable(VM& vm, Value obj, StrObject* name) {
  Type* t = vm.type_of(obj);
  Value found = lookup_in_type(vm, t, name);
  bool computed =
      found.is_undefined()
          ? t->slots.getattr && !get_attribute_or_undefined(vm, obj, name).is_undefined()
          : vm.type_of(found)->name->view() == "getset_descriptor";
  if (computed) {
    // Computed by the type itself (CPython's getset descriptors without a setter).
    vm.raise(vm.types.AttributeError, "attribute '" + std::string(name->view()) + "' of '" +
                                          std::string(t->name->view()) +
                                          "' objects is not writable");
  }
  std::string message = quoted_type_name(vm, obj);
  if (lookup_in_type(vm, t, name).is_undefined()) {
    message += " object has no attribute '";
  } else {
    message += " object attribute '";
  }
  message += name->view();
  message += lookup_in_type(vm, t, name).is_undefined() ? "'" : "' is read-only";
  vm.raise(vm.types.AttributeError, message);
}

void delete_attribute(VM& vm, Value obj, StrObject* name) {
  Type* t = vm.type_of(obj);
  if (t->slots.setattr) return t->slots.setattr(vm, obj, name, Value::undefined());
  if (generic_set_attribute(vm, obj, name, Value::undefined())) return;
  raise_not_writable(vm, obj, name);
}

// ---- items

Value get_item(VM& vm, Value container, Value key) {
  Type* t = vm.type_of(container);
  if (t->slots.getitem) return t->slots.getitem(vm, container, key);
  if (is_subtype(t, vm.types.type)) {
    // `Class[item]`: the class's __class_getitem__ (a classmethod).
    auto* cls = static_cast<Type*>(container.as_object());
    Value hook = lookup_in_type(vm, cls, vm.name("__class_getitem__"));
    if (!hook.is_undefined()) {
      if (auto get = vm.type_of(hook)->slots.descr_get) {
        hook = get(vm, hook, Value::undefined(), container);
      }
      Rooted keep(vm, hook);
      return vm.call(hook, {key});
    }
    std::string message = "type '";
    message += static_cast<Type*>(container.as_object())->name->view();
    message += "' is not subscriptable";
    vm.raise(vm.types.TypeError, message);
  }
  vm.raise(vm.types.TypeError, quoted_type_name(vm, container) + " object is not subscriptable");
}

void set_item(VM& vm, Value container, Value key, Value value) {
  Type* t = vm.type_of(container);
  if (t->slots.setitem) return t->slots.setitem(vm, container, key, value);
  vm.raise(vm.types.TypeError,
           quoted_type_name(vm, container) + " object does not support item assignment");
}

void delete_item(VM& vm, Value container, Value key) {
  Type* t = vm.type_of(container);
  if (t->slots.delitem) return t->slots.delitem(vm, container, key);
  vm.raise(vm.types.TypeError,
           quoted_type_name(vm, container) + " object doesn't support item deletion");
}

bool contains(VM& vm, Value container, Value item) {
  Type* t = vm.type_of(container);
  if (t->slots.contains) return t->slots.contains(vm, container, item);
  if (t->slots.iter) {
    Value it = get_iterator(vm, container);
    Rooted keep(vm, it);
    Value x;
    while (iterator_next(vm, it, &x)) {
      if (values_equal(vm, x, item)) return true;
    }
    return false;
  }
  vm.raise(vm.types.TypeError,
           "argument of type " + quoted_type_name(vm, container) + " is not iterable");
}

int64_t length(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  if (t->slots.length) return t->slots.length(vm, v);
  vm.raise(vm.types.TypeError, "object of type " + quoted_type_name(vm, v) + " has no len()");
}

Value get_iterator(VM& vm, Value iterable) {
  Type* t = vm.type_of(iterable);
  if (t->slots.iter) return t->slots.iter(vm, iterable);
  vm.raise(vm.types.TypeError, quoted_type_name(vm, iterable) + " object is not iterable");
}

bool iterator_next(VM& vm, Value iterator, Value* item) {
  Type* t = vm.type_of(iterator);
  if (t->slots.next) return t->slots.next(vm, iterator, item);
  vm.raise(vm.types.TypeError, quoted_type_name(vm, iterator) + " object is not an iterator");
}

// ---- conversions

Value to_int_index(VM& vm, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::from_small_int(v.as_bool() ? 1 : 0);
  Type* t = vm.type_of(v);
  if (v.is_object() && is_subtype(t, vm.types.int_) && t->slots.index) return t->slots.index(vm, v);
  if (t->slots.index) return t->slots.index(vm, v);
  vm.raise(vm.types.TypeError,
           quoted_type_name(vm, v) + " object cannot be interpreted as an integer");
}

int64_t index_value(VM& vm, Value v, const char* what) {
  if (v.is_small_int()) return v.as_small_int();
  if (v.is_bool()) return v.as_bool() ? 1 : 0;
  Type* t = vm.type_of(v);
  if (!t->slots.index && what) {
    vm.raise(vm.types.TypeError, std::string(what) + ", not " + std::string(type_name(vm, v)));
  }
  Value i = to_int_index(vm, v);
  if (i.is_small_int()) return i.as_small_int();
  auto* big = static_cast<BigIntObject*>(i.as_object());
  if (!mpz_fits_slong_p(big->value)) {
    vm.raise(vm.types.IndexError, "cannot fit 'int' into an index-sized integer");
  }
  return mpz_get_si(big->value);
}

double to_double(VM& vm, Value v) {
  if (is_float_value(v)) return float_value(v);
  if (v.is_small_int()) return static_cast<double>(v.as_small_int());
  if (v.is_bool()) return v.as_bool() ? 1.0 : 0.0;
  Type* t = vm.type_of(v);
  if (t->slots.to_float) {
    Value f = t->slots.to_float(vm, v);
    if (is_float_value(f)) return float_value(f);
  }
  vm.raise(vm.types.TypeError, "must be real number, not " + std::string(type_name(vm, v)));
}

bool is_instance(VM& vm, Value v, Type* type) {
  return is_subtype(vm.type_of(v), type);
}

}  // namespace ember

// The special methods of int, bool, float and complex as attributes ((3).__add__(4),
// float.__lt__, ...): wrappers around the built-in type's own slots, like CPython's slot
// wrappers.
#include <string>

#include "builtins/int_value.h"
#include "builtins/number_support.h"
#include "vm/float_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

using Owner = Type* BuiltinTypes::*;

const char* const kBinaryNames[kBinaryOpCount] = {"add",      "sub", "mul", "matmul", "truediv",
                                                  "floordiv", "mod", "pow", "lshift", "rshift",
                                                  "and",      "or",  "xor"};
const char* const kCompareNames[] = {"lt", "le", "eq", "ne", "gt", "ge"};
const char* const kUnaryNames[] = {"neg", "pos", "invert"};

// Checks self's type and the number of arguments after self.
template <Owner owner>
Value checked_self(VM& vm, CallArgs args, const std::string& name, uint32_t expected) {
  Type* type = vm.types.*owner;
  if (args.npos == 0) {
    vm.raise(vm.types.TypeError, "descriptor '" + name + "' of '" +
                                     std::string(type->name->view()) +
                                     "' object needs an argument");
  }
  Value self = args[0];
  if (!is_subtype(vm.type_of(self), type)) {
    vm.raise(vm.types.TypeError, "descriptor '" + name + "' requires a '" +
                                     std::string(type->name->view()) + "' object but received a '" +
                                     std::string(type_name(vm, self)) + "'");
  }
  if (args.nkw() != 0) {
    vm.raise(vm.types.TypeError, "wrapper " + name + "() takes no keyword arguments");
  }
  if (args.npos - 1 != expected) {
    vm.raise(vm.types.TypeError, "expected " + std::to_string(expected) + " argument" +
                                     (expected == 1 ? "" : "s") + ", got " +
                                     std::to_string(args.npos - 1));
  }
  return self;
}

template <Owner owner, BinaryOp op, bool reflected>
Value binary_method(VM& vm, CallArgs args) {
  std::string name =
      std::string(reflected ? "__r" : "__") + kBinaryNames[static_cast<int>(op)] + "__";
  if (op == BinaryOp::Pow && args.npos == 3) {
    Value self = checked_self<owner>(vm, CallArgs{args.values, 2, nullptr}, name, 1);
    // pow(self, other, mod); the reflected form is pow(other, self, mod).
    return reflected ? number_power(vm, args[1], self, args[2])
                     : number_power(vm, self, args[1], args[2]);
  }
  Value self = checked_self<owner>(vm, args, name, 1);
  auto slot = (vm.types.*owner)->slots.binary;
  return reflected ? slot(vm, op, args[1], self) : slot(vm, op, self, args[1]);
}

template <Owner owner, CompareOp op>
Value compare_method(VM& vm, CallArgs args) {
  std::string name = std::string("__") + kCompareNames[static_cast<int>(op)] + "__";
  Value self = checked_self<owner>(vm, args, name, 1);
  // int's slot also compares with floats (for speed); int.__lt__(1.5) is NotImplemented.
  if (owner == &BuiltinTypes::int_ && !is_int_value(vm, args[1])) return vm.not_implemented;
  return (vm.types.*owner)->slots.compare(vm, self, args[1], op);
}

template <Owner owner, UnaryOp op>
Value unary_method(VM& vm, CallArgs args) {
  std::string name = std::string("__") + kUnaryNames[static_cast<int>(op)] + "__";
  Value self = checked_self<owner>(vm, args, name, 0);
  return (vm.types.*owner)->slots.unary(vm, op, self);
}

template <Owner owner, bool reflected>
Value divmod_method(VM& vm, CallArgs args) {
  Value self = checked_self<owner>(vm, args, reflected ? "__rdivmod__" : "__divmod__", 1);
  Value a = reflected ? args[1] : self, b = reflected ? self : args[1];
  bool a_ok = is_float_value(a) || is_int_value(vm, a);
  bool b_ok = is_float_value(b) || is_int_value(vm, b);
  // int.__divmod__ takes ints only; float's takes ints and floats.
  if (owner == &BuiltinTypes::int_ && (!is_int_value(vm, a) || !is_int_value(vm, b))) {
    return vm.not_implemented;
  }
  if (!a_ok || !b_ok) return vm.not_implemented;
  return number_divmod(vm, a, b);
}

template <Owner owner>
Value bool_method(VM& vm, CallArgs args) {
  Value self = checked_self<owner>(vm, args, "__bool__", 0);
  return Value::from_bool((vm.types.*owner)->slots.truth(vm, self));
}

template <Owner owner>
Value hash_method(VM& vm, CallArgs args) {
  Value self = checked_self<owner>(vm, args, "__hash__", 0);
  return vm.make_int((vm.types.*owner)->slots.hash(vm, self));
}

template <Owner owner>
Value repr_method(VM& vm, CallArgs args) {
  Value self = checked_self<owner>(vm, args, "__repr__", 0);
  return (vm.types.*owner)->slots.repr(vm, self);
}

template <Owner owner>
Value format_method(VM& vm, CallArgs args) {
  if (args.npos != 2 || args.nkw() != 0) {
    vm.raise(vm.types.TypeError, "__format__() takes exactly one argument (" +
                                     std::to_string(args.npos + args.nkw() - 1) + " given)");
  }
  Value self = checked_self<owner>(vm, args, "__format__", 1);
  if (!is_instance(vm, args[1], vm.types.str)) {
    vm.raise(vm.types.TypeError,
             "__format__() argument must be str, not " + std::string(type_name(vm, args[1])));
  }
  return (vm.types.*owner)->slots.format(vm, self, static_cast<StrObject*>(args[1].as_object()));
}

template <Owner owner>
Value index_method(VM& vm, CallArgs args) {
  Value self = checked_self<owner>(vm, args, "__index__", 0);
  return (vm.types.*owner)->slots.index(vm, self);
}

template <Owner owner>
Value int_method(VM& vm, CallArgs args) {
  Value self = checked_self<owner>(vm, args, "__int__", 0);
  return number_to_int(vm, self);
}

template <Owner owner>
Value float_method(VM& vm, CallArgs args) {
  Value self = checked_self<owner>(vm, args, "__float__", 0);
  return (vm.types.*owner)->slots.to_float(vm, self);
}

template <Owner owner>
Value abs_method(VM& vm, CallArgs args) {
  Value self = checked_self<owner>(vm, args, "__abs__", 0);
  return number_abs(vm, self);
}

// int.__trunc__, __floor__, __ceil__: the int itself (bools become ints).
Value int_identity_method(VM& vm, CallArgs args) {
  Value self = checked_self<&BuiltinTypes::int_>(vm, args, "__trunc__", 0);
  return number_to_int(vm, self);
}

template <Owner owner>
Value getnewargs_method(VM& vm, CallArgs args) {
  Value self = checked_self<owner>(vm, args, "__getnewargs__", 0);
  if (owner == &BuiltinTypes::complex) {
    Value re = get_attribute(vm, self, vm.name("real"));
    Value im = get_attribute(vm, self, vm.name("imag"));
    return Value::from_object(vm.new_tuple({re, im}));
  }
  Value v = owner == &BuiltinTypes::int_ ? number_to_int(vm, self) : self;
  return Value::from_object(vm.new_tuple({v}));
}

template <Owner owner, BinaryOp op>
void add_binary_pair(VM& vm) {
  Type* t = vm.types.*owner;
  std::string base = kBinaryNames[static_cast<int>(op)];
  vm.add_method(t, "__" + base + "__", binary_method<owner, op, false>);
  vm.add_method(t, "__r" + base + "__", binary_method<owner, op, true>);
}

// The methods every number type has: arithmetic, comparisons, unary operators, conversions.
template <Owner owner>
void add_common(VM& vm) {
  Type* t = vm.types.*owner;
  add_binary_pair<owner, BinaryOp::Add>(vm);
  add_binary_pair<owner, BinaryOp::Sub>(vm);
  add_binary_pair<owner, BinaryOp::Mul>(vm);
  add_binary_pair<owner, BinaryOp::TrueDiv>(vm);
  add_binary_pair<owner, BinaryOp::Pow>(vm);
  vm.add_method(t, "__eq__", compare_method<owner, CompareOp::Eq>);
  vm.add_method(t, "__ne__", compare_method<owner, CompareOp::Ne>);
  vm.add_method(t, "__lt__", compare_method<owner, CompareOp::Lt>);
  vm.add_method(t, "__le__", compare_method<owner, CompareOp::Le>);
  vm.add_method(t, "__gt__", compare_method<owner, CompareOp::Gt>);
  vm.add_method(t, "__ge__", compare_method<owner, CompareOp::Ge>);
  vm.add_method(t, "__neg__", unary_method<owner, UnaryOp::Neg>);
  vm.add_method(t, "__pos__", unary_method<owner, UnaryOp::Pos>);
  vm.add_method(t, "__abs__", abs_method<owner>);
  vm.add_method(t, "__bool__", bool_method<owner>);
  vm.add_method(t, "__hash__", hash_method<owner>);
  vm.add_method(t, "__repr__", repr_method<owner>);
  vm.add_method(t, "__format__", format_method<owner>);
  vm.add_method(t, "__getnewargs__", getnewargs_method<owner>);
}

// int and float: floor division, modulo, divmod.
template <Owner owner>
void add_real(VM& vm) {
  Type* t = vm.types.*owner;
  add_binary_pair<owner, BinaryOp::FloorDiv>(vm);
  add_binary_pair<owner, BinaryOp::Mod>(vm);
  vm.add_method(t, "__divmod__", divmod_method<owner, false>);
  vm.add_method(t, "__rdivmod__", divmod_method<owner, true>);
  vm.add_method(t, "__int__", int_method<owner>);
  vm.add_method(t, "__float__", float_method<owner>);
}

}  // namespace

void install_number_dunders(VM& vm) {
  add_common<&BuiltinTypes::int_>(vm);
  add_real<&BuiltinTypes::int_>(vm);
  add_binary_pair<&BuiltinTypes::int_, BinaryOp::LShift>(vm);
  add_binary_pair<&BuiltinTypes::int_, BinaryOp::RShift>(vm);
  add_binary_pair<&BuiltinTypes::int_, BinaryOp::And>(vm);
  add_binary_pair<&BuiltinTypes::int_, BinaryOp::Or>(vm);
  add_binary_pair<&BuiltinTypes::int_, BinaryOp::Xor>(vm);
  vm.add_method(vm.types.int_, "__invert__", unary_method<&BuiltinTypes::int_, UnaryOp::Invert>);
  vm.add_method(vm.types.int_, "__index__", index_method<&BuiltinTypes::int_>);
  for (const char* name : {"__trunc__", "__floor__", "__ceil__"}) {
    vm.add_method(vm.types.int_, name, int_identity_method);
  }

  // bool's own &, |, ^ (True & True is True, not 1).
  add_binary_pair<&BuiltinTypes::bool_, BinaryOp::And>(vm);
  add_binary_pair<&BuiltinTypes::bool_, BinaryOp::Or>(vm);
  add_binary_pair<&BuiltinTypes::bool_, BinaryOp::Xor>(vm);
  vm.add_method(vm.types.bool_, "__repr__", repr_method<&BuiltinTypes::bool_>);

  add_common<&BuiltinTypes::float_>(vm);
  add_real<&BuiltinTypes::float_>(vm);

  add_common<&BuiltinTypes::complex>(vm);
}

}  // namespace ember

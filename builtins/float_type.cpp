// float: IEEE doubles, stored inline in the Value. Arithmetic with ints on either side lives
// here (the int type returns NotImplemented for float operands).
#include <climits>
#include <cmath>
#include <string>

#include "builtins/install.h"
#include "builtins/int_value.h"
#include "builtins/misc_support.h"
#include "builtins/number_support.h"
#include "builtins/numeric/float_format.h"
#include "builtins/numeric/float_ops.h"
#include "builtins/numeric/float_repr.h"
#include "builtins/numeric/int_ops.h"
#include "builtins/numeric/number_parse.h"
#include "builtins/numeric/numeric_hash.h"
#include "vm/bytes_object.h"
#include "vm/dict_object.h"
#include "vm/float_object.h"
#include "vm/function_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

Value float_binary(VM& vm, BinaryOp op, Value a, Value b) {
  double x, y;
  // Both operands must be real numbers; anything else (complex included) is the other
  // operand's business.
  if (!(is_float_value(a) || is_int_value(vm, a)) || !(is_float_value(b) || is_int_value(vm, b))) {
    return vm.not_implemented;
  }
  switch (op) {
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::TrueDiv:
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod:
    case BinaryOp::Pow:
      break;
    default:
      return vm.not_implemented;
  }
  real_operand(vm, a, &x);
  real_operand(vm, b, &y);
  switch (op) {
    case BinaryOp::Add:
      return Value::from_double(x + y);
    case BinaryOp::Sub:
      return Value::from_double(x - y);
    case BinaryOp::Mul:
      return Value::from_double(x * y);
    case BinaryOp::TrueDiv:
      return Value::from_double(checked(vm, numeric::float_truediv(x, y)));
    case BinaryOp::FloorDiv:
      return Value::from_double(checked(vm, numeric::float_floordiv(x, y)));
    case BinaryOp::Mod:
      return Value::from_double(checked(vm, numeric::float_mod(x, y)));
    case BinaryOp::Pow:
      return float_power(vm, x, y);
    default:
      return vm.not_implemented;
  }
}

Value float_compare(VM& vm, Value a, Value b, CompareOp op) {
  double x = float_value(a);
  if (is_float_value(b)) {
    double y = float_value(b);
    switch (op) {
      case CompareOp::Lt:
        return Value::from_bool(x < y);
      case CompareOp::Le:
        return Value::from_bool(x <= y);
      case CompareOp::Eq:
        return Value::from_bool(x == y);
      case CompareOp::Ne:
        return Value::from_bool(x != y);
      case CompareOp::Gt:
        return Value::from_bool(x > y);
      case CompareOp::Ge:
        return Value::from_bool(x >= y);
    }
  }
  if (!is_int_value(vm, b)) return vm.not_implemented;
  if (std::isnan(x)) return Value::from_bool(op == CompareOp::Ne);
  IntView z(b);
  // The ordering of the int against this float, reversed.
  std::partial_ordering order = numeric::int_compare_double(z.get(), x);
  int c = order < 0 ? 1 : order > 0 ? -1 : 0;
  return Value::from_bool(compare_result(op, c));
}

Value float_repr(VM& vm, Value v) {
  return Value::from_object(vm.new_str(numeric::float_repr(float_value(v))));
}

int64_t float_hash(VM&, Value v) {
  // NaN hashes by identity in 3.11; NaNs are not objects here, so any fixed value serves.
  return numeric::hash_double(float_value(v), 0);
}

Value float_unary(VM& vm, UnaryOp op, Value v) {
  switch (op) {
    case UnaryOp::Neg:
      return Value::from_double(-float_value(v));
    case UnaryOp::Pos:
      return Value::from_double(float_value(v));
    case UnaryOp::Invert:
      break;
  }
  return vm.not_implemented;
}

bool float_truth(VM&, Value v) {
  return float_value(v) != 0.0;
}

Value float_to_float(VM&, Value v) {
  return Value::from_double(float_value(v));
}

// float(text) for str, bytes and bytearray.
Value text_to_float(VM& vm, Value text) {
  std::string_view chars;
  bool is_str = is_instance(vm, text, vm.types.str);
  if (is_str) {
    chars = static_cast<StrObject*>(text.as_object())->view();
  } else if (is_bytes(vm, text)) {
    chars = static_cast<BytesObject*>(text.as_object())->view();
  } else {
    chars = static_cast<ByteArrayObject*>(text.as_object())->view();
  }
  bool ascii = true;
  if (!is_str) {
    for (char c : chars) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  }
  if (ascii) {
    auto parsed = numeric::parse_float(chars);
    if (parsed.ok()) return Value::from_double(parsed.value());
    // The library quotes the text as a str; other types need their own repr.
    if (is_str) raise_num_error(vm, parsed.error());
  }
  vm.raise(vm.types.ValueError,
           "could not convert string to float: " + std::string(repr(vm, text)->view()));
}

Value float_construct(VM& vm, Type*, CallArgs args) {
  if (args.nkw() != 0) vm.raise(vm.types.TypeError, "float() takes no keyword arguments");
  if (args.npos > 1) {
    vm.raise(vm.types.TypeError,
             "float expected at most 1 argument, got " + std::to_string(args.npos));
  }
  if (args.npos == 0) return Value::from_double(0.0);
  Value x = args[0];
  if (is_float_value(x)) return Value::from_double(float_value(x));
  if (is_instance(vm, x, vm.types.str) || is_bytes(vm, x) || is_bytearray(vm, x)) {
    Value f = text_to_float(vm, x);
    return std::isnan(f.as_double()) ? vm.fresh_nan() : f;
  }
  double d;
  if (number_to_double(vm, x, &d)) return Value::from_double(d);
  vm.raise(vm.types.TypeError, "float() argument must be a string or a real number, not '" +
                                   std::string(type_name(vm, x)) + "'");
}

Value float_format(VM& vm, Value v, StrObject* spec) {
  if (misc::formats_as_str(vm, v, vm.types.float_, spec)) return misc::obj(str(vm, v));
  return Value::from_object(
      vm.new_str(checked(vm, numeric::format_float(float_value(v), spec->view(), "float"))));
}

Value float_getattr(VM& vm, Value self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "real") return Value::from_double(float_value(self));
  if (n == "imag") return Value::from_double(0.0);
  return attribute_or_error(vm, self, name);
}

// ---- methods

// self of a float method (a float: the native call path checked it, vm/native_self.h).
double float_self(CallArgs args) {
  return float_value(args[0]);
}

// Methods that take no arguments besides self: "float.hex() takes no arguments (1 given)".
double float_self_only(VM& vm, CallArgs args, const char* name) {
  double x = float_self(args);
  if (args.npos != 1 || args.nkw() != 0) {
    vm.raise(vm.types.TypeError, std::string("float.") + name + "() takes no arguments (" +
                                     std::to_string(args.npos + args.nkw() - 1) + " given)");
  }
  return x;
}

Value float_is_integer(VM& vm, CallArgs args) {
  return Value::from_bool(numeric::float_is_integer(float_self_only(vm, args, "is_integer")));
}

Value float_as_integer_ratio(VM& vm, CallArgs args) {
  double x = float_self_only(vm, args, "as_integer_ratio");
  auto ratio = checked(vm, numeric::float_as_integer_ratio(x));
  Value n = vm.make_int(ratio.first.get());
  Rooted keep(vm, n);
  Value d = vm.make_int(ratio.second.get());
  Rooted keep_d(vm, d);
  return Value::from_object(vm.new_tuple({n, d}));
}

Value float_hex(VM& vm, CallArgs args) {
  return Value::from_object(vm.new_str(numeric::float_hex(float_self_only(vm, args, "hex"))));
}

Value float_fromhex(VM& vm, CallArgs args) {
  // A classmethod: args[0] is the class.
  if (args.nkw() != 0) vm.raise(vm.types.TypeError, "float.fromhex() takes no keyword arguments");
  if (args.npos != 2) {
    vm.raise(vm.types.TypeError, "float.fromhex() takes exactly one argument (" +
                                     std::to_string(args.npos - 1) + " given)");
  }
  if (!is_instance(vm, args[1], vm.types.str)) {
    vm.raise(vm.types.TypeError, "bad argument type for built-in operation");
  }
  std::string_view s = static_cast<StrObject*>(args[1].as_object())->view();
  Value result = Value::from_double(checked(vm, numeric::float_fromhex(s)));
  // A subclass gets an instance of itself, built from the float.
  if (!args[0].is(Value::from_object(vm.types.float_))) return misc::call(vm, args[0], {result});
  return result;
}

Value float_conjugate(VM& vm, CallArgs args) {
  return Value::from_double(float_self_only(vm, args, "conjugate"));
}

Value float_trunc_method(VM& vm, CallArgs args) {
  return int_result(vm, numeric::float_trunc(float_self_only(vm, args, "__trunc__")));
}

Value float_floor_method(VM& vm, CallArgs args) {
  return int_result(vm, numeric::float_floor(float_self_only(vm, args, "__floor__")));
}

Value float_ceil_method(VM& vm, CallArgs args) {
  return int_result(vm, numeric::float_ceil(float_self_only(vm, args, "__ceil__")));
}

Value float_round_method(VM& vm, CallArgs args) {
  double x = float_self(args);
  if (args.nkw() != 0) {
    vm.raise(vm.types.TypeError, "float.__round__() takes no keyword arguments");
  }
  if (args.npos > 2) {
    vm.raise(vm.types.TypeError,
             "__round__ expected at most 1 argument, got " + std::to_string(args.npos - 1));
  }
  Value ndigits = args.npos == 2 ? args[1] : Value::none();
  return round_float(vm, x, ndigits);
}

}  // namespace

Value round_float(VM& vm, double x, Value ndigits) {
  if (ndigits.is_none()) return int_result(vm, numeric::float_round(x));
  Value n = to_int_index(vm, ndigits);
  int64_t digits;
  if (!int_as_int64(n, &digits)) {
    // Like PyNumber_AsSsize_t without an exception: huge values clamp.
    digits = mpz_sgn(static_cast<BigIntObject*>(n.as_object())->value) < 0 ? INT64_MIN : INT64_MAX;
  }
  return Value::from_double(checked(vm, numeric::float_round_ndigits(x, digits)));
}

void install_float_type(VM& vm) {
  Type* t = vm.types.float_;
  TypeSlots& s = t->slots;
  s.repr = float_repr;
  s.hash = float_hash;
  s.compare = float_compare;
  s.binary = float_binary;
  s.unary = float_unary;
  s.truth = float_truth;
  s.to_float = float_to_float;
  s.construct = float_construct;
  s.format = float_format;
  s.getattr = float_getattr;
  vm.add_method(t, "is_integer", float_is_integer);
  vm.add_method(t, "as_integer_ratio", float_as_integer_ratio);
  vm.add_method(t, "hex", float_hex);
  vm.add_method(t, "conjugate", float_conjugate);
  vm.add_method(t, "__trunc__", float_trunc_method);
  vm.add_method(t, "__floor__", float_floor_method);
  vm.add_method(t, "__ceil__", float_ceil_method);
  vm.add_method(t, "__round__", float_round_method);
  install_number_functions(vm);
  install_number_dunders(vm);
}

void install_float_classmethods(VM& vm) {
  Value fromhex = Value::from_object(vm.new_native_function("fromhex", float_fromhex));
  dict_set_str(vm, vm.types.float_->dict, vm.name("fromhex"),
               vm.call(Value::from_object(vm.types.classmethod), {fromhex}));
}

}  // namespace ember

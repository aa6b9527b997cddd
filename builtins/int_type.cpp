// int and bool: arbitrary-precision integers (small ints inline in the Value, GMP beyond).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "builtins/install.h"
#include "builtins/int_value.h"
#include "builtins/misc_support.h"
#include "builtins/number_support.h"
#include "builtins/numeric/int_ops.h"
#include "builtins/numeric/numeric_hash.h"
#include "vm/float_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

// ---- arithmetic on two ints

// Under --max-memory, a product, power or shift whose result could not fit is refused before
// GMP spends seconds or minutes computing it. `bits` is an upper bound on the result's size.
void check_result_room(VM& vm, unsigned __int128 bits) {
  if (vm.heap().limit() == 0) return;
  constexpr unsigned __int128 kMaxBits = static_cast<unsigned __int128>(SIZE_MAX);
  vm.heap().check_room(static_cast<size_t>(std::min(bits, kMaxBits) / 8));
}

Value int_binary_big(VM& vm, BinaryOp op, Value a, Value b) {
  IntView x(a), y(b);
  switch (op) {
    case BinaryOp::Add: {
      MpzTemp r;
      mpz_add(r.get(), x.get(), y.get());
      return vm.make_int(r.get());
    }
    case BinaryOp::Sub: {
      MpzTemp r;
      mpz_sub(r.get(), x.get(), y.get());
      return vm.make_int(r.get());
    }
    case BinaryOp::Mul: {
      check_result_room(vm, mpz_sizeinbase(x.get(), 2) + mpz_sizeinbase(y.get(), 2));
      MpzTemp r;
      mpz_mul(r.get(), x.get(), y.get());
      return vm.make_int(r.get());
    }
    case BinaryOp::FloorDiv:
      return int_result(vm, numeric::int_floordiv(x.get(), y.get()));
    case BinaryOp::Mod:
      return int_result(vm, numeric::int_mod(x.get(), y.get()));
    case BinaryOp::TrueDiv:
      return Value::from_double(checked(vm, numeric::int_true_divide(x.get(), y.get())));
    case BinaryOp::LShift:
      if (mpz_fits_ulong_p(y.get())) {
        check_result_room(vm, mpz_sizeinbase(x.get(), 2) + uint64_t{mpz_get_ui(y.get())});
      }
      return int_result(vm, numeric::int_lshift(x.get(), y.get()));
    case BinaryOp::RShift:
      return int_result(vm, numeric::int_rshift(x.get(), y.get()));
    case BinaryOp::And:
      return vm.make_int(numeric::int_and(x.get(), y.get()).get());
    case BinaryOp::Or:
      return vm.make_int(numeric::int_or(x.get(), y.get()).get());
    case BinaryOp::Xor:
      return vm.make_int(numeric::int_xor(x.get(), y.get()).get());
    case BinaryOp::Pow: {
      if (mpz_sgn(y.get()) > 0 && mpz_fits_ulong_p(y.get()) && mpz_cmpabs_ui(x.get(), 1) > 0) {
        check_result_room(
            vm, static_cast<unsigned __int128>(mpz_sizeinbase(x.get(), 2)) * mpz_get_ui(y.get()));
      }
      numeric::IntPow p = checked(vm, numeric::int_pow(x.get(), y.get()));
      if (p.is_float) return Value::from_double(p.float_value);
      return vm.make_int(p.int_value.get());
    }
    case BinaryOp::MatMul:
      break;
  }
  return vm.not_implemented;
}

Value int_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_int_value(vm, a) || !is_int_value(vm, b)) return vm.not_implemented;
  int64_t x, y, r;
  if (int_as_int64(a, &x) && int_as_int64(b, &y)) {
    bool fits = false;
    switch (op) {
      case BinaryOp::Add:
        fits = numeric::i64_add(x, y, &r);
        break;
      case BinaryOp::Sub:
        fits = numeric::i64_sub(x, y, &r);
        break;
      case BinaryOp::Mul:
        fits = numeric::i64_mul(x, y, &r);
        break;
      case BinaryOp::FloorDiv:
        fits = numeric::i64_floordiv(x, y, &r);
        break;
      case BinaryOp::Mod:
        fits = numeric::i64_mod(x, y, &r);
        break;
      case BinaryOp::And:
        r = x & y, fits = true;
        break;
      case BinaryOp::Or:
        r = x | y, fits = true;
        break;
      case BinaryOp::Xor:
        r = x ^ y, fits = true;
        break;
      case BinaryOp::LShift:
        fits = y >= 0 && numeric::i64_lshift(x, y, &r);
        break;
      case BinaryOp::RShift:
        if (y >= 0) r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y, fits = true;
        break;
      case BinaryOp::Pow:
        fits = y >= 0 && numeric::i64_pow(x, y, &r);
        break;
      case BinaryOp::TrueDiv:
        if (y != 0 && x > -(1ll << 53) && x < (1ll << 53) && y > -(1ll << 53) && y < (1ll << 53)) {
          return Value::from_double(static_cast<double>(x) / static_cast<double>(y));
        }
        break;
      case BinaryOp::MatMul:
        return vm.not_implemented;
    }
    if (fits) return vm.make_int(r);
  }
  return int_binary_big(vm, op, a, b);
}

Value bool_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (a.is_bool() && b.is_bool()) {
    bool x = a.as_bool(), y = b.as_bool();
    if (op == BinaryOp::And) return Value::from_bool(x && y);
    if (op == BinaryOp::Or) return Value::from_bool(x || y);
    if (op == BinaryOp::Xor) return Value::from_bool(x != y);
  }
  return int_binary(vm, op, a, b);
}

Value int_unary(VM& vm, UnaryOp op, Value a) {
  int64_t x;
  if (int_as_int64(a, &x) && Value::fits_small_int(x)) {
    switch (op) {
      case UnaryOp::Neg:
        return vm.make_int(-x);
      case UnaryOp::Pos:
        return vm.make_int(x);
      case UnaryOp::Invert:
        return vm.make_int(~x);
    }
  }
  IntView v(a);
  MpzTemp r;
  switch (op) {
    case UnaryOp::Neg:
      mpz_neg(r.get(), v.get());
      break;
    case UnaryOp::Pos:
      mpz_set(r.get(), v.get());
      break;
    case UnaryOp::Invert:
      mpz_com(r.get(), v.get());
      break;
  }
  return vm.make_int(r.get());
}

Value int_compare(VM& vm, Value a, Value b, CompareOp op) {
  int c;
  if (is_int_value(vm, b)) {
    int64_t x, y;
    if (int_as_int64(a, &x) && int_as_int64(b, &y)) {
      c = x < y ? -1 : x > y ? 1 : 0;
    } else {
      IntView ax(a), bx(b);
      c = mpz_cmp(ax.get(), bx.get());
    }
  } else if (is_float_value(b)) {
    double d = float_value(b);
    if (std::isnan(d)) return Value::from_bool(op == CompareOp::Ne);
    IntView ax(a);
    std::partial_ordering order = numeric::int_compare_double(ax.get(), d);
    c = order < 0 ? -1 : order > 0 ? 1 : 0;
  } else {
    return vm.not_implemented;
  }
  return Value::from_bool(compare_result(op, c));
}

Value int_repr(VM& vm, Value v) {
  int64_t x;
  if (int_as_int64(v, &x)) return int64_text(vm, x);
  IntView z(v);
  return Value::from_object(
      vm.new_str(checked(vm, numeric::int_to_decimal(z.get(), vm.int_max_str_digits))));
}

Value bool_repr(VM& vm, Value v) {
  return Value::from_object(vm.intern(v.as_bool() ? "True" : "False"));
}

int64_t int_hash(VM&, Value v) {
  int64_t x;
  if (int_as_int64(v, &x) && x > INT64_MIN) return numeric::hash_int64(x);
  IntView z(v);
  return numeric::hash_mpz(z.get());
}

bool int_truth(VM&, Value v) {
  if (v.is_bool()) return v.as_bool();
  if (v.is_small_int()) return v.as_small_int() != 0;
  return mpz_sgn(static_cast<BigIntObject*>(v.as_object())->value) != 0;
}

Value int_index(VM&, Value v) {
  if (v.is_bool()) return Value::from_small_int(v.as_bool() ? 1 : 0);
  return v;
}

Value int_to_float(VM& vm, Value v) {
  return Value::from_double(int_to_double(vm, v));
}

Value int_construct(VM& vm, Type* type, CallArgs args) {
  Value x = Value::undefined();
  Value base = Value::undefined();
  parse_int_constructor_args(vm, args, &x, &base);
  if (x.is_undefined()) {
    if (!base.is_undefined()) vm.raise(vm.types.TypeError, "int() missing string argument");
    return Value::from_small_int(0);
  }
  if (base.is_undefined()) return number_to_int(vm, x);
  return text_to_int(vm, x, base);
}

Value bool_construct(VM& vm, Type*, CallArgs args) {
  if (args.nkw() != 0) vm.raise(vm.types.TypeError, "bool() takes no keyword arguments");
  if (args.npos > 1) {
    vm.raise(vm.types.TypeError,
             "bool expected at most 1 argument, got " + std::to_string(args.npos));
  }
  return Value::from_bool(args.npos == 1 && truthy(vm, args[0]));
}

// ---- methods

Value int_bit_length(VM& vm, CallArgs args) {
  expect_no_arguments(vm, args, "bit_length");
  IntView z(args[0]);
  return vm.make_int(static_cast<int64_t>(numeric::int_bit_length(z.get())));
}

Value int_bit_count(VM& vm, CallArgs args) {
  expect_no_arguments(vm, args, "bit_count");
  IntView z(args[0]);
  return vm.make_int(static_cast<int64_t>(numeric::int_bit_count(z.get())));
}

Value int_conjugate(VM& vm, CallArgs args) {
  expect_no_arguments(vm, args, "conjugate");
  return int_index(vm, args[0]);
}

Value int_as_integer_ratio(VM& vm, CallArgs args) {
  expect_no_arguments(vm, args, "as_integer_ratio");
  return Value::from_object(vm.new_tuple({int_index(vm, args[0]), Value::from_small_int(1)}));
}

Value int_round_method(VM& vm, CallArgs args) {
  if (args.nkw() != 0) vm.raise(vm.types.TypeError, "int.__round__() takes no keyword arguments");
  if (args.npos > 2) {
    vm.raise(vm.types.TypeError,
             "__round__ expected at most 1 argument, got " + std::to_string(args.npos - 1));
  }
  return round_int(vm, args[0], args.npos == 2 ? args[1] : Value::none());
}

Value int_format(VM& vm, Value v, StrObject* spec) {
  if (misc::formats_as_str(vm, v, vm.types.int_, spec)) return misc::obj(str(vm, v));
  return format_int(vm, v, spec);
}

Value int_getattr(VM& vm, Value self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "real" || n == "numerator") return int_index(vm, self);
  if (n == "imag") return Value::from_small_int(0);
  if (n == "denominator") return Value::from_small_int(1);
  return attribute_or_error(vm, self, name);
}

}  // namespace

void install_int_type(VM& vm) {
  TypeSlots& s = vm.types.int_->slots;
  s.repr = int_repr;
  s.hash = int_hash;
  s.compare = int_compare;
  s.binary = int_binary;
  s.unary = int_unary;
  s.truth = int_truth;
  s.index = int_index;
  s.to_float = int_to_float;
  s.construct = int_construct;
  s.format = int_format;
  s.getattr = int_getattr;
  vm.add_method(vm.types.int_, "bit_length", int_bit_length);
  vm.add_method(vm.types.int_, "bit_count", int_bit_count);
  vm.add_method(vm.types.int_, "conjugate", int_conjugate);
  vm.add_method(vm.types.int_, "as_integer_ratio", int_as_integer_ratio);
  vm.add_method(vm.types.int_, "__round__", int_round_method);
  install_int_bytes_methods(vm);

  // bool inherits int's slots (copied when the type was created); override its own.
  TypeSlots& b = vm.types.bool_->slots;
  b = s;
  b.repr = bool_repr;
  b.binary = bool_binary;
  b.construct = bool_construct;
}

}  // namespace ember

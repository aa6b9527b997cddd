// The number built-ins: abs, divmod, pow, round, hex, oct, bin.
#include <climits>
#include <cmath>
#include <string>

#include "builtins/int_value.h"
#include "builtins/number_support.h"
#include "builtins/numeric/complex_ops.h"
#include "builtins/numeric/float_ops.h"
#include "builtins/numeric/int_ops.h"
#include "vm/call.h"
#include "vm/complex_object.h"
#include "vm/float_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

std::string quoted_type(VM& vm, Value v) {
  return "'" + std::string(type_name(vm, v)) + "'";
}

// Functions of exactly one positional argument: "hex() takes exactly one argument (0 given)".
Value single_argument(VM& vm, CallArgs args, const char* name) {
  if (args.nkw() != 0) {
    vm.raise(vm.types.TypeError, std::string(name) + "() takes no keyword arguments");
  }
  if (args.npos != 1) {
    vm.raise(vm.types.TypeError, std::string(name) + "() takes exactly one argument (" +
                                     std::to_string(args.npos) + " given)");
  }
  return args[0];
}

// Binds positional-or-keyword parameters the way Argument Clinic does; unbound optional
// parameters are left undefined.
template <size_t N>
void bind_parameters(VM& vm, CallArgs args, const char* function, const char* const (&names)[N],
                     size_t required, Value (&out)[N]) {
  uint32_t nkw = args.nkw();
  size_t total = args.npos + nkw;
  if (total > N) {
    vm.raise(vm.types.TypeError, std::string(function) + "() takes at most " + std::to_string(N) +
                                     " arguments (" + std::to_string(total) + " given)");
  }
  auto keyword = [&](uint32_t k) {
    return static_cast<StrObject*>(args.kwnames->items[k].as_object())->view();
  };
  size_t matched = 0;
  for (size_t i = 0; i < N; ++i) {
    out[i] = Value::undefined();
    if (i < args.npos) {
      out[i] = args[static_cast<uint32_t>(i)];
      continue;
    }
    for (uint32_t k = 0; k < nkw; ++k) {
      if (keyword(k) == names[i]) {
        out[i] = args[args.npos + k];
        ++matched;
        break;
      }
    }
    if (out[i].is_undefined() && i < required) {
      vm.raise(vm.types.TypeError, std::string(function) + "() missing required argument '" +
                                       names[i] + "' (pos " + std::to_string(i + 1) + ")");
    }
  }
  if (matched == nkw) return;
  for (uint32_t k = 0; k < nkw; ++k) {
    std::string_view key = keyword(k);
    for (size_t i = 0; i < N; ++i) {
      if (key == names[i] && i < args.npos) {
        vm.raise(vm.types.TypeError, "argument for " + std::string(function) +
                                         "() given by name ('" + std::string(key) +
                                         "') and position (" + std::to_string(i + 1) + ")");
      }
    }
    bool known = false;
    for (size_t i = 0; i < N; ++i) known = known || key == names[i];
    if (!known) {
      vm.raise(vm.types.TypeError,
               "'" + std::string(key) + "' is an invalid keyword argument for " + function + "()");
    }
  }
}

// Calls type(self).<name>(self, args...) when the type defines it; undefined otherwise.
Value call_special(VM& vm, Value self, const char* name, std::initializer_list<Value> rest) {
  Value method = lookup_in_type(vm, vm.type_of(self), vm.name(name));
  if (method.is_undefined()) return method;
  Value values[3];
  uint32_t n = 0;
  for (Value v : rest) values[n++] = v;
  CallArgs call_args;
  call_args.values = values;
  call_args.npos = n;
  return call_with_self(vm, method, self, call_args);
}

numeric::Complex complex_parts(Value v) {
  auto* c = static_cast<ComplexObject*>(v.as_object());
  return {c->real, c->imag};
}

// ---- abs

Value builtin_abs(VM& vm, CallArgs args) {
  return number_abs(vm, single_argument(vm, args, "abs"));
}

}  // namespace

Value number_abs(VM& vm, Value x) {
  if (is_float_value(x)) return Value::from_double(std::fabs(float_value(x)));
  if (is_int_value(vm, x)) {
    if (x.is_bool()) return Value::from_small_int(x.as_bool() ? 1 : 0);
    if (x.is_small_int()) {
      int64_t i = x.as_small_int();
      return i >= 0 ? x : vm.make_int(-i);
    }
    IntView z(x);
    MpzTemp r;
    mpz_abs(r.get(), z.get());
    return vm.make_int(r.get());
  }
  if (is_complex_value(vm, x)) {
    return Value::from_double(checked(vm, numeric::complex_abs(complex_parts(x))));
  }
  Value r = call_special(vm, x, "__abs__", {});
  if (!r.is_undefined()) return r;
  vm.raise(vm.types.TypeError, "bad operand type for abs(): " + quoted_type(vm, x));
}

namespace {

// ---- divmod

Value builtin_divmod(VM& vm, CallArgs args) {
  if (args.nkw() != 0) vm.raise(vm.types.TypeError, "divmod() takes no keyword arguments");
  if (args.npos != 2) {
    vm.raise(vm.types.TypeError, "divmod expected 2 arguments, got " + std::to_string(args.npos));
  }
  return number_divmod(vm, args[0], args[1]);
}

}  // namespace

Value number_divmod(VM& vm, Value a, Value b) {
  if (is_int_value(vm, a) && is_int_value(vm, b)) {
    int64_t x, y, q, r;
    if (int_as_int64(a, &x) && int_as_int64(b, &y) && numeric::i64_floordiv(x, y, &q) &&
        numeric::i64_mod(x, y, &r)) {
      return Value::from_object(vm.new_tuple({vm.make_int(q), vm.make_int(r)}));
    }
    IntView za(a), zb(b);
    auto qr = checked(vm, numeric::int_divmod(za.get(), zb.get()));
    Value qv = vm.make_int(qr.first.get());
    Value rv = vm.make_int(qr.second.get());
    return Value::from_object(vm.new_tuple({qv, rv}));
  }
  if ((is_float_value(a) || is_int_value(vm, a)) && (is_float_value(b) || is_int_value(vm, b))) {
    double x, y;
    real_operand(vm, a, &x);
    real_operand(vm, b, &y);
    auto qr = checked(vm, numeric::float_divmod(x, y));
    return Value::from_object(
        vm.new_tuple({Value::from_double(qr.first), Value::from_double(qr.second)}));
  }
  Value r = call_special(vm, a, "__divmod__", {b});
  if (!r.is_undefined() && !r.is(vm.not_implemented)) return r;
  if (vm.type_of(b) != vm.type_of(a)) {
    r = call_special(vm, b, "__rdivmod__", {a});
    if (!r.is_undefined() && !r.is(vm.not_implemented)) return r;
  }
  vm.raise(vm.types.TypeError, "unsupported operand type(s) for divmod(): " + quoted_type(vm, a) +
                                   " and " + quoted_type(vm, b));
}

namespace {

// ---- pow

enum class NumberKind { Int, Float, Complex, Other };

NumberKind kind_of(VM& vm, Value v) {
  if (is_float_value(v)) return NumberKind::Float;
  if (is_int_value(vm, v)) return NumberKind::Int;
  if (is_complex_value(vm, v)) return NumberKind::Complex;
  return NumberKind::Other;
}

// One type's three-argument power slot, as CPython's ternary_op tries them in turn.
Value ternary_power(VM& vm, NumberKind slot, Value v, Value w, Value z) {
  NumberKind kv = kind_of(vm, v), kw = kind_of(vm, w);
  switch (slot) {
    case NumberKind::Int: {
      if (kv != NumberKind::Int || kw != NumberKind::Int || kind_of(vm, z) != NumberKind::Int) {
        return vm.not_implemented;
      }
      IntView base(v), exp(w), mod(z);
      return int_result(vm, numeric::int_pow_mod(base.get(), exp.get(), mod.get()));
    }
    case NumberKind::Float:
      if (kv == NumberKind::Other || kv == NumberKind::Complex || kw == NumberKind::Other ||
          kw == NumberKind::Complex) {
        return vm.not_implemented;
      }
      vm.raise(vm.types.TypeError,
               "pow() 3rd argument not allowed unless all arguments are integers");
    case NumberKind::Complex:
      if (kv == NumberKind::Other || kw == NumberKind::Other) return vm.not_implemented;
      vm.raise(vm.types.ValueError, "complex modulo");
    case NumberKind::Other: {
      // Three-argument power uses only the first operand's __pow__.
      if (kind_of(vm, v) != NumberKind::Other) return vm.not_implemented;
      Value r = call_special(vm, v, "__pow__", {w, z});
      return r.is_undefined() ? vm.not_implemented : r;
    }
  }
  return vm.not_implemented;
}

Value builtin_pow(VM& vm, CallArgs args) {
  static const char* const kNames[] = {"base", "exp", "mod"};
  Value p[3];
  bind_parameters(vm, args, "pow", kNames, 2, p);
  return number_power(vm, p[0], p[1], p[2].is_undefined() ? Value::none() : p[2]);
}

}  // namespace

Value number_power(VM& vm, Value v, Value w, Value z) {
  if (z.is_none()) return binary_op(vm, BinaryOp::Pow, v, w);
  NumberKind kv = kind_of(vm, v), kw = kind_of(vm, w), kz = kind_of(vm, z);
  Value r = ternary_power(vm, kv, v, w, z);
  if (!r.is(vm.not_implemented)) return r;
  if (kw != kv && kw != NumberKind::Other) {
    r = ternary_power(vm, kw, v, w, z);
    if (!r.is(vm.not_implemented)) return r;
  }
  if (kz != kv && kz != kw && kz != NumberKind::Other) {
    r = ternary_power(vm, kz, v, w, z);
    if (!r.is(vm.not_implemented)) return r;
  }
  vm.raise(vm.types.TypeError,
           "unsupported operand type(s) for ** or pow(): " + quoted_type(vm, v) + ", " +
               quoted_type(vm, w) + ", " + quoted_type(vm, z));
}

namespace {

// ---- round

Value builtin_round(VM& vm, CallArgs args) {
  static const char* const kNames[] = {"number", "ndigits"};
  Value p[2];
  bind_parameters(vm, args, "round", kNames, 1, p);
  Value x = p[0];
  Value ndigits = p[1].is_undefined() ? Value::none() : p[1];
  if (is_float_value(x)) return round_float(vm, float_value(x), ndigits);
  if (x.is_small_int() || x.is_bool() || vm.type_of(x) == vm.types.int_) {
    return round_int(vm, x, ndigits);
  }
  Value r = ndigits.is_none() ? call_special(vm, x, "__round__", {})
                              : call_special(vm, x, "__round__", {ndigits});
  if (!r.is_undefined()) return r;
  vm.raise(vm.types.TypeError,
           "type " + std::string(type_name(vm, x)) + " doesn't define __round__ method");
}

// ---- hex, oct, bin

Value in_base(VM& vm, CallArgs args, const char* name, int base) {
  Value x = to_int_index(vm, single_argument(vm, args, name));
  IntView z(x);
  return Value::from_object(vm.new_str(numeric::int_to_base(z.get(), base, true)));
}

Value builtin_hex(VM& vm, CallArgs args) {
  return in_base(vm, args, "hex", 16);
}
Value builtin_oct(VM& vm, CallArgs args) {
  return in_base(vm, args, "oct", 8);
}
Value builtin_bin(VM& vm, CallArgs args) {
  return in_base(vm, args, "bin", 2);
}

}  // namespace

void install_number_functions(VM& vm) {
  vm.add_builtin_function("abs", builtin_abs);
  vm.add_builtin_function("divmod", builtin_divmod);
  vm.add_builtin_function("pow", builtin_pow);
  vm.add_builtin_function("round", builtin_round);
  vm.add_builtin_function("hex", builtin_hex);
  vm.add_builtin_function("oct", builtin_oct);
  vm.add_builtin_function("bin", builtin_bin);
}

}  // namespace ember

// The math module: the functions on floats and the constants. Results and errors follow
// CPython 3.11: libm computes, and a NaN or infinity that appears from ordinary arguments
// becomes ValueError "math domain error" or OverflowError "math range error".
#include <gmp.h>

#include <cmath>
#include <limits>
#include <string>
#include <utility>

#include "builtins/install.h"
#include "builtins/int_value.h"
#include "builtins/math_internal.h"
#include "builtins/native_module.h"
#include "builtins/number_support.h"
#include "builtins/numeric/float_ops.h"
#include "builtins/numeric/int_ops.h"
#include "vm/call.h"
#include "vm/float_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

namespace math {

void domain_error(VM& vm) {
  vm.raise(vm.types.ValueError, "math domain error");
}

void range_error(VM& vm) {
  vm.raise(vm.types.OverflowError, "math range error");
}

}  // namespace math

namespace {

using math::domain_error;
using math::range_error;
using native::obj;
using native::real_arg;

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;

Value number(double d) {
  return Value::from_double(d);
}

// A NaN from a non-NaN argument is a domain error; an infinity from a finite argument is
// a range error when the function can overflow (exp, cosh, ...), else a domain error.
double check_result(VM& vm, double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error(vm);
    domain_error(vm);
  }
  return r;
}

// ---- one-argument functions of a float

struct UnaryFunction {
  const char* qualified;  // "math.acos"; the name follows the "math." prefix
  double (*f)(double);
  bool can_overflow;
};

constexpr UnaryFunction kUnary[] = {
    {"math.acos", [](double x) { return std::acos(x); }, false},
    {"math.acosh", [](double x) { return std::acosh(x); }, false},
    {"math.asin", [](double x) { return std::asin(x); }, false},
    {"math.asinh", [](double x) { return std::asinh(x); }, false},
    {"math.atan", [](double x) { return std::atan(x); }, false},
    {"math.atanh", [](double x) { return std::atanh(x); }, false},
    {"math.cbrt", [](double x) { return std::cbrt(x); }, false},
    {"math.cos", [](double x) { return std::cos(x); }, false},
    {"math.cosh", [](double x) { return std::cosh(x); }, true},
    {"math.erf", [](double x) { return std::erf(x); }, false},
    {"math.erfc", [](double x) { return std::erfc(x); }, false},
    {"math.exp", [](double x) { return std::exp(x); }, true},
    {"math.exp2", [](double x) { return std::exp2(x); }, true},
    {"math.expm1", [](double x) { return std::expm1(x); }, true},
    {"math.fabs", [](double x) { return std::fabs(x); }, false},
    {"math.log1p", [](double x) { return std::log1p(x); }, false},
    {"math.sin", [](double x) { return std::sin(x); }, false},
    {"math.sinh", [](double x) { return std::sinh(x); }, true},
    {"math.sqrt", [](double x) { return std::sqrt(x); }, false},
    {"math.tan", [](double x) { return std::tan(x); }, false},
    {"math.tanh", [](double x) { return std::tanh(x); }, false},
};

template <size_t I>
Value unary(VM& vm, CallArgs args) {
  const UnaryFunction& u = kUnary[I];
  native::one_argument(vm, args, u.qualified);
  double x = real_arg(vm, args[0]);
  return number(check_result(vm, x, u.f(x), u.can_overflow));
}

template <size_t... I>
void add_unary(VM& vm, ModuleObject* m, std::index_sequence<I...>) {
  (native::add_function(vm, m, kUnary[I].qualified + 5, unary<I>), ...);
}

double one_double(VM& vm, CallArgs args, const char* qualified) {
  native::one_argument(vm, args, qualified);
  return real_arg(vm, args[0]);
}

Value math_degrees(VM& vm, CallArgs args) {
  return number(one_double(vm, args, "math.degrees") * (180.0 / kPi));
}

Value math_radians(VM& vm, CallArgs args) {
  return number(one_double(vm, args, "math.radians") * (kPi / 180.0));
}

Value math_isfinite(VM& vm, CallArgs args) {
  return Value::from_bool(std::isfinite(one_double(vm, args, "math.isfinite")));
}

Value math_isinf(VM& vm, CallArgs args) {
  return Value::from_bool(std::isinf(one_double(vm, args, "math.isinf")));
}

Value math_isnan(VM& vm, CallArgs args) {
  return Value::from_bool(std::isnan(one_double(vm, args, "math.isnan")));
}

Value math_ulp(VM& vm, CallArgs args) {
  double x = one_double(vm, args, "math.ulp");
  if (std::isnan(x) || std::isinf(x)) return number(std::fabs(x));
  x = std::fabs(x);
  double next = std::nextafter(x, std::numeric_limits<double>::infinity());
  if (std::isinf(next)) return number(x - std::nextafter(x, 0.0));
  return number(next - x);
}

Value math_frexp(VM& vm, CallArgs args) {
  double x = one_double(vm, args, "math.frexp");
  int e = 0;
  if (std::isfinite(x) && x != 0.0) x = std::frexp(x, &e);
  return obj(vm.new_tuple({number(x), Value::from_small_int(e)}));
}

Value math_modf(VM& vm, CallArgs args) {
  double x = one_double(vm, args, "math.modf");
  if (std::isinf(x)) return obj(vm.new_tuple({number(std::copysign(0.0, x)), number(x)}));
  double whole;
  double fraction = std::modf(x, &whole);
  return obj(vm.new_tuple({number(fraction), number(whole)}));
}

// ---- floor, ceil, trunc: ints, through __floor__/__ceil__/__trunc__ for non-floats

Value rounding(VM& vm, CallArgs args, const char* qualified, const char* special,
               numeric::Result<numeric::Mpz> (*round)(double)) {
  native::one_argument(vm, args, qualified);
  Value x = args[0];
  if (!is_float_value(x)) {
    Value method = lookup_in_type(vm, vm.type_of(x), vm.name(special));
    if (!method.is_undefined()) return call_with_self(vm, method, x, CallArgs{});
  }
  return int_result(vm, round(real_arg(vm, x)));
}

Value math_floor(VM& vm, CallArgs args) {
  return rounding(vm, args, "math.floor", "__floor__", numeric::float_floor);
}

Value math_ceil(VM& vm, CallArgs args) {
  return rounding(vm, args, "math.ceil", "__ceil__", numeric::float_ceil);
}

Value math_trunc(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "math.trunc");
  Value x = args[0];
  if (is_float_value(x)) return int_result(vm, numeric::float_trunc(float_value(x)));
  Value method = lookup_in_type(vm, vm.type_of(x), vm.name("__trunc__"));
  if (method.is_undefined()) {
    vm.raise(vm.types.TypeError,
             "type " + std::string(type_name(vm, x)) + " doesn't define __trunc__ method");
  }
  return call_with_self(vm, method, x, CallArgs{});
}

// ---- logarithms: ints too large for a float are split into mantissa and exponent

// A positive big int as m * 2**e with m in [0.5, 1), m rounded to nearest (ties to even).
double int_frexp(mpz_srcptr n, int64_t* e) {
  int64_t bits = static_cast<int64_t>(mpz_sizeinbase(n, 2));
  constexpr int64_t kKeep = 55;  // 53 bits, a guard bit and a sticky bit
  MpzTemp top;
  mpz_tdiv_q_2exp(top.get(), n, static_cast<mp_bitcnt_t>(bits - kKeep));
  bool inexact = mpz_scan1(n, 0) < static_cast<mp_bitcnt_t>(bits - kKeep);
  uint64_t digits = mpz_get_ui(top.get()) | (inexact ? 1 : 0);
  double m = std::ldexp(static_cast<double>(digits), static_cast<int>(-kKeep));
  *e = bits;
  if (m == 1.0) {
    m = 0.5;
    ++*e;
  }
  return m;
}

double log_of(VM& vm, Value x, double (*f)(double)) {
  if (is_int_value(vm, x)) {
    IntView n(x);
    if (mpz_sgn(n.get()) <= 0) domain_error(vm);
    numeric::Result<double> d = numeric::int_to_double(n.get());
    if (d.ok()) return f(*d);
    int64_t e;
    double m = int_frexp(n.get(), &e);
    return f(m) + f(2.0) * static_cast<double>(e);
  }
  double d = real_arg(vm, x);
  return check_result(vm, d, f(d), false);
}

double natural_log(double x) {
  return std::log(x);
}

Value math_log(VM& vm, CallArgs args) {
  native::no_keywords(vm, args, "log");
  if (args.npos < 1 || args.npos > 2) {
    vm.raise(vm.types.TypeError, "math.log requires 1 to 2 arguments");
  }
  double num = log_of(vm, args[0], natural_log);
  if (args.npos == 1) return number(num);
  double den = log_of(vm, args[1], natural_log);
  if (den == 0.0) vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return number(num / den);
}

Value math_log2(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "math.log2");
  return number(log_of(vm, args[0], [](double x) { return std::log2(x); }));
}

Value math_log10(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "math.log10");
  return number(log_of(vm, args[0], [](double x) { return std::log10(x); }));
}

// ---- two-argument functions

// `qualified` is "math.name".
std::pair<double, double> two_doubles(VM& vm, CallArgs args, const char* qualified) {
  native::positional(vm, args, qualified + 5, qualified, 2, 2);
  double x = real_arg(vm, args[0]);
  return {x, real_arg(vm, args[1])};
}

// A NaN result from non-NaN arguments is a domain error, an infinite one from finite
// arguments a range error.
Value binary_result(VM& vm, double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error(vm);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) domain_error(vm);
  return number(r);
}

Value math_atan2(VM& vm, CallArgs args) {
  auto [y, x] = two_doubles(vm, args, "math.atan2");
  return binary_result(vm, y, x, std::atan2(y, x));
}

Value math_copysign(VM& vm, CallArgs args) {
  auto [x, y] = two_doubles(vm, args, "math.copysign");
  return number(std::copysign(x, y));
}

Value math_fmod(VM& vm, CallArgs args) {
  auto [x, y] = two_doubles(vm, args, "math.fmod");
  if (std::isinf(y) && std::isfinite(x)) return number(x);
  return binary_result(vm, x, y, std::fmod(x, y));
}

Value math_remainder(VM& vm, CallArgs args) {
  auto [x, y] = two_doubles(vm, args, "math.remainder");
  if (std::isnan(x)) return number(x);
  if (std::isnan(y)) return number(y);
  if (std::isinf(x) || y == 0.0) domain_error(vm);
  if (std::isinf(y)) return number(x);
  return number(std::remainder(x, y));
}

Value math_nextafter(VM& vm, CallArgs args) {
  auto [x, y] = two_doubles(vm, args, "math.nextafter");
  return number(std::nextafter(x, y));
}

// IEEE special cases are decided here, finite**finite by libm; (-x)**fraction and 0**-y
// are domain errors, overflow a range error.
Value math_pow(VM& vm, CallArgs args) {
  auto [x, y] = two_doubles(vm, args, "math.pow");
  if (std::isfinite(x) && std::isfinite(y)) {
    double r = std::pow(x, y);
    if (std::isnan(r) || (std::isinf(r) && x == 0.0)) domain_error(vm);
    if (std::isinf(r)) range_error(vm);
    return number(r);
  }
  if (std::isnan(x)) return number(y == 0.0 ? 1.0 : x);
  if (std::isnan(y)) return number(x == 1.0 ? 1.0 : y);
  if (std::isinf(x)) {
    bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
    if (y > 0.0) return number(odd_y ? x : std::fabs(x));
    if (y == 0.0) return number(1.0);
    return number(odd_y ? std::copysign(0.0, x) : 0.0);
  }
  // y is infinite, x finite.
  if (std::fabs(x) == 1.0) return number(1.0);
  if (y > 0.0 && std::fabs(x) > 1.0) return number(y);
  if (y < 0.0 && std::fabs(x) < 1.0) {
    if (x == 0.0) domain_error(vm);
    return number(-y);
  }
  return number(0.0);
}

Value math_ldexp(VM& vm, CallArgs args) {
  native::positional(vm, args, "ldexp", "math.ldexp", 2, 2);
  double x = real_arg(vm, args[0]);
  Value i = args[1];
  if (!is_int_value(vm, i)) {
    vm.raise(vm.types.TypeError, "Expected an int as second argument to ldexp.");
  }
  if (x == 0.0 || !std::isfinite(x)) return number(x);
  IntView e(i);
  if (mpz_cmp_si(e.get(), 1 << 20) > 0) range_error(vm);
  if (mpz_cmp_si(e.get(), -(1 << 20)) < 0) return number(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(mpz_get_si(e.get())));
  if (std::isinf(r)) range_error(vm);
  return number(r);
}

Value math_isclose(VM& vm, CallArgs args) {
  Value a[4];
  native::bind(vm, args, {"isclose", {"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2}, a);
  double x = real_arg(vm, a[0]);
  double y = real_arg(vm, a[1]);
  double rel_tol = a[2].is_undefined() ? 1e-09 : real_arg(vm, a[2]);
  double abs_tol = a[3].is_undefined() ? 0.0 : real_arg(vm, a[3]);
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    vm.raise(vm.types.ValueError, "tolerances must be non-negative");
  }
  if (x == y) return Value::from_bool(true);
  if (std::isinf(x) || std::isinf(y)) return Value::from_bool(false);
  double diff = std::fabs(y - x);
  return Value::from_bool(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) ||
                          diff <= abs_tol);
}

void init_math(VM& vm, ModuleObject* m) {
  add_unary(vm, m, std::make_index_sequence<std::size(kUnary)>());
  const std::pair<const char*, NativeFunction> functions[] = {
      {"degrees", math_degrees},     {"radians", math_radians}, {"isfinite", math_isfinite},
      {"isinf", math_isinf},         {"isnan", math_isnan},     {"ulp", math_ulp},
      {"frexp", math_frexp},         {"modf", math_modf},       {"floor", math_floor},
      {"ceil", math_ceil},           {"trunc", math_trunc},     {"log", math_log},
      {"log2", math_log2},           {"log10", math_log10},     {"atan2", math_atan2},
      {"copysign", math_copysign},   {"fmod", math_fmod},       {"remainder", math_remainder},
      {"nextafter", math_nextafter}, {"pow", math_pow},         {"ldexp", math_ldexp},
      {"isclose", math_isclose},
  };
  for (const auto& [name, f] : functions) native::add_function(vm, m, name, f);
  math::add_special_functions(vm, m);
  math::add_integer_functions(vm, m);
  native::add_value(vm, m, "pi", number(kPi));
  native::add_value(vm, m, "e", number(kE));
  native::add_value(vm, m, "tau", number(2 * kPi));
  native::add_value(vm, m, "inf", number(std::numeric_limits<double>::infinity()));
  native::add_value(vm, m, "nan", number(std::numeric_limits<double>::quiet_NaN()));
}

}  // namespace

void install_math_module(VM& vm) {
  vm.native_modules["math"] = init_math;
}

}  // namespace ember

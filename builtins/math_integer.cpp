// The math module's integer functions (exact, on GMP): factorial, comb, perm, gcd, lcm,
// isqrt; and prod, which multiplies whatever it is given.
#include <gmp.h>

#include <string>

#include "builtins/int_value.h"
#include "builtins/math_internal.h"
#include "builtins/native_module.h"
#include "vm/ops.h"

namespace ember::math {

namespace {

constexpr const char* kMaxText = "9223372036854775807";

// An argument as a Python int (through __index__), for IntView.
Value integer(VM& vm, Value v) {
  return to_int_index(vm, v);
}

bool exceeds_long(mpz_srcptr n) {
  return !mpz_fits_slong_p(n);
}

Value math_factorial(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "math.factorial");
  Value x = integer(vm, args[0]);
  IntView n(x);
  if (mpz_sgn(n.get()) < 0) {
    vm.raise(vm.types.ValueError, "factorial() not defined for negative values");
  }
  if (exceeds_long(n.get())) {
    vm.raise(vm.types.OverflowError,
             std::string("factorial() argument should not exceed ") + kMaxText);
  }
  MpzTemp r;
  mpz_fac_ui(r.get(), mpz_get_ui(n.get()));
  return vm.make_int(r.get());
}

// n and k for comb and perm, checked to be non-negative.
void non_negative(VM& vm, mpz_srcptr n, mpz_srcptr k) {
  if (mpz_sgn(n) < 0) vm.raise(vm.types.ValueError, "n must be a non-negative integer");
  if (mpz_sgn(k) < 0) vm.raise(vm.types.ValueError, "k must be a non-negative integer");
}

Value math_comb(VM& vm, CallArgs args) {
  native::positional(vm, args, "comb", "math.comb", 2, 2);
  Value nv = integer(vm, args[0]);
  Rooted keep(vm, nv);
  Value kv = integer(vm, args[1]);
  IntView n(nv), k(kv);
  non_negative(vm, n.get(), k.get());
  if (mpz_cmp(k.get(), n.get()) > 0) return Value::from_small_int(0);
  MpzTemp smaller;
  mpz_sub(smaller.get(), n.get(), k.get());
  if (mpz_cmp(k.get(), smaller.get()) < 0) mpz_set(smaller.get(), k.get());
  if (exceeds_long(smaller.get())) {
    vm.raise(vm.types.OverflowError, std::string("min(n - k, k) must not exceed ") + kMaxText);
  }
  MpzTemp r;
  mpz_bin_ui(r.get(), n.get(), mpz_get_ui(smaller.get()));
  return vm.make_int(r.get());
}

Value math_perm(VM& vm, CallArgs args) {
  native::positional(vm, args, "perm", "math.perm", 1, 2);
  if (args.npos == 1 || args[1].is_none()) {
    Value x = args[0];
    return math_factorial(vm, CallArgs{&x, 1, nullptr});
  }
  Value nv = integer(vm, args[0]);
  Rooted keep(vm, nv);
  Value kv = integer(vm, args[1]);
  IntView n(nv), k(kv);
  non_negative(vm, n.get(), k.get());
  if (mpz_cmp(k.get(), n.get()) > 0) return Value::from_small_int(0);
  if (exceeds_long(k.get())) {
    vm.raise(vm.types.OverflowError, std::string("k must not exceed ") + kMaxText);
  }
  // n! / (n-k)! = comb(n, k) * k!
  unsigned long count = mpz_get_ui(k.get());
  MpzTemp r, f;
  mpz_bin_ui(r.get(), n.get(), count);
  mpz_fac_ui(f.get(), count);
  mpz_mul(r.get(), r.get(), f.get());
  return vm.make_int(r.get());
}

Value math_gcd(VM& vm, CallArgs args) {
  native::no_keywords(vm, args, "math.gcd");
  MpzTemp r;
  for (uint32_t i = 0; i < args.npos; ++i) {
    IntView x(integer(vm, args[i]));
    mpz_gcd(r.get(), r.get(), x.get());
  }
  return vm.make_int(r.get());
}

Value math_lcm(VM& vm, CallArgs args) {
  native::no_keywords(vm, args, "math.lcm");
  MpzTemp r;
  mpz_set_ui(r.get(), 1);
  for (uint32_t i = 0; i < args.npos; ++i) {
    IntView x(integer(vm, args[i]));
    mpz_lcm(r.get(), r.get(), x.get());
  }
  return vm.make_int(r.get());
}

Value math_isqrt(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "math.isqrt");
  IntView n(integer(vm, args[0]));
  if (mpz_sgn(n.get()) < 0) vm.raise(vm.types.ValueError, "isqrt() argument must be nonnegative");
  MpzTemp r;
  mpz_sqrt(r.get(), n.get());
  return vm.make_int(r.get());
}

Value math_prod(VM& vm, CallArgs args) {
  Value a[2];
  native::bind(vm, args, {"prod", {"iterable", "start"}, 1, 1, 1}, a);
  Value iterator = get_iterator(vm, a[0]);
  Rooted keep_iterator(vm, iterator);
  Rooted result(vm, a[1].is_undefined() ? Value::from_small_int(1) : a[1]);
  Value item;
  while (iterator_next(vm, iterator, &item)) {
    result.set(binary_op(vm, BinaryOp::Mul, result.get(), item));
  }
  return result.get();
}

}  // namespace

void add_integer_functions(VM& vm, ModuleObject* m) {
  native::add_function(vm, m, "factorial", math_factorial);
  native::add_function(vm, m, "comb", math_comb);
  native::add_function(vm, m, "perm", math_perm);
  native::add_function(vm, m, "gcd", math_gcd);
  native::add_function(vm, m, "lcm", math_lcm);
  native::add_function(vm, m, "isqrt", math_isqrt);
  native::add_function(vm, m, "prod", math_prod);
}

}  // namespace ember::math

// The math functions whose results depend on the algorithm, computed the way CPython 3.11
// computes them so that every digit agrees: gamma and lgamma (a Lanczos approximation,
// N = 13, g = 6.024680040776729583740234375, as in Boost), fsum (Shewchuk's exact partial
// sums), hypot and dist (scaled, compensated sum of squares with a corrected square root).
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "builtins/math_internal.h"
#include "builtins/native_module.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember::math {

namespace {

using native::obj;
using native::real_arg;

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// ---- gamma and lgamma

constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
// The Lanczos sum as a rational function: numerator coefficients, and the denominator
// x*(x+1)*...*(x+11) expanded.
constexpr double kLanczosNumerator[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
constexpr double kLanczosDenominator[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};
// (n-1)! for n = 1..23, exact in a double.
constexpr int kExactGammas = 23;
constexpr double kFactorials[kExactGammas] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

// Evaluated in x for small x, in 1/x for large x (no overflow, better accuracy).
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN - 1; i >= 0; --i) {
      num = num * x + kLanczosNumerator[i];
      den = den * x + kLanczosDenominator[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; ++i) {
      num = num / x + kLanczosNumerator[i];
      den = den / x + kLanczosDenominator[i];
    }
  }
  return num / den;
}

// sin(pi * x) with the argument reduced first, for finite x.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  double r = 0.0;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0:
      r = std::sin(kPi * y);
      break;
    case 1:
      r = std::cos(kPi * (y - 0.5));
      break;
    case 2:
      r = std::sin(kPi * (1.0 - y));  // not -sin(pi*(y-1)): that gives -0.0 at y == 1
      break;
    case 3:
      r = -std::cos(kPi * (y - 1.5));
      break;
    case 4:
      r = std::sin(kPi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

enum class Fault { None, Domain, Range };

double gamma(double x, Fault* fault) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    *fault = Fault::Domain;
    return NAN;
  }
  if (x == 0.0) {
    *fault = Fault::Domain;
    return std::copysign(INFINITY, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *fault = Fault::Domain;
      return NAN;
    }
    if (x <= kExactGammas) return kFactorials[static_cast<int>(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) *fault = Fault::Range;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sin_pi(x);
    *fault = Fault::Range;
    return INFINITY;
  }
  double y = absx + kLanczosGMinusHalf;
  // z: the rounding error of y, scaled, to correct pow(y, ...) / exp(y) to first order.
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double half_power = std::pow(y, absx / 2.0 - 0.25);
      r /= half_power;
      r /= half_power;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double half_power = std::pow(y, absx / 2.0 - 0.25);
      r *= half_power;
      r *= half_power;
    }
  }
  if (std::isinf(r)) *fault = Fault::Range;
  return r;
}

double log_gamma(double x, Fault* fault) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : INFINITY;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *fault = Fault::Domain;
      return INFINITY;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) *fault = Fault::Range;
  return r;
}

// A range fault with a small result is an underflow, which is not an error.
Value faulted(VM& vm, double r, Fault fault) {
  if (fault == Fault::Domain) domain_error(vm);
  if (fault == Fault::Range && std::fabs(r) >= 1.5) range_error(vm);
  return Value::from_double(r);
}

Value math_gamma(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "math.gamma");
  Fault fault = Fault::None;
  double r = gamma(real_arg(vm, args[0]), &fault);
  return faulted(vm, r, fault);
}

Value math_lgamma(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "math.lgamma");
  Fault fault = Fault::None;
  double r = log_gamma(real_arg(vm, args[0]), &fault);
  return faulted(vm, r, fault);
}

// ---- fsum: the exact sum as a list of non-overlapping partials, rounded once at the end

Value math_fsum(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "math.fsum");
  Value iterator = get_iterator(vm, args[0]);
  Rooted keep(vm, iterator);
  std::vector<double> partials;
  double special_sum = 0.0;  // the sum of the infinities and NaNs seen
  double inf_sum = 0.0;      // the sum of the infinities alone: NaN when both signs occur
  Value item;
  while (iterator_next(vm, iterator, &item)) {
    double x = real_arg(vm, item);
    double original = x;
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (x == 0.0) continue;
    if (std::isfinite(x)) {
      partials.push_back(x);
      continue;
    }
    // An infinite partial from finite inputs is an overflow; otherwise the input itself is
    // special and the finite partials no longer matter.
    if (std::isfinite(original)) {
      vm.raise(vm.types.OverflowError, "intermediate overflow in fsum");
    }
    if (std::isinf(original)) inf_sum += original;
    special_sum += original;
    partials.clear();
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) vm.raise(vm.types.ValueError, "-inf + inf in fsum");
    return Value::from_double(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    // Add from the top down while the additions stay exact.
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // Round half to even correctly: when the remaining partials push the same way as the
    // rounding error, the tie goes the other way.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return Value::from_double(hi);
}

// ---- hypot and dist

// The Euclidean norm of non-negative finite values whose maximum is `max`: each value is
// scaled by a power of two so the largest lies in [0.5, 1), squared exactly (Veltkamp
// split), and summed with compensation onto 1.0; the square root gets one Newton correction.
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || v.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow: make the subnormals normal first.
    for (double& x : v) x /= DBL_MIN;
    return DBL_MIN * vector_norm(v, max / DBL_MIN, found_nan);
  }
  constexpr double kSplit = 134217729.0;  // 2**27 + 1
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  auto add = [&](double term, double& frac) {
    double old = csum;
    csum += term;
    frac += (old - csum) + term;
  };
  for (double x : v) {
    x *= scale;
    double t = x * kSplit;
    double hi = t - (t - x);
    double lo = x - hi;
    add(hi * hi, frac1);
    add(2.0 * hi * lo, frac2);
    frac3 += lo * lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  double t = h * kSplit;
  double hi = t - (t - h);
  double lo = h - hi;
  add(-hi * hi, frac1);
  add(-2.0 * hi * lo, frac2);
  frac3 -= lo * lo;
  double x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

Value math_hypot(VM& vm, CallArgs args) {
  native::no_keywords(vm, args, "math.hypot");
  std::vector<double> v;
  double max = 0.0;
  bool found_nan = false;
  for (uint32_t i = 0; i < args.npos; ++i) {
    double x = std::fabs(real_arg(vm, args[i]));
    v.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(v, max, found_nan));
}

TupleObject* as_tuple(VM& vm, Value v) {
  if (vm.type_of(v)->has_flag(kTypeTupleSubclass)) return static_cast<TupleObject*>(v.as_object());
  return static_cast<TupleObject*>(vm.call(obj(vm.types.tuple), {v}).as_object());
}

Value math_dist(VM& vm, CallArgs args) {
  native::positional(vm, args, "dist", "math.dist", 2, 2);
  TupleObject* p = as_tuple(vm, args[0]);
  Rooted keep_p(vm, obj(p));
  TupleObject* q = as_tuple(vm, args[1]);
  Rooted keep_q(vm, obj(q));
  if (p->size != q->size) {
    vm.raise(vm.types.ValueError, "both points must have the same number of dimensions");
  }
  std::vector<double> v;
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < p->size; ++i) {
    double px = real_arg(vm, p->items[i]);
    double x = std::fabs(px - real_arg(vm, q->items[i]));
    v.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(v, max, found_nan));
}

}  // namespace

void add_special_functions(VM& vm, ModuleObject* m) {
  native::add_function(vm, m, "gamma", math_gamma);
  native::add_function(vm, m, "lgamma", math_lgamma);
  native::add_function(vm, m, "fsum", math_fsum);
  native::add_function(vm, m, "hypot", math_hypot);
  native::add_function(vm, m, "dist", math_dist);
}

}  // namespace ember::math

// Hand-picked float facts from the brief, checked against CPython 3.11 by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "builtins/numeric/complex_ops.h"
#include "builtins/numeric/float_ops.h"
#include "builtins/numeric/float_repr.h"
#include "builtins/numeric/numeric_hash.h"

namespace ember::numeric {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNan = std::nan("");

TEST(NumericFloat, Repr) {
  EXPECT_EQ(float_repr(kInf), "inf");
  EXPECT_EQ(float_repr(-kInf), "-inf");
  EXPECT_EQ(float_repr(kNan), "nan");
  EXPECT_EQ(float_repr(-kNan), "nan");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(float_repr(1.2345678901234567e16), "1.2345678901234568e+16");
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
}

TEST(NumericFloat, Round) {
  EXPECT_EQ(*float_round_ndigits(2.675, 2), 2.67);
  EXPECT_EQ(*float_round_ndigits(0.125, 2), 0.12);
  EXPECT_EQ(float_round(0.5)->get_i64(), 0);
  EXPECT_EQ(float_round(1.5)->get_i64(), 2);
  EXPECT_EQ(float_round(2.5)->get_i64(), 2);
  EXPECT_EQ(float_round(kInf).error().message, "cannot convert float infinity to integer");
  EXPECT_EQ(float_round(kNan).error().message, "cannot convert float NaN to integer");
  EXPECT_EQ(float_round(kNan).error().kind, NumError::ValueError);
  EXPECT_EQ(float_round_ndigits(1.7976931348623157e308, -308).error().message,
            "rounded value too large to represent");
}

TEST(NumericFloat, DivisionAndPower) {
  EXPECT_EQ(float_floordiv(1.0, 0.0).error().message, "float floor division by zero");
  EXPECT_EQ(float_mod(1.0, 0.0).error().message, "float modulo");
  EXPECT_EQ(float_divmod(1.0, 0.0).error().message, "float divmod()");
  EXPECT_EQ(*float_mod(-1.0, 3.0), 2.0);
  EXPECT_EQ(*float_floordiv(-1.0, 3.0), -1.0);
  EXPECT_EQ(float_pow(0.0, -1.0).error().message, "0.0 cannot be raised to a negative power");
  EXPECT_TRUE(float_pow(-8.0, 1.0 / 3.0)->needs_complex);
  EXPECT_EQ(float_pow(1e300, 2.0).error().message, "(34, 'Numerical result out of range')");
  EXPECT_EQ(float_pow(1e300, 2.0).error().kind, NumError::OverflowError);
  EXPECT_EQ(float_pow(-2.0, 3.0)->value, -8.0);
}

TEST(NumericFloat, Conversions) {
  EXPECT_EQ(float_hex(1.0), "0x1.0000000000000p+0");
  EXPECT_EQ(*float_fromhex("0x1.8p1"), 3.0);
  EXPECT_EQ(float_fromhex("0x1p99999").error().message,
            "hexadecimal value too large to represent as a float");
  auto ratio = float_as_integer_ratio(0.75);
  EXPECT_EQ(ratio->first.get_i64(), 3);
  EXPECT_EQ(ratio->second.get_i64(), 4);
  EXPECT_TRUE(float_is_integer(2.0));
  EXPECT_FALSE(float_is_integer(kInf));
  EXPECT_EQ(float_floor(-0.5)->get_i64(), -1);
  EXPECT_EQ(float_ceil(-0.5)->get_i64(), 0);
  EXPECT_EQ(float_to_int(-2.9)->get_i64(), -2);
  EXPECT_EQ(float_to_int(1e20)->to_string(), "100000000000000000000");
}

TEST(NumericFloat, Hash) {
  EXPECT_EQ(hash_int64(1), hash_double(1.0));
  EXPECT_EQ(hash_int64(-1), -2);
  EXPECT_EQ(hash_double(-1.0), -2);
  EXPECT_EQ(hash_double(kInf), 314159);
  EXPECT_EQ(hash_double(-kInf), -314159);
  EXPECT_EQ(hash_double(0.5), 1152921504606846976);
  EXPECT_TRUE(hash_double_uses_identity(kNan));
  EXPECT_EQ(hash_double(kNan, 1234), 1234);
  EXPECT_EQ(hash_int64(INT64_MIN), hash_mpz(Mpz(INT64_MIN)));
  EXPECT_EQ(hash_complex(1.0, 0.0), hash_int64(1));
  EXPECT_EQ(hash_pointer(reinterpret_cast<const void*>(0x10)), 1);
}

TEST(NumericFloat, Complex) {
  EXPECT_EQ(complex_repr({1.0, 2.0}), "(1+2j)");
  EXPECT_EQ(complex_repr({0.0, 1.0}), "1j");
  EXPECT_EQ(complex_repr({-0.0, -1.0}), "(-0-1j)");
  EXPECT_EQ(complex_repr({kNan, kInf}), "(nan+infj)");
  EXPECT_EQ(complex_div({1.0, 0.0}, {0.0, 0.0}).error().message, "complex division by zero");
  EXPECT_EQ(*complex_abs({3.0, 4.0}), 5.0);
  auto p = complex_pow({0.0, 1.0}, {2.0, 0.0});
  EXPECT_EQ(p->re, -1.0);
  EXPECT_EQ(p->im, 0.0);
}

}  // namespace
}  // namespace ember::numeric

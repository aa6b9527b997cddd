// int64 fast paths agree with the mpz paths; a few hand-checked int facts.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "builtins/numeric/int_ops.h"

namespace ember::numeric {
namespace {

std::vector<int64_t> sample_values() {
  std::vector<int64_t> v = {0,
                            1,
                            -1,
                            2,
                            -2,
                            3,
                            -3,
                            7,
                            -7,
                            10,
                            -10,
                            62,
                            63,
                            64,
                            INT64_MAX,
                            INT64_MIN,
                            INT64_MAX - 1,
                            INT64_MIN + 1,
                            int64_t{1} << 32,
                            -(int64_t{1} << 32),
                            3037000499,
                            -3037000499,
                            3037000500};
  std::mt19937_64 rng(7);
  for (int i = 0; i < 40; ++i) {
    v.push_back(static_cast<int64_t>(rng()));
    v.push_back(static_cast<int64_t>(rng() >> (rng() % 63)));
    v.push_back(-static_cast<int64_t>(rng() >> (1 + rng() % 62)));
  }
  return v;
}

void expect_same(bool fast_ok, int64_t fast, const Result<Mpz>& slow, const char* what, int64_t a,
                 int64_t b) {
  if (!slow.ok()) {
    EXPECT_FALSE(fast_ok) << what << " " << a << " " << b;
    return;
  }
  if (slow->fits_i64()) {
    ASSERT_TRUE(fast_ok) << what << " " << a << " " << b;
    EXPECT_EQ(fast, slow->get_i64()) << what << " " << a << " " << b;
  } else {
    EXPECT_FALSE(fast_ok) << what << " " << a << " " << b;
  }
}

TEST(NumericInt, FastPathsMatchMpz) {
  const auto values = sample_values();
  for (int64_t a : values) {
    for (int64_t b : values) {
      Mpz ma(a), mb(b);
      int64_t r = 0;
      {
        Mpz s;
        mpz_add(s.get(), ma.get(), mb.get());
        bool ok = i64_add(a, b, &r);
        expect_same(ok, r, Result<Mpz>(s), "add", a, b);
      }
      {
        Mpz s;
        mpz_sub(s.get(), ma.get(), mb.get());
        bool ok = i64_sub(a, b, &r);
        expect_same(ok, r, Result<Mpz>(s), "sub", a, b);
      }
      {
        Mpz s;
        mpz_mul(s.get(), ma.get(), mb.get());
        bool ok = i64_mul(a, b, &r);
        expect_same(ok, r, Result<Mpz>(s), "mul", a, b);
      }
      if (b != 0) {
        bool ok = i64_floordiv(a, b, &r);
        expect_same(ok, r, int_floordiv(ma, mb), "floordiv", a, b);
        ok = i64_mod(a, b, &r);
        expect_same(ok, r, int_mod(ma, mb), "mod", a, b);
      } else {
        EXPECT_FALSE(i64_floordiv(a, b, &r));
        EXPECT_FALSE(i64_mod(a, b, &r));
      }
      if (b >= 0 && b < 200) {
        bool ok = i64_lshift(a, b, &r);
        expect_same(ok, r, int_lshift(ma, mb), "lshift", a, b);
        if (b < 70) {
          auto p = int_pow(ma, mb);
          ASSERT_TRUE(p.ok());
          ok = i64_pow(a, b, &r);
          expect_same(ok, r, Result<Mpz>(p->int_value), "pow", a, b);
        }
      }
    }
  }
}

TEST(NumericInt, BriefExamples) {
  Mpz seven(7), minus_two(-2), zero(0);
  EXPECT_EQ(int_floordiv(seven, minus_two)->get_i64(), -4);
  EXPECT_EQ(int_mod(seven, minus_two)->get_i64(), -1);
  EXPECT_EQ(int_floordiv(seven, zero).error().message, "integer division or modulo by zero");
  EXPECT_EQ(int_mod(seven, zero).error().kind, NumError::ZeroDivisionError);
  auto p = int_pow(Mpz(2), Mpz(-1));
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->is_float);
  EXPECT_EQ(p->float_value, 0.5);
  EXPECT_EQ(int_pow_mod(Mpz(3), Mpz(-1), Mpz(7))->get_i64(), 5);
  EXPECT_EQ(int_pow_mod(Mpz(2), Mpz(-1), Mpz(4)).error().message,
            "base is not invertible for the given modulus");
  EXPECT_EQ(int_rshift(Mpz(-5), Mpz::from_string("100000000000000000000"))->get_i64(), -1);
  EXPECT_EQ(int_lshift(Mpz(1), Mpz(-1)).error().message, "negative shift count");
  EXPECT_EQ(int_and(Mpz(-6), Mpz(13)).get_i64(), 8);
  EXPECT_EQ(int_bit_length(Mpz(-256)), 9u);
  EXPECT_EQ(int_hex(Mpz(-255)), "-0xff");
  EXPECT_EQ(int_bin(Mpz(5)), "0b101");
  EXPECT_EQ(int_oct(Mpz(0)), "0o0");
  Mpz big;
  mpz_ui_pow_ui(big.get(), 10, 5000);
  EXPECT_EQ(int_to_decimal(big).error().message,
            "Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(int_to_decimal(big, 0)->size(), 5001u);
  EXPECT_EQ(*int_to_double(Mpz::from_string("9007199254740993")), 9007199254740992.0);
  EXPECT_EQ(*int_true_divide(Mpz(1), Mpz(3)), 1.0 / 3.0);
  EXPECT_TRUE(int_compare_double(Mpz::from_string("9007199254740993"), 9007199254740992.0) > 0);
  EXPECT_EQ(int_round(Mpz(25), Mpz(-1)).get_i64(), 20);
  EXPECT_EQ(int_round(Mpz(35), Mpz(-1)).get_i64(), 40);
  EXPECT_EQ(*int_to_bytes(Mpz(-2), 2, false, true), std::string("\xff\xfe", 2));
  EXPECT_EQ(int_from_bytes(std::string("\xfe\xff", 2), true, true).get_i64(), -2);
}

}  // namespace
}  // namespace ember::numeric

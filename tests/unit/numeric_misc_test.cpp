// Result<T> and Mpz basics.
#include <gtest/gtest.h>

#include "builtins/numeric/mpz.h"
#include "builtins/numeric/result.h"

namespace ember::numeric {
namespace {

TEST(NumericMisc, ResultAndMpz) {
  Result<int> ok(3);
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(*ok, 3);
  Result<int> bad(value_error("boom"));
  EXPECT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, NumError::ValueError);
  EXPECT_EQ(bad.error().message, "boom");
  Mpz m(INT64_MIN);
  EXPECT_TRUE(m.fits_i64());
  EXPECT_EQ(m.get_i64(), INT64_MIN);
  EXPECT_EQ(m.to_string(), "-9223372036854775808");
  Mpz big = Mpz::from_string("123456789012345678901234567890");
  EXPECT_FALSE(big.fits_i64());
  Mpz copy = big;
  EXPECT_EQ(copy, big);
  Mpz moved = std::move(copy);
  EXPECT_EQ(moved.to_string(16), big.to_string(16));
}

}  // namespace
}  // namespace ember::numeric

// Parsing examples from the brief, checked against CPython 3.11 by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "builtins/numeric/float_repr.h"
#include "builtins/numeric/number_parse.h"

namespace ember::numeric {
namespace {

TEST(NumericParse, Int) {
  EXPECT_EQ(parse_int(" -0x_ff ", 0)->get_i64(), -255);
  EXPECT_EQ(parse_int("1_000")->get_i64(), 1000);
  EXPECT_EQ(parse_int("abc").error().message, "invalid literal for int() with base 10: 'abc'");
  EXPECT_EQ(parse_int("1", 1).error().message, "int() base must be >= 2 and <= 36, or 0");
  EXPECT_EQ(parse_int(std::string(5000, '1')).error().message,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 "
            "digits; use sys.set_int_max_str_digits() to increase the limit");
  EXPECT_TRUE(parse_int(std::string(5000, '1'), 10, 0).ok());
  EXPECT_TRUE(parse_int(std::string(5000, 'f'), 16).ok());
  EXPECT_EQ(parse_int_literal("0x_ff")->get_i64(), 255);
  EXPECT_EQ(parse_int_literal("1_000")->get_i64(), 1000);
  EXPECT_EQ(parse_int_literal("0b1_0")->get_i64(), 2);
}

TEST(NumericParse, Float) {
  EXPECT_EQ(*parse_float("  1_0.5 "), 10.5);
  EXPECT_TRUE(std::isinf(*parse_float("-Infinity")));
  EXPECT_TRUE(std::isnan(*parse_float("nan")));
  EXPECT_EQ(parse_float("x").error().message, "could not convert string to float: 'x'");
  EXPECT_EQ(*parse_float("0.1"), 0.1);
  EXPECT_EQ(parse_float_literal("1_0.5e-3"), 10.5e-3);
  EXPECT_EQ(str_repr("it's"), "\"it's\"");
  EXPECT_EQ(str_repr("a\x01\n"), "'a\\x01\\n'");
}

}  // namespace
}  // namespace ember::numeric

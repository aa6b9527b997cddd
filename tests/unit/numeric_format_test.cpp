// Format-spec parsing and a few layouts, checked against CPython 3.11 by hand.
#include <gtest/gtest.h>

#include "builtins/numeric/float_format.h"
#include "builtins/numeric/format_spec.h"
#include "builtins/numeric/int_format.h"
#include "builtins/numeric/mpz.h"
#include "builtins/numeric/percent_format.h"

namespace ember::numeric {
namespace {

TEST(NumericFormat, ParseSpec) {
  auto f = parse_format_spec("*^+z#012_.3f", '\0', '>', "float");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->fill, U'*');
  EXPECT_EQ(f->align, '^');
  EXPECT_EQ(f->sign, '+');
  EXPECT_TRUE(f->no_neg_0);
  EXPECT_TRUE(f->alternate);
  EXPECT_EQ(f->width, 12);
  EXPECT_EQ(f->grouping, '_');
  EXPECT_EQ(f->precision, 3);
  EXPECT_EQ(f->type, U'f');
  auto g = parse_format_spec("_x", 'd', '>', "int");
  EXPECT_EQ(g->grouping, '4');
  EXPECT_EQ(parse_format_spec(",_", 'd', '>', "int").error().message,
            "Cannot specify both ',' and '_'.");
  EXPECT_EQ(parse_format_spec(".", '\0', '>', "float").error().message,
            "Format specifier missing precision");
  EXPECT_EQ(parse_format_spec(",s", 's', '<', "str").error().message,
            "Cannot specify ',' with 's'.");
}

TEST(NumericFormat, Examples) {
  EXPECT_EQ(*format_float(1234.5, ",.2f"), "1,234.50");
  EXPECT_EQ(*format_float(-0.0, "z.1f"), "0.0");
  EXPECT_EQ(*format_float(1.0, ".3"), "1.0");
  EXPECT_EQ(*format_float(0.25, ".1%"), "25.0%");
  EXPECT_EQ(format_float(1.5, "x").error().message,
            "Unknown format code 'x' for object of type 'float'");
  EXPECT_EQ(*format_int(Mpz(1234), "09,"), "0,001,234");
  EXPECT_EQ(*format_int(Mpz(255), "#_b"), "0b1111_1111");
  EXPECT_EQ(*format_int(Mpz(-255), "#X"), "-0XFF");
  EXPECT_EQ(*format_int(Mpz(65), "^5c"), "  A  ");
  EXPECT_EQ(format_int(Mpz(1), "q", "bool").error().message,
            "Unknown format code 'q' for object of type 'bool'");
}

TEST(NumericFormat, Percent) {
  PercentSpec s;
  s.alt = true;
  s.zero = true;
  s.width = 8;
  s.conversion = 'x';
  EXPECT_EQ(*format_percent_int(Mpz(255), s), "0x0000ff");
  PercentSpec f;
  f.precision = 2;
  f.conversion = 'f';
  f.plus = true;
  EXPECT_EQ(*format_percent_float(3.14159, f), "+3.14");
  PercentSpec x;
  x.conversion = 'x';
  EXPECT_EQ(format_percent_float(1.0, x).error().message,
            "%x format: an integer is required, not float");
  EXPECT_EQ(
      percent_output("abcdef", PercentSpec{false, false, false, false, false, 5, 3, 's'}, false),
      "  abc");
}

}  // namespace
}  // namespace ember::numeric

// int and bool through the VM: parsing (numeric::parse_int), hashing, float interplay.
#include "tests/unit/numbers_test_support.h"

namespace ember {
namespace {

using Int = NumbersTest;

TEST_F(Int, ParseText) {
  auto bytes_of = [&](const char* text) { return call("bytes", {s(text), s("ascii")}); };
  auto parse = [&](Value text, int64_t base) {
    return ev([&] { return call("int", {text, i(base)}); });
  };
  EXPECT_EQ(ev([&] { return call("int", {s(" -12 ")}); }), "-12");
  EXPECT_EQ(parse(s("0x_1f"), 0), "31");
  EXPECT_EQ(parse(s("ff"), 16), "255");
  EXPECT_EQ(parse(s("\u0661\u0662"), 10), "12");
  EXPECT_EQ(parse(s("010"), 0), "ValueError: invalid literal for int() with base 0: '010'");
  EXPECT_EQ(parse(s("1__0"), 10), "ValueError: invalid literal for int() with base 10: '1__0'");
  EXPECT_EQ(parse(s("1__0"), 0), "ValueError: invalid literal for int() with base 0: '1__0'");
  EXPECT_EQ(parse(s("0x"), 0), "ValueError: invalid literal for int() with base 0: '0x'");
  EXPECT_EQ(parse(s("0x_"), 16), "ValueError: invalid literal for int() with base 16: '0x_'");
  EXPECT_EQ(parse(s("1"), 1), "ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_EQ(parse(bytes_of("0x_1f"), 0), "31");
  EXPECT_EQ(parse(bytes_of("  12  "), 10), "12");
  EXPECT_EQ(parse(bytes_of("010"), 0), "ValueError: invalid literal for int() with base 0: b'010'");
  EXPECT_EQ(parse(bytes_of("1__0"), 0),
            "ValueError: invalid literal for int() with base 0: b'1__0'");
  EXPECT_EQ(parse(i(1), 10), "TypeError: int() can't convert non-string with explicit base");
  EXPECT_EQ(ev([&] { return call_kw(b("int"), {s("12"), i(8)}, {"base"}); }), "10");
  EXPECT_EQ(ev([&] {
              return call_kw(b("int"), {s("12"), i(8), i(3)}, {"base"});
            }),
            "TypeError: int() takes at most 2 arguments (3 given)");
  EXPECT_EQ(ev([&] { return call_kw(b("int"), {s("12")}, {"x"}); }),
            "TypeError: 'x' is an invalid keyword argument for int()");
}

TEST_F(Int, HashMatchesFloat) {
  EXPECT_EQ(h(i(-1)), -2);
  EXPECT_EQ(h(big("2305843009213693951")), 0);
  EXPECT_EQ(h(big("-2305843009213693952")), -2);
  EXPECT_EQ(h(big("100000000000000000000")), h(f(1e20)));
}

TEST_F(Int, FloatConversions) {
  EXPECT_EQ(ev([&] { return call("int", {f(-2.7)}); }), "-2");
  EXPECT_EQ(ev([&] { return call("int", {f(1e20)}); }), "100000000000000000000");
  EXPECT_EQ(op(BinaryOp::TrueDiv, i(1), i(3)), "0.3333333333333333");
  EXPECT_EQ(op(BinaryOp::Pow, i(2), i(-2)), "0.25");
  EXPECT_EQ(ev([&] { return method(i(15), "__round__", {i(-1)}); }), "20");
  EXPECT_EQ(ev([&] { return vm.call(attr(b("int"), "__round__"), {f(1.5)}); }),
            "TypeError: descriptor '__round__' for 'int' objects doesn't apply to a 'float' "
            "object");
}

}  // namespace
}  // namespace ember

// complex: repr, hash, equality, arithmetic, construction (numbers and strings), format.
#include <cmath>
#include <limits>

#include "tests/unit/numbers_test_support.h"

namespace ember {
namespace {

using Complex = NumbersTest;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

TEST_F(Complex, Repr) {
  EXPECT_EQ(r(c(1, 2)), "(1+2j)");
  EXPECT_EQ(r(c(0, 1)), "1j");
  EXPECT_EQ(r(c(-0.0, -1)), "(-0-1j)");
  EXPECT_EQ(r(c(kNan, kInf)), "(nan+infj)");
  EXPECT_EQ(r(c(1.5, -0.0)), "(1.5-0j)");
  EXPECT_EQ(r(c(0, 0)), "0j");
  EXPECT_EQ(r(c(1e20, 1e-7)), "(1e+20+1e-07j)");
  EXPECT_EQ(st(c(1, 2)), "(1+2j)");
}

TEST_F(Complex, Hash) {
  EXPECT_EQ(h(c(1, 2)), 2000007);
  EXPECT_EQ(h(c(-1, 0)), -2);
  EXPECT_EQ(h(c(0, -1)), -2000006);
  EXPECT_EQ(h(c(3, 0)), h(i(3)));
  EXPECT_EQ(h(c(1.5, 0)), h(f(1.5)));
}

TEST_F(Complex, Compare) {
  EXPECT_EQ(cmp(CompareOp::Eq, c(1, 2), c(1, 2)), "True");
  EXPECT_EQ(cmp(CompareOp::Ne, c(1, 2), c(1, 2)), "False");
  EXPECT_EQ(cmp(CompareOp::Eq, c(1, 0), i(1)), "True");
  EXPECT_EQ(cmp(CompareOp::Eq, i(1), c(1, 0)), "True");
  EXPECT_EQ(cmp(CompareOp::Eq, f(1.5), c(1.5, 0)), "True");
  EXPECT_EQ(cmp(CompareOp::Eq, c(1, 1), i(1)), "False");
  EXPECT_EQ(cmp(CompareOp::Ne, c(1, 1), i(1)), "True");
  EXPECT_EQ(cmp(CompareOp::Eq, c(9007199254740992.0, 0), big("9007199254740993")), "False");
  EXPECT_EQ(cmp(CompareOp::Eq, c(1, 0), s("x")), "False");
  EXPECT_EQ(cmp(CompareOp::Lt, c(0, 1), c(0, 1)),
            "TypeError: '<' not supported between instances of 'complex' and 'complex'");
  EXPECT_EQ(cmp(CompareOp::Lt, c(0, 1), i(1)),
            "TypeError: '<' not supported between instances of 'complex' and 'int'");
}

TEST_F(Complex, Arithmetic) {
  EXPECT_EQ(op(BinaryOp::Add, c(1, 2), c(3, 4)), "(4+6j)");
  EXPECT_EQ(op(BinaryOp::Add, i(1), c(0, 1)), "(1+1j)");
  EXPECT_EQ(op(BinaryOp::Sub, c(1, 2), f(0.5)), "(0.5+2j)");
  EXPECT_EQ(op(BinaryOp::Sub, i(1), c(1, 2)), "-2j");
  EXPECT_EQ(op(BinaryOp::Mul, c(1, 2), c(3, 4)), "(-5+10j)");
  EXPECT_EQ(op(BinaryOp::TrueDiv, c(1, 2), c(3, 4)), "(0.44+0.08j)");
  EXPECT_EQ(op(BinaryOp::TrueDiv, i(1), c(0, 1)), "-1j");
  EXPECT_EQ(op(BinaryOp::Pow, c(1, 1), i(2)), "2j");
  EXPECT_EQ(op(BinaryOp::Pow, c(0, 1), c(0, 1)), "(0.20787957635076193+0j)");
  EXPECT_EQ(op(BinaryOp::Pow, i(2), c(0, 1)), "(0.7692389013639721+0.6389612763136348j)");
  EXPECT_EQ(op(BinaryOp::TrueDiv, c(0, 1), i(0)), "ZeroDivisionError: complex division by zero");
  EXPECT_EQ(op(BinaryOp::Pow, c(0, 0), i(-1)),
            "ZeroDivisionError: 0.0 to a negative or complex power");
  EXPECT_EQ(op(BinaryOp::Pow, c(0, 0), c(0, 1)),
            "ZeroDivisionError: 0.0 to a negative or complex power");
  EXPECT_EQ(op(BinaryOp::Pow, c(1e200, 1e200), i(2)), "(nan+nanj)");
  EXPECT_EQ(op(BinaryOp::Pow, c(1e200, 1e200), f(2.5)), "OverflowError: complex exponentiation");
  EXPECT_EQ(op(BinaryOp::FloorDiv, c(0, 1), i(1)),
            "TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
  EXPECT_EQ(op(BinaryOp::Mod, c(0, 1), i(1)),
            "TypeError: unsupported operand type(s) for %: 'complex' and 'int'");
  EXPECT_EQ(op(BinaryOp::Add, c(0, 1), s("x")),
            "TypeError: unsupported operand type(s) for +: 'complex' and 'str'");
  EXPECT_EQ(ev([&] { return unary_op(vm, UnaryOp::Neg, c(1, -2)); }), "(-1+2j)");
  EXPECT_EQ(ev([&] { return unary_op(vm, UnaryOp::Neg, c(0, 0)); }), "(-0-0j)");
  EXPECT_EQ(ev([&] { return unary_op(vm, UnaryOp::Pos, c(1, -2)); }), "(1-2j)");
  EXPECT_EQ(ev([&] { return unary_op(vm, UnaryOp::Invert, c(1, -2)); }),
            "TypeError: bad operand type for unary ~: 'complex'");
  EXPECT_FALSE(truthy(vm, c(0, 0)));
  EXPECT_TRUE(truthy(vm, c(0, -1)));
}

TEST_F(Complex, ConstructFromNumbers) {
  EXPECT_EQ(ev([&] { return call("complex", {}); }), "0j");
  EXPECT_EQ(ev([&] { return call("complex", {i(1), i(2)}); }), "(1+2j)");
  EXPECT_EQ(ev([&] { return call("complex", {f(1.5)}); }), "(1.5+0j)");
  EXPECT_EQ(ev([&] { return call("complex", {c(0, 1), c(0, 1)}); }), "(-1+1j)");
  EXPECT_EQ(ev([&] { return call("complex", {c(1, 2), i(3)}); }), "(1+5j)");
  EXPECT_EQ(ev([&] { return call_kw(b("complex"), {i(1), i(2)}, {"real", "imag"}); }), "(1+2j)");
  EXPECT_EQ(ev([&] { return call_kw(b("complex"), {i(2)}, {"imag"}); }), "2j");
  EXPECT_EQ(ev([&] { return call_kw(b("complex"), {i(2)}, {"foo"}); }),
            "TypeError: 'foo' is an invalid keyword argument for complex()");
  EXPECT_EQ(ev([&] {
              return call("complex", {i(1), i(2), i(3)});
            }),
            "TypeError: complex() takes at most 2 arguments (3 given)");
  EXPECT_EQ(ev([&] { return call("complex", {empty_list()}); }),
            "TypeError: complex() first argument must be a string or a number, not 'list'");
  EXPECT_EQ(ev([&] {
              return call("complex", {i(1), empty_list()});
            }),
            "TypeError: complex() second argument must be a number, not 'list'");
  EXPECT_EQ(ev([&] {
              return call("complex", {i(1), s("1")});
            }),
            "TypeError: complex() second arg can't be a string");
  EXPECT_EQ(ev([&] {
              return call("complex", {s("1+2j"), i(1)});
            }),
            "TypeError: complex() can't take second arg if first is a string");
}

TEST_F(Complex, ConstructFromStrings) {
  auto parse = [&](const char* text) { return ev([&] { return call("complex", {s(text)}); }); };
  EXPECT_EQ(parse("1+2j"), "(1+2j)");
  EXPECT_EQ(parse(" ( 1+2j ) "), "(1+2j)");
  EXPECT_EQ(parse("1e5j"), "100000j");
  EXPECT_EQ(parse("-j"), "-1j");
  EXPECT_EQ(parse("j"), "1j");
  EXPECT_EQ(parse("1+j"), "(1+1j)");
  EXPECT_EQ(parse("+1.5e-3-infj"), "(0.0015-infj)");
  EXPECT_EQ(parse("nanj"), "nanj");
  EXPECT_EQ(parse("1_000+2_0j"), "(1000+20j)");
  EXPECT_EQ(parse("-1.5"), "(-1.5+0j)");
  EXPECT_EQ(parse("1E2J"), "100j");
  EXPECT_EQ(parse("\u2003 1+\u0662j\u2003"), "(1+2j)");
  EXPECT_EQ(parse("\u00e9"), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(parse("1__0"), "ValueError: could not convert string to complex: '1__0'");
  EXPECT_EQ(parse("()"), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(parse(""), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(parse("x"), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(parse("1 + 2j"), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(parse("(1+2j"), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(parse("1e"), "ValueError: complex() arg is a malformed string");
}

TEST_F(Complex, Format) {
  EXPECT_EQ(fmt(c(1, 2), ""), "'(1+2j)'");
  EXPECT_EQ(fmt(c(1, 2), "10"), "'    (1+2j)'");
  EXPECT_EQ(fmt(c(1, 2), ".2f"), "'1.00+2.00j'");
  EXPECT_EQ(fmt(c(1, 2), "^20.3e"), "'1.000e+00+2.000e+00j'");
  EXPECT_EQ(fmt(c(0, 1), "g"), "'0+1j'");
  EXPECT_EQ(fmt(c(0, 1), ""), "'1j'");
  EXPECT_EQ(fmt(c(0, 1), "<10"), "'1j        '");
  EXPECT_EQ(fmt(c(0, 1), "x<10"), "'1jxxxxxxxx'");
  EXPECT_EQ(fmt(c(-0.0, -1), ""), "'(-0-1j)'");
  EXPECT_EQ(fmt(c(1.5, 2), "+,.3"), "'(+1.5+2j)'");
  EXPECT_EQ(fmt(c(1e20, 2), ","), "'(1e+20+2j)'");
  EXPECT_EQ(fmt(c(kNan, kInf), "F"), "'NAN+INFj'");
  EXPECT_EQ(fmt(c(1, 2), "#.0f"), "'1.+2.j'");
  EXPECT_EQ(fmt(c(-0.0, 2), "z.0f"), "'0+2j'");
  EXPECT_EQ(fmt(c(1, 2), "n"), "'1+2j'");
  EXPECT_EQ(fmt(c(123456.789, 2), ""), "'(123456.789+2j)'");
  EXPECT_EQ(fmt(c(1.23456789e30, 2), ".3"), "'(1.23e+30+2j)'");
  EXPECT_EQ(fmt(c(1234567, -2), ",.1f"), "'1,234,567.0-2.0j'");
  EXPECT_EQ(fmt(c(1, 2), "010"),
            "ValueError: Zero padding is not allowed in complex format specifier");
  EXPECT_EQ(fmt(c(0, 1), "0<10"),
            "ValueError: Zero padding is not allowed in complex format specifier");
  EXPECT_EQ(fmt(c(1, 2), "=10"),
            "ValueError: '=' alignment flag is not allowed in complex format specifier");
  EXPECT_EQ(fmt(c(1, 2), "%"), "ValueError: Unknown format code '%' for object of type 'complex'");
  EXPECT_EQ(fmt(c(1, 2), "d"), "ValueError: Unknown format code 'd' for object of type 'complex'");
}

TEST_F(Complex, AttributesAndMethods) {
  EXPECT_EQ(r(attr(c(1, 2), "real")), "1.0");
  EXPECT_EQ(r(attr(c(1, 2), "imag")), "2.0");
  EXPECT_EQ(ev([&] { return method(c(1, 2), "conjugate", {}); }), "(1-2j)");
  EXPECT_EQ(ev([&] { return attr(c(1, 2), "foo"); }),
            "AttributeError: 'complex' object has no attribute 'foo'");
}

}  // namespace
}  // namespace ember

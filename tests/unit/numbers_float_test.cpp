// float: repr, hash, comparison with ints, arithmetic, construction, format, methods.
#include <cmath>
#include <limits>

#include "tests/unit/numbers_test_support.h"

namespace ember {
namespace {

using Float = NumbersTest;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

TEST_F(Float, Repr) {
  EXPECT_EQ(r(f(1.0)), "1.0");
  EXPECT_EQ(r(f(0.1)), "0.1");
  EXPECT_EQ(r(f(-0.0)), "-0.0");
  EXPECT_EQ(r(f(1e16)), "1e+16");
  EXPECT_EQ(r(f(1.5e-7)), "1.5e-07");
  EXPECT_EQ(r(f(kInf)), "inf");
  EXPECT_EQ(r(f(-kInf)), "-inf");
  EXPECT_EQ(r(f(kNan)), "nan");
  EXPECT_EQ(st(f(2.5)), "2.5");
}

TEST_F(Float, Hash) {
  EXPECT_EQ(h(f(1.0)), h(i(1)));
  EXPECT_EQ(h(f(1.5)), 1152921504606846977);
  EXPECT_EQ(h(f(-1.0)), -2);
  EXPECT_EQ(h(f(1e300)), 1224995262755759164);
  EXPECT_EQ(h(f(kInf)), 314159);
  EXPECT_EQ(h(f(-kInf)), -314159);
  EXPECT_EQ(h(f(0.0)), 0);
  EXPECT_EQ(h(f(-0.0)), 0);
  // 2**61 as a float and as an int hash alike.
  EXPECT_EQ(h(f(2305843009213693952.0)), h(big("2305843009213693952")));
  EXPECT_EQ(h(f(1e20)), h(big("100000000000000000000")));
}

TEST_F(Float, CompareWithFloatsAndInts) {
  EXPECT_EQ(cmp(CompareOp::Lt, f(1.0), f(2.0)), "True");
  EXPECT_EQ(cmp(CompareOp::Eq, f(1.0), i(1)), "True");
  EXPECT_EQ(cmp(CompareOp::Eq, i(1), f(1.0)), "True");
  EXPECT_EQ(cmp(CompareOp::Lt, f(1.5), i(2)), "True");
  EXPECT_EQ(cmp(CompareOp::Gt, i(2), f(1.5)), "True");
  EXPECT_EQ(cmp(CompareOp::Ge, f(1.5), i(2)), "False");
  EXPECT_EQ(cmp(CompareOp::Eq, f(kNan), f(kNan)), "False");
  EXPECT_EQ(cmp(CompareOp::Ne, f(kNan), f(kNan)), "True");
  EXPECT_EQ(cmp(CompareOp::Ne, f(kNan), i(1)), "True");
  EXPECT_EQ(cmp(CompareOp::Lt, f(kNan), i(1)), "False");
  EXPECT_EQ(cmp(CompareOp::Gt, f(kNan), i(1)), "False");
  EXPECT_EQ(cmp(CompareOp::Lt, big("1000000000000000000000000000000000000000"), f(1.0)), "False");
  EXPECT_EQ(cmp(CompareOp::Lt, f(1e300), big("1000000000000000000000000000000000000000")), "False");
  EXPECT_EQ(cmp(CompareOp::Lt, f(kInf), big("1000000000000000000000000000000000000000")), "False");
  // 2**53 + 1 is not equal to float(2**53 + 1).
  EXPECT_EQ(cmp(CompareOp::Eq, big("9007199254740993"), f(9007199254740992.0)), "False");
  EXPECT_EQ(cmp(CompareOp::Gt, big("9007199254740993"), f(9007199254740992.0)), "True");
  EXPECT_EQ(cmp(CompareOp::Lt, f(9007199254740992.0), big("9007199254740993")), "True");
  EXPECT_EQ(cmp(CompareOp::Eq, Value::from_bool(true), f(1.0)), "True");
  EXPECT_EQ(cmp(CompareOp::Eq, f(1.0), s("1")), "False");
  EXPECT_EQ(cmp(CompareOp::Lt, f(1.0), s("1")),
            "TypeError: '<' not supported between instances of 'float' and 'str'");
  EXPECT_EQ(cmp(CompareOp::Lt, f(1.0), c(0, 1)),
            "TypeError: '<' not supported between instances of 'float' and 'complex'");
}

TEST_F(Float, Arithmetic) {
  EXPECT_EQ(op(BinaryOp::Add, f(0.1), f(0.2)), "0.30000000000000004");
  EXPECT_EQ(op(BinaryOp::Add, i(1), f(0.5)), "1.5");
  EXPECT_EQ(op(BinaryOp::Add, Value::from_bool(true), f(1.5)), "2.5");
  EXPECT_EQ(op(BinaryOp::Sub, f(1.0), i(3)), "-2.0");
  EXPECT_EQ(op(BinaryOp::Mul, i(3), f(0.5)), "1.5");
  EXPECT_EQ(op(BinaryOp::TrueDiv, i(1), f(4.0)), "0.25");
  EXPECT_EQ(op(BinaryOp::FloorDiv, f(7.5), i(2)), "3.0");
  EXPECT_EQ(op(BinaryOp::FloorDiv, f(-7.5), i(2)), "-4.0");
  EXPECT_EQ(op(BinaryOp::Mod, f(-7.5), i(2)), "0.5");
  EXPECT_EQ(op(BinaryOp::Mod, f(7.5), f(-2.0)), "-0.5");
  EXPECT_EQ(op(BinaryOp::Mod, i(7), f(-2.0)), "-1.0");
  EXPECT_EQ(op(BinaryOp::Pow, f(2.0), i(10)), "1024.0");
  EXPECT_EQ(op(BinaryOp::Pow, i(2), f(0.5)), "1.4142135623730951");
  EXPECT_EQ(op(BinaryOp::Pow, f(-8.0), f(1.0 / 3)), "(1.0000000000000002+1.7320508075688772j)");
  EXPECT_EQ(op(BinaryOp::Pow, i(-8), f(0.5)), "(1.7319121124709868e-16+2.8284271247461903j)");
  EXPECT_EQ(op(BinaryOp::TrueDiv, f(1.0), i(0)), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(op(BinaryOp::TrueDiv, i(1), f(0.0)), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(op(BinaryOp::FloorDiv, f(1.0), i(0)),
            "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(op(BinaryOp::Mod, f(1.0), i(0)), "ZeroDivisionError: float modulo");
  EXPECT_EQ(op(BinaryOp::Pow, f(0.0), i(-1)),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(op(BinaryOp::Pow, f(10.0), i(400)),
            "OverflowError: (34, 'Numerical result out of range')");
  Value huge = big(
      "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
  EXPECT_EQ(op(BinaryOp::Add, f(1.0), huge), "OverflowError: int too large to convert to float");
  EXPECT_EQ(op(BinaryOp::Add, huge, f(1.0)), "OverflowError: int too large to convert to float");
  EXPECT_EQ(op(BinaryOp::Add, f(1.0), s("x")),
            "TypeError: unsupported operand type(s) for +: 'float' and 'str'");
  EXPECT_EQ(op(BinaryOp::LShift, f(1.0), i(1)),
            "TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
  EXPECT_EQ(op(BinaryOp::Pow, f(1.0), s("x")),
            "TypeError: unsupported operand type(s) for ** or pow(): 'float' and 'str'");
  EXPECT_EQ(op(BinaryOp::Add, f(1.0), c(1, 2)), "(2+2j)");
  EXPECT_EQ(op(BinaryOp::Add, f(kInf), f(-kInf)), "nan");
}

TEST_F(Float, UnaryTruthIndex) {
  EXPECT_EQ(ev([&] { return unary_op(vm, UnaryOp::Neg, f(0.0)); }), "-0.0");
  EXPECT_EQ(ev([&] { return unary_op(vm, UnaryOp::Pos, f(-1.5)); }), "-1.5");
  EXPECT_EQ(ev([&] { return unary_op(vm, UnaryOp::Invert, f(1.0)); }),
            "TypeError: bad operand type for unary ~: 'float'");
  EXPECT_FALSE(truthy(vm, f(0.0)));
  EXPECT_FALSE(truthy(vm, f(-0.0)));
  EXPECT_TRUE(truthy(vm, f(kNan)));
  EXPECT_TRUE(truthy(vm, f(0.1)));
  EXPECT_EQ(ev([&] { return to_int_index(vm, f(1.0)); }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(to_double(vm, f(2.5)), 2.5);
}

TEST_F(Float, Construct) {
  EXPECT_EQ(ev([&] { return call("float", {}); }), "0.0");
  EXPECT_EQ(ev([&] { return call("float", {i(3)}); }), "3.0");
  EXPECT_EQ(ev([&] { return call("float", {Value::from_bool(true)}); }), "1.0");
  EXPECT_EQ(ev([&] { return call("float", {f(2.5)}); }), "2.5");
  EXPECT_EQ(ev([&] { return call("float", {s("  -1_000.5e1 ")}); }), "-10005.0");
  EXPECT_EQ(ev([&] { return call("float", {s(" nan ")}); }), "nan");
  EXPECT_EQ(ev([&] { return call("float", {s("-inf")}); }), "-inf");
  EXPECT_EQ(ev([&] { return call("float", {s("1e999")}); }), "inf");
  EXPECT_EQ(ev([&] { return call("float", {s("\u0661\u0662")}); }), "12.0");
  EXPECT_EQ(ev([&] { return call("float", {s("x")}); }),
            "ValueError: could not convert string to float: 'x'");
  EXPECT_EQ(ev([&] { return call("float", {s("")}); }),
            "ValueError: could not convert string to float: ''");
  EXPECT_EQ(ev([&] { return call("float", {big("1000000000000000000000000000000")}); }), "1e+30");
  EXPECT_EQ(ev([&] { return call("float", {empty_list()}); }),
            "TypeError: float() argument must be a string or a real number, not 'list'");
  EXPECT_EQ(ev([&] { return call("float", {c(1, 0)}); }),
            "TypeError: float() argument must be a string or a real number, not 'complex'");
  EXPECT_EQ(ev([&] {
              return call("float", {s("x"), i(2)});
            }),
            "TypeError: float expected at most 1 argument, got 2");
  EXPECT_EQ(ev([&] { return call_kw(b("float"), {s("1")}, {"x"}); }),
            "TypeError: float() takes no keyword arguments");
}

TEST_F(Float, ConstructFromBytes) {
  Value bytes_type = b("bytes");
  Value x = vm.call(bytes_type, {s("x"), s("ascii")});
  EXPECT_EQ(ev([&] { return call("float", {x}); }),
            "ValueError: could not convert string to float: b'x'");
  Value ok = vm.call(bytes_type, {s(" 1.5 "), s("ascii")});
  EXPECT_EQ(ev([&] { return call("float", {ok}); }), "1.5");
}

TEST_F(Float, Format) {
  EXPECT_EQ(fmt(f(1.0), ""), "'1.0'");
  EXPECT_EQ(fmt(f(3.14159), ".2f"), "'3.14'");
  EXPECT_EQ(fmt(f(1234567.5), ",.1f"), "'1,234,567.5'");
  EXPECT_EQ(fmt(f(0.5), "%"), "'50.000000%'");
  EXPECT_EQ(fmt(f(1e20), "g"), "'1e+20'");
  EXPECT_EQ(fmt(f(-2.5), "=+10.2f"), "'-     2.50'");
  EXPECT_EQ(fmt(f(2.5), "d"), "ValueError: Unknown format code 'd' for object of type 'float'");
}

TEST_F(Float, AttributesAndMethods) {
  EXPECT_EQ(r(attr(f(1.5), "real")), "1.5");
  EXPECT_EQ(r(attr(f(1.5), "imag")), "0.0");
  EXPECT_EQ(ev([&] { return attr(f(1.5), "foo"); }),
            "AttributeError: 'float' object has no attribute 'foo'");
  EXPECT_EQ(ev([&] { return method(f(3.0), "is_integer", {}); }), "True");
  EXPECT_EQ(ev([&] { return method(f(3.5), "is_integer", {}); }), "False");
  EXPECT_EQ(ev([&] { return method(f(2.5), "as_integer_ratio", {}); }), "(5, 2)");
  EXPECT_EQ(ev([&] { return method(f(kInf), "as_integer_ratio", {}); }),
            "OverflowError: cannot convert Infinity to integer ratio");
  EXPECT_EQ(ev([&] { return method(f(kNan), "as_integer_ratio", {}); }),
            "ValueError: cannot convert NaN to integer ratio");
  EXPECT_EQ(ev([&] { return method(f(1.5), "hex", {}); }), "'0x1.8000000000000p+0'");
  EXPECT_EQ(ev([&] { return method(f(1.5), "hex", {i(2)}); }),
            "TypeError: float.hex() takes no arguments (1 given)");
  EXPECT_EQ(ev([&] { return method(f(1.5), "conjugate", {}); }), "1.5");
  Value float_type = b("float");
  EXPECT_EQ(ev([&] { return method(float_type, "fromhex", {s("0x1.8p1")}); }), "3.0");
  EXPECT_EQ(ev([&] { return method(float_type, "fromhex", {s("zz")}); }),
            "ValueError: invalid hexadecimal floating-point string");
  EXPECT_EQ(ev([&] { return method(float_type, "fromhex", {i(1)}); }),
            "TypeError: bad argument type for built-in operation");
  EXPECT_EQ(ev([&] { return method(float_type, "fromhex", {}); }),
            "TypeError: float.fromhex() takes exactly one argument (0 given)");
  EXPECT_EQ(ev([&] { return method(float_type, "hex", {i(1)}); }),
            "TypeError: descriptor 'hex' for 'float' objects doesn't apply to a 'int' object");
  EXPECT_EQ(ev([&] { return method(float_type, "hex", {}); }),
            "TypeError: unbound method float.hex() needs an argument");
  EXPECT_EQ(ev([&] { return method(f(1.55), "__round__", {i(1)}); }), "1.6");
  EXPECT_EQ(ev([&] { return method(f(1.5), "__round__", {}); }), "2");
  EXPECT_EQ(ev([&] { return method(f(-1.5), "__trunc__", {}); }), "-1");
  EXPECT_EQ(ev([&] { return method(f(-1.5), "__floor__", {}); }), "-2");
  EXPECT_EQ(ev([&] { return method(f(-1.5), "__ceil__", {}); }), "-1");
}

}  // namespace
}  // namespace ember

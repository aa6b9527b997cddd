// The number built-ins: abs, divmod, pow, round, hex, oct, bin.
#include <limits>

#include "tests/unit/numbers_test_support.h"

namespace ember {
namespace {

using NumberFunctions = NumbersTest;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

TEST_F(NumberFunctions, Abs) {
  EXPECT_EQ(ev([&] { return call("abs", {i(-3)}); }), "3");
  EXPECT_EQ(ev([&] { return call("abs", {i(3)}); }), "3");
  EXPECT_EQ(ev([&] { return call("abs", {big("-1000000000000000000000000000000")}); }),
            "1000000000000000000000000000000");
  EXPECT_EQ(ev([&] { return call("abs", {i(-140737488355328)}); }), "140737488355328");
  EXPECT_EQ(ev([&] { return call("abs", {Value::from_bool(true)}); }), "1");
  EXPECT_EQ(ev([&] { return call("abs", {f(-0.0)}); }), "0.0");
  EXPECT_EQ(ev([&] { return call("abs", {c(-3, 4)}); }), "5.0");
  EXPECT_EQ(ev([&] { return call("abs", {c(1.7e308, 1.7e308)}); }),
            "OverflowError: absolute value too large");
  EXPECT_EQ(ev([&] { return call("abs", {s("a")}); }),
            "TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(ev([&] { return call("abs", {}); }),
            "TypeError: abs() takes exactly one argument (0 given)");
  EXPECT_EQ(ev([&] {
              return call("abs", {i(1), i(2)});
            }),
            "TypeError: abs() takes exactly one argument (2 given)");
  EXPECT_EQ(ev([&] { return call_kw(b("abs"), {i(1)}, {"x"}); }),
            "TypeError: abs() takes no keyword arguments");
}

TEST_F(NumberFunctions, Divmod) {
  EXPECT_EQ(ev([&] { return call("divmod", {i(-7), i(2)}); }), "(-4, 1)");
  EXPECT_EQ(ev([&] { return call("divmod", {i(7), f(-2.0)}); }), "(-4.0, -1.0)");
  EXPECT_EQ(ev([&] { return call("divmod", {f(7.5), i(2)}); }), "(3.0, 1.5)");
  EXPECT_EQ(ev([&] { return call("divmod", {Value::from_bool(true), i(2)}); }), "(0, 1)");
  EXPECT_EQ(ev([&] {
              return call("divmod", {big("1000000000000000000000000000000"), i(7)});
            }),
            "(142857142857142857142857142857, 1)");
  EXPECT_EQ(ev([&] {
              return call("divmod", {f(1.0), i(0)});
            }),
            "ZeroDivisionError: float divmod()");
  EXPECT_EQ(ev([&] {
              return call("divmod", {i(1), i(0)});
            }),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(ev([&] {
              return call("divmod", {c(0, 1), i(1)});
            }),
            "TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'");
  EXPECT_EQ(ev([&] {
              return call("divmod", {s("a"), i(1)});
            }),
            "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
  EXPECT_EQ(ev([&] { return call("divmod", {i(1)}); }),
            "TypeError: divmod expected 2 arguments, got 1");
  EXPECT_EQ(ev([&] { return call_kw(b("divmod"), {i(1)}, {"x"}); }),
            "TypeError: divmod() takes no keyword arguments");
}

TEST_F(NumberFunctions, Pow) {
  EXPECT_EQ(ev([&] { return call("pow", {i(2), i(10)}); }), "1024");
  EXPECT_EQ(ev([&] { return call("pow", {i(2), i(-1)}); }), "0.5");
  EXPECT_EQ(ev([&] { return call("pow", {i(2), i(3), i(5)}); }), "3");
  EXPECT_EQ(ev([&] { return call("pow", {i(2), big("100000000000000000000"), i(7)}); }), "2");
  EXPECT_EQ(ev([&] { return call("pow", {i(-2), i(3), i(-5)}); }), "-3");
  EXPECT_EQ(ev([&] { return call("pow", {i(2), i(-1), i(5)}); }), "3");
  EXPECT_EQ(ev([&] {
              return call("pow", {i(2), i(-1), i(4)});
            }),
            "ValueError: base is not invertible for the given modulus");
  EXPECT_EQ(ev([&] {
              return call("pow", {i(2), i(3), i(0)});
            }),
            "ValueError: pow() 3rd argument cannot be 0");
  EXPECT_EQ(ev([&] { return call("pow", {Value::from_bool(true), i(2), i(5)}); }), "1");
  EXPECT_EQ(ev([&] { return call("pow", {f(2.0), i(3), Value::none()}); }), "8.0");
  EXPECT_EQ(ev([&] { return call("pow", {c(0, 1), i(2), Value::none()}); }), "(-1+0j)");
  EXPECT_EQ(ev([&] { return call("pow", {c(0, 1), i(2), i(3)}); }), "ValueError: complex modulo");
  EXPECT_EQ(ev([&] { return call("pow", {i(2), c(0, 1), i(3)}); }), "ValueError: complex modulo");
  EXPECT_EQ(ev([&] { return call("pow", {i(2), i(3), c(0, 1)}); }), "ValueError: complex modulo");
  EXPECT_EQ(ev([&] {
              return call("pow", {f(1.0), i(2), i(3)});
            }),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(ev([&] {
              return call("pow", {i(1), f(2.0), i(3)});
            }),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(ev([&] {
              return call("pow", {s("a"), i(2)});
            }),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'");
  EXPECT_EQ(ev([&] {
              return call("pow", {i(2), i(3), s("a")});
            }),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'");
  EXPECT_EQ(ev([&] {
              return call("pow", {i(2), s("a"), i(3)});
            }),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'");
  EXPECT_EQ(ev([&] {
              return call_kw(b("pow"), {i(2), i(3), Value::none()}, {"base", "exp", "mod"});
            }),
            "8");
  EXPECT_EQ(ev([&] { return call("pow", {i(2)}); }),
            "TypeError: pow() missing required argument 'exp' (pos 2)");
  EXPECT_EQ(ev([&] { return call("pow", {}); }),
            "TypeError: pow() missing required argument 'base' (pos 1)");
  EXPECT_EQ(ev([&] {
              return call("pow", {i(1), i(2), i(3), i(4)});
            }),
            "TypeError: pow() takes at most 3 arguments (4 given)");
  EXPECT_EQ(ev([&] {
              return call_kw(b("pow"), {i(1), i(2)}, {"x"});
            }),
            "TypeError: pow() missing required argument 'exp' (pos 2)");
  EXPECT_EQ(ev([&] {
              return call_kw(b("pow"), {i(1), i(2), i(3)}, {"base"});
            }),
            "TypeError: argument for pow() given by name ('base') and position (1)");
}

TEST_F(NumberFunctions, Round) {
  EXPECT_EQ(ev([&] { return call("round", {f(2.5)}); }), "2");
  EXPECT_EQ(ev([&] { return call("round", {f(-0.5)}); }), "0");
  EXPECT_EQ(ev([&] { return call("round", {f(2.675), i(2)}); }), "2.67");
  EXPECT_EQ(ev([&] { return call("round", {f(1.25), i(1)}); }), "1.2");
  EXPECT_EQ(ev([&] { return call("round", {f(1e300), i(-300)}); }), "1e+300");
  EXPECT_EQ(ev([&] {
              return call("round", {f(1.5), big("1000000000000000000000000000000")});
            }),
            "1.5");
  EXPECT_EQ(ev([&] {
              return call("round", {f(1.5), big("-1000000000000000000000000000000")});
            }),
            "0.0");
  EXPECT_EQ(ev([&] { return call("round", {f(kNan)}); }),
            "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(ev([&] { return call("round", {f(kInf)}); }),
            "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(ev([&] {
              return call("round", {f(1.5), f(1.0)});
            }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(ev([&] { return call("round", {i(15), i(-1)}); }), "20");
  EXPECT_EQ(ev([&] { return call("round", {i(25), i(-1)}); }), "20");
  EXPECT_EQ(ev([&] { return call("round", {i(12345), i(-2)}); }), "12300");
  EXPECT_EQ(ev([&] { return call("round", {i(-12355), i(-1)}); }), "-12360");
  EXPECT_EQ(ev([&] { return call("round", {i(25), Value::none()}); }), "25");
  EXPECT_EQ(ev([&] { return call("round", {Value::from_bool(true)}); }), "1");
  EXPECT_EQ(ev([&] { return call("round", {Value::from_bool(true), i(1)}); }), "1");
  EXPECT_EQ(ev([&] { return call_kw(b("round"), {f(2.5), i(0)}, {"number", "ndigits"}); }), "2.0");
  EXPECT_EQ(ev([&] { return call_kw(b("round"), {f(1.5), Value::none()}, {"ndigits"}); }), "2");
  EXPECT_EQ(ev([&] { return call("round", {c(0, 1)}); }),
            "TypeError: type complex doesn't define __round__ method");
  EXPECT_EQ(ev([&] { return call("round", {s("a")}); }),
            "TypeError: type str doesn't define __round__ method");
  EXPECT_EQ(ev([&] { return call("round", {}); }),
            "TypeError: round() missing required argument 'number' (pos 1)");
  EXPECT_EQ(ev([&] {
              return call("round", {i(1), i(2), i(3)});
            }),
            "TypeError: round() takes at most 2 arguments (3 given)");
  EXPECT_EQ(ev([&] {
              return call_kw(b("round"), {i(1), i(2)}, {"x"});
            }),
            "TypeError: 'x' is an invalid keyword argument for round()");
  EXPECT_EQ(ev([&] {
              return call_kw(b("round"), {i(1), i(2), i(3)}, {"number"});
            }),
            "TypeError: round() takes at most 2 arguments (3 given)");
}

TEST_F(NumberFunctions, HexOctBin) {
  EXPECT_EQ(ev([&] { return call("hex", {i(-255)}); }), "'-0xff'");
  EXPECT_EQ(ev([&] { return call("hex", {big("100000000000000000000")}); }),
            "'0x56bc75e2d63100000'");
  EXPECT_EQ(ev([&] { return call("hex", {Value::from_bool(false)}); }), "'0x0'");
  EXPECT_EQ(ev([&] { return call("oct", {i(8)}); }), "'0o10'");
  EXPECT_EQ(ev([&] { return call("oct", {i(0)}); }), "'0o0'");
  EXPECT_EQ(ev([&] { return call("bin", {i(-5)}); }), "'-0b101'");
  EXPECT_EQ(ev([&] { return call("bin", {Value::from_bool(true)}); }), "'0b1'");
  EXPECT_EQ(ev([&] { return call("hex", {f(1.0)}); }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(ev([&] { return call("hex", {}); }),
            "TypeError: hex() takes exactly one argument (0 given)");
  EXPECT_EQ(ev([&] { return call_kw(b("hex"), {i(1)}, {"x"}); }),
            "TypeError: hex() takes no keyword arguments");
}

}  // namespace
}  // namespace ember

namespace ember {
namespace {

using NumberDunders = NumbersTest;

TEST_F(NumberDunders, SlotWrappers) {
  EXPECT_EQ(ev([&] { return method(i(3), "__add__", {i(4)}); }), "7");
  EXPECT_EQ(ev([&] { return method(i(10), "__mod__", {i(3)}); }), "1");
  EXPECT_EQ(ev([&] { return method(i(3), "__add__", {f(4.0)}); }), "NotImplemented");
  EXPECT_EQ(ev([&] { return method(i(3), "__pow__", {i(2), i(5)}); }), "4");
  EXPECT_EQ(ev([&] { return method(i(2), "__rpow__", {i(3), i(5)}); }), "4");
  EXPECT_EQ(ev([&] {
              return method(f(3.0), "__pow__", {i(2), i(5)});
            }),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(ev([&] { return method(f(3.0), "__rpow__", {i(2)}); }), "8.0");
  EXPECT_EQ(ev([&] { return method(i(3), "__lt__", {f(4.5)}); }), "NotImplemented");
  EXPECT_EQ(ev([&] { return method(f(4.5), "__gt__", {i(3)}); }), "True");
  EXPECT_EQ(ev([&] { return method(c(0, 1), "__lt__", {f(4.5)}); }), "NotImplemented");
  EXPECT_EQ(ev([&] { return method(c(0, 1), "__eq__", {c(0, 1)}); }), "True");
  EXPECT_EQ(ev([&] { return method(i(3), "__bool__", {}); }), "True");
  EXPECT_EQ(ev([&] { return method(i(3), "__hash__", {}); }), "3");
  EXPECT_EQ(ev([&] { return method(i(3), "__repr__", {}); }), "'3'");
  EXPECT_EQ(ev([&] { return method(i(17), "__index__", {}); }), "17");
  EXPECT_EQ(ev([&] { return method(f(3.5), "__format__", {s(".2f")}); }), "'3.50'");
  EXPECT_EQ(ev([&] { return method(i(7), "__divmod__", {i(2)}); }), "(3, 1)");
  EXPECT_EQ(ev([&] { return method(f(7.0), "__rdivmod__", {i(2)}); }), "(0.0, 2.0)");
  EXPECT_EQ(ev([&] { return method(Value::from_bool(true), "__and__", {Value::from_bool(true)}); }),
            "True");
  EXPECT_EQ(ev([&] { return method(f(-2.5), "__abs__", {}); }), "2.5");
  EXPECT_EQ(ev([&] { return method(f(-2.5), "__int__", {}); }), "-2");
  EXPECT_EQ(ev([&] { return method(i(2), "__float__", {}); }), "2.0");
  EXPECT_EQ(ev([&] { return method(c(1, 2), "__neg__", {}); }), "(-1-2j)");
  EXPECT_EQ(ev([&] { return method(i(3), "__add__", {}); }),
            "TypeError: expected 1 argument, got 0");
  EXPECT_EQ(ev([&] {
              return method(i(3), "__add__", {i(1), i(2)});
            }),
            "TypeError: expected 1 argument, got 2");
  EXPECT_EQ(ev([&] { return method(i(3), "__neg__", {i(1)}); }),
            "TypeError: expected 0 arguments, got 1");
  EXPECT_EQ(ev([&] {
              return vm.call(attr(b("int"), "__add__"), {f(1.5), i(2)});
            }),
            "TypeError: descriptor '__add__' requires a 'int' object but received a 'float'");
  EXPECT_EQ(ev([&] { return attr(c(0, 1), "__divmod__"); }),
            "AttributeError: 'complex' object has no attribute '__divmod__'");
  EXPECT_EQ(ev([&] { return attr(c(0, 1), "__float__"); }),
            "AttributeError: 'complex' object has no attribute '__float__'");
}

}  // namespace
}  // namespace ember

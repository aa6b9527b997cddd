// range and slice objects, including big-int ranges.
#include "containers_test_support.h"

namespace ember {
namespace {

class RangeTest : public ContainersTest {
 protected:
  Value range(std::vector<Value> args) { return call(type(vm.types.range), std::move(args)); }
  Value big(const char* digits) { return call(type(vm.types.int_), {s(digits)}); }
  Value to_list(Value v) { return call(type(vm.types.list), {v}); }
};

TEST_F(RangeTest, Basics) {
  Value r2 = range({i(0), i(10), i(2)});
  EXPECT_EQ(r(r2), "range(0, 10, 2)");
  EXPECT_EQ(r(range({i(0)})), "range(0, 0)");
  EXPECT_EQ(r(range({i(1), i(5)})), "range(1, 5)");
  EXPECT_EQ(length(vm, r2), 5);
  EXPECT_TRUE(contains(vm, r2, i(4)));
  EXPECT_FALSE(contains(vm, r2, i(5)));
  EXPECT_EQ(r(m(r2, "index", {i(6)})), "3");
  EXPECT_EQ(r(m(r2, "count", {i(4)})), "1");
  EXPECT_EQ(r(item(r2, i(-1))), "8");
  EXPECT_EQ(r(attr(r2, "start")), "0");
  EXPECT_EQ(r(attr(r2, "stop")), "10");
  EXPECT_EQ(r(attr(r2, "step")), "2");
  EXPECT_EQ(length(vm, range({i(-5), i(5), i(-1)})), 0);
  EXPECT_EQ(r(to_list(m(range({i(1), i(10), i(3)}), "__reversed__"))), "[7, 4, 1]");
}

TEST_F(RangeTest, Slicing) {
  EXPECT_EQ(r(to_list(item(range({i(2), i(20), i(3)}), slice(none(), none(), i(-2))))),
            "[17, 11, 5]");
  EXPECT_EQ(r(item(range({i(0), i(10), i(2)}), slice(i(1), i(3), none()))), "range(2, 6, 2)");
  EXPECT_EQ(r(item(range({i(10)}), slice(none(), none(), i(-1)))), "range(9, -1, -1)");
  EXPECT_EQ(r(item(range({i(5), i(0), i(-1)}), slice(i(2), none(), none()))), "range(3, 0, -1)");
  Value huge = big("100000000000000000000");
  EXPECT_EQ(r(item(range({i(0), huge}), slice(i(5), big("10000000000000000000"), i(7)))),
            "range(5, 10000000000000000000, 7)");
}

TEST_F(RangeTest, HashAndEquality) {
  EXPECT_EQ(hash_value(vm, range({i(0), i(10), i(2)})), -6143170332311272345LL);
  // Empty and one-item ranges hash None, whose hash varies between CPython runs: compare
  // with equal ranges instead.
  EXPECT_EQ(hash_value(vm, range({i(0)})), hash_value(vm, range({i(5), i(1)})));
  EXPECT_EQ(hash_value(vm, range({i(5), i(6), i(3)})), hash_value(vm, range({i(5), i(7), i(9)})));
  EXPECT_TRUE(cmp(CompareOp::Eq, range({i(0), i(3), i(2)}), range({i(0), i(4), i(2)})));
  EXPECT_TRUE(cmp(CompareOp::Eq, range({i(0)}), range({i(5), i(1)})));
}

TEST_F(RangeTest, BigInts) {
  Value huge = big("100000000000000000000");
  Value r20 = range({huge});
  EXPECT_EQ(err([&] { length(vm, r20); }),
            "OverflowError: Python int too large to convert to C ssize_t");
  EXPECT_EQ(r(item(r20, i(-1))), "99999999999999999999");
  EXPECT_TRUE(contains(vm, r20, big("10000000000000000000")));
  EXPECT_EQ(r(m(r20, "index", {big("10000000000000000000")})), "10000000000000000000");
  EXPECT_EQ(r(to_list(range({huge, big("100000000000000000003")}))),
            "[100000000000000000000, 100000000000000000001, 100000000000000000002]");
  EXPECT_EQ(length(vm, range({big("4611686018427387904")})), 4611686018427387904LL);
  EXPECT_EQ(err([&] { item(r20, huge); }), "IndexError: range object index out of range");
}

TEST_F(RangeTest, Errors) {
  EXPECT_EQ(err([&] { range({}); }), "TypeError: range expected at least 1 argument, got 0");
  EXPECT_EQ(err([&] { range({i(1), i(2), i(0)}); }), "ValueError: range() arg 3 must not be zero");
  EXPECT_EQ(err([&] {
              range({i(1), i(2), i(3), i(4)});
            }),
            "TypeError: range expected at most 3 arguments, got 4");
  EXPECT_EQ(err([&] { range({s("a")}); }),
            "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(err([&] { item(range({i(10)}), i(10)); }),
            "IndexError: range object index out of range");
  EXPECT_EQ(err([&] { m(range({i(3)}), "index", {i(5)}); }), "ValueError: 5 is not in range");
}

TEST_F(RangeTest, Slices) {
  EXPECT_EQ(r(slice(i(1), i(2), none())), "slice(1, 2, None)");
  EXPECT_EQ(r(m(slice(none(), i(5), i(-1)), "indices", {i(10)})), "(9, 5, -1)");
  EXPECT_TRUE(cmp(CompareOp::Eq, slice(i(1), i(2), i(3)), slice(i(1), i(2), i(3))));
  EXPECT_TRUE(cmp(CompareOp::Lt, slice(i(1), i(2), none()), slice(i(1), i(3), none())));
  EXPECT_EQ(r(attr(slice(i(1), i(2), i(3)), "step")), "3");
  EXPECT_EQ(err([&] { m(slice(i(1), i(2), i(3)), "indices", {i(-1)}); }),
            "ValueError: length should not be negative");
  EXPECT_EQ(err([&] { m(slice(i(1), i(2), i(0)), "indices", {i(5)}); }),
            "ValueError: slice step cannot be zero");
  EXPECT_EQ(err([&] { hash_value(vm, slice(i(1), i(2), i(3))); }),
            "TypeError: unhashable type: 'slice'");
  EXPECT_EQ(err([&] { call(type(vm.types.slice), {}); }),
            "TypeError: slice expected at least 1 argument, got 0");
}

}  // namespace
}  // namespace ember

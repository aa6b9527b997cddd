// list and tuple: sort, slicing, slice assignment, operators, methods, errors.
#include "containers_test_support.h"
#include "vm/function_object.h"

namespace ember {
namespace {

class ListTest : public ContainersTest {
 protected:
  Value builtin(const char* name) { return dict_get_str(vm, vm.builtins, vm.intern(name)); }
  Value range(long long a, long long b) { return call(type(vm.types.range), {i(a), i(b)}); }
  Value to_list(Value v) { return call(type(vm.types.list), {v}); }
};

Value first_item(VM& vm, CallArgs args) {
  return static_cast<TupleObject*>(args[0].as_object())->items[0];
}

TEST_F(ListTest, Sort) {
  Value x = ints({5, 3, 8, 1});
  m(x, "sort");
  EXPECT_EQ(r(x), "[1, 3, 5, 8]");
  m_kw(x, "sort", {}, {{"reverse", Value::from_bool(true)}});
  EXPECT_EQ(r(x), "[8, 5, 3, 1]");
  Value w = list({s("bb"), s("a"), s("ccc"), s("dd")});
  m_kw(w, "sort", {}, {{"key", builtin("len")}});
  EXPECT_EQ(r(w), "['a', 'bb', 'dd', 'ccc']");
  m_kw(w, "sort", {}, {{"key", builtin("len")}, {"reverse", Value::from_bool(true)}});
  EXPECT_EQ(r(w), "['ccc', 'bb', 'dd', 'a']");
  Value p = list(
      {tuple({i(1), s("b")}), tuple({i(0), s("a")}), tuple({i(1), s("a")}), tuple({i(0), s("b")})});
  Value key = keep(Value::from_object(vm.new_native_function("first", first_item)));
  m_kw(p, "sort", {}, {{"key", key}});
  EXPECT_EQ(r(p), "[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]");
  m(p, "sort");
  EXPECT_EQ(r(p), "[(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]");
  // A long list with many equal keys exercises the merge phase.
  Value big = call(type(vm.types.list), {});
  for (int k = 0; k < 3000; ++k) {
    m(big, "append", {tuple({i((k * 7919) % 13), i(k)})});
  }
  m_kw(big, "sort", {}, {{"key", key}});
  for (int k = 1; k < 3000; ++k) {
    auto* a = static_cast<TupleObject*>(item(big, i(k - 1)).as_object());
    auto* b = static_cast<TupleObject*>(item(big, i(k)).as_object());
    ASSERT_LE(a->items[0].as_small_int(), b->items[0].as_small_int());
    if (a->items[0].as_small_int() == b->items[0].as_small_int()) {
      ASSERT_LT(a->items[1].as_small_int(), b->items[1].as_small_int());
    }
  }
  Value mixed = list({i(3), s("a")});
  EXPECT_EQ(err([&] { m(mixed, "sort"); }),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(r(mixed), "[3, 'a']");
  EXPECT_EQ(err([&] { m(x, "sort", {i(1)}); }), "TypeError: sort() takes no positional arguments");
  EXPECT_EQ(err([&] {
              m_kw(x, "sort", {}, {{"k", i(1)}});
            }),
            "TypeError: 'k' is an invalid keyword argument for sort()");
}

// Bound to a list: appends the item to it, then returns the item (a key that mutates).
Value append_to_self(VM& vm, CallArgs args) {
  list_append(vm, static_cast<ListObject*>(args[0].as_object()), args[1]);
  return args[1];
}

TEST_F(ListTest, ModifiedDuringSort) {
  Value x = ints({3, 1, 2});
  Value key = keep(Value::from_object(vm.new_native_function("k", append_to_self, x)));
  EXPECT_EQ(err([&] {
              m_kw(x, "sort", {}, {{"key", key}});
            }),
            "ValueError: list modified during sort");
  EXPECT_EQ(r(x), "[1, 2, 3]");
}

TEST_F(ListTest, SlicesAndAssignment) {
  Value l = to_list(range(0, 10));
  set_item(vm, l, slice(i(2), i(5), none()), list({s("a")}));
  EXPECT_EQ(r(l), "[0, 1, 'a', 5, 6, 7, 8, 9]");
  set_item(vm, l, slice(none(), none(), i(3)), ints({0, 0, 0}));
  EXPECT_EQ(r(l), "[0, 1, 'a', 0, 6, 7, 0, 9]");
  delete_item(vm, l, slice(none(), none(), i(2)));
  EXPECT_EQ(r(l), "[1, 0, 7, 9]");
  l = to_list(range(0, 10));
  delete_item(vm, l, slice(i(1), i(8), i(3)));
  EXPECT_EQ(r(l), "[0, 2, 3, 5, 6, 8, 9]");
  set_item(vm, l, slice(i(-1), none(), none()), list({}));
  EXPECT_EQ(r(l), "[0, 2, 3, 5, 6, 8]");
  set_item(vm, l, slice(i(5), i(2), none()), list({i(9)}));
  EXPECT_EQ(r(l), "[0, 2, 3, 5, 6, 9, 8]");
  Value t = call(type(vm.types.tuple), {range(0, 5)});
  EXPECT_EQ(r(item(t, slice(none(), none(), i(-2)))), "(4, 2, 0)");
  Value x = ints({1, 2, 3});
  EXPECT_EQ(r(item(x, slice(i(-10), i(10), none()))), "[1, 2, 3]");
  EXPECT_EQ(r(item(x, slice(none(), none(), i(-1)))), "[3, 2, 1]");
  // Assigning a list to a slice of itself.
  set_item(vm, x, slice(i(1), i(1), none()), x);
  EXPECT_EQ(r(x), "[1, 1, 2, 3, 2, 3]");
  EXPECT_EQ(err([&] {
              set_item(vm, x, slice(none(), none(), i(2)), ints({1, 2}));
            }),
            "ValueError: attempt to assign sequence of size 2 to extended slice of size 3");
  EXPECT_EQ(err([&] { set_item(vm, x, slice(i(0), i(1), none()), i(1)); }),
            "TypeError: can only assign an iterable");
  EXPECT_EQ(err([&] { item(x, slice(none(), none(), i(0))); }),
            "ValueError: slice step cannot be zero");
  EXPECT_EQ(err([&] { item(x, slice(i(1), s("a"), none())); }),
            "TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST_F(ListTest, OperatorsAndMethods) {
  Value l = ints({1, 2, 3});
  inplace(BinaryOp::Add, l, tuple({i(4)}));
  inplace(BinaryOp::Mul, l, i(2));
  EXPECT_EQ(r(l), "[1, 2, 3, 4, 1, 2, 3, 4]");
  EXPECT_TRUE(cmp(CompareOp::Lt, ints({1, 2}), ints({1, 3})));
  EXPECT_TRUE(cmp(CompareOp::Lt, ints({1, 2}), ints({1, 2, 0})));
  EXPECT_TRUE(cmp(CompareOp::Eq, tuple({i(1), i(2)}), tuple({i(1), i(2)})));
  EXPECT_EQ(r(bin(BinaryOp::Mul, list({list({i(1)})}), i(2))), "[[1], [1]]");
  EXPECT_EQ(r(bin(BinaryOp::Mul, i(2), tuple({i(7)}))), "(7, 7)");
  EXPECT_EQ(r(bin(BinaryOp::Add, tuple({i(1), i(2)}), tuple({i(3)}))), "(1, 2, 3)");
  Value self_ref = ints({1});
  m(self_ref, "append", {self_ref});
  EXPECT_EQ(r(self_ref), "[1, [...]]");
  Value x = ints({3, 1, 2});
  m(x, "insert", {i(-10), i(0)});
  m(x, "insert", {i(100), i(9)});
  EXPECT_EQ(r(x), "[0, 3, 1, 2, 9]");
  EXPECT_EQ(r(m(x, "index", {i(1)})), "2");
  EXPECT_EQ(r(m(x, "count", {i(9)})), "1");
  EXPECT_EQ(r(m(x, "pop")), "9");
  EXPECT_EQ(r(m(x, "pop", {i(0)})), "0");
  m(x, "remove", {i(1)});
  m(x, "reverse");
  EXPECT_EQ(r(x), "[2, 3]");
  EXPECT_EQ(r(to_list(m(ints({1, 2, 3}), "__reversed__"))), "[3, 2, 1]");
  EXPECT_EQ(r(tuple({})), "()");
  EXPECT_EQ(r(tuple({i(1)})), "(1,)");
  EXPECT_EQ(r(m(tuple({i(1), i(2), i(1)}), "count", {i(1)})), "2");
}

TEST_F(ListTest, Errors) {
  Value l = ints({1});
  EXPECT_EQ(err([&] { item(l, i(5)); }), "IndexError: list index out of range");
  EXPECT_EQ(err([&] { item(l, s("a")); }),
            "TypeError: list indices must be integers or slices, not str");
  EXPECT_EQ(err([&] { item(tuple({i(1)}), i(5)); }), "IndexError: tuple index out of range");
  EXPECT_EQ(err([&] { set_item(vm, l, i(5), i(1)); }),
            "IndexError: list assignment index out of range");
  EXPECT_EQ(err([&] { m(l, "append"); }),
            "TypeError: list.append() takes exactly one argument (0 given)");
  EXPECT_EQ(err([&] {
              m(l, "pop", {i(1), i(2)});
            }),
            "TypeError: pop expected at most 1 argument, got 2");
  EXPECT_EQ(err([&] { m(ints({}), "pop"); }), "IndexError: pop from empty list");
  EXPECT_EQ(err([&] { m(l, "pop", {i(5)}); }), "IndexError: pop index out of range");
  EXPECT_EQ(err([&] { m(l, "index", {i(5)}); }), "ValueError: 5 is not in list");
  EXPECT_EQ(err([&] { m(l, "remove", {i(5)}); }), "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(err([&] { m(tuple({i(1)}), "index", {i(3)}); }),
            "ValueError: tuple.index(x): x not in tuple");
  EXPECT_EQ(err([&] { bin(BinaryOp::Add, l, tuple({i(1)})); }),
            "TypeError: can only concatenate list (not \"tuple\") to list");
  EXPECT_EQ(err([&] { bin(BinaryOp::Add, tuple({i(1)}), l); }),
            "TypeError: can only concatenate tuple (not \"list\") to tuple");
  EXPECT_EQ(err([&] { bin(BinaryOp::Mul, l, s("a")); }),
            "TypeError: can't multiply sequence by non-int of type 'str'");
  EXPECT_EQ(err([&] {
              call(type(vm.types.list), {i(1), i(2)});
            }),
            "TypeError: list expected at most 1 argument, got 2");
  EXPECT_EQ(err([&] { hash_value(vm, l); }), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(err([&] { cmp(CompareOp::Lt, l, i(1)); }),
            "TypeError: '<' not supported between instances of 'list' and 'int'");
}

TEST_F(ListTest, HugeSizesRaiseMemoryError) {
  Value trillion = i(1000000000000LL);
  EXPECT_EQ(err([&] { bin(BinaryOp::Mul, ints({0}), trillion); }), "MemoryError");
  EXPECT_EQ(err([&] { to_list(range(0, 1000000000000LL)); }), "MemoryError");
  EXPECT_EQ(err([&] { bin(BinaryOp::Mul, tuple({i(0)}), trillion); }), "MemoryError");
  EXPECT_EQ(err([&] { call(type(vm.types.tuple), {range(0, 1000000000000LL)}); }), "MemoryError");
}

TEST_F(ListTest, IteratorsStayExhausted) {
  Value l = ints({1});
  Value it = keep(get_iterator(vm, l));
  Value x;
  EXPECT_TRUE(iterator_next(vm, it, &x));
  EXPECT_FALSE(iterator_next(vm, it, &x));
  m(l, "append", {i(2)});
  EXPECT_FALSE(iterator_next(vm, it, &x));
  EXPECT_EQ(std::string(type_name(vm, it)), "list_iterator");
  EXPECT_EQ(std::string(type_name(vm, get_iterator(vm, tuple({})))), "tuple_iterator");
}

}  // namespace
}  // namespace ember

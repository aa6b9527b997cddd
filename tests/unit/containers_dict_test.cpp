// dict: insertion order, deletion, resizing, many keys, mixed key types, methods, views.
#include "containers_test_support.h"

namespace ember {
namespace {

class DictTest : public ContainersTest {
 protected:
  Value dict() { return call(type(vm.types.dict), {}); }
  void set(Value d, Value k, Value v) { set_item(vm, d, k, v); }
  void del(Value d, Value k) { delete_item(vm, d, k); }
};

TEST_F(DictTest, InsertionOrderDeletionAndMixedKeys) {
  Value d = dict();
  for (int k = 0; k < 20; ++k) set(d, i(k), i(k * k));
  for (int k = 0; k < 20; k += 3) del(d, i(k));
  set(d, s("x"), i(1));
  set(d, tuple({i(1), i(2)}), i(3));
  set(d, none(), i(4));
  set(d, Value::from_bool(true), s("t"));  // True == 1: updates key 1 in place
  EXPECT_EQ(r(d),
            "{1: 't', 2: 4, 4: 16, 5: 25, 7: 49, 8: 64, 10: 100, 11: 121, 13: 169, 14: 196, "
            "16: 256, 17: 289, 19: 361, 'x': 1, (1, 2): 3, None: 4}");
  EXPECT_EQ(r(m(d, "pop", {i(1)})), "'t'");
  EXPECT_EQ(r(m(d, "popitem")), "(None, 4)");
  EXPECT_EQ(length(vm, d), 14);
  // Re-inserting a deleted key appends it at the end.
  set(d, i(0), i(0));
  EXPECT_EQ(r(call(type(vm.types.list), {d})),
            "[2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 'x', (1, 2), 0]");
}

TEST_F(DictTest, ManyKeysAndResizing) {
  Value d = dict();
  for (int k = 0; k < 20000; ++k) set(d, i(k * 31), i(k));
  EXPECT_EQ(length(vm, d), 20000);
  for (int k = 0; k < 20000; k += 2) del(d, i(k * 31));
  EXPECT_EQ(length(vm, d), 10000);
  for (int k = 1; k < 20000; k += 2) EXPECT_EQ(item(d, i(k * 31)).as_small_int(), k);
  for (int k = 0; k < 100; ++k) set(d, s(("key" + std::to_string(k)).c_str()), i(k));
  EXPECT_EQ(length(vm, d), 10100);
  EXPECT_EQ(item(d, s("key42")).as_small_int(), 42);
  Value keys = call(type(vm.types.list), {d});
  EXPECT_EQ(r(item(keys, i(0))), "31");
  EXPECT_EQ(r(item(keys, i(-1))), "'key99'");
  m(d, "clear");
  EXPECT_EQ(r(d), "{}");
  set(d, i(5), i(6));
  EXPECT_EQ(r(d), "{5: 6}");
}

TEST_F(DictTest, ConstructionAndUpdate) {
  Value pairs = list({tuple({i(1), i(2)}), list({i(3), i(4)}), s("ab")});
  EXPECT_EQ(r(call_kw(type(vm.types.dict), {pairs}, {{"z", i(5)}})),
            "{1: 2, 3: 4, 'a': 'b', 'z': 5}");
  Value fromkeys = attr(type(vm.types.dict), "fromkeys");
  EXPECT_EQ(r(call(fromkeys, {s("abc"), i(0)})), "{'a': 0, 'b': 0, 'c': 0}");
  EXPECT_EQ(r(call(fromkeys, {list({i(3), i(1)})})), "{3: None, 1: None}");
  Value a = dict();
  set(a, i(1), i(1));
  set(a, i(2), i(2));
  Value b = dict();
  set(b, i(2), i(3));
  set(b, i(4), i(4));
  EXPECT_EQ(r(bin(BinaryOp::Or, a, b)), "{1: 1, 2: 3, 4: 4}");
  EXPECT_EQ(r(bin(BinaryOp::Or, b, a)), "{2: 2, 4: 4, 1: 1}");
  inplace(BinaryOp::Or, a, list({tuple({i(9), i(9)})}));
  EXPECT_EQ(r(a), "{1: 1, 2: 2, 9: 9}");
  Value c = m(a, "copy");
  m_kw(c, "update", {b}, {{"k", i(0)}});
  EXPECT_EQ(r(c), "{1: 1, 2: 3, 9: 9, 4: 4, 'k': 0}");
  EXPECT_EQ(r(a), "{1: 1, 2: 2, 9: 9}");
  EXPECT_EQ(r(m(a, "setdefault", {i(7), i(8)})), "8");
  EXPECT_EQ(r(m(a, "setdefault", {i(1), i(8)})), "1");
  EXPECT_EQ(r(m(a, "get", {i(100)})), "None");
  EXPECT_EQ(r(m(a, "get", {i(100), i(3)})), "3");
}

TEST_F(DictTest, ReprRecursionAndEquality) {
  Value d = dict();
  set(d, s("self"), d);
  EXPECT_EQ(r(d), "{'self': {...}}");
  Value a = dict();
  set(a, i(1), i(1));
  Value b = dict();
  set(b, i(1), i(1));
  EXPECT_TRUE(cmp(CompareOp::Eq, a, b));
  set(b, i(1), i(2));
  EXPECT_TRUE(cmp(CompareOp::Ne, a, b));
  EXPECT_EQ(err([&] { cmp(CompareOp::Lt, a, b); }),
            "TypeError: '<' not supported between instances of 'dict' and 'dict'");
}

TEST_F(DictTest, Views) {
  Value d = dict();
  set(d, i(1), i(2));
  set(d, i(3), i(4));
  EXPECT_EQ(r(m(d, "keys")), "dict_keys([1, 3])");
  EXPECT_EQ(r(m(d, "values")), "dict_values([2, 4])");
  EXPECT_EQ(r(m(d, "items")), "dict_items([(1, 2), (3, 4)])");
  EXPECT_EQ(r(m(dict(), "keys")), "dict_keys([])");
  Value keys = m(d, "keys");
  Value items = m(d, "items");
  Value s13 = call(type(vm.types.set), {list({i(1), i(7)})});
  EXPECT_EQ(r(bin(BinaryOp::And, keys, s13)), "{1}");
  EXPECT_EQ(r(bin(BinaryOp::Or, keys, list({i(5)}))), "{1, 3, 5}");
  EXPECT_EQ(r(bin(BinaryOp::Sub, keys, s13)), "{3}");
  EXPECT_EQ(r(bin(BinaryOp::Xor, keys, s13)), "{3, 7}");
  EXPECT_TRUE(contains(vm, items, tuple({i(3), i(4)})));
  EXPECT_FALSE(contains(vm, items, tuple({i(3), i(5)})));
  EXPECT_TRUE(contains(vm, m(d, "values"), i(4)));
  EXPECT_TRUE(cmp(CompareOp::Eq, keys, call(type(vm.types.set), {list({i(3), i(1)})})));
  EXPECT_EQ(r(call(type(vm.types.list), {m(d, "__reversed__")})), "[3, 1]");
  EXPECT_EQ(r(call(type(vm.types.list), {m(items, "__reversed__")})), "[(3, 4), (1, 2)]");
  // Views are live.
  set(d, i(5), i(6));
  EXPECT_EQ(length(vm, keys), 3);
}

TEST_F(DictTest, Errors) {
  Value d = dict();
  EXPECT_EQ(err([&] { item(d, i(1)); }), "KeyError: 1");
  EXPECT_EQ(err([&] { m(d, "pop", {s("k")}); }), "KeyError: 'k'");
  EXPECT_EQ(err([&] { m(d, "popitem"); }), "KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(err([&] { del(d, i(3)); }), "KeyError: 3");
  EXPECT_EQ(err([&] { m(d, "get"); }), "TypeError: get expected at least 1 argument, got 0");
  EXPECT_EQ(err([&] { m(d, "keys", {i(1)}); }),
            "TypeError: dict.keys() takes no arguments (1 given)");
  EXPECT_EQ(err([&] { call(type(vm.types.dict), {list({i(1)})}); }),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  EXPECT_EQ(err([&] {
              call(type(vm.types.dict), {list({tuple({i(1), i(2), i(3)})})});
            }),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  EXPECT_EQ(err([&] {
              call(type(vm.types.dict), {i(1), i(2)});
            }),
            "TypeError: dict expected at most 1 argument, got 2");
  EXPECT_EQ(err([&] { set(d, list({}), i(1)); }), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(err([&] { bin(BinaryOp::Or, d, list({})); }),
            "TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
}

TEST_F(DictTest, ChangedSizeDuringIteration) {
  Value d = dict();
  set(d, i(1), i(1));
  Value it = keep(get_iterator(vm, d));
  Value x;
  ASSERT_TRUE(iterator_next(vm, it, &x));
  set(d, i(2), i(2));
  EXPECT_EQ(err([&] { iterator_next(vm, it, &x); }),
            "RuntimeError: dictionary changed size during iteration");
}

}  // namespace
}  // namespace ember

// str/bytes/bytearray slots (operators, indexing, iteration, construction) and the checks
// on `self` of methods called through the type. Expected values come from python3.11.
#include "tests/unit/str_test_support.h"
#include "vm/slice_object.h"

namespace ember::strtest {
namespace {

class StrSlotsTest : public StrTest {
 protected:
  Value Slice(Value start, Value stop, Value step) {
    auto* s = vm.allocate<SliceObject>(vm.types.slice);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return Value::from_object(s);
  }
  std::string getitem(Value self, Value key) {
    return run([&] { return vm.type_of(self)->slots.getitem(vm, self, key); });
  }
  std::string binary(BinaryOp op, Value a, Value b) {
    return run([&] {
      Value r = vm.type_of(a)->slots.binary ? vm.type_of(a)->slots.binary(vm, op, a, b)
                                            : vm.not_implemented;
      if (r.is(vm.not_implemented) && vm.type_of(b)->slots.binary) {
        r = vm.type_of(b)->slots.binary(vm, op, a, b);
      }
      return r;
    });
  }
  std::string construct(Type* t, std::vector<Value> args,
                        std::vector<std::pair<const char*, Value>> kw = {}) {
    return run([&] {
      std::vector<Value> values = args;
      TupleObject* names = nullptr;
      if (!kw.empty()) {
        names = vm.new_tuple(static_cast<int64_t>(kw.size()));
        for (size_t i = 0; i < kw.size(); ++i) {
          names->items[i] = Value::from_object(vm.intern(kw[i].first));
          values.push_back(kw[i].second);
        }
      }
      CallArgs a;
      a.values = values.data();
      a.npos = static_cast<uint32_t>(args.size());
      a.kwnames = names;
      return t->slots.construct(vm, t, a);
    });
  }
  std::string iterate(Value v) {
    Type* t = vm.type_of(v);
    Value it = t->slots.iter(vm, v);
    std::string out;
    Value item;
    while (vm.type_of(it)->slots.next(vm, it, &item)) out += show(item) + " ";
    return out;
  }
};

TEST_F(StrSlotsTest, Indexing) {
  Value s =
      S("h\xC3\xA9"
        "llo w\xC3\xB6"
        "rld");  // 'héllo wörld'
  EXPECT_EQ(getitem(s, I(1)), "'\xC3\xA9'");
  EXPECT_EQ(getitem(s, I(-4)), "'\xC3\xB6'");
  EXPECT_EQ(getitem(s, I(11)), "IndexError: string index out of range");
  EXPECT_EQ(getitem(s, Slice(I(1), I(5), None())),
            "'\xC3\xA9"
            "llo'");
  EXPECT_EQ(getitem(s, Slice(None(), None(), I(-1))),
            "'dlr\xC3\xB6"
            "w oll\xC3\xA9"
            "h'");
  EXPECT_EQ(getitem(s, Slice(None(), None(), I(3))), "'hlwl'");
  EXPECT_EQ(getitem(s, Slice(I(5), I(1), None())), "''");
  EXPECT_EQ(getitem(S("abcdef"), Slice(I(-2), I(0), I(-2))), "'ec'");
  EXPECT_EQ(getitem(S("abc"), S("x")), "TypeError: string indices must be integers, not 'str'");
  EXPECT_EQ(getitem(B("abc"), I(1)), "98");
  EXPECT_EQ(getitem(B("abc"), Slice(None(), None(), I(-1))), "b'cba'");
  EXPECT_EQ(getitem(B("abc"), I(3)), "IndexError: index out of range");
  EXPECT_EQ(getitem(BA("abc"), Slice(I(1), None(), None())), "bytearray(b'bc')");
}

TEST_F(StrSlotsTest, Operators) {
  EXPECT_EQ(binary(BinaryOp::Add, S("ab"), S("\xC3\xA9")), "'ab\xC3\xA9'");
  EXPECT_EQ(binary(BinaryOp::Add, S("ab"), I(1)),
            "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(binary(BinaryOp::Mul, S("ab"), I(3)), "'ababab'");
  EXPECT_EQ(binary(BinaryOp::Mul, I(2), S("\xC3\xA9")), "'\xC3\xA9\xC3\xA9'");
  EXPECT_EQ(binary(BinaryOp::Mul, S("ab"), I(-3)), "''");
  EXPECT_EQ(binary(BinaryOp::Mul, S("ab"), S("b")),
            "TypeError: can't multiply sequence by non-int of type 'str'");
  EXPECT_EQ(binary(BinaryOp::Mul, S("ab"), Big("18446744073709551616")),
            "OverflowError: cannot fit 'int' into an index-sized integer");
  EXPECT_EQ(binary(BinaryOp::Mul, S("ab"), Big("4611686018427387904")),
            "OverflowError: repeated string is too long");
  EXPECT_EQ(binary(BinaryOp::Mod, S("%s-%s"), T({S("a"), S("b")})), "'a-b'");
  EXPECT_EQ(binary(BinaryOp::Mod, S("%.2f|%e|%g|%G"),
                   T({Value::from_double(2.675), Value::from_double(12345.678),
                      Value::from_double(1e-5), Value::from_double(1e20)})),
            "'2.67|1.234568e+04|1e-05|1E+20'");
  EXPECT_EQ(binary(BinaryOp::Mod, S("%5.1f|%-8.2e|%+g|%#.3g|%#.0f"),
                   T({Value::from_double(3.14159), Value::from_double(-0.5),
                      Value::from_double(2.0), Value::from_double(1.0), Value::from_double(1.0)})),
            "'  3.1|-5.00e-01|+2|1.00|1.'");
  EXPECT_EQ(
      binary(BinaryOp::Mod, S("%d %x"), T({Value::from_double(3.9), Value::from_double(1.0)})),
      "TypeError: %x format: an integer is required, not float");
  EXPECT_EQ(binary(BinaryOp::Mod, S("%f %F"),
                   T({Value::from_double(1.0 / 0.0), Value::from_double(0.0 / 0.0)})),
            "'inf NAN'");
  EXPECT_EQ(binary(BinaryOp::Add, B("ab"), BA("c")), "b'abc'");
  EXPECT_EQ(binary(BinaryOp::Add, BA("ab"), B("c")), "bytearray(b'abc')");
  EXPECT_EQ(binary(BinaryOp::Add, B("ab"), S("c")), "TypeError: can't concat str to bytes");
  EXPECT_EQ(binary(BinaryOp::Mul, I(2), B("ab")), "b'abab'");
  EXPECT_EQ(binary(BinaryOp::Mod, B("%s=%d"), T({B("x"), I(5)})), "b'x=5'");
  EXPECT_EQ(binary(BinaryOp::Mod, B("%5s|%-4s|%c"), T({B("ab"), B("c"), I(65)})),
            "b'   ab|c   |A'");
}

TEST_F(StrSlotsTest, ComparisonAndHash) {
  auto cmp = [&](Value a, Value b, CompareOp op) {
    return show(vm.type_of(a)->slots.compare(vm, a, b, op));
  };
  EXPECT_EQ(cmp(S("abc"), S("abd"), CompareOp::Lt), "True");
  EXPECT_EQ(cmp(S("\xC3\xA9"), S("z"), CompareOp::Gt), "True");
  EXPECT_EQ(cmp(S("\xF0\x9F\x98\x80"), S("\xEF\xBF\xBF"), CompareOp::Gt), "True");
  EXPECT_EQ(cmp(S("a"), S(std::string_view("a\0", 2)), CompareOp::Lt), "True");
  EXPECT_TRUE(vm.types.str->slots.compare(vm, S("a"), I(1), CompareOp::Lt).is(vm.not_implemented));
  EXPECT_EQ(cmp(B("a"), BA("a"), CompareOp::Eq), "True");
  EXPECT_EQ(cmp(BA("a"), B("b"), CompareOp::Lt), "True");
  EXPECT_EQ(vm.types.str->slots.hash(vm, S("abc")), vm.types.str->slots.hash(vm, S("abc")));
  EXPECT_EQ(vm.types.bytes->slots.hash(vm, B("abc")), vm.types.str->slots.hash(vm, S("abc")));
  EXPECT_EQ(vm.types.bytearray->slots.hash, nullptr);
  // CPython 3.11 with PYTHONHASHSEED=0.
  auto h = [&](Value v) { return vm.type_of(v)->slots.hash(vm, v); };
  EXPECT_EQ(h(S("abc")), -4594863902769663758);
  EXPECT_EQ(h(S("")), 0);
  EXPECT_EQ(h(S("\xC3\xA9")), 6047309291227476195);
  EXPECT_EQ(h(B("\xC3\xA9")), -1266968099349302080);
  EXPECT_EQ(h(S("\xE2\x82\xAC")), -5529981157763016009);
  EXPECT_EQ(h(S("\xF0\x9F\x98\x80")), -3536540696076613844);
  EXPECT_EQ(h(S("a\xC3\xA9\xE2\x82\xAC")), -5681234222116292567);
  EXPECT_EQ(h(S("hello world long string here")), -5907380397757904428);
  EXPECT_EQ(h(B("hello world long string here")), -5907380397757904428);
}

TEST_F(StrSlotsTest, ContainsAndIteration) {
  EXPECT_TRUE(vm.types.str->slots.contains(vm, S("abc"), S("bc")));
  EXPECT_TRUE(vm.types.str->slots.contains(vm, S("abc"), S("")));
  EXPECT_EQ(run([&] { return Value::from_bool(vm.types.str->slots.contains(vm, S("a"), I(1))); }),
            "TypeError: 'in <string>' requires string as left operand, not int");
  EXPECT_EQ(iterate(S("a\xC3\xA9\xF0\x9F\x98\x80")), "'a' '\xC3\xA9' '\xF0\x9F\x98\x80' ");
  EXPECT_EQ(iterate(B("ab")), "97 98 ");
  EXPECT_EQ(vm.type_of(vm.types.str->slots.iter(vm, S("ab")))->name->view(), "str_ascii_iterator");
  EXPECT_EQ(vm.type_of(vm.types.str->slots.iter(vm, S("\xC3\xA9")))->name->view(), "str_iterator");
  EXPECT_EQ(vm.type_of(vm.types.bytes->slots.iter(vm, B("")))->name->view(), "bytes_iterator");
  EXPECT_EQ(iterate(BA("\xFF")), "255 ");
  EXPECT_EQ(
      run([&] { return Value::from_bool(vm.types.bytes->slots.contains(vm, B("a"), I(300))); }),
      "ValueError: byte must be in range(0, 256)");
}

TEST_F(StrSlotsTest, Constructors) {
  EXPECT_EQ(construct(vm.types.str, {}), "''");
  EXPECT_EQ(construct(vm.types.str, {S("x")}), "'x'");
  EXPECT_EQ(construct(vm.types.str, {B("caf\xC3\xA9"), S("utf-8")}), "'caf\xC3\xA9'");
  EXPECT_EQ(construct(vm.types.str, {B("abc")}, {{"encoding", S("ascii")}}), "'abc'");
  EXPECT_EQ(construct(vm.types.str, {B("\xFF"), S("utf-8"), S("replace")}), "'\xEF\xBF\xBD'");
  EXPECT_EQ(construct(vm.types.str, {B("a"), I(1)}),
            "TypeError: str() argument 'encoding' must be str, not int");
  EXPECT_EQ(construct(vm.types.str, {S("a"), S("utf-8")}),
            "TypeError: decoding str is not supported");
  EXPECT_EQ(construct(vm.types.str, {I(1), S("utf-8")}),
            "TypeError: decoding to str: need a bytes-like object, int found");
  EXPECT_EQ(construct(vm.types.str, {}, {{"x", I(1)}}),
            "TypeError: 'x' is an invalid keyword argument for str()");
  EXPECT_EQ(construct(vm.types.str, {B("a"), S("zz")}), "LookupError: unknown encoding: zz");
  EXPECT_EQ(construct(vm.types.bytes, {I(3)}), "b'\\x00\\x00\\x00'");
  EXPECT_EQ(construct(vm.types.bytes, {L({I(1), I(255)})}), "b'\\x01\\xff'");
  EXPECT_EQ(construct(vm.types.bytes, {L({I(256)})}), "ValueError: bytes must be in range(0, 256)");
  EXPECT_EQ(construct(vm.types.bytes, {I(-1)}), "ValueError: negative count");
  EXPECT_EQ(construct(vm.types.bytes, {S("a")}), "TypeError: string argument without an encoding");
  EXPECT_EQ(construct(vm.types.bytes, {S("\xC3\xA9"), S("utf-8")}), "b'\\xc3\\xa9'");
  EXPECT_EQ(construct(vm.types.bytes, {B("x"), S("ascii")}),
            "TypeError: encoding without a string argument");
  EXPECT_EQ(construct(vm.types.bytes, {Value::from_double(1.5)}),
            "TypeError: cannot convert 'float' object to bytes");
  EXPECT_EQ(construct(vm.types.bytearray, {S("ab"), S("utf-8")}), "bytearray(b'ab')");
  EXPECT_EQ(construct(vm.types.bytearray, {L({I(256)})}),
            "ValueError: byte must be in range(0, 256)");
  EXPECT_EQ(construct(vm.types.bytearray, {}), "bytearray(b'')");
}

TEST_F(StrSlotsTest, ByteArrayMutation) {
  Value ba = BA("abcdef");
  auto set = [&](Value key, Value value) {
    return run([&] {
      vm.types.bytearray->slots.setitem(vm, ba, key, value);
      return ba;
    });
  };
  auto del = [&](Value key) {
    return run([&] {
      vm.types.bytearray->slots.delitem(vm, ba, key);
      return ba;
    });
  };
  EXPECT_EQ(set(Slice(I(0), I(2), None()), B("XYZ")), "bytearray(b'XYZcdef')");
  EXPECT_EQ(set(Slice(None(), None(), I(2)), B("1234")), "bytearray(b'1Y2c3e4')");
  EXPECT_EQ(set(Slice(None(), None(), I(2)), B("1")),
            "ValueError: attempt to assign bytes of size 1 to extended slice of size 4");
  EXPECT_EQ(set(Slice(I(0), I(1), None()), I(5)),
            "TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  EXPECT_EQ(set(Slice(I(0), I(1), None()), L({I(65), I(66)})), "bytearray(b'ABY2c3e4')");
  EXPECT_EQ(del(I(0)), "bytearray(b'BY2c3e4')");
  EXPECT_EQ(del(Slice(None(), None(), I(2))), "bytearray(b'Yce')");
  EXPECT_EQ(del(Slice(None(), None(), I(-1))), "bytearray(b'')");
  EXPECT_EQ(set(I(0), I(1)), "IndexError: bytearray index out of range");
  ba = BA("abc");
  EXPECT_EQ(set(I(-1), I(300)), "ValueError: byte must be in range(0, 256)");
  EXPECT_EQ(set(I(-1), I(33)), "bytearray(b'ab!')");
  EXPECT_EQ(m(ba, "extend", {L({I(1), I(2)})}), "None");
  EXPECT_EQ(m(ba, "insert", {I(-100), I(122)}), "None");
  EXPECT_EQ(m(ba, "insert", {I(100), I(121)}), "None");
  EXPECT_EQ(show(ba), "bytearray(b'zab!\\x01\\x02y')");
  EXPECT_EQ(m(ba, "remove", {I(33)}), "None");
  EXPECT_EQ(m(ba, "reverse"), "None");
  EXPECT_EQ(show(ba), "bytearray(b'y\\x02\\x01baz')");
  EXPECT_EQ(m(ba, "extend", {S("ab")}), "TypeError: expected iterable of integers; got: 'str'");
  EXPECT_EQ(run([&] { return vm.types.bytearray->slots.inplace(vm, BinaryOp::Add, ba, L({})); }),
            "TypeError: can't concat list to bytearray");
  EXPECT_EQ(m(ba, "clear"), "None");
  EXPECT_EQ(show(ba), "bytearray(b'')");
}

TEST_F(StrSlotsTest, MethodsCheckSelf) {
  EXPECT_EQ(run([&] { return call_static(vm.types.str, "upper", {I(5)}); }),
            "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object");
  EXPECT_EQ(run([&] { return call_static(vm.types.str, "upper", {}); }),
            "TypeError: unbound method str.upper() needs an argument");
  EXPECT_EQ(run([&] {
              return call_static(vm.types.str, "join", {S(","), L({S("a"), S("b")})});
            }),
            "'a,b'");
  EXPECT_EQ(run([&] { return call_static(vm.types.bytes, "hex", {S("x")}); }),
            "TypeError: descriptor 'hex' for 'bytes' objects doesn't apply to a 'str' object");
  EXPECT_EQ(run([&] { return call_static(vm.types.bytes, "fromhex", {S("41 42")}); }), "b'AB'");
  EXPECT_EQ(run([&] { return call_static(vm.types.bytearray, "fromhex", {S("4")}); }),
            "ValueError: non-hexadecimal number found in fromhex() arg at position 1");
  EXPECT_EQ(run([&] {
              return call_static(vm.types.str, "maketrans", {S("ab"), S("c")});
            }),
            "ValueError: the first two maketrans arguments must have equal length");
}

TEST_F(StrSlotsTest, FormatSlot) {
  auto fmt = [&](Value v, const char* spec) {
    return run([&] { return vm.type_of(v)->slots.format(vm, v, vm.new_str(spec)); });
  };
  EXPECT_EQ(fmt(S("ab"), ""), "'ab'");
  EXPECT_EQ(fmt(S("ab"), "05"), "'ab000'");
  EXPECT_EQ(fmt(S("ab"), "x<5"), "'abxxx'");
  EXPECT_EQ(fmt(S("abc"), "\xC3\xA9^7"),
            "'\xC3\xA9\xC3\xA9"
            "abc\xC3\xA9\xC3\xA9'");
  EXPECT_EQ(fmt(S("ab"), "5.1s"), "'a    '");
  EXPECT_EQ(fmt(S("ab"), "abc"),
            "ValueError: Invalid format specifier 'abc' for object of type 'str'");
  EXPECT_EQ(fmt(S("ab"), "10000000000000000000000"),
            "ValueError: Too many decimal digits in format string");
  EXPECT_EQ(fmt(S("ab"), "."), "ValueError: Format specifier missing precision");
  EXPECT_EQ(fmt(S("ab"), " "), "ValueError: Space not allowed in string format specifier");
  EXPECT_EQ(fmt(S("ab"), "z"),
            "ValueError: Negative zero coercion (z) not allowed in string format specifier");
  EXPECT_EQ(fmt(S("ab"), "#"),
            "ValueError: Alternate form (#) not allowed in string format specifier");
  EXPECT_EQ(fmt(S("ab"), "_"), "ValueError: Cannot specify '_' with 's'.");
  EXPECT_EQ(fmt(S("ab"), "d"), "ValueError: Unknown format code 'd' for object of type 'str'");
}

}  // namespace
}  // namespace ember::strtest

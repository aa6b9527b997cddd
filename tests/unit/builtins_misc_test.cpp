// object, type, function types, exceptions, builtin functions, io and sys: results and error
// messages checked against CPython 3.11.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <string>

#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/import.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {
namespace {

class BuiltinsMisc : public ::testing::Test {
 protected:
  BuiltinsMisc() { install_builtins(vm); }

  Value b(const char* name) {
    Value v = dict_get_str(vm, vm.builtins, vm.name(name));
    EXPECT_FALSE(v.is_undefined()) << name;
    return v;
  }
  Value s(const char* text) { return Value::from_object(vm.new_str(text)); }
  Value i(int64_t n) { return vm.make_int(n); }
  Value call(const char* name, std::initializer_list<Value> args) { return vm.call(b(name), args); }
  // Calls with keyword arguments: `names` names the last values.
  Value call_kw(Value f, std::vector<Value> values, std::initializer_list<const char*> names) {
    TupleObject* kwnames = vm.new_tuple(static_cast<int64_t>(names.size()));
    int64_t k = 0;
    for (const char* n : names) kwnames->items[k++] = Value::from_object(vm.intern(n));
    CallArgs args;
    args.values = values.data();
    args.npos = static_cast<uint32_t>(values.size() - names.size());
    args.kwnames = kwnames;
    return vm.call(f, args);
  }
  std::string r(Value v) { return std::string(repr(vm, v)->view()); }
  std::string st(Value v) { return std::string(str(vm, v)->view()); }
  Value attr(Value v, const char* name) { return get_attribute(vm, v, vm.name(name)); }
  Value sys(const char* name) {
    Value m = dict_get_str(vm, vm.modules, vm.name("sys"));
    return attr(m, name);
  }
  // "TypeError: message" for the exception `f` raises, "" when it returns.
  std::string error(const std::function<void()>& f) {
    try {
      f();
    } catch (const PythonException&) {
      Value e = vm.raised();
      vm.clear_raised();
      return std::string(vm.type_of(e)->name->view()) + ": " + st(e);
    }
    return "";
  }

  VM vm;
};

TEST_F(BuiltinsMisc, ObjectBasics) {
  Value o = call("object", {});
  EXPECT_EQ(r(o).rfind("<object object at 0x", 0), 0u);
  EXPECT_EQ(hash_value(vm, o), hash_value(vm, o));
  EXPECT_TRUE(values_equal(vm, o, o));
  EXPECT_FALSE(values_equal(vm, o, call("object", {})));
  EXPECT_EQ(error([&] { call("object", {i(1)}); }), "TypeError: object() takes no arguments");
  EXPECT_EQ(r(attr(o, "__class__")), "<class 'object'>");
  EXPECT_EQ(error([&] { set_attribute(vm, o, vm.name("y"), i(3)); }),
            "AttributeError: 'object' object has no attribute 'y'");
  EXPECT_EQ(st(call("format", {o, s("")})), st(o));
  EXPECT_EQ(error([&] {
              call("format", {o, s("q")});
            }),
            "TypeError: unsupported format string passed to object.__format__");
}

TEST_F(BuiltinsMisc, TypeBasics) {
  EXPECT_TRUE(call("type", {i(1)}).is(b("int")));
  EXPECT_EQ(r(b("int")), "<class 'int'>");
  EXPECT_EQ(r(call("type", {b("int")})), "<class 'type'>");
  EXPECT_EQ(r(attr(b("bool"), "__mro__")), "(<class 'bool'>, <class 'int'>, <class 'object'>)");
  EXPECT_EQ(r(attr(b("bool"), "__bases__")), "(<class 'int'>,)");
  EXPECT_EQ(r(attr(b("object"), "__bases__")), "()");
  EXPECT_EQ(r(attr(b("object"), "__base__")), "None");
  EXPECT_EQ(st(attr(b("int"), "__name__")), "int");
  EXPECT_EQ(st(attr(b("int"), "__module__")), "builtins");
  EXPECT_EQ(r(attr(b("KeyError"), "__mro__")),
            "(<class 'KeyError'>, <class 'LookupError'>, <class 'Exception'>, "
            "<class 'BaseException'>, <class 'object'>)");
  Value builtin_type = call("type", {b("len")});
  EXPECT_EQ(error([&] { vm.call(builtin_type, {}); }),
            "TypeError: cannot create 'builtin_function_or_method' instances");
  EXPECT_EQ(error([&] { call("type", {}); }), "TypeError: type() takes 1 or 3 arguments");
  EXPECT_EQ(error([&] { call("type", {i(1), i(2)}); }), "TypeError: type() takes 1 or 3 arguments");
  EXPECT_EQ(error([&] { set_attribute(vm, b("int"), vm.name("y"), i(3)); }),
            "TypeError: cannot set 'y' attribute of immutable type 'int'");
  EXPECT_EQ(error([&] { attr(b("int"), "y"); }),
            "AttributeError: type object 'int' has no attribute 'y'");
}

TEST_F(BuiltinsMisc, FunctionReprs) {
  EXPECT_EQ(r(b("len")), "<built-in function len>");
  EXPECT_EQ(r(attr(b("str"), "upper")), "<method 'upper' of 'str' objects>");
  EXPECT_EQ(st(attr(attr(b("str"), "upper"), "__qualname__")), "str.upper");
  EXPECT_EQ(r(call("type", {attr(b("int"), "__dict__")})), "<class 'mappingproxy'>");
  EXPECT_EQ(error([&] { set_item(vm, attr(b("int"), "__dict__"), s("x"), i(1)); }),
            "TypeError: 'mappingproxy' object does not support item assignment");
  EXPECT_EQ(st(attr(b("len"), "__name__")), "len");
  EXPECT_EQ(error([&] { attr(b("len"), "y"); }),
            "AttributeError: 'builtin_function_or_method' object has no attribute 'y'");
}

TEST_F(BuiltinsMisc, ExceptionStrAndRepr) {
  Value ve = b("ValueError");
  EXPECT_EQ(r(vm.call(ve, {})), "ValueError()");
  EXPECT_EQ(st(vm.call(ve, {})), "");
  EXPECT_EQ(r(vm.call(ve, {s("x")})), "ValueError('x')");
  EXPECT_EQ(st(vm.call(ve, {s("x")})), "x");
  EXPECT_EQ(r(vm.call(ve, {i(1), i(2)})), "ValueError(1, 2)");
  EXPECT_EQ(st(vm.call(ve, {i(1), i(2)})), "(1, 2)");
  EXPECT_EQ(st(vm.call(b("KeyError"), {s("a")})), "'a'");
  EXPECT_EQ(r(vm.call(b("KeyError"), {s("a")})), "KeyError('a')");
  EXPECT_EQ(r(attr(vm.call(b("SystemExit"), {}), "code")), "None");
  EXPECT_EQ(r(attr(vm.call(b("SystemExit"), {i(3)}), "code")), "3");
  EXPECT_EQ(r(attr(vm.call(b("SystemExit"), {i(1), i(2)}), "code")), "(1, 2)");
  EXPECT_EQ(r(attr(vm.call(b("StopIteration"), {i(5), i(6)}), "value")), "5");
  EXPECT_EQ(error([&] { call_kw(ve, {i(1)}, {"x"}); }),
            "TypeError: ValueError() takes no keyword arguments");
  Value ne = call_kw(b("NameError"), {s("x"), s("q")}, {"name"});
  EXPECT_EQ(st(attr(ne, "name")), "q");
  EXPECT_EQ(r(ne), "NameError('x')");
}

TEST_F(BuiltinsMisc, OSErrorSubclassesAndStr) {
  Value e = vm.call(b("OSError"), {i(2), s("No such file or directory"), s("x")});
  EXPECT_EQ(r(call("type", {e})), "<class 'FileNotFoundError'>");
  EXPECT_EQ(st(e), "[Errno 2] No such file or directory: 'x'");
  EXPECT_EQ(r(e), "FileNotFoundError(2, 'No such file or directory')");
  EXPECT_EQ(r(attr(e, "errno")), "2");
  EXPECT_EQ(st(vm.call(b("OSError"), {i(13), s("perm")})), "[Errno 13] perm");
  EXPECT_EQ(r(call("type", {vm.call(b("OSError"), {i(13), s("perm")})})),
            "<class 'PermissionError'>");
  EXPECT_EQ(st(vm.call(b("OSError"), {i(2)})), "2");
  EXPECT_EQ(st(vm.call(b("OSError"), {i(2), s("x"), s("f"), Value::none(), s("g")})),
            "[Errno 2] x: 'f' -> 'g'");
}

TEST_F(BuiltinsMisc, SyntaxAndUnicodeErrors) {
  Value info = Value::from_object(vm.new_tuple({s("/a/b/f.py"), i(3), i(4), s("txt")}));
  Value e = vm.call(b("SyntaxError"), {s("bad"), info});
  EXPECT_EQ(st(e), "bad (f.py, line 3)");
  EXPECT_EQ(r(attr(e, "lineno")), "3");
  EXPECT_EQ(st(attr(e, "text")), "txt");
  EXPECT_EQ(r(attr(e, "end_lineno")), "None");
  EXPECT_EQ(st(vm.call(b("SyntaxError"), {s("bad")})), "bad");
  Value enc = vm.call(b("UnicodeEncodeError"),
                      {s("ascii"), s("h\xc3\xa9llo"), i(1), i(2), s("ordinal not in range(128)")});
  EXPECT_EQ(st(enc),
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in "
            "range(128)");
  EXPECT_EQ(error([&] { vm.call(b("UnicodeDecodeError"), {s("a")}); }),
            "TypeError: function takes exactly 5 arguments (1 given)");
}

TEST_F(BuiltinsMisc, ExceptionAttributes) {
  Value e = vm.call(b("ValueError"), {s("x")});
  set_attribute(vm, e, vm.name("foo"), i(5));
  EXPECT_EQ(r(attr(e, "foo")), "5");
  EXPECT_EQ(r(attr(e, "__cause__")), "None");
  EXPECT_EQ(r(attr(e, "__suppress_context__")), "False");
  EXPECT_EQ(error([&] { set_attribute(vm, e, vm.name("__cause__"), i(3)); }),
            "TypeError: exception cause must be None or derive from BaseException");
  set_attribute(vm, e, vm.name("__cause__"), vm.call(b("KeyError"), {}));
  EXPECT_EQ(r(attr(e, "__suppress_context__")), "True");
  EXPECT_EQ(error([&] { attr(e, "bar"); }),
            "AttributeError: 'ValueError' object has no attribute 'bar'");
  EXPECT_TRUE(vm.call(attr(e, "with_traceback"), {Value::none()}).is(e));
}

TEST_F(BuiltinsMisc, SimpleFunctions) {
  EXPECT_EQ(r(call("len", {s("abc")})), "3");
  EXPECT_EQ(error([&] { call("len", {}); }),
            "TypeError: len() takes exactly one argument (0 given)");
  EXPECT_EQ(st(call("repr", {s("a")})), "'a'");
  EXPECT_EQ(st(call("chr", {i(97)})), "a");
  EXPECT_EQ(error([&] { call("chr", {i(-1)}); }), "ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(r(call("ord", {s("a")})), "97");
  EXPECT_EQ(error([&] { call("ord", {s("ab")}); }),
            "TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_EQ(error([&] { call("ord", {i(1)}); }),
            "TypeError: ord() expected string of length 1, but int found");
  EXPECT_EQ(r(call("callable", {b("len")})), "True");
  EXPECT_EQ(r(call("callable", {i(1)})), "False");
  EXPECT_EQ(r(call("isinstance", {Value::from_bool(true), b("int")})), "True");
  Value tup = Value::from_object(vm.new_tuple({b("str"), b("int")}));
  EXPECT_EQ(r(call("isinstance", {i(1), tup})), "True");
  EXPECT_EQ(error([&] {
              call("isinstance", {i(1), i(2)});
            }),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_EQ(r(call("issubclass", {b("bool"), b("int")})), "True");
  EXPECT_EQ(error([&] {
              call("issubclass", {i(1), b("int")});
            }),
            "TypeError: issubclass() arg 1 must be a class");
  EXPECT_EQ(r(call("getattr", {i(1), s("nope"), i(7)})), "7");
  EXPECT_EQ(r(call("hasattr", {i(1), s("nope")})), "False");
  EXPECT_EQ(error([&] {
              call("getattr", {i(1), i(2)});
            }),
            "TypeError: attribute name must be string, not 'int'");
}

TEST_F(BuiltinsMisc, IterationFunctions) {
  Value list = b("list");
  Value abc = s("abc");
  EXPECT_EQ(r(vm.call(list, {call("enumerate", {abc})})), "[(0, 'a'), (1, 'b'), (2, 'c')]");
  EXPECT_EQ(r(vm.call(list, {call("reversed", {abc})})), "['c', 'b', 'a']");
  EXPECT_EQ(r(vm.call(list, {call("zip", {abc, s("xy")})})), "[('a', 'x'), ('b', 'y')]");
  Value strict = call_kw(b("zip"), {s("a"), s(""), Value::from_bool(true)}, {"strict"});
  EXPECT_EQ(error([&] { vm.call(list, {strict}); }),
            "ValueError: zip() argument 2 is shorter than argument 1");
  strict = call_kw(b("zip"), {s("a"), s("ab"), Value::from_bool(true)}, {"strict"});
  EXPECT_EQ(error([&] { vm.call(list, {strict}); }),
            "ValueError: zip() argument 2 is longer than argument 1");
  strict = call_kw(b("zip"), {s("ab"), s("ab"), s("a"), Value::from_bool(true)}, {"strict"});
  EXPECT_EQ(error([&] { vm.call(list, {strict}); }),
            "ValueError: zip() argument 3 is shorter than arguments 1-2");
  EXPECT_EQ(r(vm.call(list, {call("map", {b("ord"), abc})})), "[97, 98, 99]");
  EXPECT_EQ(r(vm.call(list, {call("filter", {Value::none(), s("a")})})), "['a']");
  EXPECT_EQ(error([&] { call("map", {b("len")}); }),
            "TypeError: map() must have at least two arguments.");
  Value it = call("iter", {s("ab")});
  EXPECT_EQ(r(call("next", {it})), "'a'");
  EXPECT_EQ(r(call("next", {it})), "'b'");
  EXPECT_EQ(r(call("next", {it, i(0)})), "0");
  EXPECT_EQ(error([&] { call("next", {it}); }), "StopIteration: ");
  EXPECT_EQ(error([&] { call("next", {i(1)}); }), "TypeError: 'int' object is not an iterator");
  EXPECT_EQ(r(call("any", {s("")})), "False");
  EXPECT_EQ(r(call("all", {s("")})), "True");
}

TEST_F(BuiltinsMisc, MinMaxSumSorted) {
  EXPECT_EQ(r(call("min", {i(3), i(1), i(2)})), "1");
  EXPECT_EQ(r(call("max", {s("bca")})), "'c'");
  EXPECT_EQ(error([&] { call("min", {s("")}); }), "ValueError: min() arg is an empty sequence");
  EXPECT_EQ(error([&] { call("max", {}); }), "TypeError: max expected at least 1 argument, got 0");
  EXPECT_EQ(r(call_kw(b("max"), {s(""), i(5)}, {"default"})), "5");
  EXPECT_EQ(r(call("sum", {vm.call(b("range"), {i(10)})})), "45");
  EXPECT_EQ(r(call("sum", {vm.call(b("range"), {i(10)}), i(5)})), "50");
  EXPECT_EQ(error([&] {
              call("sum", {s("ab"), s("")});
            }),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  EXPECT_EQ(r(call("sorted", {s("bca")})), "['a', 'b', 'c']");
  EXPECT_EQ(r(call_kw(b("sorted"), {s("bca"), Value::from_bool(true)}, {"reverse"})),
            "['c', 'b', 'a']");
}

TEST_F(BuiltinsMisc, FilesRoundTrip) {
  char path[] = "/tmp/ember_bi_test_XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  close(fd);
  Value f = call("open", {s(path), s("w")});
  EXPECT_EQ(r(vm.call(attr(f, "write"), {s("h\xc3\xa9llo\nworld\n")})), "12");
  call_kw(b("print"), {s("a"), s("b"), f, s("-")}, {"file", "sep"});
  vm.call(attr(f, "close"), {});
  EXPECT_EQ(r(attr(f, "closed")), "True");
  f = call("open", {s(path)});
  EXPECT_EQ(r(vm.call(attr(f, "readline"), {})), "'h\xc3\xa9llo\\n'");
  EXPECT_EQ(r(vm.call(attr(f, "read"), {})), "'world\\na-b\\n'");
  EXPECT_EQ(r(vm.call(attr(f, "read"), {})), "''");
  vm.call(attr(f, "close"), {});
  EXPECT_EQ(error([&] { vm.call(attr(f, "read"), {}); }),
            "ValueError: I/O operation on closed file.");
  unlink(path);
  EXPECT_EQ(error([&] { call("open", {s("/nonexistent/x")}); }),
            "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x'");
  EXPECT_EQ(error([&] {
              call("open", {s(path), s("rw")});
            }),
            "ValueError: must have exactly one of create/read/write/append mode");
}

TEST_F(BuiltinsMisc, FileNewlines) {
  char path[] = "/tmp/ember_bi_nl_XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  close(fd);
  Value f = call("open", {s(path), s("w")});
  vm.call(attr(f, "write"), {s("x\ny\r\nz\rw")});
  vm.call(attr(f, "close"), {});
  f = call("open", {s(path)});
  EXPECT_EQ(r(vm.call(attr(f, "read"), {})), "'x\\ny\\nz\\nw'");
  vm.call(attr(f, "close"), {});
  f = call_kw(b("open"), {s(path), s("")}, {"newline"});
  EXPECT_EQ(r(vm.call(b("list"), {f})), "['x\\n', 'y\\r\\n', 'z\\r', 'w']");
  vm.call(attr(f, "close"), {});
  f = call("open", {s(path), s("rb")});
  EXPECT_EQ(r(vm.call(attr(f, "read"), {})), "b'x\\ny\\r\\nz\\rw'");
  vm.call(attr(f, "close"), {});
  unlink(path);
}

TEST_F(BuiltinsMisc, ImportBuiltinModules) {
  EXPECT_EQ(r(call("__import__", {s("sys")})), "<module 'sys' (built-in)>");
  EXPECT_EQ(error([&] { call("__import__", {s("nope")}); }),
            "ModuleNotFoundError: No module named 'nope'");
}

// _caller's helpers for warnings: with no Python frame running, the stack is too shallow;
// source lines come from the VM's remembered sources.
TEST_F(BuiltinsMisc, CallerModule) {
  Value caller = import_module(vm, vm.name("_caller"), 0, nullptr);
  Value location = attr(caller, "location");
  Value source_line = attr(caller, "source_line");
  EXPECT_EQ(error([&] { vm.call(location, {}); }), "ValueError: call stack is not deep enough");
  EXPECT_EQ(error([&] {
              vm.call(location, {i(1), i(2)});
            }),
            "TypeError: location() takes at most 1 argument (2 given)");
  EXPECT_EQ(error([&] { call_kw(location, {i(1)}, {"depth"}); }),
            "TypeError: location() takes no keyword arguments");
  vm.remember_source("<remembered>", "first\r\n  second line  \nthird");
  EXPECT_EQ(r(vm.call(source_line, {s("<remembered>"), i(2)})), "'  second line  \\n'");
  EXPECT_EQ(r(vm.call(source_line, {s("<remembered>"), i(3)})), "'third\\n'");
  EXPECT_EQ(r(vm.call(source_line, {s("<remembered>"), i(4)})), "''");
  EXPECT_EQ(r(vm.call(source_line, {s("<remembered>"), i(0)})), "''");
  EXPECT_EQ(r(vm.call(source_line, {s("<remembered>"), i(int64_t{1} << 40)})), "''");
  EXPECT_EQ(r(vm.call(source_line, {s("<no such file>"), i(1)})), "''");
  EXPECT_EQ(error([&] {
              vm.call(source_line, {i(1), i(1)});
            }),
            "TypeError: source_line() argument 1 must be str, not int");
  EXPECT_EQ(error([&] { vm.call(source_line, {s("x")}); }),
            "TypeError: source_line() takes exactly 2 positional arguments");
  EXPECT_EQ(error([&] {
              vm.call(source_line, {s("x"), s("1")});
            }),
            "TypeError: 'str' object cannot be interpreted as an integer");
}

TEST_F(BuiltinsMisc, SysModule) {
  EXPECT_EQ(r(sys("maxsize")), "9223372036854775807");
  EXPECT_EQ(r(sys("platform")), "'linux'");
  EXPECT_EQ(r(sys("version_info")),
            "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
  EXPECT_EQ(r(attr(sys("version_info"), "major")), "3");
  EXPECT_EQ(r(vm.call(sys("getrecursionlimit"), {})), "1000");
  EXPECT_EQ(error([&] { vm.call(sys("setrecursionlimit"), {i(0)}); }),
            "ValueError: recursion limit must be greater or equal than 1");
  EXPECT_EQ(error([&] { vm.call(sys("exit"), {i(3)}); }), "SystemExit: 3");
  EXPECT_EQ(r(sys("stdout")), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
  Value m = dict_get_str(vm, vm.modules, vm.name("sys"));
  EXPECT_EQ(r(m), "<module 'sys' (built-in)>");
  EXPECT_EQ(error([&] { attr(m, "foo"); }), "AttributeError: module 'sys' has no attribute 'foo'");
}

}  // namespace
}  // namespace ember

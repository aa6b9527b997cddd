// The embedding API as a host program sees it (linked against libember.so, so only the
// exported ember_* functions are reachable).
#include <gtest/gtest.h>
#include <pthread.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "ember/ember.h"
#include "ember/ember.hpp"

namespace {

// A VM with the given capabilities whose output is captured.
class EmbedTest : public ::testing::Test {
 protected:
  void make_vm(uint32_t capabilities = 0, size_t max_memory = 0, const char* module_dir = nullptr) {
    ember_config config;
    ASSERT_EQ(ember_config_init(&config), EMBER_OK);
    config.capabilities = capabilities;
    config.max_memory = max_memory;
    config.module_paths = &module_dir;
    config.module_path_count = module_dir ? 1 : 0;
    config.write_stdout = [](void* out, const char* data, size_t size) {
      static_cast<std::string*>(out)->append(data, size);
    };
    config.stdout_userdata = &out_;
    config.write_stderr = config.write_stdout;
    config.stderr_userdata = &err_;
    ASSERT_EQ(ember_vm_new(&config, &vm_), EMBER_OK);
  }
  void SetUp() override { make_vm(); }
  void TearDown() override { EXPECT_EQ(ember_vm_destroy(vm_), EMBER_OK); }

  ember_status run(const char* source) { return ember_run_string(vm_, source, "test.py"); }
  std::string message() const { return ember_last_error_message(vm_); }
  ember_value eval(const char* expression) {
    ember_value v = EMBER_NULL_INIT;
    EXPECT_EQ(ember_eval(vm_, expression, &v), EMBER_OK) << message();
    return v;
  }
  std::string text(ember_value v) {
    const char* data = nullptr;
    size_t size = 0;
    EXPECT_EQ(ember_to_str(vm_, v, &data, &size), EMBER_OK) << message();
    return std::string(data ? data : "", size);
  }
  int64_t integer(ember_value v) {
    int64_t i = 0;
    EXPECT_EQ(ember_to_int(vm_, v, &i), EMBER_OK) << message();
    return i;
  }

  ember_vm* vm_ = nullptr;
  std::string out_;
  std::string err_;
};

TEST_F(EmbedTest, RunsCodeAndRoutesOutputToTheHost) {
  ASSERT_EQ(run("x = 6 * 7\nprint('x is', x)\n"), EMBER_OK);
  EXPECT_EQ(out_, "x is 42\n");
  ember_value x;
  ASSERT_EQ(ember_get_global(vm_, "x", &x), EMBER_OK);
  EXPECT_EQ(integer(x), 42);
  ASSERT_EQ(run("import sys\nsys.stderr.write('warn\\n')\n"), EMBER_OK);
  EXPECT_EQ(err_, "warn\n");
}

TEST_F(EmbedTest, ValuesRoundTrip) {
  ember_value v;
  ember_kind kind;
  ASSERT_EQ(ember_new_none(vm_, &v), EMBER_OK);
  ASSERT_EQ(ember_kind_of(vm_, v, &kind), EMBER_OK);
  EXPECT_EQ(kind, EMBER_KIND_NONE);

  ASSERT_EQ(ember_new_bool(vm_, 7, &v), EMBER_OK);
  int truth = 0;
  ASSERT_EQ(ember_to_bool(vm_, v, &truth), EMBER_OK);
  EXPECT_EQ(truth, 1);

  ASSERT_EQ(ember_new_int(vm_, INT64_MIN, &v), EMBER_OK);
  EXPECT_EQ(integer(v), INT64_MIN);

  const char* big = "-123456789012345678901234567890";
  ASSERT_EQ(ember_new_int_from_string(vm_, big, &v), EMBER_OK);
  int64_t i;
  EXPECT_EQ(ember_to_int(vm_, v, &i), EMBER_ERROR_RANGE);
  EXPECT_EQ(message(), "the int does not fit in 64 bits");
  ember_value digits;
  ASSERT_EQ(ember_str_of(vm_, v, &digits), EMBER_OK);
  EXPECT_EQ(text(digits), big);
  EXPECT_EQ(ember_new_int_from_string(vm_, "12x", &v), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "'12x' is not a decimal integer");
  EXPECT_TRUE(ember_is_null(v));

  ASSERT_EQ(ember_new_float(vm_, 2.5, &v), EMBER_OK);
  double d;
  ASSERT_EQ(ember_to_float(vm_, v, &d), EMBER_OK);
  EXPECT_EQ(d, 2.5);
  ASSERT_EQ(ember_to_float(vm_, eval("2**70"), &d), EMBER_OK);
  EXPECT_EQ(d, 1180591620717411303424.0);

  ASSERT_EQ(ember_new_str(vm_, "h\xC3\xA9llo", 6, &v), EMBER_OK);
  EXPECT_EQ(text(v), "h\xC3\xA9llo");
  size_t n;
  ASSERT_EQ(ember_len(vm_, v, &n), EMBER_OK);
  EXPECT_EQ(n, 5u);
  EXPECT_EQ(ember_new_str(vm_, "\xFF", 1, &v), EMBER_ERROR_ARGUMENT);

  ASSERT_EQ(ember_new_bytes(vm_, "a\0b", 3, &v), EMBER_OK);
  const void* data;
  ASSERT_EQ(ember_to_bytes(vm_, v, &data, &n), EMBER_OK);
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(std::memcmp(data, "a\0b", 3), 0);

  ember_value items[2];
  ASSERT_EQ(ember_new_int(vm_, 1, &items[0]), EMBER_OK);
  ASSERT_EQ(ember_new_str(vm_, "two", 3, &items[1]), EMBER_OK);
  ember_value list, tuple, dict;
  ASSERT_EQ(ember_new_list(vm_, items, 2, &list), EMBER_OK);
  ASSERT_EQ(ember_new_tuple(vm_, items, 2, &tuple), EMBER_OK);
  ASSERT_EQ(ember_new_dict(vm_, &dict), EMBER_OK);
  ASSERT_EQ(ember_set_item(vm_, dict, items[1], list), EMBER_OK);
  ASSERT_EQ(ember_set_item(vm_, dict, items[0], tuple), EMBER_OK);
  ASSERT_EQ(ember_set_global(vm_, "d", dict), EMBER_OK);
  EXPECT_EQ(text(eval("repr(d)")), "{'two': [1, 'two'], 1: (1, 'two')}");
  ember_value item;
  ASSERT_EQ(ember_get_index(vm_, tuple, 1, &item), EMBER_OK);
  EXPECT_EQ(text(item), "two");
  EXPECT_EQ(ember_get_index(vm_, list, 2, &item), EMBER_ERROR_RANGE);
  EXPECT_EQ(message(), "index 2 is out of range for a sequence of 2 items");

  size_t position = 0;
  ember_value key, value;
  ASSERT_EQ(ember_dict_next(vm_, dict, &position, &key, &value), EMBER_OK);
  EXPECT_EQ(text(key), "two");
  ASSERT_EQ(ember_kind_of(vm_, value, &kind), EMBER_OK);
  EXPECT_EQ(kind, EMBER_KIND_LIST);
  ASSERT_EQ(ember_dict_next(vm_, dict, &position, &key, &value), EMBER_OK);
  EXPECT_EQ(integer(key), 1);
  EXPECT_EQ(ember_dict_next(vm_, dict, &position, &key, &value), EMBER_ERROR_RANGE);

  ASSERT_EQ(ember_kind_of(vm_, eval("len"), &kind), EMBER_OK);
  EXPECT_EQ(kind, EMBER_KIND_CALLABLE);
  ASSERT_EQ(ember_kind_of(vm_, eval("{1}"), &kind), EMBER_OK);
  EXPECT_EQ(kind, EMBER_KIND_OTHER);
}

TEST_F(EmbedTest, CallsScriptFunctionsByNameAndByHandle) {
  ASSERT_EQ(run("def add(a, b):\n    return a + b\nclass P:\n    def __init__(self):\n"
                "        self.x = 3\n"),
            EMBER_OK);
  ember_value args[2];
  ASSERT_EQ(ember_new_int(vm_, 40, &args[0]), EMBER_OK);
  ASSERT_EQ(ember_new_int(vm_, 2, &args[1]), EMBER_OK);
  ember_value result;
  ASSERT_EQ(ember_call_global(vm_, "add", args, 2, &result), EMBER_OK);
  EXPECT_EQ(integer(result), 42);
  ember_value add;
  ASSERT_EQ(ember_get_global(vm_, "add", &add), EMBER_OK);
  ASSERT_EQ(ember_call(vm_, add, args, 2, nullptr), EMBER_OK);
  ember_value p, x;
  ASSERT_EQ(ember_call_global(vm_, "P", nullptr, 0, &p), EMBER_OK);
  ASSERT_EQ(ember_get_attr(vm_, p, "x", &x), EMBER_OK);
  EXPECT_EQ(integer(x), 3);
  ASSERT_EQ(ember_set_attr(vm_, p, "y", args[0]), EMBER_OK);
  ASSERT_EQ(ember_set_global(vm_, "p", p), EMBER_OK);
  EXPECT_EQ(integer(eval("p.y + p.x")), 43);
}

ember_status native_scale(ember_vm* vm, void* userdata, const ember_value* args, size_t nargs,
                          ember_value* result) {
  if (nargs != 1) return ember_raise(vm, "TypeError", "scale() takes one argument");
  double x;
  ember_status status = ember_to_float(vm, args[0], &x);
  if (status != EMBER_OK) return status;
  return ember_new_float(vm, x * *static_cast<double*>(userdata), result);
}

ember_status native_call_back(ember_vm* vm, void*, const ember_value* args, size_t nargs,
                              ember_value* result) {
  return ember_call(vm, args[0], args + 1, nargs - 1, result);
}

TEST_F(EmbedTest, NativeFunctionsAndModules) {
  double factor = 2.0;
  ember_native_def defs[] = {{"scale", native_scale, &factor},
                             {"call_back", native_call_back, nullptr}};
  ember_value module, pi;
  ASSERT_EQ(ember_register_module(vm_, "host", defs, 2, &module), EMBER_OK);
  ASSERT_EQ(ember_new_float(vm_, 3.0, &pi), EMBER_OK);
  ASSERT_EQ(ember_set_attr(vm_, module, "THREE", pi), EMBER_OK);
  ASSERT_EQ(run("import host\nfrom host import scale\nr = scale(host.THREE)\n"), EMBER_OK)
      << message();
  double r;
  ASSERT_EQ(ember_to_float(vm_, eval("r"), &r), EMBER_OK);
  EXPECT_EQ(r, 6.0);

  // Errors raised by host functions reach the script as Python exceptions.
  ASSERT_EQ(run("try:\n    scale(1, 2)\nexcept TypeError as e:\n    m = str(e)\n"), EMBER_OK);
  EXPECT_EQ(text(eval("m")), "scale() takes one argument");
  ASSERT_EQ(run("scale('x')"), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message(),
            "RuntimeError: scale() failed with ERROR_TYPE: expected a float or an "
            "int, got str");
  ASSERT_EQ(run("scale(x=1)"), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message(), "TypeError: scale() takes no keyword arguments");

  // Host -> script -> host -> script, with an exception crossing both boundaries.
  // Tracebacks find source lines by file name: the function gets a file of its own.
  ASSERT_EQ(ember_run_string(vm_, "def boom(n):\n    raise ValueError(n)\n", "boom.py"), EMBER_OK);
  ASSERT_EQ(run("import host\ntry:\n    host.call_back(boom, 5)\nexcept ValueError as e:\n"
                "    caught = e.args[0]\n"),
            EMBER_OK)
      << message();
  EXPECT_EQ(integer(eval("caught")), 5);
  ASSERT_EQ(run("host.call_back(boom, 6)"), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message(), "ValueError: 6");
  std::string traceback = ember_last_error_traceback(vm_);
  EXPECT_NE(traceback.find("in boom\n    raise ValueError(n)"), std::string::npos) << traceback;

  ember_native_def bad = {"bad", nullptr, nullptr};
  ember_value f;
  EXPECT_EQ(ember_new_function(vm_, &bad, &f), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "native function 'bad' has a null function pointer");
  EXPECT_EQ(ember_raise(vm_, "NoSuchError", "x"), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "'NoSuchError' is not a built-in exception class");
}

TEST_F(EmbedTest, ScriptErrorsComeWithCPythonsTraceback) {
  ASSERT_EQ(run("def f():\n    return 1 / 0\nf()\n"), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message(), "ZeroDivisionError: division by zero");
  EXPECT_EQ(std::string(ember_last_error_traceback(vm_)),
            "Traceback (most recent call last):\n"
            "  File \"test.py\", line 3, in <module>\n"
            "    f()\n"
            "  File \"test.py\", line 2, in f\n"
            "    return 1 / 0\n"
            "           ~~^~~\n"
            "ZeroDivisionError: division by zero\n");
  ASSERT_EQ(run("x = (\n"), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message().rfind("SyntaxError: '(' was never closed"), message().size() - 33)
      << message();
  ember_value v;
  EXPECT_EQ(ember_get_global(vm_, "nothing", &v), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message(), "NameError: name 'nothing' is not defined");
  // The VM goes on after errors.
  ASSERT_EQ(run("ok = 1"), EMBER_OK);
}

TEST_F(EmbedTest, FatalStopsInMojoFnCodeAreErrorsAndTheVmGoesOn) {
  const char* source =
      "fn divide(a: Int, b: Int) -> Int:\n"
      "    return a // b\n"
      "def call_twice(b):\n"
      "    try:\n"
      "        return divide(10, b) + divide(10, b)\n"
      "    except BaseException:\n"
      "        return -1\n";
  ASSERT_EQ(ember_run_string(vm_, source, "abort.mojo"), EMBER_OK) << message();
  ASSERT_EQ(ember_run_string(vm_, "print(call_twice(5))\n", "ok.mojo"), EMBER_OK) << message();
  // No Python handler catches the stop, deep inside Python frames or not.
  ASSERT_EQ(ember_run_string(vm_, "print(call_twice(0))\n", "stop.mojo"), EMBER_ERROR_ABORT);
  EXPECT_EQ(message(), "abort.mojo:2:12: runtime error: integer division by zero");
  EXPECT_STREQ(ember_status_name(EMBER_ERROR_ABORT), "ERROR_ABORT");
  ember_value call_twice = EMBER_NULL_INIT, zero = EMBER_NULL_INIT;
  ASSERT_EQ(ember_get_global(vm_, "call_twice", &call_twice), EMBER_OK);
  ASSERT_EQ(ember_new_int(vm_, 0, &zero), EMBER_OK);
  for (int i = 0; i < 500; ++i) {
    ASSERT_EQ(ember_call(vm_, call_twice, &zero, 1, nullptr), EMBER_ERROR_ABORT);
  }
  // The frames of the stopped calls are gone: calls and deep recursion still work.
  ASSERT_EQ(ember_run_string(vm_,
                             "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n"
                             "print(call_twice(2), depth(900))\n",
                             "after.mojo"),
            EMBER_OK)
      << message();
  EXPECT_EQ(out_, "4\n10 900\n");
}

TEST_F(EmbedTest, TypedCodeAfterACollectionWithoutAnyFn) {
  // The collector once freed the type of Mojo fn objects while none existed.
  ASSERT_EQ(run("import gc\nfor i in range(3):\n    gc.collect()\n"), EMBER_OK) << message();
  ASSERT_EQ(ember_run_string(vm_, "fn twice(x: Int) -> Int:\n    return 2 * x\nprint(twice(21))\n",
                             "typed.mojo"),
            EMBER_OK)
      << message();
  ASSERT_EQ(run("import gc\ngc.collect()\nprint(twice(5))\n"), EMBER_OK) << message();
  EXPECT_EQ(out_, "42\n10\n");
}

TEST_F(EmbedTest, BadArgumentsAreErrorsNotCrashes) {
  ember_value v = EMBER_NULL_INIT, out;
  EXPECT_EQ(ember_vm_new(nullptr, nullptr), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(ember_config_init(nullptr), EMBER_ERROR_ARGUMENT);
  ember_config config;
  ember_config_init(&config);
  config.capabilities = 1u << 20;
  ember_vm* never = nullptr;
  EXPECT_EQ(ember_vm_new(&config, &never), EMBER_ERROR_ARGUMENT);
  config.capabilities = 0;
  config.module_path_count = 1;
  EXPECT_EQ(ember_vm_new(&config, &never), EMBER_ERROR_ARGUMENT);
  config.module_path_count = 0;
  config.max_memory = 1000;  // too small for the built-ins
  EXPECT_EQ(ember_vm_new(&config, &never), EMBER_ERROR_MEMORY);
  EXPECT_EQ(never, nullptr);
  EXPECT_EQ(ember_vm_destroy(nullptr), EMBER_OK);
  EXPECT_EQ(ember_run_string(nullptr, "x = 1", nullptr), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(ember_run_string(vm_, nullptr, nullptr), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "source is null");
  EXPECT_EQ(ember_run_file(vm_, "/no/such/file.py"), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "cannot read /no/such/file.py");
  EXPECT_EQ(ember_eval(vm_, "1", nullptr), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(ember_get_global(vm_, nullptr, &out), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(ember_get_global(vm_, "\xFF", &out), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "name is not valid UTF-8");
  EXPECT_EQ(ember_set_global(vm_, "x", v), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "value is a null handle");
  EXPECT_EQ(ember_call(vm_, v, nullptr, 0, &out), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "callee is a null handle");
  EXPECT_EQ(ember_call(vm_, eval("len"), nullptr, 1, &out), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "args is null");
  EXPECT_EQ(ember_new_list(vm_, nullptr, 3, &out), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(ember_new_str(vm_, nullptr, 3, &out), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(ember_new_int(vm_, 1, nullptr), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(ember_register_module(vm_, "m", nullptr, 1, nullptr), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(ember_dict_next(vm_, eval("{}"), nullptr, &out, &out), EMBER_ERROR_ARGUMENT);

  // Wrong kinds of values.
  int64_t i;
  double d;
  int b;
  const char* s;
  size_t n;
  EXPECT_EQ(ember_to_int(vm_, eval("'7'"), &i), EMBER_ERROR_TYPE);
  EXPECT_EQ(message(), "expected an int, got str");
  EXPECT_EQ(ember_to_int(vm_, eval("True"), &i), EMBER_ERROR_TYPE);
  EXPECT_EQ(ember_to_bool(vm_, eval("1"), &b), EMBER_ERROR_TYPE);
  EXPECT_EQ(ember_to_float(vm_, eval("None"), &d), EMBER_ERROR_TYPE);
  EXPECT_EQ(ember_to_str(vm_, eval("b'x'"), &s, &n), EMBER_ERROR_TYPE);
  EXPECT_EQ(ember_get_index(vm_, eval("{}"), 0, &out), EMBER_ERROR_TYPE);
  EXPECT_EQ(ember_dict_next(vm_, eval("[]"), &n, &out, &out), EMBER_ERROR_TYPE);
  EXPECT_EQ(ember_len(vm_, eval("5"), &n), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message(), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(ember_call(vm_, eval("5"), nullptr, 0, &out), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message(), "TypeError: 'int' object is not callable");

  // Handles of another VM, released handles and made-up handles.
  ember_vm* other;
  ASSERT_EQ(ember_vm_new(nullptr, &other), EMBER_OK);
  ember_value foreign;
  ASSERT_EQ(ember_new_int(other, 1, &foreign), EMBER_OK);
  EXPECT_EQ(ember_set_global(vm_, "x", foreign), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "value is not a handle of this VM");
  ASSERT_EQ(ember_vm_destroy(other), EMBER_OK);
  ember_value made_up = {0x123456789ull};
  EXPECT_EQ(ember_release(vm_, made_up), EMBER_ERROR_ARGUMENT);
  ASSERT_EQ(ember_new_int(vm_, 1, &v), EMBER_OK);
  ASSERT_EQ(ember_release(vm_, v), EMBER_OK);
  EXPECT_EQ(ember_release(vm_, v), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "value is a released handle");
  EXPECT_EQ(ember_to_int(vm_, v, &i), EMBER_ERROR_ARGUMENT);
  // A reused slot does not revive an old handle.
  ember_value fresh;
  ASSERT_EQ(ember_new_int(vm_, 2, &fresh), EMBER_OK);
  EXPECT_EQ(ember_to_int(vm_, v, &i), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(integer(fresh), 2);

  // Scopes must be closed innermost first.
  size_t outer, inner;
  ASSERT_EQ(ember_scope_begin(vm_, &outer), EMBER_OK);
  ASSERT_EQ(ember_scope_begin(vm_, &inner), EMBER_OK);
  EXPECT_EQ(ember_scope_end(vm_, outer), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(message(), "scope 1 is not the innermost open scope (2)");
  EXPECT_EQ(ember_scope_end(vm_, inner), EMBER_OK);
  EXPECT_EQ(ember_scope_end(vm_, outer), EMBER_OK);
  EXPECT_EQ(ember_scope_end(vm_, outer), EMBER_ERROR_ARGUMENT);

  // After all of that, the VM works.
  ASSERT_EQ(run("print('fine')"), EMBER_OK);
  EXPECT_EQ(out_, "fine\n");
  EXPECT_STREQ(ember_last_error_message(nullptr), "");
}

TEST_F(EmbedTest, HandlesKeepValuesAliveAcrossCollections) {
  size_t scope;
  ASSERT_EQ(ember_scope_begin(vm_, &scope), EMBER_OK);
  ember_value scoped = eval("[str(i) for i in range(100)]");
  ember_value kept;
  ASSERT_EQ(ember_persist(vm_, scoped, &kept), EMBER_OK);
  // Enough garbage for several collections.
  ASSERT_EQ(run("for i in range(200000):\n    x = [str(i)] * 4\n"), EMBER_OK);
  ember_value item;
  ASSERT_EQ(ember_get_index(vm_, scoped, 99, &item), EMBER_OK);
  EXPECT_EQ(text(item), "99");
  ASSERT_EQ(ember_scope_end(vm_, scope), EMBER_OK);
  EXPECT_EQ(ember_get_index(vm_, scoped, 99, &item), EMBER_ERROR_ARGUMENT);
  ASSERT_EQ(run("for i in range(200000):\n    x = [str(i)] * 4\n"), EMBER_OK);
  ASSERT_EQ(ember_get_index(vm_, kept, 42, &item), EMBER_OK);
  EXPECT_EQ(text(item), "42");
  EXPECT_EQ(ember_release(vm_, kept), EMBER_OK);
}

TEST_F(EmbedTest, SandboxedScriptsCannotReachOutside) {
  const std::pair<const char*, const char*> attempts[] = {
      {"open('/etc/hostname')",
       "PermissionError: open() needs the 'filesystem' capability, which the host has not "
       "granted"},
      {"import os\nos.listdir('/')",
       "PermissionError: os.listdir() needs the 'filesystem' capability, which the host has not "
       "granted"},
      {"import os\nos.environ['HOME']",
       "PermissionError: os.environ needs the 'environment' capability, which the host has not "
       "granted"},
      {"import os\nos.getenv('PATH')",
       "PermissionError: os.environ needs the 'environment' capability, which the host has not "
       "granted"},
      {"import os\nos.putenv('A', 'B')",
       "PermissionError: os.putenv() needs the 'environment' capability, which the host has "
       "not granted"},
      {"import sys\nsys.exit(0)",
       "PermissionError: sys.exit() needs the 'exit' capability, which the host has not "
       "granted"},
      {"exit()",
       "PermissionError: exit() needs the 'exit' capability, which the host has not "
       "granted"},
      {"quit(1)",
       "PermissionError: quit() needs the 'exit' capability, which the host has not "
       "granted"},
      {"import os\nos.system('true')",
       "PermissionError: os.system() needs the 'process' capability, which the host has not "
       "granted"},
      {"input()",
       "PermissionError: reading sys.stdin needs the 'filesystem' capability, which "
       "the host has not granted"},
      {"import os\nos._exit(0)", "AttributeError: module 'os' has no attribute '_exit'"},
      {"import test_no_such_module", "ModuleNotFoundError: No module named 'test_no_such_module'"},
  };
  for (const auto& [source, expected] : attempts) {
    EXPECT_EQ(run(source), EMBER_ERROR_SCRIPT) << source;
    EXPECT_EQ(message(), expected) << source;
  }
  // The built-in library still imports, and a script can catch the PermissionError.
  ASSERT_EQ(run("import json, os.path\ntry:\n    open('x')\nexcept PermissionError:\n"
                "    print(json.dumps([os.path.join('a', 'b')]))\n"),
            EMBER_OK)
      << message();
  EXPECT_EQ(out_, "[\"a/b\"]\n");
}

TEST_F(EmbedTest, GrantedCapabilitiesWork) {
  ember_vm_destroy(vm_);
  std::string dir = ::testing::TempDir() + "ember_embed_modules";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/embed_test_module.py") << "answer = 42\n";
  make_vm(EMBER_CAP_IMPORT_FILES, 0, dir.c_str());
  ASSERT_EQ(run("import embed_test_module\nprint(embed_test_module.answer)"), EMBER_OK)
      << message();
  EXPECT_EQ(out_, "42\n");
  // Only the capability granted: no files through open().
  EXPECT_EQ(run("open('x')"), EMBER_ERROR_SCRIPT);
  ember_vm_destroy(vm_);
  out_.clear();
  make_vm(EMBER_CAP_ALL);
  ASSERT_EQ(run("import os\nprint(os.getenv('PATH') is not None, os.path.isdir('/'))"), EMBER_OK)
      << message();
  EXPECT_EQ(out_, "True True\n");
  EXPECT_EQ(run("import sys\nsys.exit(3)"), EMBER_ERROR_EXIT);
  EXPECT_EQ(ember_exit_code(vm_), 3);
  EXPECT_EQ(run("exit()"), EMBER_ERROR_EXIT);
  EXPECT_EQ(ember_exit_code(vm_), 0);
  ASSERT_EQ(run("still_running = True"), EMBER_OK);
}

TEST_F(EmbedTest, MemoryLimitStopsAnAllocationBomb) {
  ember_vm_destroy(vm_);
  make_vm(0, 64u << 20);
  EXPECT_EQ(run("x = []\nwhile True:\n    x.append('y' * 100000)\n"), EMBER_ERROR_MEMORY);
  EXPECT_EQ(message(), "MemoryError");
  EXPECT_NE(std::string(ember_last_error_traceback(vm_)).find("    x.append('y' * 100000)\n"),
            std::string::npos);
  EXPECT_EQ(run("s = 'z' * (1 << 40)"), EMBER_ERROR_MEMORY);
  ASSERT_EQ(run("del x\ny = [i for i in range(1000)]\nprint(len(y))"), EMBER_OK) << message();
  EXPECT_EQ(out_, "1000\n");
}

TEST_F(EmbedTest, DeepRecursionIsARecursionError) {
  ASSERT_EQ(run("def down(n):\n    return down(n + 1)\n"), EMBER_OK);
  EXPECT_EQ(run("down(0)"), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message(), "RecursionError: maximum recursion depth exceeded");
  // Recursion through host functions is bounded the same way.
  ember_native_def def = {"call_back", native_call_back, nullptr};
  ember_value f;
  ASSERT_EQ(ember_new_function(vm_, &def, &f), EMBER_OK);
  ASSERT_EQ(ember_set_global(vm_, "call_back", f), EMBER_OK);
  ASSERT_EQ(run("def bounce(n):\n    return call_back(bounce, n + 1)\n"), EMBER_OK);
  EXPECT_EQ(run("bounce(0)"), EMBER_ERROR_SCRIPT);
  EXPECT_EQ(message(), "RecursionError: maximum recursion depth exceeded");
  ASSERT_EQ(run("print(down.__name__)"), EMBER_OK);
  EXPECT_EQ(out_, "down\n");
}

// On a thread with a small stack, recursion through a host function fills the C++ stack long
// before the recursion limit: the VM stops it with a RecursionError instead of crashing.
void* bounce_on_small_stack(void* result) {
  ember_vm* vm;
  if (ember_vm_new(nullptr, &vm) != EMBER_OK) return nullptr;
  ember_native_def def = {"call_back", native_call_back, nullptr};
  ember_value f;
  ember_status status = ember_new_function(vm, &def, &f);
  if (status == EMBER_OK) status = ember_set_global(vm, "call_back", f);
  if (status == EMBER_OK) {
    status = ember_run_string(vm, "def bounce(n):\n    return call_back(bounce, n + 1)\n", nullptr);
  }
  if (status == EMBER_OK) status = ember_run_string(vm, "bounce(0)", nullptr);
  *static_cast<std::string*>(result) =
      std::string(ember_status_name(status)) + " " + ember_last_error_message(vm);
  if (ember_run_string(vm, "ok = 1", nullptr) != EMBER_OK)
    *static_cast<std::string*>(result) += " (and then unusable)";
  ember_vm_destroy(vm);
  return nullptr;
}

TEST(EmbedStack, HostRecursionOnASmallStackIsARecursionError) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, 1u << 20);
  std::string result;
  pthread_t thread;
  ASSERT_EQ(pthread_create(&thread, &attributes, bounce_on_small_stack, &result), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attributes);
  EXPECT_EQ(result, "ERROR_SCRIPT RecursionError: maximum recursion depth exceeded");
}

TEST(EmbedCpp, WrapperRaisesAndConverts) {
  std::string out;
  ember::Vm vm(ember::Config().on_stdout([&](std::string_view s) { out += s; }));
  vm.run("def area(w, h):\n    return w * h\n");
  EXPECT_EQ(vm.call("area", 6, 7).to_int(), 42);
  EXPECT_EQ(vm.call("area", "ab", 2).to_string(), "abab");
  EXPECT_EQ(vm.eval("2**100").str(), "1267650600228229401496703205376");
  vm.def("twice", [](ember::Vm& vm, const std::vector<ember::Value>& args) {
    return vm.value(args.at(0).to_int() * 2);
  });
  vm.module("tools", {{"fail", [](ember::Vm&, const std::vector<ember::Value>&) -> ember::Value {
                         throw std::runtime_error("host says no");
                       }}});
  vm.run(
      "import tools\nprint(twice(21))\ntry:\n    tools.fail()\nexcept RuntimeError as e:\n"
      "    print(e)\n");
  EXPECT_EQ(out, "42\nhost says no\n");
  try {
    vm.run("tools.fail()");
    FAIL() << "no exception";
  } catch (const ember::Error& e) {
    EXPECT_EQ(e.status(), EMBER_ERROR_SCRIPT);
    EXPECT_STREQ(e.what(), "RuntimeError: host says no");
    EXPECT_NE(e.traceback().find("Traceback (most recent call last):"), std::string::npos);
  } catch (...) {
    FAIL() << "wrong exception";
  }
  ember::Value list = vm.list({vm.value(1), vm.value("x"), vm.none()});
  ember::Value copy = list;
  EXPECT_EQ(copy.size(), 3u);
  EXPECT_EQ(copy[1].to_string(), "x");
  EXPECT_TRUE(copy[2].is_none());
  EXPECT_THROW(copy[0].to_string(), ember::Error);
}

// libember.so has no JIT (Debian's asmjit is not position-independent): any mode interprets
// typed code, with the same results, and no trace is compiled.
TEST(EmbedShared, InterpretsTypedLoopsInEveryJitMode) {
  for (int mode : {EMBER_JIT_OFF, EMBER_JIT_ON, EMBER_JIT_EAGER}) {
    ember_config config;
    ember_config_init(&config);
    config.jit = mode;
    ember_vm* vm = nullptr;
    ASSERT_EQ(ember_vm_new(&config, &vm), EMBER_OK);
    ASSERT_EQ(ember_run_string(vm,
                               "fn total(n: Int) -> Int:\n    var t = 0\n    for i in range(n):\n"
                               "        t += i % 7\n    return t\n\nx = total(100000)\n",
                               "typed.mojo"),
              EMBER_OK)
        << ember_last_error_message(vm);
    ember_value x;
    int64_t value = 0;
    ASSERT_EQ(ember_get_global(vm, "x", &x), EMBER_OK);
    ASSERT_EQ(ember_to_int(vm, x, &value), EMBER_OK);
    EXPECT_EQ(value, 299995);
    uint64_t traces = 99;
    ASSERT_EQ(ember_jit_traces(vm, &traces), EMBER_OK);
    EXPECT_EQ(traces, 0u);
    ember_vm_destroy(vm);
  }
  ember_config config;
  ember_config_init(&config);
  config.jit = 7;
  ember_vm* vm = nullptr;
  EXPECT_EQ(ember_vm_new(&config, &vm), EMBER_ERROR_ARGUMENT);
}

}  // namespace

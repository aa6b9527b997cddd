// Shared fixture of the number-type units: a VM with the built-ins, and helpers that render
// results the way the CPython 3.11 reference scripts print them.
#pragma once
#include <gmp.h>
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

class NumbersTest : public ::testing::Test {
 protected:
  NumbersTest() { install_builtins(vm); }

  Value b(const char* name) {
    Value v = dict_get_str(vm, vm.builtins, vm.name(name));
    EXPECT_FALSE(v.is_undefined()) << name;
    return v;
  }
  Value f(double d) { return Value::from_double(d); }
  Value i(int64_t n) { return vm.make_int(n); }
  Value big(const char* decimal) {
    mpz_t z;
    mpz_init_set_str(z, decimal, 10);
    Value v = vm.make_int(z);
    mpz_clear(z);
    return v;
  }
  Value s(const char* text) { return Value::from_object(vm.new_str(text)); }
  Value empty_list() { return Value::from_object(vm.new_list(0)); }
  Value c(double re, double im) { return call("complex", {f(re), f(im)}); }
  Value call(const char* name, std::initializer_list<Value> args) { return vm.call(b(name), args); }
  // Calls with keyword arguments: `names` names the last values.
  Value call_kw(Value fn, std::vector<Value> values, std::initializer_list<const char*> names) {
    TupleObject* kwnames = vm.new_tuple(static_cast<int64_t>(names.size()));
    int64_t k = 0;
    for (const char* n : names) kwnames->items[k++] = Value::from_object(vm.intern(n));
    CallArgs args;
    args.values = values.data();
    args.npos = static_cast<uint32_t>(values.size() - names.size());
    args.kwnames = kwnames;
    return vm.call(fn, args);
  }
  Value method(Value self, const char* name, std::initializer_list<Value> args) {
    return vm.call(get_attribute(vm, self, vm.name(name)), args);
  }
  Value attr(Value v, const char* name) { return get_attribute(vm, v, vm.name(name)); }
  std::string r(Value v) { return std::string(repr(vm, v)->view()); }
  std::string st(Value v) { return std::string(str(vm, v)->view()); }
  // repr of the result, or "TypeError: message" for the exception raised.
  std::string ev(const std::function<Value()>& fn) {
    try {
      return r(fn());
    } catch (const PythonException&) {
      Value e = vm.raised();
      vm.clear_raised();
      return std::string(vm.type_of(e)->name->view()) + ": " + st(e);
    }
  }
  std::string op(BinaryOp o, Value a, Value b_) {
    return ev([&] { return binary_op(vm, o, a, b_); });
  }
  std::string cmp(CompareOp o, Value a, Value b_) {
    return ev([&] { return compare_op(vm, o, a, b_); });
  }
  std::string fmt(Value v, const char* spec) {
    return ev([&] { return format_with_spec(vm, v, vm.new_str(spec)); });
  }
  int64_t h(Value v) { return hash_value(vm, v); }

  VM vm;
};

}  // namespace ember

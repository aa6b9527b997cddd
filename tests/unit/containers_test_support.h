// Helpers for the container unit tests: a VM with the builtins installed, value builders,
// method calls and exception capture. Expected strings come from python3.11.
#pragma once
#include <gtest/gtest.h>

#include <functional>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

class ContainersTest : public ::testing::Test {
 protected:
  ContainersTest() { install_builtins(vm); }

  // Every value the test builds stays rooted for the whole test.
  Value keep(Value v) {
    vm.root_stack.push_back(v);
    return v;
  }
  Value i(long long x) { return keep(vm.make_int(x)); }
  Value s(const char* text) { return keep(Value::from_object(vm.new_str(text))); }
  Value none() { return Value::none(); }
  Value list(std::initializer_list<Value> items) {
    ListObject* l = vm.new_list(0);
    for (Value v : items) list_append(vm, l, v);
    return keep(Value::from_object(l));
  }
  Value ints(const std::vector<long long>& xs) {
    ListObject* l = vm.new_list(0);
    keep(Value::from_object(l));
    for (long long x : xs) list_append(vm, l, vm.make_int(x));
    return Value::from_object(l);
  }
  Value tuple(std::initializer_list<Value> items) {
    return keep(Value::from_object(vm.new_tuple(items)));
  }
  Value type(Type* t) { return Value::from_object(t); }
  Value call(Value f, std::vector<Value> args) {
    CallArgs a;
    a.values = args.data();
    a.npos = static_cast<uint32_t>(args.size());
    return keep(vm.call(f, a));
  }
  Value call_kw(Value f, std::vector<Value> args,
                std::vector<std::pair<const char*, Value>> kwargs) {
    TupleObject* names = vm.new_tuple(static_cast<int64_t>(kwargs.size()));
    keep(Value::from_object(names));
    std::vector<Value> values = args;
    for (size_t k = 0; k < kwargs.size(); ++k) {
      names->items[k] = Value::from_object(vm.intern(kwargs[k].first));
      values.push_back(kwargs[k].second);
    }
    CallArgs a;
    a.values = values.data();
    a.npos = static_cast<uint32_t>(args.size());
    a.kwnames = names;
    return keep(vm.call(f, a));
  }
  Value attr(Value obj, const char* name) { return keep(get_attribute(vm, obj, vm.intern(name))); }
  Value m(Value self, const char* name, std::vector<Value> args = {}) {
    return call(attr(self, name), std::move(args));
  }
  Value m_kw(Value self, const char* name, std::vector<Value> args,
             std::vector<std::pair<const char*, Value>> kwargs) {
    return call_kw(attr(self, name), std::move(args), std::move(kwargs));
  }
  std::string r(Value v) { return std::string(repr(vm, v)->view()); }
  Value bin(BinaryOp op, Value a, Value b) { return keep(binary_op(vm, op, a, b)); }
  Value inplace(BinaryOp op, Value a, Value b) { return keep(inplace_op(vm, op, a, b)); }
  bool cmp(CompareOp op, Value a, Value b) { return compare_bool(vm, op, a, b); }
  Value item(Value c, Value k) { return keep(get_item(vm, c, k)); }
  Value slice(Value a, Value b, Value c) { return call(type(vm.types.slice), {a, b, c}); }
  // Runs `f`; returns "TypeName: message" of the Python exception it raised, or "".
  std::string err(const std::function<void()>& f) {
    try {
      f();
    } catch (const PythonException&) {
      Value e = vm.raised();
      vm.clear_raised();
      auto* ex = static_cast<ExceptionObject*>(e.as_object());
      std::string out(ex->type->name->view());
      if (ex->args && ex->args->size == 1) {
        out += ": ";
        out += ex->type == vm.types.KeyError ? r(ex->args->items[0])
                                             : std::string(str(vm, ex->args->items[0])->view());
      }
      return out;
    }
    return "";
  }

  VM vm;
};

}  // namespace ember

// Helpers for the str/bytes unit tests: call methods of built-in types directly and render
// results the way Python's repr would for the simple cases used here.
#pragma once
#include <gtest/gtest.h>

#include <functional>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "builtins/bytes_internal.h"
#include "builtins/install.h"
#include "vm/bytes_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/function_object.h"
#include "vm/list_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {
void install_str_type(VM& vm);
void install_bytes_types(VM& vm);
Value format_value(VM& vm, Value value, StrObject* spec);
}  // namespace ember

namespace ember::strtest {

class StrTest : public ::testing::Test {
 protected:
  void SetUp() override {
#ifdef EMBER_STR_FULL_BUILTINS
    install_builtins(vm);
#else
    install_str_type(vm);
    install_bytes_types(vm);
#endif
  }

  Value S(std::string_view text) {
    return Value::from_object(vm.new_str(text));
  }
  Value B(std::string_view data) {
    return Value::from_object(new_bytes(vm, data));
  }
  static Value I(int64_t i) {
    return Value::from_small_int(i);
  }
  Value Big(const char* digits) {
    mpz_t z;
    mpz_init_set_str(z, digits, 10);
    Value v = vm.make_int(z);
    mpz_clear(z);
    return v;
  }
  Value BA(std::string_view data) {
    return Value::from_object(new_bytearray(vm, data));
  }
  static Value None() {
    return Value::none();
  }
  Value T(std::initializer_list<Value> items) {
    return Value::from_object(vm.new_tuple(items));
  }
  Value L(std::initializer_list<Value> items) {
    ListObject* l = vm.new_list();
    for (Value v : items) list_append(vm, l, v);
    return Value::from_object(l);
  }

  // self.name(*args, **kw) for a method of self's type (found in the type's dict).
  Value call(Value self, const char* name, std::vector<Value> args = {},
             std::vector<std::pair<const char*, Value>> kw = {}) {
    Type* t = vm.type_of(self);
    return call_on(t, self, name, std::move(args), std::move(kw), true);
  }
  // Type.name(*args): a static/class method called through the type.
  Value call_static(Type* t, const char* name, std::vector<Value> args) {
    return call_on(t, Value::undefined(), name, std::move(args), {}, false);
  }

  Value call_on(Type* t, Value self, const char* name, std::vector<Value> args,
                std::vector<std::pair<const char*, Value>> kw, bool with_self) {
    Value f = dict_get_str(vm, t->dict, vm.intern(name));
    EXPECT_FALSE(f.is_undefined()) << name;
    auto* fn = static_cast<NativeFunctionObject*>(f.as_object());
    std::vector<Value> values;
    if (with_self) values.push_back(self);
    for (Value v : args) values.push_back(v);
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
    a.npos = static_cast<uint32_t>(args.size() + (with_self ? 1 : 0));
    a.kwnames = names;
    return fn->function(vm, a);
  }

  // A Python-like rendering of simple values.
  std::string show(Value v) {
    if (v.is_none()) return "None";
    if (v.is_bool()) return v.as_bool() ? "True" : "False";
    if (v.is_small_int()) return std::to_string(v.as_small_int());
    Type* t = vm.type_of(v);
    if (t->slots.repr && t != vm.types.list && t != vm.types.tuple && t != vm.types.dict) {
      Value r = t->slots.repr(vm, v);
      return std::string(static_cast<StrObject*>(r.as_object())->view());
    }
    if (t == vm.types.list || t == vm.types.tuple) {
      bool list = t == vm.types.list;
      const Value* items = list ? static_cast<ListObject*>(v.as_object())->items
                                : static_cast<TupleObject*>(v.as_object())->items;
      int64_t n = list ? static_cast<ListObject*>(v.as_object())->size
                       : static_cast<TupleObject*>(v.as_object())->size;
      std::string out = list ? "[" : "(";
      for (int64_t i = 0; i < n; ++i) {
        if (i) out += ", ";
        out += show(items[i]);
      }
      if (!list && n == 1) out += ",";
      out += list ? "]" : ")";
      return out;
    }
    if (t == vm.types.dict) {
      auto* d = static_cast<DictObject*>(v.as_object());
      std::string out = "{";
      bool first = true;
      for (int64_t i = 0; i < d->used; ++i) {
        if (d->entries[i].key.is_undefined()) continue;
        if (!first) out += ", ";
        first = false;
        out += show(d->entries[i].key) + ": " + show(d->entries[i].value);
      }
      return out + "}";
    }
    return "<?>";
  }

  // Runs f; returns "ExceptionType: message" if it raised, else show(result).
  std::string run(const std::function<Value()>& f) {
    try {
      return show(f());
    } catch (const PythonException&) {
      Value e = vm.raised();
      vm.clear_raised();
      auto* exc = static_cast<ExceptionObject*>(e.as_object());
      std::string out(exc->type->name->view());
      out += ": ";
      if (exc->args && exc->args->size > 0 && vm.type_of(exc->args->items[0]) == vm.types.str) {
        out += static_cast<StrObject*>(exc->args->items[0].as_object())->view();
      }
      return out;
    }
  }

  // self.name(args...) rendered.
  std::string m(Value self, const char* name, std::vector<Value> args = {},
                std::vector<std::pair<const char*, Value>> kw = {}) {
    return run([&] { return call(self, name, std::move(args), std::move(kw)); });
  }

  VM vm;
};

}  // namespace ember::strtest
